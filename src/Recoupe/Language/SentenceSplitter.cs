using System.Collections.Frozen;
using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Language;

/// <summary>
/// Rule-based sentence splitter for news text, one linear pass.
/// A sentence ends at a line break, or at a cluster of terminal marks (. ! ? … ?! ...) followed by white
/// space, when the next word does not start in lower case. Closing quotes and brackets after the marks
/// belong to the ending sentence, also after a French space (« Il part. »). So « Il part. » a-t-il dit.
/// stays one sentence (lower-case "a" follows the quote), while a quotation of several sentences is split
/// inside and its closing mark attaches to the last one. A single period after an abbreviation (M., Dr.,
/// vs., janv. 2023), an initial (J. F. Kennedy) or inside a number (3.5, 1.000) is not an end;
/// "etc.", "U.S." and the like end a sentence only before a typical sentence opener ("The", "Il", "Mais").
/// CJK, Devanagari and Arabic full stops end a sentence without needing a space.
/// </summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    private const int MaxAbbreviationLength = 24;

    public ImmutableArray<Sentence> Split(string text, string language)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        if (string.IsNullOrEmpty(text)) return result.ToImmutable();
        int start = 0, n = text.Length;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\u2029' or '\u2028')
            {
                Add(result, text, start, i);
                start = i + 1;
                continue;
            }
            if (c is '。' or '！' or '？' or '｡' or '।' or '؟' or '۔')
            {
                int stop = AfterClosingMarks(text, i + 1);
                Add(result, text, start, stop);
                start = stop;
                i = stop - 1;
                continue;
            }
            if (!IsTerminal(c)) continue;

            int marksEnd = i;
            while (marksEnd < n && IsTerminal(text[marksEnd])) marksEnd++;
            int end = AfterClosingMarks(text, marksEnd);
            if (end < n && !char.IsWhiteSpace(text[end]))
            {
                i = marksEnd - 1; // "3.5", "U.S.A", "www.x.fr", "?»," : not an end
                continue;
            }
            if (IsBoundary(text, i, marksEnd, end, language))
            {
                Add(result, text, start, end);
                start = end;
            }
            i = end - 1;
        }
        Add(result, text, start, n);
        return result.ToImmutable();
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>Extends past closing quotes and brackets, also across the space French puts before ».</summary>
    private static int AfterClosingMarks(string text, int from)
    {
        int end = from;
        int k = from;
        while (true)
        {
            while (k < text.Length && text[k] is ' ' or '\u00A0' or '\u202F' or '\t') k++;
            if (k < text.Length && IsClosingMark(text, k)) { end = k + 1; k = end; continue; }
            return end;
        }
    }

    private static bool IsClosingMark(string text, int k)
    {
        char c = text[k];
        if (c is '»' or '”' or ')' or ']' or '›') return true;
        // Straight quotes and ’ close only when nothing word-like is glued after them (else they open the next sentence).
        if (c is '"' or '\'' or '’')
            return k + 1 >= text.Length || !char.IsLetterOrDigit(text[k + 1]);
        return false;
    }

    private static bool IsBoundary(string text, int marksStart, int marksEnd, int end, string language)
    {
        int next = FirstWordChar(text, end);
        if (next < 0) return true;
        char m = text[next];
        if (char.IsLower(m)) return false;            // « ... ! » s'écria-t-il / ... etc. and so on
        if (!char.IsLetterOrDigit(m)) return false;  // "?, a-t-il" : punctuation continues the sentence

        bool ellipsis = marksEnd - marksStart >= 3 && text[marksStart] == '.' || text[marksStart] == '…';
        if (ellipsis) return marksStart == 0 || text[marksStart - 1] is not ('(' or '[');   // "[...]" elides inside a sentence
        if (text[marksStart] != '.' || marksEnd - marksStart != 1) return true;          // ! ? ?! ..

        var word = WordBefore(text, marksStart);
        if (word.IsEmpty) return true;
        if (word.Length == 1 && char.IsUpper(word[0])) return false;                     // initial: J. F. Kennedy
        if (Abbreviations.IsTitle(word)) return false;
        if (Abbreviations.IsNumberPrefix(word) && char.IsDigit(m)) return false;
        if (Abbreviations.IsTerminable(word) || IsDottedAcronym(word))
            return IsSentenceOpener(text, next, language);
        return true;
    }

    /// <summary>The first letter or digit after the sentence end, skipping spaces, opening quotes and dashes; -1 at the end of text or line.</summary>
    private static int FirstWordChar(string text, int from)
    {
        for (int k = from; k < text.Length; k++)
        {
            char c = text[k];
            if (c is '\n' or '\r') return -1;
            if (char.IsWhiteSpace(c) || c is '«' or '“' or '"' or '‘' or '\'' or '(' or '[' or '—' or '–' or '-' or '¿' or '¡' or '‹' or '„') continue;
            return k;
        }
        return -1;
    }

    /// <summary>The token just before a period, periods and hyphens included ("U.S", "J.-C", "M"), opening marks excluded.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int period)
    {
        int k = period;
        while (k > 0 && period - k < MaxAbbreviationLength && (char.IsLetterOrDigit(text[k - 1]) || text[k - 1] is '.' or '-' or '°' or '’' or '\'')) k--;
        while (k < period && !char.IsLetterOrDigit(text[k])) k++;
        return text.AsSpan(k, period - k);
    }

    // "S.N.C.F", "U.S", "e.g": single letters joined by periods.
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return false;
        for (int k = 0; k < word.Length; k++)
        {
            bool letterSlot = k % 2 == 0;
            if (letterSlot ? !char.IsLetter(word[k]) : word[k] != '.') return false;
        }
        return true;
    }

    /// <summary>Capitalised function words that typically open a sentence: "The", "Il", "Mais", "Der".</summary>
    private static bool IsSentenceOpener(string text, int start, string language)
    {
        int k = start;
        while (k < text.Length && char.IsLetter(text[k]) && k - start < 16) k++;
        if (k == start || !char.IsUpper(text[start])) return false;
        Span<char> lower = stackalloc char[16];
        int len = text.AsSpan(start, k - start).ToLowerInvariant(lower);
        if (len <= 0) return false;
        var w = new string(lower[..len]);
        return Openers.Contains(w) || Stopwords.IsStopword(w, language);
    }

    private static readonly FrozenSet<string> Openers = (
        "the a an this that these those it he she they we i you there but and so yet however in on at after before when while if as for " +
        "now then today yesterday also still " +
        "le la les un une il elle ils elles on nous je ce cette ces mais et or donc pourtant cependant en dans après avant selon pour lors " +
        "puis ensuite enfin alors aujourd hier demain désormais depuis aussi")
        .Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static void Add(ImmutableArray<Sentence>.Builder result, string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) result.Add(new Sentence(new TextSpan(s, e)));
    }
}
