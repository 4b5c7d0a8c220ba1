using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>What kind of words a candidate source is.</summary>
internal enum SourceKind
{
    Person, Organization, Place, OtherEntity,
    /// <summary>"il", "elle", "he", "she", the pronoun of "a-t-il", "selon lui".</summary>
    Pronoun,
    /// <summary>"ils", "elles", "they".</summary>
    PluralPronoun,
    /// <summary>"on", "we", "nous".</summary>
    GenericPronoun,
    /// <summary>"who", "which" right after a name: the name it follows ("X, who said"). (French "qui" lost unnamed quotations in cross-validation.)</summary>
    Relative,
    /// <summary>"it" as the subject of a speech verb ("it said"): an organisation.</summary>
    NeuterPronoun,
    /// <summary>"I" as a speech verb's subject: the writer quoting himself (only with <see cref="QuoteFeatureSwitches.CueSubjects"/>).</summary>
    FirstPerson,
    /// <summary>"le ministre", "the senator", "la présidence", "ce dernier".</summary>
    Description,
    /// <summary>"un responsable américain", "a senior official", "des manifestants", "officials".</summary>
    IndefiniteDescription,
    /// <summary>Nobody in the text: the quotation stays without a source.</summary>
    Nobody,
}

/// <summary>Who the words of a candidate stand for.</summary>
internal enum ReadingKind
{
    /// <summary>A name: the entity itself.</summary>
    Self,
    /// <summary>A pronoun or description read as a named entity mentioned elsewhere (<see cref="SourceCandidate.Speaker"/>).</summary>
    Antecedent,
    /// <summary>A body described with its complement, itself the institution's name ("le parquet de Paris").</summary>
    Institution,
    /// <summary>Nobody named: "un responsable", "ils", "on", or no source at all.</summary>
    Unnamed,
}

/// <summary>
/// A candidate source of one quotation: its words, their kind, and one reading of who they stand for — a pronoun or
/// a description comes as several candidates, one per entity it may refer to (<see cref="Option"/>: 0 for the
/// resolver's first choice) and one unnamed. <see cref="FirstToken"/>/<see cref="LastToken"/> index the document's
/// tokens (-1 for Nobody).
/// </summary>
internal readonly record struct SourceCandidate(SourceKind Kind, TextSpan Span, int FirstToken, int LastToken, EntityMention? Entity, Gender Gender, bool Plural)
{
    public static SourceCandidate Nobody { get; } = new(SourceKind.Nobody, default, -1, -1, null, Gender.Unknown, false) { Reading = ReadingKind.Unnamed };

    public ReadingKind Reading { get; init; }
    /// <summary>The named entity the words stand for (the entity itself for a name); null when unnamed.</summary>
    public EntityMention? Speaker { get; init; }
    /// <summary>The rank of this reading among the words' readings (0: first choice).</summary>
    public int Option { get; init; }
    /// <summary>The reading's evidence: the antecedent carries the title the description uses ("le ministre" → a minister).</summary>
    public bool RoleMatch { get; init; }
    /// <summary>The reading is the last quotation's speaker, carried on (not found by the nearest-antecedent search).</summary>
    public bool Carried { get; init; }
    /// <summary>The reading is the author of a writing or the body of a description ("un rapport de X" → X).</summary>
    public bool Authored { get; init; }
    /// <summary>An institution reading's name when it stands elsewhere: an earlier fuller description of the body ("la commission" → "commission des finances du Sénat").</summary>
    public TextSpan? NameSpan { get; init; }
    /// <summary>The words are a people noun describing the source ("le Suédois", "les Autrichiens"; <see cref="DemonymDescriptions"/>).</summary>
    public bool Demonym { get; init; }
    /// <summary>The first reading of these words (position features count words once, not readings).</summary>
    public bool FirstReading { get; init; }

    public bool IsEntity => Kind is SourceKind.Person or SourceKind.Organization or SourceKind.Place or SourceKind.OtherEntity;
}
