using System.Collections.Immutable;
using Recoupe.Model;
using Recoupe.Web.Pages;

namespace Recoupe.Web.Tests.Pages;

public sealed class ArticlePageTests
{
    private const string Text = "Le 5 septembre, Owen Radcliff a averti : « La Norvège réglera la facture ».";

    private static AnalyzedArticle Sample(string? url = "https://news.example/a")
    {
        int quote = Text.IndexOf('«'), radcliff = Text.IndexOf("Owen", StringComparison.Ordinal), norvege = Text.IndexOf("Norvège", StringComparison.Ordinal);
        var article = new Article
        {
            Id = 7, Input = "a.html", ContentHash = "h", Text = Text, Title = "Radcliff <prévient>", Outlet = "Le Quotidien", Url = url, Language = "fr",
            Published = DateStamp.Day(2023, 9, 5),
            Paragraphs = [new TextSpan(0, Text.Length)],
            Removed = [new Removal("Abonnez-vous à notre newsletter <gratuite>", "newsletter prompt"), new Removal("Publicité", "advertisement label")],
        };
        var annotations = new ArticleAnnotations(
            [new Sentence(new TextSpan(0, Text.Length))],
            [new EntityMention(new TextSpan(radcliff, radcliff + 12), EntityType.Person, "Owen Radcliff", "radcliff"),
             new EntityMention(new TextSpan(norvege, norvege + 7), EntityType.Place, "Norvège", "norvege")],
            [new QuoteMention(new TextSpan(quote, Text.Length - 1), "Owen Radcliff", new TextSpan(radcliff, radcliff + 12), "averti")],
            [new TimeMention(new TextSpan(3, 14), TimexType.Date, "2023-09-05")]);
        return new AnalyzedArticle(article, annotations);
    }

    private static Brief BriefCiting(params SourceSpan[] spans) => new(
        3, "Story", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [], [new SummarySentence("s", [.. spans])], [], [], [], [], []);

    [Fact]
    public void Removed_furniture_is_struck_through_with_its_reason()
    {
        var html = ArticlePage.Render(Sample(), 3, null);
        Assert.Contains("<del>Abonnez-vous à notre newsletter &lt;gratuite&gt;</del><span class=\"reason\">newsletter prompt</span>", html);
        Assert.Contains("<del>Publicité</del><span class=\"reason\">advertisement label</span>", html);
    }

    [Fact]
    public void Mentions_are_marked_by_kind()
    {
        var html = ArticlePage.Render(Sample(), 3, null);
        Assert.Contains("<mark class=\"m-time\" title=\"DATE 2023-09-05\">5 septembre</mark>", html);
        Assert.Contains("class=\"m-person m-speaker\"", html);
        Assert.Contains("class=\"m-quote m-place\"", html);
        Assert.Contains("Radcliff &lt;prévient&gt;", html);
    }

    [Fact]
    public void Spans_cited_by_the_story_brief_are_link_targets()
    {
        var html = ArticlePage.Render(Sample(), 3, BriefCiting(new SourceSpan(7, 16, 40), new SourceSpan(99, 0, 5)));
        Assert.Contains("<span class=\"cite\" id=\"c-16-40\">", html);
        Assert.DoesNotContain("c-0-5", html); // another article's span
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    public void Non_http_urls_are_shown_as_text_not_links(string url)
    {
        var html = ArticlePage.Render(Sample(url), 3, null);
        Assert.DoesNotContain("href=\"" + url, html);
        Assert.Contains("class=\"unsafe-url\"", html);
    }

    [Fact]
    public void Http_urls_are_links_without_referrer()
    {
        var html = ArticlePage.Render(Sample(), 3, null);
        Assert.Contains("href=\"https://news.example/a\" rel=\"noopener noreferrer nofollow\"", html);
    }
}
