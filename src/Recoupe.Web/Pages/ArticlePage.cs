using Recoupe.Briefs.Rendering;
using Recoupe.Contracts;
using Recoupe.Model;
using Recoupe.Web.Html;

namespace Recoupe.Web.Pages;

/// <summary>/articles/{id} — the clean text with its mentions highlighted, the spans briefs cite, and what cleaning removed.</summary>
public static class ArticlePage
{
    public static string Render(AnalyzedArticle analyzed, long? storyId, Brief? brief)
    {
        var a = analyzed.Article;
        var title = string.IsNullOrWhiteSpace(a.Title) ? a.Input : a.Title!;
        return Layout.Page(title, h =>
        {
            h.Open("p", ("class", "meta"));
            if (storyId is { } s) h.Element("a", "← Story " + (brief?.Title ?? s.ToString()), ("href", PageParts.StoryHref(s)));
            h.Close("p");
            h.Element("h1", title);
            Metadata(h, a);

            h.Open("p", ("class", "legend meta"));
            h.Text("Highlighted: ");
            foreach (var (cls, label) in new[] { ("m-person", "people"), ("m-organization", "organisations"), ("m-place", "places"), ("m-time", "times"), ("m-quote", "quotations") })
                h.Element("mark", label, ("class", cls)).Text(" ");
            h.Close("p");

            h.Open("article", ("class", "text card"), ("lang", a.Language == "und" ? null : a.Language));
            MarkedText.Write(h, a.Text, a.Paragraphs, Highlights(analyzed), CitedSpans(brief, a.Id));
            h.Close("article");

            h.Element("h2", "Removed by cleaning", ("id", "removed"));
            if (a.Removed.IsEmpty) PageParts.Empty(h, "Nothing was removed.");
            else
            {
                h.Open("ul", ("class", "removed"));
                foreach (var r in a.Removed)
                    h.Open("li").Element("del", r.Text).Element("span", r.Reason, ("class", "reason")).Close("li");
                h.Close("ul");
            }

            var ann = analyzed.Annotations;
            h.Element("p", $"{ann.Sentences.Length} sentences · {ann.Entities.Length} entity mentions · {ann.Quotes.Length} quotations · {ann.Times.Length} time expressions. " +
                           $"JSON: /api/articles/{a.Id}", ("class", "meta"));
        });
    }

    private static void Metadata(HtmlWriter h, Article a)
    {
        h.Open("p", ("class", "meta"));
        var parts = new List<string>();
        if (a.Outlet is { } o) parts.Add(o);
        if (ArticleDateLabel.Of(a) is { } date) parts.Add(date);
        if (a.Author is { } au) parts.Add("by " + au);
        parts.Add(a.Language);
        h.Text(string.Join(" · ", parts));
        // Only http(s) links become hrefs: a javascript: or data: URL from a scraped page stays plain text.
        var url = a.CanonicalUrl ?? a.Url;
        if (url is not null)
        {
            h.Text(" · ");
            if (SafeUrl.External(url) is { } safe) h.Element("a", "original", ("href", safe), ("rel", "noopener noreferrer nofollow"));
            else h.Element("span", url, ("class", "unsafe-url"));
        }
        h.Close("p");
        h.Open("p", ("class", "meta")).Text("Input: " + a.Input);
        if (a.CopyOf is { } original) h.Text(" · ").Element("a", $"near-copy of article {original}", ("href", PageParts.ArticleHref(original)));
        h.Close("p");
    }

    public static IReadOnlyList<Highlight> Highlights(AnalyzedArticle analyzed)
    {
        var list = new List<Highlight>();
        var ann = analyzed.Annotations;
        foreach (var e in ann.Entities)
        {
            var type = AnnotateDocument.TypeName(e.Type);
            list.Add(new Highlight(e.Span, "m-" + type, e.Role is null ? $"{type}: {e.Name}" : $"{type}: {e.Name} ({e.Role})"));
        }
        foreach (var q in ann.Quotes)
        {
            list.Add(new Highlight(q.Span, "m-quote", (q.Indirect ? "indirect quote" : "quote") + (q.Speaker is null ? "" : " · " + q.Speaker)));
            if (q.SpeakerSpan is { } sp) list.Add(new Highlight(sp, "m-speaker", "speaker of a quote"));
        }
        foreach (var t in ann.Times) list.Add(new Highlight(t.Span, "m-time", $"{AnnotateDocument.TimexName(t.Type)} {t.Value}"));
        return list;
    }

    /// <summary>Every span of this article that the story's brief cites, so that each citation link has its target.</summary>
    public static IEnumerable<TextSpan> CitedSpans(Brief? brief, long articleId)
    {
        if (brief is null) return [];
        var all = brief.Summary.SelectMany(s => s.Sources)
            .Concat(brief.Facts.SelectMany(f => f.Sources))
            .Concat(brief.Conflicts.SelectMany(c => c.Claims).SelectMany(c => c.Sources))
            .Concat(brief.Quotes.SelectMany(q => q.Sources))
            .Concat(brief.Timeline.SelectMany(t => t.Sources));
        return all.Where(s => s.ArticleId == articleId && s.Start >= 0 && s.End > s.Start)
            .Select(s => new TextSpan(s.Start, s.End)).Distinct().ToList();
    }
}
