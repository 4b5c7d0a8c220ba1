using AngleSharp.Dom;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// The elements metadata is read from, gathered in one walk over the document (each CSS query was a full pass of
/// its own, and the author selector list alone cost as much as the block walk): meta tags, the canonical link,
/// date-bearing elements, author-bearing elements, headlines, ld+json scripts and the elements that name themselves
/// the article body, each in document order.
/// </summary>
public sealed class PageMarkup
{
    private const int NodeBudget = 3_000_000;
    private const int MaxPerKind = 64;

    public List<IElement> Metas { get; } = [];
    public string? CanonicalHref { get; private set; }
    /// <summary>time[datetime] and [itemprop=datePublished].</summary>
    public List<IElement> DateElements { get; } = [];
    /// <summary>[itemprop=author] (and its [itemprop=name]), [rel=author], .author, .byline, .author-name, .byline-name.</summary>
    public List<IElement> AuthorElements { get; } = [];
    public List<IElement> Headlines { get; } = [];
    public List<string> JsonLd { get; } = [];
    /// <summary>Elements that name themselves as the article body, by rank (see <see cref="DeclaredContainers"/>).</summary>
    public List<IElement>[] DeclaredRanks { get; } = DeclaredContainers.NewRanks();

    public static PageMarkup Scan(IDocument doc)
    {
        var markup = new PageMarkup();
        if (doc.DocumentElement is not null) markup.Walk(doc.DocumentElement);
        return markup;
    }

    private void Walk(IElement root)
    {
        // (element, inside an [itemprop=author] element)
        var stack = new Stack<(IElement Element, bool InAuthor)>();
        stack.Push((root, false));
        int visited = 0;
        while (stack.Count > 0 && visited++ < NodeBudget)
        {
            var (e, inAuthor) = stack.Pop();
            bool authorScope = inAuthor;
            switch (e.LocalName)
            {
                case "meta":
                    if (Metas.Count < 4 * MaxPerKind) Metas.Add(e);
                    continue;
                case "link":
                    if (CanonicalHref is null && string.Equals(e.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase)) CanonicalHref = e.GetAttribute("href");
                    continue;
                case "script":
                    if (JsonLd.Count < MaxPerKind && string.Equals(e.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) JsonLd.Add(e.TextContent);
                    continue;
                case "style" or "svg" or "template":
                    continue;
                case "h1":
                    if (Headlines.Count < 5) Headlines.Add(e);
                    break;
                case "time":
                    if (DateElements.Count < MaxPerKind && e.HasAttribute("datetime")) DateElements.Add(e);
                    break;
            }
            // Most elements keep no attribute once the parser has dropped those we never read: no lookups for them.
            bool bare = e.Attributes.Length == 0;
            var itemprop = bare ? null : e.GetAttribute("itemprop");
            DeclaredContainers.Consider(e, itemprop, DeclaredRanks);
            if (itemprop is not null)
            {
                if (itemprop == "datePublished" && DateElements.Count < MaxPerKind && !DateElements.Contains(e)) DateElements.Add(e);
                if (itemprop == "author") authorScope = true;
            }
            if (!bare && AuthorElements.Count < MaxPerKind && NamesAuthor(e, itemprop, inAuthor)) AuthorElements.Add(e);

            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push((child, authorScope));
        }
    }

    private static bool NamesAuthor(IElement e, string? itemprop, bool inAuthor)
    {
        if (itemprop == "author" || inAuthor && itemprop == "name") return true;
        if (e.GetAttribute("rel") == "author") return true;
        var cls = e.GetAttribute("class");
        if (cls is null || !cls.Contains("author", StringComparison.Ordinal) && !cls.Contains("byline", StringComparison.Ordinal)) return false;
        foreach (var token in cls.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            if (token is "author" or "byline" or "author-name" or "byline-name") return true;
        return false;
    }
}
