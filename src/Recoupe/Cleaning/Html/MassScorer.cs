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

    public static IElement? FindContainer(List<HtmlBlock> blocks, IElement root)
    {
        var mass = new Dictionary<IElement, double>();
        foreach (var block in blocks)
        {
            double w = Weight(block);
            if (w == 0) continue;
            var e = block.Container;
            for (int level = 0; e is not null && level < MaxLevels; level++, e = e.ParentElement)
            {
                mass[e] = mass.GetValueOrDefault(e) + w;
                if (e == root) break;
            }
        }
        IElement? best = null;
        double bestMass = 0;
        foreach (var (element, m) in mass)
        {
            // Containers, not single paragraphs: a lone <p> is never the article.
            if (element.LocalName is "p" or "span" or "a" or "li" or "h1" or "h2" or "h3" or "h4" or "td") continue;
            if (m > bestMass) { bestMass = m; best = element; }
        }
        return best;
    }

    private static double Weight(HtmlBlock block)
    {
        int len = block.Text.Length;
        double density = block.LinkDensity;
        if (density > 0.5) return -len * 1.0;
        if (block.Kind == BlockKind.Heading) return 0;
        if (len < 20) return -2;
        return len * (1 - density) * (block.Kind is BlockKind.ListItem or BlockKind.Cell ? 0.7 : 1.0);
    }
}
