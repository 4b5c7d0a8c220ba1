using System.Net;
using System.Text;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// The visible text of a piece of markup the pre-pass drops before parsing (a menu, a side column, a footer), so that
/// the removal is recorded with what a reader saw there. Tags, scripts, styles and comments are skipped, whitespace
/// collapsed, entities decoded; the text is cut at <see cref="MaxChars"/> because an audit needs to recognise the
/// piece, not to read a whole site map. Linear in the region, no regex.
/// </summary>
public static class FurnitureText
{
    public const int MaxChars = 240;
    private const int MaxNodes = 400;

    /// <summary>The text between <paramref name="from"/> and <paramref name="to"/>, or null when there is none.</summary>
    public static string? Of(string html, int from, int to)
    {
        var text = new StringBuilder(Math.Min(MaxChars + 8, to - from));
        bool space = false;
        int i = from;
        while (i < to && text.Length < MaxChars)
        {
            char c = html[i];
            if (c == '<')
            {
                i = SkipMarkup(html, i, to);
                space = true;
                continue;
            }
            if (char.IsWhiteSpace(c)) space = true;
            else
            {
                if (space && text.Length > 0) text.Append(' ');
                space = false;
                text.Append(c);
            }
            i++;
        }
        if (text.Length == 0) return null;
        var raw = text.ToString();
        var decoded = (raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw).Trim();
        if (decoded.Length == 0) return null;
        return i < to ? decoded + " …" : decoded;
    }

    /// <summary>
    /// The visible text of an element the block walk left out, whitespace collapsed and cut like the rest. Text nodes
    /// are read in order until the cut (a comment section can hold a whole page of text: no TextContent string).
    /// </summary>
    public static string? Of(AngleSharp.Dom.IElement element)
    {
        var text = new StringBuilder(64);
        bool space = false, cut = false;
        var stack = new Stack<AngleSharp.Dom.INode>();
        stack.Push(element);
        // Markup-heavy furniture (icon menus, hidden mega-menus) may hold thousands of nodes and little text.
        int budget = MaxNodes;
        while (stack.Count > 0 && budget-- > 0)
        {
            var node = stack.Pop();
            if (node is AngleSharp.Dom.IText t)
            {
                foreach (var c in t.Data)
                {
                    if (char.IsWhiteSpace(c)) { space = true; continue; }
                    if (text.Length >= MaxChars) { cut = true; break; }
                    if (space && text.Length > 0) text.Append(' ');
                    space = false;
                    text.Append(c);
                }
                if (cut) break;
                continue;
            }
            if (node is AngleSharp.Dom.IElement e && e.LocalName is "script" or "style") continue;
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        if (text.Length == 0) return null;
        return cut || stack.Count > 0 ? text + " …" : text.ToString();
    }

    // A tag, a comment, or a script/style element with its content: the index after it.
    private static int SkipMarkup(string html, int lt, int to)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            int close = html.IndexOf("-->", lt + 4, to - lt - 4, StringComparison.Ordinal);
            return close < 0 ? to : close + 3;
        }
        int gt = html.IndexOf('>', lt, to - lt);
        if (gt < 0) return to;
        foreach (var raw in RawTextElements)
        {
            if (gt - lt <= raw.Length || string.Compare(html, lt + 1, raw, 0, raw.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            int end = html.IndexOf("</" + raw, gt, to - gt, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return to;
            int endGt = html.IndexOf('>', end, to - end);
            return endGt < 0 ? to : endGt + 1;
        }
        return gt + 1;
    }

    private static readonly string[] RawTextElements = ["script", "style"];
}
