using Recoupe.Model;
using Recoupe.Web.Pages;
using Recoupe.Web.Queries;
using Recoupe.Web.Html;

namespace Recoupe.Web.Tests.Pages;

public sealed class StoryListingTests
{
    private static BriefArticle At(string? published) => new(1, "O", "T", published, "fr", "i", null);

    [Theory]
    [InlineData(0, 10, Momentum.Steady)]
    [InlineData(2, 2, Momentum.Steady)]
    [InlineData(3, 4, Momentum.Breaking)]
    [InlineData(3, 6, Momentum.Breaking)]
    [InlineData(3, 7, Momentum.Growing)]
    [InlineData(10, 100, Momentum.Growing)]
    public void Momentum_weighs_recent_articles_against_the_story_size(int recent, int total, Momentum expected) =>
        Assert.Equal(expected, StoryListing.MomentumOf(recent, total));

    [Fact]
    public void Recent_means_the_24_hours_before_the_reference_and_dated_to_the_day()
    {
        var reference = new DateTimeOffset(2023, 9, 12, 10, 0, 0, TimeSpan.Zero);
        var articles = new[]
        {
            At("2023-09-12T09:00"), At("2023-09-11T11:00"), At("2023-09-12"), // recent
            At("2023-09-11T09:00"), At("2023-09"), At(null), At("2023-09-12T11:00"), // too old, month only, undated, after the reference
        };
        Assert.Equal(3, StoryListing.CountRecent(articles, reference));
    }

    [Fact]
    public void Coverage_of_a_long_story_is_bucketed()
    {
        var articles = Enumerable.Range(0, 400).Select(i => At(DateStamp.Day(2023, 1, 1).Value.AddDays(i).ToString("yyyy-MM-dd"))).ToList();
        var h = new HtmlWriter();
        CoverageChart.Write(h, articles);
        var bars = System.Text.RegularExpressions.Regex.Matches(h.ToString(), "<rect").Count;
        Assert.InRange(bars, 20, 60);
    }

    [Fact]
    public void Coverage_without_dates_says_so()
    {
        var h = new HtmlWriter();
        CoverageChart.Write(h, [At(null), At("2023")]);
        Assert.Contains("cannot be charted", h.ToString());
        Assert.DoesNotContain("<svg", h.ToString());
    }

    [Fact]
    public void Timeline_draws_vague_dates_as_periods()
    {
        var h = new HtmlWriter();
        TimelineChart.Write(h, [new TimelineEvent("2023-07", "month", "visit", []), new TimelineEvent("2023-09-12", "day", "meeting", []),
            new TimelineEvent("sometime", "unknown", "undated", [])]);
        var svg = h.ToString();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<rect"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(svg, "<circle"));
        Assert.DoesNotContain("undated", svg);
    }
}
