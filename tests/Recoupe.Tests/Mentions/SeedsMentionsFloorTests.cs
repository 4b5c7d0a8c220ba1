using Recoupe.Evaluation;
using Recoupe.Pipeline;
using Xunit.Abstractions;

namespace Recoupe.Tests.Mentions;

/// <summary>Quality floor on the seed articles: variants merged, quotations found with the right speaker.</summary>
public class SeedsMentionsFloorTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_entities_are_merged_and_quotes_have_their_speakers()
    {
        var details = new StringWriter();
        var report = EvalSuites.Find("seeds-mentions")!.Run(TestPaths.Eval("seeds-gold"), RecoupePipeline.Default, new EvalOptions(Details: details));
        foreach (var (k, v) in report.Metrics.OrderBy(kv => kv.Key)) output.WriteLine($"{k} = {v:0.###}");
        output.WriteLine(details.ToString());
        // Measured: 22/22 gold entities with every name variant merged, none conflated; 18/18 speakers right.
        Assert.Equal(report["entities"], report["entities.merged"]);
        Assert.Equal(0, report["entities.conflated"]);
        Assert.True(report["quotes.found"] >= 17, details.ToString());
        Assert.True(report["quotes.speaker.right"] >= 17, details.ToString());
    }
}
