using System.ComponentModel;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Clustering;
using Recoupe.Pipeline;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>
/// `recoupe train stories [PATH] [--out FILE]`: retrains the story join model deterministically on the RPM2 dev topics
/// (mds-fr-rpm2), its settings chosen by cross-validation over topics, and writes it where the build embeds it.
/// </summary>
public sealed class TrainStoriesCommand : Command<TrainStoriesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("The RPM2 folder. Default: mds-fr-rpm2 under ../shared/eval (or $RECOUPE_EVAL_DATA).")]
        public string? Path { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Where to write the model. Default: models/story-join.tsv.")]
        [DefaultValue("models/story-join.tsv")]
        public string Out { get; init; } = "models/story-join.tsv";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.Path ?? (EvalSuites.SharedEvalFolder() is { } shared ? System.IO.Path.Combine(shared, "mds-fr-rpm2") : null);
        if (path is null || !Directory.Exists(path))
        {
            Output.Note($"recoupe: RPM2 not found{(path is null ? "" : $" at {path}")}; pass its folder as PATH");
            return ExitCodes.Failed;
        }
        var (tsv, summary) = StoryJoinRetraining.Run(path, RecoupePipeline.Default);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(settings.Out));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        File.WriteAllText(settings.Out, tsv);
        Output.Note($"recoupe: {summary}; wrote {settings.Out}");
        return ExitCodes.Ok;
    }
}
