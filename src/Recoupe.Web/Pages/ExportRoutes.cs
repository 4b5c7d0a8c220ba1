using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recoupe.Briefs.Rendering;
using Recoupe.Contracts;
using Recoupe.Model;
using Recoupe.Web.Hosting;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>
/// A brief taken away from the site: Markdown, a standalone HTML file, the JSON contract, the sources as CSV, and a
/// print view. Each download is named after the story so that several saved briefs do not overwrite each other.
/// </summary>
public static class ExportRoutes
{
    /// <summary>The exports a story page links to: (path suffix, label).</summary>
    public static readonly (string Suffix, string Label)[] Formats =
        [("brief.md", "Markdown"), ("brief.html", "HTML"), ("brief.json", "JSON"), ("sources.csv", "Sources (CSV)"), ("print", "Print view")];

    public static string Href(long storyId, string suffix) => $"{PageParts.StoryHref(storyId)}/{suffix}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/stories/{id:long}/brief.md", (long id, StoreAccess stores, WebOptions options) =>
            WithBrief(stores, options, id, "brief.md", b => Download(BriefMarkdownRenderer.Render(b), "text/markdown; charset=utf-8", b.Id, "md")));
        app.MapGet("/stories/{id:long}/brief.html", (long id, StoreAccess stores, WebOptions options) =>
            WithBrief(stores, options, id, "brief.html", b => Download(BriefHtmlRenderer.Render(b), "text/html; charset=utf-8", b.Id, "html")));
        app.MapGet("/stories/{id:long}/brief.json", (long id, StoreAccess stores, WebOptions options) =>
            WithBrief(stores, options, id, "brief.json", b => Download(BriefDocument.ToJson(b), "application/json; charset=utf-8", b.Id, "json")));
        app.MapGet("/stories/{id:long}/sources.csv", (long id, StoreAccess stores, WebOptions options) =>
            WithBrief(stores, options, id, "sources.csv", b => Download(SourcesCsv.Write(b), "text/csv; charset=utf-8", b.Id, "sources.csv")));
        app.MapGet("/stories/{id:long}/print", (long id, StoreAccess stores, WebOptions options) =>
        {
            using var store = stores.Open();
            return Resolve(store, options, id, "print", out var brief) ?? PageRoutes.Html(StoryPage.Render(store, brief!, print: true));
        });
    }

    private static IResult WithBrief(StoreAccess stores, WebOptions options, long id, string suffix, Func<Brief, IResult> answer)
    {
        using var store = stores.Open();
        return Resolve(store, options, id, suffix, out var brief) ?? answer(brief!);
    }

    /// <summary>Null with the brief when the story exists under this id; otherwise the answer: a redirect for a merged id, or 404.</summary>
    private static IResult? Resolve(Recoupe.Storage.IStore store, WebOptions options, long id, string suffix, out Brief? brief)
    {
        brief = null;
        if (store.ResolveStoryId(id) is not { } resolved) return PageRoutes.NotFound($"There is no story {id}.");
        if (resolved != id) return Results.Redirect(Href(resolved, suffix), permanent: true);
        brief = BriefSource.Get(store, resolved, options.Pipeline);
        return brief is null ? PageRoutes.NotFound($"Story {id} has no article.") : null;
    }

    private static IResult Download(string body, string contentType, long storyId, string extension)
    {
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(body);
        return Results.File(bytes, contentType, $"recoupe-story-{storyId}.{extension}");
    }
}
