using System.Runtime.CompilerServices;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// The weights of one model for one annotation convention, keyed by feature hash, built for the tagger's inner loop:
/// an open-addressing table (load 0.7, linear probing) whose 24-byte entries hold a 32-bit fingerprint of the key and the
/// nine weights quantised to 16 bits, so that a feature costs one cache line and the whole table of a few hundred
/// thousand features stays small. Scores are summed as integers and scaled once per token. Immutable once built.
/// A wrong match needs two features with the same 32-bit fingerprint on one probe chain: odds about 10^-9 per lookup.
/// </summary>
public sealed class NerWeightTable
{
    [InlineArray(NerLabels.Count)]
    private struct QuantisedWeights
    {
        private short _first;
    }

    private struct Entry
    {
        public uint Fingerprint;
        public QuantisedWeights Weights;
    }

    private readonly Entry[] _entries;
    private readonly ulong _capacity;

    public int Count { get; }
    /// <summary>The weight of one quantisation step: a summed score times <see cref="Scale"/> is the model's score.</summary>
    public float Scale { get; }

    public NerWeightTable(IReadOnlyDictionary<ulong, LabelWeights> weights)
    {
        float max = 0;
        foreach (var w in weights.Values)
        {
            ReadOnlySpan<float> ws = w;
            foreach (var x in ws) max = Math.Max(max, Math.Abs(x));
        }
        Scale = max == 0 ? 1 : max / short.MaxValue;
        int capacity = Math.Max(16, (int)(weights.Count / 0.7) + 1);
        _entries = new Entry[capacity];
        _capacity = (ulong)capacity;
        foreach (var (key, w) in weights)
        {
            int slot = SlotOf(key);
            while (_entries[slot].Fingerprint != 0) slot = slot + 1 == capacity ? 0 : slot + 1;
            _entries[slot].Fingerprint = FingerprintOf(key);
            ReadOnlySpan<float> ws = w;
            for (int l = 0; l < NerLabels.Count; l++) _entries[slot].Weights[l] = (short)Math.Round(ws[l] / Scale);
        }
        Count = weights.Count;
    }

    // Multiply-shift over the low half of the key for the slot; the high half is the fingerprint (0 marks an empty slot).
    private int SlotOf(ulong key) => (int)(((key & 0xFFFFFFFFUL) * _capacity) >> 32);

    private static uint FingerprintOf(ulong key) => (uint)(key >> 32) is var f && f != 0 ? f : 1;

    /// <summary>Adds the quantised weights of <paramref name="key"/> (if the model knows it) to <paramref name="scores"/>.</summary>
    public void AddTo(ulong key, Span<int> scores)
    {
        uint fingerprint = FingerprintOf(key);
        int slot = SlotOf(key), capacity = _entries.Length;
        var entries = _entries;
        while (true)
        {
            ref readonly var e = ref entries[slot];
            if (e.Fingerprint == fingerprint)
            {
                ReadOnlySpan<short> w = e.Weights;
                for (int l = 0; l < NerLabels.Count; l++) scores[l] += w[l];
                return;
            }
            if (e.Fingerprint == 0) return;
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
    }
}
