using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Recoupe.Model;

namespace Recoupe.Ingest;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feed files into one document per item: the item's full
/// content (content:encoded / atom content) or its description, with link, title, date and author as hints.
/// Tolerant of the usual feed sloppiness (RFC 822 dates with names, missing fields); DTDs are refused (XXE).
/// </summary>
public static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static bool LooksLikeFeed(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && head.Contains("Atom", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<InputItem> Read(string input, string xml)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            return [new InputFailure(input, $"malformed feed XML ({e.Message})")];
        }
        var root = doc.Root!;
        var items = root.Name == Atom + "feed" ? ReadAtom(input, root) : ReadRss(input, root);
        var list = items.ToList();
        return list.Count > 0 ? list : [new InputFailure(input, "feed has no items")];
    }

    private static IEnumerable<InputItem> ReadRss(string input, XElement root)
    {
        var channel = root.Element("channel") ?? root.Element(Rss1 + "channel");
        var outlet = Clean(channel?.Element("title")?.Value ?? channel?.Element(Rss1 + "title")?.Value);
        var items = root.Descendants().Where(e => e.Name.LocalName == "item");
        int n = 0;
        foreach (var item in items)
        {
            n++;
            string? Get(XName name) => Clean(item.Element(name)?.Value);
            var link = Get("link") ?? Get(Rss1 + "link") ?? Clean(item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value);
            var title = Get("title") ?? Get(Rss1 + "title");
            var body = Get(Content + "encoded") ?? Get("description") ?? Get(Rss1 + "description");
            var date = ParseDate(Get("pubDate") ?? Get(Dc + "date"));
            var author = Get(Dc + "creator") ?? Get("author");
            var name = $"{input}#{Get("guid") ?? link ?? n.ToString(CultureInfo.InvariantCulture)}";
            yield return Item(name, body, title, new DocumentHints(link, title, date, outlet, author));
        }
    }

    private static IEnumerable<InputItem> ReadAtom(string input, XElement root)
    {
        var outlet = Clean(root.Element(Atom + "title")?.Value);
        int n = 0;
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            n++;
            var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
            var title = Clean(entry.Element(Atom + "title")?.Value);
            var body = Clean(entry.Element(Atom + "content")?.Value) ?? Clean(entry.Element(Atom + "summary")?.Value);
            var date = ParseDate(Clean(entry.Element(Atom + "published")?.Value) ?? Clean(entry.Element(Atom + "updated")?.Value));
            var author = Clean(entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
            var name = $"{input}#{Clean(entry.Element(Atom + "id")?.Value) ?? link ?? n.ToString(CultureInfo.InvariantCulture)}";
            yield return Item(name, body, title, new DocumentHints(link, title, date, outlet, author));
        }
    }

    private static InputItem Item(string name, string? body, string? title, DocumentHints hints)
    {
        // A feed item with only a title still says something; one with nothing is reported.
        var content = body ?? (title is null ? null : $"<p>{System.Net.WebUtility.HtmlEncode(title)}</p>");
        if (content is null) return new InputFailure(name, "feed item has no title, description or content");
        return new InputDocument(new RawDocument(name, Encoding.UTF8.GetBytes(content), InputKind.FeedItem, hints));
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>RFC 822 ("Tue, 05 Sep 2023 14:02:00 GMT") or ISO 8601, to ISO; null when unreadable.</summary>
    internal static string? ParseDate(string? s)
    {
        if (s is null) return null;
        var inv = CultureInfo.InvariantCulture;
        var t = s.Trim();
        // .NET does not know the RFC 822 zone names other than GMT/UTC: map the common ones to offsets.
        foreach (var (zone, offset) in new[] { ("EDT", "-04:00"), ("EST", "-05:00"), ("CDT", "-05:00"), ("CST", "-06:00"), ("PDT", "-07:00"), ("PST", "-08:00"), ("CEST", "+02:00"), ("CET", "+01:00") })
            if (t.EndsWith(" " + zone, StringComparison.Ordinal)) { t = t[..^zone.Length] + offset; break; }
        if (DateTimeOffset.TryParse(t, inv, DateTimeStyles.AssumeUniversal, out var d))
            return d.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", inv);
        return null;
    }
}
