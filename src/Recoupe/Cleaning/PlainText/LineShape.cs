namespace Recoupe.Cleaning.PlainText;

/// <summary>Shape measurements of one line of text: words, final punctuation, capitals. Cheap and allocation-light.</summary>
public static class LineShape
{
    private const string ClosingMarks = "\"'»”’)]*›」』）】";

    /// <summary>
    /// Words in the line. Scripts written without spaces count by characters: a Chinese or Japanese word is about two
    /// characters, a Thai, Lao, Khmer or Burmese word about four (with its marks), so that a clause of them is not
    /// one "word" and a paragraph of them is not a stray token.
    /// </summary>
    public static int WordCount(string line)
    {
        int count = 0, ideographic = 0, southeastAsian = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            switch (UnspacedScript(c))
            {
                case 1: ideographic++; inWord = false; continue;
                case 2: southeastAsian++; inWord = false; continue;
            }
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return count + (ideographic + 1) / 2 + (southeastAsian + 3) / 4;
    }

    /// <summary>
    /// Thai and Lao end sentences with a space, not a mark: whether a line of them "ends like a sentence" says nothing,
    /// so rules that judge lines by their final punctuation must leave such lines alone.
    /// </summary>
    public static bool LacksSentenceMarks(string line)
    {
        int letters = 0, unmarked = 0;
        foreach (char c in line)
        {
            if (!char.IsLetter(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            letters++;
            if (c is >= '\u0E00' and <= '\u0EFF') unmarked++;
        }
        return letters > 0 && unmarked * 2 > letters;
    }

    /// <summary>1 for Han, kana and CJK letters; 2 for Thai, Lao, Khmer and Myanmar; 0 for scripts written with spaces.</summary>
    private static int UnspacedScript(char c) => c switch
    {
        >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFF66' and <= '\uFF9F' => 1,
        >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF' => 2,
        _ => 0,
    };

    /// <summary>
    /// The last character that is not a closing quote/bracket or space ('\0' for none). A credit in brackets after a
    /// sentence ("… 120 habitants évacués. (avec AFP)", "… said. (Reuters)") is passed over: the line ends as its sentence does.
    /// </summary>
    public static char FinalMark(string line)
    {
        int end = line.Length;
        if (TrailingBracketStart(line) is int open)
        {
            int k = open - 1;
            while (k >= 0 && (char.IsWhiteSpace(line[k]) || line[k] is '\u00A0' or '\u202F')) k--;
            if (k >= 0 && line[k] is '.' or '!' or '?' or '…') end = k + 1;
        }
        for (int i = end - 1; i >= 0; i--)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c) || ClosingMarks.Contains(c) || c == '\u00A0' || c == '\u202F') continue;
            return c;
        }
        return '\0';
    }

    /// <summary>Where a short bracketed group that closes the line opens ("(avec AFP)", "[Reuters]"), or null.</summary>
    private static int? TrailingBracketStart(string line)
    {
        int last = line.Length - 1;
        while (last >= 0 && char.IsWhiteSpace(line[last])) last--;
        if (last < 1 || line[last] is not (')' or ']')) return null;
        char opening = line[last] == ')' ? '(' : '[';
        for (int i = last - 1; i >= 0 && last - i <= 40; i--)
        {
            if (line[i] == opening) return i;
            if (line[i] is ')' or ']') return null;
        }
        return null;
    }

    /// <summary>Ends like a sentence of running text: period, ellipsis, exclamation or question mark (inside closing quotes too).</summary>
    public static bool EndsLikeSentence(string line) => FinalMark(line) is '.' or '!' or '?' or '…' or ';' or ':' or '。' or '！' or '？' or '．' or '｡' or '।' or '؟' or '။' or '។';

    /// <summary>Ends with a period-like mark (not ? or !), which a headline or title normally lacks.</summary>
    public static bool EndsWithPeriod(string line) => FinalMark(line) is '.' or '…' or ';' or '。' or '．' or '｡' or '।';

    /// <summary>Share of letters that are capitals; lines with few letters count as not upper case.</summary>
    public static bool IsMostlyUpperCase(string line)
    {
        int letters = 0, upper = 0;
        foreach (char c in line)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 8 && upper >= letters * 0.85;
    }

    /// <summary>
    /// A person's name alone on a line: 2–4 capitalised words (particles like "de", "van" allowed),
    /// no digits, no punctuation other than hyphens/apostrophes/dots of initials.
    /// </summary>
    public static bool LooksLikePersonName(string line)
    {
        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || line.Length > 50) return false;
        int capitalised = 0;
        foreach (var w in words)
        {
            if (NameParticles.Contains(w)) continue;
            if (!char.IsUpper(w[0])) return false;
            foreach (char c in w)
                if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return false;
            if (w.Length > 1 && w.Skip(1).All(char.IsUpper) && w.Length > 3) return false; // ACRONYM words are not names
            capitalised++;
        }
        return capitalised >= 2;
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "y", "bin", "al", "el" };

    /// <summary>Lower-cased letters and digits only, single spaces: the form in which two lines are compared for repetition.</summary>
    public static string Normalize(string line)
    {
        var sb = new System.Text.StringBuilder(line.Length);
        bool space = false;
        foreach (char c in line)
        {
            if (char.IsLetterOrDigit(c)) { if (space && sb.Length > 0) sb.Append(' '); sb.Append(char.ToLowerInvariant(c)); space = false; }
            else space = true;
        }
        return sb.ToString();
    }
}
