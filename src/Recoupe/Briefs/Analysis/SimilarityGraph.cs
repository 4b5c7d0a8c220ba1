namespace Recoupe.Briefs.Analysis;

/// <summary>
/// The sparse cosine-similarity graph of a story's sentences, built through an inverted index of stems:
/// only pairs that share a term are ever compared, and only those whose cosine can reach <see cref="MinEdge"/> are computed. For big stories the most common terms (in more than
/// a tenth of the sentences) are left out of the index, and each
/// sentence keeps its <see cref="MaxNeighbours"/> closest neighbours: they cost most postings and say least.
/// </summary>
internal sealed class SimilarityGraph
{
    public const double MinEdge = 0.08;
    /// <summary>Each sentence keeps its closest neighbours only: enough for centrality and alignment, bounded for big stories.</summary>
    public const int MaxNeighbours = 100;

    private SimilarityGraph(List<(int Other, float Similarity)>[] neighbours) => Neighbours = neighbours;

    /// <summary>For each unit, the other units with cosine ≥ <see cref="MinEdge"/>.</summary>
    public IReadOnlyList<List<(int Other, float Similarity)>> Neighbours { get; }

    /// <summary>Slack on the bound below which a candidate is not compared: far above rounding, far below any edge.</summary>
    private const double BoundSlack = 1e-6;

    public static SimilarityGraph Build(StoryCorpus corpus)
    {
        var units = corpus.Units;
        // The inverted index as one flat array of postings ordered by term, then by unit (each term's postings in the order units
        // come, as per-term lists had them, so every sum below adds the same products in the same order): two passes, no list per term.
        int vocabulary = corpus.VocabularySize;
        var start = new int[vocabulary + 1];
        foreach (var u in units)
        {
            if (u.IsBoilerplate) continue;
            foreach (var t in u.Vector.Terms) start[t + 1]++;
        }
        for (int t = 0; t < vocabulary; t++) start[t + 1] += start[t];
        var postingUnit = new int[start[vocabulary]];
        var postingWeight = new float[postingUnit.Length];
        var fill = new int[vocabulary];
        Array.Copy(start, fill, vocabulary);
        foreach (var u in units)
        {
            if (u.IsBoilerplate) continue;
            for (int k = 0; k < u.Vector.Terms.Length; k++)
            {
                int at = fill[u.Vector.Terms[k]]++;
                postingUnit[at] = u.Index;
                postingWeight[at] = u.Vector.Weights[k];
            }
        }
        int PostingCount(int term) => start[term + 1] - start[term];
        int commonCut = units.Length > 400 ? Math.Max(50, units.Length / 10) : int.MaxValue;
        // The norm of each sentence's weights on the common terms (left out of the index): by Cauchy-Schwarz, what those terms can
        // add to a cosine is at most the product of the two sentences' norms.
        var commonNorm = new double[units.Length];
        foreach (var u in units)
        {
            if (u.IsBoilerplate) continue;
            double sum = 0;
            for (int k = 0; k < u.Vector.Terms.Length; k++)
                if (PostingCount(u.Vector.Terms[k]) > commonCut) sum += (double)u.Vector.Weights[k] * u.Vector.Weights[k];
            commonNorm[u.Index] = Math.Sqrt(sum);
        }
        var neighbours = new List<(int, float)>[units.Length];
        var partial = new double[units.Length];
        var seen = new int[units.Length];
        var touched = new List<int>();
        // The sentence's weights spread over the whole vocabulary: the cosine to each candidate is then one pass over the
        // candidate's terms (ascending, as TermVector.Dot adds them, so the sums are bit-identical) instead of a merge-walk.
        var dense = new float[corpus.VocabularySize];
        foreach (var u in units)
        {
            neighbours[u.Index] = [];
            if (u.IsBoilerplate) continue;
            var terms = u.Vector.Terms;
            var weights = u.Vector.Weights;
            // Candidates share an indexed term; the index adds up their cosine over those terms.
            for (int k = 0; k < terms.Length; k++)
            {
                int t = terms[k];
                if (PostingCount(t) == 0 || PostingCount(t) > commonCut) continue;
                double w = weights[k];
                for (int at = start[t]; at < start[t + 1]; at++)
                {
                    int other = postingUnit[at];
                    if (other == u.Index) continue;
                    if (seen[other] != u.Index + 1) { seen[other] = u.Index + 1; touched.Add(other); }
                    partial[other] += w * postingWeight[at];
                }
            }
            for (int k = 0; k < terms.Length; k++) dense[terms[k]] = weights[k];
            foreach (var other in touched)
            {
                // The indexed part plus the most the common terms can add: a candidate under the edge threshold even so is no
                // neighbour, and the exact cosine (the one every later step sees) is computed only for the others.
                double bound = partial[other] + commonNorm[u.Index] * commonNorm[other];
                partial[other] = 0;
                if (bound < MinEdge - BoundSlack) continue;
                var sim = DenseDot(dense, units[other].Vector);
                if (sim >= MinEdge) neighbours[u.Index].Add((other, (float)sim));
            }
            for (int k = 0; k < terms.Length; k++) dense[terms[k]] = 0;
            touched.Clear();
            var kept = neighbours[u.Index];
            if (kept.Count > MaxNeighbours)
            {
                kept.Sort((x, y) => y.Item2.CompareTo(x.Item2));
                kept.RemoveRange(MaxNeighbours, kept.Count - MaxNeighbours);
            }
        }
        return new SimilarityGraph(neighbours);
    }

    /// <summary>
    /// <see cref="TermVector.Dot"/> against a vector spread over the vocabulary: the same products (this sentence's weight times
    /// the other's) added in the same ascending term order; terms the sentence lacks add an exact zero, which changes no sum.
    /// </summary>
    private static double DenseDot(float[] dense, TermVector other)
    {
        var terms = other.Terms;
        var weights = other.Weights;
        double sum = 0;
        for (int j = 0; j < terms.Length; j++) sum += dense[terms[j]] * weights[j];
        return sum;
    }
}
