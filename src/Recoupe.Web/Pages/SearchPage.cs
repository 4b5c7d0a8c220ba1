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
            h.Open("p").Element("a", string.IsNullOrWhiteSpace(a.Title) ? Recoupe.Briefs.Rendering.SourceLabels.Host(a.Input) ?? $"article {a.Id}" : a.Title, ("href", PageParts.ArticleHref(a.Id))).Close("p");
            h.Open("p", ("class", "meta")).Text(string.Join(" · ", new[] { a.Outlet, a.Published?.ToIso(), a.Language }.Where(x => x is not null)));
            if (hit.StoryId is { } s) h.Text(" · ").Element("a", $"story {s}", ("href", PageParts.StoryHref(s)));
            h.Close("p");
            h.Open("p");
            Snippet(h, a.Text, hit.Snippet, hit.Words, a.Language);
            h.Close("p");
            h.Close("div");
        }
    }, query);

    /// <summary>The snippet with each whole word that matches the query marked; all text goes through the writer (escaped).</summary>
    private static void Snippet(HtmlWriter h, string text, TextSpan window, IReadOnlyList<string> words, string language)
    {
        int at = window.Start;
        if (window.Start > 0) h.Text("…");
        foreach (var (span, _) in SearchMatches.Find(text, window, words, language).Take(50))
        {
            if (span.Start < at) continue; // a compound's part after the compound itself
            h.Text(text, at, span.Start).Element("mark", span.Of(text), ("class", "m-quote"));
            at = span.End;
        }
        h.Text(text, at, window.End);
        if (window.End < text.Length) h.Text("…");
    }
}
