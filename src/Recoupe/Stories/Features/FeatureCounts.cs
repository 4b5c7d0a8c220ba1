using System.Runtime.InteropServices;

namespace Recoupe.Stories.Features;

/// <summary>
/// Weighted counts of one article's feature keys. Keys can be added as spans (names and numbers are built in
/// a buffer): a string is made only the first time a key occurs in the article, not on every occurrence.
/// </summary>
internal sealed class FeatureCounts : IFeatureSink
{
    private readonly Dictionary<string, float> _counts = new(256, StringComparer.Ordinal);
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    [ThreadStatic] private static FeatureCounts? _forThread;

    public FeatureCounts() => _bySpan = _counts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>This thread's instance, emptied: an article's counts are copied out into its profile at once.</summary>
    public static FeatureCounts ForThread()
    {
        var counts = _forThread ??= new FeatureCounts();
        if (counts._counts.Count > 50_000) counts = _forThread = new FeatureCounts(); // do not keep a hostile text's table
        counts._counts.Clear();
        return counts;
    }

    public int Count => _counts.Count;
    public Dictionary<string, float> Entries => _counts;

    public bool Contains(string key) => _counts.ContainsKey(key);

    public bool Contains(ReadOnlySpan<char> key) => _bySpan.ContainsKey(key);

    public void AddStem(ReadOnlySpan<char> lowerWord, ulong wordHash, string language, float weight) =>
        Add(StemKeys.For(lowerWord, wordHash, language), weight);

    public void Add(string key, float weight) => CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _) += weight;

    public void Add(ReadOnlySpan<char> key, float weight) => CollectionsMarshal.GetValueRefOrAddDefault(_bySpan, key, out _) += weight;
}
