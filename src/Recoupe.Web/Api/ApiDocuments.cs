using Recoupe.Pipeline;

namespace Recoupe.Web.Api;

/// <summary>One story in GET /api/stories.</summary>
public sealed record StoryListItem(
    long Id, string Title, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, int ArticleCount,
    IReadOnlyList<string> Outlets, IReadOnlyList<string> Languages, int RecentArticles, string Momentum, IReadOnlyList<string> Entities);

/// <summary>
/// GET /api/stories: a page of stories (<see cref="Count"/> on this page), with <see cref="Total"/> matching the filters and
/// where the page starts, so that a client knows when it has reached the end.
/// </summary>
public sealed record StoryListDocument(int Count, IReadOnlyList<StoryListItem> Stories)
{
    public int Total { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; }
}

/// <summary>
/// GET /api/stories/{id}/entities: a page of the story's entities (most mentioned first, or of one type), with the total so
/// that a client can page through all of them (<see cref="Offset"/>, <see cref="Limit"/>).
/// </summary>
public sealed record EntityPageDocument(long Story, string? Type, int Total, int Offset, int Limit, IReadOnlyList<Recoupe.Model.BriefEntity> Entities);

/// <summary>One hit of GET /api/search.</summary>
public sealed record SearchHitDocument(long ArticleId, long? StoryId, string? Title, string? Outlet, string Language, string? Published, string Snippet);

public sealed record SearchDocument(string Query, IReadOnlyList<SearchHitDocument> Results);

/// <summary>
/// The answer to POST /api/articles (and to GET /api/ingest/{job} once done): counts, the stories touched, and one
/// outcome per input. <see cref="Job"/> and <see cref="Status"/> name the queued batch.
/// </summary>
public sealed record IngestDocument(int Added, int Unchanged, int Rejected, IReadOnlyList<long> TouchedStories, IReadOnlyList<IngestOutcome> Outcomes)
{
    public int Updated { get; init; }
    public string? Job { get; init; }
    public string Status { get; init; } = "done";
}

/// <summary>A batch not ingested yet: where to ask for it (202 Accepted, GET /api/ingest/{job}).</summary>
public sealed record JobDocument(string Job, string Status, string Location);

public sealed record ErrorDocument(string Error);
