using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Cleaning;

/// <summary>
/// What one extraction strategy (plain-text cleaner, HTML extractor) found, before hints are applied
/// and the paragraphs are joined into the article text.
/// </summary>
public sealed record ExtractedContent
{
    public ImmutableArray<string> Paragraphs { get; init; } = [];
    public ImmutableArray<Removal> Removed { get; init; } = [];
    public string? Title { get; init; }
    public DateStamp? Published { get; init; }
    public string? Author { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Language { get; init; }
}
