using System.Diagnostics;
using Recoupe.Model;
using Recoupe.Pipeline;
using Xunit.Abstractions;

namespace Recoupe.Tests.Mentions;

[CollectionDefinition("mention-speed", DisableParallelization = true)]
public sealed class MentionSpeedCollection;

/// <summary>
/// The annotate pass (sentences, entities, quotes, times) on the seed articles, in articles per CPU-second of this
/// process (CPU time, not wall time, because the test machine is shared). Measured 2,400-3,700/s in Release after a long warm-up (1,100-1,300/s in this short test) and
/// the floor only catches an order-of-magnitude regression (a quadratic step), not noise.
/// </summary>
[Collection("mention-speed")]
public class MentionSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Annotate_pass_is_fast_on_seed_sized_articles()
    {
        var pipeline = RecoupePipeline.Default;
        var texts = Directory.GetFiles(TestPaths.Seeds, "*.txt").Order()
            .Select(f => pipeline.Clean(new RawDocument(f, File.ReadAllBytes(f), InputKind.Text)).GetValueOrThrow().Text).ToList();
        // Warm-up until the tiered JIT has optimised the hot code: a few CPU-seconds (bounded in wall time).
        var process = Process.GetCurrentProcess();
        var warmStart = process.TotalProcessorTime;
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(20))
        {
            foreach (var t in texts) pipeline.Annotate(t, "fr", null);
            process.Refresh();
            if ((process.TotalProcessorTime - warmStart).TotalSeconds > 2.5) break;
        }
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        int n = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
            foreach (var t in texts) { pipeline.Annotate(t, "fr", null); n++; }
        process.Refresh();
        var rate = n / Math.Max(1e-3, (process.TotalProcessorTime - cpu).TotalSeconds);
        output.WriteLine($"annotate: {rate:0} articles per CPU-second ({n} articles)");
        Assert.True(rate >= 300, $"annotate pass: {rate:0} articles per CPU-second");
    }
}
