using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Briefs.Quotes;
using Recoupe.Briefs.Support;
using Recoupe.Briefs.Summary;
using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Briefs;

/// <summary>
/// The shared groundwork of a brief (and of the summary evaluation): the corpus of sentences, its similarity
/// graph, the aligner, each sentence's importance, the summary picked from them, the quotations with their speakers, and
/// each sentence read as a claim (<see cref="ClaimFrame"/>) with the pair classifier that judges support between claims.
/// </summary>
internal sealed record StoryAnalysis(StoryCorpus Corpus, SimilarityGraph Graph, SentenceAligner Aligner, double[] Importance, IReadOnlyList<SentenceUnit> Summary,
    List<SpeakerQuote> Quotes, SupportClassifier Support)
{
    public ClaimFrame[] Frames => Support.Frames;

    public static StoryAnalysis Run(IReadOnlyList<AnalyzedArticle> articles, IEntityResolver resolver, BriefOptions options,
        SummaryMethod method = SummaryMethod.Recoupe, int? summaryWords = null, SupportModel? model = null, ArticleAnalysisCache? cache = null)
    {
        var corpus = StoryCorpus.Build(Capped(articles, options), resolver, options, cache);
        var graph = SimilarityGraph.Build(corpus);
        var quotes = SpeakerQuotes.Collect(corpus);
        var aligner = new SentenceAligner(corpus, graph, SentenceAligner.CacheFloor(options), StatementSpeakers.Of(corpus, quotes));
        var importance = Summarizer.Score(corpus, graph, aligner, options, method);
        var summary = Summarizer.Select(corpus, importance, options, method, summaryWords ?? options.SummaryWords,
            summaryWords is null ? options.SummarySentences : int.MaxValue);
        var support = new SupportClassifier(corpus, ClaimFrames.Build(corpus, quotes), aligner, model ?? SupportModel.Shipped);
        return new StoryAnalysis(corpus, graph, aligner, importance, summary, quotes, support);
    }

    /// <summary>Another summary of the same corpus by another ranking (the evaluation's baselines).</summary>
    public IReadOnlyList<SentenceUnit> Resummarize(SummaryMethod method, BriefOptions options, int words)
    {
        var scores = Summarizer.Score(Corpus, Graph, Aligner, options, method);
        return Summarizer.Select(Corpus, scores, options, method, words, int.MaxValue);
    }

    /// <summary>
    /// Bounds the work for stories of hundreds of articles: syndicated copies go first (they add sources, not
    /// content), then the latest articles, since a rebuild follows the story's newest developments.
    /// </summary>
    private static IReadOnlyList<AnalyzedArticle> Capped(IReadOnlyList<AnalyzedArticle> articles, BriefOptions options)
    {
        if (articles.Count <= options.MaxArticles) return articles;
        return Kept(articles.Select(a => a.Article).ToList(), options).Select(i => articles[i]).ToList();
    }

    /// <summary>
    /// The positions of the articles a brief analyses (all of them up to <see cref="BriefOptions.MaxArticles"/>), ascending: read from
    /// their metadata alone, so that a store can parse only these articles' text and annotations.
    /// </summary>
    public static int[] Kept(IReadOnlyList<Article> articles, BriefOptions options)
    {
        if (articles.Count <= options.MaxArticles) return Enumerable.Range(0, articles.Count).ToArray();
        return articles
            .Select((a, i) => (a, i))
            .OrderBy(x => x.a.CopyOf is null ? 0 : 1)
            .ThenByDescending(x => x.a.Published?.Value ?? DateTime.MinValue)
            .ThenByDescending(x => x.i)
            .Take(options.MaxArticles)
            .OrderBy(x => x.i)
            .Select(x => x.i)
            .ToArray();
    }
}
