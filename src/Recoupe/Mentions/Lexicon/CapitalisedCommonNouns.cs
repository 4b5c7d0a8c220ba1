namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// Common nouns that French writes with a capital by convention when they mean the abstract institution or the
/// period: "les Etats", "l'Empire", "la Constitution", "la Révolution", "la Restauration". Alone they name no particular
/// organisation or place (a complement makes them one: "Empire ottoman", handled by the run itself). "l'Etat" alone is
/// the state in general, no particular body: HIPE-2020 leaves it unannotated (Europeana marks it org; HIPE is our
/// reference convention, and a complement still makes one: "Conseil d'Etat", "Etat de Vaud").
/// </summary>
public static class CapitalisedCommonNouns
{
    private static readonly WordSet Words = new(
        "états etats empire constitution révolution revolution restauration monarchie couronne nation patrie " +
        "etat providence réforme reforme renaissance régence regence directoire terreur exposition " +
        // feasts: "à Noël", "les fêtes du Carnaval" are times, not places
        "noël noel pâques paques pentecôte pentecote toussaint ascension carnaval");

    /// <summary>Whether a lone capitalised word is one of these conventional capitals.</summary>
    public static bool Contains(string lower) => Words.Contains(lower);
}
