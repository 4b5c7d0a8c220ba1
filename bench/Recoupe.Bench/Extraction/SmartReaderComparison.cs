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
/// time of the measuring thread (the figure that holds on a shared machine). Pages are decoded before timing so
/// both get the same string; Recoupe is timed on its full Extract (decoding included), which favours SmartReader.
/// </summary>
public static class SmartReaderComparison
{
    public static int Run(string folder, int? limit)
    {
        var pages = TrafilaturaEvalData.Load(folder);
        if (limit is { } n) pages = pages.Take(n).ToList();
        var inputs = pages.Select(p => (Page: p, Bytes: TrafilaturaEvalData.ReadPage(folder, p))).ToList();
        var extractor = RecoupePipeline.Default.Extractor;

        // Warm-up: one full round, so both sides run JIT-optimised code (tiered compilation) and filled static tables in the timing.
        foreach (var (page, bytes) in inputs)
        {
            extractor.Extract(new RawDocument(page.Url, bytes, InputKind.Html));
            SmartRead(page.Url, TextDecoder.Decode(bytes));
        }

        var ours = new SnippetCounts();
        var clock = Stopwatch.StartNew();
        double cpu0 = ThreadCpu.Seconds();
        foreach (var (page, bytes) in inputs)
        {
            var r = extractor.Extract(new RawDocument(page.Url, bytes, InputKind.Html));
            ours.Add(r.Success ? r.Value!.Text : null, page);
        }
        double oursSeconds = clock.Elapsed.TotalSeconds, oursCpu = ThreadCpu.Seconds() - cpu0;

        var theirs = new SnippetCounts();
        var decoded = inputs.Select(i => TextDecoder.Decode(i.Bytes)).ToList();
        clock.Restart();
        cpu0 = ThreadCpu.Seconds();
        for (int i = 0; i < inputs.Count; i++) theirs.Add(SmartRead(inputs[i].Page.Url, decoded[i]), inputs[i].Page);
        double theirSeconds = clock.Elapsed.TotalSeconds, theirCpu = ThreadCpu.Seconds() - cpu0;

        Print("recoupe", ours, inputs.Count / oursSeconds, inputs.Count / oursCpu);
        Print("smartreader", theirs, inputs.Count / theirSeconds, inputs.Count / theirCpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed ratio (recoupe / smartreader) on {inputs.Count} pages: {theirCpu / oursCpu:0.00}x in thread CPU time, {theirSeconds / oursSeconds:0.00}x in wall-clock time"));
        return 0;
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
