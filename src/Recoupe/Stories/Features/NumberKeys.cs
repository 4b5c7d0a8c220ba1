namespace Recoupe.Stories.Features;

/// <summary>
/// Numbers written the way each language writes them, keyed alike: thousands separated by a space, a
/// no-break space, a comma or a dot ("1 500", "1,500", "1.500") key as "1500"; a decimal comma or point with
/// one or two digits ("10,5", "10.5") keys as "10.5". Cross-lingual stories link on such figures.
/// </summary>
internal static class NumberKeys
{
    /// <summary>
    /// Writes the key of the number starting at token <paramref name="i"/> into <paramref name="key"/> (at least
    /// 64 chars) and returns its length and the index of its last token.
    /// </summary>
    public static (int Length, int Last) Read(TextTokens tokens, int i, Span<char> key)
    {
        var first = tokens.Lower(i);
        if (!IsPlainDigits(first))
        {
            // "3e", "20h30", "covid19": folded like a name (letters and digits only); rare, so a string is fine.
            int n = Copy(NameKey.Of(first), key, 0);
            return (n, i);
        }
        int length = Copy(first, key, 0);
        int last = i;
        // Thousands groups: exactly three digits after a one-character separator.
        while (length <= 12 && last + 1 < tokens.Count && IsGroupSeparatorBetween(tokens.Text, tokens[last], tokens[last + 1])
               && tokens[last + 1].Length == 3 && IsPlainDigits(tokens.Lower(last + 1)))
        {
            length = Copy(tokens.Lower(last + 1), key, length);
            last++;
        }
        if (last == i && i + 1 < tokens.Count && IsDecimalMarkBetween(tokens.Text, tokens[i], tokens[i + 1])
            && tokens[i + 1].Length <= 2 && IsPlainDigits(tokens.Lower(i + 1)) && length + 3 <= key.Length)
        {
            key[length++] = '.';
            length = Copy(tokens.Lower(i + 1), key, length);
            return (length, i + 1);
        }
        return (length, last);
    }

    private static int Copy(ReadOnlySpan<char> digits, Span<char> key, int at)
    {
        int n = Math.Min(digits.Length, key.Length - at);
        digits[..n].CopyTo(key[at..]);
        return at + n;
    }

    private static bool IsPlainDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (c is < '0' or > '9') return false;
        return s.Length > 0;
    }

    private static bool IsGroupSeparatorBetween(string text, WordToken a, WordToken b) =>
        b.Start - a.End == 1 && text[a.End] is ' ' or '\u00A0' or '\u202F' or ',' or '.' or '\'';

    private static bool IsDecimalMarkBetween(string text, WordToken a, WordToken b) =>
        b.Start - a.End == 1 && text[a.End] is ',' or '.';
}
