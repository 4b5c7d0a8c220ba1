namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Aligns sentences of different articles that state the same thing: shared stems (cosine), shared
/// resolved entities, and agreeing numbers and dates. Across languages stems do not meet, so there the
/// evidence is entities plus numbers or dates only. Candidates come from the similarity graph and an
/// entity index: no all-pairs comparison.
/// </summary>
internal sealed class SentenceAligner
{
    private readonly StoryCorpus _corpus;
    private readonly SimilarityGraph _graph;
    private readonly List<int>[]? _byEntity;
    private readonly List<(SentenceUnit Other, double Score)>?[] _cache;
    private readonly double _cacheFloor;
    private readonly bool[] _informative;
    private readonly bool _multilingual;

    /// <summary>Sentences naming one entity are compared through the entity index only while it is this selective.</summary>
    private const int MaxEntityPostings = 60;

    /// <param name="cacheFloor">The lowest score any caller asks for: alignments are computed once per sentence down to it.</param>
    public SentenceAligner(StoryCorpus corpus, SimilarityGraph graph, double cacheFloor)
    {
        _corpus = corpus;
        _graph = graph;
        _cacheFloor = cacheFloor;
        _cache = new List<(SentenceUnit, double)>?[corpus.Units.Length];
        // An entity named in a large share of the story's sentences (the countries of the story) says nothing
        // about whether two sentences state the same thing; rarer ones (a spokesperson, a city) do.
        var df = new int[corpus.Entities.Length];
        foreach (var u in corpus.Units)
            foreach (var e in u.Entities) df[e]++;
        int common = Math.Max(3, corpus.Units.Length / 5);
        _informative = df.Select(d => d <= common).ToArray();
        _multilingual = corpus.Articles.Select(a => a.Article.Language).Distinct().Count() > 1;
        if (corpus.Entities.Length > 0)
        {
            _byEntity = new List<int>[corpus.Entities.Length];
            foreach (var u in corpus.Units)
            {
                if (u.IsBoilerplate) continue;
                foreach (var e in u.Entities) (_byEntity[e] ??= []).Add(u.Index);
            }
        }
    }

    public static double CacheFloor(BriefOptions options) =>
        options.FactAlignment * Math.Min(Facts.FactAligner.CohesionShare, Summary.Summarizer.SupportShare);

    /// <summary>How strongly two sentences state the same thing (0 = unrelated; about 1 = the same words).</summary>
    public double Score(SentenceUnit a, SentenceUnit b, double cosine)
    {
        int entities = SharedInformative(a.Entities, b.Entities);
        int values = SharedNumbers(a, b) + SharedTimes(a, b);
        if (cosine < 0.02 && !SameLanguage(a, b))
            return entities >= 2 && values >= 1 ? 0.2 + 0.08 * Math.Min(entities, 3) + 0.05 * Math.Min(values, 2) : 0;
        // The same kind of event (a visit, a meeting…) involving the same named participants is the same fact told in other words.
        double sameEvent = entities >= 1 && a.EventClasses.Length > 0 && a.EventClasses.Intersect(b.EventClasses).Any() ? 0.05 : 0;
        return cosine + 0.05 * Math.Min(entities, 3) + 0.05 * Math.Min(values, 2) + sameEvent;
    }

    /// <summary>For one sentence: its best-aligned sentence in each other article, scoring at least <paramref name="minScore"/>.</summary>
    public IReadOnlyList<(SentenceUnit Other, double Score)> BestPerArticle(SentenceUnit u, double minScore)
    {
        if (u.Index < 0 || u.Index >= _cache.Length || minScore < _cacheFloor) return Compute(u, minScore);
        var all = _cache[u.Index] ??= Compute(u, _cacheFloor);
        if (all.Count == 0 || all[^1].Score >= minScore) return all;
        return all.Where(x => x.Score >= minScore).ToList();
    }

    private List<(SentenceUnit Other, double Score)> Compute(SentenceUnit u, double minScore)
    {
        var best = new Dictionary<int, (SentenceUnit, double)>();
        foreach (var (other, sim) in _graph.Neighbours[u.Index])
            Consider(_corpus.Units[other], sim);
        if (_byEntity is not null)
        {
            // Paraphrases share few words but the same participants: sentences naming the same selective entity are
            // candidates too (and across languages they are the only ones).
            var seen = new HashSet<int>();
            foreach (var e in u.Entities)
            {
                var list = _byEntity[e];
                if (list is null || !_informative[e] && !_multilingual) continue;
                if (list.Count > MaxEntityPostings && !_multilingual || list.Count > 400) continue;
                foreach (var other in list)
                {
                    if (!seen.Add(other) || other == u.Index) continue;
                    var v = _corpus.Units[other];
                    Consider(v, SameLanguage(u, v) ? u.Vector.Dot(v.Vector) : 0);
                }
            }
        }
        return best.Values.OrderByDescending(x => x.Item2).ToList();

        void Consider(SentenceUnit v, double cosine)
        {
            if (v.ArticleIndex == u.ArticleIndex || v.IsBoilerplate) return;
            var score = Score(u, v, cosine);
            if (score < minScore) return;
            if (!best.TryGetValue(v.ArticleIndex, out var current) || current.Item2 < score) best[v.ArticleIndex] = (v, score);
        }
    }

    private bool SameLanguage(SentenceUnit a, SentenceUnit b) =>
        _corpus.ArticleOf(a).Language == _corpus.ArticleOf(b).Language;

    private int SharedInformative(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { if (_informative[a[i]]) n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    public static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    private static int SharedNumbers(SentenceUnit a, SentenceUnit b)
    {
        int n = 0;
        foreach (var x in a.Numbers)
            foreach (var y in b.Numbers)
                if (x.Value == y.Value) { n++; break; }
        return n;
    }

    private static int SharedTimes(SentenceUnit a, SentenceUnit b)
    {
        int n = 0;
        foreach (var x in a.Times)
            foreach (var y in b.Times)
                if (x.Value == y.Value) { n++; break; }
        return n;
    }
}
