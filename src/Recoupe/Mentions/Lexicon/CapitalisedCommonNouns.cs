namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// Common nouns that French writes with a capital by convention when they mean the abstract institution or the
/// period: "les Etats", "l'Empire", "la Constitution", "la Révolution", "la Restauration". Alone they name no particular
/// organisation or place (a complement makes them one: "Empire ottoman", handled by the run itself). "l'Etat" alone is
/// left out on purpose: annotation conventions disagree (an organisation in Europeana, nothing in HIPE-2020).
/// </summary>
public static class CapitalisedCommonNouns
{
    private static readonly WordSet Words = new(
        "états etats empire constitution révolution revolution restauration monarchie couronne nation patrie " +
        "providence réforme reforme renaissance régence regence directoire terreur exposition");

    /// <summary>Whether a lone capitalised word is one of these conventional capitals.</summary>
    public static bool Contains(string lower) => Words.Contains(lower);
}
