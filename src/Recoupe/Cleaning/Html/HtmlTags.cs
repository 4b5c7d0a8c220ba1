using System.Collections.Frozen;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Tag sets: what never holds article text, what starts a new block, and what kind of block each is. Looked up by
/// the element's local name as the parser gives it, case-blind: upper-casing every element's name was an allocation
/// per node of the walk.
/// </summary>
public static class HtmlTags
{
    /// <summary>Never article text: code, media, controls, and page-level furniture elements.</summary>
    public static readonly FrozenSet<string> Skipped = new[]
    {
        "SCRIPT", "STYLE", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO", "MAP",
        "INPUT", "SELECT", "OPTION", "TEXTAREA", "BUTTON", "LABEL", "FIELDSET", "LEGEND", "DIALOG", "MENU",
        "NAV", "ASIDE", "FOOTER", "FIGURE", "FIGCAPTION", "HEAD", "TITLE", "META", "LINK", "IMG", "PICTURE", "SOURCE", "HR",
        // Ruby annotations (furigana, pinyin) are pronunciation guides over the text, not text: kept, they split words.
        "RT", "RP",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that end the text run before them and start a new one.</summary>
    public static readonly FrozenSet<string> Block = new[]
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "DL", "DT", "DD",
        "BLOCKQUOTE", "PRE", "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "TD", "TH", "CAPTION", "FIGURE", "ADDRESS", "CENTER",
        "DETAILS", "SUMMARY", "FORM", "BODY", "HTML", "BR", "HGROUP",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the block walk does with an element, from one look-up of its name instead of one per set.</summary>
    [Flags]
    public enum Role : byte { None = 0, Skipped = 1, Block = 2, LineBreak = 4, Anchor = 8 }

    private static readonly FrozenDictionary<string, Role> Roles = BuildRoles();

    private static FrozenDictionary<string, Role> BuildRoles()
    {
        var roles = new Dictionary<string, Role>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in Skipped) roles[t] = Role.Skipped;
        foreach (var t in Block) roles[t] = roles.GetValueOrDefault(t) | Role.Block;
        roles["BR"] |= Role.LineBreak;
        roles["A"] = Role.Anchor;
        return roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static Role RoleOf(string tag) => Roles.GetValueOrDefault(tag);

    public static BlockKind KindOf(string tag) => tag.Length switch
    {
        1 when tag[0] is 'p' or 'P' => BlockKind.Paragraph,
        2 when tag[0] is 'h' or 'H' && tag[1] is >= '1' and <= '6' => BlockKind.Heading,
        2 when Is(tag, "LI") || Is(tag, "DT") || Is(tag, "DD") => BlockKind.ListItem,
        2 when Is(tag, "TD") || Is(tag, "TH") => BlockKind.Cell,
        3 when Is(tag, "PRE") => BlockKind.Preformatted,
        10 when Is(tag, "BLOCKQUOTE") => BlockKind.Quote,
        _ => BlockKind.Other,
    };

    private static bool Is(string tag, string name) => tag.Equals(name, StringComparison.OrdinalIgnoreCase);
}
