using Recoupe.Evaluation;
using Recoupe.Evaluation.Clustering;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Stories;

/// <summary>
/// Quality floors on RPM2 (240 French articles, 12 topics × 2 clusters a month apart), five shuffled orders.
/// Measured: see the figures in bench/Recoupe.Bench/Stream/README.md; floors sit slightly below.
/// </summary>
public class ClusteringQualityFloorTests
{
    private static readonly Lazy<EvalReport> Report = new(() =>
        new ClusteringEvalSuite().Run(TestPaths.Eval("mds-fr-rpm2"), RecoupePipeline.Default, new EvalOptions()));

    [Fact]
    public void TopicLevelBCubedF1StaysAboveFloor() => Assert.True(Report.Value["topic_bcubed_f1"] >= 0.92, $"topic F1 {Report.Value["topic_bcubed_f1"]:F4}");

    [Fact]
    public void TopicLevelPrecisionStaysAboveFloor() => Assert.True(Report.Value["topic_bcubed_precision"] >= 0.95, $"topic P {Report.Value["topic_bcubed_precision"]:F4}");

    [Fact]
    public void ClusterLevelFiguresAreReported() => Assert.InRange(Report.Value["cluster_bcubed_f1"], 0.5, 1.0);

    [Fact]
    public void ShuffledOrdersGiveStableResults()
    {
        // The worst of five arrival orders stays close to the mean.
        Assert.True(Report.Value["topic_bcubed_f1"] - Report.Value["topic_bcubed_f1_min"] <= 0.04,
            $"mean {Report.Value["topic_bcubed_f1"]:F4}, worst {Report.Value["topic_bcubed_f1_min"]:F4}");
    }
}
