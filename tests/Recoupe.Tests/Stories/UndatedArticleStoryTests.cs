using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>
/// An article without a date joins the story it is about by content, whatever arrived before it: it is not
/// placed at the newest date in the stream (which would cut it off from an older story by time decay).
/// </summary>
public class UndatedArticleStoryTests
{
    private static string Spec(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", "Stories", "crosslingual", name);

    private static AnalyzedArticle WithDate(string spec, DateStamp? published)
    {
        var a = StoryTestArticles.FromSpec(Spec(spec));
        return a with { Article = a.Article with { Published = published } };
    }

    [Fact]
    public void UndatedArticleJoinsItsOlderStoryAfterNewerArticlesArrived()
    {
        var assigner = new OnlineStoryAssigner();
        var old = WithDate("fire-fr-1.txt", DateStamp.Day(2025, 3, 2));
        assigner.Commit(old, 1);
        // Months later, live articles on another subject move the stream's clock on.
        var live = WithDate("match-fr-1.txt", DateStamp.Day(2025, 11, 20));
        Assert.NotEqual(1, assigner.Decide(live).StoryId);
        assigner.Commit(live, 2);

        var undated = WithDate("fire-fr-2.txt", null);
        Assert.Equal(1, assigner.Decide(undated).StoryId);
    }

    [Fact]
    public void UndatedArticleGoesToTheSameStoryBeforeOrAfterTheLiveOnes()
    {
        var undated = WithDate("fire-fr-2.txt", null);
        var old = WithDate("fire-fr-1.txt", DateStamp.Day(2025, 3, 2));
        var live = WithDate("match-fr-1.txt", DateStamp.Day(2025, 11, 20));

        var before = new OnlineStoryAssigner();
        before.Commit(old, 1);
        long? early = before.Decide(undated).StoryId;

        var after = new OnlineStoryAssigner();
        after.Commit(old, 1);
        after.Commit(live, 2);
        long? late = after.Decide(undated).StoryId;

        Assert.Equal(1, early);
        Assert.Equal(early, late);
    }

    [Fact]
    public void DatedArticleLongAfterItsStoryStillStartsANewOne()
    {
        // The change is for undated articles only: a dated one months later is still a new story.
        var assigner = new OnlineStoryAssigner();
        assigner.Commit(WithDate("fire-fr-1.txt", DateStamp.Day(2025, 3, 2)), 1);
        Assert.Null(assigner.Decide(WithDate("fire-fr-2.txt", DateStamp.Day(2025, 11, 20))).StoryId);
    }
}
