using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Recoupe.Model;
using Recoupe.Web.Api;
using Recoupe.Web.Pages;
using Recoupe.Web.Security;

namespace Recoupe.Web.Hosting;

/// <summary>Builds the web application (pages + JSON API) over one store; `recoupe serve` and the tests both start it.</summary>
public static class RecoupeWebApp
{
    /// <summary>The environment variable that supplies the write token when --token is not given.</summary>
    public const string TokenVariable = "RECOUPE_TOKEN";

    public static ParseResult<WebApplication> Create(WebOptions options)
    {
        var urls = ListenAddresses.Parse(options.Urls);
        if (!urls.Success) return ParseResult<WebApplication>.Fail(urls.Error!);
        bool loopbackOnly = urls.Value!.All(ListenAddresses.IsLoopback);
        if (!loopbackOnly && string.IsNullOrEmpty(options.Token))
            return ParseResult<WebApplication>.Fail(
                $"refusing to listen beyond loopback ({options.Urls}) without a write token: pass --token or set {TokenVariable}");
        try
        {
            // Opening once migrates the schema, so that per-request opens are plain reads; it also checks the path early.
            using var _ = options.Open();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return ParseResult<WebApplication>.Fail($"cannot open the store {options.StorePath}: {e.Message}");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. urls.Value!.Select(u => u.OriginalString)]);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1; // the endpoint reports 413 itself, with a readable message
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new StoreAccess(options.Open));
        builder.Services.AddSingleton(new WriteGuard(options.Token));
        builder.Services.AddSingleton(_ => ReadCache.For(options));
        builder.Services.AddSingleton(new Recoupe.Web.Queries.StoryEntityIndex());
        builder.Services.AddSingleton(_ => new IngestService(options.Open(), options.Pipeline, options.Clock, options.IngestQueue, options.Engine));

        var app = builder.Build();
        app.UseRecoupeSecurity(loopbackOnly);
        app.UseJsonErrors();
        ApiRoutes.Map(app);
        PageRoutes.Map(app);
        ExportRoutes.Map(app);
        return ParseResult<WebApplication>.Ok(app);
    }

    /// <summary>The addresses the started server listens on (the real ports when port 0 was asked for).</summary>
    public static IReadOnlyList<string> BoundAddresses(WebApplication app) => [.. app.Urls];
}
