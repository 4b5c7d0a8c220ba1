using System.Diagnostics;
using System.Globalization;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Extraction;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Extraction;

/// <summary>
/// `extraction eval [NAME] [--limit N] [--details FILE]`: runs an eval suite (extraction, seeds-cleaning) and prints its figures.
/// `extraction compare [--limit N] [--rounds R]`: Recoupe vs SmartReader on the same trafilatura pages, one thread: F1, pages/second and
/// the speed ratio (median of R rounds, 3 by default).
/// `extraction profile [--limit N]`: CPU seconds per stage of the HTML path, SmartReader alongside.
/// `extraction spin [--limit N] [--rounds R]`: full extraction of the pages R times over, nothing else (to run under a profiler).
/// `extraction prepass FILE`: the markup the pre-pass leaves for the parser (debugging).
/// `extraction show FILE [html|text]`: prints what the extractor makes of one file (debugging).
/// </summary>
public static class ExtractionBench
{
    public static int Run(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "compare";
        int? limit = null;
        int? rounds = null;
        string? details = null;
        for (int i = 1; i < args.Length - 1; i++)
        {
            if (args[i] == "--limit") limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            if (args[i] == "--details") details = args[i + 1];
            if (args[i] == "--rounds") rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
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
                return SmartReaderComparison.Run(Path.Combine(EvalRoot(), "extraction-trafilatura"), limit, rounds ?? 3);
            case "spin":
                return StageProfile.Spin(Path.Combine(EvalRoot(), "extraction-trafilatura"), limit, rounds ?? 10);
            case "profile":
                return StageProfile.Run(Path.Combine(EvalRoot(), "extraction-trafilatura"), limit);
            case "prepass":
                var raw = args[1].EndsWith(".gz", StringComparison.Ordinal) ? ReadGz(args[1]) : File.ReadAllBytes(args[1]);
                Console.Write(Recoupe.Cleaning.Html.HtmlPrepass.Run(Recoupe.Ingest.TextDecoder.Decode(raw)).Html);
                return 0;
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

    private static byte[] ReadGz(string file)
    {
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..n] + "…";
}
