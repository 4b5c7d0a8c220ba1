namespace Recoupe.Mentions.Quotes;

/// <summary>
/// Feature groups of the quote speaker ranker that are tried but not shipped: off by default, turned on by
/// `recoupe train quotes` options for cross-validation. A model trained with one on must be scored with it on.
/// </summary>
public static class QuoteFeatureSwitches
{
    /// <summary>
    /// The unnamed-source cues (Attribution/UnnamedSourceCues; issue 13, session 10): off, cross-validation did not
    /// adopt them (models/README.md). `--unnamed-cues`.
    /// </summary>
    public static bool UnnamedCues { get; set; }

    /// <summary>
    /// A bare body description ("la commission") also read as the fuller name written before it ("commission des
    /// finances du Sénat"), with the features of institution readings (ChainResolver, InstitutionNames; issue 13, session 11).
    /// Off: French tuning folds 195 → 206/325, but French held-back 108 → 103/184 and English held-back 1342 → 1339/1602
    /// (models/README.md). `--institution-names`.
    /// </summary>
    public static bool EarlierInstitutionNames { get; set; }

    /// <summary>
    /// The opinion cues: "Pour X, «…»" and "X qui a déclaré «…»" (OpinionCues; issue 13, session 11). Off: French
    /// tuning folds unchanged at 195/325. `--opinion-cues`.
    /// </summary>
    public static bool OpinionCues { get; set; }

    /// <summary>
    /// The last speaker going on (issue 13, session 11): a carried reading's distance counted from the last quotation,
    /// not from the name's mention, and the last speaker of a quotation that opens its paragraph with no cue. Off: French
    /// tuning folds 195 → 194/325. `--continued-speaker`.
    /// </summary>
    public static bool ContinuedSpeaker { get; set; }

    /// <summary>
    /// The author of a speech noun: "les propos de X «…»", "l'appel à «…» de X" (OpinionCues; issue 13, session 11).
    /// Off: French tuning folds unchanged at 195/325. `--speech-nouns`.
    /// </summary>
    public static bool SpeechNouns { get; set; }

    /// <summary>
    /// More subjects of a speech verb as candidates (issue 13, session 12; English errors read on the tuning part): a
    /// "who" that is a cue's subject after any noun phrase, not only right after a name ("X, a spokesman for Y, who added
    /// that …": its antecedent is the nearest person or organisation before it in its sentence, else it stays unnamed),
    /// and a first-person "I" that is a cue's subject (a writer quoting himself: "“…,” I said"). `--cue-subjects`.
    /// Off: English tuning folds 2974 → 2982/3579 alone, 3011 → 3020 with English trees; that setting's held-back parts
    /// went English 1342 → 1350/1602 but French 108 → 105/184 (models/README.md).
    /// </summary>
    public static bool CueSubjects { get; set; }

    /// <summary>
    /// People nouns as descriptions of sources (issue 13, session 13; French errors read on the tuning part): "», a ajouté
    /// le Suédois", "l'Allemande a répondu", "un Espagnol", "les Autrichiens" are candidates of their own, not places or
    /// names (Attribution/DemonymDescriptions): a singular definite one reads as the person the text calls by that people,
    /// or a person named before it of its gender, or the last speaker; indefinite and plural ones stay unnamed.
    /// `--demonym-sources`.
    /// </summary>
    public static bool DemonymSources { get; set; }

    /// <summary>
    /// Writings' authors (issue 13, session 14; French errors read on the tuning part): a writing's author is the name in
    /// its complement even past its modifiers and when the recogniser found no entity there ("un rapport interne de
    /// l'Office régional des Transports": that name, as an institution reading), and a writing taken up by another
    /// writing noun ("le document", "la note") speaks for the last author named so (Attribution/WritingAuthors); an
    /// author the recogniser missed weighs as one it found. Off: French tuning folds 193 → 204/325 (against the same
    /// code without it), English held-back 1342 → 1344/1602, but French held-back 108 → 104/184 (models/README.md).
    /// `--writing-authors`.
    /// </summary>
    public static bool WritingAuthors { get; set; }

    /// <summary>
    /// The likely subject of the clause holding the quotation (issue 13, session 15; French errors read on the tuning
    /// part): the first words of its sentence before it that no preposition introduces and no other candidate holds,
    /// whatever the verb (Attribution/ClauseSubjects). `--clause-subjects`. Off: tuning folds French 197 → 197/325, English
    /// 2971 → 2974/3579; with `--subordinate-pronouns` 198 and 2979, but English held-back 1342 → 1335/1602 (models/README.md).
    /// </summary>
    public static bool ClauseSubjects { get; set; }

    /// <summary>
    /// A subject pronoun opening a subordinate clause ("qu'il", "lorsqu'elle", "that he"; issue 13, session 15) as a
    /// feature (Attribution/ClauseSubjects). `--subordinate-pronouns`. Off: tuning folds French 197 → 198/325, English
    /// 2971 → 2975/3579; not adopted with `--clause-subjects` (above).
    /// </summary>
    public static bool SubordinatePronouns { get; set; }

    /// <summary>
    /// Indefinite pronouns as unnamed source candidates where they likely speak ("l'un d'eux", "d'autres", "someone",
    /// "others"; Attribution/IndefiniteSources; issue 13, session 15). `--indefinite-sources`. Off: tuning folds French
    /// 197 → 196/325, English 2971 → 2973/3579 (models/README.md).
    /// </summary>
    public static bool IndefiniteSources { get; set; }
}
