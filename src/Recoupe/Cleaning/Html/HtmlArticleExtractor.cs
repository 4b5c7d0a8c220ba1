using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// HTML → main text with structure, and metadata. A cascade of strategies, chosen per page by how much each
/// delivers: (1) the page's own article container (schema.org articleBody, &lt;article&gt;, content-named
/// elements), (2) readability-style DOM scoring, (3) JSON-LD articleBody, (4) every paragraph of the body.
/// Whatever is chosen goes through the same block filter (cue words, link density, stamps).
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>Below this many characters of text a strategy has not found an article.</summary>
    private const int MinArticleChars = 250;
    /// <summary>Below this much article text the page's own description is preferred when it is longer.</summary>
    private const int MinDescriptionFallbackChars = 120;
    /// <summary>A description shorter than this is a tagline, not a summary.</summary>
    private const int MinDescriptionChars = 80;

    public static ExtractedContent Extract(string html, DocumentHints hints)
    {
        using var doc = ParserSettings.Parser.ParseDocument(html);
        var markup = PageMarkup.Scan(doc);
        var meta = HtmlMetadata.Read(doc, markup, hints.Url);
        var title = hints.Title ?? meta.Title;
        var body = doc.Body ?? doc.DocumentElement;

        var page = BlockCollector.CollectPage(body);
        var allBlocks = page.All;
        var verdicts = new BlockVerdicts(title, allBlocks.Count);
        var (massContainers, linkDominated) = MassScorer.FindContainer(allBlocks, body);
        var scored = FromContainers(page, massContainers, title, verdicts, linkDominated);
        if (scored is null || scored.KeptChars < MinArticleChars)
        {
            var readability = FromContainers(page, ContentScorer.FindContainers(allBlocks), title, verdicts);
            if (readability is not null && readability.KeptChars > (scored?.KeptChars ?? 0)) scored = readability;
        }
        var declared = DeclaredContainer(markup, page, title, verdicts);
        var chosen = Choose(declared, scored);

        var jsonBody = meta.JsonLd?.ArticleBody;
        if (jsonBody is not null && jsonBody.Length > Math.Max(MinArticleChars, (chosen?.KeptChars ?? 0) * 1.5))
            chosen = FromJsonBody(jsonBody);
        if (chosen is null || chosen.KeptChars < MinArticleChars)
        {
            var prose = allBlocks.FindAll(b => b.Kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.Preformatted);
            var baseline = BlockFilter.Filter(prose, title, verdicts);
            if (baseline.KeptChars > (chosen?.KeptChars ?? 0)) chosen = baseline;
        }

        // Pages that show no text (video pages, paywalls that render client-side) still summarise themselves.
        if ((chosen is null || chosen.KeptChars < MinDescriptionFallbackChars) && meta.Description is { Length: >= MinDescriptionChars } description
            && description.Length > (chosen?.KeptChars ?? 0))
            chosen = FromJsonBody(description);

        if (chosen is not null) chosen = LeadRecovery.Apply(chosen, allBlocks, title);
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        if (chosen is not null)
            foreach (var b in chosen.Kept) paragraphs.Add(b.Text);

        return new ExtractedContent
        {
            Paragraphs = paragraphs.ToImmutable(),
            Removed = RemovalAudit.Of(chosen, page),
            Title = title,
            Published = meta.Published ?? chosen?.Stamp ?? VisibleDate.Find(allBlocks, title),
            Author = meta.Author ?? chosen?.Byline,
            Outlet = meta.Outlet,
            CanonicalUrl = meta.CanonicalUrl,
            Url = meta.CanonicalUrl,
            Language = meta.Language,
        };
    }

    /// <summary>
    /// The declared container is precise when it holds the article; the scored one is robust when the page
    /// declares nothing or declares a teaser. Prefer the declared one unless it delivers much less.
    /// </summary>
    private static FilteredBlocks? Choose(FilteredBlocks? declared, FilteredBlocks? scored)
    {
        if (declared is null || declared.KeptChars < MinArticleChars) return scored ?? declared;
        if (scored is null) return declared;
        return declared.KeptChars >= scored.KeptChars * ChooseRatio ? declared : scored;
    }

    /// <summary>The page's own declared container wins unless it keeps less than this share of the scored text (chosen on the extraction eval).</summary>
    private const double ChooseRatio = 0.6;

    private static FilteredBlocks? FromContainers(PageBlocks page, List<IElement> containers, string? title, BlockVerdicts verdicts, IReadOnlySet<IElement>? skip = null)
    {
        if (containers.Count == 0) return null;
        var blocks = new List<HtmlBlock>();
        foreach (var c in containers) blocks.AddRange(page.Under(c, skip));
        return BlockFilter.Filter(blocks, title, verdicts);
    }

    /// <summary>The container the page itself names as its article body; the one with most kept text when several do.</summary>
    private static FilteredBlocks? DeclaredContainer(PageMarkup markup, PageBlocks page, string? title, BlockVerdicts verdicts)
    {
        FilteredBlocks? best = null;
        foreach (var rank in markup.DeclaredRanks)
        {
            foreach (var element in rank)
            {
                var filtered = BlockFilter.Filter(page.Under(element), title, verdicts);
                if (best is null || filtered.KeptChars > best.KeptChars) best = filtered;
            }
            if (best is not null && best.KeptChars >= MinArticleChars) return best;
        }
        return best;
    }

    private static FilteredBlocks FromJsonBody(string body)
    {
        var blocks = new List<HtmlBlock>();
        var dummy = ParserSettings.Parser.ParseDocument("<p></p>").Body!;
        foreach (var part in body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            blocks.Add(new HtmlBlock(System.Net.WebUtility.HtmlDecode(part), BlockKind.Paragraph, 0, dummy));
        return new FilteredBlocks(blocks, [], null, null);
    }
}
