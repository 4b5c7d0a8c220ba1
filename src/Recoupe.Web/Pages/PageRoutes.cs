using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Recoupe.Web.Pages;

/// <summary>The server-rendered pages.</summary>
public static class PageRoutes
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Html("<!doctype html><title>Recoupe</title><p>Recoupe</p>"));
    }

    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
