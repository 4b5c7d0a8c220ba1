using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Decides what a name run is, from the words inside it (institution heads, company and media suffixes,
/// first names, the gazetteer) and around it (a title before, "à"/"in" before, an article before).
/// Institution names go on in lower case in French ("Conseil de sécurité nationale"): the run is extended over them.
/// </summary>
public static class EntityTyper
{
    public static (EntityType Type, int Last) Classify(string text, Word[] words, NameRun run)
    {
        int first = run.First, last = run.Last;
        var firstWord = words[first];
        var name = text[words[first].Start..words[last].End];
        var prev = first > 0 ? words[first - 1] : default;
        bool hasPrev = first > 0;

        if (first == last && firstWord.Shape == WordShape.AllCaps && AcronymMatcher.IsAcronym(name))
            return (Places.LookupCode(name) is not null || name.Length > 3 && Places.Lookup(name) is not null ? EntityType.Place : EntityType.Organization, last);
        // "La Rochelle", "Le Monde": a name that starts with its article is a place after "à"/"de", else a title of a paper or an institution.
        if (last > first && firstWord.Shape == WordShape.Capitalized && NameRunFinder.IsArticle(firstWord.Lower))
        {
            if (Places.Lookup(name) is not null || hasPrev && prev.Shape == WordShape.Lower && (FunctionWords.IsPlacePreposition(prev.Lower) || prev.Lower is "de" or "d"))
                return (EntityType.Place, last);
            return (EntityType.Organization, last);
        }

        bool honorific = run.TitleInside || hasPrev && TitleWords.IsTitle(prev.Lower) && prev.End <= words[first].Start;
        if (OrganizationCues.Heads.Contains(firstWord.Lower) || OrganizationCues.PlaceCueHeads.Contains(firstWord.Lower))
        {
            int extended = LowerCaseComplement.Extend(text, words, last, !OrganizationCues.Heads.Contains(firstWord.Lower));
            var extendedName = text[words[first].Start..words[extended].End];
            if (Places.Lookup(extendedName) is not null) return (EntityType.Place, extended);
            return (OrganizationCues.Heads.Contains(firstWord.Lower) ? EntityType.Organization : EntityType.Place, extended);
        }
        // English names put the institution word last: "Security Council", "European Commission", "White House".
        if ((OrganizationCues.Suffixes.Contains(words[last].Lower) || OrganizationCues.Heads.Contains(words[last].Lower)) && last > first
            || WellKnownAcronyms.IsOrganizationName(name))
            return (EntityType.Organization, last);
        if (honorific) return (EntityType.Person, last);
        if (Places.Lookup(name) is not null) return (EntityType.Place, last);
        if (GivenNames.IsGivenName(firstWord.Lower) && last > first) return (EntityType.Person, last);
        if (hasPrev && LowerCaseOrganizationBefore(words, first)) return (EntityType.Organization, last);
        if (hasPrev && LowerCasePlaceBefore(words, first)) return (EntityType.Place, last);
        if (hasPrev && prev.Shape == WordShape.Lower && FunctionWords.IsPlacePreposition(prev.Lower)) return (EntityType.Place, last);
        if (hasPrev && prev.Shape == WordShape.Lower && FunctionWords.IsDefiniteArticle(prev.Lower))
            return (EntityType.Organization, last);
        if (last > first && last - first <= 3 && AllNameShaped(words, first, last)) return (EntityType.Person, last);
        // A lone capitalised word inside a sentence, with no cue at all, is most often a surname.
        // Not after a determiner or "de": "des Affaires", "la Défense" are capitalised common nouns.
        if (first == last && !firstWord.Initial && firstWord.Shape == WordShape.Capitalized
            && !(hasPrev && prev.Shape == WordShape.Lower && (FunctionWords.IsParticle(prev.Lower) || FunctionWords.IsDefiniteArticle(prev.Lower) || prev.Lower is "un" or "une" or "des" or "aux")))
            return (EntityType.Person, last);
        return (EntityType.Other, last);
    }

    // "le journal russe Izvestia", "la société Acme": a lower-case institution word just before the name.
    private static bool LowerCaseOrganizationBefore(Word[] words, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (words[k].Shape != WordShape.Lower) return false;
            if (OrganizationCues.Heads.Contains(words[k].Lower) || OrganizationCues.Suffixes.Contains(words[k].Lower)) return true;
            if (FunctionWords.IsFunctionWord(words[k].Lower, "fr")) return false;
        }
        return false;
    }

    // "canton de Vaud", "la ville de Bex", "rue du Rhône".
    private static bool LowerCasePlaceBefore(Word[] words, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (words[k].Shape != WordShape.Lower) return false;
            if (OrganizationCues.PlaceCueHeads.Contains(words[k].Lower)) return true;
            if (!FunctionWords.IsParticle(words[k].Lower)) return false;
        }
        return false;
    }

    private static bool AllNameShaped(Word[] words, int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (words[k].Shape != WordShape.Capitalized && !FunctionWords.IsParticle(words[k].Lower)) return false;
        return true;
    }
}
