using System.Globalization;
using Recoupe.Briefs.Support;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// Trains the pair classifier (<c>recoupe train support</c>) and measures it by topic (<c>recoupe eval facts</c>). Cross-validation
/// leaves one RPM2 topic out at a time: the model is trained on the judged pairs of the other topics, the perturbed pairs made from
/// them and our own pairs, and scored on the held-out topic's judged pairs only. The cite threshold is chosen on the out-of-fold
/// probabilities: the lowest probability of "supports or partial" at which cited pairs reach <see cref="TargetPrecision"/>.
/// </summary>
internal static class SupportTraining
{
    /// <summary>
    /// Perturbed and own pairs weigh this much against a judged pair (they shape the contradictions, not the bulk); chosen with L2
    /// by leave-one-topic-out accuracy (bench `support sweep`): own pairs at 0.3 rather than 1 (0.715 against 0.689 at L2 0.1).
    /// </summary>
    public const double SyntheticWeight = 0.1;
    public const double OwnWeight = 0.3;
    public const double TargetPrecision = 0.97;

    public static readonly SoftmaxTrainer.Settings Settings = new(L2: 0.1);

    public sealed record Data(List<LabelledPair> Judged, List<LabelledPair> Synthetic, List<LabelledPair> Own, List<string> Problems);

    /// <summary>One held-out topic: its pairs, the accuracy on them, and the model trained without it (for the judged conflicts of that topic).</summary>
    public sealed record Fold(string Topic, int Pairs, double Accuracy, SupportModel Model);

    public sealed record CrossValidation(IReadOnlyList<Fold> Folds, double MeanAccuracy, double MicroAccuracy, double Majority,
        int[,] Confusion, double Threshold, double CitePrecision, double CiteRecall, IReadOnlyList<(LabelledPair Pair, double[] P)> OutOfFold);

    /// <summary>The own pairs file: models/training/own-pairs.json in the repository (found upwards from the working folder or the binaries).</summary>
    public static string? OwnPairsPath()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "models", "training", "own-pairs.json");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>Our judgements of briefs (eval/facts-judged/judged.json in the repository; its TUNE half is trained on), or null; RECOUPE_NO_BRIEF_JUDGEMENTS=1 leaves them out (to compare).</summary>
    public static string? BriefJudgedPath()
    {
        if (Environment.GetEnvironmentVariable("RECOUPE_NO_BRIEF_JUDGEMENTS") == "1") return null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "eval", "facts-judged", "judged.json");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <param name="topics">Only the first this many topics (a quick check); null for all.</param>
    public static Data Load(string judgedPath, RecoupePipeline pipeline, int? topics = null)
    {
        var judged = JudgedPairs.Load(judgedPath);
        // Our judgements of briefs' cited sources (eval/facts-judged) are judged pairs too, of the same kind; where both judged a
        // pair, ours (made later, reading the same sentences) stands.
        if (BriefJudgedPath() is { } briefJudged)
        {
            // Only the TUNE half's: the CHECK half's judgements stay out of training, so that its figure remains an estimate.
            var ours = BriefJudgements.Pairs(briefJudged).Where(p => BriefsJudgedEvalSuite.PartOf(p.Topic) == "tune").ToList();
            var keys = ours.Select(p => BriefJudgements.CitationKey(p.Statement, p.File, p.Sentence)).ToHashSet(StringComparer.Ordinal);
            judged = judged with { Pairs = judged.Pairs.Where(p => !keys.Contains(BriefJudgements.CitationKey(p.Statement, p.File, p.Sentence))).Concat(ours).ToList() };
        }
        if (topics is int n)
        {
            var kept = judged.Pairs.Select(p => p.Topic).Distinct().Order(StringComparer.Ordinal).Take(n).ToHashSet();
            judged = judged with { Pairs = judged.Pairs.Where(p => kept.Contains(p.Topic)).ToList() };
        }
        var documents = JudgedPairs.DocumentsFolder(judgedPath)
            ?? throw new DirectoryNotFoundException("RPM2 documents not found beside the judged pairs (../mds-fr-rpm2/documents) nor at RECOUPE_RPM2_DOCUMENTS");
        var problems = new List<string>();
        var all = PairDataset.Judged(judged, documents, pipeline, perturbed: true, problems);
        var own = OwnPairsPath() is { } path ? PairDataset.Own(path, pipeline) : [];
        if (own.Count == 0) problems.Add("models/training/own-pairs.json not found: trained without our own pairs");
        return new Data(all.Where(p => p.Origin == "judged").ToList(), all.Where(p => p.Origin != "judged").ToList(), own, problems);
    }

    private static List<SoftmaxTrainer.Example> Examples(Data data, Func<LabelledPair, bool> include, double syntheticWeight, double ownWeight,
        bool[]? dropped = null) =>
        data.Judged.Where(include).Select(p => new SoftmaxTrainer.Example(Mask(p.Features, dropped), p.Label))
            .Concat(data.Synthetic.Where(include).Select(p => new SoftmaxTrainer.Example(Mask(p.Features, dropped), p.Label, syntheticWeight)))
            .Concat(data.Own.Select(p => new SoftmaxTrainer.Example(Mask(p.Features, dropped), p.Label, ownWeight)))
            .Where(e => e.Weight > 0)
            .ToList();

    /// <summary>The features with the dropped ones set to 0 (a constant column: the model cannot use it), to compare feature sets.</summary>
    public static double[] Mask(double[] features, bool[]? dropped)
    {
        if (dropped is null) return features;
        var x = (double[])features.Clone();
        for (int f = 0; f < x.Length; f++)
            if (dropped[f]) x[f] = 0;
        return x;
    }

    /// <param name="settings">Trainer settings (default: <see cref="Settings"/>); the sweep in bench/ tries others.</param>
    /// <param name="heldOut">Which topics are held out in turn and scored (default: all); model selection holds out TUNE topics only.</param>
    /// <param name="dropped">Features left out (as zero), to compare feature sets.</param>
    public static CrossValidation CrossValidate(Data data, SoftmaxTrainer.Settings? settings = null, double syntheticWeight = SyntheticWeight,
        double ownWeight = OwnWeight, Func<string, bool>? heldOut = null, bool[]? dropped = null)
    {
        settings ??= Settings;
        var topics = data.Judged.Select(p => p.Topic).Distinct().Order(StringComparer.Ordinal).Where(t => heldOut?.Invoke(t) ?? true).ToList();
        var folds = new List<Fold>();
        var oof = new List<(LabelledPair, double[])>();
        var confusion = new int[4, 4];
        foreach (var topic in topics)
        {
            var model = SoftmaxTrainer.Train(Examples(data, p => p.Topic != topic, syntheticWeight, ownWeight, dropped), settings);
            var test = data.Judged.Where(p => p.Topic == topic).ToList();
            int right = 0;
            foreach (var p in test)
            {
                var probabilities = model.Probabilities(Mask(p.Features, dropped));
                int predicted = ArgMax(probabilities);
                if (predicted == (int)p.Label) right++;
                confusion[(int)p.Label, predicted]++;
                oof.Add((p, probabilities));
            }
            folds.Add(new Fold(topic, test.Count, test.Count == 0 ? 0 : right / (double)test.Count, model));
        }
        int total = folds.Sum(f => f.Pairs);
        double micro = total == 0 ? 0 : folds.Sum(f => f.Accuracy * f.Pairs) / total;
        double majority = data.Judged.Count == 0 ? 0 : data.Judged.GroupBy(p => p.Label).Max(g => g.Count()) / (double)data.Judged.Count;
        var (threshold, precision, recall) = ChooseThreshold(oof);
        return new CrossValidation(folds, folds.Count == 0 ? 0 : folds.Average(f => f.Accuracy), micro, majority, confusion, threshold, precision, recall, oof);
    }

    /// <summary>The lowest threshold on P(supports or partial) whose cited pairs reach the target precision (else the most precise one).</summary>
    public static (double Threshold, double Precision, double Recall) ChooseThreshold(IReadOnlyList<(LabelledPair Pair, double[] P)> scored)
    {
        int positives = scored.Count(s => IsPositive(s.Pair.Label));
        (double T, double P, double R) best = (0.5, 0, 0);
        (double T, double P, double R)? reached = null;
        for (int step = 30; step <= 98; step++)
        {
            double t = step / 100.0;
            var cited = scored.Where(s => s.P[0] + s.P[1] >= t).ToList();
            if (cited.Count == 0) continue;
            double precision = cited.Count(s => IsPositive(s.Pair.Label)) / (double)cited.Count;
            double recall = positives == 0 ? 0 : cited.Count(s => IsPositive(s.Pair.Label)) / (double)positives;
            if (precision >= TargetPrecision && reached is null) reached = (t, precision, recall);
            if (precision > best.P) best = (t, precision, recall);
        }
        return reached ?? best;
    }

    public static (double Precision, double Recall) CiteFigures(IEnumerable<(LabelledPair Pair, double[] P)> scored, double threshold)
    {
        var list = scored.ToList();
        var cited = list.Where(s => s.P[0] + s.P[1] >= threshold).ToList();
        int positives = list.Count(s => IsPositive(s.Pair.Label));
        int hits = cited.Count(s => IsPositive(s.Pair.Label));
        return (cited.Count == 0 ? 0 : hits / (double)cited.Count, positives == 0 ? 0 : hits / (double)positives);
    }

    /// <summary>The brief's hard rule read from a pair's features: a figure or a date of one thing differs (see SupportClassifier.Disagree).</summary>
    public static bool FrameRuleBlocks(double[] features) =>
        features[Array.IndexOf(PairFeatures.Names, "values_different")] > 0 || features[Array.IndexOf(PairFeatures.Names, "dates_different")] > 0;

    private static bool IsPositive(SupportLabel label) => label is SupportLabel.Supports or SupportLabel.Partial;

    public static int ArgMax(double[] p)
    {
        int best = 0;
        for (int c = 1; c < p.Length; c++)
            if (p[c] > p[best]) best = c;
        return best;
    }

    /// <summary>The model to ship: trained on every judged, perturbed and own pair, with the threshold chosen under cross-validation.</summary>
    public static SupportModel TrainFinal(Data data, CrossValidation cv)
    {
        var card = new Dictionary<string, string>
        {
            ["data"] = "facts-fr-rpm2-dev/judged.json (RPM2 topics T01-T12), perturbed copies of its SUPPORTS pairs, models/training/own-pairs.json",
            ["judged_pairs"] = data.Judged.Count.ToString(CultureInfo.InvariantCulture),
            ["perturbed_pairs"] = data.Synthetic.Count.ToString(CultureInfo.InvariantCulture),
            ["own_pairs"] = data.Own.Count.ToString(CultureInfo.InvariantCulture),
            ["cv"] = "leave one topic out",
            ["cv_mean_accuracy"] = cv.MeanAccuracy.ToString("0.000", CultureInfo.InvariantCulture),
            ["cv_micro_accuracy"] = cv.MicroAccuracy.ToString("0.000", CultureInfo.InvariantCulture),
            ["cv_cite_precision"] = cv.CitePrecision.ToString("0.000", CultureInfo.InvariantCulture),
            ["cv_cite_recall"] = cv.CiteRecall.ToString("0.000", CultureInfo.InvariantCulture),
            ["cite_threshold_from"] = "leave one TUNE topic (odd RPM2 topic) out: lowest threshold reaching the target precision out of fold",
            ["retrain"] = "./recoupe train support",
        };
        return SoftmaxTrainer.Train(Examples(data, _ => true, SyntheticWeight, OwnWeight), Settings, cv.Threshold, card);
    }
}

/// <summary>The retrain entry point for the command line (`recoupe train support`): the model's JSON, a one-line summary, and any problems met.</summary>
public static class SupportRetraining
{
    public static (string Json, string Summary, IReadOnlyList<string> Problems) Run(string judgedPath, RecoupePipeline pipeline)
    {
        var data = SupportTraining.Load(judgedPath, pipeline);
        var cv = SupportTraining.CrossValidate(data);
        // The cite threshold is chosen on the TUNE topics held out in turn (odd RPM2 topics, whose errors may be read), so that the
        // CHECK topics' figures of the briefs stay an estimate; the all-topic figures are reported beside it.
        var tune = SupportTraining.CrossValidate(data, heldOut: t => BriefsJudgedEvalSuite.PartOf(t) == "tune");
        var model = SupportTraining.TrainFinal(data, cv with { Threshold = tune.Threshold });
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{data.Judged.Count} judged, {data.Synthetic.Count} perturbed, {data.Own.Count} own pairs; by-topic CV accuracy {cv.MeanAccuracy:0.000} (micro {cv.MicroAccuracy:0.000}), cite precision {cv.CitePrecision:0.000} recall {cv.CiteRecall:0.000} at {cv.Threshold:0.00}; TUNE topics held out: accuracy {tune.MeanAccuracy:0.000}, cite threshold {tune.Threshold:0.00} (precision {tune.CitePrecision:0.000}, recall {tune.CiteRecall:0.000}), shipped");
        return (model.ToJson() + "\n", summary, data.Problems);
    }
}
