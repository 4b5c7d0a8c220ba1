using Recoupe.Storage;

namespace Recoupe.Web.Hosting;

/// <summary>
/// Read access to the store: a store connection is not thread-safe, so each request opens its own
/// (a cheap file open for SQLite, whose WAL mode lets readers run beside the one writer; a pooled
/// connection for a server database).
/// </summary>
public sealed class StoreAccess(Func<IStore> open)
{
    public IStore Open() => open();
}
