namespace Recoupe.Mentions.Ner;

/// <summary>
/// Word classes learned from unlabelled text (see Training/BrownClustering): each known lower-case word maps to its
/// path in a binary merge tree (bits, low bit first) and the path's length. Prefixes of the path are coarser classes.
/// </summary>
public sealed class WordClusters(IReadOnlyDictionary<ulong, (ulong Path, int Length)> paths)
{
    public int Count => paths.Count;

    public bool TryGet(ulong lowerHash, out ulong path, out int length)
    {
        if (paths.TryGetValue(lowerHash, out var p)) { (path, length) = p; return true; }
        (path, length) = (0, 0);
        return false;
    }

    public IEnumerable<KeyValuePair<ulong, (ulong Path, int Length)>> Entries => paths;
}
