using System.Collections.Immutable;
using System.ComponentModel;
using Recoupe.Evaluation;
using Recoupe.Mentions.Ner;
using Recoupe.Mentions.Ner.Training;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>`recoupe train clusters --language fr|en`: rebuilds the word clusters the entity labeller reads, deterministically.
/// The NER model of the language must be retrained after (its cluster features name these clusters).</summary>
public sealed class TrainClustersCommand : Command<TrainClustersCommand.Settings>
{
    /// <summary>--out defaults to models/clusters-LANG.bin in the repository.</summary>
    public sealed class Settings : LanguageTrainingSettings
    {
        [CommandOption("--sizes <K,K,K>")]
        [Description("Cluster counts, coarse to fine (at most 3, each below 1024). Default: 64,256,1000.")]
        public string? Sizes { get; init; }

        [CommandOption("--min-count <N>")]
        public int? MinCount { get; init; }

        [CommandOption("--listing <FILE>")]
        [Description("Also write the words of each finest cluster to FILE (to look at what was learned).")]
        public string? Listing { get; init; }

        [CommandOption("--iterations <N>")]
        public int? Iterations { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.GoldDataFolder() is not { } data) return ExitCodes.Failed;
        var defaults = new WordClusterOptions();
        var options = defaults with
        {
            Sizes = settings.Sizes is { } s ? [.. s.Split(',').Select(int.Parse)] : defaults.Sizes,
            MinCount = settings.MinCount,
            Iterations = settings.Iterations ?? defaults.Iterations,
        };
        var clusters = new WordClusterTrainer(options, Console.Error).Train(settings.Language, WordClusterTrainer.Texts(data, settings.Language));
        var output = settings.Out ?? RepositoryModels.PathOf(WordClusters.FileName(settings.Language));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output)) clusters.Save(file);
        if (settings.Listing is { } listing) File.WriteAllLines(listing, clusters.Listing());
        Output.Note($"wrote {output} ({new FileInfo(output).Length / 1024.0:0} KB, {clusters.Count:N0} words)");
        Output.Data(clusters.Description);
        return ExitCodes.Ok;
    }
}
