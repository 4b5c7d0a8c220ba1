using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>
/// <see cref="StoryAssignerOptions.SizeAwareMerge"/>: a young story (a few articles that opened a story of their own) is
/// merged into the story it resembles most on less centroid resemblance than two grown stories need; with
/// <see cref="StoryAssignerOptions.YoungMergeOnContent"/>, only when content words, not names alone, carry that resemblance.
/// </summary>
public class YoungStoryMergeTests
{
    private const string Core = "vardenzor mulbrazor teskavor plinoror quastezor dromivor fenbalor gorpizor";
    private const string Aspect = "kelvatzor siranozor bolmitzor tramelzor wuskaror nidvelzor";
    private const string Names = "Ulrava Bestimor, Korvandel Pritsaan, Wenlodia Marescu";

    private static AnalyzedArticle Text(string words, int n) => StoryTestArticles.Words(words, n, twoOwnWords: true);

    /// <summary>
    /// A grown story and a young one of three articles sharing part of its <paramref name="shared"/> text, then an
    /// article that joins the grown story and also matches the young one.
    /// </summary>
    private static StoryDecision Next(string shared, string young, StoryAssignerOptions options) => Next(shared, young, options, out _);

    private static StoryDecision Next(string shared, string young, StoryAssignerOptions options, out OnlineStoryAssigner assigner)
    {
        assigner = new OnlineStoryAssigner(options);
        for (int i = 0; i < 10; i++) assigner.Restore(Text($"{shared} {Core}", i), 10);
        for (int i = 0; i < 3; i++) assigner.Restore(Text($"{shared} {young}", 100 + i), 20);
        return assigner.Decide(StoryTestArticles.Make($"{shared} {Core} {young} {StoryTestArticles.UniqueWord(500)}.", Core, "fr", null, "a500"));
    }

    // The minor-story rule is off; the four shared words make the centroids about 0.24 alike: under the grown stories'
    // bar (0.3 in these tests), over the young story's (0.3 × sqrt(3/6) = 0.21).
    private static readonly StoryAssignerOptions Strict = StoryAssignerOptions.Default with { MinorStoryArticles = 0 };

    [Fact]
    public void WithoutTheRuleTheYoungStoryStays()
    {
        var decision = Next("vardenzor mulbrazor teskavor plinoror", Aspect, Strict with { MergeCentroidThreshold = 0.3 });
        Assert.Equal(10, decision.StoryId);
        Assert.Empty(decision.MergedStoryIds);
    }

    [Fact]
    public void YoungStorySharingTheEventsWordsIsMerged()
    {
        var decision = Next("vardenzor mulbrazor teskavor plinoror", Aspect, Strict with { MergeCentroidThreshold = 0.3, SizeAwareMerge = true, YoungMergeOnContent = true });
        Assert.Equal(10, decision.StoryId);
        Assert.Equal(new long[] { 20 }, decision.MergedStoryIds.ToArray());
    }

    [Fact]
    public void WithTheSizeRatioOnlyAStorySeveralTimesItsSizeTakesIt()
    {
        // Ten articles are not four times three.
        var decision = Next("vardenzor mulbrazor teskavor plinoror", Aspect,
            Strict with { MergeCentroidThreshold = 0.3, SizeAwareMerge = true, YoungMergeOnContent = true, YoungMergeSizeRatio = true });
        Assert.Equal(10, decision.StoryId);
        Assert.Empty(decision.MergedStoryIds);
    }

    [Fact]
    public void YoungStorySharingOnlyNamesStaysWhenContentMustCarryIt()
    {
        // The names make the stories' centroids about 0.38 alike: under the grown stories' bar (0.5), over the young
        // story's (0.5 × sqrt(3/6) = 0.35); on its content words alone the young story is nothing like the grown one.
        var options = Strict with { MergeCentroidThreshold = 0.5, SizeAwareMerge = true };
        Assert.Empty(Next(Names, Aspect, options with { SizeAwareMerge = false }).MergedStoryIds);
        Assert.Equal(new long[] { 20 }, Next(Names, Aspect, options).MergedStoryIds.ToArray());
        Assert.Empty(Next(Names, Aspect, options with { YoungMergeOnContent = true }).MergedStoryIds);
    }
}
