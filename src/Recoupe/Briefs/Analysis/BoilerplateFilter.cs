namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Sentences that read like page furniture rather than news: very short lines, all-caps teasers
/// ("CLIQUEZ ICI…", promoted headlines), bylines, captions and credit lines with no verb-like word.
/// Cleaning removes most of this; the brief re-checks because a summary must never cite it.
/// </summary>
internal static class BoilerplateFilter
{
    public const int MinWords = 6;

    public static bool IsBoilerplate(string sentence, IReadOnlyList<string> lowerWords, string language)
    {
        if (lowerWords.Count < MinWords) return true;
        if (IsMostlyUpperCase(sentence)) return true;
        if (!HasVerbLikeWord(lowerWords, language)) return true;
        return false;
    }

    /// <summary>
    /// The article's own title repeated in the body, or a line with no closing punctuation (a headline, a teaser, a
    /// caption): good for a headline, poor in a summary of full sentences.
    /// </summary>
    public static bool IsHeadlineLike(string sentence, string? title)
    {
        var s = sentence.AsSpan().Trim();
        if (s.Length == 0) return true;
        if (title is not null && s.Equals(title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        // A closing quote ends a sentence only after a full stop inside it, or when a reporting clause follows
        // elsewhere ("…», a-t-il dit."): a line ending on a bare quote is a headline quoting someone.
        int end = s.Length - 1;
        while (end > 0 && s[end] is '»' or '”' or '"' or '’' or '\'' or ')' or ' ' or '\u00A0' or '\u202F') end--;
        return s[end] is not ('.' or '!' or '?' or '…' or ';' or ':');
    }

    private static bool IsMostlyUpperCase(string s)
    {
        int upper = 0, letters = 0;
        foreach (var c in s)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 12 && upper > letters * 0.6;
    }

    // Without a tagger we look for inflection endings and auxiliaries that verbs (or their participles) carry
    // in the supported languages; a caption or a headline fragment usually has none.
    private static bool HasVerbLikeWord(IReadOnlyList<string> words, string language)
    {
        foreach (var w in words)
        {
            if (Auxiliaries.Contains(w)) return true;
            if (w.Length < 4) continue;
            foreach (var ending in language == "en" ? EnglishEndings : RomanceEndings)
                if (w.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "est", "sont", "a", "ont", "était", "étaient", "sera", "seront", "serait", "fait", "font", "va", "vont", "peut", "doit", "avait", "avaient",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says", "can", "could", "may", "might", "did", "does",
        "ist", "sind", "hat", "haben", "wird", "es", "son", "ha", "han", "è", "sono", "ha",
    };

    private static readonly string[] RomanceEndings =
        ["er", "ir", "é", "ée", "és", "ées", "ait", "aient", "ent", "era", "eront", "erait", "it", "ra", "ront", "ado", "ido", "ato", "ito", "en", "te"];

    private static readonly string[] EnglishEndings = ["ed", "ing", "es", "en"];
}
