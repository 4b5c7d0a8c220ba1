using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// Where a title ("général", "président", "maire") sits against a person's span: HIPE-2020 and NewsEye put it inside
/// ("général Dufour"), Le Temps and Europeana leave it out (<see cref="Evaluation.Ner.NerConventions.KeepsTitles"/>).
/// One word, lower or upper case, from <see cref="TitleWords"/>.
/// </summary>
public static class TitleSpans
{
    /// <summary>Characters of the title word that opens <paramref name="span"/> and the spaces after it ("général " in
    /// "général Dufour"); 0 when the span opens with none or holds nothing else.</summary>
    public static int LeadingLength(string text, TextSpan span)
    {
        int i = span.Start;
        while (i < span.End && IsTitleChar(text[i])) i++;
        if (i == span.Start || i >= span.End || text[i] != ' ' || !TitleWords.IsTitle(text.AsSpan(span.Start, i - span.Start))) return 0;
        while (i < span.End && text[i] == ' ') i++;
        return i < span.End && char.IsLetter(text[i]) ? i - span.Start : 0;
    }

    /// <summary>Where a title word right before <paramref name="start"/> begins ("général " before "Dufour"), else <paramref name="start"/>.</summary>
    public static int Before(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        int end = i;
        if (end == start) return start;
        while (i > 0 && IsTitleChar(text[i - 1])) i--;
        if (i == end || i > 0 && char.IsLetterOrDigit(text[i - 1])) return start;
        return TitleWords.IsTitle(text.AsSpan(i, end - i)) ? i : start;
    }

    private static bool IsTitleChar(char c) => char.IsLetter(c) || c == '-';
}
