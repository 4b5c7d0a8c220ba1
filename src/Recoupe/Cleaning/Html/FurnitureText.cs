using System.Net;
using System.Text;
using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// The visible text of page furniture — a piece of markup the pre-pass drops before parsing (a menu, a side column, a
/// footer), or an element the block walk leaves out — so that the removal is recorded with what a reader saw there.
/// Tags, scripts, styles and comments are skipped, whitespace collapsed, entities decoded; the text is cut at
/// <see cref="MaxChars"/> because an audit needs to recognise the piece, not to read a whole site map. Linear in the
/// region, no regex.
/// </summary>
public static class FurnitureText
{
    public const int MaxChars = 240;
    private const int MaxNodes = 400;

    /// <summary>The text between <paramref name="from"/> and <paramref name="to"/>, or null when there is none.</summary>
    public static string? Of(string html, int from, int to)
    {
        var text = new CollapsedText(Math.Min(MaxChars + 8, to - from));
        int i = from;
        while (i < to && !text.Full)
        {
            if (html[i] == '<')
            {
                i = SkipMarkup(html, i, to);
                text.Space();
                continue;
            }
            text.Append(html[i]);
            i++;
        }
        if (text.Result(cut: false) is not { } raw) return null;
        var decoded = (raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw).Trim();
        if (decoded.Length == 0) return null;
        return i < to ? decoded + " …" : decoded;
    }

    /// <summary>
    /// The visible text of an element the block walk left out, whitespace collapsed and cut like the rest. Text nodes
    /// are read in order until the cut (a comment section can hold a whole page of text: no TextContent string).
    /// </summary>
    public static string? Of(IElement element)
    {
        var text = new CollapsedText(64);
        var stack = new Stack<INode>();
        stack.Push(element);
        // Markup-heavy furniture (icon menus, hidden mega-menus) may hold thousands of nodes and little text.
        int budget = MaxNodes;
        while (stack.Count > 0 && budget-- > 0 && !text.Full)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                foreach (var c in t.Data)
                    if (!text.Append(c)) break;
                continue;
            }
            if (node is IElement e && e.LocalName is "script" or "style") continue;
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return text.Result(cut: text.Full || stack.Count > 0);
    }

    /// <summary>Visible characters with runs of whitespace made one space, up to <see cref="MaxChars"/>.</summary>
    private sealed class CollapsedText(int capacity)
    {
        private readonly StringBuilder _text = new(capacity);
        private bool _space;

        /// <summary>Set once a character arrived with no room left: the text was cut.</summary>
        public bool Full { get; private set; }

        public void Space() => _space = true;

        /// <summary>Adds one character; false when there is no more room.</summary>
        public bool Append(char c)
        {
            if (char.IsWhiteSpace(c)) { _space = true; return true; }
            if (_text.Length >= MaxChars) { Full = true; return false; }
            if (_space && _text.Length > 0) _text.Append(' ');
            _space = false;
            _text.Append(c);
            return true;
        }

        public string? Result(bool cut) => _text.Length == 0 ? null : cut ? _text + " …" : _text.ToString();
    }

    // A tag, a comment, or a script/style element with its content: the index after it.
    private static int SkipMarkup(string html, int lt, int to)
    {
        if (lt + 4 <= to && string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            int close = html.IndexOf("-->", lt + 4, to - lt - 4, StringComparison.Ordinal);
            return close < 0 ? to : close + 3;
        }
        int gt = html.IndexOf('>', lt, to - lt);
        if (gt < 0) return to;
        foreach (var (name, close) in RawTextElements)
        {
            // "<script>" or "<script …>", not a custom element such as "<script-loader>".
            int after = lt + 1 + name.Length;
            if (after > gt || string.Compare(html, lt + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0
                || html[after] is not ('>' or ' ' or '\t' or '\n' or '\r' or '\f' or '/')) continue;
            int end = html.IndexOf(close, gt, to - gt, StringComparison.OrdinalIgnoreCase);
            if (end < 0) return to;
            int endGt = html.IndexOf('>', end, to - end);
            return endGt < 0 ? to : endGt + 1;
        }
        return gt + 1;
    }

    private static readonly (string Name, string Close)[] RawTextElements = [("script", "</script"), ("style", "</style")];
}
