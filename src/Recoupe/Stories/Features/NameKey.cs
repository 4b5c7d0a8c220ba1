using System.Globalization;
using System.Text;

namespace Recoupe.Stories.Features;

/// <summary>
/// A transliteration-tolerant key for names and terms: accents stripped, lower-case, only letters and digits
/// kept, so "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" share the key "kimjongun", and "États" and
/// "Etats" fold together. Cheap on the ASCII path; the Unicode path decomposes once per call.
/// </summary>
public static class NameKey
{
    public static string Of(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        return new string(buffer[..Write(text, buffer)]);
    }

    /// <summary>Writes the key of <paramref name="text"/> into <paramref name="buffer"/> (twice the text's length) and returns its length.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c < 128)
            {
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9') buffer[n++] = c;
                else if (c is >= 'A' and <= 'Z') buffer[n++] = (char)(c + 32);
                continue;
            }
            n = AppendFolded(c, buffer, n);
        }
        return n;
    }

    /// <summary>True when the text is plain lower-case ASCII letters/digits already (its own key).</summary>
    public static bool IsFolded(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        return true;
    }

    // Folded forms of the Latin, Greek and Cyrillic letters (below U+0800), computed once: names are full of
    // accented letters, and decomposing each one afresh costs two strings.
    private static readonly string?[] FoldedBelow0800 = new string?[0x800];

    /// <summary>A non-ASCII letter or digit without its marks, lower case; "" for anything else.</summary>
    private static string FoldedChar(char c)
    {
        if (c < 0x800 && FoldedBelow0800[c] is { } known) return known;
        var folded = Fold(c);
        if (c < 0x800) FoldedBelow0800[c] = folded;
        return folded;
    }

    private static string Fold(char c)
    {
        if (!char.IsLetterOrDigit(c)) return "";
        var result = new System.Text.StringBuilder(2);
        foreach (char d in c.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) result.Append(char.ToLowerInvariant(d));
        return result.ToString();
    }

    private static int AppendFolded(char c, Span<char> buffer, int n)
    {
        // Letters that do not decompose into base + mark in Unicode.
        switch (c)
        {
            case 'ß': buffer[n++] = 's'; buffer[n++] = 's'; return n;
            case 'æ' or 'Æ': buffer[n++] = 'a'; buffer[n++] = 'e'; return n;
            case 'œ' or 'Œ': buffer[n++] = 'o'; buffer[n++] = 'e'; return n;
            case 'ø' or 'Ø': buffer[n++] = 'o'; return n;
            case 'ł' or 'Ł': buffer[n++] = 'l'; return n;
            case 'đ' or 'Đ': buffer[n++] = 'd'; return n;
            case 'ı': buffer[n++] = 'i'; return n;
        }
        foreach (char d in FoldedChar(c))
            if (n < buffer.Length) buffer[n++] = d;
        return n;
    }
}
