using Recoupe.Storage;

namespace Recoupe.Web.Hosting;

/// <summary>
/// Read access to the store: <see cref="SqliteStore"/> is not thread-safe, so each request opens its own
/// connection (a cheap file open; WAL mode lets readers run beside the one writer).
/// </summary>
public sealed class StoreAccess(string path)
{
    public string Path { get; } = path;

    public SqliteStore Open() => new(Path);
}
