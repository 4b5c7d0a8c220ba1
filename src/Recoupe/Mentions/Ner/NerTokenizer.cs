using Recoupe.Language;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// Splits text into the tokens the sequence labeller was trained on, close to the tokenisation of CoNLL-style corpora:
/// words keep inner hyphens ("Jong-un"), but not a dash that lost its spaces in OCR'd text ("Durand-qui": see IsLostDash) and inner apostrophes ("aujourd'hui", "O'Neill"); a French elision is a token
/// of its own with its apostrophe ("l'", "qu'"); an English possessive is split off ("Putin" "'s"); numbers keep their
/// inner separators ("1996-08-22", "3,5", "10:30"); dotted initialisms stay whole ("U.S."); every other mark is one
/// token. Training and tagging both read text through this class, so the model never sees another tokenisation.
/// </summary>
public static class NerTokenizer
{
    /// <param name="lostDashes">Split a dash that lost its spaces after a name (<see cref="IsLostDash"/>): French, whose
    /// model was trained so (OCR'd historical press); English keeps CoNLL's "Serb-held" whole.</param>
    public static void Tokenize(string text, int start, int end, List<NerToken> output, bool lostDashes = false)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c)) { i++; continue; }
            int tokenStart = i;
            if (char.IsDigit(c)) i = NumberEnd(text, i, end);
            else if (char.IsLetter(c)) i = WordEnd(text, i, end, lostDashes);
            else if (c is '\'' or '’' && i > start && char.IsLetterOrDigit(text[i - 1]) && IsPossessive(text, i, end)) i += 2;
            else i = i + (char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1);
            if (i <= tokenStart) i = tokenStart + 1;
            output.Add(new NerToken(tokenStart, i));
        }
    }

    // Letters and digits, inner hyphens and apostrophes; an elided French word ends after its apostrophe; "'s" is split off.
    private static int WordEnd(string text, int i, int end, bool lostDashes)
    {
        int start = i;
        if (DottedInitialismEnd(text, i, end) is int dotted) return dotted;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || IsMark(c)) { i++; continue; }
            if (i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                if (Tokenizer.IsApostrophe(c))
                {
                    if (Tokenizer.IsElision(text, start, i)) return i + 1;
                    if (IsPossessive(text, i, end)) return i;
                    i++;
                    continue;
                }
                if (c is '-' or '‑')
                {
                    if (lostDashes && IsLostDash(text, start, i, end)) return i;
                    i++;
                    continue;
                }
                // A word cut at a line end and joined again ("Républi¬que" in OCR'd newspapers, a soft hyphen on the web):
                // one word, read without its mark (TokenForm.WithoutLineBreakHyphens).
                if (TokenForm.IsLineBreakHyphen(c)) { i++; continue; }
            }
            break;
        }
        return i;
    }

    /// <summary>
    /// A dash that lost its spaces in OCR'd text, read as a hyphen (invented: "le ministre Paul Durand-qui arrivait",
    /// "la France-affirme Paul"): a capitalised word, then only lower-case parts to the end of the hyphenated word, which
    /// are a long word (4 letters or more), an article or pronoun, or hold an elision. Short syllables stay ("Kim Jong-un"),
    /// and so do names whose lower-case parts lead to a capitalised one ("Aix-en-Provence", "Villeneuve-d'Ascq"). The rule
    /// recogniser cuts its names at the same place (<c>EntityRecognizer.HyphenatedWordCut</c>).
    /// </summary>
    private static bool IsLostDash(string text, int start, int hyphen, int end)
    {
        if (!char.IsUpper(text[start]) || hyphen + 1 >= end || !char.IsLower(text[hyphen + 1])) return false;
        int k = hyphen + 1;
        bool elision = false;
        for (; k < end; k++)
        {
            char c = text[k];
            if (char.IsLetter(c) || IsMark(c)) { if (char.IsUpper(c)) return false; continue; }
            bool joins = (c is '-' or '‑' || Tokenizer.IsApostrophe(c)) && k + 1 < end && char.IsLetter(text[k + 1]);
            if (!joins) break;
            elision |= Tokenizer.IsApostrophe(c);
        }
        var tail = text.AsSpan(hyphen + 1, k - hyphen - 1);
        return elision || tail.Length >= 4 || tail is "le" or "la" or "les" or "qui" or "que" or "et" or "t-il";
    }

    // "'s" / "’s" followed by no further letter: the English possessive clitic.
    private static bool IsPossessive(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] is 's' or 'S' && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));

    // "U.S.", "U.N.", "S.A.": single letters each followed by a period, at least two of them.
    private static int? DottedInitialismEnd(string text, int i, int end)
    {
        int j = i, letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j == i || text[j - 1] == '.'))
        {
            letters++;
            j += 2;
            if (j < end && char.IsLetter(text[j]) && (j + 1 >= end || text[j + 1] != '.')) break;
        }
        return letters >= 2 && (j >= end || !char.IsLetter(text[j])) ? j : null;
    }

    // Digits with inner separators between digits: 1996-08-22, 3,5, 10:30, 1.000, 1/2, 12h30; a unit glued after stays apart.
    private static int NumberEnd(string text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsDigit(c)) { i++; continue; }
            if (c is '.' or ',' or ':' or '/' or '-' && i + 1 < end && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
