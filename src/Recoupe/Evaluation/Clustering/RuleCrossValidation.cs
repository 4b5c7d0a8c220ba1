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

    /// <param name="confusable">
    /// Builds a training half's confusable stream (<see cref="ConfusableTopics.Stream"/>, from that half's topics only);
    /// when given, a grid point is scored on it as well as on the half's own stream (<see cref="Tune"/>).
    /// </param>
    public static HeldOutFigures Measure(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> partitions, IReadOnlyList<int> orders, StoryAssignerOptions options,
        GridTies ties = GridTies.First, Func<IReadOnlyList<GoldArticle>, IReadOnlyList<GoldArticle>>? confusable = null, double[]? shares = null)
    {
        var runs = new List<HeldOutFigures>();
        foreach (var partition in partitions)
            foreach (var half in StoryJoinCrossValidation.Folds(gold.Select(g => g.Topic), 2, partition))
            {
                var train = gold.Where(g => !half.Contains(g.Topic)).ToList();
                var test = gold.Where(g => half.Contains(g.Topic)).ToList();
                var tuned = Tune(train, StoryJoinCrossValidation.SelectionOrders, options with { JoinModel = null }, ties, confusable?.Invoke(train), shares);
                var run = StoryJoinCrossValidation.Score(test, orders, tuned);
                runs.Add(run);
                // Which run is the worst (partition, held-out topics) and with what settings: on stderr, for diagnosis.
                Console.Error.WriteLine(System.FormattableString.Invariant(
                    $"cv_rules partition {partition} held-out [{string.Join(",", half.Order())}]: F1 {run.F1:F4} worst {run.MinF1:F4} P {run.Precision:F4} R {run.Recall:F4}; join {tuned.JoinThreshold} dominant {tuned.DominantJoinThreshold} merge {tuned.MergeCentroidThreshold} content {tuned.MinContentShare} names {tuned.CommonNameDiscount}"));
            }
        // Each half's figures weigh alike (same number of orders each): the mean of means, the worst of worsts.
        return new HeldOutFigures(runs.Average(r => r.F1), runs.Min(r => r.MinF1), runs.Average(r => r.Precision), runs.Average(r => r.Recall));
    }

    /// <summary>
    /// The grid point of best mean topic F1 on <paramref name="gold"/>'s own stream; <paramref name="ties"/> says which of
    /// several points of that F1 (a training half is often clustered perfectly by many). With a
    /// <paramref name="confusable"/> stream (made from the same topics), a point's score is the mean of its F1 on both
    /// streams: the real stream rewards joining, the confusable one keeping apart events that share names.
    /// </summary>
    public static StoryAssignerOptions Tune(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> orders, StoryAssignerOptions rules, GridTies ties = GridTies.First,
        IReadOnlyList<GoldArticle>? confusable = null, double[]? contentShares = null)
    {
        var shares = contentShares ?? MinContentShares(rules);
        int nj = JoinThresholds.Length, nd = DominantJoinThresholds.Length, nm = MergeCentroidThresholds.Length, nc = shares.Length;
        var f1 = new double[nj, nd, nm, nc];
        var points = new List<(int J, int D, int M, int C)>();
        for (int j = 0; j < nj; j++)
            for (int d = 0; d < nd; d++)
                for (int m = 0; m < nm; m++)
                    for (int c = 0; c < nc; c++)
                    {
                        var point = At(rules, j, d, m, c, shares);
                        f1[j, d, m, c] = StoryJoinCrossValidation.Score(gold, orders, point).F1;
                        if (confusable is { Count: > 0 }) f1[j, d, m, c] = (f1[j, d, m, c] + StoryJoinCrossValidation.Score(confusable, orders, point).F1) / 2;
                        points.Add((j, d, m, c));
                    }
        double best = points.Max(p => f1[p.J, p.D, p.M, p.C]);
        double worst = points.Min(p => f1[p.J, p.D, p.M, p.C]);
        // Grid order runs from the most permissive point to the strictest (thresholds ascending).
        var tied = points.Where(p => f1[p.J, p.D, p.M, p.C] >= best - 1e-12).ToList();
        var chosen = ties switch
        {
            GridTies.Strictest => tied[^1],
            // The tied point whose grid neighbours (one step along any axis) score best on average: the middle of the
            // plateau, the point furthest from where the training half starts to fail; further ties: the first.
            GridTies.Plateau => tied.MaxBy(p => NeighbourMean(f1, p, worst)),
            _ => tied[0],
        };
        return At(rules, chosen.J, chosen.D, chosen.M, chosen.C, shares);
    }

    private static StoryAssignerOptions At(StoryAssignerOptions rules, int j, int d, int m, int c, double[] shares) =>
        rules with
        {
            JoinThreshold = JoinThresholds[j], DominantJoinThreshold = DominantJoinThresholds[d],
            MergeCentroidThreshold = MergeCentroidThresholds[m], MinContentShare = shares[c],
        };

    /// <summary>Mean F1 of the point's grid neighbours; a step off the grid counts as <paramref name="unknown"/> (the grid's worst).</summary>
    private static double NeighbourMean(double[,,,] f1, (int J, int D, int M, int C) p, double unknown)
    {
        double sum = 0;
        int n = 0;
        for (int axis = 0; axis < 4; axis++)
            foreach (int step in (ReadOnlySpan<int>)[-1, 1])
            {
                var q = p;
                switch (axis)
                {
                    case 0: q.J += step; break;
                    case 1: q.D += step; break;
                    case 2: q.M += step; break;
                    default: q.C += step; break;
                }
                if (q.J < 0 || q.D < 0 || q.M < 0 || q.C < 0 || q.J >= f1.GetLength(0) || q.D >= f1.GetLength(1)
                    || q.M >= f1.GetLength(2) || q.C >= f1.GetLength(3))
                {
                    if (f1.GetLength(axis) > 1) { sum += unknown; n++; } // an axis of one value has no neighbours
                    continue;
                }
                sum += f1[q.J, q.D, q.M, q.C];
                n++;
            }
        return n == 0 ? 0 : sum / n;
    }
}

/// <summary>Which of several grid points of the same training F1 <see cref="RuleCrossValidation.Tune"/> takes.</summary>
public enum GridTies
{
    /// <summary>The first in grid order: the most permissive thresholds.</summary>
    First,
    /// <summary>The middle of the plateau (best mean F1 of its grid neighbours).</summary>
    Plateau,
    /// <summary>The last in grid order: the strictest thresholds.</summary>
    Strictest,
}
