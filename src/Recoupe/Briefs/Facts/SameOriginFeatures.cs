using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Briefs.Support;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// What the learned "same origin" decision (<see cref="SameOriginModel"/>) sees of two cited sentences of one fact, in two
/// articles: how much wording they keep in common (bigrams, the longest run of words, word 5-grams, rarity-weighted content
/// words; and, since issue 15 s10, how much of the shorter sentence the other keeps, rarity-weighted, in any order and in order,
/// and the longest run that skips an inserted word: <see cref="SharedWording"/>), the same quoted words, who they attribute the
/// claim to, agency credits of their articles, how far apart in time and how different in length they are. Training (<c>recoupe train same-origin</c>) and the brief compute them with this code.
/// </summary>
internal static class SameOriginFeatures
{
    public static readonly string[] Names =
    [
        "bigram_jaccard", "longest_run_share", "longest_run", "shared_5grams", "idf_jaccard", "rare_shared",
        "quoted_shared", "quoted_overlap", "attribution_same", "attribution_one", "attribution_different",
        "agency_shared", "agency_one", "days_apart", "length_ratio",
        "kept_rare_words", "kept_in_order", "kept_in_order_words", "skipping_run", "skipping_run_share",
    ];

    /// <summary>The shared-wording features (<see cref="SharedWording"/>, issue 15 s10): training chooses which of them to use by
    /// cross-validation (<c>recoupe train same-origin</c>); a model gives those it does not use a zero weight.</summary>
    public static readonly string[] SharedWordingNames = ["kept_rare_words", "kept_in_order", "kept_in_order_words", "skipping_run", "skipping_run_share"];

    public static int Count => Names.Length;

    public static double[] Compute(StoryCorpus corpus, ClaimFrame[] frames, SentenceUnit a, SentenceUnit b)
    {
        var fa = frames[a.Index];
        var fb = frames[b.Index];
        int run = RelayedWording.LongestCommonRun(a.Words, b.Words);
        int shorter = Math.Max(1, Math.Min(a.Words.Length, b.Words.Length));
        var ga = corpus.Independence.Agencies(a.ArticleIndex);
        var gb = corpus.Independence.Agencies(b.ArticleIndex);
        bool agencyShared = ga.Any(x => gb.Contains(x));
        var x = new double[Names.Length];
        int k = 0;
        x[k++] = SourceIndependence.WordOverlap(a, b);
        x[k++] = run / (double)shorter;
        x[k++] = Math.Min(20, run) / 20.0;
        x[k++] = Math.Min(6, Shared5Grams(a.Words, b.Words));
        x[k++] = RestatementWords.IdfJaccard(corpus, a, b);
        x[k++] = Math.Min(6, RareShared(corpus, a, b));
        x[k++] = Math.Min(6, QuotedWords.Shared(fa.Quoted, fb.Quoted));
        x[k++] = QuotedWords.Overlap(fa.Quoted, fb.Quoted);
        x[k++] = fa.Attribution is not null && fb.Attribution is not null && fa.Attribution.Key == fb.Attribution.Key ? 1 : 0;
        x[k++] = (fa.Attribution is null) != (fb.Attribution is null) ? 1 : 0;
        x[k++] = fa.Attribution is not null && fb.Attribution is not null && fa.Attribution.Key != fb.Attribution.Key ? 1 : 0;
        x[k++] = agencyShared ? 1 : 0;
        x[k++] = !agencyShared && (ga.Count > 0 || gb.Count > 0) ? 1 : 0;
        x[k++] = DaysApart(corpus, a, b);
        x[k++] = Math.Abs(Math.Log((a.WordCount + 1.0) / (b.WordCount + 1.0)));
        x[k++] = SharedWording.RareWordsKept(corpus, a, b);
        x[k++] = SharedWording.InOrderKept(corpus, a, b);
        x[k++] = Math.Min(12, SharedWording.InOrderWords(corpus, a, b)) / 12.0;
        int skipping = SharedWording.SkippingRun(corpus, a, b);
        x[k++] = Math.Min(20, skipping) / 20.0;
        x[k++] = skipping / (double)shorter;
        return x;
    }

    private static double DaysApart(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        var pa = corpus.ArticleOf(a).Published;
        var pb = corpus.ArticleOf(b).Published;
        if (pa is null || pb is null || pa.Precision < Model.DatePrecision.Day || pb.Precision < Model.DatePrecision.Day) return 0;
        return Math.Log(1 + Math.Min(60, Math.Abs((pa.Value.Date - pb.Value.Date).TotalDays)));
    }

    /// <summary>Distinct rare terms (<see cref="RestatementWords.IsRare"/>) the two sentences share.</summary>
    private static int RareShared(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        int n = 0;
        foreach (var t in a.TermCounts.Keys)
            if (b.TermCounts.ContainsKey(t) && RestatementWords.IsRare(corpus, t)) n++;
        return n;
    }

    /// <summary>Distinct word 5-grams the two sentences share, as the independence rules hash them (<see cref="SourceIndependence.Shingles"/>).</summary>
    private static int Shared5Grams(string[] a, string[] b)
    {
        var x = SourceIndependence.Shingles(a);
        var y = SourceIndependence.Shingles(b);
        int i = 0, j = 0, n = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { n++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return n;
    }
}
