using System.Text;
using Recoupe.Cleaning;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Pipeline;

public class RecoupeEngineTests
{
    private static readonly FixedClock Clock = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));
    private static readonly EngineOptions PerArticle = new() { PlaceBatch = 1 };

    private static List<InputItem> Seeds() => InputCollector.Collect([TestPaths.Seeds]).ToList();

    /// <summary>Which articles (by input) share a story: the partition, independent of ids.</summary>
    private static HashSet<string> Partition(Recoupe.Storage.IStore store) =>
        store.ListStories(1000)
            .Select(s => string.Join("|", store.GetStoryArticles(s.Id).Select(a => Path.GetFileName(a.Article.Input)).Order()))
            .ToHashSet();

    [Fact]
    public void Ingesting_the_same_inputs_twice_changes_nothing()
    {
        using var temp = new TempStore();
        var first = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock).IngestAll(Seeds());
        Assert.Equal(5, first.Added);
        var counts = temp.Store.Counts();
        var partition = Partition(temp.Store);

        var second = new RecoupeEngine(RecoupePipeline.Default, temp.Reopen(), Clock).IngestAll(Seeds());
        Assert.Equal(0, second.Added);
        Assert.Equal(5, second.Unchanged);
        Assert.Equal(counts, temp.Store.Counts());
        Assert.Equal(partition, Partition(temp.Store));
        Assert.Equal(first.TouchedStories, second.TouchedStories);
    }

    [Fact]
    public void An_interrupted_run_run_again_ends_in_the_same_state_as_one_run()
    {
        using var once = new TempStore();
        new RecoupeEngine(RecoupePipeline.Default, once.Store, Clock).IngestAll(Seeds());

        using var interrupted = new TempStore();
        using var cancel = new CancellationTokenSource();
        int seen = 0;
        // One article per transaction, so that "interrupted after the second outcome" means two stored (batched, see
        // An_interrupted_batched_run_run_again_ends_in_the_same_state_as_one_run).
        Assert.Throws<OperationCanceledException>(() =>
            new RecoupeEngine(RecoupePipeline.Default, interrupted.Store, Clock, PerArticle).IngestAll(Seeds(), _ => { if (++seen == 2) cancel.Cancel(); }, cancel.Token));
        Assert.Equal(2, interrupted.Store.Counts().Articles);
        Assert.NotEmpty(interrupted.Store.StaleBriefStoryIds()); // the briefs were never built: the mark survived

        new RecoupeEngine(RecoupePipeline.Default, interrupted.Reopen(), Clock).IngestAll(Seeds());
        Assert.Equal(once.Store.Counts() with { Inputs = 5 }, interrupted.Store.Counts() with { Inputs = 5 });
        Assert.Equal(Partition(once.Store), Partition(interrupted.Store));
        Assert.Empty(interrupted.Store.StaleBriefStoryIds());
    }

    [Fact]
    public void Bad_inputs_are_reported_and_the_batch_goes_on()
    {
        using var temp = new TempStore();
        var items = new List<InputItem>
        {
            new InputFailure("missing.txt", "no such file or folder"),
        };
        items.AddRange(InputCollector.FromBytes("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]));
        items.AddRange(Seeds());
        var report = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock).IngestAll(items);
        Assert.Equal(5, report.Added);
        Assert.Equal(2, report.Rejected);
        Assert.Contains(report.Outcomes, o => o.Input == "binary.txt" && o.Reason!.StartsWith("binary content"));
        Assert.Single(temp.Store.Rejections()); // the binary input is kept with its reason; a missing file has no bytes
    }

    private sealed class ExplodingExtractor(IArticleExtractor inner) : IArticleExtractor
    {
        public ParseResult<Article> Extract(RawDocument document) =>
            Encoding.UTF8.GetString(document.Bytes).Contains("BOOM") ? throw new InvalidOperationException("boom") : inner.Extract(document);
    }

    [Fact]
    public void A_bug_on_one_article_is_reported_and_not_stored_so_a_later_run_retries_it()
    {
        using var temp = new TempStore();
        var builder = new RecoupePipelineBuilder();
        builder.Extractor = new ExplodingExtractor(builder.Extractor);
        var pipeline = builder.Build();
        var items = new List<InputItem> { new InputDocument(new RawDocument("bad.txt", Encoding.UTF8.GetBytes("BOOM article"), InputKind.Text)) };
        items.AddRange(Seeds());
        var report = new RecoupeEngine(pipeline, temp.Store, Clock).IngestAll(items);
        Assert.Equal(5, report.Added);
        var bad = Assert.Single(report.Outcomes, o => o.Status == IngestStatus.Rejected);
        Assert.Contains("internal error", bad.Reason);
        Assert.Empty(temp.Store.Rejections());
    }

    [Fact]
    public void Every_touched_story_gets_a_brief_that_cites_its_articles()
    {
        using var temp = new TempStore();
        var report = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock).IngestAll(Seeds());
        foreach (var id in report.TouchedStories)
        {
            var brief = temp.Store.GetBrief(id);
            Assert.NotNull(brief);
            var articleIds = brief.Articles.Select(a => a.Id).ToHashSet();
            Assert.All(brief.Summary.SelectMany(s => s.Sources), s => Assert.Contains(s.ArticleId, articleIds));
        }
    }

    /// <summary>
    /// An extractor that works on (spins: uses CPU) or waits (blocked: uses none) on an input containing SLOW, until
    /// <see cref="Release"/> or 60 s; <see cref="Finished"/> says whether it got to the end.
    /// </summary>
    private sealed class SlowExtractor(IArticleExtractor inner, bool spin) : IArticleExtractor
    {
        private readonly ManualResetEventSlim _release = new(false);
        public volatile bool Finished;

        public void Release() => _release.Set();

        public ParseResult<Article> Extract(RawDocument document)
        {
            if (Encoding.UTF8.GetString(document.Bytes).Contains("SLOW"))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                if (spin) while (!_release.IsSet && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.SpinWait(1000);
                else _release.Wait(TimeSpan.FromSeconds(60));
                Finished = true;
            }
            return inner.Extract(document);
        }
    }

    private static (IngestReport Report, bool SlowFinishedFirst) IngestWithSlowInput(TempStore temp, bool spin, EngineOptions options)
    {
        var builder = new RecoupePipelineBuilder();
        var slow = new SlowExtractor(builder.Extractor, spin);
        builder.Extractor = slow;
        var items = new List<InputItem> { new InputDocument(new RawDocument("slow.txt", Encoding.UTF8.GetBytes("SLOW article qui prend son temps."), InputKind.Text)) };
        items.AddRange(Seeds());
        try
        {
            var report = new RecoupeEngine(builder.Build(), temp.Store, Clock, options).IngestAll(items);
            return (report, slow.Finished);
        }
        finally { slow.Release(); }
    }

    [Fact]
    public void An_input_over_its_cpu_budget_is_rejected_and_does_not_hold_up_the_others()
    {
        using var temp = new TempStore();
        var (report, slowFinishedFirst) = IngestWithSlowInput(temp, spin: true, new EngineOptions { InputBudget = TimeSpan.FromMilliseconds(300), InputWallLimit = TimeSpan.FromMinutes(5) });
        Assert.False(slowFinishedFirst); // the batch ended while the slow input was still at work
        Assert.Equal(5, report.Added);
        var slow = Assert.Single(report.Outcomes, o => o.Status == IngestStatus.Rejected);
        Assert.Contains("CPU, the budget of one input", slow.Reason);
        Assert.Empty(temp.Store.Rejections()); // not stored: a later run retries it
    }

    [Fact]
    public void An_input_blocked_past_the_wall_clock_limit_is_rejected_though_it_uses_no_cpu()
    {
        using var temp = new TempStore();
        var (report, slowFinishedFirst) = IngestWithSlowInput(temp, spin: false, new EngineOptions { InputBudget = TimeSpan.FromMinutes(5), InputWallLimit = TimeSpan.FromMilliseconds(500) });
        Assert.False(slowFinishedFirst);
        Assert.Equal(5, report.Added);
        var slow = Assert.Single(report.Outcomes, o => o.Status == IngestStatus.Rejected);
        Assert.Contains("longer than 0.5 s, the budget of one input", slow.Reason);
    }

    [Fact]
    public void Waiting_for_a_core_is_not_counted_against_the_cpu_budget()
    {
        // A thread that sleeps 1 s uses next to no CPU: a 300 ms CPU budget lets it finish (a wall-clock budget would not).
        var budget = new InputBudget(TimeSpan.FromMilliseconds(300), TimeSpan.FromMinutes(5));
        Assert.True(budget.TryRun(() => { Thread.Sleep(1000); return 1; }, out var result, out var overrun), overrun);
        Assert.Equal(1, result);
    }

    [Fact]
    public void Any_exception_of_one_input_is_its_rejection_and_the_batch_goes_on()
    {
        using var temp = new TempStore();
        IEnumerable<InputItem> Items()
        {
            yield return new InputDocument(new RawDocument("a.txt", Encoding.UTF8.GetBytes("Un article du conseil municipal sur le budget des écoles."), InputKind.Text));
            throw new InvalidOperationException("the listing broke");
        }
        var report = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock).IngestAll(Items());
        Assert.Equal(1, report.Added);
        Assert.Contains(report.Outcomes, o => o.Status == IngestStatus.Rejected && o.Reason!.Contains("the listing broke"));
    }

    [Fact]
    public void A_file_whose_metadata_changed_is_analysed_again_in_place()
    {
        using var temp = new TempStore();
        var text = Encoding.UTF8.GetBytes("Le conseil municipal a voté le budget des écoles après un long débat sur les cantines.");
        var engine = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock);
        var first = engine.Ingest(new RawDocument("a.txt", text, InputKind.Text));
        Assert.Equal(IngestStatus.Added, first.Status);
        // The scraper's sidecar arrives later: same bytes, same name, new hints.
        var second = engine.Ingest(new RawDocument("a.txt", text, InputKind.Text, new DocumentHints(Outlet: "Le Courrier", Published: "2024-05-02")));
        Assert.Equal(IngestStatus.Updated, second.Status);
        Assert.Equal(first.ArticleId, second.ArticleId);
        Assert.Equal(first.StoryId, second.StoryId);
        var article = temp.Store.GetArticle(first.ArticleId!.Value)!.Article;
        Assert.Equal("Le Courrier", article.Outlet);
        Assert.Equal(DateStamp.Day(2024, 5, 2), article.Published);
        // Nothing changed since: unchanged. Another file with the same bytes does not flip the hints back and forth.
        Assert.Equal(IngestStatus.Unchanged, engine.Ingest(new RawDocument("a.txt", text, InputKind.Text, new DocumentHints(Outlet: "Le Courrier", Published: "2024-05-02"))).Status);
        Assert.Equal(IngestStatus.Unchanged, engine.Ingest(new RawDocument("copie.txt", text, InputKind.Text)).Status);
        engine.RefreshBriefs();
        Assert.Contains("Le Courrier", temp.Store.GetBrief(first.StoryId!.Value)!.Articles.Select(a => a.Outlet));
    }

    [Fact]
    public void A_story_whose_brief_was_never_built_still_has_one_for_readers()
    {
        using var temp = new TempStore();
        using var cancel = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() =>
            new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock).IngestAll(Seeds(), _ => cancel.Cancel(), cancel.Token));
        var story = Assert.Single(temp.Store.ListStories());
        Assert.Null(temp.Store.GetBrief(story.Id));
        var brief = BriefRefresher.Current(temp.Store, story.Id, RecoupePipeline.Default);
        Assert.NotNull(brief);
        Assert.Equal(story.Id, brief.Id);
    }
}
