using Recoupe.Ingest;

namespace Recoupe.Pipeline;

/// <summary>
/// Keeps ingesting what appears in folders, files and feed URLs (`recoupe watch`). Each round reads only
/// files that are new or changed since the last round (by size and time), fetches each URL again, and
/// lets the engine's content-hash idempotence drop what it has already seen.
/// </summary>
public sealed class Watcher
{
    private readonly RecoupeEngine _engine;
    private readonly IReadOnlyList<string> _sources;
    private readonly WebFetcher? _web;
    private readonly Dictionary<string, (long Size, DateTime Modified)> _seenFiles = new(StringComparer.Ordinal);

    public Watcher(RecoupeEngine engine, IEnumerable<string> sources, WebFetcher? web = null)
    {
        _engine = engine;
        _sources = sources.ToList();
        _web = web;
    }

    /// <summary>One round: what changed since the last one, ingested. Briefs of touched stories are rebuilt.</summary>
    public IngestReport RunOnce(Action<IngestOutcome>? onEach = null, CancellationToken cancel = default)
    {
        var items = new List<InputItem>();
        foreach (var (file, missing) in InputCollector.ExpandFiles(_sources.Where(s => !WebFetcher.IsUrl(s))))
        {
            if (missing is not null) { items.Add(missing); continue; }
            if (file!.Stamp() is not { } stamp) continue;
            if (_seenFiles.TryGetValue(file.Name, out var seen) && seen == stamp) continue;
            _seenFiles[file.Name] = stamp;
            items.AddRange(InputCollector.ReadFile(file!));
        }
        foreach (var url in _sources.Where(WebFetcher.IsUrl))
            items.AddRange(_web is null ? [new InputFailure(url, "URLs are not fetched here")] : _web.Read(url));
        return _engine.IngestAll(items, onEach, cancel);
    }
}
