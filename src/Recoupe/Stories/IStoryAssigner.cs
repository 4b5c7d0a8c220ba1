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

    /// <summary>
    /// Applies a stored assignment as <see cref="Commit"/> applied it when it was decided: the article joined
    /// <paramref name="storyId"/> and the decision merged <paramref name="merged"/> into it. The engine replays the
    /// store's assignments in order (each article decided again first, unless it was a copy placed with its original,
    /// so that every cache the decision path touches is touched alike) on start and before each placement (other
    /// processes may have placed articles meanwhile): every process then decides from the state one sequential run
    /// would have.
    /// </summary>
    void Replay(AnalyzedArticle article, long storyId, ImmutableArray<long> merged) => Commit(article, storyId);
}
