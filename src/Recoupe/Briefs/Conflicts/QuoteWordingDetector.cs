using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Quotes;
using Recoupe.Language;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// One speaker's quotation reported in different words by two outlets ("progressent activement" /
/// "progressent rapidement"). The two quotes must be mostly the same words; a word-level diff (LCS) then
/// finds the substituted words. Differences that are only inflection (same stem), stopwords, or a name spelled
/// two ways (small edit distance) are not conflicts; a quote that is only longer than the other is not either.
/// </summary>
internal static class QuoteWordingDetector
{
    private const double MinOverlap = 0.6;
    private const int MinWords = 5;
    private const int MaxWords = 150;

    public static List<ScoredConflict> Detect(StoryCorpus corpus, List<SpeakerQuote> quotes)
    {
        var found = new Dictionary<string, ScoredConflict>(StringComparer.Ordinal);
        foreach (var speaker in quotes.GroupBy(q => q.SpeakerKey))
        {
            var list = speaker.Where(q => q.Words.Length is >= MinWords and <= MaxWords).Take(100).ToList();
            for (int i = 0; i < list.Count; i++)
            for (int j = i + 1; j < list.Count; j++)
            {
                var a = list[i];
                var b = list[j];
                if (a.ArticleIndex == b.ArticleIndex) continue;
                if (corpus.Independence.CopyGroup(a.ArticleIndex) == corpus.Independence.CopyGroup(b.ArticleIndex)) continue;
                double overlap = QuoteGrouper.Overlap(a.Words, b.Words);
                if (overlap < MinOverlap) continue;
                var language = corpus.Articles[a.ArticleIndex].Article.Language;
                var regions = Substitutions(a.Words, b.Words, language);
                if (regions.Count == 0) continue;
                var valueA = string.Join(" … ", regions.Select(r => r.A));
                var valueB = string.Join(" … ", regions.Select(r => r.B));
                var about = $"Wording of {a.SpeakerName}'s quotation";
                var conflict = ScoredConflict.Of(about, "quote-wording", 0.5 + 0.5 * overlap, corpus,
                    (valueA, valueA.ToLowerInvariant(), UnitFor(a)), (valueB, valueB.ToLowerInvariant(), UnitFor(b)));
                found[conflict.Key] = found.TryGetValue(conflict.Key, out var existing) ? existing.Merge(conflict) : conflict;
            }
        }
        return found.Values.ToList();

        SentenceUnit UnitFor(SpeakerQuote q) => new()
        {
            Index = -1, ArticleIndex = q.ArticleIndex, Position = 0, Span = q.Mention.Span, Text = q.Text, WordCount = q.Words.Length,
            Words = q.Words, Vector = TermVector.Empty, TermCounts = [], PredicateTerms = [], Entities = [], Numbers = [], Times = [], IsBoilerplate = false,
        };
    }

    /// <summary>
    /// Substituted stretches between two word sequences, each with one word of context before it
    /// ("progressent activement" / "progressent rapidement"). Leading and trailing extra words are not substitutions.
    /// </summary>
    public static List<(string A, string B)> Substitutions(string[] a, string[] b, string language)
    {
        var sa = a.Select(w => Stemmer.Stem(w, language)).ToArray();
        var sb = b.Select(w => Stemmer.Stem(w, language)).ToArray();
        int n = a.Length, m = b.Length;
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--)
            lcs[i, j] = sa[i] == sb[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var result = new List<(string, string)>();
        int x = 0, y = 0;
        bool matchedBefore = false;
        while (x < n && y < m)
        {
            if (sa[x] == sb[y]) { x++; y++; matchedBefore = true; continue; }
            int x0 = x, y0 = y;
            while (x < n && y < m && sa[x] != sb[y])
            {
                if (lcs[x + 1, y] >= lcs[x, y + 1]) x++;
                else y++;
            }
            if (x == n || y == m) { x = n; y = m; } // no common word is left: the rest of both sides is unmatched
            // A stretch before the first common word is one quote starting earlier; after the last common word,
            // words on one side only are one quote going on longer. Words on both sides were substituted.
            if (matchedBefore && x > x0 && y > y0 && IsRealChange(a[x0..x], b[y0..y], language))
                result.Add((Context(a, x0, x), Context(b, y0, y)));
        }
        return result;
    }

    private static string Context(string[] words, int start, int end) => string.Join(' ', words[Math.Max(0, start - 1)..end]);

    private static bool IsRealChange(string[] a, string[] b, string language)
    {
        var stop = Stopwords.For(language);
        var contentA = a.Where(w => !stop.Contains(w) && !char.IsDigit(w[0])).ToList();
        var contentB = b.Where(w => !stop.Contains(w) && !char.IsDigit(w[0])).ToList();
        if (contentA.Count == 0 || contentB.Count == 0) return false;
        // "adriene" / "adrienne": a spelling variant, not another word.
        if (contentA.Count == 1 && contentB.Count == 1 && EditDistance(contentA[0], contentB[0]) <= Math.Max(1, Math.Min(contentA[0].Length, contentB[0].Length) / 4))
            return false;
        return true;
    }

    public static int EditDistance(string s, string t)
    {
        var prev = new int[t.Length + 1];
        var cur = new int[t.Length + 1];
        for (int j = 0; j <= t.Length; j++) prev[j] = j;
        for (int i = 1; i <= s.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= t.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[t.Length];
    }
}
