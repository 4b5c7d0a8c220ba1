using System.Text.Json;

namespace Recoupe.Cleaning.Html;

/// <summary>What a page's schema.org JSON-LD says about its article (NewsArticle, BlogPosting…).</summary>
public sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? Publisher, string? ArticleBody, string? Url, string? Language)
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The first article-typed object in the page's ld+json scripts; fields missing there are filled from later ones.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> scripts)
    {
        JsonLdArticle? found = null;
        foreach (var json in scripts)
        {
            if (json.Length > 2_000_000) continue;
            try
            {
                using var doc = JsonDocument.Parse(json, Options);
                foreach (var obj in ArticleObjects(doc.RootElement))
                {
                    var next = FromObject(obj);
                    found = found is null ? next : found with
                    {
                        Headline = found.Headline ?? next.Headline,
                        DatePublished = found.DatePublished ?? next.DatePublished,
                        Author = found.Author ?? next.Author,
                        Publisher = found.Publisher ?? next.Publisher,
                        ArticleBody = found.ArticleBody ?? next.ArticleBody,
                        Url = found.Url ?? next.Url,
                        Language = found.Language ?? next.Language,
                    };
                }
            }
            catch (JsonException) { /* malformed ld+json is common; the rest of the page still counts */ }
        }
        return found;
    }

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "TechArticle", "ScholarlyArticle", "LiveBlogPosting", "SocialMediaPosting", "Report", "WebPage", "Recipe", "Review", "Posting",
    };

    /// <summary>Article-typed objects anywhere in the JSON (top level, arrays, @graph, mainEntity), walked with an explicit stack.</summary>
    private static IEnumerable<JsonElement> ArticleObjects(JsonElement root)
    {
        var stack = new Stack<(JsonElement, int)>();
        stack.Push((root, 0));
        var articles = new List<JsonElement>();
        var pages = new List<JsonElement>();
        while (stack.Count > 0)
        {
            var (e, depth) = stack.Pop();
            if (depth > 6) continue;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray().Reverse()) stack.Push((item, depth + 1));
                continue;
            }
            if (e.ValueKind != JsonValueKind.Object) continue;
            var type = TypeOf(e);
            if (type is not null && ArticleTypes.Contains(type)) (type.Equals("WebPage", StringComparison.OrdinalIgnoreCase) ? pages : articles).Add(e);
            foreach (var key in new[] { "@graph", "mainEntity", "mainEntityOfPage" })
                if (e.TryGetProperty(key, out var child) && child.ValueKind is JsonValueKind.Array or JsonValueKind.Object) stack.Push((child, depth + 1));
        }
        return articles.Concat(pages);
    }

    private static string? TypeOf(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var t)) return null;
        if (t.ValueKind == JsonValueKind.String) return t.GetString();
        if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()!)) return x.GetString();
        return null;
    }

    private static JsonLdArticle FromObject(JsonElement e) => new(
        Str(e, "headline") ?? Str(e, "name"),
        Str(e, "datePublished") ?? Str(e, "dateCreated"),
        NameOf(e, "author") ?? NameOf(e, "creator"),
        NameOf(e, "publisher"),
        Str(e, "articleBody") ?? Str(e, "text"),
        Str(e, "url"),
        Str(e, "inLanguage"));

    private static string? Str(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    /// <summary>A person or organisation's name: a string, an object with "name", or the first of an array.</summary>
    private static string? NameOf(JsonElement e, string key)
    {
        if (!e.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array)
        {
            var names = v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ValueKind == JsonValueKind.Object ? Str(x, "name") : null)
                .Where(n => !string.IsNullOrWhiteSpace(n)).Take(4).ToList();
            return names.Count > 0 ? string.Join("; ", names) : null;
        }
        if (v.ValueKind == JsonValueKind.String) return string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString()!.Trim();
        return v.ValueKind == JsonValueKind.Object ? Str(v, "name") : null;
    }
}
