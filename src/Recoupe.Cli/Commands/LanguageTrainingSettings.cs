using System.ComponentModel;
using Recoupe.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>What every per-language train command takes: the language, the gold data folder and where to write.</summary>
public abstract class LanguageTrainingSettings : CommandSettings
{
    [CommandOption("--language <CODE>")]
    [Description("fr or en.")]
    public string Language { get; init; } = "";

    [CommandOption("--data <PATH>")]
    [Description("The gold data folder (default: ../shared/eval or $RECOUPE_EVAL_DATA).")]
    public string? Data { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write (default: the shipped file under models/ in the repository).")]
    public string? Out { get; init; }

    /// <summary>--data, else the shared eval folder; null (after telling the user) when neither exists.</summary>
    public string? GoldDataFolder()
    {
        var data = Data ?? EvalSuites.SharedEvalFolder();
        if (data is not null && Directory.Exists(data)) return data;
        Output.Note("recoupe: gold data not found; pass --data PATH (the shared/eval folder)");
        return null;
    }

    public override ValidationResult Validate() => Language is "fr" or "en"
        ? ValidationResult.Success() : ValidationResult.Error("--language must be fr or en");
}
