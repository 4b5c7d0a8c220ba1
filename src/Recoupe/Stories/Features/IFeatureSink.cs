namespace Recoupe.Stories.Features;

/// <summary>
/// Where <see cref="ProfileExtractor"/> counts an article's features. Keys arrive as spans (and stems as the
/// lower-case word with its <see cref="WordHash"/>), so a sink can count them without making a string per token:
/// <see cref="FeatureCounts"/> counts them under their key strings (the public <see cref="ArticleProfile"/>); the
/// story assigner's <see cref="Recoupe.Stories.TermCounts"/> counts them straight under its interned terms.
/// </summary>
internal interface IFeatureSink
{
    /// <summary>Counts the stem feature of a lower-case content word of <paramref name="language"/>.</summary>
    void AddStem(ReadOnlySpan<char> lowerWord, ulong wordHash, string language, float weight);

    /// <summary>Counts a name or number feature under its full key ("n|…", "d|…").</summary>
    void Add(ReadOnlySpan<char> key, float weight);

    /// <summary>Whether the article counted the (name or number) key already.</summary>
    bool Contains(ReadOnlySpan<char> key);
}
