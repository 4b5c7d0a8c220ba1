using System.Diagnostics;
using System.Text;
using Recoupe.Cleaning;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>Bad and hostile input: clear failures for what is not an article, no crash and bounded time for the rest.</summary>
public sealed class HostileInputTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static ParseResult<Article> Extract(string text, InputKind kind) =>
        Extractor.Extract(new RawDocument("test", Encoding.UTF8.GetBytes(text), kind));

    [Fact]
    public void Empty_input_fails_with_reason()
    {
        var result = Extractor.Extract(new RawDocument("empty", [], InputKind.Text));
        Assert.False(result.Success);
        Assert.Equal("empty input", result.Error);
        Assert.Equal("empty input", Extract("  \n\n \t ", InputKind.Text).Error);
    }

    [Fact]
    public void Binary_input_fails_with_reason()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i += 7) bytes[i] = 0;
        var result = Extractor.Extract(new RawDocument("blob.bin", bytes, InputKind.Text));
        Assert.False(result.Success);
        Assert.Equal("binary content", result.Error);
    }

    [Fact]
    public void Page_of_furniture_only_has_no_article_text()
    {
        var result = Extract("<html><body><nav><a href='/'>Accueil</a></nav><p>Publicité</p><footer>© 2024</footer></body></html>", InputKind.Html);
        Assert.False(result.Success);
        Assert.Equal("no article text found", result.Error);
    }

    [Fact]
    public void Malformed_html_is_read()
    {
        var html = "<html><body><div><p>Le gouvernement a présenté mercredi un projet de loi sur l'énergie, qui prévoit une hausse des investissements.<p>Les députés en débattront en commission dès la semaine prochaine, selon le ministre.</b></i></div></span><table><tr><td>";
        var result = Extract(html, InputKind.Html);
        Assert.True(result.Success, result.Error);
        Assert.Contains("projet de loi", result.Value!.Text);
    }

    [Fact]
    public void Dom_nested_ten_thousand_deep_does_not_crash()
    {
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 10_000; i++) sb.Append("<div>");
        sb.Append("<p>Une phrase d'article assez longue pour compter comme du texte, avec des virgules, et un point final.</p>");
        for (int i = 0; i < 10_000; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        var clock = Stopwatch.StartNew();
        var result = Extract(sb.ToString(), InputKind.Html);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(result.Success || result.Error == "no article text found");
    }

    [Fact]
    // A 20 MB page is cut to ArticleExtractor.MaxHtmlChars before parsing, with the cut recorded as a removal.
    public void Large_page_is_extracted_in_bounded_time()
    {
        var sb = new StringBuilder("<html><head><title>Big page</title></head><body>");
        var paragraph = "<p>Le conseil municipal a voté le budget, après un long débat, et les travaux commenceront au printemps prochain.</p>\n";
        while (sb.Length < 20_000_000) sb.Append("<div class='block'>").Append(paragraph).Append("<a href='/x'>lien</a></div>\n");
        sb.Append("</body></html>");
        var clock = Stopwatch.StartNew();
        var result = Extract(sb.ToString(), InputKind.Html);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.True(result.Success, result.Error);
        Assert.Contains(result.Value!.Removed, r => r.Reason == "page truncated (too large)");
    }

    [Fact]
    public void Huge_plain_text_line_is_cleaned_in_bounded_time()
    {
        var text = "Titre de l'article sur le budget\n\n" + string.Concat(Enumerable.Repeat("Le conseil a voté, puis il a débattu. ", 200_000));
        var clock = Stopwatch.StartNew();
        var result = Extract(text, InputKind.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(result.Success, result.Error);
    }
}
