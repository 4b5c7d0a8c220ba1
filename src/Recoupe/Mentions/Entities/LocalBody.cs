using Recoupe.Mentions.Lexicon;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Assemblies that every commune, department or region has ("Conseil général", "Conseil communal", "conseil municipal"):
/// without the place they belong to they name a kind of body, not one organisation (French typography writes them
/// in lower case for that reason).
/// </summary>
public static class LocalBody
{
    private static readonly WordSet Qualifiers = new("général generaux municipal municipaux communal communaux régional départemental paroissial");

    /// <summary>Whether words [first, last] are "Conseil" and a local qualifier, with no place complement.</summary>
    public static bool IsGeneric(Word[] words, int first, int last)
    {
        var head = words[first].Lower;
        if (last == first + 1 && head is "conseil" && Qualifiers.Contains(words[last].Lower)) return true;
        // "l'Assemblée générale", "le Comité directeur": the meeting or board that every society has.
        if (last == first + 1 && head is "assemblée" or "assemblee" or "comité" or "comite" && MeetingQualifiers.Contains(words[last].Lower)) return true;
        // "le Conseil d'administration", "le Conseil de direction": every company has one.
        return last == first + 2 && head is "conseil" or "comité" or "comite" && words[first + 1].Lower is "d" or "de" && BoardComplements.Contains(words[last].Lower);
    }

    private static readonly WordSet MeetingQualifiers = new("générale annuelle extraordinaire ordinaire directeur constitutive");

    private static readonly WordSet BoardComplements = new("administration direction surveillance fondation gestion");
}
