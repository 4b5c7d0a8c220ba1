namespace Recoupe.Briefs.Analysis;

/// <summary>A sparse, L2-normalised TF-IDF vector: term ids ascending, with their weights. Dot product = cosine.</summary>
internal sealed class TermVector
{
    public static readonly TermVector Empty = new([], []);

    public TermVector(int[] terms, float[] weights)
    {
        Terms = terms;
        Weights = weights;
    }

    public int[] Terms { get; }
    public float[] Weights { get; }
    public bool IsEmpty => Terms.Length == 0;

    /// <summary>Merge-walk of two sorted id lists: O(|a| + |b|), no allocation.</summary>
    public double Dot(TermVector other)
    {
        int i = 0, j = 0;
        double sum = 0;
        var a = Terms;
        var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { sum += Weights[i] * other.Weights[j]; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }

    /// <summary>The share of this vector's (squared) weight on terms the other vector has too: how much of this sentence the other covers.</summary>
    public double Coverage(TermVector other)
    {
        int i = 0, j = 0;
        double sum = 0;
        var a = Terms;
        var b = other.Terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { sum += Weights[i] * Weights[i]; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return sum;
    }

    public int SharedTerms(TermVector other)
    {
        int i = 0, j = 0, n = 0;
        while (i < Terms.Length && j < other.Terms.Length)
        {
            if (Terms[i] == other.Terms[j]) { n++; i++; j++; }
            else if (Terms[i] < other.Terms[j]) i++;
            else j++;
        }
        return n;
    }

    /// <summary>
    /// The same from parallel arrays (distinct terms, any order; both arrays are reordered): the norm is summed in the order given,
    /// which is the order a dictionary filled in that order enumerates, so the vector is bit for bit the dictionary one's.
    /// </summary>
    public static TermVector FromWeights(int[] terms, double[] weights)
    {
        if (terms.Length == 0) return Empty;
        double norm = 0;
        foreach (var w in weights) norm += w * w;
        norm = Math.Sqrt(norm);
        Array.Sort(terms, weights);
        var values = new float[terms.Length];
        for (int k = 0; k < terms.Length; k++) values[k] = norm > 0 ? (float)(weights[k] / norm) : 0f;
        return new TermVector(terms, values);
    }

    /// <summary>Builds a normalised vector from raw weights per term id.</summary>
    public static TermVector FromWeights(Dictionary<int, double> weights)
    {
        if (weights.Count == 0) return Empty;
        var terms = weights.Keys.ToArray();
        Array.Sort(terms);
        double norm = 0;
        foreach (var w in weights.Values) norm += w * w;
        norm = Math.Sqrt(norm);
        var values = new float[terms.Length];
        for (int k = 0; k < terms.Length; k++) values[k] = norm > 0 ? (float)(weights[terms[k]] / norm) : 0f;
        return new TermVector(terms, values);
    }
}
