namespace Recoupe.Mentions.Ner;

/// <summary>Hashes of a token's written form that the intrinsic features read: its collapsed shape and its affixes.</summary>
public static class TokenForm
{
    /// <summary>"Xxxx" -> "Xx", "1996-08-22" -> "d-d-d", "U.S." -> "X.X.": character classes with runs collapsed.</summary>
    public static ulong ShapeHash(ReadOnlySpan<char> s)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0;
        char last = '\0';
        foreach (var c in s)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (k == last) continue;
            last = k;
            if (n == buffer.Length) break;
            buffer[n++] = k;
        }
        return FeatureHash.Of(buffer[..n]);
    }

    /// <summary>A lower-cased prefix hash, or 0 when the word is not longer than the affix (the whole word is already a feature).</summary>
    public static ulong Prefix(ReadOnlySpan<char> word, int length) =>
        word.Length <= length ? 0 : FeatureHash.Of(word[..length], lowerCase: true) + (ulong)length;

    /// <summary>A lower-cased suffix hash, or 0 when the word is not longer than the affix.</summary>
    public static ulong Suffix(ReadOnlySpan<char> word, int length) =>
        word.Length <= length ? 0 : FeatureHash.Of(word[^length..], lowerCase: true) + (ulong)length;
}
