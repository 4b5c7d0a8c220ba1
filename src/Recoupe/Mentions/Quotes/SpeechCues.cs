using Recoupe.Mentions.Lexicon;

namespace Recoupe.Mentions.Quotes;

/// <summary>
/// Verbs and phrases that introduce or close reported speech, French and English, in the forms news
/// writing uses (participles after "a", present, gerund, inverted "a-t-elle ajouté", "dit-il").
/// </summary>
public static class SpeechCues
{
    private static readonly WordSet Verbs = new(
        // French participles (after a/avait/ont) and 3rd-person presents, gerunds
        "déclaré déclare déclarait déclarant ajouté ajoute ajoutait ajoutant affirmé affirme affirmait affirmant " +
        "indiqué indique indiquait indiquant souligné souligne soulignait soulignant précisé précise précisait précisant " +
        "estimé estime estimait estimant expliqué explique expliquait expliquant annoncé annonce annonçait annonçant " +
        "averti avertit prévenu prévient assuré assure assurait assurant confirmé confirme confirmait noté notait " +
        "répondu répond répondait réagi réagit insisté insiste rappelé rappelle rappelait poursuivi poursuit " +
        "martelé martèle lancé lançait dit disait disant écrit écrivait révélé révèle dénoncé dénonce jugé " +
        "déploré déplore admis admet reconnu reconnaît rapporté rapporte commenté commente relevé observé " +
        "tweeté promis promet menacé prévenu interrogé raconté raconte confié confie plaidé plaide exhorté " +
        "insistant soutenu soutient martelant fait-savoir signalé signale avancé argué argumenté regretté regrette " +
        "salué salue accusé accuse démenti dément nié nie mis-en-garde alerté déclarent affirment estiment " +
        "indiquent ajoutent soulignent précisent expliquent assurent " +
        // English
        "said says say told tells added adds stated states warned warns noted notes explained explains asked asks " +
        "replied replies wrote writes claimed claims insisted insists argued argues announced announces tweeted " +
        "declared declares adding saying telling noting warning explaining stressed stresses emphasized emphasised " +
        "acknowledged admitted confirmed confirms denied denies responded responds urged urges recalled suggested " +
        "continued concluded observed remarked commented reported reports posted according");

    /// <summary>Whether the (lower-case) word is a speech verb form.</summary>
    public static bool IsCueWord(string lower) => Verbs.Contains(lower);

    // Verb forms that are also common nouns ("la note", "le juge"): speech cues only right before "que".
    private static readonly WordSet VerbsBeforeQue = new("juge note lance menace avance observe relève conclut conclu alerte salue répète constate");

    /// <summary>A speech verb when "que"/"that" follows it: the cue words plus the ambiguous noun-like forms.</summary>
    public static bool IsCueWordBeforeQue(string lower) => Verbs.Contains(lower) || VerbsBeforeQue.Contains(lower);

    /// <summary>"selon", "d'après", "according (to)": the speaker follows.</summary>
    public static bool IsAccordingTo(string lower) => lower is "selon" or "according";

    /// <summary>
    /// An inverted speech verb with its subject pronoun in one token: "a-t-elle", "dit-il", "ajoute-t-il", "estime-t-elle".
    /// Returns the pronoun ("il", "elle", "ils", "elles", "on") or null.
    /// </summary>
    public static string? InvertedPronoun(string lower)
    {
        int dash = lower.LastIndexOf('-');
        if (dash <= 0) return null;
        var pronoun = lower.AsSpan(dash + 1);
        return pronoun switch
        {
            "il" => "il",
            "elle" => "elle",
            "ils" => "ils",
            "elles" => "elles",
            "on" => "on",
            _ => null,
        };
    }

    /// <summary>Auxiliaries that sit between the subject and the participle: "a déclaré", "avait ajouté", "has said".</summary>
    public static bool IsAuxiliary(string lower) => lower is "a" or "avait" or "ont" or "avaient" or "aurait" or "auraient" or "va" or "vient" or "venait"
        or "has" or "had" or "have" or "was" or "is" or "would" or "will" or "also" or "aussi" or "encore" or "pour" or "sa" or "part" or "déjà" or "ensuite" or "toutefois" or "cependant" or "également" or "notamment" or "alors" or "then" or "later" or "further" or "told" or "ne" or "n" or "pas" or "not";
}
