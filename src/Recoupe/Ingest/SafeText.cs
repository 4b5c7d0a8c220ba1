using System.Text;

namespace Recoupe.Ingest;

/// <summary>
/// Text that came in escaped (a JSON "\ud800", a query string) can hold what no encoder accepts: lone UTF-16
/// surrogates (UTF-8 writers and PostgreSQL refuse them) and NUL characters (PostgreSQL text refuses them).
/// Every string read from an input's metadata or JSON passes through here before it reaches the pipeline or a store.
/// </summary>
public static class SafeText
{
    /// <summary>The text with each lone surrogate replaced by U+FFFD and NUL characters removed; the same instance when clean.</summary>
    public static string Clean(string text)
    {
        int bad = FirstProblem(text);
        if (bad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, bad);
        for (int i = bad; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\0') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }

    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>Index of the first NUL or lone surrogate, -1 when there is none.</summary>
    private static int FirstProblem(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\0') return i;
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return i;
        }
        return -1;
    }
}
