using Recoupe.Storage;

namespace Recoupe.Pipeline;

/// <summary>
/// Deferred briefs (<see cref="EngineOptions.DeferBriefs"/>): the briefs earlier batches left stale are rebuilt on one
/// background thread during the next batch, once its inputs are all read (the last ones are still being analysed and
/// placed). A story that batch touched is skipped: its mark is renewed, so a brief built now would be thrown away; it is
/// built once, after the last batch that touches it (by a later batch's worker or the final
/// <see cref="RecoupeEngine.RefreshBriefs()"/>). So a story touched in several batches is built fewer times. Why not from
/// the batch's start: a stream's stories are touched all along (each of ~500 stories every ~1,000 articles), so briefs
/// built early were mostly discarded (measured: 10 saved of the stale stories of three batches of 1,250).
/// A brief is a function of its story's articles only (built from what the store holds when it is read, saved only if the
/// stale mark's generation is unchanged), so which briefs the worker reaches changes nothing in the final store, only the
/// work done. The worker lives inside one batch (<see cref="Start"/> .. <see cref="Stop"/>): between batches nobody but the
/// caller uses the store.
/// </summary>
internal sealed class BackgroundBriefs
{
    private readonly IStore _store;
    private readonly RecoupePipeline _pipeline;
    private readonly Lock _gate;
    private readonly IngestProfile? _profile;
    private readonly HashSet<long> _touched = [];
    private readonly List<string> _problems = [];
    private readonly Task _worker;
    private readonly ManualResetEventSlim _go = new();
    private volatile bool _stop;

    private BackgroundBriefs(IStore store, RecoupePipeline pipeline, Lock gate, IngestProfile? profile)
    {
        _store = store;
        _pipeline = pipeline;
        _gate = gate;
        _profile = profile;
        _worker = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Briefs rebuilt and saved by this worker.</summary>
    public int Rebuilt { get; private set; }

    /// <summary>Stale stories left for later because the batch touched them.</summary>
    public int Skipped { get; private set; }

    /// <summary>Briefs built but not saved: an article joined the story meanwhile.</summary>
    public int Discarded { get; private set; }

    /// <summary>Starts rebuilding the briefs marked stale now; every use of <paramref name="store"/> goes through <paramref name="gate"/>.</summary>
    public static BackgroundBriefs Start(IStore store, RecoupePipeline pipeline, Lock gate, IngestProfile? profile) =>
        new(store, pipeline, gate, profile);

    /// <summary>The batch placed an article in this story (or found one there): its brief waits for a later rebuild.</summary>
    public void Touched(long storyId)
    {
        lock (_touched) _touched.Add(storyId);
    }

    /// <summary>The batch's inputs are all read: the stories not touched by now are likely done for this batch.</summary>
    public void InputRead() => _go.Set();

    /// <summary>Stops after the brief being built (if any) and returns the problems met; what is left stays marked stale.</summary>
    public IReadOnlyList<string> Stop()
    {
        _stop = true;
        _go.Set();
        _worker.Wait();
        _go.Dispose();
        return _problems;
    }

    private void Work()
    {
        _go.Wait();
        if (_stop) return;
        IReadOnlyList<StaleBrief> stale;
        try
        {
            lock (_gate) stale = _store.StaleBriefs();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _problems.Add($"stale briefs not read: {e.GetType().Name}: {e.Message}");
            return;
        }
        foreach (var s in stale)
        {
            if (_stop) return;
            lock (_touched)
                if (_touched.Contains(s.StoryId))
                {
                    Skipped++;
                    continue;
                }
            switch (BriefRefresher.Rebuild(_store, _pipeline, s, _gate, _profile, out var problem))
            {
                case true: Rebuilt++; break;
                case false: Discarded++; break;
                case null: _problems.Add(problem!); break;
            }
        }
    }
}
