using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    // AddAll sums eight labels as vectors and the ninth alone: a compile error (division by zero) if the count changes.
    private const int NineLabels = 1 / (NerLabels.Count == 9 ? 1 : 0);

    private readonly Entry[] _entries;
    private readonly ulong _capacity;

    // One bit per hashed key of the model (a one-hash Bloom filter, at least eight bits per feature: a few hundred KB that
    // stay in the L2 cache). Most of a token's contextual features (rare word pairs) are not in the model: the filter turns
    // away about nine in ten of those before their probe reads a random line of the megabytes-large table. It never turns
    // away a key the model has, so the sums are unchanged.
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    /// <summary>A word's intrinsic score (see <see cref="NerFeatures.ExtractIntrinsic"/>), immutable once made.</summary>
    private sealed class IntrinsicSums(ulong key, int[] sums)
    {
        public readonly ulong Key = key;
        public readonly int[] Sums = sums;
    }

    // Direct-mapped cache of intrinsic scores: the same few thousand words make up most of any text, and their dozen
    // intrinsic lookups become one. Slots are replaced whole (a reference write), so threads share it without locks;
    // a slot holds another word's sums only under a different key, which is checked.
    private const int IntrinsicSlotBits = 15;
    private readonly IntrinsicSums?[] _intrinsic = new IntrinsicSums?[1 << IntrinsicSlotBits];

    /// <summary>What a word's clusters add to the scores of the tokens two before to two after it (4 positions × 9 labels).</summary>
    private sealed class NeighbourSums(uint key, int[] sums)
    {
        public readonly uint Key = key;
        public readonly int[] Sums = sums;
    }

    // Direct-mapped like the intrinsic cache, keyed by the word's packed clusters (a few tens of thousands of values): the
    // neighbours' cluster features (8 hashed lookups per token) become four cached additions.
    private const int NeighbourSlotBits = 13;
    private readonly NeighbourSums?[] _neighbours = new NeighbourSums?[1 << NeighbourSlotBits];

    public int Count { get; }
    /// <summary>The weight of one quantisation step: a summed score times <see cref="Scale"/> is the model's score.</summary>
    public float Scale { get; }

    private readonly int _clusterMask;

    /// <param name="clusterMask">The model's word-cluster features (<see cref="NerModel.ClusterMask"/>), read with the intrinsic ones.</param>
    public NerWeightTable(IReadOnlyDictionary<ulong, LabelWeights> weights, int clusterMask = 0)
    {
        _clusterMask = clusterMask;
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
        int filterBits = Math.Max(12, System.Numerics.BitOperations.Log2((uint)Math.Max(1, weights.Count) * 8u - 1) + 1);
        _filter = new ulong[1 << (filterBits - 6)];
        _filterShift = 64 - filterBits;
        foreach (var key in weights.Keys) _filter[FilterBitOf(key) >> 6] |= 1UL << FilterBitOf(key);
    }

    // Multiply-shift over the low half of the key for the slot; the high half is the fingerprint (0 marks an empty slot).
    private int SlotOf(ulong key) => (int)(((key & 0xFFFFFFFFUL) * _capacity) >> 32);

    // Some bits of the key (hashes: any bits are uniform); which ones does not change the odds that an absent key passes.
    private int FilterBitOf(ulong key) => (int)((key << 16) >> _filterShift);

    private static uint FingerprintOf(ulong key) => (uint)(key >> 32) is var f && f != 0 ? f : 1;

    /// <summary>Adds the quantised weights of <paramref name="key"/> (if the model knows it) to <paramref name="scores"/>.</summary>
    public void AddTo(ulong key, Span<int> scores) => AddAll([key], scores);

    /// <summary>
    /// Adds the weights of every key to <paramref name="scores"/>. The table is megabytes and a token's keys land on as many
    /// random cache lines, so each key's slot is first read in a pass with no dependency between the reads: the CPU
    /// overlaps those misses instead of waiting for each in turn during the probes. The slots found in that pass serve the
    /// probes, and the nine sums stay in registers (eight labels as two vectors of 32-bit integers widened from one 16-byte
    /// load, the ninth alone) until the end: integer sums, so the order of additions changes nothing.
    /// </summary>
    public void AddAll(ReadOnlySpan<ulong> keys, Span<int> scores)
    {
        if (scores.Length < NerLabels.Count) throw new ArgumentException("one score per label", nameof(scores));
        var entries = _entries;
        int capacity = entries.Length;
        Span<int> slots = keys.Length <= 64 ? stackalloc int[keys.Length] : new int[keys.Length];
        Span<uint> fingerprints = keys.Length <= 64 ? stackalloc uint[keys.Length] : new uint[keys.Length];
        var filter = _filter;
        uint touched = 0;
        int kept = 0;
        foreach (var key in keys)
        {
            int bit = FilterBitOf(key);
            if ((filter[bit >> 6] & (1UL << bit)) == 0) continue;
            int s = SlotOf(key);
            slots[kept] = s;
            fingerprints[kept++] = FingerprintOf(key);
            touched ^= entries[s].Fingerprint;
        }
        // Used, so that the reads are not optimised away; written almost never, so threads do not fight over the line.
        if (touched == 1) _touched++;
        var low = Vector128<int>.Zero;
        var high = Vector128<int>.Zero;
        int last = 0;
        for (int k = 0; k < kept; k++)
        {
            uint fingerprint = fingerprints[k];
            int slot = slots[k];
            while (true)
            {
                ref readonly var e = ref entries[slot];
                if (e.Fingerprint == fingerprint)
                {
                    ref short first = ref Unsafe.As<QuantisedWeights, short>(ref Unsafe.AsRef(in e.Weights));
                    var w = Vector128.LoadUnsafe(ref first);
                    var (lo, hi) = Vector128.Widen(w);
                    low += lo;
                    high += hi;
                    last += Unsafe.Add(ref first, NerLabels.Count - 1);
                    break;
                }
                if (e.Fingerprint == 0) break;
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
        }
        ref int s0 = ref MemoryMarshal.GetReference(scores);
        (Vector128.LoadUnsafe(ref s0) + low).StoreUnsafe(ref s0);
        (Vector128.LoadUnsafe(ref s0, 4) + high).StoreUnsafe(ref s0, 4);
        Unsafe.Add(ref s0, NerLabels.Count - 1) += last;
    }

    private uint _touched;

    /// <summary>
    /// Adds to <paramref name="scores"/> the weights of the cluster features of a neighbour with clusters
    /// <paramref name="clusters"/> at <paramref name="position"/> (0, 1, 3, 4: two before … two after; 0 clusters for a
    /// sentence boundary): the same sums as <see cref="NerFeatures.AddClusters"/>'s features looked up one by one.
    /// </summary>
    public void AddNeighbourClusters(uint clusters, int position, Span<int> scores, List<ulong> scratch)
    {
        uint key = clusters & ~WordClusters.Resolved;
        ref var slot = ref _neighbours[(int)((key * 2654435761u) >> (32 - NeighbourSlotBits))];
        var cached = Volatile.Read(ref slot);
        if (cached is null || cached.Key != key)
        {
            var sums = new int[4 * NerLabels.Count];
            for (int p = 0; p < 4; p++)
            {
                scratch.Clear();
                NerFeatures.AddClusters(scratch, _clusterMask, p < 2 ? p : p + 1, key);
                AddAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch), sums.AsSpan(p * NerLabels.Count, NerLabels.Count));
            }
            cached = new NeighbourSums(key, sums);
            Volatile.Write(ref slot, cached);
        }
        var s = cached.Sums.AsSpan((position < 2 ? position : position - 1) * NerLabels.Count, NerLabels.Count);
        for (int l = 0; l < NerLabels.Count; l++) scores[l] += s[l];
    }

    /// <summary>Adds the summed weights of the token's intrinsic features to <paramref name="scores"/>, from the cache when
    /// the same word with the same flags was scored before. <paramref name="scratch"/> is a reusable feature buffer.</summary>
    public void AddIntrinsic(string text, in TokenInfo token, Span<int> scores, List<ulong> scratch)
    {
        ulong key = NerFeatures.IntrinsicKey(token);
        ref var slot = ref _intrinsic[(int)(key >> (64 - IntrinsicSlotBits))];
        var cached = Volatile.Read(ref slot);
        if (cached is null || cached.Key != key)
        {
            scratch.Clear();
            NerFeatures.ExtractIntrinsic(text, token, scratch, _clusterMask);
            var sums = new int[NerLabels.Count];
            AddAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch), sums);
            cached = new IntrinsicSums(key, sums);
            Volatile.Write(ref slot, cached);
        }
        var s = cached.Sums;
        for (int l = 0; l < NerLabels.Count; l++) scores[l] += s[l];
    }
}
