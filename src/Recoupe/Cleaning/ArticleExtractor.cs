using System.Collections.Immutable;
using Recoupe.Ingest;
using Recoupe.Model;

namespace Recoupe.Cleaning;

/// <summary>PLACEHOLDER (to be replaced by the cleaning stage): decodes text and splits paragraphs on blank lines.</summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public ParseResult<Article> Extract(RawDocument document)
    {
        var text = TextDecoder.Decode(document.Bytes).Trim();
        if (text.Length == 0) return ParseResult<Article>.Fail("no text");
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        int start = 0;
        foreach (var part in text.Split("\n\n"))
        {
            paragraphs.Add(new TextSpan(start, start + part.Length));
            start += part.Length + 2;
        }
        return ParseResult<Article>.Ok(new Article
        {
            Input = document.Input,
            ContentHash = document.ContentHash,
            Url = document.Hints.Url,
            Title = document.Hints.Title,
            Published = DateStamp.TryParseIso(document.Hints.Published),
            Outlet = document.Hints.Outlet,
            Text = text,
            Paragraphs = paragraphs.ToImmutable(),
        });
    }
}
