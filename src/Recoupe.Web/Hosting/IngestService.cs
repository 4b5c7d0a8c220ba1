using System.Collections.Concurrent;
using System.Threading.Channels;
using Recoupe.Ingest;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Web.Hosting;

/// <summary>One posted batch: queued, then ingested by the writer; its report when done.</summary>
public sealed class IngestJob(string id, IReadOnlyList<InputItem> items)
{
    private readonly TaskCompletionSource<IngestReport> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Id { get; } = id;
    public IReadOnlyList<InputItem> Items { get; } = items;
    public volatile bool Started;
    public Task<IngestReport> Completion => _done.Task;
    public string Status => Completion.IsCompleted ? (Completion.IsCompletedSuccessfully ? "done" : "failed") : Started ? "running" : "queued";

    internal void Finish(IngestReport report) => _done.TrySetResult(report);
    internal void Fail(Exception e) => _done.TrySetException(e);
}

/// <summary>
/// Web ingest off the request path: posted batches go into a bounded queue, and one writer thread ingests them one after
/// the other through a single engine (its indexes are shared by all; other processes on the store are serialised by
/// the store's write lease). A request waits for its batch a while and otherwise gets a job to poll, so a slow batch
/// holds up no request thread and no read; each input of a batch is bounded by the engine's time budget. A full queue
/// refuses new batches (the client retries) instead of growing without bound.
/// </summary>
public sealed class IngestService : IDisposable
{
    /// <summary>Finished jobs kept for polling.</summary>
    private const int KeptJobs = 1_000;

    private readonly IStore _store;
    private readonly RecoupeEngine _engine;
    private readonly Channel<IngestJob> _queue;
    private readonly ConcurrentDictionary<string, IngestJob> _jobs = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _finished = new();
    private readonly Thread _writer;
    private long _next;

    public IngestService(IStore store, RecoupePipeline pipeline, IClock clock, int capacity = 64, EngineOptions? engine = null)
    {
        _store = store;
        _engine = new RecoupeEngine(pipeline, _store, clock, engine);
        _queue = Channel.CreateBounded<IngestJob>(new BoundedChannelOptions(Math.Max(1, capacity)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _writer = new Thread(Write) { IsBackground = true, Name = "recoupe-ingest" };
        _writer.Start();
    }

    /// <summary>Queues a batch; null when the queue is full.</summary>
    public IngestJob? Enqueue(IReadOnlyList<InputItem> items)
    {
        var job = new IngestJob(Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture), items);
        _jobs[job.Id] = job;
        if (_queue.Writer.TryWrite(job)) return job;
        _jobs.TryRemove(job.Id, out _);
        return null;
    }

    public IngestJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;

    /// <summary>Ingests a batch and waits for it (tests, tools): the queue without the HTTP.</summary>
    public IngestReport Ingest(IReadOnlyList<InputItem> items) =>
        (Enqueue(items) ?? throw new InvalidOperationException("the ingest queue is full")).Completion.GetAwaiter().GetResult();

    private void Write()
    {
        var reader = _queue.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var job))
            {
                job.Started = true;
                try
                {
                    // Every input is isolated inside the engine; what escapes is the store itself failing.
                    job.Finish(_engine.IngestAll(job.Items));
                }
                catch (Exception e)
                {
                    job.Fail(e);
                }
                _finished.Enqueue(job.Id);
                while (_finished.Count > KeptJobs && _finished.TryDequeue(out var old)) _jobs.TryRemove(old, out _);
            }
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        // The batch being ingested finishes (a half-done batch would leave briefs stale); queued ones are dropped.
        _writer.Join(TimeSpan.FromSeconds(60));
        _store.Dispose();
    }
}
