using Recoupe.Briefs.Analysis;

namespace Recoupe.Briefs.Summary;

/// <summary>How sentences are ranked: the brief's own mix, or one of the two classic baselines it is measured against.</summary>
internal enum SummaryMethod
{
    /// <summary>Centroid + LexRank + lead position + cross-outlet support + title similarity, selected by MMR.</summary>
    Recoupe,
    /// <summary>Baseline: LexRank centrality alone, with a plain redundancy cut.</summary>
    LexRank,
    /// <summary>Baseline: similarity to the centroid alone, with a plain redundancy cut.</summary>
    Centroid,
}

/// <summary>
/// Extractive multi-document summary: scores every sentence, then picks greedily by maximal marginal
/// relevance (Carbonell and Goldstein 1998) so that the second sentence adds news rather than repeating the first.
/// The result is in pick order, most important first, so a reader (or ROUGE) can cut it at any length.
/// </summary>
internal static class Summarizer
{
    /// <summary>Sentences whose cosine to one already picked reaches this are repeats, whatever their score.</summary>
    private const double RedundancyCut = 0.5;

    // Weights of the importance signals. Chosen on RPM2 (24 clusters) among a handful of round settings; ROUGE-2
    // moved within ±0.003 across them, so they are not tuned to the data: centrality leads, the lead position counts
    // as much as LexRank, and cross-outlet support and title similarity break ties towards confirmed, headline news.
    private const double CentroidWeight = 0.4, LexRankWeight = 0.3, PositionWeight = 0.3, SupportWeight = 0.15, TitleWeight = 0.15;

    /// <summary>Longer "sentences" are unpunctuated paragraphs or lists: unreadable as one summary line.</summary>
    public const int MaxSentenceWords = 120;

    /// <summary>Headlines and captions in the text are kept out of the summary unless nothing better is there.</summary>
    private const double HeadlinePenalty = 0.5;

    /// <summary>Support counts outlets that state a sentence a little more loosely than a fact requires.</summary>
    public const double SupportShare = 0.8;

    public static IReadOnlyList<SentenceUnit> Select(StoryCorpus corpus, double[] scores,
        BriefOptions options, SummaryMethod method, int maxWords, int maxSentences)
    {
        var candidates = corpus.Units.Where(u => !u.IsBoilerplate && scores[u.Index] > 0 && u.WordCount <= MaxSentenceWords).ToList();
        var picked = new List<SentenceUnit>();
        int words = 0;
        double lambda = method == SummaryMethod.Recoupe ? options.MmrLambda : 1.0;
        // Each candidate's redundancy (its highest cosine to a picked sentence, at least 0) and whether it is out (a repeat of one),
        // brought up to date with each new pick only: the maximum over the picks and the repeat test are the same whatever the
        // order they are taken in, and a candidate once out stays out, so no candidate is compared with the same pick twice.
        var redundancyOf = new double[corpus.Units.Length];
        var outOf = new bool[corpus.Units.Length];
        while (picked.Count < maxSentences && words < maxWords && candidates.Count > 0)
        {
            SentenceUnit? best = null;
            double bestValue = double.NegativeInfinity;
            foreach (var c in candidates)
            {
                if (outOf[c.Index]) continue;
                double value = lambda * scores[c.Index] - (1 - lambda) * redundancyOf[c.Index];
                if (value > bestValue) { bestValue = value; best = c; }
            }
            if (best is null) break;
            picked.Add(best);
            words += best.WordCount;
            candidates.Remove(best);
            foreach (var c in candidates)
            {
                if (outOf[c.Index]) continue;
                double redundancy = Math.Max(redundancyOf[c.Index], c.Vector.Dot(best.Vector));
                redundancyOf[c.Index] = redundancy;
                outOf[c.Index] = redundancy >= RedundancyCut || method == SummaryMethod.Recoupe && Repeats(c, best);
            }
        }
        return picked;
    }

    /// <summary>Share of the smaller sentence's content terms found in the other above which one only restates the other.</summary>
    public const double ContainedShare = 0.8;

    /// <summary>Fewer content terms than this are too few to judge a restatement by.</summary>
    private const int MinContainedTerms = 3;

    /// <summary>
    /// One sentence says again what the other says: its content terms are (almost) all in the other. The cosine cut misses
    /// this when one sentence is much longer ("X said Y" inside "X said Y, adding Z, W and V"), and a reader sees two bullets
    /// telling the same thing.
    /// </summary>
    public static bool Repeats(SentenceUnit a, SentenceUnit b)
    {
        var (small, large) = a.TermCounts.Count <= b.TermCounts.Count ? (a.TermCounts, b.TermCounts) : (b.TermCounts, a.TermCounts);
        if (small.Count < MinContainedTerms) return false;
        int shared = 0;
        foreach (var t in small.Keys) if (large.ContainsKey(t)) shared++;
        return shared >= ContainedShare * small.Count;
    }

    public static double[] Score(StoryCorpus corpus, SimilarityGraph graph, SentenceAligner aligner, BriefOptions options, SummaryMethod method)
    {
        switch (method)
        {
            case SummaryMethod.LexRank:
                return SentenceScores.LexRank(corpus, graph);
            case SummaryMethod.Centroid:
                return SentenceScores.Centroid(corpus);
        }
        var centroid = SentenceScores.Centroid(corpus);
        var lexRank = SentenceScores.LexRank(corpus, graph);
        var position = SentenceScores.Position(corpus);
        var support = SentenceScores.Support(corpus, aligner, options.FactAlignment * SupportShare);
        var title = SentenceScores.Title(corpus);
        var scores = new double[corpus.Units.Length];
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate) continue;
            int i = u.Index;
            scores[i] = (CentroidWeight * centroid[i] + LexRankWeight * lexRank[i] + PositionWeight * position[i]
                         + SupportWeight * support[i] + TitleWeight * title[i]) * LengthFactor(u.WordCount)
                        * (u.IsHeadlineLike ? HeadlinePenalty : 1.0);
        }
        return scores;
    }

    /// <summary>Very short sentences carry little; very long ones eat the budget. Neither is ruled out.</summary>
    private static double LengthFactor(int words) => words switch
    {
        < 8 => 0.6,
        < 12 => 0.85,
        > 60 => 0.7,
        > 40 => 0.9,
        _ => 1.0,
    };
}
