using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>Stories merge when an article shows two to be one, go quiet after the window, and restore cheaply.</summary>
public class StoryEvolutionTests
{
    private static string Spec(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", "Stories", "crosslingual", name);

    private static AnalyzedArticle Fire(int n, DateStamp? published = null)
    {
        var a = StoryTestArticles.FromSpec(Spec($"fire-fr-{n}.txt"));
        return published is null ? a : a with { Article = a.Article with { Published = published } };
    }

    [Fact]
    public void TwoStoriesFoundToBeOneAreMerged()
    {
        // A previous run split one event into stories 10 and 20; the next article about it unites them.
        var assigner = new OnlineStoryAssigner();
        assigner.Restore(Fire(1), 10);
        assigner.Restore(Fire(2), 20);
        var decision = assigner.Decide(Fire(3));
        Assert.NotNull(decision.StoryId);
        long other = decision.StoryId == 10 ? 20 : 10;
        Assert.Equal(new[] { other }, decision.MergedStoryIds.ToArray());
        assigner.Commit(Fire(3), decision.StoryId!.Value);

        // Later articles go to the surviving story, and the merged id still resolves to it.
        Assert.Equal(decision.StoryId, assigner.Decide(Fire(1)).StoryId);
        Assert.Equal(1, assigner.ActiveStories);
    }

    [Fact]
    public void DifferentStoriesAreNotMerged()
    {
        var assigner = new OnlineStoryAssigner();
        assigner.Restore(Fire(1), 10);
        assigner.Restore(StoryTestArticles.FromSpec(Spec("match-fr-1.txt")), 20);
        var decision = assigner.Decide(Fire(2));
        Assert.Equal(10, decision.StoryId);
        Assert.Empty(decision.MergedStoryIds);
    }

    [Fact]
    public void ArticleAfterTheQuietWindowStartsANewStory()
    {
        var assigner = new OnlineStoryAssigner();
        var first = Fire(1, DateStamp.Day(2025, 7, 14));
        Assert.Null(assigner.Decide(first).StoryId);
        assigner.Commit(first, 1);

        Assert.Equal(1, assigner.Decide(Fire(2, DateStamp.Day(2025, 7, 21))).StoryId); // a week later: same story
        Assert.Null(assigner.Decide(Fire(2, DateStamp.Day(2025, 9, 1))).StoryId);    // seven weeks later: quiet
    }

    [Fact]
    public void QuietStoriesLeaveTheIndex()
    {
        // 1,200 unrelated one-article stories over 120 days: only those of the last 30 days (and the last
        // sweep's slack) stay in memory.
        var options = StoryAssignerOptions.Default with { QuietAfterDays = 30 };
        var assigner = new OnlineStoryAssigner(options);
        var start = new DateTime(2025, 1, 1);
        for (int i = 0; i < 1200; i++)
        {
            var day = start.AddDays(i / 10.0);
            var a = StoryTestArticles.Make($"{Word(i, 1)} {Word(i, 2)} {Word(i, 3)}.", Word(i, 0), "fr", new DateStamp(day, DatePrecision.Minute));
            var d = assigner.Decide(a);
            assigner.Commit(a, d.StoryId ?? i + 1);
        }
        Assert.InRange(assigner.ActiveStories, 300, 300 + 512);
    }

    /// <summary>A made-up word that no other article shares.</summary>
    private static string Word(int article, int k)
    {
        var chars = new List<char> { (char)('a' + k) };
        for (int n = article; n > 0 || chars.Count < 4; n /= 26) chars.Add((char)('a' + n % 26));
        return new string(chars.ToArray()) + "zor";
    }
}
