using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Stories;

/// <summary>What a story assigner decided for one article: join <see cref="StoryId"/>, or start a new story (null).</summary>
public sealed record StoryDecision(long? StoryId, double Score, ImmutableArray<long> MergedStoryIds)
{
    public static StoryDecision NewStory(double bestScore = 0) => new(null, bestScore, []);
}

/// <summary>
/// Online story assignment: decides on arrival, in time that does not grow with history,
/// from an in-memory index over recent stories that the engine rebuilds from the store on start.
/// </summary>
public interface IStoryAssigner
{
    StoryDecision Decide(AnalyzedArticle article);

    /// <summary>Records that the article now belongs to <paramref name="storyId"/> (after the store committed it).</summary>
    void Commit(AnalyzedArticle article, long storyId);
}
