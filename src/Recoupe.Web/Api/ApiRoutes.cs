using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recoupe.Contracts;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Web.Hosting;
using Recoupe.Web.Queries;
using Recoupe.Web.Security;

namespace Recoupe.Web.Api;

/// <summary>The JSON API, mirroring the CLI: stories, story briefs, articles, search, and ingest.</summary>
public static class ApiRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stories", ListStories);
        api.MapGet("/stories/{id:long}", GetStory);
        api.MapGet("/stories/{id:long}/entities", GetStoryEntities);
        api.MapGet("/articles/{id:long}", GetArticle);
        api.MapGet("/search", Search);
        api.MapPost("/articles", PostArticles);
        api.MapGet("/ingest/{job}", GetJob);
    }

    /// <summary>Contract JSON (snake_case), as the CLI writes it.</summary>
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Text(ContractJson.Serialize(value, indented: false), "application/json; charset=utf-8", statusCode: status);

    private static IResult Error(string message, int status) => Json(new ErrorDocument(message), status);

    private static IResult ListStories(HttpRequest request, StoreAccess stores, ReadCache cache)
    {
        if (!Paging.TryRead(request.Query, 100, 1000, out var limit, out var offset, out var why)
            || !StoryFilter.TryRead(request.Query, out var filter, out why))
            return Error(why, StatusCodes.Status400BadRequest);
        var json = cache.GetOrRender("/api/stories" + request.QueryString.Value, () =>
        {
            using var store = stores.Open();
            var result = StoryListing.Load(store, filter, limit, offset);
            var items = result.Rows.Select(r => new StoryListItem(r.Summary.Id, r.Summary.Title, r.Summary.FirstSeen, r.Summary.LastSeen, r.Summary.ArticleCount,
                r.Summary.Outlets, r.Summary.Languages, r.RecentArticles, r.Momentum.ToString().ToLowerInvariant(),
                [.. r.Entities.Take(10).Select(e => e.Name)])).ToList();
            return ContractJson.Serialize(new StoryListDocument(items.Count, items) { Total = result.Total, Offset = offset, Limit = limit }, indented: false);
        })!;
        return Results.Bytes(json, "application/json; charset=utf-8");
    }

    /// <summary>Exactly the story brief contract (`recoupe story N --format json`); a merged id answers with the story it became.</summary>
    private static IResult GetStory(long id, StoreAccess stores, WebOptions options, ReadCache cache)
    {
        var json = cache.GetOrRender($"/api/stories/{id}", () =>
        {
            using var store = stores.Open();
            var brief = store.ResolveStoryId(id) is { } resolved ? BriefSource.Get(store, resolved, options.Pipeline) : null;
            return brief is null ? null : BriefDocument.ToJson(brief, indented: false);
        });
        return json is null
            ? Error($"no story {id}", StatusCodes.Status404NotFound)
            : Results.Bytes(json, "application/json; charset=utf-8");
    }

    /// <summary>Every entity of a story, a page at a time (?limit=, ?offset=, ?type=person|organization|place|other).</summary>
    private static IResult GetStoryEntities(long id, HttpRequest request, StoreAccess stores, WebOptions options)
    {
        if (!Paging.TryRead(request.Query, 100, 1000, out var limit, out var offset, out var why)) return Error(why, StatusCodes.Status400BadRequest);
        var type = request.Query["type"].ToString().Trim().ToLowerInvariant();
        if (type.Length > 0 && type is not ("person" or "organization" or "place" or "other"))
            return Error($"unknown entity type '{Truncate(type)}': use person, organization, place or other", StatusCodes.Status400BadRequest);
        using var store = stores.Open();
        var brief = store.ResolveStoryId(id) is { } resolved ? BriefSource.Get(store, resolved, options.Pipeline) : null;
        if (brief is null) return Error($"no story {id}", StatusCodes.Status404NotFound);
        var all = brief.Entities.Where(e => type.Length == 0 || e.Type == type).ToList();
        return Json(new EntityPageDocument(brief.Id, type.Length == 0 ? null : type, all.Count, offset, limit, all.Skip(offset).Take(limit).ToList()));
    }

    /// <summary>A query value quoted back in an error, cut short (it is the client's own text, shown as JSON).</summary>
    public static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static IResult GetArticle(long id, StoreAccess stores)
    {
        using var store = stores.Open();
        var article = store.GetArticle(id);
        if (article is null) return Error($"no article {id}", StatusCodes.Status404NotFound);
        var story = store.GetArticleStory(id) is { } s ? store.ResolveStoryId(s) : null;
        return Results.Text(ArticleJson.Build(article, story).ToJsonString(ContractJson.Compact), "application/json; charset=utf-8");
    }

    private static IResult Search(HttpRequest request, StoreAccess stores)
    {
        var q = request.Query["q"].ToString().Trim();
        if (q.Length == 0) return Error("the query is empty: /api/search?q=words", StatusCodes.Status400BadRequest);
        if (q.Length > 500) q = q[..500];
        int limit = Math.Clamp(int.TryParse(request.Query["limit"], out var l) ? l : 50, 1, 200);
        using var store = stores.Open();
        var hits = ArticleSearch.Run(store, q, limit)
            .Select(h => new SearchHitDocument(h.Article.Id, h.StoryId, h.Article.Title, h.Article.Outlet, h.Article.Language,
                h.Article.Published?.ToIso(), h.Article.Text.Substring(h.Snippet.Start, h.Snippet.Length)))
            .ToList();
        return Json(new SearchDocument(q, hits));
    }

    private static async Task<IResult> PostArticles(HttpContext context, IngestService ingest, WriteGuard guard, WebOptions options)
    {
        var request = context.Request;
        if (guard.Check(request) is { } refused) return refused;
        if (PostedInput.KindOf(request.ContentType) is not { } kind)
            return Error("unsupported Content-Type: use text/plain, text/html, application/x-ndjson (or application/jsonl) or an RSS/Atom type",
                StatusCodes.Status415UnsupportedMediaType);
        if (request.ContentLength > options.MaxBodyBytes) return TooLarge(options);

        byte[] bytes;
        try
        {
            bytes = await ReadCapped(request.Body, options.MaxBodyBytes, context.RequestAborted);
        }
        catch (BadHttpRequestException e) { return Error(e.Message, e.StatusCode); }
        catch (InvalidDataException) { return TooLarge(options); }

        var q = request.Query;
        string? H(string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString();
        var hints = new DocumentHints(H("url"), H("title"), H("published"), H("outlet"), H("author"), H("language"));
        var name = PostedInput.Name(H("input"), bytes, options.Clock.Now);
        IReadOnlyList<InputItem> items;
        try
        {
            items = PostedInput.Items(name, kind, bytes, hints);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The readers isolate bad data; should one still throw, it is this body's problem: 422, never 500.
            return Error($"unreadable body: {e.Message}", StatusCodes.Status422UnprocessableEntity);
        }
        if (items.Count == 0) return Error("the body holds no article", StatusCodes.Status422UnprocessableEntity);

        // Off the request path: the batch is queued for the one writer; the request waits for it a while.
        if (ingest.Enqueue(items) is not { } job)
        {
            context.Response.Headers.RetryAfter = "5";
            return Error("the ingest queue is full: retry later", StatusCodes.Status503ServiceUnavailable);
        }
        await Task.WhenAny(job.Completion, Task.Delay(options.IngestWait, context.RequestAborted));
        return job.Completion.IsCompleted ? Answer(job) : Accepted(job);
    }

    private static IResult GetJob(string job, IngestService ingest) =>
        ingest.Find(job) is not { } found ? Error($"no ingest job {job}", StatusCodes.Status404NotFound)
        : found.Completion.IsCompleted ? Answer(found) : Json(new JobDocument(found.Id, found.Status, JobLocation(found)));

    private static string JobLocation(IngestJob job) => $"/api/ingest/{job.Id}";

    private static IResult Accepted(IngestJob job)
    {
        var doc = new JobDocument(job.Id, job.Status, JobLocation(job));
        return Results.Text(ContractJson.Serialize(doc, indented: false), "application/json; charset=utf-8", statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>201 when something was added, 200 when all was there already (or updated), 422 when every input was rejected.</summary>
    private static IResult Answer(IngestJob job)
    {
        if (!job.Completion.IsCompletedSuccessfully)
        {
            // Not the data: the store failed (disk full, server gone). Said so, with a reason, as 503.
            var why = job.Completion.Exception?.InnerException?.Message ?? "unknown";
            return Error($"the store could not take the batch: {why}", StatusCodes.Status503ServiceUnavailable);
        }
        var report = job.Completion.Result;
        int status = report.Added > 0 ? StatusCodes.Status201Created
            : report.Unchanged > 0 || report.Updated > 0 ? StatusCodes.Status200OK
            : StatusCodes.Status422UnprocessableEntity;
        return Json(new IngestDocument(report.Added, report.Unchanged, report.Rejected, report.TouchedStories, report.Outcomes)
        {
            Updated = report.Updated, Job = job.Id,
        }, status);
    }

    private static IResult TooLarge(WebOptions options) =>
        Error($"the body is larger than {options.MaxBodyBytes / (1024 * 1024)} MiB", StatusCodes.Status413PayloadTooLarge);

    /// <summary>Reads the body, stopping as soon as it passes the limit (a chunked body has no Content-Length to check first).</summary>
    private static async Task<byte[]> ReadCapped(Stream body, long max, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int n;
        while ((n = await body.ReadAsync(chunk, cancel)) > 0)
        {
            if (buffer.Length + n > max) throw new InvalidDataException("body too large");
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
