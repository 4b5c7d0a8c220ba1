using Recoupe.Model;
using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>/search?q= — full-text hits with the matching words marked in a snippet.</summary>
public static class SearchPage
{
    public static string Render(string query, IReadOnlyList<SearchHit> hits) => Layout.Page(query.Length == 0 ? "Search" : "Search: " + query, h =>
    {
        h.Element("h1", "Search");
        if (query.Length == 0)
        {
            PageParts.Empty(h, "Type words in the search box: titles and texts are searched (accents and word endings ignored).");
            return;
        }
        h.Element("p", $"{hits.Count} article{(hits.Count == 1 ? "" : "s")} for “{query}”", ("class", "meta"));
        foreach (var hit in hits)
        {
            var a = hit.Article;
            h.Open("div", ("class", "card hit"));
            h.Open("p").Element("a", string.IsNullOrWhiteSpace(a.Title) ? a.Input : a.Title, ("href", PageParts.ArticleHref(a.Id))).Close("p");
            h.Open("p", ("class", "meta")).Text(string.Join(" · ", new[] { a.Outlet, a.Published?.ToIso(), a.Language }.Where(x => x is not null)));
            if (hit.StoryId is { } s) h.Text(" · ").Element("a", $"story {s}", ("href", PageParts.StoryHref(s)));
            h.Close("p");
            h.Open("p");
            Snippet(h, a.Text, hit.Snippet, hit.Words);
            h.Close("p");
            h.Close("div");
        }
    }, query);

    private static void Snippet(HtmlWriter h, string text, TextSpan window, IReadOnlyList<string> words)
    {
        var snippet = window.Of(text);
        var marks = new List<(int Start, int End)>();
        foreach (var w in words)
            for (var (i, len) = TextFold.Find(snippet, w); i >= 0 && marks.Count < 50; (i, len) = TextFold.Find(snippet, w, i + Math.Max(1, len)))
                marks.Add((i, i + len));
        int at = 0;
        if (window.Start > 0) h.Text("…");
        foreach (var (start, end) in marks.OrderBy(m => m.Start))
        {
            if (start < at) continue;
            h.Text(snippet, at, start).Element("mark", snippet[start..end], ("class", "m-quote"));
            at = end;
        }
        h.Text(snippet, at, snippet.Length);
        if (window.End < text.Length) h.Text("…");
    }
}
