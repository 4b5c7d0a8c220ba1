using System.Collections.Immutable;

namespace Recoupe.Model;

/// <summary>Where a statement comes from: an article and a character span of its text.</summary>
public sealed record SourceSpan(long ArticleId, int Start, int End);

/// <param name="Published">The publication date the article's metadata gives, null when it gives none.</param>
public sealed record BriefArticle(long Id, string? Outlet, string? Title, string? Published, string Language, string Input, long? CopyOf)
{
    /// <summary>The article's date: <see cref="Published"/>, else the one inferred from its text or arrival (null: none).</summary>
    public string? Date { get; init; }
    /// <summary>Where <see cref="Date"/> comes from: "metadata", "dateline", "text" or "ingested" (null when no date).</summary>
    public string? DateSource { get; init; }
}

public sealed record SummarySentence(string Text, ImmutableArray<SourceSpan> Sources);

/// <summary>
/// A statement made by several articles; <see cref="IndependentSources"/> counts copies, one wire origin and one attributed
/// origin once (the count of <see cref="SourceGroups"/>).
/// </summary>
public sealed record Fact(string Statement, ImmutableArray<SourceSpan> Sources, int IndependentSources)
{
    /// <summary>The statement read as a claim: predicate, actors, figures, dates, place, polarity, modality.</summary>
    public ClaimFrameView? Frame { get; init; }
    /// <summary>Who every cited sentence attributes the claim to ("selon X", a quoted speaker); null when some state it on their own.</summary>
    public string? AttributedTo { get; init; }
    /// <summary>The independent sources behind the fact: each the articles that trace back to one origin.</summary>
    public ImmutableArray<SourceGroup> SourceGroups { get; init; } = [];
    /// <summary>The conflict (its <see cref="Conflict.About"/>) in which other outlets give another value for this statement; null when undisputed.</summary>
    public string? DisputedBy { get; init; }
}

/// <summary>Articles that count as one source: copies of one dispatch, one credited agency, or one attributed origin.</summary>
/// <param name="Origin">What they trace back to: an agency ("AFP"), a speaker or source ("Marianne Holtby"), an article ("#3"), or an outlet.</param>
/// <param name="Reason">"own reporting", "copy", "agency credit", "shared wording" or "attributed".</param>
public sealed record SourceGroup(string Origin, string Reason, ImmutableArray<long> ArticleIds);

/// <summary>A figure of a claim, as written and normalised: "15,5 milliards d'euros" → 1.55e10 EUR; what it counts when the text says.</summary>
public sealed record ClaimValue(string Text, string Normalised, double Low, double High, string Unit, string Bound, string? Counts);

/// <summary>A claim's frame as shown in a brief (names and values, not ids).</summary>
public sealed record ClaimFrameView(
    string Predicate,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Places,
    ImmutableArray<ClaimValue> Values,
    ImmutableArray<string> Dates,
    string Polarity,
    string Modality,
    string? AttributedTo);

public sealed record Claim(string Value, ImmutableArray<SourceSpan> Sources)
{
    /// <summary>When the value was reported (the articles' publication, ISO); for updates, the claims are in this order.</summary>
    public string? Date { get; init; }
}

/// <summary>
/// Aligned statements that disagree (a date, number, place, person, outcome, or a quotation's words). <see cref="Kind"/>: "value"
/// (a disagreement on one slot of one claim at one reference time), "quote-wording" (one speaker's words reported differently),
/// or "update" (a figure that evolved between reports of different times: its claims are dated, oldest first — not a disagreement).
/// </summary>
public sealed record Conflict(string About, ImmutableArray<Claim> Claims, string Kind = "value")
{
    /// <summary>The slot that differs: "date", "figure" or "wording".</summary>
    public string? Differs { get; init; }
}

/// <summary>Articles of the story that trace back to one origin (a copy chain, a credited agency, shared wording), as the brief counts them.</summary>
public sealed record OriginGroup(string Origin, string Reason, ImmutableArray<long> ArticleIds, ImmutableArray<string> Outlets);

public sealed record BriefQuote(string Speaker, string? Role, string Text, ImmutableArray<SourceSpan> Sources, int Outlets = 1)
{
    /// <summary>Reported speech in the outlets' own words ("the paper reported that …"), not a quotation: renderings give it
    /// without quotation marks. True only when every article carrying it reports it so.</summary>
    public bool Indirect { get; init; }
}

/// <summary>An entity of the story: its name, type, the names it was written with, its mention count and role.</summary>
public sealed record BriefEntity(string Name, string Type, ImmutableArray<string> Variants, int Mentions, string? Role = null)
{
    /// <summary>Quotations of the story this entity speaks.</summary>
    public int Quotes { get; init; }
    /// <summary>
    /// For a capital written where its country acts ("Moscou a démenti"): the country whose government it stood for.
    /// The capital stays a place of its own; this is the metonymic link, not a merge.
    /// </summary>
    public string? StandsFor { get; init; }
}

public sealed record TimelineEvent(string Date, string Precision, string Text, ImmutableArray<SourceSpan> Sources)
{
    /// <summary>The date as a reader says it ("12 septembre 2023", "November 2022"), in the language of the article telling it.</summary>
    public string? Label { get; init; }

    /// <summary>The event lies after the article telling it, which announces it: a plan, not something that happened.</summary>
    public bool Planned { get; init; }
}

/// <summary>The cross-checked brief of a story (the `recoupe story --format json` contract).</summary>
public sealed record Brief(
    long Id,
    string Title,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    ImmutableArray<BriefArticle> Articles,
    ImmutableArray<SummarySentence> Summary,
    ImmutableArray<Fact> Facts,
    ImmutableArray<Conflict> Conflicts,
    ImmutableArray<BriefQuote> Quotes,
    ImmutableArray<BriefEntity> Entities,
    ImmutableArray<TimelineEvent> Timeline)
{
    /// <summary>Groups of articles that count as one source because they trace back to one origin (only groups of two or more, or a credited agency).</summary>
    public ImmutableArray<OriginGroup> Origins { get; init; } = [];
}
