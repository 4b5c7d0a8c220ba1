using System.ComponentModel;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Facts;
using Recoupe.Pipeline;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>
/// `recoupe train support [PATH] [--out FILE]`: retrains the pair classifier of the briefs deterministically from the judged pairs
/// (facts-fr-rpm2-dev), and writes its weights where the build embeds them (models/support-pairs.json).
/// </summary>
public sealed class TrainSupportCommand : Command<TrainSupportCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[PATH]")]
        [Description("judged.json or its folder. Default: facts-fr-rpm2-dev under ../shared/eval (or $RECOUPE_EVAL_DATA).")]
        public string? Path { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Where to write the model. Default: models/support-pairs.json.")]
        [DefaultValue("models/support-pairs.json")]
        public string Out { get; init; } = "models/support-pairs.json";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.Path ?? (EvalSuites.SharedEvalFolder() is { } shared ? System.IO.Path.Combine(shared, "facts-fr-rpm2-dev") : null);
        if (path is null || !(Directory.Exists(path) || File.Exists(path)))
        {
            Output.Note($"recoupe: judged pairs not found{(path is null ? "" : $" at {path}")}; pass judged.json or its folder as PATH");
            return ExitCodes.Failed;
        }
        var judged = File.Exists(path) ? path : System.IO.Path.Combine(path, "judged.json");
        var (json, summary, problems) = SupportRetraining.Run(judged, RecoupePipeline.Default);
        foreach (var problem in problems) Output.Note("recoupe: " + problem);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(settings.Out));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        File.WriteAllText(settings.Out, json);
        Output.Note($"recoupe: {summary}; wrote {settings.Out}");
        return ExitCodes.Ok;
    }
}
