using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Readability-style choice of the element that holds the article: every paragraph-like block scores by its
/// length and commas, the score flows to its parent (full), grandparent (half) and higher ancestors (less),
/// ancestors are weighed by their class/id names and by the share of their text that is link text.
/// The best ancestor wins; siblings that scored well too are taken along (articles split into several divs).
/// </summary>
public static class ContentScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;
    /// <summary>Text and link counts go up this many levels: enough for candidates, bounded for 10,000-deep DOMs.</summary>
    private const int StatLevels = 10;

    private sealed class Stats
    {
        public double Score;
        public int Chars;
        public int LinkChars;
        public bool Scored;
    }

    /// <summary>The containers to read the article from, best first; empty when no block is long enough.</summary>
    public static List<IElement> FindContainers(List<HtmlBlock> blocks)
    {
        var stats = new Dictionary<IElement, Stats>();
        foreach (var block in blocks)
        {
            var e = block.Container;
            for (int level = 0; e is not null && level < StatLevels; level++, e = e.ParentElement)
            {
                var s = Get(stats, e);
                s.Chars += block.Text.Length;
                s.LinkChars += block.LinkChars;
            }
        }
        foreach (var block in blocks)
        {
            if (block.Text.Length < MinParagraphLength || block.Kind is BlockKind.Heading) continue;
            double score = 1 + CountCommas(block.Text) + Math.Min(block.Text.Length / 100.0, 3.0);
            if (block.Kind is BlockKind.ListItem or BlockKind.Cell) score *= 0.5;
            var e = block.Container.ParentElement;
            if (block.Kind == BlockKind.Other) e = block.Container; // text straight in a div: the div is the paragraph's parent
            for (int level = 0; e is not null && level < AncestorLevels; level++, e = e.ParentElement)
            {
                var s = Get(stats, e);
                if (!s.Scored) { s.Scored = true; s.Score += InitialScore(e); }
                s.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            }
        }

        IElement? top = null;
        double best = 0;
        foreach (var (element, s) in stats)
        {
            if (!s.Scored) continue;
            double linkDensity = s.Chars == 0 ? 0 : (double)s.LinkChars / s.Chars;
            s.Score *= 1 - linkDensity;
            if (s.Score > best) { best = s.Score; top = element; }
        }
        if (top is null) return [];

        var parent = top.ParentElement;
        if (parent is null) return [top];
        double threshold = Math.Max(10, best * 0.2);
        // Siblings in document order, so the article reads top to bottom (walking the parent's node list is linear;
        // sorting by document position was quadratic on pages with 100,000 siblings).
        var result = new List<IElement>();
        var children = parent.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement sibling) continue;
            if (sibling == top) { result.Add(top); continue; }
            if (stats.TryGetValue(sibling, out var s) && s.Scored && s.Score >= threshold) result.Add(sibling);
            else if (sibling.LocalName == "p" && s is not null && s.Chars > 80 && s.LinkChars < s.Chars / 4) result.Add(sibling);
        }
        return result;
    }

    private static Stats Get(Dictionary<IElement, Stats> stats, IElement e)
    {
        if (!stats.TryGetValue(e, out var s)) stats[e] = s = new Stats();
        return s;
    }

    private static double InitialScore(IElement e)
    {
        double score = e.LocalName switch
        {
            "article" => 10,
            "div" or "section" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "ul" or "ol" or "dl" or "form" or "li" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + ClassIdCues.Judge(e) switch
        {
            ClassIdVerdict.Content => 25,
            ClassIdVerdict.Furniture or ClassIdVerdict.Comments => -25,
            ClassIdVerdict.WeakFurniture => -10,
            _ => 0,
        };
    }

    private static int CountCommas(string text)
    {
        int n = 0;
        foreach (char c in text) if (c is ',' or '،' or '，') n++;
        return n;
    }
}
