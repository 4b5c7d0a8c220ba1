using Recoupe.Language;

namespace Recoupe.Stories.Features;

/// <summary>
/// Numbers written the way each language writes them, keyed alike: thousands separated by a space, a
/// no-break space, a comma or a dot ("1 500", "1,500", "1.500") key as "1500"; a decimal comma or point with
/// one or two digits ("10,5", "10.5") keys as "10.5". Cross-lingual stories link on such figures.
/// </summary>
internal static class NumberKeys
{
    /// <summary>The key of the number starting at token <paramref name="i"/>, and the index of its last token.</summary>
    public static (string Key, int Last) Read(string text, List<Token> tokens, int i)
    {
        var digits = tokens[i].Lower;
        if (!IsPlainDigits(digits)) return (NameKey.Of(digits), i);
        int last = i;
        // Thousands groups: exactly three digits after a one-character separator.
        while (digits.Length <= 12 && last + 1 < tokens.Count && IsGroupSeparatorBetween(text, tokens[last], tokens[last + 1])
               && tokens[last + 1].Lower.Length == 3 && IsPlainDigits(tokens[last + 1].Lower))
        {
            digits += tokens[last + 1].Lower;
            last++;
        }
        if (last == i && i + 1 < tokens.Count && IsDecimalMarkBetween(text, tokens[i], tokens[i + 1])
            && tokens[i + 1].Lower.Length <= 2 && IsPlainDigits(tokens[i + 1].Lower))
            return (digits + "." + tokens[i + 1].Lower, i + 1);
        return (digits, last);
    }

    private static bool IsPlainDigits(string s)
    {
        foreach (char c in s) if (c is < '0' or > '9') return false;
        return s.Length > 0;
    }

    private static bool IsGroupSeparatorBetween(string text, Token a, Token b) =>
        b.Span.Start - a.Span.End == 1 && text[a.Span.End] is ' ' or '\u00A0' or '\u202F' or ',' or '.' or '\'';

    private static bool IsDecimalMarkBetween(string text, Token a, Token b) =>
        b.Span.Start - a.Span.End == 1 && text[a.Span.End] is ',' or '.';
}
