using Recoupe.Dedup;
using Recoupe.Model;
using Recoupe.Storage;
using Recoupe.Stories;

namespace Recoupe.Pipeline;

/// <summary>An analysed article ready to be placed: the input it came from and what the pipeline made of it.</summary>
public sealed record Analyzed(RawDocument Raw, AnalyzedArticle Article);

/// <summary>
/// The one place where articles join stories. The duplicate index and the story assigner live in memory, built from
/// the store's recorded assignments; a placement runs under the store's write lease (one writer at a time across every
/// process on the store), first replays what other processes placed since this one last looked, then decides and
/// writes in the same transaction. So any number of processes (and threads: placements of one placer are serialised
/// by a lock) end with the stories one sequential run in the same order would give, and a process killed at any point
/// leaves a state a re-run continues from exactly. Analysis, the expensive part, stays outside: a batched,
/// multi-threaded ingest analyses in parallel and hands analysed articles here, one by one or a batch per lease.
/// </summary>
public sealed class StoryPlacer
{
    private readonly RecoupePipeline _pipeline;
    private readonly int _window;
    private readonly IngestProfile? _profile;
    private readonly Lock _gate = new();
    private IDuplicateIndex? _duplicates;
    private IStoryAssigner? _stories;
    /// <summary>The last article id the indexes hold (replayed or placed here).</summary>
    private long _synced;
    private long _epoch = -1;
    /// <summary>Where the start-up snapshot of the indexes is kept (null: none, every start replays the store).</summary>
    private readonly string? _snapshotPath;
    /// <summary>The replay records of the last <see cref="_window"/> articles the indexes hold, oldest first (what a snapshot writes).</summary>
    private readonly Queue<ReplayRecord> _records = new();
    /// <summary>False once the indexes hold something a snapshot cannot replay (an article stored before assignments were recorded, other index kinds).</summary>
    private bool _snapshottable;
    /// <summary>The last article id of the snapshot file as this placer last read or wrote it (-1: not known): nothing to write when unchanged.</summary>
    private long _snapshotAt = -1;

    /// <summary>Stored articles read from the store and replayed into the indexes (not counting those restored from the snapshot).</summary>
    public int Replayed { get; private set; }

    /// <summary>Articles restored from the snapshot file by the last rebuild (0: none was usable).</summary>
    public int FromSnapshot { get; private set; }

    public StoryPlacer(RecoupePipeline pipeline, int restoreWindow, IngestProfile? profile = null, string? snapshotPath = null)
    {
        _pipeline = pipeline;
        _snapshotPath = snapshotPath;
        _profile = profile;
        _window = Math.Max(1, restoreWindow);
    }

    /// <summary>Places one article; see <see cref="PlaceAll"/>.</summary>
    public IngestOutcome Place(IStore store, Analyzed item, Func<DateTimeOffset> now) => PlaceAll(store, [item], now)[0];

    /// <summary>
    /// Places a batch under one write lease (one transaction: all or nothing). An input found already stored — by this
    /// run or by another process — is "unchanged" and nothing is written for it. When the batch fails (a store error),
    /// nothing of it was written and the indexes are rebuilt; a batch of more than one is then placed one by one, so
    /// that one bad article costs only itself.
    /// </summary>
    public IReadOnlyList<IngestOutcome> PlaceAll(IStore store, IReadOnlyList<Analyzed> batch, Func<DateTimeOffset> now)
    {
        lock (_gate)
        {
            try
            {
                return PlaceLocked(store, batch, now);
            }
            catch (Exception) when (batch.Count > 1)
            {
                return [.. batch.Select(item => PlaceAlone(store, item, now))];
            }
        }
    }

    /// <summary>One article of a failed batch, alone: its own failure is its rejection (not stored: a later run retries it).</summary>
    private IngestOutcome PlaceAlone(IStore store, Analyzed item, Func<DateTimeOffset> now)
    {
        try
        {
            return PlaceLocked(store, [item], now)[0];
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return IngestOutcome.Rejected(item.Raw.Input, $"internal error: {e.GetType().Name}: {e.Message}");
        }
    }

    private List<IngestOutcome> PlaceLocked(IStore store, IReadOnlyList<Analyzed> batch, Func<DateTimeOffset> now)
    {
        using var storeWork = IngestProfile.Measure(_profile, IngestStage.StoreWrites);
        // Rebuilding reads thousands of articles: done before taking the lease, so other writers do not wait on it.
        if (_duplicates is null || store.LastArticleId() - _synced > _window) Rebuild(store);
        var writer = store.BeginWrite();
        try
        {
            if (writer.Epoch != _epoch)
            {
                // Stored articles were rewritten (re-ingest): what the indexes hold is stale. Rebuilt under the lease, rarely.
                writer.Dispose();
                Rebuild(store);
                writer = store.BeginWrite();
            }
            var others = writer.AssignmentsAfter(_synced);
            using (IngestProfile.Measure(_profile, IngestStage.Restore, IngestStage.StoreWrites))
                foreach (var done in others) Replay(done, _exact);
            var outcomes = new List<IngestOutcome>(batch.Count);
            foreach (var item in batch) outcomes.Add(Decide(writer, item, now()));
            writer.Commit();
            return outcomes;
        }
        catch
        {
            // Decisions were made on the indexes and the writes are gone: the indexes no longer match the store.
            _records.Clear();
            _snapshottable = false;
            _duplicates = null;
            _stories = null;
            throw;
        }
        finally
        {
            writer.Dispose();
        }
    }

    private IngestOutcome Decide(IStoreWriter writer, Analyzed item, DateTimeOffset receivedAt)
    {
        var raw = item.Raw;
        if (writer.GetInput(raw.ContentHash) is { } known) return Known(writer, raw.Input, known);
        var article = item.Article.Article;
        long? copyOf;
        using (IngestProfile.Measure(_profile, IngestStage.StoryAssignment, IngestStage.StoreWrites))
            copyOf = _duplicates!.FindCopyOf(article.Text, article.Language);
        long? storyId;
        var merged = System.Collections.Immutable.ImmutableArray<long>.Empty;
        if (copyOf is { } original && writer.GetArticleStory(original) is { } originalStory)
        {
            // A syndicated copy belongs where its original is.
            storyId = writer.ResolveStoryId(originalStory);
        }
        else
        {
            StoryDecision decision;
            using (IngestProfile.Measure(_profile, IngestStage.StoryAssignment, IngestStage.StoreWrites))
                decision = _stories!.Decide(item.Article);
            storyId = decision.StoryId is { } s ? writer.ResolveStoryId(s) ?? s : null;
            merged = decision.MergedStoryIds;
        }
        var analyzed = item.Article with { Article = article with { CopyOf = copyOf } };
        var added = writer.AddArticle(new ArticleRecord(raw, analyzed, storyId, receivedAt, merged))
            ?? throw new InvalidOperationException($"input {raw.Input} appeared in the store under the write lock");
        // Into the indexes at once: in a batch the next article is decided with this one there, as one lease at a time
        // would; if the transaction fails after all, the indexes are dropped with it.
        using (IngestProfile.Measure(_profile, IngestStage.StoryAssignment, IngestStage.StoreWrites))
            Remember(analyzed with { Article = analyzed.Article with { Id = added.ArticleId } }, added.StoryId);
        Keep(added.ArticleId, added.StoryId, merged, copyOf, raw.ContentHash);
        return new IngestOutcome(raw.Input, IngestStatus.Added, added.ArticleId, added.StoryId, copyOf);
    }

    /// <summary>The outcome for an input the store already has (unchanged, or rejected earlier).</summary>
    public static IngestOutcome Known(IStoryLookup store, string input, StoredInput known)
    {
        if (known.Status == InputStatus.Rejected) return IngestOutcome.Rejected(input, known.Reason ?? "rejected earlier");
        var storyId = known.ArticleId is { } aid && store.GetArticleStory(aid) is { } sid ? store.ResolveStoryId(sid) : null;
        return new IngestOutcome(input, IngestStatus.Unchanged, known.ArticleId, storyId);
    }

    private void Remember(AnalyzedArticle stored, long storyId)
    {
        _duplicates!.Add(stored.Article.Id, stored.Article.Text, stored.Article.Language);
        _stories!.Commit(stored, storyId);
        _synced = Math.Max(_synced, stored.Article.Id);
    }

    /// <summary>
    /// Brings the indexes past one stored article as its placement did. With <paramref name="exact"/>, the article is
    /// decided again first (unless it was a copy placed with its original, which was not decided): deciding refreshes
    /// the assigner's cached IDF values and norms, so the replay leaves every cache as the original placement did and
    /// the next decision is the one a single process would make. The recorded decision is then applied.
    /// </summary>
    private void Replay(StoredAssignment done, bool exact)
    {
        var article = done.Article.Article;
        if (!done.Recorded)
        {
            // Stored before assignments were recorded: restored into its current story.
            _duplicates!.Add(article.Id, article.Text, article.Language);
            _stories!.Restore(done.Article, done.StoryId);
        }
        else
        {
            if (exact && article.CopyOf is null) _stories!.Decide(done.Article);
            _duplicates!.Add(article.Id, article.Text, article.Language);
            _stories!.Replay(done.Article, done.StoryId, done.Merged);
        }
        _synced = Math.Max(_synced, article.Id);
        Replayed++;
        if (done.Recorded) Keep(article.Id, done.StoryId, done.Merged, article.CopyOf, article.ContentHash);
        else _snapshottable = false;
    }

    /// <summary>A snapshot's record replayed: the same steps as <see cref="Replay(StoredAssignment, bool)"/> from cached features.</summary>
    private void Replay(ReplayRecord done, bool exact)
    {
        var stories = (OnlineStoryAssigner)_stories!;
        if (exact && done.CopyOf is null) stories.Decide(done.Features);
        ((NearDuplicateIndex)_duplicates!).Add(done.ArticleId, done.Print);
        stories.Replay(done.Features, done.StoryId, done.Merged);
        _synced = Math.Max(_synced, done.ArticleId);
        Keep(done);
    }

    /// <summary>Keeps what a snapshot needs of the article just put into the indexes.</summary>
    private void Keep(long articleId, long storyId, System.Collections.Immutable.ImmutableArray<long> merged, long? copyOf, string contentHash)
    {
        if (!_snapshottable) return;
        if (_stories is OnlineStoryAssigner { LastFeatures: { } features } && _duplicates is NearDuplicateIndex { LastPrint: { } print })
            Keep(new ReplayRecord(articleId, storyId, merged.IsDefault ? [] : merged, copyOf, contentHash, features, print));
        else
        {
            _snapshottable = false;
            _records.Clear();
        }
    }

    private void Keep(ReplayRecord record)
    {
        _records.Enqueue(record);
        while (_records.Count > _window) _records.Dequeue();
    }

    /// <summary>
    /// Writes the snapshot of the indexes when they hold more than the file does; a failure is ignored (a cache: the next
    /// start replays the store). Called at the end of a batch.
    /// </summary>
    public void SaveSnapshot()
    {
        lock (_gate)
        {
            if (_snapshotPath is null || !_snapshottable || _duplicates is null || _synced == 0 || _synced == _snapshotAt) return;
            if (_records.Count == 0 || _records.Last().ArticleId != _synced) return;
            // A few articles past the file are cheap to replay at the next start; rewriting the window after every
            // one-file ingest is not.
            if (_snapshotAt >= 0 && _synced - _snapshotAt < Math.Max(1, _window / 100)) return;
            try
            {
                new IndexSnapshot(SnapshotSettings(), _epoch, _synced, _window, [.. _records]).Write(_snapshotPath);
                _snapshotAt = _synced;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only a cache.
            }
        }
    }

    private string SnapshotSettings() =>
        IndexSnapshot.SettingsOf(((OnlineStoryAssigner)_stories!).Options, ((NearDuplicateIndex)_duplicates!).Options);

    /// <summary>
    /// Fresh indexes from the snapshot file and the articles stored after it, when the file matches the store (same epoch,
    /// same article at its last id, read under the write lease) and the settings; false otherwise (nothing changed but
    /// fresh indexes). The window and the exactness are those a full rebuild would use now, so the state is the same.
    /// </summary>
    private bool TryRestoreSnapshot(IStore store)
    {
        if (_snapshotPath is null || _stories is not OnlineStoryAssigner || _duplicates is not NearDuplicateIndex) return false;
        var snapshot = IndexSnapshot.TryRead(_snapshotPath, SnapshotSettings());
        if (snapshot is null || snapshot.Window != _window || snapshot.Records.Count == 0 || snapshot.Records.Count > _window
            || snapshot.Records[^1].ArticleId != snapshot.LastArticleId) return false;
        long epoch;
        IReadOnlyList<StoredAssignment> newer;
        using (var writer = store.BeginWrite())
        {
            epoch = writer.Epoch;
            if (epoch != snapshot.Epoch) return false;
            newer = writer.AssignmentsAfter(snapshot.LastArticleId);
        }
        if (newer.Count >= _window || newer.Any(a => !a.Recorded)) return false;
        // The same article at the snapshot's last id (not another store's file): its content hash.
        if (store.GetArticle(snapshot.LastArticleId)?.Article.ContentHash != snapshot.Records[^1].ContentHash) return false;
        int total = snapshot.Records.Count + newer.Count;
        bool exact = total < _window;
        _epoch = epoch;
        _exact = exact;
        for (int i = Math.Max(0, total - _window); i < snapshot.Records.Count; i++) Replay(snapshot.Records[i], exact);
        FromSnapshot = snapshot.Records.Count - Math.Max(0, total - _window);
        _snapshotAt = snapshot.LastArticleId;
        foreach (var done in newer) Replay(done, exact);
        return true;
    }

    /// <summary>Whether the indexes hold the store's whole history (then replays decide again, see <see cref="Replay"/>).</summary>
    private bool _exact;

    /// <summary>
    /// Fresh indexes from the most recent <see cref="_window"/> stored assignments, oldest first. When that is the whole
    /// history, the replay is exact (the state of the process that placed them); beyond, it is cheap (no scoring), as a
    /// process that ran for ever would not have the same state anyway.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_duplicates), nameof(_stories))]
    private void EmptyIndexes()
    {
        _duplicates = _pipeline.NewDuplicateIndex();
        _stories = _pipeline.NewStoryAssigner();
        _synced = 0;
        _records.Clear();
        _snapshottable = true;
        FromSnapshot = 0;
    }

    private void Rebuild(IStore store)
    {
        using var restore = IngestProfile.Measure(_profile, IngestStage.Restore, IngestStage.StoreWrites);
        EmptyIndexes();
        try
        {
            if (TryRestoreSnapshot(store)) return;
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // A snapshot that reads but does not replay (a damaged file that passed the checks): the full restore below.
        }
        EmptyIndexes();
        _epoch = store.Epoch(); // read first: a rewrite after it is seen at the next lease
        var recent = store.RecentAssignments(_window);
        _exact = recent.Count < _window;
        foreach (var done in recent) Replay(done, _exact);
    }

    /// <summary>Forgets the indexes: the next placement rebuilds them from the store (after this engine rewrote articles).</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _duplicates = null;
            _stories = null;
            _records.Clear();
        }
    }
}
