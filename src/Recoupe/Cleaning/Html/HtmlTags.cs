using System.Collections.Frozen;

namespace Recoupe.Cleaning.Html;

/// <summary>Tag sets: what never holds article text, what starts a new block, and what kind of block each is.</summary>
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
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Elements that end the text run before them and start a new one.</summary>
    public static readonly FrozenSet<string> Block = new[]
    {
        "P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "DL", "DT", "DD",
        "BLOCKQUOTE", "PRE", "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "TD", "TH", "CAPTION", "FIGURE", "ADDRESS", "CENTER",
        "DETAILS", "SUMMARY", "FORM", "BODY", "HTML", "BR", "HGROUP",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static BlockKind KindOf(string tag) => tag switch
    {
        "P" => BlockKind.Paragraph,
        "H1" or "H2" or "H3" or "H4" or "H5" or "H6" => BlockKind.Heading,
        "LI" or "DT" or "DD" => BlockKind.ListItem,
        "BLOCKQUOTE" => BlockKind.Quote,
        "PRE" => BlockKind.Preformatted,
        "TD" or "TH" => BlockKind.Cell,
        _ => BlockKind.Other,
    };
}
