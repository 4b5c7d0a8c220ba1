using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>
/// With <see cref="StoryAssignerOptions.MinContentShare"/> set, an article that shares a story's person but none of its
/// event words starts a story of its own; one that shares the event words still joins. Without the rule the name alone
/// is enough (the test can fail both ways).
/// </summary>
public class ContentEvidenceTests
{
    // Invented names and words: the same person in two unrelated events.
    private const string Person = "Ombeline Tasquevar";
    private const string Event = "vardenzor mulbrazor teskavor plinoror quastezor dromivor";

    private static AnalyzedArticle Text(string body, int n) => StoryTestArticles.Make(body, null, "fr", null, $"c{n}");

    private static OnlineStoryAssigner Restored(StoryAssignerOptions options)
    {
        var assigner = new OnlineStoryAssigner(options);
        for (int i = 0; i < 6; i++)
            assigner.Restore(Text($"{Person} a parlé. {Event}. {Person} répond. Uxmel{i}zor.", i), 10);
        return assigner;
    }

    // The person named as often as in the story, with words of another event only.
    private static AnalyzedArticle OtherEvent => Text($"Chez {Person}, kelvatzor siranozor bolmitzor. Pour {Person}, gravunzor.", 100);
    private static AnalyzedArticle SameEvent => Text($"{Person} a parlé. {Event} kelvatzor. {Person} répond.", 101);

    [Fact]
    public void WithoutTheRuleTheNameAloneJoins()
    {
        Assert.Equal((long?)10, Restored(StoryAssignerOptions.Default with { MinContentShare = 0 }).Decide(OtherEvent).StoryId);
    }

    [Fact]
    public void NameWithoutEventWordsStartsANewStory()
    {
        Assert.Null(Restored(StoryAssignerOptions.Default with { MinContentShare = 0.5 }).Decide(OtherEvent).StoryId);
    }

    [Fact]
    public void NameWithEventWordsStillJoins()
    {
        Assert.Equal((long?)10, Restored(StoryAssignerOptions.Default with { MinContentShare = 0.5 }).Decide(SameEvent).StoryId);
    }
}
