using System.Collections.Immutable;

namespace Recoupe.Model;

/// <summary>
/// A cleaned article: the main text once, and everything else as spans into it.
/// <see cref="Id"/> is 0 until the store assigns one.
/// </summary>
public sealed record Article
{
    public long Id { get; init; }
    public required string Input { get; init; }
    public required string ContentHash { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Title { get; init; }
    public DateStamp? Published { get; init; }
    public string? Author { get; init; }
    public string? Outlet { get; init; }
    /// <summary>ISO 639-1 code ("fr", "en"…), or "und" when undetermined.</summary>
    public string Language { get; init; } = "und";
    public required string Text { get; init; }
    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];
    public ImmutableArray<Removal> Removed { get; init; } = [];
    /// <summary>The id of the earlier article this one is a near-duplicate (syndicated copy) of.</summary>
    public long? CopyOf { get; init; }

    public IEnumerable<string> ParagraphTexts() => Paragraphs.Select(p => p.Of(Text));
}
