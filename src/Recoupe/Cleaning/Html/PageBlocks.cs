using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>The blocks [Start, End) of <see cref="PageBlocks.All"/> that a block element holds.</summary>
public readonly record struct BlockRange(int Start, int End);

/// <summary>
/// All blocks of a page from one walk, and for each block element the slice of blocks under it. Every strategy
/// (scored container, declared container, readability, baseline) reads its candidates' blocks from here: walking
/// the DOM again per candidate cost as much as the rest of the extraction together.
/// </summary>
public sealed class PageBlocks(List<HtmlBlock> all, Dictionary<IElement, BlockRange> ranges, IElement root)
{
    public List<HtmlBlock> All { get; } = all;

    /// <summary>Elements the page walk left out (named as furniture by class or id, or hidden), in page order.</summary>
    public IReadOnlyList<LeftOutElement> LeftOut { get; init; } = [];

    /// <summary>
    /// The blocks under <paramref name="container"/>, without those under elements of <paramref name="skip"/> inside it.
    /// An element the page walk did not enter (furniture-named, hidden, inline, or past the walk's budget) is walked
    /// on its own, as before.
    /// </summary>
    public List<HtmlBlock> Under(IElement container, IReadOnlySet<IElement>? skip = null)
    {
        if (container == root) return skip is null ? All : Without(All, 0, All.Count, container, skip);
        if (!ranges.TryGetValue(container, out var range)) return BlockCollector.Collect(container, skipFurniture: true, skip);
        if (skip is null || skip.Count == 0) return All.GetRange(range.Start, range.End - range.Start);
        return Without(All, range.Start, range.End, container, skip);
    }

    /// <summary>Blocks of the slice whose container has no ancestor in <paramref name="skip"/> below <paramref name="container"/>; memoised per element, so linear in the slice and the depth walked.</summary>
    private static List<HtmlBlock> Without(List<HtmlBlock> blocks, int start, int end, IElement container, IReadOnlySet<IElement> skip)
    {
        var skipped = new Dictionary<IElement, bool>();
        var path = new List<IElement>();
        var result = new List<HtmlBlock>(end - start);
        for (int i = start; i < end; i++)
        {
            var b = blocks[i];
            if (!IsSkipped(b.Container, container, skip, skipped, path)) result.Add(b);
        }
        return result;
    }

    private static bool IsSkipped(IElement element, IElement container, IReadOnlySet<IElement> skip, Dictionary<IElement, bool> memo, List<IElement> path)
    {
        path.Clear();
        bool verdict = false;
        for (var e = element; e is not null && e != container; e = e.ParentElement)
        {
            if (memo.TryGetValue(e, out var known)) { verdict = known; break; }
            path.Add(e);
            if (skip.Contains(e)) { verdict = true; break; }
        }
        // Everything on the path shares the verdict of the first skipped (or known) element above it.
        foreach (var e in path) memo[e] = verdict;
        return verdict;
    }
}

/// <summary>An element the page walk did not enter: hidden, or named as furniture by its class or id.</summary>
public readonly record struct LeftOutElement(IElement Element, bool Hidden)
{
    /// <summary>A figure or its caption: text about a picture, never the article's (the walk skips them).</summary>
    public static bool IsFigure(IElement element) =>
        element.LocalName.Equals("figure", StringComparison.OrdinalIgnoreCase) || element.LocalName.Equals("figcaption", StringComparison.OrdinalIgnoreCase);
}
