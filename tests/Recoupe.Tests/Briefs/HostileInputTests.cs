using System.Collections.Immutable;
using Recoupe.Briefs;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>Scraped input is hostile: briefs must come out (possibly empty) and never crash or hang.</summary>
public class HostileInputTests
{
    [Fact]
    public void An_empty_story_gives_an_empty_brief_with_the_story_title()
    {
        var story = new Story(3, "Titre de l'histoire", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, []);
        var brief = new BriefBuilder().Build(story, []);
        Assert.Equal("Titre de l'histoire", brief.Title);
        Assert.Empty(brief.Summary);
        Assert.Contains("Titre de l", BriefHtmlRenderer.Render(brief));
        Assert.Contains("Titre de l", BriefMarkdownRenderer.Render(brief));
    }

    [Fact]
    public void Out_of_range_spans_and_unpunctuated_walls_of_text_do_not_break_the_brief()
    {
        var wall = string.Join(" ", Enumerable.Repeat("mot", 200_000));
        var article = new Article { Id = 1, Input = "wall", ContentHash = "h", Text = wall, Language = "fr" };
        var bad = new ArticleAnnotations(
            [new Sentence(new TextSpan(0, wall.Length)), new Sentence(new TextSpan(wall.Length - 3, wall.Length + 50))],
            [new EntityMention(new TextSpan(wall.Length - 3, wall.Length + 10), EntityType.Person, "X", "x")],
            [new QuoteMention(new TextSpan(5, wall.Length + 99), "X", null, null)],
            [new TimeMention(new TextSpan(0, 3), TimexType.Date, "not-a-date"), new TimeMention(new TextSpan(4, 7), TimexType.Date, "XXXX-13-99")]);
        var other = new HandBuiltStory().Add("Le conseil municipal a voté le budget de la ville après un long débat public.", "B").Articles[0];
        var brief = new BriefBuilder().Build(new Story(1, "s", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [1, 2]),
            [new AnalyzedArticle(article, bad), other with { Article = other.Article with { Id = 2 } }]);
        Assert.All(brief.Summary, s => Assert.True(s.Text.Length < 2000));
        Assert.Empty(brief.Timeline);
        Assert.NotEmpty(BriefHtmlRenderer.Render(brief));
    }
}

public class TimelinePrecisionTests
{
    [Theory]
    [InlineData("2023", "year")]
    [InlineData("2023-09", "month")]
    [InlineData("2023-W36", "week")]
    [InlineData("2023-09-05", "day")]
    [InlineData("XXXX-WXX", null)]
    [InlineData("2023-WXX", null)]
    [InlineData("XXXX-09", null)]
    [InlineData("PRESENT_REF", null)]
    public void Only_dates_placed_in_a_known_year_reach_the_timeline(string value, string? precision) =>
        Assert.Equal(precision, Recoupe.Briefs.Timeline.TimelineBuilder.PrecisionOf(value));
}
