using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>
/// A minor story (a side article that opened a story of its own) is taken into the established story it
/// resembles most, on less resemblance than two grown stories need; never into a story it resembles less than
/// another one, and never by a story not several times its size.
/// </summary>
public class MinorStoryMergeTests
{
    // Only the minor-story rule can merge here: grown stories would need a resemblance of 0.99.
    private static readonly StoryAssignerOptions Options = StoryAssignerOptions.Default with { MergeCentroidThreshold = 0.99 };

    private const string Core = "vardenzor mulbrazor teskavor plinoror quastezor dromivor fenbalor gorpizor";

    private static AnalyzedArticle Text(string words, int n) => StoryTestArticles.Words(words, n, twoOwnWords: true);

    private static OnlineStoryAssigner Restored(int bigArticles, bool closerNeighbour, StoryAssignerOptions options)
    {
        var assigner = new OnlineStoryAssigner(options);
        for (int i = 0; i < bigArticles; i++) assigner.Restore(Text(Core, i), 10);
        // The side article: part of the core, and words of its own aspect.
        assigner.Restore(Text("vardenzor mulbrazor teskavor plinoror kelvatzor siranozor bolmitzor", 100), 20);
        if (closerNeighbour)
            for (int i = 0; i < bigArticles; i++)
                assigner.Restore(Text("kelvatzor siranozor bolmitzor vardenzor mulbrazor teskavor", 200 + i), 30);
        return assigner;
    }

    private static AnalyzedArticle Next => Text(Core + " kelvatzor", 300);

    [Fact]
    public void SideStoryIsTakenIntoTheEstablishedStory()
    {
        var decision = Restored(8, false, Options).Decide(Next);
        Assert.Equal(10, decision.StoryId);
        Assert.Equal(new long[] { 20 }, decision.MergedStoryIds.ToArray());
    }

    [Fact]
    public void SideStoryStaysWhenAnotherStoryIsCloser()
    {
        var decision = Restored(8, true, Options).Decide(Next);
        Assert.Equal(10, decision.StoryId);
        Assert.DoesNotContain(20L, decision.MergedStoryIds);
    }

    [Fact]
    public void YoungStoryDoesNotTakeInAnother()
    {
        // Two articles are not six times one: the taker could be the wrong half of a pair.
        var decision = Restored(2, false, Options).Decide(Next);
        Assert.Empty(decision.MergedStoryIds);
    }

    [Fact]
    public void WithoutTheRuleNothingMerges()
    {
        var decision = Restored(8, false, Options with { MinorStoryArticles = 0 }).Decide(Next);
        Assert.Equal(10, decision.StoryId);
        Assert.Empty(decision.MergedStoryIds);
    }
}
