using Recoupe.Language;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// Two cited sentences that trace back to one origin by their words, though their articles do not: one keeps a run of another's
/// wording (a dispatch's sentence rewritten around a long unchanged stretch), or carries a passage the other puts in quotation
/// marks (an outlet relays the quoted words of one speaker or communiqué, with or without the marks). Either way, outlets that
/// repeat the same words add no witness to the claim.
/// </summary>
internal static class RelayedWording
{
    /// <summary>
    /// A run of this many words in the same order is copied wording: outlets writing on their own share names and stock phrases
    /// (an institution's full name with its article and acronym runs to 10 words) but seldom a whole clause.
    /// </summary>
    public const int CopiedRun = 12;

    /// <summary>
    /// A quoted passage relayed: at least this many of its words (three letters or more, not stopwords), all found in the other
    /// sentence. Three words let a quoted fragment of a document ("signes physiques particuliers") join claims that merely cite it.
    /// </summary>
    public const int QuotedPassageWords = 4;

    /// <summary>A sentence's words and its quoted passages' content words, read once so comparing many pairs re-reads no text.</summary>
    public sealed class Wording
    {
        internal Wording(List<string> words, List<List<string>> quotedContent)
        {
            Words = words;
            QuotedContent = quotedContent;
        }

        internal List<string> Words { get; }
        /// <summary>The distinct content words of each quoted passage long enough to count (<see cref="QuotedPassageWords"/>).</summary>
        internal List<List<string>> QuotedContent { get; }
        private HashSet<string>? _set;
        internal HashSet<string> WordSet => _set ??= Words.ToHashSet(StringComparer.Ordinal);
    }

    public static Wording Read(string text, string language)
    {
        var stop = Stopwords.For(language);
        var quoted = new List<List<string>>();
        foreach (var passage in Passages(text))
        {
            var content = Words(passage).Where(w => w.Length >= 3 && !stop.Contains(w)).Distinct().ToList();
            if (content.Count >= QuotedPassageWords) quoted.Add(content);
        }
        return new Wording(Words(text), quoted);
    }

    public static bool SameWording(string a, string b, string language) => SameWording(Read(a, language), Read(b, language));

    public static bool SameWording(Wording a, Wording b) =>
        LongestCommonRun(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(a.Words), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(b.Words)) >= CopiedRun
        || RelaysQuote(a, b) || RelaysQuote(b, a);

    /// <summary>Some passage that <paramref name="quoting"/> puts in quotation marks has all its content words in <paramref name="other"/>.</summary>
    private static bool RelaysQuote(Wording quoting, Wording other)
    {
        foreach (var content in quoting.QuotedContent)
            if (content.All(other.WordSet.Contains)) return true;
        return false;
    }

    /// <summary>
    /// The passages between quotation marks (« », “ ”, straight quotes); an unclosed mark runs to the end of the sentence. A passage
    /// followed by a parenthesis is a name spelt out before its acronym ("« comité de suivi des mesures » (CSM)"), not words said.
    /// </summary>
    public static IEnumerable<string> Passages(string text)
    {
        int start = -1;
        char close = ' ';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (start < 0)
            {
                if (c is '«' or '“' or '"') { start = i + 1; close = c == '«' ? '»' : c == '“' ? '”' : '"'; }
            }
            else if (c == close)
            {
                int next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (next >= text.Length || text[next] != '(') yield return text[start..i].Trim();
                start = -1;
            }
        }
        if (start >= 0 && start < text.Length) yield return text[start..].Trim();
    }

    /// <summary>Lower-cased runs of letters and digits: elisions and hyphens split ("d'un" → d, un), so runs count words alike in every text.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i])) { if (start < 0) start = i; continue; }
            if (start >= 0) { words.Add(text[start..i].ToLowerInvariant()); start = -1; }
        }
        return words;
    }

    /// <summary>The longest run of equal words in the same order (also a feature of <see cref="SameOriginFeatures"/>).</summary>
    internal static int LongestCommonRun(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        LongestCommonRun(new ReadOnlySpan<string>(a as string[] ?? a.ToArray()), new ReadOnlySpan<string>(b as string[] ?? b.ToArray()));

    /// <summary>
    /// The same on spans, with one row walked from its end (a cell extends only its diagonal), on the stack for sentences of
    /// usual length: fact sources ask it of every pair of a fact's members, per rebuild.
    /// </summary>
    internal static int LongestCommonRun(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        int m = b.Length;
        Span<int> row = m < 512 ? stackalloc int[m + 1] : new int[m + 1];
        row.Clear();
        int best = 0;
        foreach (var word in a)
            for (int j = m - 1; j >= 0; j--)
            {
                int v = word == b[j] ? row[j] + 1 : 0;
                row[j + 1] = v;
                if (v > best) best = v;
            }
        return best;
    }
}
