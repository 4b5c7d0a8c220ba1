using Recoupe.Model;
using Recoupe.Web.Html;

namespace Recoupe.Web.Pages;

/// <summary>A stretch of article text to highlight: a CSS class and the words shown on hover.</summary>
public sealed record Highlight(TextSpan Span, string CssClass, string Label);

/// <summary>
/// Writes an article's text as paragraphs with its mentions as &lt;mark&gt; elements, built from character
/// offsets. Mentions overlap (an entity inside a quote, a date inside both), so the text is cut at every
/// span boundary and each piece gets one mark carrying the classes of all the spans covering it: the
/// elements never have to nest. Cited spans (what briefs link to) wrap the marks as
/// &lt;span class="cite" id="c-START-END"&gt;, so /articles/N#c-START-END scrolls to and lights up the span.
/// </summary>
public static class MarkedText
{
    public static string CiteId(int start, int end) => $"c-{start}-{end}";

    public static void Write(HtmlWriter h, string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Highlight> highlights, IEnumerable<TextSpan> cites)
    {
        var paras = Paragraphs(text, paragraphs);
        var marks = highlights.Where(m => Valid(m.Span, text)).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End).ToList();
        var (wrapped, anchors) = ChooseCites(cites.Where(c => Valid(c, text)).Distinct().ToList());

        var cuts = new SortedSet<int>();
        foreach (var p in paras) { cuts.Add(p.Start); cuts.Add(p.End); }
        foreach (var m in marks) { cuts.Add(m.Span.Start); cuts.Add(m.Span.End); }
        foreach (var c in wrapped) { cuts.Add(c.Start); cuts.Add(c.End); }
        foreach (var a in anchors) cuts.Add(a.Start);
        var points = cuts.ToList();

        int pi = 0, mi = 0, ci = 0, ai = 0, openParagraph = -1;
        TextSpan? openCite = null;
        var citesOpened = new HashSet<TextSpan>();
        var active = new List<Highlight>();
        for (int k = 0; k + 1 < points.Count; k++)
        {
            int a = points[k], b = points[k + 1];
            while (pi < paras.Count && paras[pi].End <= a) pi++;
            bool inParagraph = pi < paras.Count && paras[pi].Start <= a;
            if (openParagraph >= 0 && (!inParagraph || openParagraph != pi))
            {
                if (openCite is not null) { h.Close("span"); openCite = null; }
                h.Close("p");
                openParagraph = -1;
            }
            if (!inParagraph) continue; // whitespace between paragraphs
            if (openParagraph < 0) { h.Open("p"); openParagraph = pi; }

            while (ci < wrapped.Count && wrapped[ci].End <= a) ci++;
            TextSpan? cite = ci < wrapped.Count && wrapped[ci].Start <= a ? wrapped[ci] : null;
            if (openCite != cite)
            {
                if (openCite is not null) h.Close("span");
                if (cite is { } c)
                    // The id goes on the first piece only; a cite cut by a paragraph break continues without one.
                    h.Open("span", ("class", "cite"), ("id", citesOpened.Add(c) ? CiteId(c.Start, c.End) : null));
                openCite = cite;
            }
            while (ai < anchors.Count && anchors[ai].Start <= a)
            {
                h.Open("span", ("class", "cite-anchor"), ("id", CiteId(anchors[ai].Start, anchors[ai].End))).Close("span");
                ai++;
            }

            active.RemoveAll(m => m.Span.End <= a);
            while (mi < marks.Count && marks[mi].Span.Start <= a)
            {
                if (marks[mi].Span.End > a) active.Add(marks[mi]);
                mi++;
            }
            if (active.Count == 0) h.Text(text, a, b);
            else
            {
                var classes = string.Join(" ", active.Select(m => m.CssClass).Distinct());
                var labels = string.Join(" · ", active.Select(m => m.Label).Distinct());
                h.Open("mark", ("class", classes), ("title", labels)).Text(text, a, b).Close("mark");
            }
        }
        if (openCite is not null) h.Close("span");
        if (openParagraph >= 0) h.Close("p");
    }

    private static bool Valid(TextSpan s, string text) => s.End <= text.Length && s.Length > 0;

    /// <summary>The stored paragraphs (sorted, clipped, overlaps dropped), or the text's non-empty lines when there are none.</summary>
    private static List<TextSpan> Paragraphs(string text, IReadOnlyList<TextSpan> stored)
    {
        var list = new List<TextSpan>();
        int last = 0;
        foreach (var p in stored.Where(p => Valid(p, text)).OrderBy(p => p.Start))
        {
            if (p.Start < last) continue;
            list.Add(p);
            last = p.End;
        }
        if (list.Count > 0) return list;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (text.AsSpan(start, i - start).Trim().Length > 0) list.Add(new TextSpan(start, i));
            start = i + 1;
        }
        return list;
    }

    /// <summary>
    /// Cites that do not overlap wrap their text; one that partly overlaps a chosen cite cannot also wrap,
    /// so it becomes an empty anchor at its start (the link still lands there).
    /// </summary>
    private static (List<TextSpan> Wrapped, List<TextSpan> Anchors) ChooseCites(List<TextSpan> cites)
    {
        var wrapped = new List<TextSpan>();
        var anchors = new List<TextSpan>();
        int end = 0;
        foreach (var c in cites.OrderBy(c => c.Start).ThenByDescending(c => c.End))
        {
            if (c.Start >= end) { wrapped.Add(c); end = c.End; }
            else anchors.Add(c);
        }
        return (wrapped, anchors);
    }
}
