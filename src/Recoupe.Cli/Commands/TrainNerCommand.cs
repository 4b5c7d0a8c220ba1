using System.ComponentModel;
using Recoupe.Evaluation;
using Recoupe.Mentions.Ner;
using Recoupe.Mentions.Ner.Training;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>`recoupe train ner --language fr|en`: rebuilds a shipped entity model from the gold corpora, deterministically.</summary>
public sealed class TrainNerCommand : Command<TrainNerCommand.Settings>
{
    /// <summary>--out defaults to models/ner-LANG.bin in the repository; with --select, nothing is written unless it is given.</summary>
    public sealed class Settings : LanguageTrainingSettings
    {
        [CommandOption("--select")]
        [Description("Choose settings: train on the train split only and print the tune split's F1 after every epoch.")]
        public bool Select { get; init; }

        [CommandOption("--epochs <N>")]
        public int? Epochs { get; init; }

        [CommandOption("--second-epochs <N>")]
        public int? SecondEpochs { get; init; }

        [CommandOption("--min-count <N>")]
        public int? MinCount { get; init; }

        [CommandOption("--prune <W>")]
        [Description("Drop exported features whose largest weight is below W. Default: 1.0 for fr, 0.01 for en.")]
        public float? Prune { get; init; }

        [CommandOption("--no-conventions")]
        [Description("Do not conjoin features with each corpus's annotation convention.")]
        public bool NoConventions { get; init; }

        [CommandOption("--convention-groups")]
        [Description("Also conjoin features with the group of historical conventions (HIPE, NewsEye, Europeana together).")]
        public bool ConventionGroups { get; init; }

        [CommandOption("--lost-dashes")]
        [Description("Split off dashes that lost their spaces after a name (OCR'd text: 'Durand-qui'); stored in the model.")]
        public bool LostDashes { get; init; }

        [CommandOption("--honorifics <MODE>")]
        [Description("One notion of a person's span across corpora: \"outside\" (honorifics moved out of every gold person span) or \"inside\" (spans widened over an honorific right before them) or \"by-convention\" (labels as annotated); decoding follows each convention (HIPE and NewsEye keep it); stored in the model. \"as-annotated\": labels as annotated, honorifics kept under HIPE only (models before 2026-12-07). Default: by-convention.")]
        public string? Honorifics { get; init; }

        [CommandOption("--titles <MODE>")]
        [Description("Titles before a person (\"général Dufour\"): \"as-annotated\" (default), \"by-convention\" (labels as annotated, decoding cuts a title opening a person under Le Temps and Europeana) or \"outside\" (titles moved out of every gold person span, put back by decoding under HIPE-2020 and NewsEye); stored in the model; modern text decoded as before.")]
        public string? Titles { get; init; }

        [CommandOption("--le-temps-weights <BOOL>")]
        [Description("Whether Le Temps (HIPE-2022) learns convention weights of its own (true) or shares HIPE-2020's (false: the shipped model; own weights won on tune and lost on check). Default: false.")]
        public bool? LeTempsWeights { get; init; }

        [CommandOption("--details")]
        [Description("With --select: print every missed and spurious entity of the tune split to standard error.")]
        public bool Details { get; init; }

        [CommandOption("--passes <N>")]
        [Description("1 or 2 (a second pass reads the first pass's labels across the document). Default: 2 for en, 1 for fr.")]
        public int? Passes { get; init; }

        [CommandOption("--rules <BOOL>")]
        [Description("Whether features read the rule recogniser's output. Default: true for fr, false for en.")]
        public bool? Rules { get; init; }

        [CommandOption("--historical-weight <N>")]
        [Description("Times each historical training document (HIPE, NewsEye, Europeana) is visited per epoch. Default: the language's, chosen on tune.")]
        public int? HistoricalWeight { get; init; }

        [CommandOption("--clusters <SPEC>")]
        [Description("Word-cluster features: \"none\", or SELF,NEAR,FAR[[,shape]] — bit masks of granularities (1 coarse, 2 middle, 4 fine) at the word, at ±1, at ±2; \"shape\" adds the neighbours' clusters with the word's shape; \"chains\" adds the name-chain features (a head word or company suffix a few capitalised words away). Default: 7,7,1,chains for fr, 7,7,1 for en.")]
        public string? Clusters { get; init; }

        [CommandOption("--survey")]
        [Description("Train nothing: count, per corpus and convention, the honorifics and titles inside person spans or right before them (train split only).")]
        public bool Survey { get; init; }

        [CommandOption("--seed <N>")]
        public int? Seed { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Only the first N documents of each corpus (a quick look).")]
        public int? Limit { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.GoldDataFolder() is not { } data) return ExitCodes.Failed;
        if (settings.Survey)
        {
            Console.Out.Write(ConventionSurvey.Format(ConventionSurvey.Run(data, settings.Language)));
            return ExitCodes.Ok;
        }
        var defaults = new NerTrainingOptions();
        var options = defaults with
        {
            Select = settings.Select,
            Epochs = settings.Epochs ?? defaults.Epochs,
            SecondPassEpochs = settings.SecondEpochs ?? defaults.SecondPassEpochs,
            MinFeatureCount = settings.MinCount ?? defaults.MinFeatureCount,
            PruneBelow = settings.Prune,
            ConventionFeatures = !settings.NoConventions,
            ConventionGroups = settings.ConventionGroups,
            LeTempsWeights = settings.LeTempsWeights ?? defaults.LeTempsWeights,
            LostDashes = settings.LostDashes,
            Honorifics = settings.Honorifics switch
            {
                null => defaults.Honorifics,
                "as-annotated" => HonorificLabels.AsAnnotated,
                "outside" => HonorificLabels.Outside,
                "inside" => HonorificLabels.Inside,
                "by-convention" => HonorificLabels.ByConvention,
                var other => throw new ArgumentException($"--honorifics: outside, inside or as-annotated, not '{other}'"),
            },
            Titles = settings.Titles switch
            {
                null => defaults.Titles,
                "as-annotated" => TitleLabels.AsAnnotated,
                "by-convention" => TitleLabels.ByConvention,
                "outside" => TitleLabels.Outside,
                var other => throw new ArgumentException($"--titles: as-annotated, by-convention or outside, not '{other}'"),
            },
            TwoPass = settings.Passes is { } p ? p == 2 : null,
            RuleEvidence = settings.Rules,
            Seed = settings.Seed ?? defaults.Seed,
            HistoricalWeight = settings.HistoricalWeight,
            LimitPerCorpus = settings.Limit,
            ClusterMask = settings.Clusters is { } c ? ParseClusters(c) : null,
            TuneDetails = settings.Details && settings.Select ? Console.Error : null,
        };
        var result = new NerTrainer(data, settings.Language, options, Console.Error).Run();
        var output = settings.Out ?? (settings.Select ? null : RepositoryModels.PathOf($"ner-{settings.Language}.bin"));
        if (output is null) return ExitCodes.Ok;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output)) result.Model.Save(file);
        Output.Note($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:0.0} MB)");
        Output.Data(result.Summary);
        return ExitCodes.Ok;
    }

    private static int ParseClusters(string spec)
    {
        if (spec == "none") return 0;
        var parts = spec.Split(',');
        int mask = NerFeatures.ClusterFeatures.Of(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2]), parts.Skip(3).Contains("shape"));
        // "chains": the name-chain features (not clusters; stored in the same mask, see NerFeatures.AddChains).
        return parts.Skip(3).Contains("chains") ? mask | NerFeatures.ClusterFeatures.Chains : mask;
    }
}
