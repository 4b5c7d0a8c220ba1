using Recoupe.Briefs.Analysis;

namespace Recoupe.Briefs.Support;

/// <summary>
/// The term-based pair features of two sentences from one merge of their ascending term lists, instead of a walk or a dictionary
/// look-up per term for each feature: cosine, coverage each way, predicate coverage each way, shared rare terms, IDF Jaccard and
/// the shared share of rare terms. Each figure is summed over the same terms in the same order as its own loop did
/// (<see cref="TermVector.Dot"/>, <see cref="TermVector.Coverage"/>, <see cref="RestatementWords"/>, <c>PairFeatures</c>), so the
/// values are bit for bit those; a merge visits shared terms in ascending order, which is the order the vector walks used.
/// </summary>
internal readonly record struct TermOverlap(double Cosine, double CoverageOfA, double CoverageOfB, double PredicateCoverageOfA,
    double PredicateCoverageOfB, int RareShared, double IdfJaccard, double RareSharedShare)
{
    /// <summary>Sentences have a few dozen terms; longer ones take their flags from the heap.</summary>
    private const int StackTerms = 256;

    public static TermOverlap Of(StoryCorpus corpus, SentenceUnit a, PairTerms ta, SentenceUnit b, PairTerms tb)
    {
        var x = a.Vector;
        var y = b.Vector;
        int n = x.Terms.Length, m = y.Terms.Length;
        Span<bool> inB = n <= StackTerms ? stackalloc bool[n] : new bool[n];
        Span<bool> inA = m <= StackTerms ? stackalloc bool[m] : new bool[m];
        inB.Clear();
        inA.Clear();
        double rare = 0.5 * Math.Log(corpus.Units.Length + 1.0);
        double dot = 0, coverA = 0, coverB = 0;
        int rareShared = 0;
        var xt = x.Terms;
        var yt = y.Terms;
        var xw = x.Weights;
        var yw = y.Weights;
        int i = 0, j = 0;
        while (i < n && j < m)
        {
            if (xt[i] == yt[j])
            {
                dot += xw[i] * yw[j];
                coverA += xw[i] * xw[i];
                coverB += yw[j] * yw[j];
                if (corpus.Idf(xt[i]) >= rare) rareShared++;
                inB[i] = true;
                inA[j] = true;
                i++; j++;
            }
            else if (xt[i] < yt[j]) i++;
            else j++;
        }

        // IDF Jaccard: a's content terms in its own order (their sum kept), shared ones in that order; then b's own, unshared, added on.
        double shared = 0;
        for (int k = 0; k < ta.ContentKeys.Length; k++)
            if (inB[ta.ContentKeys[k]]) shared += ta.ContentIdf[k];
        double union = ta.ContentIdfSum;
        for (int k = 0; k < tb.ContentKeys.Length; k++)
            if (!inA[tb.ContentKeys[k]]) union += tb.ContentIdf[k];
        double jaccard = union == 0 ? 0 : shared / union;

        int fewer = Math.Min(ta.RareTerms, tb.RareTerms);
        double rareShare = fewer == 0 ? 0 : rareShared / (double)fewer;
        return new TermOverlap(dot, coverA, coverB, PredicateCoverage(ta, inB), PredicateCoverage(tb, inA), rareShared, jaccard, rareShare);
    }

    /// <summary>The IDF-weighted share of one sentence's predicate terms that the other has (see <c>PairFeatures</c>).</summary>
    private static double PredicateCoverage(PairTerms t, Span<bool> inOther)
    {
        double covered = 0;
        for (int k = 0; k < t.PredicatePositions.Length; k++)
            if (inOther[t.PredicatePositions[k]]) covered += t.PredicateIdf[k];
        return t.PredicateIdfSum == 0 ? 0 : covered / t.PredicateIdfSum;
    }
}
