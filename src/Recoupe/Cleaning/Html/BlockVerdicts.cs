using System.Runtime.InteropServices;
using Recoupe.Cleaning.PlainText;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>What the block filter decided about one block on its own: why it goes (null: it stays), and the date stamp or byline it carries.</summary>
public readonly record struct BlockVerdict(string? Reason, DateStamp? Stamp = null, string? Byline = null);

/// <summary>
/// The block filter's verdicts on one page, kept per block: the strategies of the cascade filter overlapping sets
/// of the same blocks, and the cue patterns are the costliest part of filtering. Keyed by block identity (the
/// blocks come from one page walk); a verdict depends on the block and the page's title only.
/// </summary>
public sealed class BlockVerdicts(string? title)
{
    private readonly Dictionary<HtmlBlock, BlockVerdict> _known = new(ReferenceEqualityComparer.Instance);

    /// <summary>The normalised title the verdicts were made under.</summary>
    public string? TitleKey { get; } = title is null ? null : LineShape.Normalize(title);

    internal BlockVerdict Get(HtmlBlock block, string? titleKey)
    {
        if (titleKey != TitleKey) return BlockFilter.Judge(block, titleKey);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_known, block, out bool exists);
        if (!exists) slot = BlockFilter.Judge(block, titleKey);
        return slot;
    }
}
