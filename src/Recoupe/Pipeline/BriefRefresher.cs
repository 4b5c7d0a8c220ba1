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
    /// With <paramref name="threads"/> above one, briefs of several stories are built at once (building is pure CPU work on
    /// the articles read; a brief depends only on its story's articles, so the order changes nothing); every use of the
    /// store, which is not thread-safe, goes through <paramref name="gate"/>. Returns the stories rebuilt, by id.
    /// </summary>
    public static IReadOnlyList<long> Refresh(IStore store, RecoupePipeline pipeline, List<string> problems, Lock? gate = null, int threads = 1,
        IngestProfile? profile = null)
    {
        gate ??= new Lock();
        IReadOnlyList<StaleBrief> stale;
        lock (gate) stale = store.StaleBriefs();
        var rebuilt = new List<long>();
        var failed = new List<(long StoryId, string Problem)>();
        void One(StaleBrief s)
        {
            switch (Rebuild(store, pipeline, s, gate, profile, out var problem))
            {
                case true: lock (rebuilt) rebuilt.Add(s.StoryId); break;
                case null: lock (failed) failed.Add((s.StoryId, problem!)); break;
            }
        }
        if (threads <= 1 || stale.Count < 2) foreach (var s in stale) One(s);
        else Parallel.ForEach(stale, new ParallelOptions { MaxDegreeOfParallelism = threads }, One);
        problems.AddRange(failed.OrderBy(f => f.StoryId).Select(f => f.Problem));
        rebuilt.Sort();
        return rebuilt;
    }

    /// <summary>
    /// Rebuilds one stale brief from the story's articles and saves it if its stale mark is still <see cref="StaleBrief.Generation"/>:
    /// true when saved, false when not (the story is gone or an article joined it meanwhile), null when it could not be built
    /// (<paramref name="problem"/> says why; the story stays stale). Every use of the store goes through <paramref name="gate"/>.
    /// </summary>
    public static bool? Rebuild(IStore store, RecoupePipeline pipeline, StaleBrief s, Lock gate, IngestProfile? profile, out string? problem)
    {
        problem = null;
        using var measure = IngestProfile.Measure(profile, IngestStage.Briefs);
        try
        {
            Story? story;
            IReadOnlyList<AnalyzedArticle> articles;
            using (IngestProfile.Measure(profile, IngestStage.BriefReads, IngestStage.Briefs))
                lock (gate) (story, articles) = Read(store, s.StoryId, pipeline);
            if (story is null) return false;
            var brief = pipeline.BriefBuilder.Build(story, articles);
            lock (gate) return store.SaveBrief(brief, s.Generation);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = $"brief of story {s.StoryId} not rebuilt: {e.GetType().Name}: {e.Message}";
            return null;
        }
    }

    /// <summary>The story's brief: the stored one when it is up to date, else built now from its articles (not saved); null for no such story.</summary>
    public static Brief? Current(IStore store, long storyId, RecoupePipeline pipeline)
    {
        if (!store.IsBriefStale(storyId) && store.GetBrief(storyId) is { } stored) return stored;
        return Build(store, storyId, pipeline) ?? store.GetBrief(storyId);
    }

    private static Brief? Build(IStore store, long storyId, RecoupePipeline pipeline)
    {
        var (story, articles) = Read(store, storyId, pipeline);
        return story is null ? null : pipeline.BriefBuilder.Build(story, articles);
    }

    /// <summary>
    /// The story and its articles as the brief needs them: the text and annotations of those it analyses, the metadata of the others
    /// (a story of thousands is listed, not parsed); no story when it is gone or has no article.
    /// </summary>
    private static (Story? Story, IReadOnlyList<AnalyzedArticle> Articles) Read(IStore store, long storyId, RecoupePipeline pipeline)
    {
        var summary = store.GetStory(storyId);
        if (summary is null) return (null, []);
        var articles = store.GetStoryArticles(storyId, pipeline.BriefBuilder.ArticlesRead);
        if (articles.Count == 0) return (null, []);
        return (new Story(storyId, summary.Title, summary.FirstSeen, summary.LastSeen, [.. articles.Select(a => a.Article.Id)]), articles);
    }
}
