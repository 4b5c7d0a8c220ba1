using Recoupe.Briefs.Analysis;
using Recoupe.Mentions.Names;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// How much of the shorter of two sentences the other keeps, counted so that a rewrite of one dispatch still shows: content words
/// compared by stem (an inflection changed, "prononcé" / "prononcée"), a name spelt two ways matched (one letter apart), each word
/// weighted by its rarity in the story (the story's names and stock words weigh little), and the share taken of the shorter
/// sentence, so that a few words inserted in one copy, or a clause added, do not hide the rest. Two measures: the shared words in
/// any order, and the longest sequence of them kept in the same order (words may be skipped between them, unlike a run).
/// Features of the learned "same origin" decision (<see cref="SameOriginFeatures"/>).
/// </summary>
internal static class SharedWording
{
    /// <summary>Stems at least this long may match one edit apart: shorter words one letter apart are often different words.</summary>
    public const int MinLengthForNearSpelling = 6;

    /// <summary>The rarity-weighted content words of the shorter sentence (by weight) that the other has too, over its weight.</summary>
    public static double RareWordsKept(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        var x = ContentTerms(corpus, a).Distinct().ToArray();
        var y = ContentTerms(corpus, b).Distinct().ToArray();
        double wx = Weight(corpus, x), wy = Weight(corpus, y);
        if (Math.Min(wx, wy) <= 0) return 0;
        var (small, large) = wx <= wy ? (x, y) : (y, x);
        double kept = 0;
        foreach (var t in small)
            if (large.Any(u => Same(corpus, t, u))) kept += corpus.Idf(t);
        return Math.Min(1, kept / Math.Min(wx, wy));
    }

    /// <summary>
    /// The rarity-weighted longest common subsequence of the two sentences' content words (in order, gaps allowed), over the
    /// weight of the lighter sentence's content words.
    /// </summary>
    public static double InOrderKept(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        var x = ContentTerms(corpus, a);
        var y = ContentTerms(corpus, b);
        double shorter = Math.Min(Weight(corpus, x), Weight(corpus, y));
        if (shorter <= 0) return 0;
        return Math.Min(1, WeightedSubsequence(corpus, x, y) / shorter);
    }

    /// <summary>The number of content words in the longest common in-order subsequence (unweighted).</summary>
    public static int InOrderWords(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        var x = ContentTerms(corpus, a);
        var y = ContentTerms(corpus, b);
        var prev = new int[y.Length + 1];
        var cur = new int[y.Length + 1];
        for (int i = 1; i <= x.Length; i++)
        {
            for (int j = 1; j <= y.Length; j++)
                cur[j] = Same(corpus, x[i - 1], y[j - 1]) ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return prev[y.Length];
    }

    /// <summary>Words a skipped run may jump over in either sentence between two matched words: one inserted word ("la
    /// détention [provisoire] du trader") does not cut the run.</summary>
    public const int MaxSkipped = 1;

    /// <summary>
    /// The longest run of words (stopwords included: a copy keeps them, a restatement rewords them) in the same order in both
    /// sentences, matched by stem or near spelling, that may skip up to <see cref="MaxSkipped"/> words in either sentence between
    /// two of its words. A copy with an adjective added or a word changed keeps a long run; two outlets' own sentences seldom do.
    /// </summary>
    public static int SkippingRun(StoryCorpus corpus, SentenceUnit a, SentenceUnit b) => Run(corpus, a, b, MaxSkipped);

    /// <summary>
    /// The longest run of words in the same order in both sentences, matched by stem or near spelling, with no word skipped: a
    /// copied clause whose verb changed tense or whose adjective changed gender ("instaurait" / "instaurant") still shows whole.
    /// Unlike <see cref="SkippingRun"/>, a word changed ("le" / "un") cuts it, so an institution's long name repeated in two
    /// outlets' own sentences stays short of a copy.
    /// </summary>
    public static int StemRun(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        // Run(…, 0) on one row: with no word skipped a cell extends only its diagonal neighbour, so the row of the previous word,
        // walked from its end, is all it needs (FactSources asks this of every pair of a fact's members, per rebuild).
        int n = a.Words.Length, m = b.Words.Length;
        if (n == 0 || m == 0) return 0;
        Span<int> row = m < 512 ? stackalloc int[m + 1] : new int[m + 1];
        row.Clear();
        int best = 0;
        for (int i = 0; i < n; i++)
            for (int j = m - 1; j >= 0; j--)
            {
                // row[j] still holds the previous word's run ending at j - 1: the diagonal.
                int v = SameWord(corpus, a, i, b, j) ? row[j] + 1 : 0;
                row[j + 1] = v;
                if (v > best) best = v;
            }
        return best;
    }

    private static int Run(StoryCorpus corpus, SentenceUnit a, SentenceUnit b, int maxSkipped)
    {
        int n = a.Words.Length, m = b.Words.Length;
        if (n == 0 || m == 0) return 0;
        var run = new int[n, m];
        int best = 0;
        for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
        {
            if (!SameWord(corpus, a, i, b, j)) continue;
            int longest = 0;
            for (int di = 1; di <= maxSkipped + 1 && i - di >= 0; di++)
            for (int dj = 1; dj <= maxSkipped + 1 && j - dj >= 0; dj++)
                longest = Math.Max(longest, run[i - di, j - dj]);
            run[i, j] = longest + 1;
            best = Math.Max(best, run[i, j]);
        }
        return best;
    }

    private static bool SameWord(StoryCorpus corpus, SentenceUnit a, int i, SentenceUnit b, int j)
    {
        if (a.Words[i] == b.Words[j]) return true;
        int t = i < a.WordTerms.Length ? a.WordTerms[i] : -1, u = j < b.WordTerms.Length ? b.WordTerms[j] : -1;
        return t >= 0 && u >= 0 && Same(corpus, t, u);
    }

    private static double WeightedSubsequence(StoryCorpus corpus, int[] x, int[] y)
    {
        var prev = new double[y.Length + 1];
        var cur = new double[y.Length + 1];
        for (int i = 1; i <= x.Length; i++)
        {
            for (int j = 1; j <= y.Length; j++)
            {
                double best = Math.Max(prev[j], cur[j - 1]);
                if (Same(corpus, x[i - 1], y[j - 1])) best = Math.Max(best, prev[j - 1] + corpus.Idf(x[i - 1]));
                cur[j] = best;
            }
            (prev, cur) = (cur, prev);
        }
        return prev[y.Length];
    }

    /// <summary>The sentence's content terms in order, attribution words ("a déclaré", "selon") left out: outlets add their own.</summary>
    private static int[] ContentTerms(StoryCorpus corpus, SentenceUnit u) =>
        u.WordTerms.Where(t => t >= 0 && !corpus.IsAttributionTerm(t)).ToArray();

    private static double Weight(StoryCorpus corpus, int[] terms)
    {
        double w = 0;
        foreach (var t in terms) w += corpus.Idf(t);
        return w;
    }

    /// <summary>The same stem, or two long stems one edit apart (a name spelt two ways, an accent dropped, two letters swapped:
    /// <see cref="EditDistance"/>, as name merging counts it).</summary>
    private static bool Same(StoryCorpus corpus, int t, int u) => t == u || NearSpelling(corpus.StemOf(t), corpus.StemOf(u));

    internal static bool NearSpelling(string a, string b) =>
        a.Length >= MinLengthForNearSpelling && b.Length >= MinLengthForNearSpelling && EditDistance.WithinOne(a, b);
}
