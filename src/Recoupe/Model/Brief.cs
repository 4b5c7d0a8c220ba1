using System.Collections.Immutable;

namespace Recoupe.Model;

/// <summary>Where a statement comes from: an article and a character span of its text.</summary>
public sealed record SourceSpan(long ArticleId, int Start, int End);

public sealed record BriefArticle(long Id, string? Outlet, string? Title, string? Published, string Language, string Input, long? CopyOf);

public sealed record SummarySentence(string Text, ImmutableArray<SourceSpan> Sources);

/// <summary>A statement made by several articles; <see cref="IndependentSources"/> counts copies and one wire origin once.</summary>
public sealed record Fact(string Statement, ImmutableArray<SourceSpan> Sources, int IndependentSources);

public sealed record Claim(string Value, ImmutableArray<SourceSpan> Sources);

/// <summary>Aligned statements that disagree (a date, number, place, person, outcome, or a quotation's words).</summary>
public sealed record Conflict(string About, ImmutableArray<Claim> Claims, string Kind = "value");

public sealed record BriefQuote(string Speaker, string? Role, string Text, ImmutableArray<SourceSpan> Sources, int Outlets = 1);

public sealed record BriefEntity(string Name, string Type, ImmutableArray<string> Variants, int Mentions, string? Role = null);

public sealed record TimelineEvent(string Date, string Precision, string Text, ImmutableArray<SourceSpan> Sources);

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
    ImmutableArray<TimelineEvent> Timeline);
