using Recoupe.Storage;

namespace Recoupe.Faults;

/// <summary>One store under test: how `recoupe --store` names it, and how to open it to take its snapshot.</summary>
public sealed record StoreTarget(string Name, string Argument, Func<IStore> Open)
{
    public static StoreTarget Sqlite(string path) => new("sqlite", path, () => new SqliteStore(path));

    public static StoreTarget Postgres(PostgresCluster cluster)
    {
        var db = cluster.NewDatabaseName();
        return new("postgres", cluster.Uri(db), () => new Postgres.PostgresStore(cluster.ConnectionString(db)));
    }

    public StoreSnapshot Snapshot()
    {
        using var store = Open();
        return StoreSnapshot.Of(store);
    }
}

/// <summary>What a scenario found: the snapshot of the store, the processes it ran, and every fault it saw.</summary>
public sealed record FaultOutcome(string Scenario, StoreSnapshot Snapshot, IReadOnlyList<ProcessResult> Processes, IReadOnlyList<string> Faults)
{
    public long PeakBytes => Processes.Count == 0 ? 0 : Processes.Max(p => p.PeakBytes);
}

/// <summary>
/// The fault suite's scenarios, each with `recoupe ingest FOLDER --format json` processes on a corpus of
/// <see cref="HostileCorpus"/>: one clean sequential run; runs killed with SIGKILL at random moments and a final run;
/// several writers at once on one store. Each checks what must always hold: no crash (exit 0, or 3 when inputs were
/// rejected), every input of the corpus accounted for in the report (stored, unchanged or rejected with a reason),
/// nothing left stale; the caller then compares the end states.
/// </summary>
public static class FaultRun
{
    public static FaultOutcome Sequential(HostileCorpus.Manifest corpus, StoreTarget store, TimeSpan? timeout = null)
    {
        var run = Ingest(corpus, store, timeout: timeout);
        var faults = Check(run, corpus, "sequential");
        var snapshot = store.Snapshot();
        if (snapshot.StaleBriefs > 0) faults.Add($"sequential: {snapshot.StaleBriefs} briefs left stale");
        return new FaultOutcome($"sequential ({store.Name})", snapshot, [run], faults);
    }

    /// <summary><paramref name="kills"/> runs killed with SIGKILL after a random time within <paramref name="upTo"/>, then one run to the end.</summary>
    public static FaultOutcome KilledAndRerun(HostileCorpus.Manifest corpus, StoreTarget store, int kills, TimeSpan upTo, int seed, TimeSpan? timeout = null)
    {
        var random = new Random(seed);
        var runs = new List<ProcessResult>();
        var faults = new List<string>();
        for (int k = 0; k < kills; k++)
        {
            var after = TimeSpan.FromMilliseconds(upTo.TotalMilliseconds * (0.2 + 0.8 * random.NextDouble()));
            var run = Ingest(corpus, store, killAfter: after);
            runs.Add(run);
            // A run that ended before its kill must still have done its work right.
            if (!run.Killed) faults.AddRange(Check(run, corpus, $"kill {k + 1} (ended before the kill)"));
        }
        var final = Ingest(corpus, store, timeout: timeout);
        runs.Add(final);
        faults.AddRange(Check(final, corpus, "run after the kills"));
        var snapshot = store.Snapshot();
        if (snapshot.StaleBriefs > 0) faults.Add($"after the kills: {snapshot.StaleBriefs} briefs left stale");
        return new FaultOutcome($"{kills} × kill -9 + re-run ({store.Name})", snapshot, runs, faults);
    }

    /// <summary><paramref name="writers"/> processes ingesting the whole corpus into one store at once.</summary>
    public static FaultOutcome Concurrent(HostileCorpus.Manifest corpus, StoreTarget store, int writers, TimeSpan? timeout = null)
    {
        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(() => Ingest(corpus, store, timeout: timeout))).ToArray();
        Task.WaitAll(tasks);
        var runs = tasks.Select(t => t.Result).ToList();
        var faults = new List<string>();
        for (int w = 0; w < runs.Count; w++) faults.AddRange(Check(runs[w], corpus, $"writer {w + 1} of {writers}"));
        var snapshot = store.Snapshot();
        if (snapshot.StaleBriefs > 0) faults.Add($"{writers} writers: {snapshot.StaleBriefs} briefs left stale");
        return new FaultOutcome($"{writers} concurrent writers ({store.Name})", snapshot, runs, faults);
    }

    private static ProcessResult Ingest(HostileCorpus.Manifest corpus, StoreTarget store, TimeSpan? killAfter = null, TimeSpan? timeout = null) =>
        RecoupeProcess.Run(store.Argument, ["ingest", corpus.Root, "--format", "json"], killAfter, timeout);

    /// <summary>No crash, a readable report, every input of the corpus in it, every rejection with a reason.</summary>
    public static List<string> Check(ProcessResult run, HostileCorpus.Manifest corpus, string what)
    {
        var faults = new List<string>();
        if (run.ExitCode is not (0 or 3))
        {
            faults.Add($"{what}: exit code {run.ExitCode?.ToString() ?? "killed"}: {Tail(run.Stderr)}");
            return faults;
        }
        IReadOnlyList<(string Input, string Status, string? Reason)> inputs;
        try { inputs = run.Inputs(); }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException)
        {
            faults.Add($"{what}: unreadable report ({e.Message}): {Tail(run.Stdout)}");
            return faults;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (input, _, _) in inputs)
        {
            seen.Add(input);
            int cut = input.LastIndexOfAny([':', '#']);
            while (cut > 0)
            {
                seen.Add(input[..cut]);
                cut = input.LastIndexOfAny([':', '#'], cut - 1);
            }
        }
        foreach (var path in corpus.Inputs)
            if (!seen.Contains(path)) faults.Add($"{what}: input not accounted for: {path}");
        foreach (var (input, status, reason) in inputs)
        {
            if (status == "rejected" && string.IsNullOrWhiteSpace(reason)) faults.Add($"{what}: {input} rejected without a reason");
            // A bug, or an input slow enough to hit the time budget: both are faults of the engine, not of the input.
            if (reason is not null && (reason.Contains("internal error", StringComparison.Ordinal) || reason.Contains("budget of one input", StringComparison.Ordinal)))
                faults.Add($"{what}: {input}: {reason}");
            if (reason is not null && reason.StartsWith("reading the inputs stopped", StringComparison.Ordinal)) faults.Add($"{what}: {reason}");
        }
        return faults;
    }

    private static string Tail(string s) => s.Length <= 600 ? s : "…" + s[^600..];
}
