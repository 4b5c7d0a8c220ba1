using Recoupe.Model;

namespace Recoupe.Evaluation.Ner;

/// <summary>
/// HIPE-2020 types the title of a newspaper or broadcaster as prod.media, not org ("le « Petit Parisien »", "la
/// Gazette de Lausanne", "la TSR"). A predicted name is read as such a title when it fills a pair of quotation marks
/// (old print uses « » and OCR turns them into &lt; &gt;) or when one of its words is a usual word of press titles.
/// </summary>
internal static class MediaTitle
{
    private static readonly Mentions.Lexicon.WordSet PressWords = new(
        "journal gazette nouvelles echo écho feuille times mail zeitung zeitg post presse tribune courrier parisien figaro " +
        "gaulois temps matin monde radio tsr tv télévision express observer herald telegraph dépêche abendpost");

    public static bool Is(string text, TextSpan span)
    {
        if (Quoted(text, span) || AfterPressNoun(text, span.Start)) return true;
        int i = span.Start;
        while (i < span.End)
        {
            int j = i;
            while (j < span.End && char.IsLetter(text[j])) j++;
            if (j > i && PressWords.Contains(text[i..j])) return true;
            i = j + 1;
        }
        return false;
    }

    // "le journal russe Izvestia", "l'hebdomadaire Die Zeit": a press noun among the three lower-case words before the
    // name, with only its adjectives in between, says the name is a title.
    private static bool AfterPressNoun(string text, int start)
    {
        int end = start;
        for (int words = 0; words < 3; words++)
        {
            int j = end - 1;
            while (j >= 0 && text[j] is ' ' or '\u00A0' or '\'' or '’') j--;
            int wordEnd = j + 1;
            while (j >= 0 && char.IsLetter(text[j])) j--;
            int wordStart = j + 1;
            if (wordEnd == wordStart || !char.IsLower(text[wordStart])) return false;
            var word = text[wordStart..wordEnd];
            if (Mentions.Lexicon.OrganizationCues.PressHeads.Contains(word)) return true;
            // "le journal de Frédéric III", "deux quotidiens des Etats-Unis": a complement, not a title.
            if (Mentions.Lexicon.FunctionWords.IsFunctionWord(word, "fr")) return false;
            end = wordStart;
        }
        return false;
    }

    private static bool Quoted(string text, TextSpan span)
    {
        int before = span.Start - 1;
        while (before >= 0 && text[before] is ' ' or '\u00A0') before--;
        int after = span.End;
        while (after < text.Length && text[after] is ' ' or '\u00A0') after++;
        return before >= 0 && after < text.Length && text[before] is '«' or '<' or '“' && text[after] is '»' or '>' or '”';
    }
}
