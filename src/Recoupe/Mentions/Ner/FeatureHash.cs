namespace Recoupe.Mentions.Ner;

/// <summary>
/// 64-bit hashes of feature strings computed straight from the text (no string is built per feature): FNV-1a over the
/// characters, finished and combined with SplitMix64's mixer so that conjunctions of two hashes stay well spread.
/// A collision between two of the model's ~10^6 features has odds of about 10^-7: it is ignored.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> chars, bool lowerCase = false)
    {
        ulong h = Offset;
        foreach (var c in chars)
        {
            // Lowered from a table: char.ToLowerInvariant goes through TextInfo (ICU) for every non-ASCII character
            // (a tenth of the token view's time in traces). The result is the same for every character.
            char x = lowerCase ? Recoupe.Language.InvariantCase.ToLower(c) : c;
            h = (h ^ x) * Prime;
        }
        return Mix(h);
    }

    public static ulong Of(string s) => Of(s.AsSpan());

    /// <summary>The feature "template <paramref name="template"/> has value <paramref name="value"/>".</summary>
    public static ulong Feature(int template, ulong value) => Mix(value ^ ((ulong)(uint)(template + 1) * 0x9E3779B97F4A7C15UL));

    public static ulong Feature(int template, ulong a, ulong b) => Mix(Feature(template, a) ^ (b * 0xC2B2AE3D27D4EB4FUL));

    public static ulong Feature(int template, ulong a, ulong b, ulong c) => Mix(Feature(template, a, b) ^ (c * 0x165667B19E3779F9UL));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
