using System.Globalization;
using Recoupe.Ingest;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Ingest;

/// <summary>
/// `bench ingest --only html --per-page N`: where an HTML page's analysis CPU goes, page by page. Every page is cleaned and
/// annotated on this thread twice (the first pass pays the JIT, the second is timed), with the thread's CPU clock around
/// cleaning and annotation separately; prints the distribution (median, 90th percentile, max, the share of the costliest
/// 10) and the N costliest pages with their size. Says whether a few giant pages or every page carry the cost.
/// </summary>
public static class PerPage
{
    public static void Run(string folder, int top)
    {
        var pipeline = RecoupePipeline.Default;
        var docs = InputCollector.Collect([folder]).OfType<InputDocument>().Select(d => d.Document).ToList();
        // --per-page with RECOUPE_BENCH_PAGE=NAME: clean that one page 200 times (for a profiler to see inside it), then the table.
        if (Environment.GetEnvironmentVariable("RECOUPE_BENCH_PAGE") is { Length: > 0 } only)
            foreach (var raw in docs.Where(d => Path.GetFileName(d.Input) == only))
                for (int i = 0; i < 200; i++) pipeline.Clean(raw);
        var rows = new List<(string Name, int Bytes, double Clean, double Annotate, int TextChars)>();
        for (int pass = 0; pass < 2; pass++)
        {
            rows.Clear();
            foreach (var raw in docs)
            {
                long t0 = Recoupe.Diagnostics.ThreadCpu.TicksOrWall();
                var cleaned = pipeline.Clean(raw);
                long t1 = Recoupe.Diagnostics.ThreadCpu.TicksOrWall();
                int chars = 0;
                if (cleaned.Value is { } article)
                {
                    pipeline.Analyze(article);
                    chars = article.Text.Length;
                }
                long t2 = Recoupe.Diagnostics.ThreadCpu.TicksOrWall();
                rows.Add((Path.GetFileName(raw.Input), raw.Bytes.Length, (t1 - t0) / 1e4, (t2 - t1) / 1e4, chars));
            }
        }
        var totals = rows.Select(r => r.Clean + r.Annotate).OrderBy(x => x).ToList();
        double sum = totals.Sum(), clean = rows.Sum(r => r.Clean), annotate = rows.Sum(r => r.Annotate);
        string F(double x) => x.ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"== per page, one thread, warm (second pass): {rows.Count} pages, clean {F(clean)} ms + annotate {F(annotate)} ms CPU "
            + $"= {F(sum / rows.Count)} ms a page; median {F(totals[totals.Count / 2])}, p90 {F(totals[totals.Count * 9 / 10])}, max {F(totals[^1])} ms; "
            + $"the costliest 10: {100 * totals.TakeLast(10).Sum() / sum:F0}% of the CPU");
        foreach (var r in rows.OrderByDescending(r => r.Clean + r.Annotate).Take(top))
            Console.WriteLine($"  {F(r.Clean + r.Annotate),7} ms (clean {F(r.Clean)}, annotate {F(r.Annotate)})  {r.Bytes / 1024,6} KB html, {r.TextChars,7} chars kept  {r.Name}");
    }
}
