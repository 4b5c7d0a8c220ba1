namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// Nouns that can head the description of a source when nobody is named: people by their function or group
/// ("un responsable américain", "les manifestants", "a senior official", "voters"), and bodies or writings that
/// speak ("le communiqué", "the report", "la présidence"). Titles (<see cref="TitleWords"/>) count too. Read with
/// the plural mark stripped ("officials", "manifestants").
/// </summary>
public static class SourceNouns
{
    private static readonly WordSet Words = new(
        // French: people
        "responsable source proche entourage manifestant habitant témoin militant syndicaliste élu opposant partisan " +
        "victime famille enquêteur policier gendarme médecin spécialiste observateur commentateur économiste chercheur internaute " +
        "utilisateur spectateur supporter fan salarié employé ouvrier étudiant élève parent voisin riverain touriste passant " +
        "officiel fonctionnaire magistrat candidat candidate otage détenu prisonnier soldat militaire agriculteur commerçant " +
        "habitante militante victime proche collaborateur collaboratrice membre dirigeant dirigeante négociateur interlocuteur " +
        "homme femme personne gens auteur autrice sénateurs sondé " +
        // French: bodies and writings
        "document rapport communiqué texte lettre note courrier message étude sondage enquête décret arrêt jugement avis " +
        "déclaration entretien site journal quotidien hebdomadaire magazine agence chaîne radio télévision gouvernement " +
        "ministère présidence parquet police armée commission comité direction inspection fédération association parti " +
        "groupe collectif organisation syndicat majorité opposition cabinet équipe camp état-major tribunal cour conseil " +
        "mouvement régime exécutif municipalité mairie préfecture ambassade " +
        // English: people
        "official source aide staffer strategist operative observer critic supporter opponent protester demonstrator voter " +
        "resident witness lawmaker legislator candidate nominee member employee worker student father mother wife husband " +
        "son daughter friend neighbor neighbour veteran activist fan attendee delegate donor scientist officer agent " +
        "insider person people man woman pollster consultant aide-de-camp backer rival critic insider participant commentator pundit " +
        // English: bodies and writings
        "campaign committee report statement memo document letter poll survey study lawsuit complaint ruling ad " +
        "advertisement website newspaper paper network agency department administration government ministry group " +
        "organization organisation union party coalition firm company court council board office team spokesperson");

    /// <summary>Whether the lower-case word (plural or not) heads a source description. Remembered per word (it runs on every word near a quotation; up to five lookups).</summary>
    public static bool Contains(string lower) => Answers.Find(lower) ?? Answers.Remember(lower, Ask(lower));

    private static readonly WordAnswers Answers = new();

    private static bool Ask(string lower)
    {
        if (Words.Contains(lower) || TitleWords.IsTitle(lower.AsSpan())) return true;
        if (lower.Length > 3 && lower[^1] is 's' or 'x')
        {
            var singular = lower.AsSpan(0, lower.Length - 1);
            if (Words.Contains(singular) || TitleWords.IsTitle(singular)) return true;
        }
        if (lower.Length <= 4 || !lower.EndsWith("ies", StringComparison.Ordinal)) return false;
        Span<char> y = stackalloc char[lower.Length - 2];
        lower.AsSpan(0, lower.Length - 3).CopyTo(y);
        y[^1] = 'y';
        return Words.Contains(y);
    }

    private static readonly WordSet Bodies = new(
        "gouvernement ministère présidence parquet police armée commission comité direction inspection fédération association " +
        "parti groupe collectif organisation syndicat cabinet équipe état-major tribunal cour conseil mouvement régime exécutif " +
        "municipalité mairie préfecture ambassade agence chaîne radio télévision journal quotidien hebdomadaire magazine site " +
        "campaign committee department administration government ministry agency court council board office union party " +
        "coalition company firm organization organisation network newspaper team group");
    private static readonly WordSet Writings = new(
        "document rapport communiqué texte lettre note courrier message étude sondage enquête décret arrêt jugement avis déclaration " +
        "report statement memo letter poll survey study lawsuit complaint ruling ad advertisement");

    /// <summary>A body that speaks as one ("le parquet", "the campaign"): with its complement, the name of an institution.</summary>
    public static bool IsBody(string lower) => Bodies.Contains(lower);

    /// <summary>A writing that speaks for its author ("le rapport de l'Inspection", "a statement from the campaign").</summary>
    public static bool IsWriting(string lower) => Writings.Contains(lower);

    /// <summary>Plural shape: "officials", "manifestants", "les" before.</summary>
    public static bool LooksPlural(string lower) => lower.Length > 3 && lower[^1] is 's' or 'x' && lower is not ("pays" or "corps" or "press" or "fils" or "campus");
}
