using System.Collections.Immutable;

namespace Recoupe.Model;

/// <summary>A story: articles from several outlets about one event or development.</summary>
public sealed record Story(
    long Id,
    string Title,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    ImmutableArray<long> ArticleIds);
