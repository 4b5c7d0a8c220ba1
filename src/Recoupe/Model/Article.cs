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
    /// <summary>The publication date the input's metadata gives (null when it gives none): the only date story placement reads.</summary>
    public DateStamp? Published { get; init; }
    /// <summary>
    /// For an article without <see cref="Published"/>: the date inferred for it (from its dateline, the dates its text
    /// mentions, or when it was received), with where it came from in <see cref="InferredFrom"/>; null otherwise.
    /// </summary>
    public DateStamp? InferredDate { get; init; }
    public DateSource? InferredFrom { get; init; }
    public string? Author { get; init; }
    public string? Outlet { get; init; }
    /// <summary>ISO 639-1 code ("fr", "en"…), or "und" when undetermined.</summary>
    public string Language { get; init; } = "und";
    public required string Text { get; init; }
    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];
    public ImmutableArray<Removal> Removed { get; init; } = [];
    /// <summary>The id of the earlier article this one is a near-duplicate (syndicated copy) of.</summary>
    public long? CopyOf { get; init; }

    /// <summary>The article's date: its publication date, else the inferred one (see <see cref="DateSource"/>).</summary>
    public DateStamp? Date => Published ?? InferredDate;

    /// <summary>Where <see cref="Date"/> comes from; null when the article has no date at all.</summary>
    public DateSource? DateSource => Published is not null ? Model.DateSource.Metadata : InferredDate is null ? null : InferredFrom;

    public IEnumerable<string> ParagraphTexts() => Paragraphs.Select(p => p.Of(Text));
}
