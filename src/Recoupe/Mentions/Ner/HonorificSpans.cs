using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// Where an honorific ("M.", "MM.", "Mme", "Monsieur", "Dr") sits against a person's span. The corpora disagree on
/// whether it belongs to the span (HIPE: "M. Ador" is the person; WikiNEuRal, Europeana: "Ador" is): the survey measures
/// it (<see cref="Training.ConventionSurvey"/>), training can move it out of every span
/// (`--honorifics`, <see cref="Training.HonorificLabelling"/>) and decoding puts it back for the conventions that keep it.
/// </summary>
public static class HonorificSpans
{
    /// <summary>
    /// Characters of the honorific that opens <paramref name="span"/>, with its full stop and the spaces after it
    /// ("M. " in "M. Ador"); 0 when the span opens with none or holds nothing else.
    /// </summary>
    public static int LeadingLength(string text, TextSpan span)
    {
        int i = span.Start;
        while (i < span.End && char.IsLetter(text[i])) i++;
        if (i == span.Start || !IsHonorific(text.AsSpan(span.Start, i - span.Start))) return 0;
        if (i < span.End && text[i] == '.') i++;
        int word = i;
        while (i < span.End && char.IsWhiteSpace(text[i])) i++;
        // "M.Ador" (OCR) has no space; "Mme" alone, or "Monsieur" glued to a letter, is no honorific before a name.
        if (i == word && (i == span.Start || text[i - 1] != '.')) return 0;
        return i < span.End && char.IsLetter(text[i]) ? i - span.Start : 0;
    }

    /// <summary>Where an honorific right before <paramref name="start"/> begins ("M. " before "Ador"), else <paramref name="start"/>.</summary>
    public static int Before(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i > 0 && text[i - 1] == '.') i--;
        int wordEnd = i;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        if (i == wordEnd || i > 0 && char.IsLetterOrDigit(text[i - 1])) return start;
        return IsHonorific(text.AsSpan(i, wordEnd - i)) ? i : start;
    }

    // Capitalised only: "Me" (maître) before a name, not the pronoun "me".
    private static bool IsHonorific(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 12 && char.IsUpper(word[0]) && TitleWords.IsHonorific(word.ToString().ToLowerInvariant());
}
