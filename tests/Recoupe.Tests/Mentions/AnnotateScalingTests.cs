using System.Diagnostics;
using System.Text;
using Recoupe.Model;
using Recoupe.Pipeline;
using Xunit.Abstractions;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// The annotate pass (sentences, entities, quotes, times) grows linearly with the text. Throughput itself is measured
/// by the bench (`Recoupe.Bench annotate`), not here: a unit test on a shared runner can only catch a change of
/// complexity, so this compares one long text with the same work done as many short ones, on the same machine.
/// </summary>
public sealed class AnnotateScalingTests(ITestOutputHelper output)
{
    private const int Copies = 24;

    [Fact]
    public void A_text_of_many_articles_costs_about_as_much_as_the_articles_one_by_one()
    {
        var pipeline = RecoupePipeline.Default;
        var texts = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order()
            .Select(f => pipeline.Clean(new RawDocument(f, File.ReadAllBytes(f), InputKind.Text)).GetValueOrThrow().Text)
            .ToList();
        var joined = new StringBuilder();
        for (int i = 0; i < Copies; i++)
            foreach (var t in texts) joined.Append(t).Append("\n\n");
        var longText = joined.ToString();

        double OneByOne()
        {
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < Copies; i++)
                foreach (var t in texts) pipeline.Annotate(t, "fr", null);
            return clock.Elapsed.TotalSeconds;
        }
        double AllAtOnce()
        {
            var clock = Stopwatch.StartNew();
            var annotations = pipeline.Annotate(longText, "fr", null);
            Assert.NotEmpty(annotations.Entities);
            return clock.Elapsed.TotalSeconds;
        }

        OneByOne(); AllAtOnce(); // warm-up: JIT and static tables
        double shortTime = Math.Min(OneByOne(), OneByOne());
        double longTime = Math.Min(AllAtOnce(), AllAtOnce());
        output.WriteLine($"one by one {shortTime:0.000}s, as one text {longTime:0.000}s");
        // Linear is 1x (a little more: document-level passes such as consistency and coreference see more names);
        // a quadratic step would be ~24x. 6x leaves room for GC and a busy runner.
        Assert.True(longTime < Math.Max(shortTime, 0.02) * 6,
            $"{Copies * texts.Count} articles one by one {shortTime:0.000}s, as one text {longTime:0.000}s");
    }
}
