using System.ComponentModel;
using System.Text;
using Recoupe.Contracts;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

public sealed class AnnotateCommand : Command<AnnotateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<INPUTS>")]
        [Description("Files or folders. One input: one JSON document; several: JSON Lines with `input`.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--published <DATE>")]
        [Description("Publication date that relative times anchor on (2023-09-05, 2023-09...). Default: the date found in the article.")]
        public string? Published { get; init; }

        [CommandOption("--language <CODE>")]
        [Description("Force the language (fr, en...). Default: identified.")]
        public string? Language { get; init; }

        [CommandOption("--no-clean")]
        [Description("Annotate the input text exactly as it is, without removing furniture first.")]
        public bool NoClean { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("json or text.")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        public override ValidationResult Validate()
        {
            if (Published is not null)
            {
                if (DateStamp.TryParseIso(Published) is not { } anchor)
                    return ValidationResult.Error($"--published must be an ISO date like 2023-09-05 or 2023-09 (got '{Published}')");
                if (Cleaning.PublishedRange.Problem(anchor.Value, null) is { } why)
                    return ValidationResult.Error($"--published {Published}: {why}");
            }
            return Formats.Check(Format, "json", "text");
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var pipeline = RecoupePipeline.Default;
        var items = InputCollector.Collect(settings.Inputs).ToList();
        bool lines = items.Count > 1;
        int rejected = 0;
        var now = CliClock.FromEnvironment().Now;
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (article, error) = Read(item, settings.NoClean, pipeline);
            if (error is not null)
            {
                rejected++;
                Output.Rejected(item.Input, error);
                if (lines && settings.Format == "json") Output.Data(ContractJson.Serialize(new InputErrorDocument(item.Input, error), indented: false));
                continue;
            }
            var a = article! with { Language = settings.Language ?? article!.Language };
            if (DateStamp.TryParseIso(settings.Published) is { } given) a = a with { Published = given };
            // An undated text is dated by its own words (dateline, a recent written date) and, from a dateline, its relative
            // times ("hier") are read against that day; the day it is annotated is not its date.
            var analyzed = pipeline.Analyze(a, now);
            a = analyzed.Article.InferredFrom == DateSource.Ingested ? a : analyzed.Article;
            var doc = AnnotateDocument.From(item.Input, a.Language, a.Published, a.Text, analyzed.Annotations) with
            {
                Date = a.Date?.ToIso(),
                DateSource = a.DateSource?.Name(),
            };
            Output.Data(settings.Format == "json" ? ContractJson.Serialize(doc, indented: !lines) : AsText(doc));
        }
        return rejected > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;
    }

    private static (Article? Article, string? Error) Read(InputItem item, bool noClean, RecoupePipeline pipeline)
    {
        switch (item)
        {
            case InputFailure f: return (null, f.Reason);
            case RejectedInput r: return (null, r.Reason);
            case InputDocument d when noClean:
                var text = TextDecoder.Decode(d.Document.Bytes);
                return (new Article
                {
                    Input = d.Document.Input, ContentHash = d.Document.ContentHash, Text = text,
                    Language = pipeline.LanguageIdentifier.Identify(text).Code,
                }, null);
            case InputDocument d:
                var result = pipeline.Clean(d.Document, DateTimeOffset.UtcNow);
                return result.Success ? (result.Value, null) : (null, result.Error);
            default: return (null, "unknown input");
        }
    }

    private static string AsText(AnnotateDocument d)
    {
        var sb = new StringBuilder();
        string C(string s) => Rendering.BriefTextRenderer.Clean(s);
        sb.AppendLine($"{d.Input} ({d.Language}, anchor {d.Published ?? "none"}): {d.Sentences.Count} sentences");
        foreach (var e in d.Entities) sb.AppendLine($"  entity {e.Type,-12} {C(e.Text)} -> {C(e.Name)}{(e.Role is null ? "" : $" [{C(e.Role)}]")}");
        foreach (var q in d.Quotes) sb.AppendLine($"  quote  {C(q.Speaker ?? "?")} ({C(q.Cue ?? "")}): {C(q.Text)}");
        foreach (var t in d.Times) sb.AppendLine($"  time   {t.Type,-8} {C(t.Text)} = {t.Value}");
        return sb.ToString();
    }
}
