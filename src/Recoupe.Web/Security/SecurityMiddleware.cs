using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Recoupe.Web.Hosting;

namespace Recoupe.Web.Security;

/// <summary>Runs first on every request: security headers, and on a loopback-only server, a loopback Host.</summary>
public static class SecurityMiddleware
{
    public static IApplicationBuilder UseRecoupeSecurity(this IApplicationBuilder app, bool loopbackOnly) =>
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Apply(context.Response.Headers);
            // A page on another site that rebinds its DNS name to 127.0.0.1 would send its own name as Host: refuse it,
            // so that a browser cannot be used to read a local server from the outside.
            if (loopbackOnly && !ListenAddresses.IsLoopbackHostName(context.Request.Host.Host))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync("unexpected Host header for a server bound to loopback");
                return;
            }
            await next(context);
        });
}
