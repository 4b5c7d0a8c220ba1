using System.Text;

namespace Recoupe.Evaluation.Extraction;

/// <summary>
/// Compares gold snippets with extracted text the way trafilatura's evaluation does: every run of whitespace
/// (including no-break spaces) becomes one space, then a plain substring test.
/// </summary>
public static class SnippetMatcher
{
    public static string NormalizeSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009')
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static bool Contains(string normalizedText, string snippet) =>
        normalizedText.Contains(NormalizeSpace(snippet), StringComparison.Ordinal);
}
