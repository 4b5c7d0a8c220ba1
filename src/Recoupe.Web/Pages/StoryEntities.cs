using Recoupe.Model;
using Recoupe.Web.Html;

namespace Recoupe.Web.Pages;

/// <summary>
/// The entities section of a story page: every entity of the brief, grouped by type (people first), each with its
/// mention count, its role, how many quotations it speaks, and for a capital the country it stood for.
/// </summary>
public static class StoryEntities
{
    private static readonly (string Type, string Title)[] Groups =
        [("person", "People"), ("organization", "Organisations"), ("place", "Places"), ("other", "Other")];

    public static void Write(HtmlWriter h, IReadOnlyList<BriefEntity> entities, long storyId)
    {
        h.Element("p", $"{entities.Count} entities · JSON, paged: /api/stories/{storyId}/entities", ("class", "meta"));
        foreach (var (type, title) in Groups)
        {
            var group = entities.Where(e => GroupOf(e) == type).OrderByDescending(e => e.Mentions).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
            if (group.Count == 0) continue;
            h.Element("h3", $"{title} ({group.Count})");
            h.Open("ul", ("class", "entities " + type));
            foreach (var e in group) Item(h, e);
            h.Close("ul");
        }
    }

    private static string GroupOf(BriefEntity e) => e.Type is "person" or "organization" or "place" ? e.Type : "other";

    private static void Item(HtmlWriter h, BriefEntity e)
    {
        h.Open("li", ("class", "entity"));
        PageParts.EntityChip(h, e);
        if (e.Role is { } role) h.Element("span", ", " + role, ("class", "meta role"));
        if (e.Quotes > 0) h.Text(" ").Element("span", e.Quotes == 1 ? "1 quotation" : $"{e.Quotes} quotations", ("class", "badge speaks"));
        if (e.StandsFor is { } country)
            h.Text(" ").Element("span", $"also stands for the government of {country}", ("class", "meta stands-for"),
                ("title", "a capital named where its country acts: a link, not the same place"));
        h.Close("li");
    }
}
