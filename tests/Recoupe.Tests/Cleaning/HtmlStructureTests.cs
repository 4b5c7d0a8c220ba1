using System.Text;
using Recoupe.Cleaning;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>Markup conventions the HTML extractor reads: ruby annotations, standfirsts in heading tags, pages with no visible text.</summary>
public sealed class HtmlStructureTests
{
    private static Article Extract(string html)
    {
        var result = new ArticleExtractor().Extract(new RawDocument("test.html", Encoding.UTF8.GetBytes(html), InputKind.Html));
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    private const string Body =
        "<p>Le conseil municipal a voté mercredi le budget de l'année prochaine, après un long débat sur les investissements, la dette et les écoles.</p>"
        + "<p>Les travaux de rénovation commenceront au printemps, selon le maire, qui promet une concertation avec les habitants du quartier.</p>";

    [Fact]
    public void Ruby_annotations_are_not_text()
    {
        var article = Extract("<html lang='ja'><body><article><p><ruby>法律<rt>ほうりつ</rt></ruby>ができて、<ruby>親<rp>(</rp><rt>おや</rt><rp>)</rp></ruby>が子どもを教育するために、長い説明の文章がここに続きます。</p>" + Body + "</article></body></html>");
        Assert.Contains("法律ができて、親が子どもを", article.Text);
        Assert.DoesNotContain("ほうりつ", article.Text);
    }

    [Fact]
    public void Long_heading_above_the_body_is_kept_as_standfirst()
    {
        const string standfirst = "Simon travels to the Eternal City with a group of riders for a taste of fast-paced polo and fine food";
        var article = Extract($"<html><body><article><h4>{standfirst}</h4><h2>From India to Argentina</h2>{Body}</article></body></html>");
        Assert.Contains(standfirst, article.Text);
    }

    [Fact]
    public void Page_without_visible_text_falls_back_to_its_description()
    {
        const string description = "New York ist das Epizentrum der Pandemie in den USA. Auch der Sport ist zum Stillstand gekommen, die Ligen pausieren.";
        var article = Extract($"<html><head><meta name='description' content='{description}'></head><body><div id='app'></div></body></html>");
        Assert.Equal(description, article.Text);
    }

    [Fact]
    public void Block_boundaries_separate_words_without_whitespace_between_tags()
    {
        // The pre-pass drops whitespace next to block tags; left-out blocks and nested byline elements still separate words.
        var article = Extract("<html><body><article><h1>Le budget voté</h1>\n  <div class='byline'>Par <span class='author-name'>Marie Durand</span>\n  <div>Rédaction</div></div>\n"
            + "<div><span>Premier</span>  <div hidden>caché</div>  <span>mot</span> et la suite du texte, assez longue pour faire une phrase du corps.</div>" + Body + "</article></body></html>");
        Assert.Equal("Marie Durand", article.Author);
        Assert.Contains("Premier mot et la suite", article.Text);
    }
}
