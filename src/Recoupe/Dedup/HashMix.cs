namespace Recoupe.Dedup;

/// <summary>The SplitMix64 finaliser: spreads the bits of a 64-bit value (for MinHash permutations and hash keys).</summary>
public static class HashMix
{
    public static ulong Spread(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
