using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// The full name of a body written before in lower case and taken up by its bare noun: "la commission des finances du
/// Sénat … La commission demande «…»" — the second description names the body of the first. The recogniser finds
/// no entity in such names (they open in lower case), so the chain resolver's antecedents never reach them.
/// </summary>
internal static class InstitutionNames
{
    private const int ParagraphsBack = 6, SentencesBack = 10;
    private const int MaxComplements = 2, MaxWordsPerComplement = 4;

    /// <summary>
    /// For a definite description of a body with no complement of its own ("le parquet", "la commission"): the span
    /// of the last earlier occurrence of its noun followed by a "de …"/"of …" complement, from the noun to the end of
    /// the complement; null when there is none.
    /// </summary>
    public static TextSpan? EarlierFullName(QuoteDocument doc, SourceCandidate c, string head)
    {
        if (head.Length == 0 || HasComplement(doc, c)) return null;
        var tokens = doc.Tokens;
        int stop = doc.LookBack(c.Span.Start, ParagraphsBack, SentencesBack);
        for (int k = c.FirstToken - 1; k >= 0 && tokens[k].Span.Start >= stop; k--)
        {
            if (tokens[k].Lower != head || doc.InsideQuote(tokens[k].Span)) continue;
            int end = ComplementEnd(doc, k);
            if (end > k) return new TextSpan(tokens[k].Span.Start, tokens[end].Span.End);
        }
        return null;
    }

    /// <summary>Whether an institution's name holds a capitalised word after its noun ("tribunal de Rennes"): a name, not a common noun.</summary>
    public static bool NamesSomething(QuoteDocument doc, TextSpan name)
    {
        int k = doc.FirstTokenAtOrAfter(name.Start) + 1;
        for (; k < doc.Tokens.Length && doc.Tokens[k].Span.End <= name.End; k++)
            if (char.IsUpper(doc.Text[doc.Tokens[k].Span.Start])) return true;
        return false;
    }

    // The description's own words run past its noun with "de …"/"of …".
    private static bool HasComplement(QuoteDocument doc, SourceCandidate c)
    {
        for (int k = c.FirstToken; k < c.LastToken; k++)
            if (IsLink(doc.Tokens[k].Lower) && k > c.FirstToken) return true;
        return false;
    }

    // The last token of up to two "de [l'] word…" complements after the noun at k ("commission des finances
    // du conseil régional"), each of at most four words with nothing but spaces and apostrophes between them;
    // k when the noun has none.
    private static int ComplementEnd(QuoteDocument doc, int k)
    {
        var tokens = doc.Tokens;
        int end = k;
        // "l'agence régionale de …": up to two lower-case modifiers before the first complement.
        for (int m = k + 1; m < tokens.Length && m <= k + 2 && Joined(doc, m - 1, m); m++)
        {
            var lower = tokens[m].Lower;
            if (IsLink(lower) || SpeechCues.IsAuxiliary(lower) || doc.IsCueWord(m) || !char.IsLower(doc.Text[tokens[m].Span.Start])) break;
            if (m + 1 < tokens.Length && IsLink(tokens[m + 1].Lower) && Joined(doc, m, m + 1)) { end = m; break; }
        }
        int noun = end;
        for (int n = 0; n < MaxComplements; n++)
        {
            int j = end + 1;
            if (j >= tokens.Length || !IsLink(tokens[j].Lower) || !Joined(doc, end, j)) break;
            int words = 0, last = -1;
            for (int w = j + 1; w < tokens.Length && words < MaxWordsPerComplement && Joined(doc, w - 1, w); w++)
            {
                var lower = tokens[w].Lower;
                if (IsLink(lower) || SpeechCues.IsAuxiliary(lower) || doc.IsCueWord(w) || !char.IsLetter(lower[0])) break;
                words++;
                if (!IsArticle(lower)) last = w;
            }
            if (last < 0) break;
            end = last;
        }
        return end == noun ? k : end;
    }

    private static bool IsLink(string lower) => lower is "de" or "du" or "des" or "d" or "of";
    private static bool IsArticle(string lower) => lower is "le" or "la" or "les" or "l" or "the";

    private static bool Joined(QuoteDocument doc, int a, int b)
    {
        for (int i = doc.Tokens[a].Span.End; i < doc.Tokens[b].Span.Start; i++)
            if (!char.IsWhiteSpace(doc.Text[i]) && doc.Text[i] is not ('\'' or '’')) return false;
        return true;
    }
}
