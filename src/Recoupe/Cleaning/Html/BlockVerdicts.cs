using Recoupe.Cleaning.PlainText;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>What the block filter decided about one block on its own: why it goes (null: it stays), and the date stamp or byline it carries.</summary>
public readonly record struct BlockVerdict(string? Reason, DateStamp? Stamp = null, string? Byline = null);

/// <summary>
/// The block filter's verdicts on one page, kept per block: the strategies of the cascade filter overlapping sets
/// of the same blocks, and the cue patterns are the costliest part of filtering. Kept by the block's index in the
/// page walk (blocks collected on their own are judged afresh); a verdict depends on the block and the page's title only.
/// </summary>
public sealed class BlockVerdicts(string? title, int blockCount)
{
    private readonly BlockVerdict[] _known = new BlockVerdict[blockCount];
    private readonly bool[] _judged = new bool[blockCount];

    /// <summary>The normalised title the verdicts were made under.</summary>
    public string? TitleKey { get; } = title is null ? null : LineShape.Normalize(title);

    internal BlockVerdict Get(HtmlBlock block, string? titleKey)
    {
        int i = block.Index;
        if (titleKey != TitleKey || i < 0 || i >= _known.Length) return BlockFilter.Judge(block, titleKey);
        if (!_judged[i])
        {
            _known[i] = BlockFilter.Judge(block, titleKey);
            _judged[i] = true;
        }
        return _known[i];
    }
}
