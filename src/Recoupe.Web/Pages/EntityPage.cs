using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>/entities/{name} — a person's (or organisation's) quotes and the stories they appear in.</summary>
public static class EntityPage
{
    public static string Render(EntityView e) => Layout.Page(e.Name, h =>
    {
        h.Open("p", ("class", "meta")).Element("a", "← Stories", ("href", "/")).Close("p");
        h.Element("h1", e.Name);
        h.Element("p", $"{e.Type}{(e.Role is null ? "" : " · " + e.Role)} · {e.Mentions} {(e.Mentions == 1 ? "mention" : "mentions")} in {e.Stories.Count} {(e.Stories.Count == 1 ? "story" : "stories")}", ("class", "meta"));
        if (e.Variants.Count > 0) h.Element("p", "Also written: " + string.Join(", ", e.Variants), ("class", "meta"));

        h.Element("h2", "Quotes", ("id", "quotes"));
        if (e.Quotes.Count == 0) PageParts.Empty(h, "No quotation attributed.");
        foreach (var group in e.Quotes.GroupBy(q => q.Story.Id))
        {
            var brief = group.First().Story;
            var articles = PageParts.ArticlesById(brief);
            h.Open("div", ("class", "card"));
            h.Open("p").Element("a", brief.Title, ("href", PageParts.StoryHref(brief.Id))).Close("p");
            foreach (var (_, q) in group)
            {
                h.Open("blockquote").Text(q.Text);
                PageParts.Cites(h, q.Sources, articles);
                h.Close("blockquote");
            }
            h.Close("div");
        }

        h.Element("h2", "Stories", ("id", "stories"));
        h.Open("ul");
        foreach (var s in e.Stories)
            h.Open("li").Element("a", s.Title, ("href", PageParts.StoryHref(s.Id)))
                .Element("span", $"{s.ArticleCount} articles · {PageParts.Day(s.LastSeen)}", ("class", "reason")).Close("li");
        h.Close("ul");
    });
}
