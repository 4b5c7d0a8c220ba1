using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Recoupe.Web.Hosting;

/// <summary>
/// Rendered read responses (story list, story page, their JSON) kept until the store changes. A newsroom server answers
/// the same few pages to many readers between two ingests; rebuilding each from the store was most of its cost.
/// A SQLite store says when another connection committed (<c>PRAGMA data_version</c> on one long-lived connection of
/// ours, which only reads): any commit — an article, a merge, a saved brief — empties the cache. Other stores (a server
/// database with its own caching) are not cached here: <see cref="Disabled"/>.
/// </summary>
public sealed class ReadCache : IDisposable
{
    /// <summary>At most this many responses are kept; a response larger than <see cref="MaxBytes"/> bytes is not.</summary>
    public const int MaxEntries = 256, MaxBytes = 1 << 20;

    public static ReadCache Disabled { get; } = new(null);

    private readonly SqliteConnection? _watch;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, (long Version, byte[] Utf8)> _responses = new(StringComparer.Ordinal);
    private long _version = long.MinValue;

    private ReadCache(SqliteConnection? watch) => _watch = watch;

    public static ReadCache For(WebOptions options)
    {
        if (options.OpenStore is not null) return Disabled;
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(options.StorePath), Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var watch = new SqliteConnection(builder.ToString());
        watch.Open();
        return new ReadCache(watch);
    }

    public bool Enabled => _watch is not null;

    /// <summary>
    /// The cached response for <paramref name="key"/>, as UTF-8, if the store has not changed since it was made; otherwise
    /// <paramref name="render"/>'s, kept when the store did not change while it was rendered. Null answers are not kept.
    /// The bytes are kept, not the text: encoding a 50 KB page for each of thousands of requests a second filled the
    /// large-object heap and put collector pauses in the slowest responses.
    /// </summary>
    public byte[]? GetOrRender(string key, Func<string?> render)
    {
        if (Current() is not { } version) return Encode(render());
        if (_responses.TryGetValue(key, out var cached) && cached.Version == version) return cached.Utf8;
        var fresh = Encode(render());
        // A commit during the render may or may not be in it: such a response is served once, never kept.
        if (fresh is not null && fresh.Length <= MaxBytes && Current() == version && _responses.Count < MaxEntries)
            _responses[key] = (version, fresh);
        return fresh;
    }

    private static byte[]? Encode(string? text) => text is null ? null : System.Text.Encoding.UTF8.GetBytes(text);

    /// <summary>The store's change counter as our connection sees it; a change empties the cache. Null when disabled or unreadable.</summary>
    public long? Current()
    {
        if (_watch is null) return null;
        lock (_gate)
        {
            try
            {
                using var cmd = _watch.CreateCommand();
                cmd.CommandText = "PRAGMA data_version";
                var version = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                if (version != _version)
                {
                    _responses.Clear();
                    _version = version;
                }
                return version;
            }
            catch (SqliteException)
            {
                _responses.Clear();
                return null; // a store that cannot be read now is read afresh by each request, which reports the error
            }
        }
    }

    public void Dispose() => _watch?.Dispose();
}
