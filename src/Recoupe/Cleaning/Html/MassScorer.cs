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
        // Sum per block container first (many blocks share one), then climb once per container.
        var own = new Dictionary<IElement, Stats>();
        foreach (var block in blocks)
        {
            if (!own.TryGetValue(block.Container, out var st)) own[block.Container] = st = new Stats();
            st.Add(block, Weight(block));
        }
        var all = new Dictionary<IElement, Stats>(own.Count * 4);
        foreach (var (container, st) in own)
        {
            var e = container;
            for (int level = 0; e is not null && level < MaxLevels; level++, e = e.ParentElement)
            {
                if (!all.TryGetValue(e, out var acc)) all[e] = acc = new Stats();
                acc.Merge(st);
                if (e == root) break;
            }
        }
        var mass = new Dictionary<IElement, double>(all.Count);
        var linkDominated = new HashSet<IElement>();
        foreach (var (element, st) in all)
        {
            if (st.Mass != 0) mass[element] = st.Mass;
            if (st.LinkChars > st.ProseChars && st.LinkChars > 0 && element.LocalName is not ("a" or "p" or "li" or "span")) linkDominated.Add(element);
        }
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

    private sealed class Stats
    {
        public double Mass;
        public int LinkChars, ProseChars;

        public void Add(HtmlBlock block, double weight)
        {
            Mass += weight;
            if (block.LinkDensity > 0.5) LinkChars += block.Text.Length; else ProseChars += block.Text.Length;
        }

        public void Merge(Stats other)
        {
            Mass += other.Mass;
            LinkChars += other.LinkChars;
            ProseChars += other.ProseChars;
        }
    }

    /// <summary>A sibling block joins the best one when its text mass is at least this (characters)...</summary>
    private const double SiblingMinMass = 200;
    /// <summary>...and at least this share of the best block's mass (chosen on the extraction eval).</summary>
    private const double SiblingShare = 0.1;

    /// <summary>Blocks under 20 characters carry no weight: labels, bylines, buttons.</summary>
    private const double ShortBlockWeight = 0;

    private static double Weight(HtmlBlock block)
    {
        int len = block.Text.Length;
        double density = block.LinkDensity;
        if (density > 0.5) return -len * 1.0;
        if (block.Kind == BlockKind.Heading) return 0;
        if (len < 20) return ShortBlockWeight;
        return len * (1 - density) * (block.Kind is BlockKind.ListItem or BlockKind.Cell ? 0.7 : 1.0);
    }
}
