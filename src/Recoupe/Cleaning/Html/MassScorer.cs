using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Picks the element whose subtree holds the most running text net of furniture: each block adds its length
/// when it reads like prose (long enough, few links) and subtracts its length when it is mostly links. The best
/// subtree grows to include all of the article's paragraphs but stops before it takes in link-heavy sidebars and
/// menus, which cost more than they bring.
/// </summary>
public static class MassScorer
{
    /// <summary>Levels a block's weight climbs: deep enough for real pages, bounded for hostile ones.</summary>
    private const int MaxLevels = 40;

    /// <summary>The best container, and the elements inside the page that are dominated by link text (to leave out).</summary>
    public static (List<IElement> Containers, HashSet<IElement> LinkDominated) FindContainer(List<HtmlBlock> blocks, IElement root)
    {
        var mass = new Dictionary<IElement, double>();
        var links = new Dictionary<IElement, (int Link, int Prose)>();
        foreach (var block in blocks)
        {
            double w = Weight(block);
            bool linky = block.LinkDensity > 0.5;
            var e = block.Container;
            for (int level = 0; e is not null && level < MaxLevels; level++, e = e.ParentElement)
            {
                if (w != 0) mass[e] = mass.GetValueOrDefault(e) + w;
                var (l, p) = links.GetValueOrDefault(e);
                links[e] = linky ? (l + block.Text.Length, p) : (l, p + block.Text.Length);
                if (e == root) break;
            }
        }
        var linkDominated = new HashSet<IElement>();
        foreach (var (element, (l, p)) in links)
            if (l > p && l > 0 && element.LocalName is not ("a" or "p" or "li" or "span")) linkDominated.Add(element);
        IElement? best = null;
        double bestMass = 0;
        foreach (var (element, m) in mass)
        {
            // Containers, not single paragraphs: a lone <p> is never the article.
            if (element.LocalName is "p" or "span" or "a" or "li" or "h1" or "h2" or "h3" or "h4" or "td") continue;
            if (m > bestMass) { bestMass = m; best = element; }
        }
        if (best is null) return ([], linkDominated);
        linkDominated.Remove(best);
        return (WithSiblings(best, bestMass, mass, linkDominated), linkDominated);
    }

    /// <summary>
    /// Articles split over sibling elements (body text, then a box, then more body text) keep the siblings that
    /// hold prose of their own; the parent would have brought the link-heavy siblings along too.
    /// </summary>
    private static List<IElement> WithSiblings(IElement best, double bestMass, Dictionary<IElement, double> mass, HashSet<IElement> linkDominated)
    {
        var result = new List<IElement>();
        var parent = best.ParentElement;
        if (parent is null || parent.ChildElementCount > 200) return [best];
        double threshold = Math.Max(SiblingMinMass, bestMass * SiblingShare);
        foreach (var sibling in parent.Children)
        {
            if (sibling == best) { result.Add(sibling); continue; }
            if (linkDominated.Contains(sibling) || ClassIdCues.Judge(sibling) is ClassIdVerdict.Furniture or ClassIdVerdict.Comments) continue;
            if (mass.TryGetValue(sibling, out var m) && m >= threshold) result.Add(sibling);
        }
        return result;
    }

    private static readonly double SiblingMinMass = double.Parse(Environment.GetEnvironmentVariable("RECOUPE_SIBMIN") ?? "200", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly double SiblingShare = double.Parse(Environment.GetEnvironmentVariable("RECOUPE_SIBSHARE") ?? "0.1", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly double ShortPenalty = double.Parse(Environment.GetEnvironmentVariable("RECOUPE_SHORT") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    private static double Weight(HtmlBlock block)
    {
        int len = block.Text.Length;
        double density = block.LinkDensity;
        if (density > 0.5) return -len * 1.0;
        if (block.Kind == BlockKind.Heading) return 0;
        if (len < 20) return ShortPenalty;
        return len * (1 - density) * (block.Kind is BlockKind.ListItem or BlockKind.Cell ? 0.7 : 1.0);
    }
}
