using System.Collections.Frozen;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Bounds how deep the markup handed to the parser nests. An HTML tree builder checks "is an element of this kind in
/// scope" by walking down the stack of open elements, so each tag costs time in proportion to the depth, and 100,000
/// nested divs cost minutes (and stall every input behind them). Browsers cap the depth of the tree they build
/// (Chromium at 512); here start tags past <see cref="MaxDepth"/> are dropped with their end tags, so their text
/// stays, one level up. The stack kept here follows the tree builder's rules only as far as depth needs: void
/// elements, the implied ends of p/li/dd/dt/option/tr/td/th, and end tags that match only within scope. Each tag is
/// checked against a bounded number of stack entries: linear time for any page. Names are kept as hashes (no string
/// per tag).
/// </summary>
internal sealed class NestingGuard
{
    /// <summary>Deeper than any news page nests (their articles sit 10–40 levels down), shallow enough that the parser stays linear.</summary>
    public const int MaxDepth = 200;
    /// <summary>How far down the stack an end tag or an implied end looks for its element.</summary>
    private const int SearchDepth = 48;

    private int[] _stack = new int[64];
    private int _depth;
    private readonly Dictionary<int, int> _droppedOpen = [];

    /// <summary>Whether a tag the pre-pass keeps may go to the parser; false: drop it (a start tag past the cap, or its end tag).</summary>
    public bool Admit(ReadOnlySpan<char> name, bool endTag)
    {
        int tag = Hash(name);
        return endTag ? Close(tag) : Open(tag);
    }

    private bool Open(int tag)
    {
        if (Void.Contains(tag)) return true;
        CloseImplied(tag);
        if (_depth >= MaxDepth)
        {
            _droppedOpen[tag] = _droppedOpen.GetValueOrDefault(tag) + 1;
            return false;
        }
        if (_depth == _stack.Length) Array.Resize(ref _stack, _stack.Length * 2);
        _stack[_depth++] = tag;
        return true;
    }

    private bool Close(int tag)
    {
        // Dropped start tags were the innermost: their end tags come first.
        if (_droppedOpen.TryGetValue(tag, out int dropped) && dropped > 0)
        {
            if (dropped == 1) _droppedOpen.Remove(tag); else _droppedOpen[tag] = dropped - 1;
            return false;
        }
        int at = Find(tag, Scope);
        if (at >= 0) _depth = at;
        return true;
    }

    /// <summary>A p, li, dd/dt, option, tr or cell start tag (and a block start tag for p) closes the open one, as the tree builder does.</summary>
    private void CloseImplied(int tag)
    {
        if (ClosesP.Contains(tag)) PopTo(Find(P, ButtonScope));
        if (tag == Li) PopTo(Find(Li, ListScope));
        else if (tag == Dd || tag == Dt) PopTo(Math.Max(Find(Dd, ListScope), Find(Dt, ListScope)));
        else if (tag == Option) PopTo(Find(Option, SelectScope));
        else if (tag == Tr) PopTo(Find(Tr, TableScope));
        else if (tag == Td || tag == Th) PopTo(Math.Max(Find(Td, RowScope), Find(Th, RowScope)));
        else if (Headings.Contains(tag) && _depth > 0 && Headings.Contains(_stack[_depth - 1])) _depth--;
    }

    private void PopTo(int at)
    {
        if (at >= 0) _depth = at;
    }

    /// <summary>Index of the nearest open <paramref name="tag"/> within reach and not behind a scope boundary, else -1.</summary>
    private int Find(int tag, FrozenSet<int> boundaries)
    {
        for (int i = _depth - 1, seen = 0; i >= 0 && seen < SearchDepth; i--, seen++)
        {
            int open = _stack[i];
            if (open == tag) return i;
            if (boundaries.Contains(open)) return -1;
        }
        return -1;
    }

    /// <summary>FNV-1a over the name's characters, ASCII letters lower-cased.</summary>
    private static int Hash(ReadOnlySpan<char> name)
    {
        uint h = 2166136261;
        foreach (char c in name) h = (h ^ char.ToLowerInvariant(c)) * 16777619;
        return (int)h;
    }

    private static FrozenSet<int> Set(params string[] names) => names.Select(n => Hash(n)).ToFrozenSet();

    private static readonly int P = Hash("p"), Li = Hash("li"), Dd = Hash("dd"), Dt = Hash("dt"), Option = Hash("option"),
        Tr = Hash("tr"), Td = Hash("td"), Th = Hash("th");

    private static readonly FrozenSet<int> Void = Set("area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr", "frame", "basefont", "bgsound", "image");
    private static readonly string[] ScopeNames = ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];
    private static readonly FrozenSet<int> Scope = Set(ScopeNames);
    private static readonly FrozenSet<int> ButtonScope = Set([.. ScopeNames, "button"]);
    private static readonly FrozenSet<int> ListScope = Set([.. ScopeNames, "ol", "ul"]);
    private static readonly FrozenSet<int> SelectScope = Set("select", "datalist", "html", "template");
    private static readonly FrozenSet<int> TableScope = Set("table", "html", "template");
    private static readonly FrozenSet<int> RowScope = Set("tr", "table", "html", "template");
    private static readonly FrozenSet<int> Headings = Set("h1", "h2", "h3", "h4", "h5", "h6");
    private static readonly FrozenSet<int> ClosesP = Set("address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
        "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing", "plaintext", "xmp");
}
