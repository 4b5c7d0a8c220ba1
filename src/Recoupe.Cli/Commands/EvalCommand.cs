using System.ComponentModel;
using System.Globalization;
using Recoupe.Contracts;
using Recoupe.Evaluation;
using Recoupe.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

public sealed class EvalCommand : Command<EvalCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[SUITE]")]
        [Description("The suite (see `recoupe eval --list`). `seeds` runs every seeds-* suite.")]
        public string? Suite { get; init; }

        [CommandArgument(1, "[PATH]")]
        [Description("The gold data folder. Default: the suite's folder under ../shared/eval (or $RECOUPE_EVAL_DATA).")]
        public string? Path { get; init; }

        [CommandOption("--list")]
        public bool List { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Only the first N items, for a quick look.")]
        public int? Limit { get; init; }

        [CommandOption("--details")]
        [Description("Print per-item details to standard error.")]
        public bool Details { get; init; }

        [CommandOption("--format <FORMAT>")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            !List && string.IsNullOrWhiteSpace(Suite) ? ValidationResult.Error("name a suite, or use --list") : Formats.Check(Format, "text", "json");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.List)
        {
            foreach (var s in EvalSuites.All) Output.Data($"{s.Name,-18} {s.Description}");
            return ExitCodes.Ok;
        }
        var suites = settings.Suite!.Equals("seeds", StringComparison.OrdinalIgnoreCase) && EvalSuites.Find("seeds") is null
            ? EvalSuites.All.Where(s => s.Name.StartsWith("seeds-", StringComparison.OrdinalIgnoreCase)).ToList()
            : EvalSuites.Find(settings.Suite!) is { } one ? [one] : [];
        if (suites.Count == 0)
        {
            Output.Note($"recoupe: no eval suite '{settings.Suite}'. Known: {string.Join(", ", EvalSuites.All.Select(s => s.Name))}");
            return ExitCodes.Failed;
        }
        var options = new EvalOptions(settings.Limit, settings.Details ? Console.Error : null);
        foreach (var suite in suites)
        {
            var path = settings.Path ?? EvalSuites.DefaultDataPath(suite);
            if (path is null || !(Directory.Exists(path) || File.Exists(path)))
            {
                Output.Note($"recoupe: gold data for '{suite.Name}' not found{(path is null ? "" : $" at {path}")}; pass its folder as PATH");
                return ExitCodes.Failed;
            }
            var report = suite.Run(path, RecoupePipeline.Default, options);
            if (settings.Format == "json")
                Output.Data(ContractJson.Serialize(new { suite = report.Suite, data = path, metrics = report.Metrics, notes = report.Notes }, indented: false));
            else
            {
                Output.Data($"{report.Suite} on {path}");
                foreach (var (k, v) in report.Metrics) Output.Data($"  {k,-28} {v.ToString("0.####", CultureInfo.InvariantCulture)}");
                foreach (var n in report.Notes) Output.Data($"  {n}");
            }
        }
        return ExitCodes.Ok;
    }
}
