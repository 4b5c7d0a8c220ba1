using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// A newspaper named after its town is an organisation, not the town: "the Boston Globe", "le Denver Post" (English
/// order: a place the gazetteer knows, then a press word), "la Gazette de Lausanne", "le Courrier de l'Ouest" (French
/// order: a press word, then its complement). The labeller reads the town and says place (or leaves the title in its
/// "other" bucket); a brief that lists a daily as a place, or as a speaker that is a town, misleads its reader, and the
/// short title ("the Globe") can only join its full name when both are organisations (<see cref="DocumentKeys"/>).
/// </summary>
internal static class PressTitles
{
    // The last word of English-order titles. Only after a known place: "Sun" or "Star" alone decide nothing.
    private static readonly WordSet TrailingWords = new(
        "times post journal herald tribune gazette chronicle telegraph observer courier examiner inquirer globe star sun " +
        "mail standard independent guardian dispatch register enquirer bulletin");

    // The first word of French-order titles ("la Tribune de Genève"), before a "de"/"du"/"des" complement.
    private static readonly WordSet LeadingWords = new("journal gazette tribune courrier dépêche écho nouvelles feuille");

    public static void Apply(string text, Word[] words, List<Candidate> candidates)
    {
        List<string>? shortTitles = null;
        foreach (var c in candidates)
        {
            if (c.IsSingleWord || c.Type is not (EntityType.Place or EntityType.Other or EntityType.Organization)) continue;
            bool english = IsEnglishOrder(text, words, c);
            if (!english && !IsFrenchOrder(words, c)) continue;
            c.Type = EntityType.Organization;
            if (english) (shortTitles ??= []).Add(words[c.Last].Lower);
        }
        if (shortTitles is null) return;
        // "the Globe" after "the Boston Globe": the press word alone is the title cut short (the labeller calls it a place
        // or other); as an organisation it joins the full title in the key pass.
        foreach (var c in candidates)
            if (c.IsSingleWord && c.Type != EntityType.Person && shortTitles.Contains(words[c.First].Lower)) c.Type = EntityType.Organization;
    }

    private static bool IsEnglishOrder(string text, Word[] words, Candidate c) =>
        words[c.Last].Shape == WordShape.Capitalized && TrailingWords.Contains(words[c.Last].Lower)
        && Places.Lookup(text.AsSpan(c.Start, words[c.Last - 1].End - c.Start)) is not null;

    private static bool IsFrenchOrder(Word[] words, Candidate c) =>
        words[c.First].Shape == WordShape.Capitalized && LeadingWords.Contains(words[c.First].Lower)
        && words[c.First + 1].Lower is "de" or "du" or "des" or "d";
}
