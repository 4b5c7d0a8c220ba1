using Recoupe.Evaluation;
using Recoupe.Evaluation.Extraction;
using Recoupe.Pipeline;
using Xunit.Abstractions;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// Quality floor on trafilatura's evaluation pages. The first 300 pages keep the test fast (about 15 s on one
/// core); the floor sits just below what the extractor measured there (F1 0.932, precision 0.921, recall 0.944),
/// so a regression turns it red. The full 990-page figure comes from `Recoupe.Bench extraction eval`.
/// </summary>
public sealed class ExtractionQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Snippet_f1_on_first_300_pages_stays_above_floor()
    {
        var report = new ExtractionSuite().Run(TestPaths.Eval("extraction-trafilatura"), RecoupePipeline.Default, new EvalOptions(Limit: 300));
        foreach (var (k, v) in report.Metrics) output.WriteLine($"{k} = {v:0.####}");
        Assert.Equal(300, report["pages"]);
        Assert.True(report["f1"] >= 0.928, $"F1 {report["f1"]:0.####} fell below 0.928");
        Assert.True(report["precision"] >= 0.915, $"precision {report["precision"]:0.####} fell below 0.915");
        Assert.True(report["recall"] >= 0.938, $"recall {report["recall"]:0.####} fell below 0.938");
    }
}
