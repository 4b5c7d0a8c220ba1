using System.Text.RegularExpressions;

namespace Recoupe.Cleaning.PlainText;

/// <summary>
/// Pieces inside a line that are not text: machine-translation leftovers such as "[This]" (a single bracketed
/// word next to a quotation mark or at the start of a line). Editorial brackets ("[…]", "[sic]", "[the president]")
/// are kept: they are several words, dots, or a known editorial mark.
/// </summary>
public static partial class InlineDebris
{
    [GeneratedRegex(@"(?<=^|[«“""„]\s?)\[(?<w>\p{L}{2,15})\]\s?|\s?\[(?<w>\p{L}{2,15})\](?=\s?[«“""„])", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedWord();

    private static readonly HashSet<string> Editorial = new(StringComparer.OrdinalIgnoreCase) { "sic", "sics", "ndlr", "nda", "ndt", "ed", "anm", "nota", "n.d.r" };

    /// <summary>The line without debris, and the pieces taken out.</summary>
    public static (string Text, List<string> Removed) Strip(string line)
    {
        if (line.IndexOf('[') < 0) return (line, []);
        var removed = new List<string>();
        var text = BracketedWord().Replace(line, m =>
        {
            if (Editorial.Contains(m.Groups["w"].Value)) return m.Value;
            removed.Add(m.Value.Trim());
            return m.Value.StartsWith(' ') && m.Value.EndsWith(' ') ? " " : "";
        });
        return (text.Trim(), removed);
    }
}
