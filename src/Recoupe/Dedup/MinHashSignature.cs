using System.Runtime.Intrinsics;

namespace Recoupe.Dedup;

/// <summary>
/// MinHash of a shingle set (Broder 1997): for each of k hash functions the smallest value over the
/// shingles. The share of equal positions in two signatures estimates the Jaccard similarity of the sets.
/// LSH banding (bands × rows) finds pairs at similarity s with probability 1 − (1 − s^rows)^bands:
/// with 20 × 3 that is 0.87 at s = 0.45, 0.99 at 0.6, and 0.15 at 0.2.
/// </summary>
internal static class MinHashSignature
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private static readonly ulong[] Seeds = CreateSeeds(256);
    private static readonly Vector256<ulong>[] SeedVectors = CreateSeedVectors(Seeds);

    public static uint[] Of(List<ulong> shingles, int size)
    {
        if (size > Seeds.Length) throw new ArgumentOutOfRangeException(nameof(size));
        if (Vector256.IsHardwareAccelerated) return OfVectorized(shingles, size);
        var signature = new uint[size];
        Array.Fill(signature, uint.MaxValue);
        foreach (var s in shingles)
        {
            for (int k = 0; k < size; k++)
            {
                // One multiply-xor per function; the high 32 bits of a mixed product behave as a random permutation.
                uint v = (uint)(((s ^ Seeds[k]) * Multiplier) >> 32);
                if (v < signature[k]) signature[k] = v;
            }
        }
        return signature;
    }

    /// <summary>
    /// The same values as the scalar loop, four hash functions per instruction: the signature is most of the
    /// near-duplicate check's time (60 functions × every shingle of the text).
    /// </summary>
    private static uint[] OfVectorized(List<ulong> shingles, int size)
    {
        int chunks = (size + 3) / 4;
        Span<Vector256<ulong>> mins = stackalloc Vector256<ulong>[chunks];
        mins.Fill(Vector256.Create((ulong)uint.MaxValue));
        var seeds = SeedVectors;
        var multiplier = Vector256.Create(Multiplier);
        foreach (var s in shingles)
        {
            var shingle = Vector256.Create(s);
            for (int c = 0; c < chunks; c++)
                mins[c] = Vector256.Min(mins[c], Vector256.ShiftRightLogical((shingle ^ seeds[c]) * multiplier, 32));
        }
        var signature = new uint[size];
        for (int k = 0; k < size; k++) signature[k] = (uint)mins[k / 4].GetElement(k % 4);
        return signature;
    }

    private static Vector256<ulong>[] CreateSeedVectors(ulong[] seeds)
    {
        var vectors = new Vector256<ulong>[seeds.Length / 4];
        for (int c = 0; c < vectors.Length; c++) vectors[c] = Vector256.Create(seeds[4 * c], seeds[4 * c + 1], seeds[4 * c + 2], seeds[4 * c + 3]);
        return vectors;
    }

    public static double Similarity(uint[] a, uint[] b)
    {
        int equal = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) equal++;
        return (double)equal / a.Length;
    }

    public static ulong BandKey(uint[] signature, int band, int rows)
    {
        ulong h = (ulong)(band + 1) * 0x9E3779B97F4A7C15UL;
        for (int r = 0; r < rows; r++) h = Shingles.Mix(h ^ signature[band * rows + r]);
        return h;
    }

    private static ulong[] CreateSeeds(int n)
    {
        var seeds = new ulong[n];
        ulong x = 0x5EED0FDEADBEEF01UL;
        for (int i = 0; i < n; i++) seeds[i] = x = Shingles.Mix(x + 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
