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
    private static readonly SpanSet Connectors = new(
    [
        "de", "du", "des", "d", "la", "le", "von", "van", "der", "den", "al", "el", "bin", "ben", "di", "da", "dos", "del", "y", "of",
    ]);

    // Articles dropped from the start of a name in every language, so that "La Couronne" keys the same in a
    // French text (where "la" is a stopword) and in a German or English one (where it is not).
    private static readonly SpanSet LeadingArticles = new(
    [
        "le", "la", "les", "l", "the", "der", "die", "das", "den", "dem", "des", "el", "los", "las", "il", "lo", "gli", "i", "a", "an", "de", "du",
    ]);

    [ThreadStatic] private static StampedHashSet? _lowerUses;

    /// <summary>Each candidate as the tokens it spans (indices into <paramref name="tokens"/>, inclusive).</summary>
    public static void Find(TextTokens tokens, SpanSet stopwords, List<(int First, int Last)> found)
    {
        var text = tokens.Text;
        // Words the text uses in lower case, by a 64-bit hash of their form (no string per token; a collision
        // would at worst drop one sentence-initial single-word candidate).
        var lowerUses = _lowerUses ??= new StampedHashSet();
        lowerUses.Clear();
        AddLowerCaseWords(tokens, lowerUses);

        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalised(text, tokens[i])) { i++; continue; }
            int first = i, last = i;
            int j = i + 1;
            while (j < tokens.Count && IsTight(text, tokens[j - 1], tokens[j]))
            {
                if (IsCapitalised(text, tokens[j])) { last = j; j++; continue; }
                if (Connectors.Contains(tokens.Lower(j)) && j + 1 < tokens.Count && IsTight(text, tokens[j], tokens[j + 1])
                    && IsCapitalised(text, tokens[j + 1]))
                {
                    last = j + 1;
                    j += 2;
                    continue;
                }
                break;
            }
            i = last + 1;
            while (first <= last && (stopwords.Contains(tokens.Lower(first)) || LeadingArticles.Contains(tokens.Lower(first)))) first++;
            if (first > last) continue;
            if (first == last && IsSentenceInitial(text, tokens[first].Start)
                && lowerUses.Contains(tokens[first].Hash)) continue;
            found.Add((first, last));
        }
    }

    /// <summary>Adds the (hashes of the) words the text writes in lower case, i.e. uses as common words.</summary>
    public static void AddLowerCaseWords(TextTokens tokens, StampedHashSet into)
    {
        var text = tokens.Text;
        for (int k = 0; k < tokens.Count; k++)
            if (!tokens[k].IsNumber && char.IsLower(text[tokens[k].Start])) into.Add(tokens[k].Hash);
    }


    private static bool IsCapitalised(string text, WordToken t) => !t.IsNumber && char.IsUpper(text[t.Start]);

    /// <summary>Two tokens belong to one name when only a space, a hyphen or an apostrophe separates them.</summary>
    private static bool IsTight(string text, WordToken a, WordToken b)
    {
        int gap = b.Start - a.End;
        if (gap < 1 || gap > 2) return false;
        for (int k = a.End; k < b.Start; k++)
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
