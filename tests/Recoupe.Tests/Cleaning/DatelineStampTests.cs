using System.Text;
using Recoupe.Cleaning;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// A date at the head of plain text is either metadata (a dateline or a publication stamp, taken out) or the start of
/// the story's first sentence (kept whole). Invented articles.
/// </summary>
public sealed class DatelineStampTests
{
    private static Article Extract(string text)
    {
        var result = new ArticleExtractor().Extract(new RawDocument("dateline.txt", Encoding.UTF8.GetBytes(text), InputKind.Text));
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    [Fact]
    public void A_date_followed_by_a_comma_opens_the_first_sentence_and_is_kept()
    {
        var article = Extract("""
            Le port rouvre ses quais aux pêcheurs
            Le 2 mars 2020, la capitainerie avait fermé les quais après une tempête qui avait coulé trois chalutiers.
            Les armateurs réclament depuis une indemnisation.
            """);
        Assert.StartsWith("Le 2 mars 2020, la capitainerie", article.ParagraphTexts().First());
        Assert.DoesNotContain(article.Removed, r => r.Reason == RemovalReasons.DateStamp);
    }

    [Fact]
    public void A_place_and_a_date_alone_on_a_line_is_a_dateline_not_the_title()
    {
        var article = Extract("""
            Brest, 9 octobre 2022
            Le port rouvre ses quais aux pêcheurs
            Le 2 mars 2020, la capitainerie avait fermé les quais après une tempête qui avait coulé trois chalutiers.
            """);
        Assert.Equal("Le port rouvre ses quais aux pêcheurs", article.Title);
        Assert.Equal("2022-10-09", article.Published?.ToIso());
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.DateStamp && r.Text == "Brest, 9 octobre 2022");
        Assert.StartsWith("Le 2 mars 2020, la capitainerie", article.ParagraphTexts().First());
    }

    [Theory]
    [InlineData("SAINT-MALO, le 4 juin 2021")]
    [InlineData("New Orleans, June 4, 2021")]
    public void Datelines_of_several_words_are_stamps(string dateline)
    {
        var article = Extract(dateline + "\nUn titre de test sur la marée\nLa marée a dépassé les digues dans la nuit, selon les pompiers du département.\n");
        Assert.Equal("2021-06-04", article.Published?.ToIso());
        Assert.DoesNotContain(article.ParagraphTexts(), p => p.Contains("2021", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_with_a_place_and_a_date_stays_text()
    {
        var article = Extract("""
            Un titre de test sur la marée
            Les pompiers ont évacué Brest, Quimper et Morlaix, le 4 juin 2021, quand la marée a dépassé les digues.
            """);
        Assert.Contains(article.ParagraphTexts(), p => p.StartsWith("Les pompiers ont évacué Brest", StringComparison.Ordinal));
    }
}
