using System.ComponentModel;
using Recoupe.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

public sealed class IngestCommand : Command<IngestCommand.Settings>
{
    public sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Files, folders (searched recursively) or http(s) URLs: .txt, .html/.htm, .jsonl, .rss/.atom/.xml feeds.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("text or json (the ingest report).")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() => Formats.Check(Format, "text", "json");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var report = IngestRunner.Run(store, settings.Paths, settings.AllowPrivate, cancellationToken);
        var counts = store.Counts();
        if (settings.Format == "json")
        {
            Output.Data(ContractJson.Serialize(new
            {
                added = report.Added,
                unchanged = report.Unchanged,
                rejected = report.Rejected,
                stories = report.TouchedStories,
                inputs = report.Outcomes.Select(o => new { input = o.Input, status = o.Status.ToString().ToLowerInvariant(), article = o.ArticleId, story = o.StoryId, copy_of = o.CopyOf, reason = o.Reason }),
            }));
        }
        else
        {
            Output.Data(IngestRunner.Summary(report, counts));
        }
        return report.Rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;
    }
}
