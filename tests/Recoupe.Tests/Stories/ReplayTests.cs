using Recoupe.Faults;
using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>
/// The assigner's state after replaying recorded assignments equals the state of the assigner that made them, down to
/// the last bit of every score: the decision path refreshes cached IDF values and story norms, so a replay decides each
/// article again before applying what was recorded. A process that restarts, or that catches up with another process's
/// placements, then decides as one sequential run would.
/// </summary>
public sealed class ReplayTests
{
    private static readonly Lazy<List<AnalyzedArticle>> Stream = new(() =>
    {
        var source = new TopicalArticles(seed: 11, topics: 10);
        return Enumerable.Range(0, 240).Select(i =>
        {
            var a = source.Next();
            return StoryTestArticles.Make(a.Text, a.Title, a.Language, a.Published is { } d ? DateStamp.Day(d.Year, d.Month, d.Day) : null, $"a{i}");
        }).ToList();
    });

    [Fact]
    public void Deciding_again_then_replaying_gives_the_state_of_the_assigner_that_decided()
    {
        var decided = new OnlineStoryAssigner();
        var replayed = new OnlineStoryAssigner();
        long nextStory = 1;
        foreach (var article in Stream.Value)
        {
            var decision = decided.Decide(article);
            long story = decision.StoryId ?? nextStory++;
            decided.Commit(article, story);

            replayed.Decide(article);
            replayed.Replay(article, story, decision.MergedStoryIds);
        }
        Assert.True(decided.ActiveStories > 3, $"{decided.ActiveStories} stories");
        foreach (var probe in Stream.Value.Take(12))
            Assert.Equal(decided.Explain(probe), replayed.Explain(probe));
    }
}
