using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Conflicts;
using Recoupe.Briefs.Facts;
using Recoupe.Briefs.Quotes;
using Recoupe.Briefs.Summary;
using Recoupe.Briefs.Timeline;
using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Briefs;

/// <summary>
/// Builds the cross-checked brief of a story: a cited extractive summary, facts with their count of
/// independent sources, conflicts between outlets, quotations by speaker, entities and a timeline.
/// Stateless and thread-safe; the engine calls it again whenever an article joins the story, so every
/// step works through inverted indexes and caps (see <see cref="BriefOptions"/>) rather than all pairs.
/// </summary>
public sealed class BriefBuilder : IBriefBuilder
{
    private readonly IEntityResolver _resolver;
    private readonly BriefOptions _options;
    /// <summary>Articles read for earlier briefs: a story that gains one article reads only that one again.</summary>
    private readonly ArticleAnalysisCache _cache;

    public BriefBuilder() : this(new EntityResolver(), BriefOptions.Default) { }

    public BriefBuilder(IEntityResolver resolver, BriefOptions? options = null)
    {
        _resolver = resolver;
        _options = options ?? BriefOptions.Default;
        _cache = new ArticleAnalysisCache(_options.CachedArticles);
    }

    /// <summary>The cache of articles read (its hit count tells whether a rebuild re-read its story).</summary>
    internal ArticleAnalysisCache Cache => _cache;

    public Brief Build(Story story, IReadOnlyList<AnalyzedArticle> articles)
    {
        var analysis = StoryAnalysis.Run(articles, _resolver, _options, cache: _cache);
        var corpus = analysis.Corpus;
        var summary = analysis.Summary
            .Select(u => new SummarySentence(FactAligner.Tidy(u.Text), Citations(analysis, u)))
            .ToImmutableArray();
        var title = HeadlinePicker.Pick(corpus, analysis.Summary, analysis.Importance) ?? story.Title;

        var quotes = analysis.Quotes;
        var found = ClaimConflictDetector.Detect(corpus, analysis.Support, _options)
            .Concat(QuoteWordingDetector.Detect(corpus, quotes))
            .OrderByDescending(c => c.Confidence).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        // Disagreements first, then evolving figures (updates), each by confidence.
        var conflicts = found
            .OrderBy(c => c.Kind == ScoredConflict.Update ? 1 : 0).ThenByDescending(c => c.Confidence).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(_options.MaxConflicts)
            .Select(c => c.ToConflict())
            .ToImmutableArray();
        var facts = FactAligner.Build(analysis, _options, found);

        return new Brief(
            story.Id,
            title,
            story.FirstSeen,
            story.LastSeen,
            articles.Select(ToBriefArticle).ToImmutableArray(),
            summary,
            facts,
            conflicts,
            QuoteGrouper.Build(corpus, quotes, _options),
            BriefEntities.Build(corpus, quotes, _options.MaxEntities),
            TimelineBuilder.Build(corpus, analysis.Importance, _options))
        {
            Origins = Origins(corpus),
        };
    }

    /// <summary>The articles the brief analyses: all up to <see cref="BriefOptions.MaxArticles"/>, else the copies and the latest (see <see cref="StoryAnalysis"/>).</summary>
    public IReadOnlyCollection<int> ArticlesRead(IReadOnlyList<Article> articles) => StoryAnalysis.Kept(articles, _options);

    /// <summary>Groups of articles that count as one source (two or more articles, or one crediting an agency), earliest article first.</summary>
    private static ImmutableArray<OriginGroup> Origins(StoryCorpus corpus)
    {
        var independence = corpus.Independence;
        return Enumerable.Range(0, corpus.Articles.Count)
            .GroupBy(independence.Origin)
            .Select(g => (Group: g.ToList(), Description: independence.Describe(g.Key)))
            .Where(x => x.Group.Count >= 2 || x.Description.Reason == "agency credit")
            .OrderBy(x => x.Group.Min())
            .Select(x => new OriginGroup(x.Description.Label, x.Description.Reason,
                x.Group.Select(a => corpus.Articles[a].Article.Id).ToImmutableArray(),
                x.Group.Select(a => corpus.Articles[a].Article.Outlet ?? corpus.Articles[a].Article.Input).Distinct().ToImmutableArray()))
            .ToImmutableArray();
    }

    /// <summary>The summary sentence's own span, then the sentences of other articles that state it too (as the pair classifier judges).</summary>
    private ImmutableArray<SourceSpan> Citations(StoryAnalysis analysis, SentenceUnit u)
    {
        var corpus = analysis.Corpus;
        var sources = new List<SourceSpan> { u.Source(corpus.ArticleOf(u).Id) };
        foreach (var (other, _) in analysis.Aligner.BestPerArticle(u, _options.FactAlignment))
            if (analysis.Support.Cites(u, other)) sources.Add(other.Source(corpus.ArticleOf(other).Id));
        return sources.ToImmutableArray();
    }

    private static BriefArticle ToBriefArticle(AnalyzedArticle a) =>
        new(a.Article.Id, a.Article.Outlet, a.Article.Title, a.Article.Published?.ToIso(), a.Article.Language, a.Article.Input, a.Article.CopyOf)
        {
            Date = a.Article.Date?.ToIso(),
            DateSource = a.Article.DateSource?.Name(),
        };
}
