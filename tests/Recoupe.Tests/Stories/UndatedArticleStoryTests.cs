using Recoupe.Model;
using Recoupe.Pipeline;
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
    public void ArticleDatedByItsDatelineJoinsByContentNotByThatDate()
    {
        // The same report with no metadata date but a dateline months after the story: its date is inferred (and shown as
        // such), yet story placement reads only a publication date the source gave, so time decay does not cut it off.
        var spec = StoryTestArticles.FromSpec(Spec("fire-fr-2.txt")).Article;
        var dated = RecoupePipeline.Default.Analyze(spec with { Published = null, Text = "MARTIGUES, 20 novembre 2025 (AFP) – " + spec.Text },
            DateTimeOffset.Parse("2025-11-21T08:00:00Z"));
        Assert.Equal(DateSource.Dateline, dated.Article.DateSource);
        Assert.Equal(DateStamp.Day(2025, 11, 20), dated.Article.Date);

        var assigner = new OnlineStoryAssigner();
        assigner.Commit(WithDate("fire-fr-1.txt", DateStamp.Day(2025, 3, 2)), 1);
        assigner.Commit(WithDate("match-fr-1.txt", DateStamp.Day(2025, 11, 20)), 2);
        Assert.Equal(1, assigner.Decide(dated).StoryId);
        // Had the source given that date, it would start a new story (the case below): the inferred date is not used.
        Assert.Null(assigner.Decide(dated with { Article = dated.Article with { Published = DateStamp.Day(2025, 11, 20) } }).StoryId);
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
