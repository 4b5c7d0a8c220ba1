using System.ComponentModel;
using Recoupe.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

public sealed class StoryCommand : Command<StoryCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The story id (an id merged into another story still resolves).")]
        public long Id { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("text, md, json or html.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() => Formats.Check(Format, BriefOutput.Formats);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var id = store.ResolveStoryId(settings.Id);
        // Built on the spot when the stored brief is missing or stale (a batch stopped before rebuilding it): a story
        // that `recoupe stories` lists always has a brief.
        var brief = id is { } i ? BriefRefresher.Current(store, i, RecoupePipeline.Default) : null;
        if (brief is null)
        {
            Output.Note($"recoupe: no story {settings.Id} in {settings.StorePath}");
            return ExitCodes.Failed;
        }
        BriefOutput.Write([brief], settings.Format);
        return ExitCodes.Ok;
    }
}
