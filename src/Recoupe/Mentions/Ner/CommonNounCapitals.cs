using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// French common nouns that the labeller takes for names because they are capitalised (modern convention, the one news
/// reads): a conventional capital completing a common noun ("coup d'Etat", "département d'Etat": see
/// <see cref="CapitalisedCommonNouns"/>) names no body or place of its own, so a place or organisation read there is
/// dropped; a people noun after a plural determiner ("des Norvégiens", "aux Chiliens") is a nationality, typed other
/// (CoNLL's MISC) where the labeller says organisation. Where it says place, it stays: that is WikiNEuRal's convention
/// for peoples (its labels come from links to the country's page), and some plural place names share their endings:
/// retyping those lost 7 names on the tune split.
/// The rule recogniser reads both so (<see cref="EntityTyper"/>); the labeller's silver corpus is split on them
/// (WikiNEuRal marks "d'État" a place in some sentences and nothing in others), and a brief listing "Etat" as a place
/// or "Norvégiens" as an organisation misleads its reader.
/// </summary>
internal static class CommonNounCapitals
{
    public static void Apply(string text, Word[] words, List<Candidate> candidates)
    {
        int kept = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.IsSingleWord && words[c.First].Shape == WordShape.Capitalized)
            {
                if (c.Type is EntityType.Place or EntityType.Organization && IsComplementOfCommonNoun(words, c.First)) continue;
                if (c.Type == EntityType.Organization && EntityTyper.IsPluralPeople(text, words, c.First)) c.Type = EntityType.Other;
            }
            candidates[kept++] = c;
        }
        if (kept < candidates.Count) candidates.RemoveRange(kept, candidates.Count - kept);
    }

    // "coup d'Etat", "secrétaire d'Etat", "département d'Etat": a conventional capital right after an elided "de" completes a
    // common noun. Elsewhere ("l'Etat a payé", "leur propre Etat") it may name a particular state and stays as labelled.
    private static bool IsComplementOfCommonNoun(Word[] words, int index) =>
        index > 1 && words[index - 1].Lower == "d" && words[index - 2].Shape == WordShape.Lower
        && CapitalisedCommonNouns.Contains(words[index].Lower);
}
