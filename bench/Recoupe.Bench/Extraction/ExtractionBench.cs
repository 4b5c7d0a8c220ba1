using System.Diagnostics;
using System.Globalization;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Extraction;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Extraction;

/// <summary>
/// `extraction eval [NAME] [--limit N] [--details FILE]`: runs an eval suite (extraction, seeds-cleaning) and prints its figures.
/// `extraction compare [--limit N]`: Recoupe vs SmartReader on the same trafilatura pages, one thread: F1 and pages/second.
/// `extraction show FILE [html|text]`: prints what the extractor makes of one file (debugging).
/// </summary>
public static class ExtractionBench
{
    public static int Run(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "compare";
        int? limit = null;
        string? details = null;
        for (int i = 1; i < args.Length - 1; i++)
        {
            if (args[i] == "--limit") limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--details") details = args[i + 1];
        }
        string EvalRoot() => EvalSuites.SharedEvalFolder() ?? throw new InvalidOperationException("shared/eval not found: set RECOUPE_EVAL_DATA");
        switch (mode)
        {
            case "eval":
                var name = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "extraction";
                var suite = EvalSuites.Find(name) ?? throw new ArgumentException("no suite " + name);
                using (var writer = details is null ? null : new StreamWriter(details))
                {
                    var report = suite.Run(Path.Combine(EvalRoot(), suite.DefaultDataFolder), RecoupePipeline.Default, new EvalOptions(limit, writer));
                    foreach (var (k, v) in report.Metrics) Console.WriteLine($"{k,-24} {v.ToString("0.####", CultureInfo.InvariantCulture)}");
                    foreach (var n in report.Notes) Console.WriteLine(n);
                }
                return 0;
            case "compare":
                return SmartReaderComparison.Run(Path.Combine(EvalRoot(), "extraction-trafilatura"), limit);
            case "profile":
                return ParseProfile(Path.Combine(EvalRoot(), "extraction-trafilatura"), limit);
            case "show":
                var file = args[1];
                var kind = args.Length > 2 && args[2] == "text" ? InputKind.Text : file.EndsWith(".txt", StringComparison.Ordinal) ? InputKind.Text : InputKind.Html;
                byte[] bytes = file.EndsWith(".gz", StringComparison.Ordinal)
                    ? ReadGz(file) : File.ReadAllBytes(file);
                var sw = Stopwatch.StartNew();
                var result = RecoupePipeline.Default.Extractor.Extract(new RawDocument(file, bytes, kind));
                sw.Stop();
                if (!result.Success) { Console.WriteLine("FAILED: " + result.Error); return 1; }
                var a = result.Value!;
                Console.WriteLine($"title={a.Title}\npublished={a.Published}\nauthor={a.Author}\noutlet={a.Outlet}\nlang={a.Language}\ncanonical={a.CanonicalUrl}\ntime={sw.ElapsedMilliseconds} ms");
                foreach (var r in a.Removed) Console.WriteLine($"  - [{r.Reason}] {Cut(r.Text, 110)}");
                foreach (var p in a.ParagraphTexts()) Console.WriteLine($"  + {Cut(p, 110)}");
                return 0;
            default:
                Console.Error.WriteLine("usage: extraction eval|compare|show");
                return 2;
        }
    }

    /// <summary>Where the time goes: decoding, AngleSharp parsing alone, and the whole extraction, on the same pages.</summary>
    private static int ParseProfile(string folder, int? limit)
    {
        var pages = TrafilaturaEvalData.Load(folder);
        if (limit is { } n) pages = pages.Take(n).ToList();
        var bytes = pages.Select(p => TrafilaturaEvalData.ReadPage(folder, p)).ToList();
        var clock = Stopwatch.StartNew();
        var texts = bytes.Select(b => Recoupe.Ingest.TextDecoder.Decode(b)).ToList();
        double decode = clock.Elapsed.TotalSeconds;
        var parser = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = false });
        clock.Restart();
        foreach (var t in texts) parser.ParseDocument(t).Dispose();
        double parse = clock.Elapsed.TotalSeconds;
        var extractor = RecoupePipeline.Default.Extractor;
        clock.Restart();
        for (int i = 0; i < pages.Count; i++) extractor.Extract(new RawDocument(pages[i].Url, bytes[i], InputKind.Html));
        double all = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pages {pages.Count}: decode {decode:0.00}s, AngleSharp parse {parse:0.00}s, full extraction {all:0.00}s ({pages.Count / all:0.0} pages/s)"));
        return 0;
    }

    private static byte[] ReadGz(string file)
    {
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}
