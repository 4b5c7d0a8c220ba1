using Recoupe.Briefs.Analysis;

namespace Recoupe.Briefs.Summary;

/// <summary>
/// Importance signals for each sentence of a story, each scaled to [0, 1]: similarity to the story's
/// centroid (Radev et al. 2004), LexRank centrality (Erkan and Radev 2004), a lead-position prior, and
/// how many independent outlets also state it.
/// </summary>
internal static class SentenceScores
{
    /// <summary>Cosine of each sentence to the story centroid, kept to its heaviest terms.</summary>
    public static double[] Centroid(StoryCorpus corpus, int keepTerms = 60)
    {
        var centroid = CentroidVector(corpus, keepTerms);
        var scores = new double[corpus.Units.Length];
        foreach (var u in corpus.Units)
            if (!u.IsBoilerplate) scores[u.Index] = u.Vector.Dot(centroid);
        return Normalise(scores);
    }

    public static TermVector CentroidVector(StoryCorpus corpus, int keepTerms)
    {
        var sum = new Dictionary<int, double>();
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate) continue;
            for (int k = 0; k < u.Vector.Terms.Length; k++)
                sum[u.Vector.Terms[k]] = sum.GetValueOrDefault(u.Vector.Terms[k]) + u.Vector.Weights[k];
        }
        var top = sum.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(keepTerms).ToDictionary(kv => kv.Key, kv => kv.Value);
        return TermVector.FromWeights(top);
    }

    /// <summary>Continuous LexRank: PageRank over the cosine graph (edges ≥ <paramref name="threshold"/>), damping 0.85.</summary>
    public static double[] LexRank(StoryCorpus corpus, SimilarityGraph graph, double threshold = 0.1, int iterations = 40)
    {
        int n = corpus.Units.Length;
        var rank = new double[n];
        if (n == 0) return rank;
        // The edges at or above the threshold, flattened once (compressed rows, in each sentence's neighbour order): the
        // iterations below then walk arrays, and every sum is made of the same terms in the same order as over the lists.
        var start = new int[n + 1];
        var target = new List<int>();
        var weight = new List<double>();
        var outSum = new double[n];
        for (int i = 0; i < n; i++)
        {
            start[i] = target.Count;
            foreach (var (j, s) in graph.Neighbours[i])
                if (s >= threshold) { outSum[i] += s; target.Add(j); weight.Add(s); }
        }
        start[n] = target.Count;
        var to = target.ToArray();
        var w = weight.ToArray();
        var boilerplate = corpus.Units.Select(u => u.IsBoilerplate).ToArray();
        int active = boilerplate.Count(b => !b);
        if (active == 0) return rank;
        for (int i = 0; i < n; i++) rank[i] = boilerplate[i] ? 0 : 1.0 / active;
        var next = new double[n];
        for (int it = 0; it < iterations; it++)
        {
            double dangling = 0;
            for (int i = 0; i < n; i++)
                if (outSum[i] == 0 && !boilerplate[i]) dangling += rank[i];
            for (int i = 0; i < n; i++) next[i] = boilerplate[i] ? 0 : (0.15 + 0.85 * dangling) / active;
            for (int i = 0; i < n; i++)
            {
                if (outSum[i] == 0) continue;
                double share = 0.85 * rank[i], total = outSum[i];
                for (int k = start[i]; k < start[i + 1]; k++) next[to[k]] += share * w[k] / total;
            }
            (rank, next) = (next, rank);
        }
        return Normalise(rank);
    }

    /// <summary>
    /// Similarity to the articles' titles together (Edmundson's title method): editors put the news in the title.
    /// Zero everywhere when no article has a title.
    /// </summary>
    public static double[] Title(StoryCorpus corpus)
    {
        var scores = new double[corpus.Units.Length];
        var sum = new Dictionary<int, double>();
        foreach (var a in corpus.Articles)
        {
            if (string.IsNullOrWhiteSpace(a.Article.Title)) continue;
            var v = corpus.Vectorize(a.Article.Title, a.Article.Language);
            for (int k = 0; k < v.Terms.Length; k++) sum[v.Terms[k]] = sum.GetValueOrDefault(v.Terms[k]) + v.Weights[k];
        }
        if (sum.Count == 0) return scores;
        var titles = TermVector.FromWeights(sum);
        foreach (var u in corpus.Units)
            if (!u.IsBoilerplate) scores[u.Index] = u.Vector.Dot(titles);
        return Normalise(scores);
    }

    /// <summary>News puts the essentials first: 1 for the lead sentence, decaying with position.</summary>
    public static double[] Position(StoryCorpus corpus)
    {
        var scores = new double[corpus.Units.Length];
        foreach (var u in corpus.Units) scores[u.Index] = 1.0 / Math.Sqrt(1 + u.Position);
        return scores;
    }

    /// <summary>Share of the story's other independent sources that state the sentence too (aligned sentence in their article).</summary>
    public static double[] Support(StoryCorpus corpus, SentenceAligner aligner, double minScore)
    {
        var scores = new double[corpus.Units.Length];
        int groups = Enumerable.Range(0, corpus.Articles.Count).Select(corpus.Independence.CopyGroup).Distinct().Count();
        if (groups <= 1) return scores;
        // The distinct other copy groups of each sentence's aligned articles, counted in one set reused from sentence to sentence
        // (no LINQ chain per sentence; a group may be negative, so no array by group).
        var seen = new HashSet<int>();
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate) continue;
            var own = corpus.Independence.CopyGroup(u.ArticleIndex);
            seen.Clear();
            // Above the aligner's floor, its cached list (sorted by score, descending) read up to minScore: the same candidates
            // as BestPerArticle(u, minScore), without the filtered copy it makes.
            bool cached = minScore >= aligner.Floor;
            foreach (var (other, score) in aligner.BestPerArticle(u, cached ? aligner.Floor : minScore))
            {
                if (score < minScore) break;
                int g = corpus.Independence.CopyGroup(other.ArticleIndex);
                if (g != own) seen.Add(g);
            }
            scores[u.Index] = Math.Min(1.0, seen.Count / (double)(groups - 1));
        }
        return scores;
    }

    private static double[] Normalise(double[] scores)
    {
        double max = 0;
        foreach (var s in scores) max = Math.Max(max, s);
        if (max > 0)
            for (int i = 0; i < scores.Length; i++) scores[i] /= max;
        return scores;
    }
}
