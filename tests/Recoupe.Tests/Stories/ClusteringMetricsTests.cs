using Recoupe.Evaluation.Clustering;

namespace Recoupe.Tests.Stories;

public class ClusteringMetricsTests
{
    [Fact]
    public void PerfectClusteringScoresOne()
    {
        var b = ClusteringMetrics.BCubed(new[] { 1, 1, 2, 2 }, new[] { "a", "a", "b", "b" });
        Assert.Equal(1, b.F1, 6);
        Assert.Equal(1, ClusteringMetrics.AdjustedRandIndex(new[] { 1, 1, 2, 2 }, new[] { "a", "a", "b", "b" }), 6);
    }

    [Fact]
    public void OneBigClusterHasFullRecallAndLowPrecision()
    {
        var b = ClusteringMetrics.BCubed(new[] { 1, 1, 1, 1 }, new[] { "a", "a", "b", "b" });
        Assert.Equal(1, b.Recall, 6);
        Assert.Equal(0.5, b.Precision, 6);
        Assert.Equal(0, ClusteringMetrics.AdjustedRandIndex(new[] { 1, 1, 1, 1 }, new[] { "a", "a", "b", "b" }), 6);
    }

    [Fact]
    public void SingletonsHaveFullPrecisionAndLowRecall()
    {
        var b = ClusteringMetrics.BCubed(new[] { 1, 2, 3, 4 }, new[] { "a", "a", "b", "b" });
        Assert.Equal(1, b.Precision, 6);
        Assert.Equal(0.5, b.Recall, 6);
    }
}
