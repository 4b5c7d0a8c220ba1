using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>
/// Two stories that each grew to an established size apart are merged by a bridging article only above
/// <see cref="StoryAssignerOptions.EstablishedMergeThreshold"/>; young stories still merge at the usual bar.
/// </summary>
public class EstablishedMergeTests
{
    private const string Shared = "vardenzor mulbrazor teskavor plinoror quastezor dromivor";
    private const string First = "kelvatzor siranozor bolmitzor fenbalor";
    private const string Second = "gorpizor tramelzor wuskaror nidvelzor";

    private static AnalyzedArticle Text(string words, int n) => StoryTestArticles.Words(words, n);

    private static StoryDecision Bridge(int articlesEach, StoryAssignerOptions options)
    {
        var assigner = new OnlineStoryAssigner(options);
        for (int i = 0; i < articlesEach; i++)
        {
            assigner.Restore(Text($"{Shared} {First}", i), 10);
            assigner.Restore(Text($"{Shared} {Second}", 100 + i), 20);
        }
        // Matches both stories alike: the usual merge rule takes the second into the first.
        return assigner.Decide(Text($"{Shared} kelvatzor gorpizor", 500));
    }

    private static readonly StoryAssignerOptions Default = StoryAssignerOptions.Default;
    private static readonly StoryAssignerOptions Guarded = StoryAssignerOptions.Default with { EstablishedMergeThreshold = 0.95 };

    [Fact]
    public void EstablishedStoriesMergeAtTheUsualBarByDefault()
    {
        var decision = Bridge(8, Default);
        Assert.NotNull(decision.StoryId);
        Assert.Single(decision.MergedStoryIds);
    }

    [Fact]
    public void EstablishedStoriesStayApartBelowTheirBar()
    {
        var decision = Bridge(8, Guarded);
        Assert.NotNull(decision.StoryId);
        Assert.Empty(decision.MergedStoryIds);
    }

    [Fact]
    public void YoungStoriesStillMergeAtTheUsualBar()
    {
        var decision = Bridge(2, Guarded);
        Assert.NotNull(decision.StoryId);
        Assert.Single(decision.MergedStoryIds);
    }
}
