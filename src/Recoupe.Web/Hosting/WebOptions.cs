using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Web.Hosting;

/// <summary>How `recoupe serve` runs: where it listens, which store it shows, and the token that guards writes.</summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Semicolon-separated listen URLs (Kestrel syntax); port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The store as the user named it (a SQLite file path by default).</summary>
    public required string StorePath { get; init; }

    /// <summary>Opens a connection to the store; by default a SQLite file at <see cref="StorePath"/>. Called once per request.</summary>
    public Func<IStore>? OpenStore { get; init; }

    public IStore Open() => OpenStore is { } open ? open() : new SqliteStore(StorePath);

    /// <summary>Bearer token required for writes; mandatory when listening beyond loopback.</summary>
    public string? Token { get; init; }

    /// <summary>Largest POST body accepted (a JSON Lines batch of a few thousand articles).</summary>
    public long MaxBodyBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Posted batches waiting for the writer, at most; beyond, a POST answers 503 with Retry-After.</summary>
    public int IngestQueue { get; init; } = 64;

    /// <summary>How long a POST waits for its batch before answering 202 with the job to poll (GET /api/ingest/{job}).</summary>
    public TimeSpan IngestWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The engine's settings (the per-input time budget among them).</summary>
    public EngineOptions Engine { get; init; } = new();

    public RecoupePipeline Pipeline { get; init; } = RecoupePipeline.Default;

    public IClock Clock { get; init; } = SystemClock.Instance;
}
