namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// Numbers the features of the training data. Features seen fewer than the minimum count are left out: they cannot
/// be learned reliably and only grow the model. Held-back data maps through the same index (unknown features: none).
/// </summary>
public sealed class FeatureIndex
{
    private readonly Dictionary<FeatureKey, int> _counts = new();
    private Dictionary<FeatureKey, int>? _index;
    private FeatureKey[] _keys = [];

    public int Count => _keys.Length;
    public FeatureKey KeyOf(int index) => _keys[index];

    public void Observe(ulong hash, byte convention)
    {
        var key = new FeatureKey(hash, convention);
        _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    /// <summary>Freezes the index: features seen at least <paramref name="minCount"/> times get numbers, in a deterministic order.</summary>
    public void Freeze(int minCount)
    {
        _keys = _counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key)
            .OrderBy(k => k.Hash).ThenBy(k => k.Convention).ToArray();
        _index = new Dictionary<FeatureKey, int>(_keys.Length);
        for (int i = 0; i < _keys.Length; i++) _index[_keys[i]] = i;
    }

    public int IndexOf(ulong hash, byte convention) =>
        _index!.TryGetValue(new FeatureKey(hash, convention), out var i) ? i : -1;
}
