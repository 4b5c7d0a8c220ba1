using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Recoupe.Ingest;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Bench.Ingest;

/// <summary>
/// `bench ingest`: the whole job a user runs — `recoupe ingest` into a fresh SQLite store — on three inputs: RPM2's plain
/// text documents, trafilatura's HTML pages, and a synthetic JSON Lines stream (<see cref="SyntheticJsonLines"/>, ingested
/// as batches of 5,000 into one store, to show whether throughput stays flat as the store grows). Prints articles per
/// second of wall clock and per CPU-second (the machine is shared: wall time swings with the load, CPU time much less),
/// CPU share per stage (<see cref="IngestProfile"/>; "other" is JIT, GC and what no stage measures), peak memory, and the
/// cost of restoring the in-memory indexes when a new process ingests one file into the stream's store.
/// Options: --data DIR (default $RECOUPE_EVAL_DATA or ../shared/eval), --only text|html|stream, --html N (pages, default
/// all), --stream N (articles, default 20000), --days N (default 30), --batch N (articles per stream file, default 5000),
/// --threads N (analysis threads; default: the engine's), --place N (new articles per write transaction; default: the engine's;
/// `--threads 1 --place 1` is the one-article-at-a-time ingest of before the pipelining), --repeat N (the text and HTML cases N times
/// in one process, each into a fresh store: the runs after the first show the cost without the JIT), --write-stream DIR (only
/// write the stream's files into DIR and stop: to time the CLI on them), --per-page N (after the HTML case: each page's cleaning and
/// annotation CPU on one thread, warm, and the N costliest pages; see <see cref="PerPage"/>), --defer-briefs (the stream's briefs
/// left stale by a batch are rebuilt during the next one, the rest after the last: <see cref="EngineOptions.DeferBriefs"/>),
/// --keep-store FILE (copy the stream's store there at the end, to compare two builds' stores), --alloc (the types the stream
/// allocates most, from the runtime's allocation samples).
/// </summary>
public static class IngestBench
{
    public static int Run(string[] args)
    {
        string Opt(string name, string fallback)
        {
            int i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var data = Opt("data", Environment.GetEnvironmentVariable("RECOUPE_EVAL_DATA") ?? Path.Combine(StreamBenchmark_FindRepo(), "..", "shared", "eval"));
        var only = Opt("only", "");
        int html = int.Parse(Opt("html", "0"), CultureInfo.InvariantCulture);
        int streamCount = int.Parse(Opt("stream", "20000"), CultureInfo.InvariantCulture);
        int days = int.Parse(Opt("days", "30"), CultureInfo.InvariantCulture);
        int batch = int.Parse(Opt("batch", "5000"), CultureInfo.InvariantCulture);
        int threads = int.Parse(Opt("threads", "0"), CultureInfo.InvariantCulture);
        int place = int.Parse(Opt("place", "0"), CultureInfo.InvariantCulture);
        int repeat = Math.Max(1, int.Parse(Opt("repeat", "1"), CultureInfo.InvariantCulture));
        if (Opt("write-stream", "") is { Length: > 0 } streamOut)
        {
            // Only the stream's files, kept, for timing `recoupe ingest` itself on them (one process per file).
            foreach (var f in SyntheticJsonLines.Write(data, streamOut, streamCount, days, batch)) Console.WriteLine(f);
            return 0;
        }
        var options = new EngineOptions();
        if (threads > 0) options = options with { AnalysisThreads = threads };
        if (place > 0) options = options with { PlaceBatch = place };
        bool defer = args.Contains("--defer-briefs");
        var keep = Opt("keep-store", "");

        var work = Directory.CreateTempSubdirectory("recoupe-ingest-bench-");
        try
        {
            Console.WriteLine($"ingest bench: {Environment.ProcessorCount} cores, analysis threads {options.AnalysisThreads}, {options.PlaceBatch} articles per transaction, load average {LoadAverage()}");
            Console.WriteLine("(the first case also pays the JIT; 'other' = JIT, GC, waits not in a stage)");
            // Repeats go into fresh stores in the same process: the first pays the JIT, the next show the steady state.
            for (int r = 1; r <= repeat && only is "" or "text"; r++)
                Case($"text (RPM2 documents){(repeat > 1 ? $", run {r}" : "")}", [Path.Combine(data, "mds-fr-rpm2", "documents")], Path.Combine(work.FullName, $"text{r}.db"), options);
            if (only is "" or "html")
            {
                var pages = Unzip(Path.Combine(data, "extraction-trafilatura", "pages"), Path.Combine(work.FullName, "html"), html);
                for (int r = 1; r <= repeat; r++)
                    Case($"html (trafilatura, {pages} pages){(repeat > 1 ? $", run {r}" : "")}", [Path.Combine(work.FullName, "html")], Path.Combine(work.FullName, $"html{r}.db"), options);
                if (int.Parse(Opt("per-page", "0"), CultureInfo.InvariantCulture) is > 0 and var top)
                    PerPage.Run(Path.Combine(work.FullName, "html"), top);
            }
            if (only is "" or "stream")
            {
                var files = SyntheticJsonLines.Write(data, Path.Combine(work.FullName, "stream"), streamCount, days, batch);
                var db = Path.Combine(work.FullName, "stream.db");
                // --alloc: which types the whole stream allocates (the runtime's allocation samples, every ~100 KB).
                var sampler = args.Contains("--alloc") ? Annotate.AllocationSampler.Start() : null;
                Case($"stream (synthetic JSON Lines, {streamCount} articles over {days} days{(defer ? ", briefs deferred" : "")})", files, db,
                    options with { DeferBriefs = defer }, perFile: true);
                sampler?.Print("the stream");
                if (keep.Length > 0)
                {
                    // The store is closed by now; the WAL file, if any is left, goes with it.
                    File.Copy(db, keep, overwrite: true);
                    if (File.Exists(db + "-wal")) File.Copy(db + "-wal", keep + "-wal", overwrite: true);
                }
                // Without the snapshot first (the full replay of before), then with the one the stream's batches left.
                StartUp(db, Path.Combine(work.FullName, "one"), options with { IndexSnapshot = false }, "full replay", 1);
                StartUp(db, Path.Combine(work.FullName, "two"), options, "from the index snapshot", 2);
            }
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string StreamBenchmark_FindRepo() => Stream.StreamBenchmark.FindRepo();

    private static void Case(string name, IReadOnlyList<string> paths, string db, EngineOptions options, bool perFile = false)
    {
        var profile = new IngestProfile();
        using var store = new SqliteStore(db);
        var engine = new RecoupeEngine(RecoupePipeline.Default, store, options: options with { Profile = profile });
        ResetPeak();
        var alloc0 = GC.GetTotalAllocatedBytes();
        var pause0 = GC.GetTotalPauseDuration();
        int[] gcs0 = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var briefCache = (RecoupePipeline.Default.BriefBuilder as Recoupe.Briefs.BriefBuilder)?.Cache;
        long hits0 = briefCache?.Hits ?? 0, misses0 = briefCache?.Misses ?? 0;
        var cpu0 = ProcessCpu();
        var wall = Stopwatch.StartNew();
        int added = 0, rejected = 0, total = 0;
        var batches = new List<string>();
        foreach (var group in perFile ? paths.Select(p => (IReadOnlyList<string>)[p]) : [paths])
        {
            var bCpu = ProcessCpu();
            var bWall = wall.Elapsed;
            var report = engine.IngestAll(InputCollector.Collect(group));
            added += report.Added;
            rejected += report.Rejected;
            total += report.Outcomes.Count;
            if (perFile)
            {
                double w = (wall.Elapsed - bWall).TotalSeconds, c = ProcessCpu() - bCpu;
                batches.Add($"{report.Outcomes.Count / w:F0}/s wall, {report.Outcomes.Count / c:F0}/CPU-s");
            }
        }
        string drain = "";
        if (options.DeferBriefs)
        {
            // The final drain: what the last batches left stale (counted in the totals above it).
            var dCpu = ProcessCpu();
            var dWall = wall.Elapsed;
            int drained = engine.RefreshBriefs().Count;
            var (rebuilt, skipped, discarded) = engine.BackgroundBriefCounts;
            drain = $"  briefs deferred: {rebuilt} rebuilt during later batches ({skipped} skipped, touched again; {discarded} built and discarded), {drained} in the final drain "
                + $"({(wall.Elapsed - dWall).TotalSeconds:F1} s wall, {ProcessCpu() - dCpu:F1} CPU-s)";
        }
        double wallS = wall.Elapsed.TotalSeconds, cpuS = ProcessCpu() - cpu0;
        var counts = store.Counts();
        Console.WriteLine();
        Console.WriteLine($"== {name}");
        Console.WriteLine($"  inputs {total} (added {added}, rejected {rejected}); store: {counts.Articles} articles, {counts.Stories} stories");
        Console.WriteLine($"  wall {wallS:F1} s, CPU {cpuS:F1} s ({100 * cpuS / wallS:F0}% of wall): {total / wallS:F0} articles/s wall, {total / cpuS:F0} per CPU-second");
        if (perFile) Console.WriteLine($"  per batch: {string.Join("; ", batches)}");
        if (drain.Length > 0) Console.WriteLine(drain);
        Console.WriteLine($"  stages (share of process CPU): {Shares(profile, cpuS)}");
        Console.WriteLine($"  allocated by stage: {AllocatedShares(profile, GC.GetTotalAllocatedBytes() - alloc0)}");
        // Whether rebuilds re-read their stories' articles: each miss is one article's sentences read again.
        if (briefCache is not null)
            Console.WriteLine($"  briefs' article cache: {briefCache.Hits - hits0} articles reused, {briefCache.Misses - misses0} read (capacity {briefCache.Capacity})");
        Console.WriteLine($"  peak memory {PeakMb()} MB; allocated {(GC.GetTotalAllocatedBytes() - alloc0) / (1 << 20)} MB, "
            + $"GCs gen0/1/2 {GC.CollectionCount(0) - gcs0[0]}/{GC.CollectionCount(1) - gcs0[1]}/{GC.CollectionCount(2) - gcs0[2]}, "
            + $"GC pauses {(GC.GetTotalPauseDuration() - pause0).TotalSeconds:F2} s wall");
    }

    /// <summary>A new process's first ingest into a big store: one new article, with the indexes restored first.</summary>
    private static void StartUp(string db, string folder, EngineOptions options, string how, int n)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "one.txt");
        File.WriteAllText(file, $"Un article de plus ({n})\n\nLe conseil municipal de Valbrune a voté mardi soir un budget de {11 + n} millions d'euros pour la rénovation du pont des Tanneurs, fermé depuis mars.");
        var profile = new IngestProfile();
        using var store = new SqliteStore(db);
        var engine = new RecoupeEngine(RecoupePipeline.Default, store, options: options with { Profile = profile });
        var cpu0 = ProcessCpu();
        var wall = Stopwatch.StartNew();
        engine.IngestAll(InputCollector.Collect([file]));
        Console.WriteLine();
        Console.WriteLine($"== start-up, {how}: one article into the stream's store ({store.Counts().Articles} articles)");
        Console.WriteLine($"  wall {wall.Elapsed.TotalSeconds:F2} s, CPU {ProcessCpu() - cpu0:F2} s; index restore {profile[IngestStage.Restore].TotalSeconds:F2} CPU-s "
            + $"({engine.SnapshotArticles} articles from the snapshot, {engine.ReplayedArticles} replayed from the store), briefs {profile[IngestStage.Briefs].TotalSeconds:F2} CPU-s");
    }

    /// <summary>Bytes each stage allocated (the collector's cost follows them; it lands in "other" of the CPU shares).</summary>
    private static string AllocatedShares(IngestProfile profile, long total)
    {
        var parts = new List<string>();
        long sum = 0;
        foreach (var stage in Enum.GetValues<IngestStage>())
        {
            long b = profile.Allocated(stage);
            sum += b;
            parts.Add($"{stage} {b / (1 << 20)} MB");
        }
        parts.Add($"other {(total - sum) / (1 << 20)} MB");
        return string.Join(", ", parts);
    }

    private static string Shares(IngestProfile profile, double cpuS)
    {
        var parts = new List<string>();
        double sum = 0;
        foreach (var stage in Enum.GetValues<IngestStage>())
        {
            double s = profile[stage].TotalSeconds;
            sum += s;
            parts.Add($"{stage} {100 * s / cpuS:F0}% ({s:F1}s)");
        }
        parts.Add($"other {100 * (cpuS - sum) / cpuS:F0}%");
        return string.Join(", ", parts);
    }

    /// <summary>Decompresses the first <paramref name="limit"/> pages (all when 0), sorted by name, into <paramref name="to"/>.</summary>
    private static int Unzip(string from, string to, int limit)
    {
        Directory.CreateDirectory(to);
        var files = Directory.EnumerateFiles(from, "*.html.gz").Order(StringComparer.Ordinal).ToList();
        if (limit > 0) files = files.Take(limit).ToList();
        foreach (var f in files)
        {
            using var input = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var output = File.Create(Path.Combine(to, Path.GetFileNameWithoutExtension(f)));
            input.CopyTo(output);
        }
        return files.Count;
    }

    private static double ProcessCpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Linux: "5" in clear_refs resets the peak resident set (VmHWM), so each case reports its own peak.</summary>
    private static void ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static long PeakMb()
    {
        try
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null) return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException) { }
        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64 / (1024 * 1024);
    }

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "?"; }
    }
}
