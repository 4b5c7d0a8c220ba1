using Recoupe.Dedup;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Storage;
using Recoupe.Stories;

namespace Recoupe.Pipeline;

/// <summary>Engine settings; the defaults suit a single-user monitor.</summary>
public sealed record EngineOptions
{
    /// <summary>How many of the most recent stored articles rebuild the in-memory duplicate and story indexes on start.</summary>
    public int RestoreWindow { get; init; } = 20_000;
}

/// <summary>
/// Runs inputs through the frozen pipeline into the store, one article per transaction, then rebuilds the
/// briefs of the stories that changed. Idempotent: an input already stored (same content hash) is
/// "unchanged"; a run interrupted anywhere can be run again and ends in the same state, because briefs
/// are rebuilt from a persistent "stale" mark, not from memory.
/// </summary>
public sealed class RecoupeEngine
{
    private readonly RecoupePipeline _pipeline;
    private readonly IStore _store;
    private readonly IClock _clock;
    private readonly EngineOptions _options;
    private IDuplicateIndex? _duplicates;
    private IStoryAssigner? _stories;

    public RecoupeEngine(RecoupePipeline pipeline, IStore store, IClock? clock = null, EngineOptions? options = null)
    {
        _pipeline = pipeline;
        _store = store;
        _clock = clock ?? SystemClock.Instance;
        _options = options ?? new EngineOptions();
    }

    public IngestReport IngestAll(IEnumerable<InputItem> items, Action<IngestOutcome>? onEach = null, CancellationToken cancel = default)
    {
        var outcomes = new List<IngestOutcome>();
        var touched = new List<long>();
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            var outcome = Ingest(item);
            outcomes.Add(outcome);
            if (outcome.StoryId is { } s && !touched.Contains(s)) touched.Add(s);
            onEach?.Invoke(outcome);
        }
        RefreshBriefs();
        // Stories may have been merged during the batch: report them by the ids they resolve to now.
        var resolved = touched.Select(id => _store.ResolveStoryId(id) ?? id).Distinct().ToList();
        return new IngestReport(outcomes, resolved);
    }

    public IngestOutcome Ingest(InputItem item)
    {
        switch (item)
        {
            case InputFailure failure:
                return IngestOutcome.Rejected(failure.Input, failure.Reason);
            case RejectedInput rejected:
                if (!_store.HasInput(rejected.Document.ContentHash))
                    _store.AddRejection(rejected.Document, rejected.Reason, _clock.Now);
                return IngestOutcome.Rejected(rejected.Input, rejected.Reason);
            case InputDocument doc:
                return Ingest(doc.Document);
            default:
                throw new ArgumentException($"Unknown input item {item.GetType().Name}", nameof(item));
        }
    }

    public IngestOutcome Ingest(RawDocument raw)
    {
        var known = _store.GetInput(raw.ContentHash);
        if (known is not null)
        {
            if (known.Status == InputStatus.Rejected) return IngestOutcome.Rejected(raw.Input, known.Reason ?? "rejected earlier");
            var storyId = known.ArticleId is { } aid && _store.GetArticleStory(aid) is { } sid ? _store.ResolveStoryId(sid) : null;
            return new IngestOutcome(raw.Input, IngestStatus.Unchanged, known.ArticleId, storyId);
        }

        AnalyzedArticle analyzed;
        try
        {
            var cleaned = _pipeline.Clean(raw);
            if (!cleaned.Success)
            {
                _store.AddRejection(raw, cleaned.Error!, _clock.Now);
                return IngestOutcome.Rejected(raw.Input, cleaned.Error!);
            }
            analyzed = _pipeline.Analyze(cleaned.Value!);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on one article must not stop the batch. It is not stored as a rejection, so a later
            // run (after the fix) retries the input.
            return IngestOutcome.Rejected(raw.Input, $"internal error while analysing: {e.GetType().Name}: {e.Message}");
        }
        return Place(raw, analyzed);
    }

    private IngestOutcome Place(RawDocument raw, AnalyzedArticle analyzed)
    {
        EnsureIndexes();
        var article = analyzed.Article;
        long? copyOf = _duplicates!.FindCopyOf(article.Text, article.Language);
        long? storyId;
        IReadOnlyList<long> merged = [];
        if (copyOf is { } original && _store.GetArticleStory(original) is { } originalStory)
        {
            // A syndicated copy belongs where its original is.
            storyId = _store.ResolveStoryId(originalStory);
        }
        else
        {
            var decision = _stories!.Decide(analyzed);
            storyId = decision.StoryId is { } s ? _store.ResolveStoryId(s) ?? s : null;
            merged = decision.MergedStoryIds;
        }
        analyzed = analyzed with { Article = article with { CopyOf = copyOf } };
        var (articleId, finalStory) = _store.AddArticle(new ArticleRecord(raw, analyzed, storyId, _clock.Now));
        foreach (var other in merged)
            if (_store.ResolveStoryId(other) is { } o && o != finalStory) _store.MergeStories(o, finalStory);
        var stored = analyzed with { Article = analyzed.Article with { Id = articleId } };
        _duplicates.Add(articleId, stored.Article.Text, stored.Article.Language);
        _stories!.Commit(stored, finalStory);
        return new IngestOutcome(raw.Input, IngestStatus.Added, articleId, finalStory, copyOf);
    }

    /// <summary>Rebuilds the in-memory indexes from the most recent stored articles, once per engine.</summary>
    private void EnsureIndexes()
    {
        if (_duplicates is not null) return;
        _duplicates = _pipeline.NewDuplicateIndex();
        _stories = _pipeline.NewStoryAssigner();
        foreach (var (article, storyId) in _store.RecentArticles(_options.RestoreWindow))
        {
            _duplicates.Add(article.Article.Id, article.Article.Text, article.Article.Language);
            _stories.Restore(article, _store.ResolveStoryId(storyId) ?? storyId);
        }
    }

    /// <summary>Rebuilds every brief marked stale (by this run or an interrupted earlier one). Returns the story ids rebuilt.</summary>
    public IReadOnlyList<long> RefreshBriefs()
    {
        var rebuilt = new List<long>();
        foreach (var id in _store.StaleBriefStoryIds())
        {
            var summary = _store.GetStory(id);
            if (summary is null) continue;
            var articles = _store.GetStoryArticles(id);
            if (articles.Count == 0) continue;
            var story = new Story(id, summary.Title, summary.FirstSeen, summary.LastSeen, [.. articles.Select(a => a.Article.Id)]);
            _store.SaveBrief(_pipeline.BriefBuilder.Build(story, articles));
            rebuilt.Add(id);
        }
        return rebuilt;
    }
}
