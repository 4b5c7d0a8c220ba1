using System.Diagnostics;
using System.Globalization;
using Recoupe.Dedup;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Clustering;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Stories;

namespace Recoupe.Bench.Stream;

/// <summary>
/// `stream bench --articles N`: streams N synthetic articles (<see cref="SyntheticStream"/>) through the
/// near-duplicate index and the story assigner as the engine would (FindCopyOf, Add, Decide, Commit), with
/// annotations computed beforehand in untimed batches. Reports throughput, p50/p99/max latency per
/// article, live heap at checkpoints (it must stay flat: windowing), peak working set, and B-cubed F1 of the
/// stories against the generated pseudo-topics and copy detection recall.
/// </summary>
public static class StreamBenchmark
{
    private const int Batch = 1_000;

    public static int Run(string data, Options options)
    {
        int total = options.Int("articles", 100_000);
        int seed = options.Int("seed", 7);
        double perDay = options.Double("per-day", 2_000);
        bool textOnly = options.Has("text-only");
        if (options.Has("one-core") && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())) Process.GetCurrentProcess().ProcessorAffinity = 1;

        var stream = new SyntheticStream(LoadBase(data), seed, perDay);
        var pipeline = RecoupePipeline.Default;
        var assigner = new OnlineStoryAssigner(options.AssignerOptions());
        var duplicates = new NearDuplicateIndex();
        var latencies = new float[total];
        var cpuLatencies = new float[total];
        int gcHits = 0;
        var alias = new Dictionary<long, long>();
        // Quality is scored on the first articles only (labels for 1M articles would dominate memory).
        int scored = Math.Min(total, options.Int("scored", 100_000));
        var storyOf = new long[scored];
        var topicOf = new int[scored];
        long nextStory = 1, copies = 0, copiesFound = 0, falseCopies = 0;
        double timedTicks = 0, dedupTicks = 0, decideTicks = 0;
        long allocated = 0;
        TimeSpan timedCpu = TimeSpan.Zero, threadCpu = TimeSpan.Zero, extractionCpu = TimeSpan.Zero;
        var checkpoints = new List<string>();
        Console.WriteLine($"streaming {total:N0} articles ({perDay:N0}/day), seed {seed}");

        for (int done = 0; done < total;)
        {
            int n = Math.Min(Batch, total - done);
            var batch = new (SyntheticArticle Source, AnalyzedArticle Analyzed)[n];
            for (int i = 0; i < n; i++)
            {
                var s = stream.Next();
                // --text-only: no sentence/entity analysis (the assigner then works from the text alone, as it
                // can): the analysis, not the assigner, takes most of a long run's time.
                batch[i] = (s, textOnly ? new AnalyzedArticle(s.Article, ArticleAnnotations.Empty) : pipeline.Analyze(s.Article));
            }
            if (options.Has("profile-extraction"))
            {
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var extractor = new Recoupe.Stories.Features.ProfileExtractor();
                for (int i = 0; i < n; i++) extractor.Extract(batch[i].Analyzed);
                extractionCpu += Process.GetCurrentProcess().TotalProcessorTime - cpu0;
            }
            var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
            var threadStart = ThreadCpu.Now();
            long allocatedStart = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < n; i++, done++)
            {
                var (source, analyzed) = batch[i];
                long id = done + 1;
                int gcBefore = GC.CollectionCount(0);
                var cpuBefore = ThreadCpu.Now();
                long start = Stopwatch.GetTimestamp();
                var copyOf = duplicates.FindCopyOf(analyzed.Article.Text, analyzed.Article.Language);
                duplicates.Add(id, analyzed.Article.Text, analyzed.Article.Language);
                long afterDedup = Stopwatch.GetTimestamp();
                dedupTicks += afterDedup - start;
                var decision = assigner.Decide(analyzed);
                decideTicks += Stopwatch.GetTimestamp() - afterDedup;
                long story = decision.StoryId is { } known ? Resolve(alias, known) : nextStory++;
                foreach (var m in decision.MergedStoryIds)
                    if (Resolve(alias, m) is var r && r != story) alias[r] = story;
                assigner.Commit(analyzed, story);
                long elapsed = Stopwatch.GetTimestamp() - start;
                timedTicks += elapsed;
                latencies[done] = (float)(elapsed * 1000.0 / Stopwatch.Frequency);
                cpuLatencies[done] = (float)(ThreadCpu.Now() - cpuBefore).TotalMilliseconds;
                if (GC.CollectionCount(0) != gcBefore) gcHits++;
                if (source.IsCopy) { copies++; if (copyOf is not null) copiesFound++; }
                else if (copyOf is not null) falseCopies++;
                if (done < scored) { storyOf[done] = story; topicOf[done] = source.Topic; }
            }
            threadCpu += ThreadCpu.Now() - threadStart;
            allocated += GC.GetAllocatedBytesForCurrentThread() - allocatedStart;
            timedCpu += Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
            if (done % 50_000 == 0 || done == total || done == 10_000)
            {
                long heap = GC.GetTotalMemory(forceFullCollection: true);
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"  {done,9:N0} articles: {done / (timedTicks / Stopwatch.Frequency),8:N0}/s, heap {heap / 1048576.0,7:N1} MiB, active stories {assigner.ActiveStories:N0}, vocabulary {assigner.Vocabulary:N0}, dedup {duplicates.Count:N0}");
                Console.WriteLine(line);
                checkpoints.Add(line);
            }
        }

        for (int i = 0; i < scored; i++) storyOf[i] = Resolve(alias, storyOf[i]);
        var bcubed = ClusteringMetrics.BCubed(storyOf, topicOf);
        Array.Sort(latencies);
        Array.Sort(cpuLatencies);
        double seconds = timedTicks / Stopwatch.Frequency;
        var extraction = options.Has("profile-extraction")
            ? string.Create(CultureInfo.InvariantCulture, $"; feature extraction alone {total / extractionCpu.TotalSeconds:N0}/CPU-s")
            : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            articles/s         {total / seconds:N0}  (assigner + dedup, {seconds:N1} s timed, one thread; dedup {dedupTicks / timedTicks:P0}, decide {decideTicks / timedTicks:P0}, commit the rest)
            articles/CPU-s     {total / timedCpu.TotalSeconds:N0}  (the same loop by process CPU time, robust to a busy machine; GC and JIT threads included){extraction}
            articles/thread-CPU-s {(threadCpu > TimeSpan.Zero ? (total / threadCpu.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "n/a")}  (the same loop by the assigning thread's own CPU time)
            latency ms         p50 {Percentile(latencies, 0.50):F3}  p99 {Percentile(latencies, 0.99):F3}  p99.9 {Percentile(latencies, 0.999):F3}  max {latencies[^1]:F1}
            thread CPU ms      p50 {Percentile(cpuLatencies, 0.50):F3}  p99 {Percentile(cpuLatencies, 0.99):F3}  p99.9 {Percentile(cpuLatencies, 0.999):F3}  max {cpuLatencies[^1]:F1}  (per article; {gcHits:N0} articles had a GC inside)
            allocated          {allocated / (double)total / 1024:N1} KiB per article (assigning thread, timed loop: what feeds the collections)
            GC                 {GC.CollectionCount(0):N0} gen0, {GC.CollectionCount(1):N0} gen1, {GC.CollectionCount(2):N0} gen2 collections; {GC.GetTotalPauseDuration().TotalSeconds:N2} s paused in all (generation included)
            peak working set   {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB (includes the generator)
            stories B-cubed    P {bcubed.Precision:F4}  R {bcubed.Recall:F4}  F1 {bcubed.F1:F4}  (first {scored:N0} articles vs pseudo-topics)
            copies found       {copiesFound:N0} / {copies:N0} generated copies; {falseCopies:N0} other articles flagged (they reuse paragraphs of one real article, as generated)
            """));
        return 0;
    }

    private static double Percentile(float[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];

    private static long Resolve(Dictionary<long, long> alias, long id)
    {
        while (alias.TryGetValue(id, out var next)) id = next;
        return id;
    }

    /// <summary>RPM2 articles (topic = TNN) and the seeds (one topic), cut into paragraphs.</summary>
    internal static List<BaseArticle> LoadBase(string data)
    {
        var result = new List<BaseArticle>();
        var documents = Path.Combine(data, "documents");
        foreach (var path in Directory.EnumerateFiles(Directory.Exists(documents) ? documents : data, "T*.txt").Order(StringComparer.Ordinal))
        {
            var lines = Lines(path);
            if (lines.Length > 1) result.Add(new BaseArticle(Path.GetFileName(path)[..3], lines[0], lines[1..]));
        }
        var seeds = Path.Combine(FindRepo(), "samples", "seeds");
        foreach (var path in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var lines = Lines(path).Where(l => l.Length > 80).ToArray();
            if (lines.Length > 1) result.Add(new BaseArticle("seeds", lines[0], lines[1..]));
        }
        return result;
    }

    private static string[] Lines(string path) =>
        TextDecoder.Decode(File.ReadAllBytes(path)).TrimStart('\uFEFF').Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    internal static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Recoupe.slnx"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
