using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>HTML → main text and metadata.</summary>
public static class HtmlArticleExtractor
{
    public static ExtractedContent Extract(string html, DocumentHints hints)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        foreach (var p in doc.QuerySelectorAll("p"))
        {
            var t = p.TextContent.Trim();
            if (t.Length > 0) paragraphs.Add(t);
        }
        return new ExtractedContent { Paragraphs = paragraphs.ToImmutable(), Title = doc.Title?.Trim() };
    }
}
