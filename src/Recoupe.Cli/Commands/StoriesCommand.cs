using System.ComponentModel;
using Recoupe.Contracts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

public sealed class StoriesCommand : Command<StoriesCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("--limit <N>")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;

        public override ValidationResult Validate() =>
            Limit <= 0 ? ValidationResult.Error("--limit must be positive") : Formats.Check(Format, "text", "json");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var stories = store.ListStories(settings.Limit);
        if (settings.Format == "json")
        {
            Output.Data(ContractJson.Serialize(stories.Select(s => new
            {
                id = s.Id, title = s.Title, first_seen = s.FirstSeen, last_seen = s.LastSeen,
                articles = s.ArticleCount, outlets = s.Outlets, languages = s.Languages,
            })));
            return ExitCodes.Ok;
        }
        if (stories.Count == 0) { Output.Note("no stories yet: ingest something with `recoupe ingest PATH` or `recoupe run PATH`"); return ExitCodes.Ok; }
        foreach (var s in stories)
            Output.Data($"{s.Id,5}  {s.LastSeen:yyyy-MM-dd}  {s.ArticleCount,3} art.  [{string.Join(",", s.Languages)}]  {Oneline(s.Title)}");
        return ExitCodes.Ok;
    }

    private static string Oneline(string s) => s.ReplaceLineEndings(" ");
}
