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

    /// <summary>
    /// The grid point of best mean topic F1 on <paramref name="gold"/>'s own stream; ties go to the better worst order,
    /// then to the point nearest the shipped thresholds (steps in the grid). Six topics are often clustered perfectly by
    /// many grid points, and "first in grid order" then meant the most permissive thresholds of the grid, a choice the
    /// training half never asked for (the bars only decide what the half could not tell apart).
    /// </summary>
    public static StoryAssignerOptions Tune(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> orders, StoryAssignerOptions rules)
    {
        StoryAssignerOptions? best = null;
        (double F1, double MinF1, int Distance) bestKey = (double.NegativeInfinity, double.NegativeInfinity, int.MaxValue);
        foreach (var join in JoinThresholds)
            foreach (var dominant in DominantJoinThresholds)
                foreach (var merge in MergeCentroidThresholds)
                foreach (var content in MinContentShares(rules))
                {
                    var candidate = rules with { JoinThreshold = join, DominantJoinThreshold = dominant, MergeCentroidThreshold = merge, MinContentShare = content };
                    var figures = StoryJoinCrossValidation.Score(gold, orders, candidate);
                    int distance = Steps(JoinThresholds, join, rules.JoinThreshold) + Steps(DominantJoinThresholds, dominant, rules.DominantJoinThreshold)
                        + Steps(MergeCentroidThresholds, merge, rules.MergeCentroidThreshold);
                    var key = (figures.F1, figures.MinF1, distance);
                    if (key.F1 > bestKey.F1 || key.F1 == bestKey.F1 && (key.MinF1 > bestKey.MinF1 || key.MinF1 == bestKey.MinF1 && key.distance < bestKey.Distance))
                        (best, bestKey) = (candidate, key);
                }
        return best!;
    }

    // Grid steps between two values (a value off the grid counts from the nearest grid point).
    private static int Steps(double[] grid, double value, double shipped) => Math.Abs(Nearest(grid, value) - Nearest(grid, shipped));

    private static int Nearest(double[] grid, double value)
    {
        int index = 0;
        for (int i = 1; i < grid.Length; i++)
            if (Math.Abs(grid[i] - value) < Math.Abs(grid[index] - value)) index = i;
        return index;
    }
}
