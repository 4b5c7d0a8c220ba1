using System.Diagnostics;
using System.Globalization;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Bench.Pipeline;

/// <summary>
/// `bench pipeline [--rounds N] [--input PATH]`: single-threaded throughput of each pass over real
/// articles (the seeds by default): cleaning, the annotate pass (sentences, entities, quotes, times),
/// and the whole ingest into a fresh SQLite store (dedup, stories, briefs, transactions).
/// </summary>
public static class PipelineBench
{
    public static int Run(string[] args)
    {
        int rounds = IntOption(args, "--rounds", 200);
        var input = StringOption(args, "--input") ?? FindSeeds();
        var raws = InputCollector.Collect([input]).OfType<InputDocument>().Select(d => d.Document).ToList();
        if (raws.Count == 0) { Console.Error.WriteLine($"no inputs in {input}"); return 1; }
        var pipeline = RecoupePipeline.Default;

        // Warm-up: JIT, static gazetteers, stemmers.
        var articles = raws.Select(r => pipeline.Clean(r).GetValueOrThrow()).ToList();
        foreach (var a in articles) pipeline.Analyze(a);

        Console.WriteLine($"inputs: {raws.Count} from {input}, {rounds} rounds, one thread");
        Report("clean", rounds * raws.Count, () => { for (int i = 0; i < rounds; i++) foreach (var r in raws) pipeline.Clean(r); });
        Report("annotate", rounds * articles.Count, () => { for (int i = 0; i < rounds; i++) foreach (var a in articles) pipeline.Annotate(a.Text, a.Language, a.Published); });

        if (Directory.Exists(input))
            foreach (var (stage, perSecond) in Annotate.LanguageAndTimeBench.Run(input, rounds))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {stage,-38} {perSecond,10:0.0} articles/s"));

        // The whole ingest: each round's copies differ by one byte so none is "already stored".
        int ingestRounds = Math.Max(1, rounds / 10);
        var dir = Directory.CreateTempSubdirectory("recoupe-bench-").FullName;
        try
        {
            using var store = new SqliteStore(Path.Combine(dir, "bench.db"));
            var engine = new RecoupeEngine(pipeline, store);
            var items = Enumerable.Range(0, ingestRounds).SelectMany(i => raws.Select(r =>
                (InputItem)new InputDocument(new RawDocument($"{r.Input}#{i}", [.. r.Bytes, .. System.Text.Encoding.UTF8.GetBytes($"\n{i}")], r.Kind, r.Hints)))).ToList();
            Report("ingest (store, dedup, stories, briefs)", items.Count, () => engine.IngestAll(items));
            Console.WriteLine($"  stories: {store.Counts().Stories}, articles: {store.Counts().Articles}");
        }
        finally { Directory.Delete(dir, true); }
        return 0;
    }

    private static void Report(string name, int count, Action work)
    {
        var sw = Stopwatch.StartNew();
        work();
        sw.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-40} {count / sw.Elapsed.TotalSeconds,10:0.0} articles/s  ({sw.Elapsed.TotalMilliseconds / count:0.000} ms each, {count} articles)"));
    }

    private static string FindSeeds()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Recoupe.slnx"))) return Path.Combine(d.FullName, "samples", "seeds");
        return "samples/seeds";
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }

    private static string? StringOption(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
