using System.Buffers;
using System.Globalization;
using System.Text;

namespace Recoupe.Cli;

/// <summary>
/// What may reach a terminal. File names and scraped text can hold escape sequences (ESC [ … m recolours or moves the
/// cursor, a carriage return rewrites a line) and bidirectional overrides that make a name read backwards. Every line
/// the CLI writes passes through here: such characters are shown as \uXXXX, the way JSON writes them, so JSON output is
/// unchanged in meaning. Line feeds and tabs stay.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(Build());

    public static string Safe(string text)
    {
        int first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (Unsafe.Contains(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Build()
    {
        var chars = new StringBuilder();
        for (char c = '\0'; c < ' '; c++)
            if (c is not ('\n' or '\t')) chars.Append(c);
        for (char c = '\u007F'; c <= '\u009F'; c++) chars.Append(c);
        for (char c = '\u202A'; c <= '\u202E'; c++) chars.Append(c);
        for (char c = '\u2066'; c <= '\u2069'; c++) chars.Append(c);
        chars.Append('\u200E').Append('\u200F').Append('\u061C');
        return chars.ToString();
    }
}
