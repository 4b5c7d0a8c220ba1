namespace Recoupe.Dedup;

/// <summary>The named settings of <see cref="NearDuplicateIndex"/>.</summary>
public sealed record DuplicateIndexOptions
{
    public static readonly DuplicateIndexOptions Default = new();

    /// <summary>Words per shingle: 3 survives light rewording better than 5 and still tells articles of one story apart.</summary>
    public int ShingleWords { get; init; } = 3;
    /// <summary>
    /// Estimated Jaccard similarity of word shingles from which a text is a copy. Articles of one story written
    /// separately share under 0.2 (seeds: at most 0.10); syndicated copies with a changed lead stay above 0.5.
    /// </summary>
    public double CopyThreshold { get; init; } = 0.45;
    /// <summary>LSH bands × rows per band = MinHash values per text; 20 × 3 finds a pair at Jaccard 0.45 with probability 0.85, at 0.6 with 0.99.</summary>
    public int Bands { get; init; } = 20;
    public int RowsPerBand { get; init; } = 3;
    /// <summary>Texts remembered at most; the oldest are forgotten first (bounded memory).</summary>
    public int Capacity { get; init; } = 50_000;
    /// <summary>Texts with fewer shingles than this are compared only by exact content.</summary>
    public int MinShingles { get; init; } = 8;
    /// <summary>Characters read per text (bounded time on hostile input).</summary>
    public int MaxTextChars { get; init; } = 40_000;
}
