namespace Recoupe.Language;

/// <summary>
/// The invariant lower case of a character from a table computed once, instead of a call into ICU for every non-ASCII
/// character (accented French words: a tenth of the annotate pass in traces went to TextInfo.ChangeCase). The table is
/// built with <see cref="char.ToLowerInvariant(char)"/> itself, so every answer is the one it gives; a surrogate maps
/// to itself there, as it does one character at a time.
/// </summary>
public static class InvariantCase
{
    private static readonly char[] Lower = Build();

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    /// <summary><see cref="char.ToLowerInvariant(char)"/>, from the table.</summary>
    public static char ToLower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : Lower[c];

    /// <summary>
    /// <see cref="MemoryExtensions.ToLowerInvariant(ReadOnlySpan{char}, Span{char})"/> into a destination as long as the
    /// source. False when the text holds a surrogate (a character outside the Basic Multilingual Plane is lowered as a
    /// pair, not one character at a time): the caller then asks the span method.
    /// </summary>
    public static bool TryToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        var table = Lower;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (char.IsSurrogate(c)) return false;
            destination[i] = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : table[c];
        }
        return true;
    }
}
