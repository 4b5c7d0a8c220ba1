using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Elements a page itself names as its article body, by rank: schema.org articleBody, then the class/id names
/// CMSs give the body (entry-content, article-body, story-body…), then &lt;article&gt;. Found in one iterative
/// walk over the DOM (CSS substring selectors cost one full pass each).
/// </summary>
public static class DeclaredContainers
{
    private const int PerRank = 5;
    private const int NodeBudget = 2_000_000;

    private static readonly System.Buffers.SearchValues<string> ClassNames = System.Buffers.SearchValues.Create(
    [
        "article-body", "articleBody", "article__body", "article-content", "article__content", "entry-content", "post-content",
        "story-body", "post-body", "article-text", "articletext", "story-content", "td-post-content", "field-name-body",
    ], StringComparison.Ordinal);

    private static readonly string[] IdNames = ["article-body", "articleBody", "article-content", "story-body", "post-content"];

    /// <summary>Empty ranks, to fill with <see cref="Consider"/> during a walk of the page.</summary>
    public static List<IElement>[] NewRanks() => [[], [], []];

    /// <summary>Files <paramref name="e"/> under its rank when it names itself as the article body (itemprop already read by the caller).</summary>
    public static void Consider(IElement e, string? itemprop, List<IElement>[] ranks)
    {
        if (ranks[0].Count < PerRank && itemprop == "articleBody") ranks[0].Add(e);
        else if (ranks[1].Count < PerRank && NamedAsBody(e)) ranks[1].Add(e);
        else if (ranks[2].Count < PerRank && e.LocalName == "article") ranks[2].Add(e);
    }

    /// <summary>The ranks of a subtree on their own (the extractor gets them from the metadata walk, <see cref="PageMarkup"/>).</summary>
    public static List<IElement>[] Find(IElement root)
    {
        var ranks = NewRanks();
        var stack = new Stack<IElement>();
        stack.Push(root);
        int visited = 0;
        while (stack.Count > 0 && visited++ < NodeBudget)
        {
            var e = stack.Pop();
            if (e.LocalName is "script" or "style" or "svg" or "template") continue;
            Consider(e, e.GetAttribute("itemprop"), ranks);
            // ChildNodes is an indexed list; Children is a filtered view whose indexer re-enumerates from the start
            // (quadratic on pages with 100,000 siblings).
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push(child);
        }
        return ranks;
    }

    private static bool NamedAsBody(IElement e)
    {
        if (e.Attributes.Length == 0) return false;
        var cls = e.GetAttribute("class");
        // One vectorised search for all the names: fourteen substring searches per element were a few percent of the page.
        if (cls is not null && cls.AsSpan().IndexOfAny(ClassNames) >= 0) return true;
        var id = e.Id;
        if (id is not null)
            foreach (var n in IdNames)
                if (id.Contains(n, StringComparison.Ordinal)) return true;
        return false;
    }
}
