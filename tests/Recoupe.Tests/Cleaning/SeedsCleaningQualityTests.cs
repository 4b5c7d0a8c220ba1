using Recoupe.Evaluation;
using Recoupe.Evaluation.Extraction;
using Recoupe.Pipeline;
using Xunit.Abstractions;

namespace Recoupe.Tests.Cleaning;

/// <summary>Quality floor on the annotated seeds: every boilerplate line gone, nothing to keep lost, titles and dates right.</summary>
public sealed class SeedsCleaningQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Seeds_are_cleaned_completely()
    {
        var details = new StringWriter();
        var report = new SeedsCleaningSuite().Run(TestPaths.Eval("seeds-gold"), RecoupePipeline.Default, new EvalOptions(Details: details));
        output.WriteLine(details.ToString());
        foreach (var (k, v) in report.Metrics) output.WriteLine($"{k} = {v:0.###}");

        Assert.Equal(1.0, report["boilerplate_removed"]);
        Assert.Equal(1.0, report["must_keep_kept"]);
        Assert.Equal(1.0, report["titles_right"]);
        Assert.Equal(1.0, report["dates_right"]);
    }
}
