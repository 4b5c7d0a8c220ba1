using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Recoupe.Web.Hosting;

/// <summary>
/// What escapes an endpoint (a bug, the store gone) is answered with a JSON reason, never an empty 500: a client can
/// tell what happened. Bad data never gets here: each input is isolated by the readers and the engine, and the API
/// answers 4xx for it.
/// </summary>
public static class JsonErrors
{
    public static IApplicationBuilder UseJsonErrors(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                (context.RequestServices.GetService(typeof(ILoggerFactory)) as ILoggerFactory)?.CreateLogger("Recoupe.Web").LogError(e, "request failed");
                bool store = e is System.Data.Common.DbException or IOException;
                context.Response.Clear();
                context.Response.StatusCode = store ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "application/json; charset=utf-8";
                var reason = store ? $"the store is not available: {e.Message}" : $"internal error: {e.GetType().Name}";
                await context.Response.WriteAsync(JsonSerializer.Serialize(new { error = reason }));
            }
        });
}
