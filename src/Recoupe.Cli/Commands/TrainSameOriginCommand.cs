using System.ComponentModel;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Facts;
using Recoupe.Pipeline;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>
/// `recoupe train same-origin [--out FILE]`: retrains the facts' learned "same origin" decision deterministically from our judged
/// origins (eval/facts-judged, TUNE half) and the RPM2 documents, and writes it where the build embeds it (models/same-origin.json).
/// </summary>
public sealed class TrainSameOriginCommand : Command<TrainSameOriginCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Where to write the model. Default: models/same-origin.json.")]
        [DefaultValue("models/same-origin.json")]
        public string Out { get; init; } = "models/same-origin.json";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var judged = SameOriginRetraining.OurJudgedPath();
        var documents = EvalSuites.SharedEvalFolder() is { } shared ? System.IO.Path.Combine(shared, "mds-fr-rpm2", "documents") : null;
        if (judged is null || documents is null || !Directory.Exists(documents))
        {
            Output.Note("recoupe: eval/facts-judged/judged.json or the RPM2 documents (shared eval mds-fr-rpm2/documents) not found");
            return ExitCodes.Failed;
        }
        var (json, summary, problems) = SameOriginRetraining.Run(judged, documents, RecoupePipeline.Default);
        foreach (var problem in problems) Output.Note("recoupe: " + problem);
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(settings.Out));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        File.WriteAllText(settings.Out, json);
        Output.Note($"recoupe: {summary}\nrecoupe: wrote {settings.Out}");
        return ExitCodes.Ok;
    }
}
