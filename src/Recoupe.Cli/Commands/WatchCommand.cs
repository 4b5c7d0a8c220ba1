using System.ComponentModel;
using Recoupe.Ingest;
using Recoupe.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>`recoupe watch DIR|FILE|URL...`: ingest, wait, ingest what is new, until interrupted (Ctrl+C).</summary>
public sealed class WatchCommand : Command<WatchCommand.Settings>
{
    public sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<SOURCES>")]
        [Description("Folders, files or feed/page URLs to watch.")]
        public string[] Sources { get; init; } = [];

        [CommandOption("--interval <SECONDS>")]
        [Description("Seconds between rounds.")]
        [DefaultValue(60)]
        public int Interval { get; init; } = 60;

        [CommandOption("--rounds <N>")]
        [Description("Stop after N rounds (default: run until interrupted).")]
        public int? Rounds { get; init; }

        public override ValidationResult Validate() =>
            Interval < 1 ? ValidationResult.Error("--interval must be at least 1 second")
            : Rounds is <= 0 ? ValidationResult.Error("--rounds must be positive")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        using var web = new WebFetcher(new AddressPolicy(settings.AllowPrivate));
        // A file is read once it has stayed unchanged for one interval: not half-written, then again whole.
        var watcher = new Watcher(new RecoupeEngine(RecoupePipeline.Default, store, CliClock.FromEnvironment()), settings.Sources, web, TimeSpan.FromSeconds(settings.Interval));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        Output.Note($"watching {string.Join(", ", settings.Sources)} every {settings.Interval} s (Ctrl+C stops)");
        for (int round = 1; !stop.IsCancellationRequested; round++)
        {
            IngestReport report;
            try
            {
                report = watcher.RunOnce(o =>
                {
                    if (o.Status == IngestStatus.Rejected) Output.Rejected(o.Input, o.Reason ?? "rejected");
                    else if (o.Status is IngestStatus.Added or IngestStatus.Updated)
                        Output.Data($"{o.Status.ToString().ToLowerInvariant()}\t{o.Input}\tarticle {o.ArticleId}\tstory {o.StoryId}");
                }, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Interrupted mid-round: what was stored is complete per article; the next run picks up the rest.
                break;
            }
            if (report.Added > 0 || report.Updated > 0 || report.Rejected > 0)
                Output.Note($"{DateTimeOffset.Now:HH:mm:ss} {IngestRunner.Summary(report, store.Counts())}");
            if (settings.Rounds is { } max && round >= max) break;
            try { Task.Delay(TimeSpan.FromSeconds(settings.Interval), stop.Token).Wait(stop.Token); }
            catch (OperationCanceledException) { break; }
        }
        return ExitCodes.Ok;
    }
}
