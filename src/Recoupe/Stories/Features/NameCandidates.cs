using System.Collections.Frozen;
using Recoupe.Language;

namespace Recoupe.Stories.Features;

/// <summary>
/// Proper-name candidates found from capitalisation alone, so stories work before (and alongside) entity
/// recognition: runs of capitalised tokens ("Kim Jong Un", "Caisse d'Epargne") with short lower-case
/// connectors inside, leading stopwords dropped ("Les Etats-Unis" → "Etats-Unis"). A capitalised word at the
/// start of a sentence is kept only when the text never uses it in lower case (so "Apporter" is dropped when
/// "apporter" occurs, and "Washington" is kept).
/// </summary>
internal static class NameCandidates
{
    // Particles that sit inside names in the languages we read ("Corée du Nord", "Ludwig van Beethoven").
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "la", "le", "von", "van", "der", "den", "al", "el", "bin", "ben", "di", "da", "dos", "del", "y", "of",
    };

    // Articles dropped from the start of a name in every language, so that "La Couronne" keys the same in a
    // French text (where "la" is a stopword) and in a German or English one (where it is not).
    private static readonly HashSet<string> LeadingArticles = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "the", "der", "die", "das", "den", "dem", "des", "el", "los", "las", "il", "lo", "gli", "i", "a", "an", "de", "du",
    };

    /// <summary>Each candidate as the tokens it spans (indices into <paramref name="tokens"/>, inclusive).</summary>
    public static void Find(string text, List<Token> tokens, FrozenSet<string> stopwords, List<(int First, int Last)> found)
    {
        var lowerUses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
            if (!t.IsNumber && char.IsLower(text[t.Span.Start])) lowerUses.Add(t.Lower);

        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalised(text, tokens[i])) { i++; continue; }
            int first = i, last = i;
            int j = i + 1;
            while (j < tokens.Count && IsTight(text, tokens[j - 1], tokens[j]))
            {
                if (IsCapitalised(text, tokens[j])) { last = j; j++; continue; }
                if (Connectors.Contains(tokens[j].Lower) && j + 1 < tokens.Count && IsTight(text, tokens[j], tokens[j + 1])
                    && IsCapitalised(text, tokens[j + 1]))
                {
                    last = j + 1;
                    j += 2;
                    continue;
                }
                break;
            }
            i = last + 1;
            while (first <= last && (stopwords.Contains(tokens[first].Lower) || LeadingArticles.Contains(tokens[first].Lower))) first++;
            if (first > last) continue;
            if (first == last && IsSentenceInitial(text, tokens[first].Span.Start)
                && lowerUses.Contains(tokens[first].Lower)) continue;
            found.Add((first, last));
        }
    }

    private static bool IsCapitalised(string text, Token t) => !t.IsNumber && char.IsUpper(text[t.Span.Start]);

    /// <summary>Two tokens belong to one name when only a space, a hyphen or an apostrophe separates them.</summary>
    private static bool IsTight(string text, Token a, Token b)
    {
        int gap = b.Span.Start - a.Span.End;
        if (gap < 1 || gap > 2) return false;
        for (int k = a.Span.End; k < b.Span.Start; k++)
            if (text[k] is not (' ' or '\u00A0' or '-' or '\'' or '’')) return false;
        return true;
    }

    private static bool IsSentenceInitial(string text, int start)
    {
        for (int k = start - 1; k >= 0; k--)
        {
            char c = text[k];
            if (c is ' ' or '\t' or '\u00A0' or '«' or '»' or '"' or '“' or '”' or '(' or '—' or '–' or '-' or '\'' or '‘' or '’' or '*' or '•') continue;
            return c is '.' or '!' or '?' or ':' or ';' or '\n' or '\r' or '…';
        }
        return true;
    }
}
