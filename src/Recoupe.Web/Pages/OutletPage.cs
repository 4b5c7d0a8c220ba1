using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>/outlets/{name} — what an outlet covered, how often it reported first, how often it stands apart in a conflict.</summary>
public static class OutletPage
{
    public static string Render(OutletView o) => Layout.Page(o.Name, h =>
    {
        h.Open("p", ("class", "meta")).Element("a", "← Stories", ("href", "/")).Close("p");
        h.Element("h1", o.Name);
        h.Element("p",
            $"{Count(o.Articles, "article")} in {Count(o.Stories.Count, "story", "stories")} · first to report {o.First} of {o.Stories.Count} · " +
            $"in {Count(o.Conflicts, "conflict")}, on the minority side in {o.MinoritySide}" + (o.Copies > 0 ? $" · {Count(o.Copies, "copy", "copies")} of other articles" : ""),
            ("class", "meta"));

        h.Element("h2", "Stories", ("id", "stories"));
        h.Open("table").Open("thead").Open("tr");
        h.Element("th", "Story").Element("th", "Last seen").Element("th", "Its articles").Element("th", "First")
            .Element("th", "Conflicts", ("title", "conflicts it takes a side in (on the minority side)")).Element("th", "Facts cited", ("class", "optional"));
        h.Close("tr").Close("thead").Open("tbody");
        foreach (var s in o.Stories)
        {
            h.Open("tr");
            h.Open("td").Element("a", s.Story.Title, ("href", PageParts.StoryHref(s.Story.Id))).Close("td");
            h.Element("td", PageParts.Day(s.Story.LastSeen), ("class", "when"));
            h.Element("td", $"{s.Articles} of {s.Story.ArticleCount}");
            h.Element("td", s.First ? "first" : "—");
            h.Element("td", s.Conflicts == 0 ? "—" : s.MinoritySide == 0 ? $"{s.Conflicts}" : $"{s.Conflicts} ({s.MinoritySide} minority)");
            h.Element("td", s.FactsCited.ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "optional"));
            h.Close("tr");
        }
        h.Close("tbody").Close("table");
    });

    private static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";

    public static string Href(string outlet) => "/outlets/" + SafeUrl.Segment(outlet);
}
