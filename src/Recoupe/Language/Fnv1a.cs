namespace Recoupe.Language;

/// <summary>
/// FNV-1a over UTF-16 code units: stable across runs, machines and .NET versions (string.GetHashCode is not), and cheap on
/// the short words it mostly hashes. <see cref="Slot"/> folds a hash onto a power-of-two table of direct-mapped slots.
/// </summary>
public static class Fnv1a
{
    public const uint Offset = 2166136261;
    public const uint Prime = 16777619;

    public static uint Of(ReadOnlySpan<char> text)
    {
        uint h = Offset;
        foreach (char c in text) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>The slot of <paramref name="hash"/> in a table of 2^<paramref name="bits"/> slots (high bits folded in).</summary>
    public static int Slot(uint hash, int bits) => (int)((hash ^ (hash >> bits)) & ((1u << bits) - 1));
}
