using System.ComponentModel;
using Microsoft.Extensions.Hosting;
using Recoupe.Web.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

public sealed class ServeCommand : Command<ServeCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, ';'-separated (default http://127.0.0.1:5080). Beyond loopback a token is required.")]
        [DefaultValue(WebOptions.DefaultUrls)]
        public string Urls { get; init; } = WebOptions.DefaultUrls;

        [CommandOption("--token <TOKEN>")]
        [Description("Bearer token required by POST /api/articles (default: $RECOUPE_TOKEN). Optional on loopback.")]
        public string? Token { get; init; }

        public string? EffectiveToken =>
            !string.IsNullOrWhiteSpace(Token) ? Token : Environment.GetEnvironmentVariable(RecoupeWebApp.TokenVariable) is { Length: > 0 } t ? t : null;

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Urls) ? ValidationResult.Error("--urls must not be empty") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Same store checks as every other command (e.g. a PostgreSQL URL is refused in this build).
        settings.OpenStore().Dispose();
        var created = RecoupeWebApp.Create(new WebOptions
        {
            Urls = settings.Urls, StorePath = settings.StorePath, OpenStore = settings.OpenStore, Token = settings.EffectiveToken,
        });
        if (!created.Success)
        {
            Output.Note($"recoupe: {created.Error}");
            return ExitCodes.Failed;
        }
        using var app = created.Value!;
        app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        foreach (var url in RecoupeWebApp.BoundAddresses(app)) Output.Note($"recoupe: serving {settings.StorePath} on {url}");
        Output.Note(settings.EffectiveToken is null ? "recoupe: writes (POST /api/articles) need no token on loopback" : "recoupe: writes need the bearer token");
        Output.Note("recoupe: press Ctrl+C to stop");
        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
