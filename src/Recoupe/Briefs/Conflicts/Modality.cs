using System.Collections.Frozen;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// Whether a sentence reports something done or something expected ("s'est rendu" vs "se rendra",
/// "visited" vs "will visit"): a planned event and a past one are different events, so their dates never conflict.
/// </summary>
internal static class Modality
{
    private static readonly FrozenSet<string> ProspectiveWords = new[]
    {
        "will", "would", "could", "might", "may", "plans", "planned", "expected", "next", "soon", "upcoming", "likely",
        "devrait", "devraient", "pourrait", "pourraient", "prochain", "prochaine", "prochainement", "bientôt", "prévoit", "prévu", "prévue", "compte",
        "sera", "seront", "serait", "seraient", "ira", "iront", "irait", "va", "vont",
    }.ToFrozenSet(StringComparer.Ordinal);

    // French future and conditional endings; the minimum length keeps short nouns ("tra", "ère") out.
    private static readonly string[] FrenchProspectiveEndings = ["erait", "eraient", "eront", "irait", "iraient", "iront", "rendra", "rendront", "rendrait"];

    public static bool IsProspective(IReadOnlyList<string> lowerWords)
    {
        foreach (var w in lowerWords)
        {
            if (ProspectiveWords.Contains(w)) return true;
            if (w.Length < 6) continue;
            foreach (var e in FrenchProspectiveEndings)
                if (w.EndsWith(e, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // "dernier"/"last" and "nouveau"/"new" are left out on purpose: "la semaine dernière", "new sanctions" are everywhere.
    private static readonly FrozenSet<string> AnotherOccurrenceWords = new[]
    {
        "autre", "autres", "précédent", "précédente", "précédents", "deuxième", "second", "seconde", "encore", "réitéré",
        "another", "other", "previous", "earlier", "again", "repeated",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Un autre séisme", "à nouveau", "une nouvelle fois", "a previous summit", "again": the sentence tells of another
    /// occurrence of the event, so its date or count is not a rival version of the first one's.
    /// </summary>
    public static bool MarksAnotherOccurrence(IReadOnlyList<string> lowerWords)
    {
        for (int i = 0; i < lowerWords.Count; i++)
        {
            var w = lowerWords[i];
            if (AnotherOccurrenceWords.Contains(w)) return true;
            if (i + 1 < lowerWords.Count && (w is "à" or "de" && lowerWords[i + 1] == "nouveau" || w == "nouvelle" && lowerWords[i + 1] == "fois")) return true;
        }
        return false;
    }
}
