using System.Collections.Concurrent;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// <see cref="NameKey.WrittenWords"/> and <see cref="NameKey.Person"/> of a name, cached: each costs folding, splitting
/// and transliterating, and the short-name pass asks them of every name of a document twice (once for the rule evidence,
/// once for the labeller's candidates), while names recur within documents and across a stream. Bounded like
/// <see cref="NameKey.For"/>'s cache. The arrays are shared: callers only read them.
/// </summary>
internal static class NameWordKeys
{
    private const int MaxCached = 100_000;
    private static int _cached;
    private static readonly ConcurrentDictionary<string, string[]> Written = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> Person = new(StringComparer.Ordinal);

    public static string[] WrittenWords(string name) => Cached(Written, name, NameKey.WrittenWords);

    public static string PersonKey(string name) => Cached(Person, name, NameKey.Person);

    private static T Cached<T>(ConcurrentDictionary<string, T> cache, string name, Func<string, T> compute)
    {
        if (cache.TryGetValue(name, out var value)) return value;
        value = compute(name);
        if (Interlocked.Increment(ref _cached) >= MaxCached) { Written.Clear(); Person.Clear(); Interlocked.Exchange(ref _cached, 0); }
        cache[name] = value;
        return value;
    }
}
