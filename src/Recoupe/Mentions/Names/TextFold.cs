using System.Globalization;
using System.Text;

namespace Recoupe.Mentions.Names;

/// <summary>
/// Case and accent folding for name comparison: "États-Unis" and "Etats-unis" fold to "etats unis".
/// Hyphens, apostrophes and runs of spaces become one space so that "Jong-un" equals "Jong Un".
/// </summary>
public static class TextFold
{
    // Folded forms of the Latin-1 and Latin Extended-A/B letters, computed once: Normalize() per character is slow.
    private static readonly string?[] Table = BuildTable();

    private static string?[] BuildTable()
    {
        var table = new string?[0x250];
        for (int c = 128; c < table.Length; c++)
        {
            char lower = char.ToLowerInvariant((char)c);
            if (!char.IsLetterOrDigit(lower)) continue;
            var sb = new StringBuilder(2);
            AppendSlow(sb, lower);
            table[c] = sb.ToString();
        }
        return table;
    }

    public static string Fold(string text)
    {
        // Fast path: lower-case ASCII letters and digits separated by single spaces need no work.
        bool plain = text.Length > 0 && text[0] != ' ' && text[^1] != ' ';
        for (int i = 0; i < text.Length && plain; i++)
        {
            char c = text[i];
            plain = c is >= 'a' and <= 'z' or >= '0' and <= '9' || c == ' ' && text[i - 1] != ' ';
        }
        return plain ? text : Fold(text.AsSpan());
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        // Most texts fold into a buffer on the stack (Latin letters): no StringBuilder. The rest go the slow way.
        if (text.Length <= 128)
        {
            Span<char> buffer = stackalloc char[text.Length * 2];
            if (TryFold(text, buffer, out int written)) return written == 0 ? string.Empty : new string(buffer[..written]);
        }
        var sb = new StringBuilder(text.Length);
        bool space = true;
        foreach (var c0 in text)
        {
            // Latin letters are folded from the table straight from their original case: char.ToLowerInvariant
            // of a non-ASCII letter is a call into ICU, which dominated the recognizer's time.
            if (c0 < Table.Length && c0 >= 128 && Table[c0] is { } direct)
            {
                sb.Append(direct);
                space = false;
                continue;
            }
            char c = Recoupe.Language.InvariantCase.ToLower(c0);
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(sb, c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>
    /// The folded form written into <paramref name="destination"/> without allocating, for lookups of spans in sets
    /// and dictionaries. False when it does not fit or needs the slow path (letters beyond Latin Extended-B).
    /// </summary>
    public static bool TryFold(ReadOnlySpan<char> text, Span<char> destination, out int written)
    {
        written = 0;
        bool space = true;
        if (!TryFoldMore(text, destination, ref written, ref space)) return false;
        if (written > 0 && destination[written - 1] == ' ') written--;
        return true;
    }

    /// <summary>
    /// <see cref="TryFold"/> in pieces: folds <paramref name="text"/> after the <paramref name="written"/> characters already
    /// in <paramref name="destination"/>, carrying whether the last one written was a space, and leaves a trailing space in
    /// place. Folding is character by character, so the folded form of a text's first k characters is what this has
    /// written after them, less a trailing space: a reader of several spans that start at one place folds the longest once.
    /// </summary>
    public static bool TryFoldMore(ReadOnlySpan<char> text, Span<char> destination, ref int written, ref bool space)
    {
        foreach (var c0 in text)
        {
            if (c0 < 128)
            {
                char c = c0 is >= 'A' and <= 'Z' ? (char)(c0 | 0x20) : c0;
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    if (written >= destination.Length) return false;
                    destination[written++] = c;
                    space = false;
                }
                else if (!space)
                {
                    if (written >= destination.Length) return false;
                    destination[written++] = ' ';
                    space = true;
                }
                continue;
            }
            if (c0 >= Table.Length && char.IsLetterOrDigit(c0)) return false;
            if (c0 < Table.Length && Table[c0] is { } folded)
            {
                if (written + folded.Length > destination.Length) return false;
                folded.AsSpan().CopyTo(destination[written..]);
                written += folded.Length;
                space = false;
            }
            else if (char.IsLetterOrDigit(c0)) return false;
            else if (!space)
            {
                if (written >= destination.Length) return false;
                destination[written++] = ' ';
                space = true;
            }
        }
        return true;
    }

    /// <summary>Appends the base letter(s) of <paramref name="c"/>: é -> e, ï -> i, œ -> oe, ß -> ss.</summary>
    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128) { sb.Append(c); return; }
        if (c < Table.Length && Table[c] is { } folded) { sb.Append(folded); return; }
        AppendSlow(sb, c);
    }

    private static void AppendSlow(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'œ': sb.Append("oe"); return;
            case 'æ': sb.Append("ae"); return;
            case 'ß': sb.Append("ss"); return;
            case 'ø': sb.Append('o'); return;
            case 'ł': sb.Append('l'); return;
            case 'đ': sb.Append('d'); return;
            case 'ı': sb.Append('i'); return;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(d);
    }
}
