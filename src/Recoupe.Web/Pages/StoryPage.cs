using Recoupe.Briefs.Rendering;
using Recoupe.Model;
using Recoupe.Storage;
using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>/stories/{id} — the brief: cited summary, conflicts side by side, facts with source counts, quotes, entities, charts.</summary>
public static class StoryPage
{
    /// <param name="print">The print view: no navigation or export links, and the numbered sources with their addresses at the end.</param>
    /// <param name="related">Other stories on the same people and places (<see cref="RelatedStories"/>); none when null.</param>
    public static string Render(IStore store, Brief brief, bool print = false, IReadOnlyList<RelatedStory>? related = null)
    {
        var articles = PageParts.ArticlesById(brief);
        var summary = store.GetStory(brief.Id);
        var newest = store.ListStories(1).FirstOrDefault()?.LastSeen ?? brief.LastSeen;
        int recent = StoryListing.CountRecent(brief.Articles, newest);
        return Layout.Page(brief.Title, h =>
        {
            if (!print) h.Open("p", ("class", "meta")).Element("a", "← Stories", ("href", "/")).Close("p");
            h.Open("h1").Text(brief.Title).Text(" ");
            PageParts.MomentumBadge(h, StoryListing.MomentumOf(recent, brief.Articles.Length), recent);
            h.Close("h1");
            var outlets = summary?.Outlets ?? [];
            var languages = summary?.Languages ?? [];
            h.Element("p",
                $"{BriefDates.Text(brief.Articles)} · {brief.Articles.Length} articles · " +
                $"{outlets.Count} outlets · {string.Join(", ", languages)} · JSON: /api/stories/{brief.Id}",
                ("class", "meta"));
            if (!print) Exports(h, brief.Id);
            if (related is { Count: > 0 }) Related(h, related);

            Section(h, "summary", "Summary");
            if (brief.Summary.IsEmpty) PageParts.Empty(h, "No summary yet.");
            else
            {
                h.Open("ol", ("class", "summary"));
                foreach (var s in brief.Summary)
                {
                    h.Open("li").Text(s.Text);
                    PageParts.Cites(h, s.Sources, articles);
                    h.Close("li");
                }
                h.Close("ol");
            }

            if (brief.Conflicts.Any(c => !BriefNotes.IsUpdate(c)))
            {
                Section(h, "conflicts", "Conflicts between sources");
                foreach (var c in brief.Conflicts.Where(c => !BriefNotes.IsUpdate(c))) Conflict(h, c, articles);
            }
            if (brief.Conflicts.Any(BriefNotes.IsUpdate))
            {
                // A figure that changed between reports of different days: its evolution, dated, not a disagreement.
                Section(h, "updates", "Evolving figures");
                foreach (var c in brief.Conflicts.Where(BriefNotes.IsUpdate)) Conflict(h, c, articles);
            }

            Section(h, "facts", "Facts");
            if (brief.Facts.IsEmpty) PageParts.Empty(h, "No fact cross-checked yet.");
            else
            {
                h.Open("ul", ("class", "facts"));
                foreach (var f in brief.Facts.OrderByDescending(f => f.IndependentSources))
                {
                    h.Open("li");
                    PageParts.SourcesBadge(h, f.IndependentSources);
                    h.Text(" " + f.Statement);
                    PageParts.Cites(h, f.Sources, articles);
                    foreach (var note in BriefNotes.OfFact(f, id => PageParts.SourceName(articles.GetValueOrDefault(id), id)))
                        h.Element("div", note, ("class", "meta"));
                    h.Close("li");
                }
                h.Close("ul");
            }

            Section(h, "quotes", "Quotes");
            if (brief.Quotes.IsEmpty) PageParts.Empty(h, "No quotation found.");
            else Quotes(h, brief.Quotes, articles);

            Section(h, "timeline", "Timeline");
            if (brief.Timeline.IsEmpty) PageParts.Empty(h, "No dated event yet.");
            else
            {
                TimelineChart.Write(h, brief.Timeline);
                h.Open("ol", ("class", "timeline-list"));
                foreach (var e in brief.Timeline)
                {
                    h.Open("li").Element("strong", TimexDisplay.Of(e)).Text(" " + e.Text);
                    PageParts.Cites(h, e.Sources, articles);
                    h.Close("li");
                }
                h.Close("ol");
            }

            Section(h, "coverage", "Coverage");
            CoverageChart.Write(h, brief.Articles);

            Section(h, "entities", "Entities");
            if (brief.Entities.IsEmpty) PageParts.Empty(h, "No entity found.");
            else StoryEntities.Write(h, brief.Entities, brief.Id);

            Section(h, "articles", "Articles");
            ArticleTable(h, brief);
            if (!brief.Origins.IsEmpty)
            {
                h.Element("h3", "Same origin (counted as one source)");
                h.Open("ul");
                foreach (var g in brief.Origins) h.Element("li", BriefNotes.OfOrigin(g));
                h.Close("ul");
            }
            if (print) NumberedSources(h, brief);
        }, print: print);
    }

    /// <summary>The same event in another language, its follow-ups and earlier stories, each with the names it shares.</summary>
    private static void Related(HtmlWriter h, IReadOnlyList<RelatedStory> related)
    {
        h.Open("div", ("class", "card related"), ("id", "related"));
        h.Element("strong", "Related stories");
        h.Open("ul");
        foreach (var r in related)
        {
            h.Open("li");
            h.Element("span", RelationLabel(r), ("class", "badge"));
            h.Element("a", r.Story.Title, ("href", PageParts.StoryHref(r.Story.Id)));
            h.Element("span", $"{PageParts.Day(r.Story.FirstSeen)} · {r.Story.ArticleCount} articles · {string.Join(", ", r.Story.Languages)} · shares {string.Join(", ", r.SharedNames)}",
                ("class", "reason"));
            h.Close("li");
        }
        h.Close("ul").Close("div");
    }

    private static string RelationLabel(RelatedStory r) => r.Relation switch
    {
        Relation.OtherLanguage => "other language",
        Relation.FollowUp => "follow-up",
        Relation.Earlier => "earlier",
        _ => "related",
    };

    /// <summary>The ways to take the brief away; plain links, so they work without scripts.</summary>
    private static void Exports(HtmlWriter h, long storyId)
    {
        h.Open("p", ("class", "meta exports")).Text("Export: ");
        bool first = true;
        foreach (var (suffix, label) in ExportRoutes.Formats)
        {
            if (!first) h.Text(" · ");
            first = false;
            h.Element("a", label, ("href", ExportRoutes.Href(storyId, suffix)));
        }
        h.Close("p");
    }

    /// <summary>On paper a link cannot be followed: each source is listed with its number, outlet, title, date and address.</summary>
    private static void NumberedSources(HtmlWriter h, Brief brief)
    {
        var labels = new SourceLabels(brief);
        Section(h, "sources", "Sources");
        h.Open("ol", ("class", "sources"));
        foreach (var a in labels.Numbered)
        {
            h.Open("li").Element("strong", labels.Of(a.Id));
            if (a.Title is { } title && title != labels.Of(a.Id)) h.Text(" — " + title);
            if (a.Published is { } published) h.Element("span", published, ("class", "reason"));
            if (SourceLabels.Host(a.Input) is not null) h.Element("div", a.Input.Trim(), ("class", "meta address"));
            h.Close("li");
        }
        h.Close("ol");
    }

    private static void Section(HtmlWriter h, string id, string title) => h.Element("h2", title, ("id", id));

    /// <summary>Each claim in its own column, with the outlets that make it: the disagreement is seen at a glance.</summary>
    private static void Conflict(HtmlWriter h, Conflict c, IReadOnlyDictionary<long, BriefArticle> articles)
    {
        h.Open("div", ("class", "card conflict-card"));
        h.Open("p").Element("strong", c.About).Text(" ").Element("span", c.Kind, ("class", "badge")).Close("p");
        h.Open("div", ("class", "conflict"));
        foreach (var claim in c.Claims)
        {
            h.Open("div", ("class", "claim"));
            h.Element("div", claim.Date is null ? claim.Value : $"{claim.Value} ({claim.Date})", ("class", "value"));
            h.Open("ul");
            foreach (var s in claim.Sources)
            {
                articles.TryGetValue(s.ArticleId, out var a);
                h.Open("li").Element("a", PageParts.SourceName(a, s.ArticleId), ("href", PageParts.CiteHref(s)), ("title", a?.Title));
                if (a?.Published is { } p) h.Element("span", p, ("class", "reason"));
                h.Close("li");
            }
            h.Close("ul");
            h.Close("div");
        }
        h.Close("div").Close("div");
    }

    private static void Quotes(HtmlWriter h, IEnumerable<BriefQuote> quotes, IReadOnlyDictionary<long, BriefArticle> articles)
    {
        foreach (var bySpeaker in quotes.GroupBy(q => q.Speaker).OrderByDescending(g => g.Count()))
        {
            h.Open("div", ("class", "card quote-group"));
            h.Open("p").Element("a", bySpeaker.Key, ("href", PageParts.EntityHref(bySpeaker.Key)), ("class", "speaker"));
            if (bySpeaker.Select(q => q.Role).FirstOrDefault(r => r is not null) is { } role) h.Element("span", ", " + role, ("class", "meta"));
            h.Close("p");
            foreach (var q in bySpeaker)
            {
                // Reported speech is the outlets' wording, not a quotation: no quote block around it.
                var element = q.Indirect ? "div" : "blockquote";
                if (q.Indirect) h.Open("div", ("class", "reported")).Element("span", "Reported: ", ("class", "meta")).Text(q.Text);
                else h.Open("blockquote").Text(q.Text);
                if (q.Outlets > 1) h.Text(" ").Element("span", $"{q.Outlets} outlets", ("class", "badge"));
                PageParts.Cites(h, q.Sources, articles);
                h.Close(element);
            }
            h.Close("div");
        }
    }

    private static void ArticleTable(HtmlWriter h, Brief brief)
    {
        h.Open("table").Open("thead").Open("tr");
        h.Element("th", "Outlet").Element("th", "Title").Element("th", "Published").Element("th", "Language", ("class", "optional"));
        h.Close("tr").Close("thead").Open("tbody");
        foreach (var a in brief.Articles)
        {
            h.Open("tr");
            if (a.Outlet is { } outlet && !string.IsNullOrWhiteSpace(outlet)) h.Open("td").Element("a", outlet, ("href", OutletPage.Href(outlet.Trim()))).Close("td");
            else h.Element("td", "—");
            h.Open("td").Element("a", a.Title ?? SourceLabels.Host(a.Input) ?? $"article {a.Id}", ("href", PageParts.ArticleHref(a.Id)));
            if (a.CopyOf is { } original) h.Text(" ").Element("a", $"copy of article {original}", ("class", "badge"), ("href", PageParts.ArticleHref(original)));
            h.Close("td");
            h.Element("td", ArticleDateLabel.Of(a) ?? "—", ("class", "meta"));
            h.Element("td", a.Language, ("class", "optional"));
            h.Close("tr");
        }
        h.Close("tbody").Close("table");
    }
}
