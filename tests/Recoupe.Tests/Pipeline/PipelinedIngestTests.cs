using Recoupe.Faults;
using Recoupe.Ingest;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Pipeline;

/// <summary>
/// The pipelined ingest (parallel analysis, ordered placement in batches of many articles per transaction) must end in
/// exactly the state of the one-article-at-a-time run, whatever the number of analysis threads and the batch size, and an
/// interruption in the middle of a batch must leave a state a re-run completes to that same end.
/// </summary>
public sealed class PipelinedIngestTests : IDisposable
{
    private static readonly FixedClock Clock = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));
    private readonly HostileCorpus.Manifest _corpus = HostileCorpus.Write(Directory.CreateTempSubdirectory("recoupe-pipelined-").FullName,
        new HostileCorpusOptions { Files = 48, NestingDepth = 2_000, LongLines = 20, LongText = 30_000, Topics = 5, Seed = 11 });

    public void Dispose() => HostileCorpus.Delete(_corpus.Root);

    private StoreSnapshot Ingest(EngineOptions options, Action<TempStore>? before = null)
    {
        using var temp = new TempStore();
        before?.Invoke(temp);
        var engine = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock, options);
        var report = engine.IngestAll(InputCollector.Collect([_corpus.Root]));
        Assert.DoesNotContain(report.Outcomes, o => o.Reason?.Contains("internal error", StringComparison.Ordinal) == true);
        return StoreSnapshot.Of(temp.Store);
    }

    [Fact]
    public void One_and_two_analysis_threads_with_batched_writes_give_the_store_of_a_one_at_a_time_run()
    {
        var reference = Ingest(new EngineOptions { AnalysisThreads = 1, PlaceBatch = 1 });
        Assert.True(reference.Articles.Count > 20, reference.Summary);
        Assert.True(reference.Stories.Count >= 3, reference.Summary);
        Assert.Equal(0, reference.StaleBriefs);
        var one = Ingest(new EngineOptions { AnalysisThreads = 1, PlaceBatch = 7 });
        var two = Ingest(new EngineOptions { AnalysisThreads = 2, PlaceBatch = 7 });
        var four = Ingest(new EngineOptions { AnalysisThreads = 4, PlaceBatch = 256 });
        Assert.Equal([], one.Differences(reference));
        Assert.Equal([], two.Differences(reference));
        Assert.Equal([], four.Differences(reference));
    }

    [Fact]
    public void A_run_interrupted_in_the_middle_of_a_batch_and_run_again_ends_like_one_run()
    {
        var reference = Ingest(new EngineOptions { AnalysisThreads = 1, PlaceBatch = 1 });
        var options = new EngineOptions { AnalysisThreads = 2, PlaceBatch = 5 };
        var resumed = Ingest(options, before: temp =>
        {
            using var cancel = new CancellationTokenSource();
            int seen = 0;
            Assert.Throws<OperationCanceledException>(() => new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock, options)
                .IngestAll(InputCollector.Collect([_corpus.Root]), _ => { if (++seen == 13) cancel.Cancel(); }, cancel.Token));
            int stored = temp.Store.Counts().Articles;
            Assert.InRange(stored, 1, reference.Articles.Count - 1);
            Assert.NotEmpty(temp.Store.StaleBriefStoryIds()); // briefs not rebuilt: the marks survive for the re-run
            temp.Reopen();
        });
        Assert.Equal([], resumed.Differences(reference));
    }

    [Fact]
    public void Deferred_briefs_over_several_batches_end_with_the_store_of_one_run_and_a_rerun_changes_nothing()
    {
        var reference = Ingest(new EngineOptions { AnalysisThreads = 1, PlaceBatch = 1 });
        var options = new EngineOptions { AnalysisThreads = 2, PlaceBatch = 3, DeferBriefs = true };
        using var temp = new TempStore();
        var engine = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock, options);
        var inputs = InputCollector.Collect([_corpus.Root]).ToList();
        int third = inputs.Count / 3;
        var first = engine.IngestAll(inputs.Take(third));
        // Left stale for the next batch; a reader meanwhile gets a brief built on the spot.
        Assert.NotEmpty(temp.Store.StaleBriefStoryIds());
        var story = Assert.IsType<long>(first.Outcomes.First(o => o.StoryId is not null).StoryId);
        Assert.NotNull(BriefRefresher.Current(temp.Store, story, RecoupePipeline.Default));
        engine.IngestAll(inputs.Skip(third).Take(third));
        engine.IngestAll(inputs.Skip(2 * third));
        Assert.NotEmpty(temp.Store.StaleBriefStoryIds());
        engine.RefreshBriefs();
        Assert.Equal([], StoreSnapshot.Of(temp.Store).Differences(reference));
        Assert.True(engine.BackgroundBriefCounts is { Rebuilt: >= 0, Skipped: >= 0, Discarded: >= 0 });

        // Idempotent: the same inputs again, then the drain, leave the store as it was.
        var again = engine.IngestAll(inputs);
        Assert.DoesNotContain(again.Outcomes, o => o.Status == IngestStatus.Added);
        engine.RefreshBriefs();
        Assert.Equal([], StoreSnapshot.Of(temp.Store).Differences(reference));
    }

    [Fact]
    public void Deferred_briefs_interrupted_in_a_batch_and_run_again_end_like_one_run()
    {
        var reference = Ingest(new EngineOptions { AnalysisThreads = 1, PlaceBatch = 1 });
        var options = new EngineOptions { AnalysisThreads = 2, PlaceBatch = 4, DeferBriefs = true };
        using var temp = new TempStore();
        var inputs = InputCollector.Collect([_corpus.Root]).ToList();
        new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock, options).IngestAll(inputs.Take(inputs.Count / 2));
        using (var cancel = new CancellationTokenSource())
        {
            int seen = 0;
            Assert.Throws<OperationCanceledException>(() => new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock, options)
                .IngestAll(inputs, _ => { if (++seen == inputs.Count / 2 + 5) cancel.Cancel(); }, cancel.Token));
        }
        temp.Reopen();
        var engine = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock, options);
        engine.IngestAll(inputs);
        engine.RefreshBriefs();
        Assert.Equal([], StoreSnapshot.Of(temp.Store).Differences(reference));
    }
}
