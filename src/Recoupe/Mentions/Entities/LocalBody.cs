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
    public static bool IsGeneric(Word[] words, int first, int last) =>
        last == first + 1 && words[first].Lower is "conseil" && Qualifiers.Contains(words[last].Lower);
}
