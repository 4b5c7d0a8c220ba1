namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// Ministry and portfolio words that are capitalised common nouns inside a function ("ministre de la Défense",
/// "secrétaire d'État", "ministre de l'Intérieur", "Defense Secretary", "Home Office"): used only right after a
/// title or a ministry head, never on their own, so "la Défense" (the Paris district) and "Justice" elsewhere keep
/// their ordinary treatment.
/// </summary>
public static class PortfolioWords
{
    private static readonly WordSet Words = new(
        "défense armées armée guerre marine intérieur justice santé économie finances budget comptes affaires " +
        "état etat travail emploi éducation instruction enseignement recherche culture cultes agriculture environnement " +
        "écologie énergie industrie commerce transports transport logement sports jeunesse famille familles solidarité " +
        "solidarités territoires outre-mer colonies postes télégraphes télécommunications numérique fonction relations " +
        "coopération francophonie immigration intégration retraites handicap cohésion transition sécurité renseignement " +
        "défense-nationale travaux anciens-combattants mer tourisme étrangères étrangers extérieures " +
        "defense defence interior state treasury home foreign health commerce energy education labor labour agriculture " +
        "transportation homeland veterans trade finance environment war navy exchequer housing");

    /// <summary>Whether the (any case) word names a ministry portfolio when it follows a title.</summary>
    public static bool IsPortfolio(string word) => Words.Contains(word);

    /// <summary>Lower-case heads of a ministry that, with their portfolio, make an organisation: "ministère des Affaires étrangères".</summary>
    public static bool IsMinistryHead(string lower) => MinistryHeads.Contains(lower);

    private static readonly WordSet MinistryHeads = new("ministère ministères département secrétariat ministry department");
}
