using System.Text;
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
        var text = new StringBuilder(line.Length);
        int at = 0;
        foreach (Match m in BracketedWord().Matches(line))
        {
            if (m.Index < at || Editorial.Contains(m.Groups["w"].Value)) continue;
            text.Append(line, at, m.Index - at);
            removed.Add(m.Value.Trim());
            at = m.Index + m.Length;
            if (m.Value.StartsWith(' ') && m.Value.EndsWith(' ')) text.Append(' ');
            // A translator's wrapper: "« [This] « quoted words »" opens the same quotation twice around the leftover, and only
            // one mark closes it. The second opening mark goes with the leftover, so the quotation stays balanced.
            // What stood between the first mark and its text (a space in French) is kept from after the second.
            if (OpeningBefore(text) is { } mark && OpeningAfter(line, at, mark) is { } next)
            {
                while (text.Length > 0 && text[^1] == ' ') text.Length--;
                removed[^1] += " " + mark; // said with the leftover: nothing is dropped unreported
                at = next;
            }
        }
        if (removed.Count == 0) return (line, removed);
        text.Append(line, at, line.Length - at);
        return (text.ToString().Trim(), removed);
    }

    private static char? OpeningBefore(StringBuilder text)
    {
        int i = text.Length - 1;
        while (i >= 0 && text[i] == ' ') i--;
        return i >= 0 && text[i] is '«' or '“' or '„' ? text[i] : null;
    }

    /// <summary>Where the line goes on right past the same opening mark standing after <paramref name="from"/>, else null.</summary>
    private static int? OpeningAfter(string line, int from, char mark)
    {
        int i = from;
        while (i < line.Length && line[i] == ' ') i++;
        return i < line.Length && line[i] == mark ? i + 1 : null;
    }
}
