using Recoupe.Language;

namespace Recoupe.Evaluation.Summary;

/// <summary>Recall, precision and F1 of one ROUGE measure.</summary>
public readonly record struct RougeScore(double Recall, double Precision, double F1)
{
    public static RougeScore From(double hits, double referenceTotal, double candidateTotal)
    {
        double r = referenceTotal > 0 ? hits / referenceTotal : 0;
        double p = candidateTotal > 0 ? hits / candidateTotal : 0;
        return new RougeScore(r, p, r + p > 0 ? 2 * r * p / (r + p) : 0);
    }

    public static RougeScore Average(IReadOnlyCollection<RougeScore> scores) => scores.Count == 0
        ? default
        : new RougeScore(scores.Average(s => s.Recall), scores.Average(s => s.Precision), scores.Average(s => s.F1));
}

/// <summary>
/// ROUGE (Lin 2004), implemented here: lower-cased words from <see cref="Tokenizer"/> (French elisions split,
/// punctuation dropped, stopwords kept as in ROUGE-1.5.5), optionally Snowball-stemmed. With several references
/// the counts are pooled (ROUGE-1.5.5 "-f A"): hits over all references / all reference n-grams for recall,
/// / (references × candidate n-grams) for precision. ROUGE-L is the LCS of the whole token sequences.
/// </summary>
public sealed class Rouge
{
    private readonly string _language;
    private readonly bool _stem;

    public Rouge(string language, bool stem)
    {
        _language = language;
        _stem = stem;
    }

    public string[] Tokens(string text) =>
        Tokenizer.Tokenize(text).Select(t => _stem ? Stemmer.Stem(t.Lower, _language) : t.Lower).ToArray();

    /// <summary>The first <paramref name="words"/> tokens: ROUGE comparisons are only fair at equal length.</summary>
    public static string[] Truncate(string[] tokens, int words) => tokens.Length <= words ? tokens : tokens[..words];

    public RougeScore N(string[] candidate, IReadOnlyList<string[]> references, int n)
    {
        var cand = NGrams(candidate, n);
        int candTotal = cand.Values.Sum();
        double hits = 0, refTotal = 0;
        foreach (var reference in references)
        {
            var refGrams = NGrams(reference, n);
            refTotal += refGrams.Values.Sum();
            foreach (var (gram, count) in refGrams)
                if (cand.TryGetValue(gram, out var c)) hits += Math.Min(c, count);
        }
        return RougeScore.From(hits, refTotal, (double)candTotal * references.Count);
    }

    public RougeScore L(string[] candidate, IReadOnlyList<string[]> references)
    {
        double hits = 0, refTotal = 0;
        foreach (var reference in references)
        {
            hits += Lcs(candidate, reference);
            refTotal += reference.Length;
        }
        return RougeScore.From(hits, refTotal, (double)candidate.Length * references.Count);
    }

    private static Dictionary<string, int> NGrams(string[] tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i + n <= tokens.Length; i++)
        {
            var g = n == 1 ? tokens[i] : string.Join('\u0001', tokens, i, n);
            grams[g] = grams.GetValueOrDefault(g) + 1;
        }
        return grams;
    }

    private static int Lcs(string[] a, string[] b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
