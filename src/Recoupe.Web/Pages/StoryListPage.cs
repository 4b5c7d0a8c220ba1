using System.Globalization;
using Microsoft.AspNetCore.Http;
using Recoupe.Briefs.Rendering;
using Recoupe.Storage;
using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>/ — the stories, newest activity first, with filters by entity, language and dates.</summary>
public static class StoryListPage
{
    public const int PageSize = 50;

    /// <summary>The largest ?page= read: beyond it no store of this engine has stories.</summary>
    public const int MaxPage = 10_000;

    /// <summary>?page= (0 is the newest stories): absent is 0; anything but a whole number from 0 to <see cref="MaxPage"/> is an error with its reason.</summary>
    public static bool TryReadPage(IQueryCollection query, out int page, out string why)
    {
        page = 0;
        why = "";
        var raw = query["page"].ToString().Trim();
        if (raw.Length == 0) return true;
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page <= MaxPage) return true;
        why = $"bad page '{(raw.Length > 40 ? raw[..40] + "…" : raw)}': a whole number from 0 to {MaxPage}";
        page = 0;
        return false;
    }

    public static string Render(IStore store, StoryFilter filter, int page)
    {
        var counts = store.Counts();
        var result = StoryListing.Load(store, filter, PageSize, page * PageSize, counts);
        var rows = result.Rows;
        return Layout.Page("Stories", h =>
        {
            h.Element("h1", "Stories");
            h.Element("p", $"{Plural(counts.Stories, "story", "stories")} from {Plural(counts.Articles, "article", "articles")}; " +
                $"{Plural(counts.Rejected, "input", "inputs")} rejected. JSON: /api/stories", ("class", "meta"));
            Filters(h, filter);
            if (rows.Count == 0)
            {
                if (result.Total > 0)
                {
                    // Past the end of a list that has stories: say where the list ends, not "no stories".
                    int last = (result.Total - 1) / PageSize;
                    h.Open("p", ("class", "empty past-end"))
                        .Text($"Page {page} is past the end of the list: {Plural(result.Total, "story", "stories")}{(filter.IsEmpty ? "" : " match these filters")}, " +
                              $"on {Plural(last + 1, "page", "pages")} (0 to {last}). ")
                        .Element("a", "Last page", ("href", Href(filter, last)))
                        .Close("p");
                    return;
                }
                PageParts.Empty(h, filter.IsEmpty
                    ? "No stories yet. Ingest articles with `recoupe ingest PATH` or POST them to /api/articles."
                    : "No story matches these filters.");
                return;
            }
            h.Element("p", $"Stories {page * PageSize + 1}–{page * PageSize + rows.Count} of {result.Total}" + (filter.IsEmpty ? "" : " matching the filters"),
                ("class", "meta shown"));
            h.Open("table", ("class", "stories"));
            h.Open("thead").Open("tr");
            h.Element("th", "Story").Element("th", "Last seen").Element("th", "Size").Element("th", "Outlets", ("class", "optional")).Element("th", "Languages", ("class", "optional"));
            h.Close("tr").Close("thead").Open("tbody");
            foreach (var row in rows) Row(h, row);
            h.Close("tbody").Close("table");
            Pager(h, filter, page, hasNext: (page + 1) * PageSize < result.Total);
        });
    }

    /// <summary>The list's page for a filter or page value that cannot be read: the reason, and the way back.</summary>
    public static string BadRequest(string why) => Layout.Page("Bad request", h =>
    {
        h.Element("h1", "Stories");
        h.Element("p", "This list cannot be shown: " + why + ".", ("class", "empty bad-filter"));
        h.Open("p").Element("a", "All stories", ("href", "/")).Close("p");
    });

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
        h.Element("td", CountPhrase.Of(s.ArticleCount, "article"));
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

    private static string Href(StoryFilter f, int page) =>
        "/" + SafeUrl.Query(("entity", f.Entity), ("lang", f.Language), ("from", f.From?.ToString("yyyy-MM-dd")),
            ("to", f.To?.ToString("yyyy-MM-dd")), ("page", page == 0 ? null : page.ToString(CultureInfo.InvariantCulture)));

    private static void Pager(HtmlWriter h, StoryFilter f, int page, bool hasNext)
    {
        if (page == 0 && !hasNext) return;
        h.Open("p", ("class", "meta"));
        if (page > 0) h.Element("a", "← Newer", ("href", Href(f, page - 1)));
        h.Text(" ");
        if (hasNext) h.Element("a", "Older →", ("href", Href(f, page + 1)));
        h.Close("p");
    }
}
