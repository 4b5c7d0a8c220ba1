using Recoupe.Briefs.Analysis;

namespace Recoupe.Briefs.Support;

/// <summary>
/// One sentence's terms as the pair features weigh them under its story's IDF (<see cref="TermOverlap"/>): what depends on the
/// sentence alone, computed once per sentence and story instead of once per pair judged. Positions index the sentence's vector
/// terms (<see cref="TermVector.Terms"/>, ascending), which are the keys of its term counts. Lists keep the order in which the
/// per-pair code always summed (term counts' enumeration order, predicate terms ascending), and the sums kept here are those same
/// loops run once: every figure derived from them is bit for bit the one summed pair by pair.
/// </summary>
internal sealed class PairTerms
{
    private PairTerms(int[] contentKeys, double[] contentIdf, double contentIdfSum, int[] predicatePositions, double[] predicateIdf,
        double predicateIdfSum, int rareTerms, bool complete)
    {
        Complete = complete;
        ContentKeys = contentKeys;
        ContentIdf = contentIdf;
        ContentIdfSum = contentIdfSum;
        PredicatePositions = predicatePositions;
        PredicateIdf = predicateIdf;
        PredicateIdfSum = predicateIdfSum;
        RareTerms = rareTerms;
    }

    /// <summary>Positions of the content terms (attribution words aside), in the term counts' enumeration order.</summary>
    public int[] ContentKeys { get; }
    /// <summary>Their IDF, in that order.</summary>
    public double[] ContentIdf { get; }
    /// <summary>Their IDF summed in that order.</summary>
    public double ContentIdfSum { get; }
    /// <summary>Positions of the predicate terms (attribution words aside), ascending.</summary>
    public int[] PredicatePositions { get; }
    /// <summary>Their IDF, in that order.</summary>
    public double[] PredicateIdf { get; }
    /// <summary>Their IDF summed in that order.</summary>
    public double PredicateIdfSum { get; }
    /// <summary>How many of the sentence's terms are rare in the story (<see cref="RestatementWords.IsRare"/>).</summary>
    public int RareTerms { get; }
    /// <summary>
    /// The vector's terms are exactly the term counts' keys and hold every predicate term (true of every sentence of a corpus); when
    /// not, the pair is compared term by term the old way.
    /// </summary>
    public bool Complete { get; }

    public static PairTerms Of(StoryCorpus corpus, SentenceUnit u)
    {
        var terms = u.Vector.Terms;
        var contentKeys = new List<int>(u.TermCounts.Count);
        var contentIdf = new List<double>(u.TermCounts.Count);
        double contentSum = 0;
        int rare = 0;
        foreach (var t in u.TermCounts.Keys)
        {
            if (RestatementWords.IsRare(corpus, t)) rare++;
            if (corpus.IsAttributionTerm(t)) continue;
            double w = corpus.Idf(t);
            contentSum += w;
            contentKeys.Add(Array.BinarySearch(terms, t));
            contentIdf.Add(w);
        }
        var predicatePositions = new List<int>(u.PredicateTerms.Length);
        var predicateIdf = new List<double>(u.PredicateTerms.Length);
        double predicateSum = 0;
        foreach (var t in u.PredicateTerms)
        {
            if (corpus.IsAttributionTerm(t)) continue;
            double w = corpus.Idf(t);
            predicateSum += w;
            predicatePositions.Add(Array.BinarySearch(terms, t));
            predicateIdf.Add(w);
        }
        bool complete = terms.Length == u.TermCounts.Count && contentKeys.TrueForAll(p => p >= 0) && predicatePositions.TrueForAll(p => p >= 0);
        if (complete)
            foreach (var t in u.TermCounts.Keys)
                complete &= Array.BinarySearch(terms, t) >= 0;
        return new PairTerms(contentKeys.ToArray(), contentIdf.ToArray(), contentSum, predicatePositions.ToArray(), predicateIdf.ToArray(),
            predicateSum, rare, complete);
    }
}
