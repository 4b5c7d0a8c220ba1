namespace Recoupe.Cleaning.PlainText;

/// <summary>Shape measurements of one line of text: words, final punctuation, capitals. Cheap and allocation-light.</summary>
public static class LineShape
{
    private const string ClosingMarks = "\"'»”’)]*›";

    public static int WordCount(string line)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in line)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return count;
    }

    /// <summary>The last character that is not a closing quote/bracket or space ('\0' for none).</summary>
    public static char FinalMark(string line)
    {
        for (int i = line.Length - 1; i >= 0; i--)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c) || ClosingMarks.Contains(c) || c == '\u00A0' || c == '\u202F') continue;
            return c;
        }
        return '\0';
    }

    /// <summary>Ends like a sentence of running text: period, ellipsis, exclamation or question mark (inside closing quotes too).</summary>
    public static bool EndsLikeSentence(string line) => FinalMark(line) is '.' or '!' or '?' or '…' or ';' or ':';

    /// <summary>Ends with a period-like mark (not ? or !), which a headline or title normally lacks.</summary>
    public static bool EndsWithPeriod(string line) => FinalMark(line) is '.' or '…' or ';';

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
