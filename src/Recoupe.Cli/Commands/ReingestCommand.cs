using System.ComponentModel;
using Recoupe.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>
/// `recoupe reingest PATH...` / `recoupe reingest --all`: runs inputs already stored through the current pipeline again,
/// with their current metadata (a sidecar written after its text, a fixed extractor). Articles are rewritten in place
/// (same id, same story; briefs rebuilt), rejections that now pass become articles, new inputs are ingested.
/// </summary>
public sealed class ReingestCommand : Command<ReingestCommand.Settings>
{
    public sealed class Settings : InputSettings
    {
        [CommandArgument(0, "[PATHS]")]
        [Description("Files or folders to read again from disk (with their current FILE.meta.json).")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--all")]
        [Description("Every input the store holds, from its stored bytes (with the current sidecar of a local file, else the stored hints).")]
        public bool All { get; init; }

        public override ValidationResult Validate() =>
            All == (Paths.Length > 0) ? ValidationResult.Error("give PATHS to read again, or --all for every stored input (not both)") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var report = settings.All
            ? new RecoupeEngine(RecoupePipeline.Default, store, CliClock.FromEnvironment()).ReingestAll(StoredInputs.Read(store), IngestRunner.ReportRejection, cancellationToken)
            : IngestRunner.Run(store, settings.Paths, settings.AllowPrivate, cancellationToken, reingest: true);
        if (settings.All) foreach (var problem in report.Problems) Output.Note($"recoupe: {problem}");
        Output.Data(IngestRunner.Summary(report, store.Counts()));
        return report.Rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;
    }
}
