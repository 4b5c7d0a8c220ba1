using System.Globalization;
using Recoupe.Faults;

namespace Recoupe.Bench.Faults;

/// <summary>
/// `bench faults [--files 2000] [--depth 50000] [--kills 5] [--writers 4] [--stores sqlite,postgres] [--seed 17]
/// [--keep DIR] [--no-api] [--process-minutes 10]`: the full fault suite (issue 17). Writes a corpus of hostile inputs mixed with ordinary articles
/// (<see cref="HostileCorpus"/>), then, with the real `recoupe` program: one clean sequential run (the reference end
/// state), runs killed with SIGKILL at random moments and a final run, and several writers at once, on SQLite and on a
/// throw-away PostgreSQL cluster; then every file of a fresh copy of the corpus posted to `recoupe serve`. Reports
/// aborted batches, inputs not accounted for, internal errors, HTTP statuses (any 5xx is a fault), peak memory per
/// process, and whether each end state equals the reference. Exit code 1 on any fault.
/// </summary>
public static class FaultBench
{
    public static int Run(string[] args)
    {
        var options = new HostileCorpusOptions
        {
            Files = Int(args, "--files", 2_000),
            NestingDepth = Int(args, "--depth", 50_000),
            Seed = Int(args, "--seed", 17),
        };
        int kills = Int(args, "--kills", 5), writers = Int(args, "--writers", 4);
        // A writer of the full corpus may need more than the default 10 minutes on a loaded 2-core machine.
        var perProcess = TimeSpan.FromMinutes(Int(args, "--process-minutes", 10));
        var stores = (Option(args, "--stores") ?? "sqlite,postgres").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var keep = Option(args, "--keep");
        var work = keep ?? Directory.CreateTempSubdirectory("recoupe-faults-").FullName;
        var corpusDir = Path.Combine(work, "corpus");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var corpus = HostileCorpus.Write(corpusDir, options);
        Console.WriteLine($"corpus: {options.Files} files in {corpusDir} ({clock.Elapsed.TotalSeconds:0.0} s), {corpus.Inputs.Count} inputs to account for");
        foreach (var (kind, n) in corpus.Kinds.OrderBy(k => k.Key, StringComparer.Ordinal)) Console.WriteLine($"  {n,5}  {kind}");

        var outcomes = new List<FaultOutcome>();
        var differences = new List<string>();
        PostgresCluster? cluster = null;
        try
        {
            var reference = FaultRun.Sequential(corpus, StoreTarget.Sqlite(Path.Combine(work, "reference.db")), perProcess);
            Print(reference, null, null);
            outcomes.Add(reference);
            int n = 0;
            foreach (var kind in stores)
            {
                StoreTarget Target() => kind == "postgres"
                    ? StoreTarget.Postgres(cluster ??= new PostgresCluster())
                    : StoreTarget.Sqlite(Path.Combine(work, $"store-{++n}.db"));
                var runs = new List<FaultOutcome>();
                if (kind == "postgres") runs.Add(FaultRun.Sequential(corpus, Target(), perProcess));
                runs.Add(FaultRun.KilledAndRerun(corpus, Target(), kills, reference.Processes[0].Elapsed, options.Seed + n, perProcess));
                runs.Add(FaultRun.Concurrent(corpus, Target(), writers, perProcess));
                foreach (var run in runs)
                {
                    var diff = run.Snapshot.Differences(reference.Snapshot);
                    Print(run, reference, diff);
                    differences.AddRange(diff.Select(d => $"{run.Scenario}: {d}"));
                    outcomes.Add(run);
                }
            }
        }
        finally
        {
            cluster?.Dispose();
            if (keep is null) { HostileCorpus.Delete(corpusDir); Directory.Delete(work, true); }
        }

        ApiOutcome? api = null;
        if (!args.Contains("--no-api"))
        {
            var apiDir = Directory.CreateTempSubdirectory("recoupe-faults-api-").FullName;
            try { api = ApiRun.PostAll(HostileCorpus.Write(Path.Combine(apiDir, "corpus"), options), StoreTarget.Sqlite(Path.Combine(apiDir, "api.db"))); }
            finally { HostileCorpus.Delete(Path.Combine(apiDir, "corpus")); Directory.Delete(apiDir, true); }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"api: {string.Join(", ", api.Statuses.Select(s => $"{s.Value} × HTTP {s.Key}"))}; server peak {api.PeakBytes / (1024.0 * 1024):0} MiB; {api.Elapsed.TotalSeconds:0} s; faults {api.Faults.Count}"));
        }

        var faults = outcomes.SelectMany(o => o.Faults).Concat(api?.Faults ?? []).ToList();
        int aborted = outcomes.SelectMany(o => o.Processes).Count(p => p.ExitCode is not null and not (0 or 3));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"aborted batches: {aborted}; faults: {faults.Count}; end states different from the reference: {outcomes.Count(o => o.Snapshot.Differences(outcomes[0].Snapshot).Count > 0)}; peak memory of any process: {outcomes.Max(o => o.PeakBytes) / (1024.0 * 1024):0} MiB; {clock.Elapsed.TotalMinutes:0.0} min"));
        foreach (var f in faults.Take(40)) Console.WriteLine($"  fault: {f}");
        foreach (var d in differences.Take(20)) Console.WriteLine($"  difference: {d}");
        return faults.Count == 0 && differences.Count == 0 ? 0 : 1;
    }

    private static void Print(FaultOutcome outcome, FaultOutcome? reference, IReadOnlyList<string>? diff)
    {
        var times = string.Join(", ", outcome.Processes.Select(p => p.Killed ? $"killed at {p.Elapsed.TotalSeconds:0.0} s" : $"{p.Elapsed.TotalSeconds:0.0} s (exit {p.ExitCode})"));
        var verdict = reference is null ? " (reference)" : diff!.Count == 0 ? "; same end state as the reference" : $"; DIFFERENT from the reference ({diff.Count}+ differences)";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Scenario}: {outcome.Snapshot.Summary}; peak {outcome.PeakBytes / (1024.0 * 1024):0} MiB; {times}; faults {outcome.Faults.Count}{verdict}"));
    }

    private static int Int(string[] args, string name, int fallback) =>
        Option(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
