namespace Recoupe.Mentions.Lexicon;

/// <summary>Words that make a capitalised name an organisation: institution heads ("Conseil", "Ministry") and legal/media suffixes.</summary>
public static class OrganizationCues
{
    /// <summary>Heads of French-style names that go on in lower case: "Comité de vigilance portuaire", "Organisation mondiale de la santé".</summary>
    public static readonly WordSet Heads = new(
        "conseil ministère secrétariat parti agence université commission organisation organisme groupe comité fondation institut " +
        "association banque cour tribunal assemblée sénat parlement gouvernement armée police gendarmerie fédération union " +
        "syndicat compagnie société entreprise office bureau département service centre académie école lycée collège " +
        "église ligue front mouvement alliance club chambre cabinet préfecture mairie direction état-major marine " +
        "garde brigade régiment division cour-suprême fonds observatoire orchestre théâtre musée hôpital clinique " +
        "hôtel écurie brasserie firme équipe fabrique usine action entente maison caisse crédit comptoir " +
        "council ministry party agency university commission organization organisation group committee foundation " +
        "institute association bank court assembly senate parliament government army police federation union " +
        "company corporation department office bureau service center centre academy school college church league " +
        "movement alliance club chamber cabinet board authority network fund museum hospital navy command");

    /// <summary>Last words of company and media names: "Ironclad Group", "New York Times", "Acme Inc".</summary>
    public static readonly WordSet Suffixes = new(
        "group groupe inc corp corporation ltd llc plc co sa sas sarl gmbh ag nv bv spa ab asa " +
        "times journal news post press presse tribune herald gazette telegraph courier courrier dépêche express " +
        "observer guardian magazine monde figaro libération temps matin soir radio tv television télévision " +
        "agency partners holdings international airlines airways motors bank house office theater theatre");

    /// <summary>
    /// Words that end company names whatever comes before them, place words included ("Baltic Oil", "Hartwell Brothers",
    /// "Brentwood Capital Corp"): legal forms and the trades that name firms.
    /// </summary>
    public static readonly WordSet CompanySuffixes = new(
        "inc corp corporation ltd llc plc sa sas sarl gmbh ag nv bv spa cie bros brothers oil petroleum motors steel " +
        "chemical chemicals electric industries trust securities insurance bancorp airlines airways holdings partners");

    /// <summary>Abbreviated legal forms that keep their period in the name: "Brentwood Capital Corp.", "Acme Inc.".</summary>
    public static bool IsAbbreviatedLegalForm(string lower) => lower is "corp" or "inc" or "ltd" or "co" or "bros" or "cie";

    /// <summary>
    /// Whether a lower-case word right before a name is the institution word of that name ("la société Acme", "l'agence
    /// Reuter", "l'équipe Kelme"). Some heads are ordinary nouns in lower case ("par action Toymakers", "le front
    /// Atlantique", "la maison Dior" aside): they count only capitalised, inside the name.
    /// </summary>
    public static bool IsLowerCaseHead(string lower)
    {
        if (PressHeads.Contains(lower)) return true;
        if (NotLowerCaseHeads.Contains(lower)) return false;
        if (Heads.Contains(lower) || Suffixes.Contains(lower)) return true;
        // "les firmes d'investissement X", "aux usines X": plural heads.
        return lower.Length > 4 && lower[^1] is 's' or 'x' && Heads.Contains(lower.AsSpan(0, lower.Length - 1)) && !NotLowerCaseHeads.Contains(lower.AsSpan(0, lower.Length - 1));
    }

    /// <summary>
    /// Nouns that name what a newspaper or magazine is ("le journal russe Izvestia", "the daily Asahi"): the name after
    /// them is the title of a medium, an organisation for us (HIPE's scorer maps it to its media type), never a person
    /// whom "selon" or "according to" would make a speaker.
    /// </summary>
    public static readonly WordSet PressHeads = new(
        "journal journaux quotidien quotidiens hebdomadaire hebdomadaires magazine magazines mensuel bimensuel revue " +
        "newspaper newspapers daily tabloid weekly broadsheet");

    private static readonly WordSet NotLowerCaseHeads = new(
        "action entente front mouvement alliance union ligue marine garde division direction service maison caisse crédit " +
        "office bureau centre center cour house post times news press journal monde temps matin soir express");

    /// <summary>
    /// Acronyms that French writes for common nouns ("deux OPA", "la TVA", "le PIB"): no entity, whatever their capitals.
    /// </summary>
    public static bool IsCommonNounAcronym(string name) => CommonNounAcronyms.Contains(name);

    private static readonly WordSet CommonNounAcronyms = new(
        "opa ope tva pib pnb hlm smic rer tgv pdg cdd cdi pme pmi qg sdf vih sida ogm ivg rmi rsa cv ovni " +
        "gps sms tnt adn ttc ht km kg");

    /// <summary>Metonymic seats of power and institutions typically preceded by "le"/"la": kept generic by requiring an article (see recognizer).</summary>
    public static readonly WordSet PlaceCueHeads = new(
        "rue avenue boulevard place quai pont mont lac fleuve rivière île golfe mer océan cap port canton " +
        "ville commune village localité hameau bourg cité arrondissement vallée col massif " +
        "république royaume province région comté district vallée désert forêt baie détroit " +
        "street avenue road river lake mount island gulf sea ocean cape republic kingdom county valley bay strait");

    /// <summary>News and photo agencies, named alone in bylines and datelines: "(Havas)", "selon Reuters", "(AFP)".</summary>
    public static bool IsNewsAgency(string name) => NewsAgencies.Contains(name);

    private static readonly WordSet NewsAgencies = new(
        "havas reuter reuters afp ats sda apa ansa dpa efe upi tass itar-tass ria interfax xinhua kyodo yonhap belga anp " +
        "keystone sipa gamma magnum getty associated-press bloomberg");
}
