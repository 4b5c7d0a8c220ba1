using System.Buffers;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Which whitespace between two tags the pre-pass may drop: the gap next to a block boundary (the start or end tag of
/// an element in <see cref="HtmlTags.Block"/>). The block walk ends its text run at every block boundary, so such a gap
/// never becomes a space in any block; readers of small elements (bylines, headlines) put a space at block boundaries
/// themselves (<see cref="HtmlMetadata.BoundedText"/>). Indentation gaps are a tenth of a page's characters and
/// nearly half its nodes, and each costs the parser a text node. Before &lt;body&gt;, head elements count as
/// boundaries too: nothing in the head is text.
/// </summary>
public static class TagGaps
{
    /// <summary>The HTML tokenizer's whitespace (not U+00A0, which is text).</summary>
    public static readonly SearchValues<char> HtmlSpace = SearchValues.Create(" \t\n\r\f");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Blocks =
        HtmlTags.Block.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsBoundary(ReadOnlySpan<char> tagName, bool beforeBody)
    {
        if (Blocks.Contains(tagName)) return true;
        return beforeBody && (tagName.Equals("head", StringComparison.OrdinalIgnoreCase) || tagName.Equals("meta", StringComparison.OrdinalIgnoreCase)
            || tagName.Equals("link", StringComparison.OrdinalIgnoreCase) || tagName.Equals("title", StringComparison.OrdinalIgnoreCase)
            || tagName.Equals("base", StringComparison.OrdinalIgnoreCase) || tagName.Equals("script", StringComparison.OrdinalIgnoreCase));
    }
}
