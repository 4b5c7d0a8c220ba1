using Recoupe.Stories;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// The old threshold rules measured as the join model is (<see cref="StoryJoinCrossValidation"/>): for each half of the
/// topics, the rule thresholds are re-tuned on the other half (a small grid around the shipped values, best mean topic
/// B-cubed F1 on that half's stream) and the held-out half is clustered with them. The rules have nothing to train, so
/// tuning on the training half's own stream is their fair counterpart of the model's training and selection; without
/// it the rules' figure on held-out streams is in-sample (their thresholds were tuned on every dev topic).
/// </summary>
public static class RuleCrossValidation
{
    public static readonly double[] JoinThresholds = [0.12, 0.15, 0.18, 0.22];
    public static readonly double[] DominantJoinThresholds = [0.06, 0.08, 0.11];
    public static readonly double[] MergeCentroidThresholds = [0.28, 0.36];
    /// <summary>
    /// <see cref="StoryAssignerOptions.MinContentShare"/> values tried (default: the shipped value only). The environment
    /// variable RECOUPE_CLUSTERING_CONTENT_SHARES ("0,0.3") widens the grid, so that the rule is kept or dropped per
    /// training half by the same selection as the thresholds, never by its score on the held-out half.
    /// </summary>
    public static double[] MinContentShares(StoryAssignerOptions rules) =>
        Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_CONTENT_SHARES") is { Length: > 0 } list
            ? list.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
            : [rules.MinContentShare];

    public static HeldOutFigures Measure(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> partitions, IReadOnlyList<int> orders, StoryAssignerOptions options)
    {
        var runs = new List<HeldOutFigures>();
        foreach (var partition in partitions)
            foreach (var half in StoryJoinCrossValidation.Folds(gold.Select(g => g.Topic), 2, partition))
            {
                var train = gold.Where(g => !half.Contains(g.Topic)).ToList();
                var test = gold.Where(g => half.Contains(g.Topic)).ToList();
                var tuned = Tune(train, StoryJoinCrossValidation.SelectionOrders, options with { JoinModel = null });
                var run = StoryJoinCrossValidation.Score(test, orders, tuned);
                runs.Add(run);
                // Which run is the worst (partition, held-out topics) and with what settings: on stderr, for diagnosis.
                Console.Error.WriteLine(System.FormattableString.Invariant(
                    $"cv_rules partition {partition} held-out [{string.Join(",", half.Order())}]: F1 {run.F1:F4} worst {run.MinF1:F4} P {run.Precision:F4} R {run.Recall:F4}; join {tuned.JoinThreshold} dominant {tuned.DominantJoinThreshold} merge {tuned.MergeCentroidThreshold} content {tuned.MinContentShare}"));
            }
        // Each half's figures weigh alike (same number of orders each): the mean of means, the worst of worsts.
        return new HeldOutFigures(runs.Average(r => r.F1), runs.Min(r => r.MinF1), runs.Average(r => r.Precision), runs.Average(r => r.Recall));
    }

    /// <summary>The grid point of best mean topic F1 on <paramref name="gold"/>'s own stream (ties: first in grid order).</summary>
    public static StoryAssignerOptions Tune(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> orders, StoryAssignerOptions rules)
    {
        StoryAssignerOptions? best = null;
        double bestF1 = double.NegativeInfinity;
        foreach (var join in JoinThresholds)
            foreach (var dominant in DominantJoinThresholds)
                foreach (var merge in MergeCentroidThresholds)
                foreach (var content in MinContentShares(rules))
                {
                    var candidate = rules with { JoinThreshold = join, DominantJoinThreshold = dominant, MergeCentroidThreshold = merge, MinContentShare = content };
                    double f1 = StoryJoinCrossValidation.Score(gold, orders, candidate).F1;
                    if (f1 > bestF1) (best, bestF1) = (candidate, f1);
                }
        return best!;
    }
}
