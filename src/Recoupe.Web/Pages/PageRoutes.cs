using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recoupe.Web.Hosting;
using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>The server-rendered pages: one store connection per request, HTML built by <see cref="HtmlWriter"/>.</summary>
public static class PageRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpRequest request, StoreAccess stores, ReadCache cache) =>
        {
            // A filter or page that cannot be read is said so (400), never dropped: the reader would trust a list that ignored it.
            if (!StoryFilter.TryRead(request.Query, out var filter, out var why) || !StoryListPage.TryReadPage(request.Query, out var page, out why))
                return Html(StoryListPage.BadRequest(why), StatusCodes.Status400BadRequest);
            return Html(cache.GetOrRender("/" + request.QueryString.Value, () =>
            {
                using var store = stores.Open();
                return StoryListPage.Render(store, filter, page);
            })!);
        });

        app.MapGet("/stories/{id:long}", (long id, StoreAccess stores, WebOptions options, ReadCache cache, StoryEntityIndex index) =>
        {
            // The page of a story as it is now; a missing or merged id is answered below, uncached.
            var html = cache.GetOrRender(PageParts.StoryHref(id), () =>
            {
                using var store = stores.Open();
                if (store.ResolveStoryId(id) != id) return null;
                var brief = BriefSource.Get(store, id, options.Pipeline);
                return brief is null ? null : StoryPage.Render(store, brief, related: RelatedStories.Find(brief, index.Current(store, cache.Current())));
            });
            if (html is not null) return Html(html);
            using var store = stores.Open();
            if (store.ResolveStoryId(id) is not { } resolved) return NotFound($"There is no story {id}.");
            // An id merged into another story keeps working: the browser is sent to the story it became.
            if (resolved != id) return Results.Redirect(PageParts.StoryHref(resolved), permanent: true);
            return NotFound($"Story {id} has no article.");
        });

        app.MapGet("/articles/{id:long}", (long id, StoreAccess stores) =>
        {
            using var store = stores.Open();
            var article = store.GetArticle(id);
            if (article is null) return NotFound($"There is no article {id}.");
            var storyId = store.GetArticleStory(id) is { } s ? store.ResolveStoryId(s) : null;
            var brief = storyId is { } sid ? store.GetBrief(sid) : null;
            return Html(ArticlePage.Render(article, storyId, brief));
        });

        app.MapGet("/entities/{name}", (string name, StoreAccess stores) =>
        {
            name = name.Trim();
            if (name.Length is 0 or > 200) return NotFound("No such entity.");
            using var store = stores.Open();
            var entity = EntityLookup.Find(store, name);
            return entity is null ? NotFound($"No story names “{name}”.") : Html(EntityPage.Render(entity));
        });

        app.MapGet("/outlets/{name}", (string name, StoreAccess stores) =>
        {
            name = name.Trim();
            if (name.Length is 0 or > 200) return NotFound("No such outlet.");
            using var store = stores.Open();
            var outlet = OutletLookup.Find(store, name);
            return outlet is null ? NotFound($"No story has an article from “{name}”.") : Html(OutletPage.Render(outlet));
        });

        app.MapGet("/search", (HttpRequest request, StoreAccess stores) =>
        {
            var q = request.Query["q"].ToString().Trim();
            if (q.Length > 500) q = q[..500];
            using var store = stores.Open();
            var hits = q.Length == 0 ? [] : ArticleSearch.Run(store, q, 50);
            return Html(SearchPage.Render(q, hits));
        });
    }

    public static IResult Html(byte[] utf8) => Results.Bytes(utf8, "text/html; charset=utf-8");

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    public static IResult NotFound(string message) =>
        Html(Layout.Page("Not found", h =>
        {
            h.Element("h1", "Not found");
            h.Element("p", message);
            h.Open("p").Element("a", "Back to the stories", ("href", "/")).Close("p");
        }), StatusCodes.Status404NotFound);
}
