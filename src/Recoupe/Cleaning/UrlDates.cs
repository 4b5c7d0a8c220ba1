using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Cleaning;

/// <summary>What a URL says by itself: the date in its path (/2023/09/05/), and the outlet's host name.</summary>
public static partial class UrlDates
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)[/-](?<m>0?[1-9]|1[0-2])(?:[/-](?<d>0?[1-9]|[12]\d|3[01]))?(?=[/-]|$|\.)", RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDate();

    public static DateStamp? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var m = PathDate().Match(url);
        if (m.Success)
        {
            int y = int.Parse(m.Groups["y"].Value), mo = int.Parse(m.Groups["m"].Value);
            if (!m.Groups["d"].Success) return DateStamp.Month(y, mo);
            int d = int.Parse(m.Groups["d"].Value);
            return d <= DateTime.DaysInMonth(y, mo) ? DateStamp.Day(y, mo, d) : DateStamp.Month(y, mo);
        }
        var c = CompactDate().Match(url);
        if (c.Success && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.Contains(c.Value))
        {
            int y = int.Parse(c.Groups["y"].Value), mo = int.Parse(c.Groups["m"].Value), d = int.Parse(c.Groups["d"].Value);
            if (d <= DateTime.DaysInMonth(y, mo)) return DateStamp.Day(y, mo, d);
        }
        return null;
    }

    /// <summary>The host without "www.", e.g. "lemonde.fr"; null for anything that is not an absolute http(s) URL.</summary>
    public static string? Host(string? url)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.Scheme.StartsWith("http", StringComparison.Ordinal)) return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }
}
