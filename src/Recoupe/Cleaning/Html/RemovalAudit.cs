using System.Collections.Immutable;
using AngleSharp.Dom;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// What an HTML page lost to extraction, so that a reader auditing the cleaning sees all the page's text accounted
/// for: what the chosen strategy removed inside its container, every other block of the page, then the elements the
/// page walk left out (named as furniture, hidden, or a figure's caption). The furniture the pre-pass dropped is added by the caller.
/// </summary>
public static class RemovalAudit
{
    public static ImmutableArray<Removal> Of(FilteredBlocks? chosen, PageBlocks page)
    {
        if (chosen is null) return [];
        // Text taken from JSON-LD or the page's description is not on the page: its blocks were not judged, only unused.
        var firstOnPage = chosen.Kept.Find(b => b.Index >= 0);
        if (firstOnPage is null) return [.. chosen.Removed];
        // Blocks are matched by reference: the filter's removals carry the block's own text string.
        var accounted = new HashSet<string>(chosen.Kept.Count + chosen.Removed.Count, ReferenceEqualityComparer.Instance);
        foreach (var b in chosen.Kept) accounted.Add(b.Text);
        foreach (var r in chosen.Removed) accounted.Add(r.Text);
        var removed = ImmutableArray.CreateBuilder<Removal>(chosen.Removed.Count + Math.Max(0, page.All.Count - accounted.Count));
        removed.AddRange(chosen.Removed);
        foreach (var b in page.All)
            if (b.Text.Length > 0 && !accounted.Contains(b.Text)) removed.Add(new Removal(b.Text, RemovalReasons.OutsideArticle));
        if (page.LeftOut.Count == 0) return removed.ToImmutable();
        // An article read from inside a left-out element (a container walked on its own) has every kept block under
        // it: the first one's ancestors tell, and that element is no removal.
        var aboveKept = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var e = firstOnPage.Container; e is not null; e = e.ParentElement) aboveKept.Add(e);
        foreach (var left in page.LeftOut)
        {
            if (aboveKept.Contains(left.Element)) continue;
            if (FurnitureText.Of(left.Element) is { } text)
                removed.Add(new Removal(text, left.Hidden ? RemovalReasons.Hidden
                    : LeftOutElement.IsFigure(left.Element) ? RemovalReasons.PhotoCaption : RemovalReasons.MarkedFurniture));
        }
        return removed.ToImmutable();
    }
}
