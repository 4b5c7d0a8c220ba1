using System.Text;
using Recoupe.Cleaning;
using Recoupe.Cleaning.Dates;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// A publication date set among credits on one line ("date — agency", "By author | outlet | date") is the article's date,
/// and the line is neither its title nor its text. Invented articles.
/// </summary>
public sealed class CreditedStampTests
{
    private static Article Extract(string text)
    {
        var result = new ArticleExtractor().Extract(new RawDocument("credited.txt", Encoding.UTF8.GetBytes(text), InputKind.Text));
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    private const string Body = """
        Crews cleared the last of the debris from the harbour road on Tuesday after a week of storms.
        The harbour master said fishing boats could return to the quays by the end of the month.
        """;

    [Fact]
    public void A_date_before_an_agency_is_the_date_and_the_headline_above_stays_the_title()
    {
        var article = Extract("Storm damage cleared from harbour road\n\nApril 7, 2025 — Nordic Wire Service\n\n" + Body);
        Assert.Equal("Storm damage cleared from harbour road", article.Title);
        Assert.Equal("2025-04-07", article.Published?.ToIso());
        Assert.Contains(article.Removed, r => r.Reason == RemovalReasons.CreditLine && r.Text == "Nordic Wire Service");
        Assert.Equal("Nordic Wire Service", article.Outlet);
        Assert.DoesNotContain(article.ParagraphTexts(), p => p.Contains("Nordic Wire"));
    }

    [Fact]
    public void A_stamp_with_a_time_then_an_outlet_keeps_the_headline_above_as_title()
    {
        var article = Extract("Tempête : la route du port rouverte\n\nPublié le 8 avril 2025 à 07h40 | L'Écho des Quais\n\n" + Body);
        Assert.Equal("Tempête : la route du port rouverte", article.Title);
        Assert.Equal("L'Écho des Quais", article.Outlet);
        Assert.StartsWith("2025-04-08", article.Published?.ToIso());
        Assert.DoesNotContain(article.Removed, r => r.Reason == RemovalReasons.OtherStoryHeadline);
    }

    [Fact]
    public void A_byline_with_an_outlet_and_a_date_gives_the_author_and_the_date()
    {
        var article = Extract("Storm damage cleared from harbour road\n\nBy Maren Holt | The Coastline Courier | April 7, 2025\n\n" + Body);
        Assert.Equal("Storm damage cleared from harbour road", article.Title);
        Assert.Equal("Maren Holt", article.Author);
        Assert.Equal("The Coastline Courier", article.Outlet);
        Assert.Equal("2025-04-07", article.Published?.ToIso());
    }

    [Fact]
    public void A_stamp_then_a_lower_case_byline_with_a_credit_in_brackets_is_no_title()
    {
        var article = Extract("Storm damage cleared from harbour road\n\nPosted April 8, 2025 by Maren Holt (with agencies)\n\n" + Body);
        Assert.Equal("Storm damage cleared from harbour road", article.Title);
        Assert.Equal("Maren Holt", article.Author);
        Assert.Equal("2025-04-08", article.Published?.ToIso());
    }

    [Fact]
    public void A_sidecars_outlet_comes_before_the_credits()
    {
        var raw = new RawDocument("credited.txt", Encoding.UTF8.GetBytes("Storm damage cleared from harbour road\n\nApril 7, 2025 — Nordic Wire Service\n\n" + Body),
            InputKind.Text, new DocumentHints(Outlet: "Harbour Weekly"));
        var result = new ArticleExtractor().Extract(raw);
        Assert.Equal("Harbour Weekly", result.Value!.Outlet);
    }

    [Theory]
    [InlineData("Le 7 avril 2025 — une date que les pêcheurs du port n'oublieront pas.")]
    [InlineData("The storm of April 7, 2025 | what the harbour master saw that night and why the quays were closed")]
    [InlineData("April 7, 2025 — Crews cleared the road.")]
    public void A_sentence_with_a_date_and_a_dash_is_no_credited_stamp(string line) =>
        Assert.Null(CreditedStamp.Match(line));
}
