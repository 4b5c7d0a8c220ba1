using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Quotes.Attribution;

namespace Recoupe.Mentions.Quotes.Detection;

/// <summary>
/// The features that tell reported speech between quote marks from a title, a nickname or a scare quote: its length
/// and shape (capital first, sentence punctuation, first and second persons), what introduces it (a colon, a
/// speech verb, "selon", a determiner, a naming verb: "surnommé", "dubbed"), where it stands (a headline, a whole
/// paragraph, in brackets, between two capitalised words) and how sure the speaker ranker is that someone said it.
/// </summary>
internal static class DetectionFeatures
{
    private static readonly List<string> names = [];
    private static int F(string name) { names.Add(name); return names.Count - 1; }

    public static readonly int Bias = F("bias"), Words1 = F("words.1"), Words2 = F("words.2"), Words3 = F("words.3"), Words4To6 = F("words.4_6"),
        Words7To12 = F("words.7_12"), WordsMore = F("words.13_plus"), StartsUpper = F("shape.starts_upper"), EndsSentence = F("shape.ends_sentence"),
        Persons = F("shape.first_second_person"), CapitalRatio = F("shape.capitalised_words"), ColonBefore = F("intro.colon"),
        CueBefore = F("intro.cue_before"), CueAfter = F("intro.cue_after"), According = F("intro.according"), DeterminerBefore = F("intro.determiner"),
        NamingBefore = F("intro.naming_word"), Brackets = F("place.brackets"), Headline = F("place.headline"), WholeParagraph = F("place.whole_paragraph"),
        Nickname = F("place.between_capitals"), StandaloneSentence = F("place.own_sentence"), CommaInside = F("shape.comma_inside_end"),
        CommaAfter = F("intro.comma_after"), SpeakerSure = F("speaker.best_named_probability"), NobodySure = F("speaker.nobody_probability"),
        LongQuoteNear = F("place.long_quote_in_paragraph"), Multiline = F("shape.several_paragraphs");

    public static IReadOnlyList<string> Names => names;
    public static int Count => names.Count;

    private static readonly WordSet FirstSecondPerson = new("je j me m moi mon ma mes nous notre nos vous votre vos i me my mine we us our you your");
    private static readonly WordSet DeterminersBefore = new("le la les l un une des du sa son ses leur leurs ce cette ces the a an his her their its this that");
    private static readonly WordSet NamingWords = new(
        "appelé appelée appelés surnommé surnommée surnom baptisé baptisée intitulé intitulée nommé nommée dit dite dits dites titre " +
        "slogan film livre ouvrage roman chanson émission opération programme journal magazine " +
        "called dubbed nicknamed titled entitled named labeled labelled termed so-called known headline book film movie show song slogan");

    public static void Compute(QuoteDocument doc, QuoteFrame f, float bestNamed, float nobody, Span<float> x)
    {
        var text = doc.Text;
        var q = f.Passage;
        x[Bias] = 1;
        x[f.Words switch { 1 => Words1, 2 => Words2, 3 => Words3, <= 6 => Words4To6, <= 12 => Words7To12, _ => WordsMore }] = 1;
        if (f.Content.Length > 0 && char.IsUpper(text[f.Content.Start])) x[StartsUpper] = 1;
        int last = f.Content.End - 1;
        while (last > f.Content.Start && text[last] is ' ' or '"' or '»' or '”' or ')' ) last--;
        if (last >= f.Content.Start && text[last] is '.' or '!' or '?' or '…') x[EndsSentence] = 1;
        if (last >= f.Content.Start && text[last] == ',') x[CommaInside] = 1;
        int words = 0, capitalised = 0, persons = 0, tokIn = doc.FirstTokenAtOrAfter(f.Content.Start);
        for (int k = tokIn; k < doc.Tokens.Length && doc.Tokens[k].Span.End <= f.Content.End; k++)
        {
            words++;
            if (k > tokIn && char.IsUpper(text[doc.Tokens[k].Span.Start])) capitalised++;
            if (FirstSecondPerson.Contains(doc.Tokens[k].Lower)) persons++;
        }
        if (persons > 0) x[Persons] = 1;
        if (words > 1) x[CapitalRatio] = (float)capitalised / (words - 1);
        if (f.ColonBefore) x[ColonBefore] = 1;
        if (f.CueBefore >= 0) x[CueBefore] = 1;
        if (f.CueAfter >= 0) x[CueAfter] = 1;
        if (f.According >= 0) x[According] = 1;
        if (f.TokenBefore >= 0 && doc.Tokens[f.TokenBefore].Span.End >= q.OpenMark - 2)
        {
            var before = doc.Tokens[f.TokenBefore].Lower;
            if (DeterminersBefore.Contains(before)) x[DeterminerBefore] = 1;
            if (NamingWords.Contains(before)) x[NamingBefore] = 1;
        }
        if (f.TokenBefore >= 1 && NamingWords.Contains(doc.Tokens[f.TokenBefore - 1].Lower)) x[NamingBefore] = 1;
        int b = q.OpenMark - 1;
        while (b >= 0 && text[b] == ' ') b--;
        if (b >= 0 && text[b] == '(') x[Brackets] = 1;
        if (f.Paragraph == 0) x[Headline] = 1;
        if (f.StartsParagraph && f.EndsParagraph) x[WholeParagraph] = 1;
        if (b >= 0 && char.IsUpper(PreviousWordStart(text, b)) && NextWordUpper(text, q.CloseMark + 1)) x[Nickname] = 1;
        if (f.OpenSentence.Start >= q.OpenMark - 1 || f.StartsParagraph) x[StandaloneSentence] = 1;
        int a = q.CloseMark + 1;
        while (a < text.Length && text[a] == ' ') a++;
        if (a < text.Length && text[a] == ',') x[CommaAfter] = 1;
        x[SpeakerSure] = bestNamed;
        x[NobodySure] = nobody;
        if (doc.ParagraphOf(q.CloseMark) != f.Paragraph) x[Multiline] = 1;
        var paragraph = doc.Paragraph(f.Paragraph);
        for (int i = doc.PassagesBefore(paragraph.Start); i < doc.Passages.Count; i++)
        {
            var p = doc.Passages[i];
            if (p.OpenMark >= paragraph.End) break;
            if (p.OpenMark < paragraph.Start || p.OpenMark == q.OpenMark) continue;
            if (QuoteFrame.WordCount(text, p.Content) >= 8) { x[LongQuoteNear] = 1; break; }
        }
    }

    private static char PreviousWordStart(string text, int i)
    {
        if (!char.IsLetter(text[i])) return ' ';
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return text[i];
    }

    private static bool NextWordUpper(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && char.IsUpper(text[i]);
    }
}
