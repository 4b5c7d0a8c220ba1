using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// First-order Viterbi over the nine BIO labels, with the BIO constraint built in (an I-T only after B-T or I-T, never
/// first). Emission scores come in as a flat [token × label] array; transitions as [previous × label] plus start scores.
/// </summary>
public static class ViterbiDecoder
{
    private const int L = NerLabels.Count;

    // Per-thread lattices, grown to the longest sentence seen: a fresh (zeroed) buffer per sentence cost more than the
    // decoding itself. Every cell read is written first, so stale contents never matter.
    [ThreadStatic] private static float[]? t_score;
    [ThreadStatic] private static byte[]? t_back;

    /// <summary>Tests only: decode with the scalar loop, the reference the vector path must match label for label.</summary>
    [ThreadStatic] internal static bool ForceScalar;

    public static void Decode(ReadOnlySpan<float> emissions, int length, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> labels)
    {
        if (length == 0) return;
        int cells = length * L;
        var scoreArray = t_score is { } s && s.Length >= cells ? s : t_score = new float[Math.Max(cells, 1024)];
        var backArray = t_back is { } b && b.Length >= cells ? b : t_back = new byte[Math.Max(cells, 1024)];
        var score = scoreArray.AsSpan(0, cells);
        var back = backArray.AsSpan(0, cells);
        // Transitions by label then previous label, so that the previous labels of one label are one vector load.
        bool vector = Vector256.IsHardwareAccelerated && !ForceScalar;
        Span<float> transposed = stackalloc float[L * L];
        for (int p = 0; p < L; p++)
            for (int y = 0; y < L; y++) transposed[y * L + p] = transitions[p * L + y];
        for (int y = 0; y < L; y++)
            score[y] = NerLabels.IsInside(y) ? float.NegativeInfinity : start[y] + emissions[y];
        for (int i = 1; i < length; i++)
        {
            int row = i * L, prevRow = row - L;
            var previous = score.Slice(prevRow, L);
            // O and B-T may follow any label.
            if (vector) BestFromAny(previous, transposed, emissions.Slice(row, L), score.Slice(row, L), back.Slice(row, L));
            else
                for (int y = 0; y < L; y += y == 0 ? 1 : 2)
                {
                    float best = float.NegativeInfinity;
                    int arg = 0;
                    for (int p = 0; p < L; p++)
                    {
                        float v = previous[p] + transitions[p * L + y];
                        if (v > best) { best = v; arg = p; }
                    }
                    score[row + y] = best + emissions[row + y];
                    back[row + y] = (byte)arg;
                }
            // I-T only after B-T (y - 1) or I-T (y).
            for (int y = 2; y < L; y += 2)
            {
                float fromBegin = previous[y - 1] + transitions[(y - 1) * L + y], fromInside = previous[y] + transitions[y * L + y];
                bool inside = fromInside > fromBegin;
                score[row + y] = (inside ? fromInside : fromBegin) + emissions[row + y];
                back[row + y] = (byte)(inside ? y : y - 1);
            }
        }
        int last = (length - 1) * L, label = 0;
        float top = float.NegativeInfinity;
        for (int y = 0; y < L; y++)
            if (score[last + y] > top) { top = score[last + y]; label = y; }
        for (int i = length - 1; i >= 0; i--)
        {
            labels[i] = label;
            label = back[i * L + label];
        }
    }

    /// <summary>
    /// For O and each B-T: the best previous label (the first of equals, as the scalar loop's strict comparison picks) and
    /// its score, over previous labels 0-7 as one vector and label 8 alone. The sums are the scalar loop's sums, and the
    /// score kept is the winning sum itself, so results are bit for bit the scalar loop's.
    /// </summary>
    private static void BestFromAny(ReadOnlySpan<float> previous, ReadOnlySpan<float> transposed, ReadOnlySpan<float> emissions, Span<float> score, Span<byte> back)
    {
        ref float prev = ref MemoryMarshal.GetReference(previous);
        var low = Vector256.LoadUnsafe(ref prev);
        float last = Unsafe.Add(ref prev, L - 1);
        ref float t = ref MemoryMarshal.GetReference(transposed);
        for (int y = 0; y < L; y += y == 0 ? 1 : 2)
        {
            var v = low + Vector256.LoadUnsafe(ref t, (nuint)(y * L));
            float v8 = last + Unsafe.Add(ref t, y * L + L - 1);
            var half = Vector128.Max(v.GetLower(), v.GetUpper());
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
            half = Vector128.Max(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
            float top = Math.Max(half.ToScalar(), v8);
            uint equal = Vector256.Equals(v, Vector256.Create(top)).ExtractMostSignificantBits();
            int arg;
            float best;
            if (equal != 0) { arg = System.Numerics.BitOperations.TrailingZeroCount(equal); best = v.GetElement(arg); }
            else if (v8 == top) { arg = L - 1; best = v8; }
            else { arg = 0; best = float.NegativeInfinity; } // only with NaN sums, which scores never hold
            score[y] = best + emissions[y];
            back[y] = (byte)arg;
        }
    }
}
