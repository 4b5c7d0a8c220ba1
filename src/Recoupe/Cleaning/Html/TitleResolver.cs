using AngleSharp.Dom;
using Recoupe.Cleaning.PlainText;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// The article's title from what the page declares (og:title, JSON-LD headline, &lt;title&gt;) and what it shows
/// (&lt;h1&gt;). Declared titles often carry the site's name ("Title | Site", "Site - Title"); the visible headline
/// does not, so a headline found inside the declared title is preferred, and otherwise the part of the declared
/// title that is not the site's name is kept.
/// </summary>
public static class TitleResolver
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " › ", " · ", " // ", " : "];

    public static string? Resolve(string? declared, string? documentTitle, IReadOnlyList<IElement> h1s, string? siteName, string? url)
    {
        var site = siteName is null ? null : LineShape.Normalize(siteName);
        var host = UrlDates.Host(url) is { } hostName ? LineShape.Normalize(hostName.Split('.')[0]) : null;
        // Blogs put their own name in an h1 above every post: a headline that names the site is not the title.
        var headlines = h1s.Select(h => HtmlMetadata.Clean(HtmlMetadata.BoundedText(h, 1000)))
            .Where(t => t is { Length: >= 3 and <= 300 } && !NamesSite(LineShape.Normalize(t), site, host)).ToList();
        foreach (var candidate in new[] { declared, documentTitle })
        {
            if (candidate is null) continue;
            var key = LineShape.Normalize(candidate);
            foreach (var h in headlines)
            {
                var hk = LineShape.Normalize(h!);
                if (hk.Length >= 3 && (key.Contains(hk, StringComparison.Ordinal) || hk.Contains(key, StringComparison.Ordinal) && key.Length >= 10)) return h;
            }
        }
        var title = declared ?? documentTitle;
        if (title is null || NamesSite(LineShape.Normalize(title), site, host)) return headlines.Count > 0 ? headlines[0] : title;
        return StripSiteName(title, siteName, url);
    }

    /// <summary>Drops the parts of "A | B | C" that name the site (its declared name or its host); keeps the longest otherwise.</summary>
    public static string StripSiteName(string title, string? siteName, string? url)
    {
        var parts = title.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length <= 1) return title;
        var site = siteName is null ? null : LineShape.Normalize(siteName);
        var host = UrlDates.Host(url) is { } h ? LineShape.Normalize(h.Split('.')[0]) : null;
        var kept = parts.Where(p => !NamesSite(LineShape.Normalize(p), site, host)).ToList();
        if (kept.Count == parts.Length) return parts.MaxBy(p => p.Length)!;
        return kept.Count == 0 ? title : string.Join(" - ", kept);
    }

    private static bool NamesSite(string part, string? site, string? host)
    {
        if (part.Length == 0) return true;
        if (site is { Length: > 0 } && (part == site || site.Contains(part, StringComparison.Ordinal) || part.Contains(site, StringComparison.Ordinal) && part.Length <= site.Length + 8)) return true;
        var squashed = part.Replace(" ", "", StringComparison.Ordinal);
        return host is { Length: >= 3 } && (squashed.Contains(host.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal) && part.Length <= host.Length + 12);
    }
}
