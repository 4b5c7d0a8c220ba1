using System.Text;
using Recoupe.Briefs;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Briefs.Quotes;
using Recoupe.Briefs.Support;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// One story for training and checking the pair classifier: its articles analysed as a brief analyses them (corpus, aligner, claim
/// frames), without the caps of a brief (every sentence is kept, so every judged sentence can be found), and sentences found back
/// by their text.
/// </summary>
internal sealed class TopicStory
{
    /// <summary>No per-article or per-story sentence cap: judged sentences can lie anywhere in an article.</summary>
    public static readonly BriefOptions Uncapped = BriefOptions.Default with { MaxSentencesPerArticle = 100_000, MaxSentences = 1_000_000, MaxArticles = 100_000 };

    private readonly string[] _normalised;
    private readonly int[][] _offsets;

    private TopicStory(IReadOnlyList<string> names, StoryCorpus corpus, SentenceAligner aligner, ClaimFrame[] frames, List<SpeakerQuote> quotes)
    {
        Names = names;
        Corpus = corpus;
        Aligner = aligner;
        Frames = frames;
        Quotes = quotes;
        _normalised = new string[corpus.Articles.Count];
        _offsets = new int[corpus.Articles.Count][];
        for (int a = 0; a < corpus.Articles.Count; a++)
            (_normalised[a], _offsets[a]) = Normalise(corpus.Articles[a].Article.Text);
    }

    public IReadOnlyList<string> Names { get; }
    public StoryCorpus Corpus { get; }
    public SentenceAligner Aligner { get; }
    public ClaimFrame[] Frames { get; }
    public List<SpeakerQuote> Quotes { get; }

    public static TopicStory Build(RecoupePipeline pipeline, IReadOnlyList<(string Name, AnalyzedArticle Article)> articles)
    {
        var analyzed = articles.Select(a => a.Article).ToList();
        var corpus = StoryCorpus.Build(analyzed, pipeline.EntityResolver, Uncapped);
        var graph = SimilarityGraph.Build(corpus);
        var quotes = SpeakerQuotes.Collect(corpus);
        var aligner = new SentenceAligner(corpus, graph, SentenceAligner.CacheFloor(Uncapped), StatementSpeakers.Of(corpus, quotes));
        return new TopicStory(articles.Select(a => a.Name).ToList(), corpus, aligner, ClaimFrames.Build(corpus, quotes), quotes);
    }

    /// <summary>Cleans and analyses raw documents; each becomes an article with an id (its position + 1).</summary>
    public static List<(string Name, AnalyzedArticle Article)> Analyse(RecoupePipeline pipeline, IEnumerable<RawDocument> documents)
    {
        var result = new List<(string, AnalyzedArticle)>();
        foreach (var raw in documents)
        {
            var cleaned = pipeline.Clean(raw);
            if (!cleaned.Success) continue;
            result.Add((raw.Input, pipeline.Analyze(cleaned.Value! with { Id = result.Count + 1 })));
        }
        return result;
    }

    public double[] Features(SentenceUnit statement, SentenceUnit candidate) => PairFeatures.Compute(Corpus, Frames, Aligner, statement, candidate);

    public SupportClassifier Classifier(SupportModel model) => new(Corpus, Frames, Aligner, model);

    /// <summary>The sentence of the story that holds <paramref name="text"/> (whitespace aside), in the named article or, when null, in any; null when absent.</summary>
    public SentenceUnit? Locate(string text, string? name)
    {
        var (needle, _) = Normalise(text);
        if (needle.Length == 0) return null;
        for (int a = 0; a < _normalised.Length; a++)
        {
            if (name is not null && Names[a] != name) continue;
            int at = _normalised[a].IndexOf(needle, StringComparison.Ordinal);
            if (at < 0) continue;
            int start = _offsets[a][at], end = _offsets[a][at + needle.Length - 1] + 1;
            SentenceUnit? best = null;
            int bestOverlap = 0;
            foreach (var u in Corpus.UnitsOfArticle[a])
            {
                int overlap = Math.Min(u.Span.End, end) - Math.Max(u.Span.Start, start);
                if (overlap > bestOverlap) { bestOverlap = overlap; best = u; }
            }
            if (best is not null) return best;
        }
        return null;
    }

    /// <summary>The text with runs of whitespace as one space, and for each kept character its offset in the original.</summary>
    private static (string Text, int[] Offsets) Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var offsets = new List<int>(text.Length);
        bool space = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u202F')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); offsets.Add(i); space = false; }
            sb.Append(c);
            offsets.Add(i);
        }
        return (sb.ToString(), offsets.ToArray());
    }
}
