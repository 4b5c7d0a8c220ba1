using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>
/// Full-text search for any <see cref="IStore"/>. Where the store contract itself declares
/// SearchArticles, C# prefers that instance method and this extension simply goes unused.
/// </summary>
public static class StoreSearch
{
    public static IReadOnlyList<long> SearchArticles(this IStore store, string query, int limit) =>
        store is SqliteStore sqlite ? sqlite.SearchArticles(query, limit) : [];
}
