using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>The kind of block a run of text sits in; decides how it is judged (a list item of links is navigation, a heading is structure).</summary>
public enum BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted, Cell, Other }

/// <summary>
/// One visible block of text in reading order: its text (whitespace collapsed), how much of it is link text,
/// and the element that holds it (for scoring its ancestors).
/// </summary>
public sealed record HtmlBlock(string Text, BlockKind Kind, int LinkChars, IElement Container)
{
    /// <summary>Position in the page's block list (<see cref="PageBlocks.All"/>); -1 for blocks collected on their own.</summary>
    public int Index { get; init; } = -1;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
