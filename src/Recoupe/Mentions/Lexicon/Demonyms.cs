namespace Recoupe.Mentions.Lexicon;

/// <summary>
/// Plural names of peoples ("les Français", "des Autrichiens", "aux Allemands"): capitalised in French but common
/// nouns, not entities. Read from the shape (a plural determiner, then a demonym ending) so any nationality or
/// regional people is covered; plural place names ("les Vosges", "les Grisons", "les Pyrénées") do not have these endings.
/// </summary>
public static class Demonyms
{
    private static readonly WordSet PluralDeterminers = new("les des aux ces nos vos leurs quelques plusieurs deux trois quatre cinq mille");

    private static readonly string[] PluralEndings =
    [
        "ais", "aises", "ois", "oises", "ains", "aines", "iens", "iennes", "éens", "éennes", "ands", "andes",
        "ols", "oles", "ites", "iotes", "ards", "ins", "ines", "ots", "otes", "ans", "anes", "isses", "ques", "ecs", "urcs",
    ];

    private static readonly string[] SingularEndings = ["ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", "éen", "éenne", "ol", "ole", "ande", "iote"];

    /// <summary>"l'Américain", "le Neuchâtelois", "l'Espagnole": a people noun in the singular (the gazetteer is asked first).</summary>
    public static bool IsSingularDemonym(string lower)
    {
        if (lower.Length < 5) return false;
        foreach (var e in SingularEndings)
            if (lower.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether a lone capitalised word after the (lower-case) word before it reads as a plural people noun.</summary>
    public static bool IsPluralDemonym(string lower, string previousLower)
    {
        if (!PluralDeterminers.Contains(previousLower) || lower.Length < 5) return false;
        foreach (var e in PluralEndings)
            if (lower.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }

    // Peoples whose singular has none of the regular endings: "le Belge Van den Brande", "l'Allemand Uwe Peschel".
    private static readonly WordSet IrregularSingulars = new(
        "allemand allemande belge suisse russe tchèque slovaque croate serbe slovène grec grecque turc turque britannique " +
        "helvète basque flamand flamande normand normande arabe kurde afghan afghane danois danoise");

    /// <summary>
    /// "le Belge Hendryck Van den Brande", "l'Allemand Uwe Peschel": a capitalised people noun after a definite article,
    /// right before a person's name, says who the person is (a descriptor, not part of the name). A first name is never one
    /// ("Adrienne", "Julien" end like demonyms).
    /// </summary>
    public static bool IsPeopleNounBeforeName(string lower) =>
        IrregularSingulars.Contains(lower) || IsSingularDemonym(lower) && !Gazetteers.GivenNames.IsGivenName(lower);
}
