using Recoupe.Ingest;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Web.Hosting;

/// <summary>
/// The one writer: a single engine over its own store connection, used under a lock so that posted
/// batches are ingested one after the other (the engine's duplicate and story indexes are not shared-safe).
/// </summary>
public sealed class IngestService : IDisposable
{
    private readonly Lock _gate = new();
    private readonly IStore _store;
    private readonly RecoupeEngine _engine;

    public IngestService(IStore store, RecoupePipeline pipeline, IClock clock)
    {
        _store = store;
        _engine = new RecoupeEngine(pipeline, _store, clock);
    }

    /// <summary>Ingests a batch to the end even if the client goes away: a half-done batch would leave briefs stale.</summary>
    public IngestReport Ingest(IReadOnlyList<InputItem> items)
    {
        lock (_gate) return _engine.IngestAll(items);
    }

    public void Dispose()
    {
        lock (_gate) _store.Dispose();
    }
}
