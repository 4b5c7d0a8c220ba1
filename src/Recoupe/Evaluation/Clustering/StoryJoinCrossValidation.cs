using Recoupe.Learning;
using Recoupe.Stories;

namespace Recoupe.Evaluation.Clustering;

/// <summary>One setting of the join model's training and decision, and its cross-validated topic B-cubed F1.</summary>
public sealed record StoryJoinSetting(float L2, double Threshold, bool Merges, double F1 = 0);

/// <summary>The topic B-cubed figures of held-out streams: mean over splits and orders, and the worst run.</summary>
public sealed record HeldOutFigures(double F1, double MinF1, double Precision, double Recall);

/// <summary>
/// Selection and honest measurement of the join model by cross-validation over topics.
/// <para>Selection (<see cref="Select"/>): topics are dealt into folds; for each fold a model is trained on the other
/// folds' topics and the whole stream (every topic of the data) is clustered, scored by B-cubed over the held-out
/// fold's articles only: unseen topics among many others, as in a real stream, where a permissive setting over-merges
/// (scoring streams of the held-out topics alone favoured recall: few topics, few confusable ones). The L2 penalty,
/// the decision threshold and whether rule merges run are the grid point of best mean.</para>
/// <para>Measurement (<see cref="Measure(IReadOnlyList{GoldArticle}, IReadOnlyList{int}, IReadOnlyList{int}, StoryAssignerOptions, IReadOnlyDictionary{string, StoryAssignerOptions})"/>):
/// the topics are split in two halves (several partitions); a setting is selected as above on one half only, a model
/// trained on it, and the other half clustered as a stream of its own — topics neither the weights nor the setting saw.</para>
/// </summary>
public static class StoryJoinCrossValidation
{
    public static readonly float[] L2s = [1e-3f, 1e-2f, 1e-1f];
    public static readonly double[] Thresholds = [0.5, 1, 1.5, 2, 2.5, 3, 4];
    public static readonly bool[] MergeChoices = [true, false];
    public const int Iterations = 1000;
    /// <summary>Arrival orders of the selection streams (three keep `eval clustering` near a minute on two cores).</summary>
    public static readonly IReadOnlyList<int> SelectionOrders = [1, 2, 3];

    /// <summary>Sorted topics dealt round-robin after a shuffle by <paramref name="seed"/> (0: no shuffle): deterministic.</summary>
    public static List<string[]> Folds(IEnumerable<string> topics, int k, int seed = 0)
    {
        var sorted = topics.Distinct().Order(StringComparer.Ordinal).ToList();
        if (seed != 0)
        {
            var random = new Random(seed);
            for (int i = sorted.Count - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (sorted[i], sorted[j]) = (sorted[j], sorted[i]);
            }
        }
        return Enumerable.Range(0, k).Select(f => sorted.Where((_, i) => i % k == f).ToArray()).Where(f => f.Length > 0).ToList();
    }

    public static StoryJoinModel Train(IReadOnlyList<GoldArticle> gold, float l2, StoryAssignerOptions options, ConfusableCache? confusable = null) =>
        Train(Examples(gold, options, confusable), l2);

    /// <summary>
    /// Teacher-forced examples of <paramref name="gold"/>'s stream and, with <paramref name="confusable"/>, of its
    /// confusable stream (topics told with another's names: the model sees joins that names alone would wrongly make).
    /// </summary>
    public static List<RankingExample> Examples(IReadOnlyList<GoldArticle> gold, StoryAssignerOptions options, ConfusableCache? confusable)
    {
        var examples = StoryJoinExamples.Record(gold, StoryJoinExamples.TrainingOrders, options);
        if (confusable is not null) examples.AddRange(StoryJoinExamples.Record(confusable.Of(gold), StoryJoinExamples.TrainingOrders, options));
        return examples;
    }

    public static StoryJoinModel Train(IReadOnlyList<RankingExample> examples, float l2)
    {
        var ranker = new RankerTrainer(L2: l2, Iterations: Iterations).Train(StoryJoinFeatures.Names, examples);
        return new StoryJoinModel(ranker, 0, true);
    }

    /// <summary>The setting of best mean F1 over the held-out folds' articles (see the class summary).</summary>
    /// <param name="confusable">
    /// When given, training adds the training folds' confusable stream, and a setting's score is the mean of its F1 as
    /// above and its F1 on the held-out fold's own confusable stream (its topics paired: neither weights nor setting saw them).
    /// </param>
    public static StoryJoinSetting Select(IReadOnlyList<GoldArticle> gold, int k, IReadOnlyList<int> orders, StoryAssignerOptions options,
        ConfusableCache? confusable = null)
    {
        var sums = new Dictionary<(float, double, bool), double>();
        var folds = Folds(gold.Select(g => g.Topic), k);
        foreach (var fold in folds)
        {
            var train = gold.Where(g => !fold.Contains(g.Topic)).ToList();
            var examples = Examples(train, options, confusable);
            var heldOutConfusable = confusable?.Of(gold.Where(g => fold.Contains(g.Topic)).ToList());
            foreach (var l2 in L2s)
            {
                var model = Train(examples, l2);
                foreach (var threshold in Thresholds)
                    foreach (var merges in MergeChoices)
                    {
                        var setting = options with { JoinModel = model.With(threshold, merges) };
                        double f1 = Runs(gold, orders, setting, fold).Average(r => r.F1);
                        if (heldOutConfusable is { Count: > 0 }) f1 = (f1 + Runs(heldOutConfusable, orders, setting, null).Average(r => r.F1)) / 2;
                        sums[(l2, threshold, merges)] = sums.GetValueOrDefault((l2, threshold, merges)) + f1;
                    }
            }
        }
        // Ties go to the first setting in grid order (smaller penalty, lower threshold, merges on): deterministic.
        var best = sums.MaxBy(kv => kv.Value);
        return new StoryJoinSetting(best.Key.Item1, best.Key.Item2, best.Key.Item3, best.Value / folds.Count);
    }

    /// <summary>
    /// Held-out figures (see the class summary) over two-way splits of the topics, one per partition seed. Also gives,
    /// on the same held-out streams, the figures of the <paramref name="references"/> (the shipped model, the rules).
    /// </summary>
    public static (HeldOutFigures Model, Dictionary<string, HeldOutFigures> References, List<StoryJoinSetting> Settings) Measure(
        IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> partitions, IReadOnlyList<int> orders, StoryAssignerOptions options,
        IReadOnlyDictionary<string, StoryAssignerOptions> references, ConfusableCache? confusable = null)
    {
        var runs = new List<(double F1, double P, double R)>();
        var referenceRuns = references.Keys.ToDictionary(k => k, _ => new List<(double F1, double P, double R)>());
        var settings = new List<StoryJoinSetting>();
        foreach (var partition in partitions)
            foreach (var half in Folds(gold.Select(g => g.Topic), 2, partition))
            {
                var train = gold.Where(g => !half.Contains(g.Topic)).ToList();
                var test = gold.Where(g => half.Contains(g.Topic)).ToList();
                var setting = Select(train, InnerFolds(train), SelectionOrders, options, confusable);
                settings.Add(setting);
                var model = Train(train, setting.L2, options, confusable).With(setting.Threshold, setting.Merges);
                runs.AddRange(Runs(test, orders, options with { JoinModel = model }, null));
                foreach (var (name, other) in references) referenceRuns[name].AddRange(Runs(test, orders, other, null));
            }
        return (Figures(runs), referenceRuns.ToDictionary(kv => kv.Key, kv => Figures(kv.Value)), settings);
    }

    /// <summary>Topic B-cubed of <paramref name="gold"/>'s own stream in each order, by one assigner setting.</summary>
    public static HeldOutFigures Score(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> orders, StoryAssignerOptions options) =>
        Figures(Runs(gold, orders, options, null));

    /// <summary>Folds of two topics each for the selection inside a half (three for six topics).</summary>
    private static int InnerFolds(IReadOnlyList<GoldArticle> train) => Math.Max(2, train.Select(g => g.Topic).Distinct().Count() / 2);

    /// <summary>B-cubed of each order's stream, over the articles of <paramref name="counted"/> topics (null: all).</summary>
    private static List<(double F1, double P, double R)> Runs(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> orders, StoryAssignerOptions options, string[]? counted)
    {
        var runs = new List<(double, double, double)>();
        foreach (var seed in orders)
        {
            var order = ClusteringEvalSuite.Shuffled(gold, seed);
            var stories = StoryStream.Assign(new OnlineStoryAssigner(options), order.Select(g => g.Article).ToList());
            var topics = order.Select(g => g.Topic).ToList();
            var b = counted is null ? ClusteringMetrics.BCubed(stories, topics)
                : ClusteringMetrics.BCubedOver(stories, topics, i => counted.Contains(topics[i]));
            runs.Add((b.F1, b.Precision, b.Recall));
        }
        return runs;
    }

    private static HeldOutFigures Figures(List<(double F1, double P, double R)> runs) =>
        new(runs.Average(r => r.F1), runs.Min(r => r.F1), runs.Average(r => r.P), runs.Average(r => r.R));
}
