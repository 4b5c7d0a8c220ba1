using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>How firmly a claim is made: as a fact, as a possibility ("pourrait", "aurait", "may"), or as something expected ("devrait", "sera", "will").</summary>
internal enum ClaimModality { Asserted, Possible, Expected }

/// <summary>
/// Who a claim comes from, when the sentence says so: a quoted or reported speaker, or a "selon X" / "according to X" source.
/// <see cref="Key"/> identifies the origin across articles ("e12" for a resolved entity, "s:name" for a speaker known by name only,
/// "t:stems" for a source named in words, "selon un bilan officiel").
/// </summary>
internal sealed record Attribution(string Key, string Name);

/// <summary>
/// A sentence read as a claim: what is said (the predicate: event classes, paraphrase families and content stems of the unit),
/// about whom (actors: people and organisations, not the speaker and not names inside a role), where (places), which figures
/// and dates, whether it is negated, how firmly (modality), and who says it (attribution). Two sentences support each other only
/// when these slots agree; they conflict only when the frame is the same and one slot differs.
/// </summary>
internal sealed class ClaimFrame
{
    public required int Unit { get; init; }
    /// <summary>Resolved person and organisation entities the claim is about, ascending.</summary>
    public required int[] Actors { get; init; }
    /// <summary>
    /// Everyone the sentence involves: its actors and the entity it is attributed to. Outlets differ on whether they quote a
    /// person or report what the person did ("X a déclaré que…" / "selon X…"), so participants, not actors, tell whether two
    /// sentences are about the same people.
    /// </summary>
    public int[] Participants { get; init; } = [];
    /// <summary>The actor named first in the sentence (most often its subject), or -1.</summary>
    public int FirstActor { get; init; } = -1;
    /// <summary>Resolved place entities, ascending.</summary>
    public required int[] Places { get; init; }
    public required ImmutableArray<Quantity> Quantities { get; init; }
    /// <summary>Calendar dates (TIMEX3 values with a year or an unknown "XXXX" year) that the sentence gives.</summary>
    public required ImmutableArray<TimeMention> Dates { get; init; }
    /// <summary>The sentence negates or denies something (somewhere: <see cref="NegatedTerms"/> says what).</summary>
    public required bool Negated { get; init; }
    /// <summary>Term ids of the words a negation or a denial bears on, ascending: what the sentence says is not so.</summary>
    public int[] NegatedTerms { get; init; } = [];
    public required ClaimModality Modality { get; init; }
    public Attribution? Attribution { get; init; }
    /// <summary>"un autre séisme", "again": the sentence tells of another occurrence of an event.</summary>
    public required bool AnotherOccurrence { get; init; }
    /// <summary>The day the article was published, the claim's reference time when the sentence gives none; null when unknown.</summary>
    public DateStamp? Reported { get; init; }
    /// <summary>Whether the claim tells of something done or something to come (<see cref="TimeOrientation"/>).</summary>
    public Orientation Orientation { get; init; }
    /// <summary>The words it quotes verbatim (<see cref="QuotedWords"/>), sorted; empty when it quotes nothing.</summary>
    public string[] Quoted { get; init; } = [];
    /// <summary>A sentence that states something (a predicate with participants, figures or enough content), not a question or a fragment.</summary>
    public required bool IsClaim { get; init; }
}
