using System.ComponentModel;
using System.Text;
using Recoupe.Contracts;
using Recoupe.Ingest;
using Recoupe.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

public sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<INPUTS>")]
        [Description("Files or folders. One input: one JSON document; several: JSON Lines, one object per input with its `input`.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("json or text.")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        public override ValidationResult Validate() => Formats.Check(Format, "json", "text");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var items = InputCollector.Collect(settings.Inputs).ToList();
        bool lines = items.Count > 1;
        int rejected = 0;
        var now = CliClock.FromEnvironment().Now;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (doc, error) = Extract(item, now);
            if (error is not null)
            {
                rejected++;
                Output.Rejected(item.Input, error);
                if (lines && settings.Format == "json") Output.Data(ContractJson.Serialize(new InputErrorDocument(item.Input, error), indented: false));
                continue;
            }
            if (settings.Format == "json") Output.Data(ContractJson.Serialize(doc!, indented: !lines));
            else Output.Data(AsText(doc!));
        }
        return rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;
    }

    /// <summary>Cleans one input; an undated article gets the date its text gives (dateline, a recent written date), if any.</summary>
    private static (ExtractDocument? Doc, string? Error) Extract(InputItem item, DateTimeOffset now)
    {
        switch (item)
        {
            case InputFailure f: return (null, f.Reason);
            case RejectedInput r: return (null, r.Reason);
            case InputDocument d:
                var pipeline = RecoupePipeline.Default;
                var result = pipeline.Clean(d.Document, now);
                return result.Success ? (ExtractDocument.From(pipeline.DateFromText(result.Value!, now)), null) : (null, result.Error);
            default: return (null, "unknown input");
        }
    }

    private static string AsText(ExtractDocument d)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {Rendering.BriefTextRenderer.Clean(d.Title ?? "(no title)")}");
        sb.AppendLine($"input: {d.Input} | outlet: {d.Outlet ?? "?"} | published: {Rendering.BriefTextRenderer.Clean(Briefs.Rendering.ArticleDateLabel.Of(d.Published, d.Date, d.DateSource) ?? "?")} | author: {d.Author ?? "?"} | language: {d.Language}");
        sb.AppendLine();
        sb.AppendLine(Rendering.BriefTextRenderer.Clean(d.Text.Replace("\n", "\u2029")).Replace("\u2029", "\n"));
        if (d.Removed.Count > 0)
        {
            sb.AppendLine().AppendLine("Removed:");
            foreach (var r in d.Removed) sb.AppendLine($"  [{r.Reason}] {Rendering.BriefTextRenderer.Clean(r.Text)}");
        }
        return sb.ToString();
    }
}
