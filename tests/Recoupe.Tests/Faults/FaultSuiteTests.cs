using Recoupe.Faults;

namespace Recoupe.Tests.Faults;

/// <summary>
/// A small but real run of the fault suite (the full one is `bench faults`: ≥ 2,000 inputs, five kills, four writers):
/// every kind of hostile input among ordinary articles, ingested by the real `recoupe` program. A clean sequential run
/// is the reference; runs killed with SIGKILL and run again, and several writers at once, must end in exactly its
/// state, on SQLite and on PostgreSQL; no run may crash, lose an input or hit an internal error.
/// </summary>
public sealed class FaultSuiteTests(FaultSuiteTests.Corpus corpus, PostgresCluster cluster) : IClassFixture<FaultSuiteTests.Corpus>, IClassFixture<PostgresCluster>
{
    /// <summary>The corpus and its reference run, made once for the class.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Dir = Directory.CreateTempSubdirectory("recoupe-faults-").FullName;
            Manifest = HostileCorpus.Write(Path.Combine(Dir, "corpus"), new HostileCorpusOptions
            {
                Files = 52, NestingDepth = 2_000, LongLines = 20, LongText = 30_000, Topics = 6, Seed = 3,
            });
            Reference = FaultRun.Sequential(Manifest, StoreTarget.Sqlite(Path.Combine(Dir, "reference.db")));
        }

        public string Dir { get; }
        public HostileCorpus.Manifest Manifest { get; }
        public FaultOutcome Reference { get; }

        public string NewSqlitePath() => Path.Combine(Dir, $"{Guid.NewGuid():N}.db");

        public void Dispose()
        {
            HostileCorpus.Delete(Manifest.Root);
            try { Directory.Delete(Dir, true); } catch (IOException) { }
        }
    }

    private static void AssertSameAsReference(FaultOutcome outcome, FaultOutcome reference)
    {
        Assert.Empty(outcome.Faults);
        Assert.Equal([], outcome.Snapshot.Differences(reference.Snapshot));
    }

    [Fact]
    public void A_clean_run_reads_every_hostile_input_without_a_crash_or_an_internal_error()
    {
        var reference = corpus.Reference;
        Assert.Empty(reference.Faults);
        Assert.Equal(3, reference.Processes[0].ExitCode); // done, some inputs rejected
        Assert.InRange(reference.PeakBytes, 1, 1024L * 1024 * 1024);
        Assert.True(reference.Snapshot.Articles.Count > 30, reference.Snapshot.Summary);
        Assert.True(reference.Snapshot.Stories.Count >= 3, reference.Snapshot.Summary);
        Assert.Equal(0, reference.Snapshot.StaleBriefs);
        // Every kind of input of the corpus was written (the generator did its job).
        Assert.True(corpus.Manifest.Kinds.Count >= 24, string.Join(", ", corpus.Manifest.Kinds.Keys));
    }

    [Fact]
    public void Sqlite_runs_killed_at_random_and_run_again_end_like_one_clean_run() =>
        AssertSameAsReference(FaultRun.KilledAndRerun(corpus.Manifest, StoreTarget.Sqlite(corpus.NewSqlitePath()), kills: 2,
            corpus.Reference.Processes[0].Elapsed, seed: 1), corpus.Reference);

    [Fact]
    public void Two_writers_at_once_on_sqlite_end_like_one_clean_run() =>
        AssertSameAsReference(FaultRun.Concurrent(corpus.Manifest, StoreTarget.Sqlite(corpus.NewSqlitePath()), writers: 2), corpus.Reference);

    [Fact]
    public void Postgres_runs_killed_at_random_and_run_again_end_like_one_clean_run() =>
        AssertSameAsReference(FaultRun.KilledAndRerun(corpus.Manifest, StoreTarget.Postgres(cluster), kills: 2,
            corpus.Reference.Processes[0].Elapsed, seed: 2), corpus.Reference);

    [Fact]
    public void Two_writers_at_once_on_postgres_end_like_one_clean_run() =>
        AssertSameAsReference(FaultRun.Concurrent(corpus.Manifest, StoreTarget.Postgres(cluster), writers: 2), corpus.Reference);

    [Fact]
    public void Posting_every_hostile_file_to_the_api_never_gets_a_server_error()
    {
        var outcome = ApiRun.PostAll(corpus.Manifest, StoreTarget.Sqlite(corpus.NewSqlitePath()));
        Assert.Empty(outcome.Faults);
        Assert.Equal(0, outcome.ServerErrors);
        Assert.True(outcome.Statuses.GetValueOrDefault(201) > 10, string.Join(", ", outcome.Statuses));
        Assert.True(outcome.Statuses.GetValueOrDefault(422) > 5, string.Join(", ", outcome.Statuses));
    }
}
