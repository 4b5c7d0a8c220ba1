using System.Globalization;
using System.Text;

namespace Recoupe.Mentions.Names;

/// <summary>
/// Case and accent folding for name comparison: "États-Unis" and "Etats-unis" fold to "etats unis".
/// Hyphens, apostrophes and runs of spaces become one space so that "Jong-un" equals "Jong Un".
/// </summary>
public static class TextFold
{
    public static string Fold(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = true;
        foreach (var c0 in text)
        {
            char c = char.ToLowerInvariant(c0);
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

    /// <summary>Appends the base letter(s) of <paramref name="c"/>: é -> e, ï -> i, œ -> oe, ß -> ss.</summary>
    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128) { sb.Append(c); return; }
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
