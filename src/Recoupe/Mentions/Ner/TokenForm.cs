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

    /// <summary>The marks of a word cut across a line and joined again: the OCR hyphenation sign "¬" and the soft hyphen.</summary>
    public static bool IsLineBreakHyphen(char c) => c is '¬' or '\u00AD';

    /// <summary>
    /// The word without its line-break hyphens ("Républi¬que" -> "République"), so that a word the OCR cut across a line
    /// has the features of the whole word; the word itself when it has none (the usual case, no copy).
    /// </summary>
    public static ReadOnlySpan<char> WithoutLineBreakHyphens(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOfAny('¬', '\u00AD') < 0 || word.Length > buffer.Length) return word;
        int n = 0;
        foreach (var c in word)
            if (!IsLineBreakHyphen(c)) buffer[n++] = c;
        return buffer[..n];
    }
}
