using System.ComponentModel;
using System.Globalization;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Quotes;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Training;
using Recoupe.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Recoupe.Cli.Commands;

/// <summary>
/// `recoupe train quotes`: retrains the quote speaker ranker and detector of each language on the gold data and
/// writes them to models/quotes/ (the build embeds them). `--cv` first prints cross-validated figures, groups held
/// out whole, split into the part whose errors may be read (`--errors FILE`) and the part held back.
/// </summary>
public sealed class TrainQuotesCommand : Command<TrainQuotesCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--fr <PATH>")]
        [Description("French gold (seeds-style quotes.gold.json). Default: quotes-fr-rpm2-dev in the shared eval folder.")]
        public string? French { get; init; }

        [CommandOption("--en <PATH>")]
        [Description("English gold (BRAT attributions). Default: quotes-en-polnear-train in the shared eval folder.")]
        public string? English { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Where the model files go. Default: models/quotes in the repository.")]
        public string? Out { get; init; }

        [CommandOption("--cv")]
        [Description("Cross-validate (one fold per topic or month) before training on everything.")]
        public bool CrossValidate { get; init; }

        [CommandOption("--errors <FILE>")]
        [Description("With --cv: write each gold quotation of the tuning part with what the held-out model said.")]
        public string? Errors { get; init; }

        [CommandOption("--explain <FILE>")]
        [Description("With --cv: write each ranking error of the tuning part, the chosen and the gold reading, and the features that set them apart.")]
        public string? Explain { get; init; }

        [CommandOption("--cv-language <LANG>")]
        [Description("With --cv: only this language's folds (fr or en); training still uses both.")]
        public string? CvLanguage { get; init; }

        [CommandOption("--l2 <WEIGHT>")]
        [Description("L2 penalty of the logistic models (default 0.001, chosen by cross-validation on the tuning part).")]
        public float? L2 { get; init; }

        [CommandOption("--share <FACTOR>")]
        [Description("How much more the language-specific weights are penalised than the shared ones (default 10).")]
        public float? Share { get; init; }

        [CommandOption("--fr-weight <WEIGHT>")]
        [Description("How much each French speaker example counts against an English one in training the ranker (default 1; 4 was tried and not adopted, see models/README.md).")]
        public float? FrenchWeight { get; init; }

        [CommandOption("--fr-share-scale <FACTOR>")]
        [Description("Factor on --share for the French-specific ranker weights (below 1: French departs more from the shared weights).")]
        public float? FrenchShareScale { get; init; }

        [CommandOption("--threshold <FR,EN>")]
        [Description("The detector's keep probability for French and English (default 0.25,0.5).")]
        public string? Threshold { get; init; }

        public override ValidationResult Validate()
        {
            if (Threshold is not null && !Threshold.Split(',').All(p => float.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v > 0 && v < 1))
                return ValidationResult.Error("--threshold takes one or two probabilities between 0 and 1: 0.4 or 0.35,0.45");
            if (TreeLanguages is not null && !TreeLanguages.Split(',').All(l => QuoteTrainer.Languages.Contains(l.Trim())))
                return ValidationResult.Error("--tree-languages takes fr, en or fr,en");
            return CvLanguage is null or "fr" or "en" ? ValidationResult.Success() : ValidationResult.Error("--cv-language is fr or en");
        }

        [CommandOption("--stacked <PARTS>")]
        [Description("Train on the previous-speaker features that first-pass models, cross-fitted over PARTS parts of the training folds (default 4; 0: from the gold), read as the extractor does, instead of the gold's (see models/README.md).")]
        public int? Stacked { get; init; }

        [CommandOption("--tune-only")]
        [Description("With --cv: score only the tuning part's folds (faster, for choosing settings; the held-back part is then not measured).")]
        public bool TuneOnly { get; init; }

        [CommandOption("--held-only")]
        [Description("With --cv: score only the held-back part's folds (the once-at-the-end check of settings chosen on the tuning part).")]
        public bool HeldOnly { get; init; }

        [CommandOption("--candidates")]
        [Description("With --cv: only count, per fold, the passages whose gold speaker is among the candidates (no model trained); with --explain, the tuning part's misses and their context.")]
        public bool CandidatesOnly { get; init; }

        [CommandOption("--trees <ROUNDS>")]
        [Description("Boosted trees added to the linear speaker ranker's scores (default: QuoteTrainer.DefaultBoost; 0: linear alone)")]
        public int? Trees { get; init; }

        [CommandOption("--depth <DEPTH>")]
        [Description("Depth of each boosted tree (default 3)")]
        public int? Depth { get; init; }

        [CommandOption("--shrinkage <RATE>")]
        [Description("Each tree's step (default 0.1)")]
        public float? Shrinkage { get; init; }

        [CommandOption("--min-hessian <H>")]
        [Description("Least summed hessian on each side of a split (default 2)")]
        public float? MinHessian { get; init; }

        [CommandOption("--trees-fr-weight <WEIGHT>")]
        [Description("How much each French example counts against an English one in fitting the boosted trees (default 1)")]
        public float? TreesFrenchWeight { get; init; }

        [CommandOption("--unnamed-cues")]
        [Description("Compute the unnamed-source cue features (anonymity words, circle descriptions, a pronoun after an indefinite description, a labelled name; off by default, see models/README.md).")]
        public bool UnnamedCues { get; init; }

        [CommandOption("--institution-names")]
        [Description("Read a bare body description (\"la commission\") also as the fuller name written before it, with institution-name features (off by default, see models/README.md).")]
        public bool InstitutionNames { get; init; }

        [CommandOption("--opinion-cues")]
        [Description("Compute the opinion-cue features (\"Pour X, «…»\", \"X qui a déclaré «…»\"; off by default, see models/README.md).")]
        public bool OpinionCues { get; init; }

        [CommandOption("--continued-speaker")]
        [Description("Compute the continued-speaker features (a carried reading's distance from the last quotation; the last speaker of a quotation opening the next paragraph with no cue; off by default, see models/README.md).")]
        public bool ContinuedSpeaker { get; init; }

        [CommandOption("--speech-nouns")]
        [Description("Compute the speech-noun author feature (\"les propos de X\", \"l'appel à «…» de X\"; off by default, see models/README.md).")]
        public bool SpeechNouns { get; init; }

        [CommandOption("--tree-languages <LANGS>")]
        [Description("With --trees: the languages whose ranker gets the trees, fitted on their examples alone (en, fr or fr,en; default: QuoteTrainer.DefaultTreeLanguages, all when unset); the others keep their linear ranker.")]
        public string? TreeLanguages { get; init; }

        [CommandOption("--cue-subjects")]
        [Description("More subjects of a speech verb as candidates: a \"who\" after any noun phrase, a first-person \"I\" (off by default, see models/README.md).")]
        public bool CueSubjects { get; init; }

        [CommandOption("--demonym-sources")]
        [Description("People nouns as source descriptions (\"a ajouté le Suédois\", \"les Autrichiens\"), read as the person the text calls so or one of their gender named before (off by default, see models/README.md).")]
        public bool DemonymSources { get; init; }

        [CommandOption("--writing-authors")]
        [Description("A writing's author named in its complement past its modifiers, also when the recogniser found no entity there, and taken up by any later writing noun (\"le document\"; off by default, see models/README.md).")]
        public bool WritingAuthors { get; init; }

        [CommandOption("--clause-subjects")]
        [Description("The first words of the quotation's sentence before it that no preposition introduces, whatever the verb, as a feature (off by default, see models/README.md).")]
        public bool ClauseSubjects { get; init; }

        [CommandOption("--subordinate-pronouns")]
        [Description("A subject pronoun opening a subordinate clause (\"qu'il\", \"that he\") as a feature (off by default, see models/README.md).")]
        public bool SubordinatePronouns { get; init; }

        [CommandOption("--indefinite-sources")]
        [Description("Indefinite pronouns (\"l'un d'eux\", \"d'autres\", \"someone\") as unnamed source candidates where they likely speak (off by default, see models/README.md).")]
        public bool IndefiniteSources { get; init; }

        [CommandOption("--no-write")]
        [Description("Do not write the models (with --cv: figures only).")]
        public bool NoWrite { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var shared = EvalSuites.SharedEvalFolder();
        if (settings.UnnamedCues) QuoteFeatureSwitches.UnnamedCues = true;
        if (settings.InstitutionNames) QuoteFeatureSwitches.EarlierInstitutionNames = true;
        if (settings.OpinionCues) QuoteFeatureSwitches.OpinionCues = true;
        if (settings.ContinuedSpeaker) QuoteFeatureSwitches.ContinuedSpeaker = true;
        if (settings.SpeechNouns) QuoteFeatureSwitches.SpeechNouns = true;
        if (settings.CueSubjects) QuoteFeatureSwitches.CueSubjects = true;
        if (settings.WritingAuthors) QuoteFeatureSwitches.WritingAuthors = true;
        if (settings.DemonymSources) QuoteFeatureSwitches.DemonymSources = true;
        if (settings.ClauseSubjects) QuoteFeatureSwitches.ClauseSubjects = true;
        if (settings.SubordinatePronouns) QuoteFeatureSwitches.SubordinatePronouns = true;
        if (settings.IndefiniteSources) QuoteFeatureSwitches.IndefiniteSources = true;
        var data = new List<(string Language, string? Path)>
        {
            ("fr", settings.French ?? (shared is null ? null : Path.Combine(shared, "quotes-fr-rpm2-dev"))),
            ("en", settings.English ?? (shared is null ? null : Path.Combine(shared, "quotes-en-polnear-train"))),
        };
        var outDir = settings.Out ?? RepositoryModels.PathOf("quotes");
        using var errors = settings.Errors is null ? null : new StreamWriter(settings.Errors);
        using var explain = settings.Explain is null ? null : new StreamWriter(settings.Explain);
        var pipeline = RecoupePipeline.Default;
        var gold = new List<GoldQuoteDocument>();
        foreach (var (language, path) in data)
        {
            if (path is null || !(Directory.Exists(path) || File.Exists(path)))
            {
                Output.Note($"recoupe: {language} gold data not found{(path is null ? "" : $" at {path}")}; pass it with --{language}");
                return ExitCodes.Failed;
            }
            gold.AddRange(QuoteGold.Read(path, pipeline));
        }
        var thresholds = settings.Threshold?.Split(',').Select(p => float.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var trainer = QuoteTrainer.For(gold, pipeline, QuoteTrainer.DefaultTrainer with
        {
            L2 = settings.L2 ?? QuoteTrainer.DefaultTrainer.L2,
            DomainL2Factor = settings.Share ?? QuoteTrainer.DefaultTrainer.DomainL2Factor,
            DomainWeights = settings.FrenchWeight is { } fw ? [fw, 1f] : QuoteTrainer.DefaultTrainer.DomainWeights,
            DomainL2Scales = settings.FrenchShareScale is { } fs ? [fs, 1f] : QuoteTrainer.DefaultTrainer.DomainL2Scales,
        },
            thresholds is null ? null : new Dictionary<string, float> { ["fr"] = thresholds[0], ["en"] = thresholds[^1] }, settings.Stacked,
            QuoteTrainer.DefaultBoost with
            {
                Rounds = settings.Trees ?? QuoteTrainer.DefaultBoost.Rounds,
                Depth = settings.Depth ?? QuoteTrainer.DefaultBoost.Depth,
                Shrinkage = settings.Shrinkage ?? QuoteTrainer.DefaultBoost.Shrinkage,
                MinChildHessian = settings.MinHessian ?? QuoteTrainer.DefaultBoost.MinChildHessian,
                DomainWeights = settings.TreesFrenchWeight is { } tw ? [tw, 1f] : QuoteTrainer.DefaultBoost.DomainWeights,
            },
            settings.TreeLanguages?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
        foreach (var (language, path) in data)
            Output.Note($"{language}: {trainer.Documents(language)} documents, {trainer.Passages(language)} quoted passages, {trainer.SpeakerExamples(language)} with a gold speaker among the candidates ({path})");
        if (settings.CrossValidate)
            foreach (var (language, _) in data.Where(d => settings.CvLanguage is null || d.Language == settings.CvLanguage))
            {
                if (settings.CandidatesOnly)
                {
                    var (reachable, goldCount) = trainer.CandidateRecall(language, trainer.TuningPart(language), explain, Console.Error);
                    Output.Data($"{language} tuning part: gold speaker among the candidates {reachable}/{goldCount}");
                    continue;
                }
                var (tune, held) = trainer.CrossValidate(language, trainer.TuningPart(language), errors, Console.Error, explain, settings.TuneOnly, settings.HeldOnly);
                var all = new QuoteScore();
                all.Add(tune);
                all.Add(held);
                Output.Data($"{language} cross-validation, one fold per group ({string.Join(" ", trainer.Folds(language))}):");
                Output.Data(Line("  tuning part (errors read)", tune));
                Output.Data(Line("  held-back part", held));
                Output.Data(Line("  all", all));
            }
        if (settings.NoWrite || settings.CandidatesOnly) return ExitCodes.Ok;
        var models = trainer.Train();
        Directory.CreateDirectory(outDir);
        var about = string.Join("; ", data.Select(d => $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(d.Path!))}: {trainer.Documents(d.Language)} documents, {trainer.Passages(d.Language)} quoted passages, {trainer.SpeakerExamples(d.Language)} speaker examples"));
        foreach (var (language, model) in models)
        {
            Write(Path.Combine(outDir, QuoteModel.SpeakerFile(language)), model.Speaker,
                $"Quote speaker ranker ({language}), trained by `recoupe train quotes` on French and English together ({about}).\nLinear scores over SpeakerFeatures (src/Recoupe/Mentions/Quotes/Attribution); the best candidate speaks.");
            var treesFile = Path.Combine(outDir, QuoteModel.SpeakerTreesFile(language));
            if (model.SpeakerTrees is { } trees)
            {
                using var w = new StreamWriter(treesFile) { NewLine = "\n" };
                trees.Write(w, $"Quote speaker ranker ({language}): boosted trees added to the linear scores of {QuoteModel.SpeakerFile(language)}, trained by `recoupe train quotes` after it ({about}).");
            }
            else File.Delete(treesFile);
            Write(Path.Combine(outDir, QuoteModel.DetectorFile(language)), model.Detector,
                $"Quote detector ({language}), trained by `recoupe train quotes` on French and English together ({about}).\nLogistic over DetectionFeatures (src/Recoupe/Mentions/Quotes/Detection); speech at probability 0.5.");
        }
        Output.Note($"models written to {outDir}");
        return ExitCodes.Ok;
    }

    private static string Line(string label, QuoteScore s) => string.Create(CultureInfo.InvariantCulture,
        $"{label,-28} speaker {s.SpeakerRight}/{s.GoldDirect} = {s.SpeakerAccuracy:0.000}  detection recall {s.DetectionRecall:0.000} precision {s.DetectionPrecision:0.000}  unnamed {s.UnnamedRight}/{s.GoldUnnamed}  ({s.Documents} documents)");

    private static void Write(string file, Learning.LinearRanker model, string header)
    {
        using var w = new StreamWriter(file) { NewLine = "\n" };
        model.Write(w, header);
    }
}
