namespace Recoupe.Stories.Features;

/// <summary>
/// FNV-1a over a word's chars, 64 bits: computed once per token while tokenising, it keys the stem cache and
/// the sets of words a text uses, deterministically across runs (string hashes are randomised per process).
/// </summary>
internal static class WordHash
{
    public static ulong Of(ReadOnlySpan<char> word)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in word) h = (h ^ c) * 1099511628211UL;
        return h;
    }
}
