using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>The brief of a story as the store has it, or built on the spot (not saved) when none was stored yet.</summary>
public static class BriefSource
{
    public static Brief? Get(IStore store, long storyId, RecoupePipeline pipeline)
    {
        var stored = store.GetBrief(storyId);
        if (stored is not null) return stored;
        var summary = store.GetStory(storyId);
        if (summary is null) return null;
        var articles = store.GetStoryArticles(storyId);
        if (articles.Count == 0) return null;
        var story = new Story(storyId, summary.Title, summary.FirstSeen, summary.LastSeen, [.. articles.Select(a => a.Article.Id)]);
        return pipeline.BriefBuilder.Build(story, articles);
    }
}
