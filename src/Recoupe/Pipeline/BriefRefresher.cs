using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Pipeline;

/// <summary>
/// Briefs from the store's articles: rebuilt for the stories marked stale, or built on the spot for a reader when the
/// stored one is missing or stale (a batch killed before its briefs were rebuilt leaves stories without one).
/// </summary>
public static class BriefRefresher
{
    /// <summary>
    /// Rebuilds every brief marked stale. A brief is saved only if no article joined its story while it was built (the
    /// stale mark's generation is checked): the writer of that article rebuilds it again. A story whose brief cannot be
    /// built (a bug) stays stale and is named in <paramref name="problems"/>; the others go on.
    /// </summary>
    public static IReadOnlyList<long> Refresh(IStore store, RecoupePipeline pipeline, List<string> problems)
    {
        var rebuilt = new List<long>();
        foreach (var stale in store.StaleBriefs())
        {
            try
            {
                if (Build(store, stale.StoryId, pipeline) is { } brief && store.SaveBrief(brief, stale.Generation)) rebuilt.Add(stale.StoryId);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                problems.Add($"brief of story {stale.StoryId} not rebuilt: {e.GetType().Name}: {e.Message}");
            }
        }
        return rebuilt;
    }

    /// <summary>The story's brief: the stored one when it is up to date, else built now from its articles (not saved); null for no such story.</summary>
    public static Brief? Current(IStore store, long storyId, RecoupePipeline pipeline)
    {
        if (!store.IsBriefStale(storyId) && store.GetBrief(storyId) is { } stored) return stored;
        return Build(store, storyId, pipeline) ?? store.GetBrief(storyId);
    }

    private static Brief? Build(IStore store, long storyId, RecoupePipeline pipeline)
    {
        var summary = store.GetStory(storyId);
        if (summary is null) return null;
        var articles = store.GetStoryArticles(storyId);
        if (articles.Count == 0) return null;
        var story = new Story(storyId, summary.Title, summary.FirstSeen, summary.LastSeen, [.. articles.Select(a => a.Article.Id)]);
        return pipeline.BriefBuilder.Build(story, articles);
    }
}
