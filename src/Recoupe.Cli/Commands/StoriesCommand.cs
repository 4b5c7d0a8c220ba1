using System.ComponentModel;
using Recoupe.Contracts;
using Recoupe.Web.Queries;
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
        // The same listing as the web list, so that a story flagged breaking there is flagged here too.
        var rows = StoryListing.Load(store, StoryFilter.None, settings.Limit).Rows;
        if (settings.Format == "json")
        {
            Output.Data(ContractJson.Serialize(rows.Select(r => new
            {
                id = r.Summary.Id, title = r.Summary.Title, first_seen = r.Summary.FirstSeen, last_seen = r.Summary.LastSeen,
                articles = r.Summary.ArticleCount, outlets = r.Summary.Outlets, languages = r.Summary.Languages,
                momentum = r.Momentum.ToString().ToLowerInvariant(), recent_articles = r.RecentArticles,
            })));
            return ExitCodes.Ok;
        }
        if (rows.Count == 0) { Output.Note("no stories yet: ingest something with `recoupe ingest PATH` or `recoupe run PATH`"); return ExitCodes.Ok; }
        foreach (var r in rows) Output.Data(Line(r));
        if (rows.Any(r => r.Momentum != Momentum.Steady))
            Output.Note($"BREAKING: most of a story's articles came in the {StoryListing.RecentWindow.TotalHours:0} hours before the newest article; growing: at least {StoryListing.MinRecentArticles} did");
        return ExitCodes.Ok;
    }

    /// <summary>One story per line; the flag stands before the title, where the eye starts reading.</summary>
    public static string Line(StoryRow r)
    {
        var s = r.Summary;
        return $"{s.Id,5}  {s.LastSeen:yyyy-MM-dd}  {s.ArticleCount,3} art.  [{string.Join(",", s.Languages)}]  {Flag(r.Momentum)}{Oneline(s.Title)}";
    }

    public static string Flag(Momentum m) => m switch
    {
        Momentum.Breaking => "BREAKING ",
        Momentum.Growing => "growing ",
        _ => "",
    };

    /// <summary>A title is scraped text: no line break and no control character reaches the terminal.</summary>
    private static string Oneline(string s) => Rendering.BriefTextRenderer.Clean(s.ReplaceLineEndings(" "));
}
