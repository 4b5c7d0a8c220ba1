using Recoupe.Evaluation;
using Recoupe.Evaluation.Clustering;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Stories;

/// <summary>
/// Quality floors on RPM2 (240 French articles, 12 topics × 2 clusters a month apart), five shuffled orders.
/// Measured: see the figures in bench/Recoupe.Bench/Stream/README.md; floors sit slightly below. The worst order
/// depends on the entity stage too (names are features). With the minor-story merge (2026-11-25 evening): mean 0.981,
/// worst order 0.967, precision 0.989, cluster recall 0.972 (with the evening's organisation rules and taker ratio 4).
/// </summary>
public class ClusteringQualityFloorTests
{
    private static readonly Lazy<EvalReport> Report = new(() =>
        new ClusteringEvalSuite().Run(TestPaths.Eval("mds-fr-rpm2"), RecoupePipeline.Default, new EvalOptions()));

    [Fact]
    public void TopicLevelBCubedF1StaysAboveFloor() => Assert.True(Report.Value["topic_bcubed_f1"] >= 0.978, $"topic F1 {Report.Value["topic_bcubed_f1"]:F4}");

    [Fact]
    public void TopicLevelPrecisionStaysAboveFloor() => Assert.True(Report.Value["topic_bcubed_precision"] >= 0.985, $"topic P {Report.Value["topic_bcubed_precision"]:F4}");

    [Fact]
    public void WorstOrderStaysAboveFloor() => Assert.True(Report.Value["topic_bcubed_f1_min"] >= 0.96, $"worst {Report.Value["topic_bcubed_f1_min"]:F4}");

    [Fact]
    public void HeldOutTopicFiguresAreReportedAndClose()
    {
        // Nested CV over topic halves (join model, with the confusable streams): measured 0.980 mean, in-sample on the same
        // streams 0.978 (gap -0.002); the rules re-tuned per half 0.982 (2026-12-07).
        Assert.True(Report.Value["cv_topic_bcubed_f1"] >= 0.95, $"cv topic F1 {Report.Value["cv_topic_bcubed_f1"]:F4}");
        Assert.True(Report.Value["cv_gap"] <= 0.03, $"cv gap {Report.Value["cv_gap"]:F4}");
        Assert.True(Report.Value["cv_rules_topic_bcubed_f1"] >= 0.975, $"cv rules F1 {Report.Value["cv_rules_topic_bcubed_f1"]:F4}");
    }

    [Fact]
    public void ConfusableStreamIsReportedAndNoWorse()
    {
        // Topic pairs, one told with the other's names (ConfusableTopics): the shipped rules fuse many (measured 0.773,
        // P 0.639, R 0.982 on 2026-12-07). A floor below it, so that a change that fuses even more fails.
        Assert.True(Report.Value["confusable_topic_bcubed_f1"] >= 0.75, $"confusable F1 {Report.Value["confusable_topic_bcubed_f1"]:F4}");
        Assert.True(Report.Value["confusable_topic_bcubed_recall"] >= 0.95, $"confusable R {Report.Value["confusable_topic_bcubed_recall"]:F4}");
    }

    [Fact]
    public void ClusterLevelFiguresAreReported()
    {
        // Stories follow a topic across the month between RPM2's clusters, so cluster precision is about half
        // and cluster recall high; a sharp drop in recall would mean stories fall apart.
        Assert.True(Report.Value["cluster_bcubed_recall"] >= 0.97, $"cluster R {Report.Value["cluster_bcubed_recall"]:F4}");
        Assert.InRange(Report.Value["cluster_bcubed_f1"], 0.5, 1.0);
    }

    [Fact]
    public void ShuffledOrdersGiveStableResults()
    {
        // The worst of five arrival orders stays close to the mean.
        Assert.True(Report.Value["topic_bcubed_f1"] - Report.Value["topic_bcubed_f1_min"] <= 0.03,
            $"mean {Report.Value["topic_bcubed_f1"]:F4}, worst {Report.Value["topic_bcubed_f1_min"]:F4}");
    }
}
