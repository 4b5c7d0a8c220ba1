using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Web.Queries;

/// <summary>
/// Where the words of a query occur in a text, as whole words: a match is a token of the text equal to a query
/// word with case and accents ignored, or with the same stem in the text's language ("élections" for "élection").
/// Never part of a word: "le" does not light up the start of "les".
/// </summary>
public static class SearchMatches
{
    /// <summary>The query's words in order, lower-cased (repeats kept: they are part of the phrase).</summary>
    public static IReadOnlyList<string> Words(string query) =>
        [.. Tokenizer.Tokenize(query).Select(t => t.Lower).Where(w => w.Length > 0)];

    /// <summary>Each token of <paramref name="within"/> that matches a query word: its span and which word (index into <paramref name="words"/>; the first equal one).</summary>
    public static IReadOnlyList<(TextSpan Span, int Word)> Find(string text, TextSpan within, IReadOnlyList<string> words, string language)
    {
        var found = new List<(TextSpan, int)>();
        if (words.Count == 0) return found;
        var stems = words.Select(w => Stemmer.Stem(w, language)).ToArray();
        foreach (var t in Parts(text, within))
        {
            int which = -1;
            for (int i = 0; i < words.Count && which < 0; i++)
                if (TextFold.SameName(t.Lower, words[i])) which = i;
            if (which < 0 && t.Lower.Length >= 3)
            {
                var stem = Stemmer.Stem(t.Lower, language);
                for (int i = 0; i < words.Count && which < 0; i++)
                    if (words[i].Length >= 3 && TextFold.SameName(stem, stems[i])) which = i;
            }
            if (which >= 0) found.Add((t.Span, which));
        }
        return found;
    }

    /// <summary>The text's words; a hyphenated compound also by its parts, as the search index splits it ("nord-coréen": "nord", "coréen").</summary>
    private static IEnumerable<Token> Parts(string text, TextSpan within)
    {
        foreach (var t in Tokenizer.Tokenize(text, within))
        {
            yield return t;
            if (t.Lower.IndexOf('-') < 0) continue;
            int start = 0;
            for (int i = 0; i <= t.Lower.Length; i++)
            {
                if (i < t.Lower.Length && t.Lower[i] != '-') continue;
                if (i > start && i - start < t.Lower.Length)
                    yield return new Token(new TextSpan(t.Span.Start + start, t.Span.Start + i), t.Lower[start..i]);
                start = i + 1;
            }
        }
    }

    /// <summary>
    /// The stretch of text that best answers the query: the longest run of matches that follow the query's own word order
    /// (the phrase itself), then the one with the most different query words close by; the earliest among equals.
    /// Null when no word matches.
    /// </summary>
    public static TextSpan? Best(IReadOnlyList<(TextSpan Span, int Word)> matches, IReadOnlyList<string> words, string text, int radius)
    {
        if (matches.Count == 0) return null;
        TextSpan? best = null;
        int bestRun = 0, bestNear = 0;
        for (int i = 0; i < matches.Count; i++)
        {
            // A run: consecutive matches, separated by spaces or punctuation only, each the next word of the query.
            int j = i, k = matches[i].Word;
            while (j + 1 < matches.Count && k + 1 < words.Count && Adjacent(text, matches[j].Span, matches[j + 1].Span)
                   && (matches[j + 1].Word == k + 1 || words[matches[j + 1].Word] == words[k + 1]))
            {
                j++;
                k++;
            }
            int run = j - i + 1;
            var span = new TextSpan(matches[i].Span.Start, matches[j].Span.End);
            var near = new HashSet<string>();
            for (int m = i; m >= 0 && span.Start - matches[m].Span.Start <= radius; m--) near.Add(words[matches[m].Word]);
            for (int m = i + 1; m < matches.Count && matches[m].Span.Start - span.Start <= radius; m++) near.Add(words[matches[m].Word]);
            if (run > bestRun || (run == bestRun && near.Count > bestNear))
            {
                best = span;
                bestRun = run;
                bestNear = near.Count;
            }
        }
        return best;
    }

    private static bool Adjacent(string text, TextSpan a, TextSpan b)
    {
        if (b.Start < a.End || b.Start - a.End > 3) return false;
        for (int k = a.End; k < b.Start; k++)
            if (char.IsLetterOrDigit(text[k])) return false;
        return true;
    }
}
