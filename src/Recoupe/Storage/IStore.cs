using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Storage;

/// <summary>What happened to one input in an ingest.</summary>
public enum InputStatus { Article, Rejected }

/// <summary>A stored input: its identity, where it came from, and what became of it.</summary>
public sealed record StoredInput(string ContentHash, string Input, InputKind Kind, InputStatus Status, string? Reason, long? ArticleId, DateTimeOffset ReceivedAt)
{
    /// <summary>The metadata that came with the input (JSON line fields, sidecar, feed item); null for inputs stored before hints were kept.</summary>
    public DocumentHints? Hints { get; init; }
}

/// <summary>A story as listed: enough for the story list without loading articles.</summary>
public sealed record StorySummary(long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int ArticleCount, IReadOnlyList<string> Outlets, IReadOnlyList<string> Languages);

/// <summary>
/// An article accepted by the pipeline, with everything the store keeps of it, ready for one transaction.
/// <paramref name="MergedStoryIds"/>: the stories the assignment decided to fold into the article's story, applied in
/// the same transaction (a crash between the two would lose the merge) and kept with the article for replay.
/// </summary>
public sealed record ArticleRecord(RawDocument Raw, AnalyzedArticle Analyzed, long? StoryId, DateTimeOffset ReceivedAt, ImmutableArray<long> MergedStoryIds = default)
{
    public ImmutableArray<long> Merges => MergedStoryIds.IsDefault ? [] : MergedStoryIds;
}

/// <summary>
/// A stored article with the assignment made when it arrived: the story it was given (before any later merge moved it)
/// and the stories that assignment merged. Replaying these in id order rebuilds the story assigner's state exactly
/// (see <see cref="Pipeline.StoryPlacer"/>). <see cref="Recorded"/> is false for articles stored before decisions were
/// kept: then <see cref="StoryId"/> is the article's current story.
/// </summary>
public sealed record StoredAssignment(AnalyzedArticle Article, long StoryId, ImmutableArray<long> Merged, bool Recorded)
{
    /// <summary>The story the article is in now (after merges).</summary>
    public long CurrentStoryId { get; init; } = StoryId;
}

/// <summary>A story whose brief must be rebuilt, and the generation of its stale mark (see <see cref="IStore.SaveBrief(Brief, long)"/>).</summary>
public sealed record StaleBrief(long StoryId, long Generation);

/// <summary>
/// The persistence contract: SQLite embedded by default, PostgreSQL for shared deployments. Any number of processes
/// may share one store. Reads need nothing; writes that place articles in stories go through a write lease
/// (<see cref="BeginWrite"/>) that serialises them across processes, so that the stories equal those of one
/// sequential run. Writes are idempotent by input content hash.
/// </summary>
public interface IStore : IStoryLookup, IDisposable
{
    bool HasInput(string contentHash);

    /// <summary>What became of an input already received (by content hash), or null if it is new.</summary>
    StoredInput? GetInput(string contentHash);

    /// <summary>
    /// Takes the store's write lease: a transaction that holds the store-wide writer lock (SQLite: BEGIN IMMEDIATE;
    /// PostgreSQL: a transaction-level advisory lock) until it is committed or disposed. Blocks while another process
    /// holds it. Not re-entrant; while it is open, use the store only through it.
    /// </summary>
    IStoreWriter BeginWrite();

    /// <summary>
    /// Stores the raw input and the analysed article in one transaction, creating its story when
    /// <see cref="ArticleRecord.StoryId"/> is null, and marks the story's brief stale. Throws when the input is already
    /// stored (use <see cref="BeginWrite"/> and <see cref="IStoreWriter.AddArticle"/> to be told instead).
    /// </summary>
    (long ArticleId, long StoryId) AddArticle(ArticleRecord record);

    /// <summary>Records a rejected input (with its raw bytes) so that the reason can be shown later; nothing when the input is already stored.</summary>
    void AddRejection(RawDocument raw, string reason, DateTimeOffset receivedAt);

    /// <summary>Folds story <paramref name="from"/> into <paramref name="into"/>; the old id keeps resolving to the new one.</summary>
    void MergeStories(long from, long into);

    AnalyzedArticle? GetArticle(long id);
    IReadOnlyList<AnalyzedArticle> GetStoryArticles(long storyId);

    /// <summary>
    /// The story's articles in the order of <see cref="GetStoryArticles(long)"/>, with their text and annotations only for the positions
    /// <paramref name="read"/> picks from their metadata; the others carry their metadata, an empty text and no annotations. A brief
    /// analyses at most a few hundred articles of a story of thousands: the rest need not be parsed. By default every article is read.
    /// </summary>
    IReadOnlyList<AnalyzedArticle> GetStoryArticles(long storyId, Func<IReadOnlyList<Article>, IReadOnlyCollection<int>> read) =>
        GetStoryArticles(storyId);
    StorySummary? GetStory(long storyId);
    IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0);

    /// <summary>The most recent articles with their current story ids, newest last.</summary>
    IReadOnlyList<(AnalyzedArticle Article, long StoryId)> RecentArticles(int limit);

    /// <summary>The most recent articles with the assignments made when they arrived, oldest first: what the in-memory indexes are rebuilt from.</summary>
    IReadOnlyList<StoredAssignment> RecentAssignments(int limit);

    /// <summary>The largest article id stored (0 for none): how far behind an engine's indexes are.</summary>
    long LastArticleId();

    /// <summary>See <see cref="IStoreWriter.Epoch"/>.</summary>
    long Epoch();

    IReadOnlyList<long> StaleBriefStoryIds();
    IReadOnlyList<StaleBrief> StaleBriefs();

    /// <summary>Saves the brief and clears the stale mark, whatever happened meanwhile (tests, tools).</summary>
    void SaveBrief(Brief brief);

    /// <summary>
    /// Saves the brief only if the story was not marked stale again since <paramref name="generation"/> was read:
    /// a brief built from fewer articles than the story now has must not clear the mark (another writer added one
    /// while it was being built). Returns whether it was saved.
    /// </summary>
    bool SaveBrief(Brief brief, long generation);

    Brief? GetBrief(long storyId);

    /// <summary>Whether the story's stored brief is missing or older than its articles.</summary>
    bool IsBriefStale(long storyId);

    IReadOnlyList<StoredInput> Rejections(int limit = 100);

    /// <summary>Stored inputs (articles and rejections) in the order they were received, a page at a time (for `recoupe reingest`).</summary>
    IReadOnlyList<StoredInput> Inputs(int limit, int offset);

    /// <summary>Full-text search over article titles and texts; the query is taken as plain words (no query syntax).</summary>
    IReadOnlyList<long> SearchArticles(string query, int limit = 50);
    StoreCounts Counts();
    byte[]? GetRawInput(string contentHash);
}

/// <summary>
/// The write lease of a store (see <see cref="IStore.BeginWrite"/>): one transaction holding the store-wide writer lock.
/// Everything read through it is the latest committed state; everything written becomes visible at <see cref="Commit"/>,
/// all or nothing. Disposing without committing rolls back.
/// </summary>
public interface IStoreWriter : IStoryLookup, IDisposable
{
    /// <summary>Bumped whenever stored articles change other than by being added (a re-ingest): in-memory indexes built before are stale.</summary>
    long Epoch { get; }

    StoredInput? GetInput(string contentHash);

    /// <summary>The articles added after <paramref name="articleId"/>, oldest first, with their assignments.</summary>
    IReadOnlyList<StoredAssignment> AssignmentsAfter(long articleId);

    /// <summary>
    /// Adds the input and its article, creating its story when <see cref="ArticleRecord.StoryId"/> is null, folding the
    /// merged stories into it, marking briefs stale. Null when the input is already stored (by anyone: the insert is
    /// `ON CONFLICT DO NOTHING`), with nothing written.
    /// </summary>
    (long ArticleId, long StoryId)? AddArticle(ArticleRecord record);

    /// <summary>Replaces a stored article by a new analysis of its input (same id, same story), marks the story stale and bumps <see cref="Epoch"/>.</summary>
    void UpdateArticle(long articleId, ArticleRecord record);

    /// <summary>Forgets a stored rejection so that the input can become an article (re-ingest after a fix).</summary>
    void ForgetRejection(string contentHash);

    void Commit();
}

/// <summary>What a store and its write lease both answer about stories.</summary>
public interface IStoryLookup
{
    long? GetArticleStory(long articleId);

    /// <summary>The id a story id resolves to now (itself, or the story it was merged into).</summary>
    long? ResolveStoryId(long id);
}

public sealed record StoreCounts(int Inputs, int Articles, int Rejected, int Stories);
