using System.ComponentModel;
using Recoupe.Pipeline;
using Recoupe.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>The main job: ingest, then show the briefs of the stories the input touched.</summary>
public sealed class RunCommand : Command<RunCommand.Settings>
{
    public sealed class Settings : InputSettings
    {
        [CommandArgument(0, "<PATHS>")]
        [Description("Files, folders or http(s) URLs to ingest.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("text, md, json or html. With json and several stories: one JSON object per line.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() => Formats.Check(Format, BriefOutput.Formats);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var report = IngestRunner.Run(store, settings.Paths, settings.AllowPrivate, cancellationToken);
        Output.Note(IngestRunner.Summary(report, store.Counts()));
        var briefs = report.TouchedStories.Select(id => BriefRefresher.Current(store, id, RecoupePipeline.Default)).OfType<Model.Brief>().ToList();
        BriefOutput.Write(briefs, settings.Format);
        return report.Rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;
    }
}
