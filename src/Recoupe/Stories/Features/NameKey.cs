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
        return new string(buffer[..n]);
    }

    /// <summary>True when the text is plain lower-case ASCII letters/digits already (its own key).</summary>
    public static bool IsFolded(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9')) return false;
        return true;
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
        if (!char.IsLetterOrDigit(c)) return n;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (char d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
            if (n < buffer.Length) buffer[n++] = char.ToLowerInvariant(d);
        }
        return n;
    }
}
