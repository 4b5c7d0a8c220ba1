using System.Diagnostics;
using System.Globalization;
using Recoupe.Evaluation.Extraction;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Extraction;

/// <summary>
/// Recoupe's extractor and SmartReader (a C# port of Mozilla Readability) on the same pages, one after the other
/// on one thread: snippet F1 (trafilatura's counting) and pages per second, in wall-clock time and in CPU
/// time of the measuring thread (the figure that holds on a shared machine). SmartReader gets each page already
/// decoded to a string; Recoupe is timed on its full Extract from the raw bytes (decoding, pre-pass, parse,
/// strategies, metadata), which favours SmartReader. The inputs (RawDocument, whose constructor hashes the bytes
/// for idempotent ingest, and SmartReader's strings) are built before timing: neither side is charged for them.
/// A shared machine makes one timing swing by a third: the pages are timed in several rounds (each side over all
/// pages in turn) and the median round is reported, with the ratio of each round.
/// </summary>
public static class SmartReaderComparison
{
    /// <summary>The issue's goal: Recoupe at least this many times SmartReader's pages per CPU-second, at higher F1.</summary>
    private const double GoalRatio = 5.0;

    public static int Run(string folder, int? limit, int rounds = 3)
    {
        var pages = TrafilaturaEvalData.Load(folder);
        if (limit is { } n) pages = pages.Take(n).ToList();
        var inputs = pages.Select(p => (Page: p, Bytes: TrafilaturaEvalData.ReadPage(folder, p))).ToList();
        var documents = inputs.Select(i => new RawDocument(i.Page.Url, i.Bytes, InputKind.Html)).ToList();
        var decoded = inputs.Select(i => TextDecoder.Decode(i.Bytes)).ToList();
        var extractor = RecoupePipeline.Default.Extractor;

        // Warm-up: one full round, so both sides run JIT-optimised code (tiered compilation) and filled static tables in the timing.
        for (int i = 0; i < inputs.Count; i++)
        {
            extractor.Extract(documents[i]);
            SmartRead(inputs[i].Page.Url, decoded[i]);
        }

        var ours = new SnippetCounts();
        var theirs = new SnippetCounts();
        var runs = new List<(double OursCpu, double OursWall, double TheirCpu, double TheirWall)>();
        for (int round = 0; round < Math.Max(1, rounds); round++)
        {
            bool count = round == 0;
            var clock = Stopwatch.StartNew();
            double cpu0 = ThreadCpu.Seconds();
            for (int i = 0; i < inputs.Count; i++)
            {
                var r = extractor.Extract(documents[i]);
                if (count) ours.Add(r.Success ? r.Value!.Text : null, inputs[i].Page);
            }
            double oursWall = clock.Elapsed.TotalSeconds, oursCpu = ThreadCpu.Seconds() - cpu0;

            clock.Restart();
            cpu0 = ThreadCpu.Seconds();
            for (int i = 0; i < inputs.Count; i++)
            {
                var text = SmartRead(inputs[i].Page.Url, decoded[i]);
                if (count) theirs.Add(text, inputs[i].Page);
            }
            runs.Add((oursCpu, oursWall, ThreadCpu.Seconds() - cpu0, clock.Elapsed.TotalSeconds));
        }

        var ratios = runs.Select(r => r.TheirCpu / r.OursCpu).ToList();
        var median = runs[Median(ratios)];
        Print("recoupe", ours, inputs.Count / median.OursWall, inputs.Count / median.OursCpu);
        Print("smartreader", theirs, inputs.Count / median.TheirWall, inputs.Count / median.TheirCpu);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"rounds (thread CPU ratio each): {string.Join(", ", ratios.Select(x => x.ToString("0.00", c) + "x"))}"));
        double ratio = median.TheirCpu / median.OursCpu;
        var verdict = ratio >= GoalRatio && ours.F1 > theirs.F1 ? "met" : "not met";
        Console.WriteLine(string.Create(c,
            $"SPEED RATIO recoupe / smartreader on {inputs.Count} pages (median of {runs.Count} rounds): {ratio:0.00}x per thread CPU-second ({median.TheirWall / median.OursWall:0.00}x wall-clock); goal {GoalRatio:0.#}x at higher F1: {verdict}"));
        return 0;
    }

    private static int Median(List<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToList();
        return order[order.Count / 2];
    }

    private static string? SmartRead(string url, string html)
    {
        try
        {
            var article = new SmartReader.Reader(url, html).GetArticle();
            return article.IsReadable ? article.TextContent : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException or UriFormatException)
        {
            return null;
        }
    }

    private static void Print(string name, SnippetCounts c, double pagesPerSecond, double pagesPerCpuSecond) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} F1 {c.F1:0.0000}  P {c.Precision:0.0000}  R {c.Recall:0.0000}  pages/s {pagesPerSecond:0.0}  pages/cpu-s {pagesPerCpuSecond:0.0}"));
}
