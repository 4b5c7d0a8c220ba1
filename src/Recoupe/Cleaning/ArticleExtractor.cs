using System.Collections.Immutable;
using Recoupe.Cleaning.Html;
using Recoupe.Cleaning.PlainText;
using Recoupe.Ingest;
using Recoupe.Model;

namespace Recoupe.Cleaning;

/// <summary>
/// The cleaning stage: rejects empty and binary input, sends HTML to the HTML extractor and plain text to the
/// plain-text cleaner (feed items and JSON lines may hold either: we sniff for markup), then applies the hints
/// that came with the input (they are trusted over guesses) and joins paragraphs into the article text.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    public ParseResult<Article> Extract(RawDocument document)
    {
        if (document.Bytes.Length == 0) return ParseResult<Article>.Fail("empty input");
        if (InputSniffer.LooksBinary(document.Bytes)) return ParseResult<Article>.Fail("binary content");
        var text = TextDecoder.Decode(document.Bytes);
        if (string.IsNullOrWhiteSpace(text)) return ParseResult<Article>.Fail("empty input");
        if (InputSniffer.LooksBinary(text)) return ParseResult<Article>.Fail("binary content");

        bool html = document.Kind == InputKind.Html || (document.Kind != InputKind.Text && InputSniffer.LooksLikeHtml(text));
        // Scripts, styles, inline SVG and comments are never article text and are most of a news page's markup:
        // dropped in one linear pass before parsing, they no longer count against the size limit below.
        var furniture = ImmutableArray<Removal>.Empty;
        if (html)
        {
            var prepass = HtmlPrepass.Run(text);
            text = prepass.Html;
            furniture = prepass.Furniture;
        }
        // Bounded memory on monster pages: no news article needs more than the first few megabytes of markup, and the
        // DOM of a 20 MB page costs hundreds of megabytes. The HTML path itself is linear in the page (HtmlScalingTests),
        // so the cut bounds memory more than time.
        Removal? truncated = null;
        if (html && text.Length > MaxHtmlChars)
        {
            truncated = new Removal($"[{text.Length - MaxHtmlChars:N0} characters of markup after the first {MaxHtmlChars:N0}]", "page truncated (too large)");
            text = text[..MaxHtmlChars];
        }
        var content = html
            ? HtmlArticleExtractor.Extract(text, document.Hints)
            : PlainTextCleaner.Clean(text, document.Hints);
        if (content.Paragraphs.IsDefaultOrEmpty) return ParseResult<Article>.Fail("no article text found");
        // A file holding ";" or "1" has a paragraph but says nothing: an article has words.
        if (!HasLetters(content.Paragraphs, MinLetters)) return ParseResult<Article>.Fail("no article text found (no words)");
        var article = Assemble(document, furniture.IsEmpty ? content : content with { Removed = content.Removed.AddRange(furniture) });
        return ParseResult<Article>.Ok(truncated is null ? article : article with { Removed = article.Removed.Add(truncated) });
    }

    /// <summary>Fewer letters than this in all the kept text is no article.</summary>
    private const int MinLetters = 2;

    private static bool HasLetters(ImmutableArray<string> paragraphs, int wanted)
    {
        int letters = 0;
        foreach (var p in paragraphs)
            foreach (char c in p)
                if (char.IsLetter(c) && ++letters >= wanted) return true;
        return false;
    }

    /// <summary>HTML beyond this many characters is cut before parsing (recorded as a removal).</summary>
    public const int MaxHtmlChars = 2_000_000;

    private static Article Assemble(RawDocument document, ExtractedContent content)
    {
        var hints = document.Hints;
        var text = new System.Text.StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(content.Paragraphs.Length);
        foreach (var paragraph in content.Paragraphs)
        {
            if (text.Length > 0) text.Append("\n\n");
            spans.Add(new TextSpan(text.Length, text.Length + paragraph.Length));
            text.Append(paragraph);
        }
        var url = hints.Url ?? content.Url;
        return new Article
        {
            Input = document.Input,
            ContentHash = document.ContentHash,
            Url = url,
            CanonicalUrl = content.CanonicalUrl,
            Title = hints.Title ?? content.Title,
            Published = DateStamp.TryParseIso(hints.Published) ?? content.Published ?? UrlDates.FromUrl(url),
            Author = hints.Author ?? content.Author,
            Outlet = hints.Outlet ?? content.Outlet ?? UrlDates.Host(url ?? content.CanonicalUrl),
            Language = NormalizeLanguage(hints.Language) ?? NormalizeLanguage(content.Language) ?? "und",
            Text = text.ToString(),
            Paragraphs = spans.MoveToImmutable(),
            Removed = content.Removed,
        };
    }

    /// <summary>"fr-FR", "FR", "fr_CA" → "fr"; anything that is not a two/three-letter code → null.</summary>
    private static string? NormalizeLanguage(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) && primary != "und" ? primary : null;
    }
}
