using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Pipeline;

/// <summary>Engine settings; the defaults suit a single-user monitor.</summary>
public sealed record EngineOptions
{
    /// <summary>How many of the most recent stored articles rebuild the in-memory duplicate and story indexes on start.</summary>
    public int RestoreWindow { get; init; } = 20_000;

    /// <summary>
    /// The most CPU time one input may use to be cleaned and annotated; past it, the input is rejected (not stored: a
    /// later run retries it) and the batch goes on. <see cref="Timeout.InfiniteTimeSpan"/> turns the budget off.
    /// </summary>
    public TimeSpan InputBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most wall-clock time one input may take whatever its CPU time (a blocked thread); null: 10 × the budget.</summary>
    public TimeSpan? InputWallLimit { get; init; }

    /// <summary>Threads that clean and annotate inputs in parallel during a batch (story placement stays one ordered writer).</summary>
    public int AnalysisThreads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>
    /// New articles placed per write lease and transaction during a batch. An interrupted run loses at most the articles of
    /// the transaction under way (a re-run analyses and places them again, with the same decisions); one per article made
    /// the commits (and the FTS index's work) a large share of an ingest.
    /// </summary>
    public int PlaceBatch { get; init; } = 256;

    /// <summary>
    /// Whether the in-memory indexes are cached beside a SQLite store (`store.db.indexes`, see <see cref="IndexSnapshot"/>)
    /// after each batch, so that the next process replays only the articles stored since instead of the whole window.
    /// </summary>
    public bool IndexSnapshot { get; init; } = true;

    /// <summary>
    /// Whether a batch leaves its stories' briefs stale for the next batch instead of rebuilding them before it returns:
    /// the next batch rebuilds them on a background thread while it analyses, skipping the stories it touches itself
    /// (see <see cref="BackgroundBriefs"/>), so a story touched in several batches in a row is built once, after the last.
    /// For a host that ingests many batches back to back into one store (a replay, a long import); the caller calls
    /// <see cref="RecoupeEngine.RefreshBriefs()"/> after the last batch. Between batches a reader gets briefs built on the
    /// spot (<see cref="BriefRefresher.Current"/>). The final store is the same either way; off by default.
    /// </summary>
    public bool DeferBriefs { get; init; }

    /// <summary>Where CPU time per stage is added up (the bench's profile); null: nothing is measured.</summary>
    public IngestProfile? Profile { get; init; }
}

/// <summary>What analysis made of one input: the analysed article, or why it is not one.</summary>
/// <param name="Permanent">A rejection that says something about the input (empty, no text), stored so that it is not tried again; not one caused by a bug or the time budget.</param>
public readonly record struct Analysis(AnalyzedArticle? Article, string? Reason, bool Permanent);

/// <summary>
/// Runs inputs through the frozen pipeline into the store, then rebuilds the briefs of the stories that changed.
/// Every input is isolated: whatever one input does (a bug, a store error, the time budget) is that input's rejection
/// with a reason, and the batch goes on. Idempotent: an input already stored (same content hash) is "unchanged"; a run
/// interrupted anywhere, even by kill -9, can be run again and ends in the same state, because each article is written
/// in one transaction with its story decision (a batch places many articles per transaction, in input order, see
/// <see cref="Run"/>) and briefs are rebuilt from a persistent "stale" mark, not from memory.
/// Any number of engines, in any number of processes, may share a store (<see cref="StoryPlacer"/>). Thread-safe:
/// <see cref="Analyze"/> runs in parallel (a batch analyses on <see cref="EngineOptions.AnalysisThreads"/>); store work
/// is serialised.
/// </summary>
public sealed class RecoupeEngine
{
    private readonly RecoupePipeline _pipeline;
    private readonly IStore _store;
    private readonly IClock _clock;
    private readonly StoryPlacer _placer;
    private readonly InputBudget _budget;
    private readonly IngestProfile? _profile;
    private readonly int _threads;
    private readonly int _placeBatch;
    private readonly bool _deferBriefs;
    /// <summary>A store instance is not thread-safe: every use of it by this engine goes through this lock.</summary>
    private readonly Lock _storeGate = new();

    public RecoupeEngine(RecoupePipeline pipeline, IStore store, IClock? clock = null, EngineOptions? options = null)
    {
        _pipeline = pipeline;
        _store = store;
        _clock = clock ?? SystemClock.Instance;
        var o = options ?? new EngineOptions();
        _profile = o.Profile;
        _threads = Math.Max(1, o.AnalysisThreads);
        _placeBatch = Math.Max(1, o.PlaceBatch);
        _deferBriefs = o.DeferBriefs;
        _placer = new StoryPlacer(pipeline, o.RestoreWindow, _profile,
            o.IndexSnapshot && store is SqliteStore { FilePath: var path } ? path + ".indexes" : null);
        _budget = new InputBudget(o.InputBudget, o.InputWallLimit);
    }

    /// <summary>Stored articles this engine read from the store and replayed into its indexes (few when a fresh snapshot was used).</summary>
    public int ReplayedArticles => _placer.Replayed;

    /// <summary>Articles the last restore of the indexes took from the snapshot file (0: none was usable).</summary>
    public int SnapshotArticles => _placer.FromSnapshot;

    /// <summary>With <see cref="EngineOptions.DeferBriefs"/>: briefs rebuilt by the background worker so far, and stale stories it left for later.</summary>
    public (int Rebuilt, int Skipped, int Discarded) BackgroundBriefCounts { get; private set; }

    public IngestReport IngestAll(IEnumerable<InputItem> items, Action<IngestOutcome>? onEach = null, CancellationToken cancel = default) =>
        Run(items, reingest: false, onEach, cancel);

    /// <summary>Like <see cref="IngestAll"/>, but inputs already stored are analysed again and their articles rewritten (`recoupe reingest`).</summary>
    public IngestReport ReingestAll(IEnumerable<InputItem> items, Action<IngestOutcome>? onEach = null, CancellationToken cancel = default) =>
        Run(items, reingest: true, onEach, cancel);

    /// <summary>
    /// A batch, pipelined: the inputs are read on one thread, analysed on <see cref="EngineOptions.AnalysisThreads"/>
    /// (<see cref="OrderedParallel"/>), and come back here in input order, where new articles are placed
    /// <see cref="EngineOptions.PlaceBatch"/> at a time (one write lease and transaction each). Anything else (a known input,
    /// a rejection, a re-ingest) first places what is pending, so the store sees exactly the sequence of writes, and the
    /// story decisions, of a one-input-at-a-time run; the number of threads changes nothing in the end state.
    /// </summary>
    private IngestReport Run(IEnumerable<InputItem> items, bool reingest, Action<IngestOutcome>? onEach, CancellationToken cancel)
    {
        var outcomes = new List<IngestOutcome>();
        var touched = new List<long>();
        var seen = new HashSet<long>();
        var pending = new List<Analyzed>();
        var problems = new List<string>();
        // Deferred briefs: what earlier batches left stale is rebuilt while this batch is analysed.
        var background = _deferBriefs ? BackgroundBriefs.Start(_store, _pipeline, _storeGate, _profile) : null;

        void Record(IngestOutcome outcome)
        {
            outcomes.Add(outcome);
            if (outcome.StoryId is { } s && seen.Add(s))
            {
                touched.Add(s);
                background?.Touched(s);
            }
            onEach?.Invoke(outcome);
        }

        void Flush()
        {
            if (pending.Count == 0) return;
            IReadOnlyList<IngestOutcome> placed;
            try
            {
                placed = Place(pending);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                placed = [.. pending.Select(a => IngestOutcome.Rejected(a.Raw.Input, $"internal error: {e.GetType().Name}: {e.Message}"))];
            }
            pending.Clear();
            foreach (var outcome in placed) Record(outcome);
        }

        void Consume(InputItem item, Analysis? prepared)
        {
            if (item is InputDocument { Document: var raw } && !reingest && prepared is { Article: { } article })
            {
                StoredInput? known;
                lock (_storeGate) known = _store.GetInput(raw.ContentHash);
                if (known is null)
                {
                    // New: placed with the next batch. Already stored (placed by another process meanwhile): decided below.
                    pending.Add(new Analyzed(raw, article));
                    if (pending.Count >= _placeBatch) Flush();
                    return;
                }
            }
            Flush();
            IngestOutcome outcome;
            try
            {
                outcome = item is InputDocument d
                    ? (reingest ? Reingest(d.Document, prepared) : Ingest(d.Document, prepared))
                    : Ingest(item);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                // Not stored as a rejection: a later run (after the fix, or with the store back) retries the input.
                outcome = IngestOutcome.Rejected(item.Input, $"internal error: {e.GetType().Name}: {e.Message}");
            }
            Record(outcome);
        }

        try
        {
            OrderedParallel.Run(Guarded(items, background is null ? null : background.InputRead), item => item is InputDocument, item => Prepare((InputDocument)item, reingest),
                Consume, _threads, capacity: AnalysisAhead(_threads, _placeBatch), cancel);
        }
        finally
        {
            try
            {
                // Cancelled: what was analysed is kept, as a one-at-a-time run would have stored it by now.
                Flush();
            }
            finally
            {
                if (background is not null)
                {
                    problems.AddRange(background.Stop());
                    var (rebuilt, skipped, discarded) = BackgroundBriefCounts;
                    BackgroundBriefCounts = (rebuilt + background.Rebuilt, skipped + background.Skipped, discarded + background.Discarded);
                }
            }
        }
        // Cancelled while the last articles were placed: they are stored, their briefs stay marked stale for the next run.
        cancel.ThrowIfCancellationRequested();
        lock (_storeGate) _placer.SaveSnapshot();
        if (!_deferBriefs) RefreshBriefs(problems);
        // Stories may have been merged during the batch: report them by the ids they resolve to now.
        List<long> resolved;
        lock (_storeGate) resolved = touched.Select(id => _store.ResolveStoryId(id) ?? id).Distinct().ToList();
        return new IngestReport(outcomes, resolved) { Problems = problems };
    }

    /// <summary>
    /// How many inputs may be read and analysed ahead of the ordered writer. More than one write batch: while the writer
    /// places a batch (store writes and story decisions, ~1 ms an article, one thread), the analysis threads go on with the
    /// next one instead of stopping after a few inputs (at 16 ahead, one core idled through every flush of 256). Order and
    /// batches are the writer's, so the store ends the same whatever the value; the cost is the memory of the articles
    /// waiting (a few hundred analysed articles).
    /// </summary>
    internal static int AnalysisAhead(int threads, int placeBatch) => Math.Max(4 * threads + 8, placeBatch + 4 * threads);

    /// <summary>The inputs, with the time spent reading them measured, and a failure of the listing itself as a last input.</summary>
    /// <param name="read">Called once every input is read (not when the reading failed or was stopped).</param>
    private IEnumerable<InputItem> Guarded(IEnumerable<InputItem> items, Action? read = null)
    {
        using var inputs = items.GetEnumerator();
        while (true)
        {
            InputItem? item = null;
            bool failed = false;
            try
            {
                using (IngestProfile.Measure(_profile, IngestStage.Decode))
                    if (inputs.MoveNext()) item = inputs.Current;
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                // The readers isolate each file; this is a bug in how inputs are listed. What was read is kept.
                item = new InputFailure("(inputs)", $"reading the inputs stopped: {e.GetType().Name}: {e.Message}");
                failed = true;
            }
            if (item is null)
            {
                read?.Invoke();
                yield break;
            }
            yield return item;
            if (failed) yield break;
        }
    }

    /// <summary>How long a worker waits for the store to check an input is already stored (a re-run) before analysing it anyway.</summary>
    private static readonly TimeSpan ShortcutWait = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// A worker's part: the analysis of one input, or null when the store already has it (nothing to analyse: the
    /// ordered writer gives the outcome). The store check is only a shortcut; the writer checks again in order.
    /// </summary>
    private Analysis? Prepare(InputDocument doc, bool reingest)
    {
        var raw = doc.Document;
        if (!reingest)
        {
            try
            {
                // Not waiting for the gate: the writer holds it through a whole batch's transaction, and a worker waiting
                // there left a core idle through every flush. Without the check the input is analysed; the writer finds it
                // stored and gives the same outcome (the analysis is then unused).
                if (_storeGate.TryEnter(ShortcutWait))
                {
                    StoredInput? known;
                    try { known = _store.GetInput(raw.ContentHash); }
                    finally { _storeGate.Exit(); }
                    if (known is not null && !HintsChanged(raw, known)) return null;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The store is unwell: analyse anyway; the writer meets the problem and reports it on this input.
            }
        }
        return Analyze(raw);
    }

    /// <summary>The same file with new metadata (its sidecar was written or changed): analysed again, article rewritten.</summary>
    private static bool HintsChanged(RawDocument raw, StoredInput known) =>
        known.Status == InputStatus.Article && known.Input == raw.Input && known.Hints is { } hints && hints != raw.Hints;

    public IngestOutcome Ingest(InputItem item)
    {
        switch (item)
        {
            case InputFailure failure:
                return IngestOutcome.Rejected(failure.Input, failure.Reason);
            case RejectedInput rejected:
                lock (_storeGate) _store.AddRejection(rejected.Document, rejected.Reason, _clock.Now);
                return IngestOutcome.Rejected(rejected.Input, rejected.Reason);
            case InputDocument doc:
                return Ingest(doc.Document);
            default:
                throw new ArgumentException($"Unknown input item {item.GetType().Name}", nameof(item));
        }
    }

    public IngestOutcome Ingest(RawDocument raw) => Ingest(raw, null);

    /// <param name="prepared">The input's analysis when a worker already made it (null: analysed here if needed).</param>
    private IngestOutcome Ingest(RawDocument raw, Analysis? prepared)
    {
        StoredInput? known;
        lock (_storeGate) known = _store.GetInput(raw.ContentHash);
        if (known is not null)
        {
            if (HintsChanged(raw, known)) return Reingest(raw, prepared);
            lock (_storeGate) return StoryPlacer.Known(_store, raw.Input, known);
        }
        var analysis = prepared ?? Analyze(raw);
        if (analysis.Article is null) return Reject(raw, analysis);
        lock (_storeGate) return _placer.Place(_store, new Analyzed(raw, analysis.Article), () => _clock.Now);
    }

    /// <summary>
    /// Analyses a stored input again with the current pipeline and its current hints: its article is rewritten in place
    /// (same id, same story; the brief is rebuilt), a stored rejection that now passes becomes an article, a new input is
    /// ingested. An article the current pipeline would reject is kept as it is, and the outcome says so.
    /// </summary>
    public IngestOutcome Reingest(RawDocument raw) => Reingest(raw, null);

    private IngestOutcome Reingest(RawDocument raw, Analysis? prepared)
    {
        StoredInput? known;
        lock (_storeGate) known = _store.GetInput(raw.ContentHash);
        if (known is null) return Ingest(raw, prepared);
        var analysis = prepared ?? Analyze(raw);
        if (analysis.Article is null)
            return known.Status == InputStatus.Article
                ? IngestOutcome.Rejected(raw.Input, $"{analysis.Reason} (on re-ingest; the stored article {known.ArticleId} is kept)")
                : IngestOutcome.Rejected(raw.Input, analysis.Reason!);
        lock (_storeGate)
        {
            using var writer = _store.BeginWrite();
            var current = writer.GetInput(raw.ContentHash);
            if (current is { Status: InputStatus.Article, ArticleId: { } articleId })
            {
                var article = analysis.Article with { Article = analysis.Article.Article with { Id = articleId } };
                writer.UpdateArticle(articleId, new ArticleRecord(raw, article, null, _clock.Now));
                writer.Commit();
                var story = writer.GetArticleStory(articleId);
                return new IngestOutcome(raw.Input, IngestStatus.Updated, articleId, story is { } s ? _store.ResolveStoryId(s) : null);
            }
            if (current is not null) writer.ForgetRejection(raw.ContentHash);
            writer.Commit();
        }
        lock (_storeGate) return _placer.Place(_store, new Analyzed(raw, analysis.Article), () => _clock.Now);
    }

    /// <summary>
    /// Clean and annotate one input under the per-input time budget; no store access, safe to call from several
    /// threads (a batched ingest analyses in parallel, then hands the results to <see cref="Place"/>).
    /// </summary>
    public Analysis Analyze(RawDocument raw)
    {
        try
        {
            var receivedAt = _clock.Now;
            if (!_budget.TryRun(() =>
                {
                    ParseResult<Article> cleaned;
                    using (IngestProfile.Measure(_profile, IngestStage.Clean))
                        cleaned = _pipeline.Clean(raw, receivedAt);
                    if (!cleaned.Success) return new Analysis(null, cleaned.Error, true);
                    using (IngestProfile.Measure(_profile, IngestStage.Annotate))
                        return new Analysis(_pipeline.Analyze(cleaned.Value!, receivedAt), null, false);
                }, out var analysis, out var overrun))
                return new Analysis(null, $"{overrun}, the budget of one input (not stored: a later run retries it)", false);
            return analysis;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug on one article must not stop the batch. Not stored as a rejection, so a later run (after the fix) retries it.
            return new Analysis(null, $"internal error while analysing: {e.GetType().Name}: {e.Message}", false);
        }
    }

    /// <summary>Places analysed articles in stories, in order, under one write lease (see <see cref="StoryPlacer.PlaceAll"/>).</summary>
    public IReadOnlyList<IngestOutcome> Place(IReadOnlyList<Analyzed> batch)
    {
        lock (_storeGate) return _placer.PlaceAll(_store, batch, () => _clock.Now);
    }

    private IngestOutcome Reject(RawDocument raw, Analysis analysis)
    {
        if (analysis.Permanent)
            lock (_storeGate) _store.AddRejection(raw, analysis.Reason!, _clock.Now);
        return IngestOutcome.Rejected(raw.Input, analysis.Reason!);
    }

    /// <summary>Rebuilds every brief marked stale (by this run, an interrupted earlier one, or another process). Returns the story ids rebuilt.</summary>
    public IReadOnlyList<long> RefreshBriefs() => RefreshBriefs([]);

    private IReadOnlyList<long> RefreshBriefs(List<string> problems)
    {
        // Off the store lock: briefs of different stories are built on all analysis threads, the store reached under the gate.
        return BriefRefresher.Refresh(_store, _pipeline, problems, _storeGate, _threads, _profile);
    }
}
