using Recoupe.Ingest;

namespace Recoupe.Pipeline;

/// <summary>
/// Keeps ingesting what appears in folders, files and feed URLs (`recoupe watch`). A file is read only once it is
/// stable: its size and time (and its sidecar's) unchanged since the previous round, or, the first time it is seen,
/// last written longer ago than <c>settle</c> — so a file caught mid-write is not ingested half-written and then again
/// whole. A file is read again when it or its FILE.meta.json sidecar changed: new content is a new input, new
/// metadata re-analyses the stored article in place (the engine compares the hints). Each URL is fetched every round;
/// the engine's content-hash idempotence drops what it has already seen.
/// </summary>
public sealed class Watcher
{
    private readonly RecoupeEngine _engine;
    private readonly IReadOnlyList<string> _sources;
    private readonly WebFetcher? _web;
    private readonly TimeSpan _settle;
    private readonly IClock _clock;
    /// <summary>The stamp each file was read with.</summary>
    private readonly Dictionary<string, WatchStamp> _read = new(StringComparer.Ordinal);
    /// <summary>Files seen but not yet stable, with the stamp they had.</summary>
    private readonly Dictionary<string, WatchStamp> _settling = new(StringComparer.Ordinal);

    /// <param name="settle">How long a file must stay unchanged before it is read (the interval between rounds); zero reads at once.</param>
    public Watcher(RecoupeEngine engine, IEnumerable<string> sources, WebFetcher? web = null, TimeSpan? settle = null, IClock? clock = null)
    {
        _engine = engine;
        _sources = sources.ToList();
        _web = web;
        _settle = settle ?? TimeSpan.Zero;
        _clock = clock ?? SystemClock.Instance;
    }

    /// <summary>A file's size and last write time, and its sidecar's (zero when it has none).</summary>
    private readonly record struct WatchStamp(long Size, DateTime Modified, long SidecarSize, DateTime SidecarModified)
    {
        public DateTime Latest => Modified > SidecarModified ? Modified : SidecarModified;
    }

    /// <summary>Files seen but not read yet because they were still changing (for tests and the round's note).</summary>
    public int Settling => _settling.Count;

    /// <summary>One round: what changed and is stable, ingested. Briefs of touched stories are rebuilt.</summary>
    public IngestReport RunOnce(Action<IngestOutcome>? onEach = null, CancellationToken cancel = default)
    {
        var items = new List<InputItem>();
        var now = _clock.Now.UtcDateTime;
        foreach (var (file, missing) in InputCollector.ExpandFiles(_sources.Where(s => !WebFetcher.IsUrl(s))))
        {
            if (missing is not null)
            {
                // Reported once, not every round.
                if (_read.TryAdd(missing.Input, default)) items.Add(missing);
                continue;
            }
            if (file!.Stamp() is not { } own) continue;
            var sidecar = file.Sidecar().Stamp();
            var stamp = new WatchStamp(own.Size, own.ModifiedUtc, sidecar?.Size ?? 0, sidecar?.ModifiedUtc ?? default);
            if (_read.TryGetValue(file.Name, out var read) && read == stamp) continue;
            bool stable = _settling.TryGetValue(file.Name, out var before) ? before == stamp : now - stamp.Latest >= _settle;
            if (!stable)
            {
                _settling[file.Name] = stamp;
                continue;
            }
            _settling.Remove(file.Name);
            _read[file.Name] = stamp;
            items.AddRange(InputCollector.ReadFile(file));
        }
        foreach (var url in _sources.Where(WebFetcher.IsUrl))
            items.AddRange(_web is null ? [new InputFailure(url, "URLs are not fetched here")] : _web.Read(url));
        return _engine.IngestAll(items, onEach, cancel);
    }
}
