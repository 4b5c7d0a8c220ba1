using Recoupe.Storage;
using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>/ — the stories, newest activity first, with filters by entity, language and dates.</summary>
public static class StoryListPage
{
    public const int PageSize = 50;

    public static string Render(IStore store, StoryFilter filter, int page)
    {
        var rows = StoryListing.Load(store, filter, PageSize + 1, page * PageSize);
        var counts = store.Counts();
        return Layout.Page("Stories", h =>
        {
            h.Element("h1", "Stories");
            h.Element("p", $"{Plural(counts.Stories, "story", "stories")} from {Plural(counts.Articles, "article", "articles")}; " +
                $"{Plural(counts.Rejected, "input", "inputs")} rejected. JSON: /api/stories", ("class", "meta"));
            Filters(h, filter);
            if (rows.Count == 0)
            {
                PageParts.Empty(h, filter.IsEmpty
                    ? "No stories yet. Ingest articles with `recoupe ingest PATH` or POST them to /api/articles."
                    : "No story matches these filters.");
                return;
            }
            h.Open("table", ("class", "stories"));
            h.Open("thead").Open("tr");
            h.Element("th", "Story").Element("th", "Last seen").Element("th", "Size").Element("th", "Outlets", ("class", "optional")).Element("th", "Languages", ("class", "optional"));
            h.Close("tr").Close("thead").Open("tbody");
            foreach (var row in rows.Take(PageSize)) Row(h, row);
            h.Close("tbody").Close("table");
            Pager(h, filter, page, hasNext: rows.Count > PageSize);
        });
    }

    private static void Row(HtmlWriter h, StoryRow row)
    {
        var s = row.Summary;
        h.Open("tr");
        h.Open("td");
        h.Element("a", s.Title, ("href", PageParts.StoryHref(s.Id)), ("class", "story-title"));
        h.Text(" ");
        PageParts.MomentumBadge(h, row.Momentum, row.RecentArticles);
        if (row.Entities.Count > 0)
        {
            h.Open("div", ("class", "chips"));
            foreach (var e in row.Entities.Take(4)) PageParts.EntityChip(h, e);
            h.Close("div");
        }
        h.Close("td");
        h.Element("td", PageParts.Time(s.LastSeen), ("class", "meta when"), ("title", "first seen " + PageParts.Time(s.FirstSeen)));
        h.Element("td", s.ArticleCount == 1 ? "1 article" : $"{s.ArticleCount} articles");
        h.Element("td", s.Outlets.Count == 0 ? "—" : $"{s.Outlets.Count}: {string.Join(", ", s.Outlets.Take(3))}{(s.Outlets.Count > 3 ? "…" : "")}",
            ("class", "optional"), ("title", string.Join(", ", s.Outlets)));
        h.Element("td", string.Join(", ", s.Languages), ("class", "optional"));
        h.Close("tr");
    }

    private static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";

    private static void Filters(HtmlWriter h, StoryFilter f)
    {
        h.Open("form", ("class", "filters card"), ("method", "get"), ("action", "/"));
        Field(h, "Entity", "entity", "text", f.Entity, "e.g. Poutine");
        Field(h, "Language", "lang", "text", f.Language, "fr, en…");
        Field(h, "From", "from", "date", f.From?.ToString("yyyy-MM-dd"), null);
        Field(h, "To", "to", "date", f.To?.ToString("yyyy-MM-dd"), null);
        h.Element("button", "Filter", ("type", "submit"));
        if (!f.IsEmpty) h.Element("a", "Clear", ("href", "/"));
        h.Close("form");
    }

    private static void Field(HtmlWriter h, string label, string name, string type, string? value, string? placeholder)
    {
        h.Open("label").Text(label);
        h.Void("input", ("type", type), ("name", name), ("value", value ?? ""), ("placeholder", placeholder));
        h.Close("label");
    }

    private static void Pager(HtmlWriter h, StoryFilter f, int page, bool hasNext)
    {
        if (page == 0 && !hasNext) return;
        string Href(int p) => "/" + SafeUrl.Query(("entity", f.Entity), ("lang", f.Language), ("from", f.From?.ToString("yyyy-MM-dd")),
            ("to", f.To?.ToString("yyyy-MM-dd")), ("page", p == 0 ? null : p.ToString()));
        h.Open("p", ("class", "meta"));
        if (page > 0) h.Element("a", "← Newer", ("href", Href(page - 1)));
        h.Text(" ");
        if (hasNext) h.Element("a", "Older →", ("href", Href(page + 1)));
        h.Close("p");
    }
}
