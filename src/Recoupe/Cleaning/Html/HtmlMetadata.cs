using AngleSharp.Dom;
using Recoupe.Cleaning.Dates;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// Metadata from a page's head and markup: meta tags (Open Graph, Dublin Core, article:*, parsely, sailthru),
/// JSON-LD, and markup conventions (rel=author, itemprop, time[datetime]). Explicit declarations are trusted
/// over visible text; visible text is the plain-text cleaner's business.
/// </summary>
public sealed partial record HtmlMetadata(string? Title, DateStamp? Published, string? Author, string? Outlet, string? CanonicalUrl, string? Language, JsonLdArticle? JsonLd)
{
    /// <summary>The page's own summary (og:description, description, twitter:description): the last resort when the page shows no text.</summary>
    public string? Description { get; init; }

    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:article:published_time", "article:published", "datepublished", "publishdate", "publish-date", "published_time",
        "pubdate", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "date",
        "article.published", "og:published_time", "originalpublicationdate", "created", "cxenseparse:recs:publishtime", "last-modified", "article:modified_time", "og:updated_time",
    ];

    private static readonly string[] AuthorKeys = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "twitter:creator"];

    public static HtmlMetadata Read(IDocument doc, string? url = null) => Read(doc, PageMarkup.Scan(doc), url);

    /// <summary>The metadata from a walk of the page already made (the extractor shares it with its container search).</summary>
    public static HtmlMetadata Read(IDocument doc, PageMarkup markup, string? url)
    {
        var meta = MetaMap(markup.Metas);
        var jsonLd = JsonLdArticle.Read(markup.JsonLd);
        var siteName = Clean(Get(meta, "og:site_name") ?? jsonLd?.Publisher ?? Get(meta, "application-name"));
        var title = TitleResolver.Resolve(Clean(Get(meta, "og:title") ?? jsonLd?.Headline ?? Get(meta, "twitter:title") ?? Get(meta, "dc.title")),
            Clean(doc.Title), markup.Headlines, siteName, url ?? Get(meta, "og:url"));
        var published = ReadDate(meta, jsonLd, markup.DateElements);
        var author = PersonName(jsonLd?.Author) ?? MetaAuthor(meta) ?? MarkupAuthor(markup.AuthorElements);
        var outlet = siteName ?? Clean(Get(meta, "publisher"));
        var canonical = markup.CanonicalHref ?? Get(meta, "og:url");
        if (canonical is not null && !canonical.StartsWith("http", StringComparison.OrdinalIgnoreCase)) canonical = null;
        var language = doc.DocumentElement?.GetAttribute("lang") ?? doc.DocumentElement?.GetAttribute("xml:lang")
            ?? Get(meta, "content-language") ?? Get(meta, "language") ?? Get(meta, "dc.language") ?? jsonLd?.Language ?? Get(meta, "og:locale");
        var description = Clean(Get(meta, "og:description") ?? Get(meta, "description") ?? Get(meta, "twitter:description"));
        return new HtmlMetadata(title, published, author, outlet, canonical?.Trim(), language, jsonLd) { Description = description };
    }

    /// <summary>name/property/itemprop/http-equiv → content, first one wins, keys lower-cased.</summary>
    private static readonly string[] MetaKeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    private static Dictionary<string, string> MetaMap(List<IElement> metas)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in metas)
        {
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content)) continue;
            foreach (var attr in MetaKeyAttributes)
            {
                var key = m.GetAttribute(attr);
                if (!string.IsNullOrEmpty(key)) map.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
            }
        }
        return map;
    }

    private static string? Get(Dictionary<string, string> map, string key) => map.TryGetValue(key, out var v) ? v : null;

    private static DateStamp? ReadDate(Dictionary<string, string> meta, JsonLdArticle? jsonLd, List<IElement> dateElements)
    {
        var fromJson = ParseDate(jsonLd?.DatePublished);
        if (fromJson is not null) return fromJson;
        foreach (var key in DateKeys)
        {
            var stamp = ParseDate(Get(meta, key));
            if (stamp is not null) return stamp;
        }
        foreach (var time in dateElements)
        {
            var stamp = ParseDate(time.GetAttribute("datetime") ?? time.GetAttribute("content") ?? BoundedText(time));
            if (stamp is not null) return stamp;
        }
        return null;
    }

    /// <summary>ISO first (with its precision), then any written date the stamp finder reads.</summary>
    internal static DateStamp? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200 || !YearPattern().IsMatch(text)) return null;
        var iso = DateStamp.TryParseIso(text);
        if (iso is not null && iso.Value.Year is >= 1990 and <= 2100) return iso;
        return DateStampFinder.FindFirst(text)?.Stamp;
    }

    // "Posted by", "Veröffentlicht von", "View all posts by", "Author:", "von"/"by" glued to the name by markup.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:view\s+all\s+posts|alle\s+beitr[äa]ge|tous\s+les\s+articles|posted|written|published|veröffentlicht|geschrieben|erstellt|verfasst|publi[ée]|[ée]crit|publicado|escrito|pubblicato|scritto)\s*)?(?:by|von|vom|par|por|di|de|author|autor|auteur|autore)?\s*:?\s*(?=\p{Lu})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AuthorLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(?:[|,/–-]\s*$|\s(?:am|on|le|el|il)\s+\d.*$|\s*[|]\s.*$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AuthorTail();

    private static string? MetaAuthor(Dictionary<string, string> meta)
    {
        foreach (var key in AuthorKeys)
        {
            var name = PersonName(Get(meta, key));
            if (name is not null) return name;
        }
        return null;
    }

    /// <summary>
    /// The first author element that reads as a name; when author elements nest ("byline" around "author-name"), the
    /// innermost that reads as a name: the wrapper adds labels and roles ("By", "Staff writer") to it.
    /// </summary>
    private static string? MarkupAuthor(List<IElement> authorElements)
    {
        for (int i = 0; i < authorElements.Count; i++)
        {
            var name = PersonName(BoundedText(authorElements[i]));
            if (name is null) continue;
            // Author elements are in document order: those inside this one follow it.
            var outer = authorElements[i];
            for (int j = i + 1; j < authorElements.Count && outer.Contains(authorElements[j]); j++)
            {
                var inner = PersonName(BoundedText(authorElements[j]));
                if (inner is not null) { name = inner; outer = authorElements[j]; }
            }
            return name;
        }
        return null;
    }

    /// <summary>A plausible author string: not a URL, not a paragraph, "By"/"Von"/"Par" cut off.</summary>
    private static string? PersonName(string? text)
    {
        var t = Clean(text);
        if (t is null || t.Length > 100 || t.Contains("://", StringComparison.Ordinal) || t.StartsWith('@')) return null;
        t = AuthorLabel().Replace(t, "");
        t = AuthorTail().Replace(t, "").Trim();
        if (t.Length < 2 || t.Contains('@') || t.Contains("[at]", StringComparison.Ordinal)) return null;
        return t.Split(' ').Length <= 8 ? t : null;
    }

    /// <summary>
    /// The text of a small element (a date, a byline): null when it holds more than a name or a date could need, so a
    /// "byline" class on a wrapper of the whole page costs no more than a few hundred characters of reading.
    /// </summary>
    internal static string? BoundedText(IElement element, int maxChars = 300)
    {
        var text = new System.Text.StringBuilder();
        // A null entry marks the end of a block element: block boundaries separate words ("<div>Jane</div><div>Doe</div>"),
        // whether or not the page put whitespace between them (the pre-pass drops it, TagGaps).
        var stack = new Stack<INode?>();
        stack.Push(element);
        int visited = 0;
        while (stack.Count > 0 && visited++ < 200)
        {
            var node = stack.Pop();
            if (node is null) { text.Append(' '); continue; }
            if (node is IText t)
            {
                text.Append(t.Data);
                if (text.Length > maxChars) return null;
                continue;
            }
            if (node is IElement { LocalName: "script" or "style" }) continue;
            if (node != element && node is IElement e && HtmlTags.Block.Contains(e.LocalName))
            {
                text.Append(' ');
                stack.Push(null);
            }
            var children = node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return stack.Count > 0 ? null : text.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:19|20)\d\d")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    internal static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = System.Net.WebUtility.HtmlDecode(text);
        t = string.Join(' ', t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length == 0 ? null : t;
    }
}
