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

    /// <summary>
    /// Replays a stored article into the in-memory index on engine start, without deciding anything:
    /// call it for the stored articles of the recent window (e.g. the last 30 days, oldest first) with
    /// their story ids after alias resolution. Cheap: feature extraction and a centroid update, no scoring.
    /// Articles outside the assigner's quiet window are simply left out of its index.
    /// </summary>
    void Restore(AnalyzedArticle article, long storyId) => Commit(article, storyId);
}
