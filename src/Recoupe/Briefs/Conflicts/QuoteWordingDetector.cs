using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Quotes;
using Recoupe.Language;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// One speaker's quotation reported in different words by two outlets ("progressent activement" /
/// "progressent rapidement"). The two quotes must be mostly the same words; a word-level diff (LCS) then
/// finds the substituted stretches. Only a one-word-for-one-word swap of content words changes what was said;
/// wider rewordings ("déjà dit" / "déjà publiquement averti", "la Corée du Nord" / "la RPDC") are how two
/// translations of one statement differ. Inflection (same stem), stopwords and light verbs ("avoir"/"donner"),
/// names (capitalised: a spelling or a variant is the resolver's business) and a quote that is only longer than
/// the other are not conflicts either.
/// </summary>
internal static class QuoteWordingDetector
{
    private const double MinOverlap = 0.6;
    private const int MinWords = 5;
    private const int MaxWords = 150;

    public static List<ScoredConflict> Detect(StoryCorpus corpus, List<SpeakerQuote> quotes)
    {
        var found = new ConflictMerger();
        // Each quote's stems as ids, made once per quote (not once per pair): the stems come with the article's cached reading
        // (QuoteWords.StemsIn), the ids are this build's, equal ids for equal stems (ordinal), so the LCS is the same as on strings.
        var stemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new LcsTable();
        foreach (var speaker in quotes.GroupBy(q => q.SpeakerKey))
        {
            var list = speaker.Where(q => q.Words.Length is >= MinWords and <= MaxWords).Take(100).ToList();
            var ids = new (string? Language, int[]? Ids)[list.Count];
            for (int i = 0; i < list.Count; i++)
            for (int j = i + 1; j < list.Count; j++)
            {
                var a = list[i];
                var b = list[j];
                if (a.ArticleIndex == b.ArticleIndex) continue;
                if (corpus.Independence.CopyGroup(a.ArticleIndex) == corpus.Independence.CopyGroup(b.ArticleIndex)) continue;
                double overlap = a.Read is { } ra && b.Read is { } rb ? QuoteGrouper.Overlap(ra.Distinct, rb.Distinct) : QuoteGrouper.Overlap(a.Words, b.Words);
                if (overlap < MinOverlap) continue;
                var language = corpus.Articles[a.ArticleIndex].Article.Language;
                var sa = IdsOf(i, a, language);
                var sb = IdsOf(j, b, language);
                // The share of the shorter quote found in the other decides first: under the bar the diff's stretches are not needed.
                int lcs = table.Fill(sa, sb);
                double shared = Math.Min(sa.Length, sb.Length) == 0 ? 0 : lcs / (double)Math.Min(sa.Length, sb.Length);
                if (shared < MinOverlap) continue;
                var (regions, _, spreadA, spreadB) = Walk(table, sa, sb, a.Words, b.Words, a.Surface, b.Surface, language, shared);
                // Exactly one word swapped in what is otherwise the same stretch of words: a misquote. Two or more
                // swaps are another translation or a paraphrase; a scattered match is another quotation.
                if (regions.Count != 1) continue;
                if (Math.Max(spreadA, spreadB) > 1.5 * Math.Min(spreadA, spreadB) + 2) continue;
                var valueA = string.Join(" … ", regions.Select(r => r.A));
                var valueB = string.Join(" … ", regions.Select(r => r.B));
                var about = $"Wording of {a.SpeakerName}'s quotation";
                var conflict = ScoredConflict.Of(about, "quote-wording", "wording", 0.5 + 0.5 * shared, corpus,
                    Side(valueA, a), Side(valueB, b));
                found.Add(conflict);
            }

            int[] IdsOf(int k, SpeakerQuote q, string language)
            {
                if (ids[k].Ids is { } kept && string.Equals(ids[k].Language, language, StringComparison.Ordinal)) return kept;
                var stems = q.Read is { } read && ReferenceEquals(read.Lower, q.Words) ? read.StemsIn(language) : Stems(q.Words, language);
                var made = ToIds(stems, stemIds);
                ids[k] = (language, made);
                return made;
            }
        }
        return found.Result();

        // The side cites the quotation's own span, and stands for the sentence that holds it (so no fact cites both sides).
        ConflictSide Side(string value, SpeakerQuote q) =>
            new(value, value.ToLowerInvariant(), UnitOf(q) ?? Detached(q), q.Mention.Span);

        SentenceUnit? UnitOf(SpeakerQuote q)
        {
            SentenceUnit? best = null;
            int bestOverlap = 0;
            foreach (var u in corpus.UnitsOfArticle[q.ArticleIndex])
            {
                int overlap = Math.Min(u.Span.End, q.Mention.Span.End) - Math.Max(u.Span.Start, q.Mention.Span.Start);
                if (overlap > bestOverlap) { bestOverlap = overlap; best = u; }
            }
            return best;
        }

        // A quotation outside the analysed sentences (past the per-article cap) still makes a side, citing its span only.
        SentenceUnit Detached(SpeakerQuote q) => new()
        {
            Index = -1, ArticleIndex = q.ArticleIndex, Position = 0, Span = q.Mention.Span, Text = q.Text, WordCount = q.Words.Length,
            Words = q.Words, Vector = TermVector.Empty, TermCounts = [], PredicateTerms = [], Entities = [], Quantities = [], Times = [], IsBoilerplate = false,
        };
    }

    /// <summary>
    /// Substituted stretches between two word sequences, each with one word of context before it
    /// ("progressent activement" / "progressent rapidement"). Leading and trailing extra words are not substitutions.
    /// </summary>
    public static List<(string A, string B)> Substitutions(string[] a, string[] b, string[] surfaceA, string[] surfaceB, string language) =>
        Diff(a, b, surfaceA, surfaceB, language).Substitutions;

    /// <summary>
    /// The word-level diff of two quotes: the substituted stretches, the share of the shorter quote found in the
    /// other (LCS), and how far the matched words spread in each quote (a short quote matched word by word across a
    /// long one is a different quotation sharing common words, not the same one reworded).
    /// </summary>
    public static (List<(string A, string B)> Substitutions, double Shared, int SpreadA, int SpreadB) Diff(
        string[] a, string[] b, string[] surfaceA, string[] surfaceB, string language)
    {
        var stemIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var sa = ToIds(Stems(a, language), stemIds);
        var sb = ToIds(Stems(b, language), stemIds);
        var table = new LcsTable();
        int lcs = table.Fill(sa, sb);
        double shared = Math.Min(a.Length, b.Length) == 0 ? 0 : lcs / (double)Math.Min(a.Length, b.Length);
        return Walk(table, sa, sb, a, b, surfaceA, surfaceB, language, shared);
    }

    /// <summary>Each word's stem (<see cref="Stemmer.Stem"/> in the given language).</summary>
    internal static string[] Stems(string[] words, string language)
    {
        var stems = new string[words.Length];
        for (int i = 0; i < words.Length; i++) stems[i] = Stemmer.Stem(words[i], language);
        return stems;
    }

    private static int[] ToIds(string[] stems, Dictionary<string, int> ids)
    {
        var result = new int[stems.Length];
        for (int i = 0; i < stems.Length; i++)
        {
            if (!ids.TryGetValue(stems[i], out var id)) ids[stems[i]] = id = ids.Count;
            result[i] = id;
        }
        return result;
    }

    /// <summary>
    /// The walk along a filled LCS table: matched words, and each stretch between two matches that both quotes fill with other
    /// words (a substitution when <see cref="IsRealChange"/> says so).
    /// </summary>
    private static (List<(string A, string B)> Substitutions, double Shared, int SpreadA, int SpreadB) Walk(LcsTable lcs, int[] sa, int[] sb,
        string[] a, string[] b, string[] surfaceA, string[] surfaceB, string language, double shared)
    {
        var result = new List<(string, string)>();
        int n = sa.Length, m = sb.Length;
        int x = 0, y = 0, firstA = -1, firstB = -1, lastA = -1, lastB = -1;
        bool matchedBefore = false;
        while (x < n && y < m)
        {
            if (sa[x] == sb[y])
            {
                if (firstA < 0) { firstA = x; firstB = y; }
                lastA = x; lastB = y;
                x++; y++; matchedBefore = true;
                continue;
            }
            int x0 = x, y0 = y;
            while (x < n && y < m && sa[x] != sb[y])
            {
                if (lcs[x + 1, y] >= lcs[x, y + 1]) x++;
                else y++;
            }
            if (x == n || y == m) { x = n; y = m; } // no common word is left: the rest of both sides is unmatched
            // A stretch before the first common word is one quote starting earlier; after the last common word,
            // words on one side only are one quote going on longer. Words on both sides were substituted.
            if (matchedBefore && x > x0 && y > y0 && IsRealChange(surfaceA[x0..x], surfaceB[y0..y], language))
                result.Add((Context(a, x0, x), Context(b, y0, y)));
        }
        return (result, shared, firstA < 0 ? 0 : lastA - firstA + 1, firstB < 0 ? 0 : lastB - firstB + 1);
    }

    /// <summary>
    /// The longest-common-subsequence lengths of every pair of suffixes of two id sequences, in one flat buffer reused from pair
    /// to pair (a fresh two-dimensional table per pair was most of the detector's time on stories that quote one speaker often).
    /// </summary>
    internal sealed class LcsTable
    {
        private int[] _cells = new int[256];
        private int _width;

        public int this[int i, int j] => _cells[i * _width + j];

        /// <summary>Fills the table for <paramref name="a"/> and <paramref name="b"/>; returns the length of their LCS.</summary>
        public int Fill(int[] a, int[] b)
        {
            int n = a.Length, m = b.Length;
            _width = m + 1;
            int size = (n + 1) * _width;
            if (_cells.Length < size) _cells = new int[Math.Max(size, 2 * _cells.Length)];
            var cells = _cells;
            // The row past the end of a and the column past the end of b are empty suffixes: 0.
            Array.Clear(cells, n * _width, _width);
            for (int i = n - 1; i >= 0; i--)
            {
                int row = i * _width, next = row + _width;
                cells[row + m] = 0;
                int ai = a[i];
                for (int j = m - 1; j >= 0; j--)
                    cells[row + j] = ai == b[j] ? cells[next + j + 1] + 1 : Math.Max(cells[next + j], cells[row + j + 1]);
            }
            return cells[0];
        }
    }

    private static string Context(string[] words, int start, int end) => string.Join(' ', words[Math.Max(0, start - 1)..end]);

    private static bool IsRealChange(string[] a, string[] b, string language)
    {
        var contentA = Content(a, language);
        var contentB = Content(b, language);
        if (contentA.Count != 1 || contentB.Count != 1) return false;
        if (a.Length > 3 || b.Length > 3) return false;
        string x = contentA[0], y = contentB[0];
        if (char.IsUpper(x[0]) || char.IsUpper(y[0])) return false;
        x = x.ToLowerInvariant();
        y = y.ToLowerInvariant();
        if (Stemmer.Stem(x, language) == Stemmer.Stem(y, language)) return false;
        // "adriene" / "adrienne": a spelling variant, not another word.
        return EditDistance(x, y) > Math.Max(1, Math.Min(x.Length, y.Length) / 4);
    }

    private static List<string> Content(string[] words, string language)
    {
        var stop = Stopwords.For(language);
        return words.Where(w => !stop.Contains(w.ToLowerInvariant()) && !LightVerbs.Contains(w.ToLowerInvariant()) && !char.IsDigit(w[0])).ToList();
    }

    /// <summary>Verbs that translations swap freely ("avoir une image" / "donner une image"); not a change of what was said.</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "avoir", "être", "faire", "donner", "mettre", "prendre", "rendre", "aller", "venir", "devenir", "dire",
        "have", "be", "make", "give", "get", "take", "do", "go", "come", "become", "say",
    };

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
