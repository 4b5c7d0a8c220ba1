namespace Recoupe.Language;

/// <summary>
/// The lower-case form of a word of a text, one string per distinct form rather than one per occurrence: words repeat
/// (Zipf), and a string allocated for every token was most of what reading a document allocated (26 KiB of the quote
/// stage's document per seed article). A direct-mapped cache: a slot per hash of the lower-case characters, which holds
/// the last form seen there. It needs no lock (a slot is one reference, replaced whole; a reader checks the characters
/// before it takes the string), and its size bounds its memory however many new words a stream brings. A collision only
/// costs an allocation: the answer is always a string equal to the lower-cased word.
/// </summary>
public static class LowerForms
{
    private const int Bits = 15; // 32,768 slots: 256 KiB of references, the strings of at most as many forms
    private const int MaxCached = 32; // longer "words" (URLs, runs of digits) rarely repeat
    private static readonly string?[] Slots = new string?[1 << Bits];

    /// <summary>The invariant lower-case form of <paramref name="word"/>, as a string shared with its other occurrences.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return string.Empty;
        if (word.Length > MaxCached) return Lower(word);
        // Already lower-case ASCII (most words): look the text itself up, no copy.
        if (IsPlainLower(word)) return Lookup(word);
        Span<char> lower = stackalloc char[MaxCached];
        lower = lower[..word.Length];
        if (!InvariantCase.TryToLower(word, lower)) word.ToLowerInvariant(lower);
        return Lookup(lower);
    }

    private static bool IsPlainLower(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (c is >= 'A' and <= 'Z' || c >= 128) return false;
        return true;
    }

    private static string Lookup(ReadOnlySpan<char> lower)
    {
        ref var slot = ref Slots[Fnv1a.Slot(Fnv1a.Of(lower), Bits)];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && lower.SequenceEqual(cached)) return cached;
        var s = lower.ToString();
        Volatile.Write(ref slot, s);
        return s;
    }

    private static string Lower(ReadOnlySpan<char> word) =>
        string.Create(word.Length, word, static (destination, w) => w.ToLowerInvariant(destination));
}
