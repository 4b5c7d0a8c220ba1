using System.Globalization;
using Recoupe.Model;
using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>Small pieces shared by the pages: citation links, badges, dates, entity chips.</summary>
public static class PageParts
{
    public static string StoryHref(long id) => $"/stories/{id}";
    public static string ArticleHref(long id) => $"/articles/{id}";
    public static string CiteHref(SourceSpan s) => $"/articles/{s.ArticleId}#{MarkedText.CiteId(s.Start, s.End)}";
    public static string EntityHref(string name) => "/entities/" + SafeUrl.Segment(name);

    /// <summary>A moment as UTC; a midnight is most often a date known to the day only, so it is shown as the date.</summary>
    public static string Time(DateTimeOffset t) =>
        t.UtcDateTime.TimeOfDay == TimeSpan.Zero ? Day(t) : t.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    public static string Day(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What a reader calls an article: its outlet, else its title, else its address's host, else its number (never a file path).</summary>
    public static string SourceName(BriefArticle? a, long id) => Recoupe.Briefs.Rendering.SourceLabels.Name(a, id);

    /// <summary>One link per source, to the exact span in the article; the outlet names the link.</summary>
    public static void Cites(HtmlWriter h, IEnumerable<SourceSpan> sources, IReadOnlyDictionary<long, BriefArticle> articles)
    {
        h.Open("span", ("class", "cites"));
        foreach (var s in sources)
        {
            articles.TryGetValue(s.ArticleId, out var a);
            var tip = a?.Title is { } title ? $"{SourceName(a, s.ArticleId)} — {title}" : SourceName(a, s.ArticleId);
            // A title standing in for an outlet is cut short in the link; the tooltip keeps it whole.
            var name = SourceName(a, s.ArticleId);
            h.Element("a", name.Length > 40 ? name[..39].TrimEnd() + "…" : name, ("href", CiteHref(s)), ("title", tip));
        }
        h.Close("span");
    }

    public static void MomentumBadge(HtmlWriter h, Momentum m, int recent)
    {
        if (m == Momentum.Steady) return;
        var word = m == Momentum.Breaking ? "breaking" : "growing";
        h.Element("span", word, ("class", "badge " + word), ("title", $"{recent} articles in the 24 hours before the newest article"));
    }

    public static void SourcesBadge(HtmlWriter h, int independent)
    {
        var level = independent >= 3 ? 3 : Math.Max(1, independent);
        var text = independent == 1 ? "1 source" : $"{independent} independent sources";
        h.Element("span", text, ("class", $"badge src-{level}"));
    }

    public static void EntityChip(HtmlWriter h, BriefEntity e)
    {
        var type = e.Type is "person" or "organization" or "place" ? e.Type : "other";
        h.Element("a", e.Mentions > 0 ? $"{e.Name} · {e.Mentions}" : e.Name,
            ("class", "chip " + type), ("href", EntityHref(e.Name)), ("title", string.Join(", ", e.Variants)));
    }

    public static void Empty(HtmlWriter h, string text) => h.Element("p", text, ("class", "empty"));

    public static IReadOnlyDictionary<long, BriefArticle> ArticlesById(Brief brief)
    {
        var map = new Dictionary<long, BriefArticle>();
        foreach (var a in brief.Articles) map.TryAdd(a.Id, a);
        return map;
    }
}
