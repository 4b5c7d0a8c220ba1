using Recoupe.Model;

namespace Recoupe.Storage;

/// <summary>What happened to one input in an ingest.</summary>
public enum InputStatus { Article, Rejected }

/// <summary>A stored input: its identity, where it came from, and what became of it.</summary>
public sealed record StoredInput(string ContentHash, string Input, InputKind Kind, InputStatus Status, string? Reason, long? ArticleId, DateTimeOffset ReceivedAt);

/// <summary>A story as listed: enough for the story list without loading articles.</summary>
public sealed record StorySummary(long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int ArticleCount, IReadOnlyList<string> Outlets, IReadOnlyList<string> Languages);

/// <summary>An article accepted by the pipeline, with everything the store keeps of it, ready for one transaction.</summary>
public sealed record ArticleRecord(RawDocument Raw, AnalyzedArticle Analyzed, long? StoryId, DateTimeOffset ReceivedAt);

/// <summary>
/// The persistence contract: SQLite embedded by default, PostgreSQL for shared deployments.
/// Each write is one transaction; writes are idempotent by input content hash.
/// </summary>
public interface IStore : IDisposable
{
    bool HasInput(string contentHash);

    /// <summary>What became of an input already received (by content hash), or null if it is new.</summary>
    StoredInput? GetInput(string contentHash);

    /// <summary>
    /// Stores the raw input and the analysed article in one transaction, creating its story when
    /// <see cref="ArticleRecord.StoryId"/> is null, and marks the story's brief stale.
    /// </summary>
    (long ArticleId, long StoryId) AddArticle(ArticleRecord record);

    /// <summary>Records a rejected input (with its raw bytes) so that the reason can be shown later.</summary>
    void AddRejection(RawDocument raw, string reason, DateTimeOffset receivedAt);

    /// <summary>Folds story <paramref name="from"/> into <paramref name="into"/>; the old id keeps resolving to the new one.</summary>
    void MergeStories(long from, long into);

    /// <summary>The id a story id resolves to now (itself, or the story it was merged into).</summary>
    long? ResolveStoryId(long id);

    AnalyzedArticle? GetArticle(long id);
    long? GetArticleStory(long articleId);
    IReadOnlyList<AnalyzedArticle> GetStoryArticles(long storyId);
    StorySummary? GetStory(long storyId);
    IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0);

    /// <summary>The most recent articles with their story ids, newest last: what the in-memory indexes are rebuilt from.</summary>
    IReadOnlyList<(AnalyzedArticle Article, long StoryId)> RecentArticles(int limit);

    IReadOnlyList<long> StaleBriefStoryIds();
    void SaveBrief(Brief brief);
    Brief? GetBrief(long storyId);

    IReadOnlyList<StoredInput> Rejections(int limit = 100);

    /// <summary>Full-text search over article titles and texts; the query is taken as plain words (no query syntax).</summary>
    IReadOnlyList<long> SearchArticles(string query, int limit = 50);
    StoreCounts Counts();
    byte[]? GetRawInput(string contentHash);
}

public sealed record StoreCounts(int Inputs, int Articles, int Rejected, int Stories);
