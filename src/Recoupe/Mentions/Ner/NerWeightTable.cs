namespace Recoupe.Mentions.Ner;

/// <summary>
/// The weights of one model for one annotation convention, keyed by feature hash: an open-addressing table whose
/// entries hold the key and its nine weights together (one cache miss per feature at tagging time). Immutable once built.
/// </summary>
public sealed class NerWeightTable
{
    private struct Entry
    {
        public ulong Key;
        public LabelWeights Weights;
    }

    private readonly Entry[] _entries;
    private readonly int _mask;

    public int Count { get; }

    public NerWeightTable(IReadOnlyDictionary<ulong, LabelWeights> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2) capacity <<= 1;
        _entries = new Entry[capacity];
        _mask = capacity - 1;
        foreach (var (key, w) in weights)
        {
            if (key == 0) throw new ArgumentException("feature hash 0 is reserved for empty slots");
            int slot = (int)(key & (ulong)_mask);
            while (_entries[slot].Key != 0) slot = (slot + 1) & _mask;
            _entries[slot].Key = key;
            _entries[slot].Weights = w;
        }
        Count = weights.Count;
    }

    /// <summary>Adds the weights of <paramref name="key"/> (if the model knows it) to <paramref name="scores"/>.</summary>
    public void AddTo(ulong key, Span<float> scores)
    {
        int slot = (int)(key & (ulong)_mask);
        while (true)
        {
            ref readonly var e = ref _entries[slot];
            if (e.Key == key)
            {
                ReadOnlySpan<float> w = e.Weights;
                for (int l = 0; l < NerLabels.Count; l++) scores[l] += w[l];
                return;
            }
            if (e.Key == 0) return;
            slot = (slot + 1) & _mask;
        }
    }
}
