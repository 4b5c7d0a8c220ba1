using System.Text;
using Recoupe.Faults;
using Recoupe.Model;
using Recoupe.Postgres;
using Recoupe.Storage;

namespace Recoupe.Tests.Storage;

/// <summary>The store contract, run against every backend (SQLite embedded, PostgreSQL).</summary>
public abstract class StoreContractTests
{
    /// <summary>A fresh, empty store; <see cref="Reopen"/> gives the same data through a new instance.</summary>
    protected abstract IStore NewStore();
    protected abstract IStore Reopen(IStore store);
    /// <summary>A second instance on the same store, as another process would open it (the first stays open).</summary>
    protected abstract IStore OpenAnother();
    /// <summary>A store location never opened yet, and how to open it there (several times, from several threads).</summary>
    protected abstract Func<IStore> FreshLocation();

    protected static ArticleRecord Record(string text, long? story = null, string input = "a.txt")
    {
        var raw = new RawDocument(input, Encoding.UTF8.GetBytes(text), InputKind.Text);
        var article = new Article
        {
            Input = input, ContentHash = raw.ContentHash, Text = text, Language = "fr", Title = "Titre",
            Published = DateStamp.Day(2023, 9, 5), Paragraphs = [new TextSpan(0, text.Length)],
            Removed = [new Removal("Publicité", "advertisement label")],
        };
        var annotations = new ArticleAnnotations(
            [new Sentence(new TextSpan(0, 5))],
            [new EntityMention(new TextSpan(0, 5), EntityType.Person, "Owen Radcliff", "jake radcliff", "conseiller")],
            [new QuoteMention(new TextSpan(1, 3), "Owen Radcliff", new TextSpan(0, 5), "a déclaré")],
            [new TimeMention(new TextSpan(2, 4), TimexType.Date, "2023-09-05")]);
        return new ArticleRecord(raw, new AnalyzedArticle(article, annotations), story, DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
    }


    [Fact]
    public void A_story_read_for_a_brief_parses_the_articles_picked_and_lists_the_others()
    {
        using var store = NewStore();
        var (_, story) = store.AddArticle(Record("Premier texte.", input: "1.txt"));
        for (int i = 2; i <= 5; i++) store.AddArticle(Record($"Texte numéro {i}.", story: story, input: $"{i}.txt"));
        var whole = store.GetStoryArticles(story);
        IReadOnlyList<Article>? offered = null;
        var partial = store.GetStoryArticles(story, articles => { offered = articles; return [1, 3]; });
        Assert.Equal(whole.Select(a => a.Article.Id), partial.Select(a => a.Article.Id));
        // The pick is made from the metadata of every article, in story order.
        Assert.Equal(whole.Select(a => a.Article.Id), offered!.Select(a => a.Id));
        foreach (int i in new[] { 1, 3 })
        {
            Assert.Equal(whole[i].Article.Text, partial[i].Article.Text);
            Assert.Equal(whole[i].Article.Paragraphs.ToArray(), partial[i].Article.Paragraphs.ToArray());
            Assert.Equal(StoredJson.Write(whole[i].Annotations), StoredJson.Write(partial[i].Annotations));
        }
        foreach (var (w, p) in whole.Zip(partial))
        {
            Assert.Equal(w.Article with { Text = "", Paragraphs = [], Removed = [] }, p.Article with { Text = "", Paragraphs = [], Removed = [] });
            Assert.True(p.Article.Text.Length == 0 || p.Article.Text == w.Article.Text);
        }
    }

    [Fact]
    public void An_article_round_trips_with_its_spans_and_annotations()
    {
        using var store = NewStore();
        var record = Record("Owen Radcliff a parlé.");
        var (id, story) = store.AddArticle(record);
        using var reopened = Reopen(store);
        var back = reopened.GetArticle(id)!;
        Assert.Equal(record.Analyzed.Article with { Id = id }, back.Article with { Paragraphs = record.Analyzed.Article.Paragraphs, Removed = record.Analyzed.Article.Removed });
        Assert.Equal(record.Analyzed.Article.Paragraphs.AsEnumerable(), back.Article.Paragraphs.AsEnumerable());
        Assert.Equal(record.Analyzed.Article.Removed.AsEnumerable(), back.Article.Removed.AsEnumerable());
        Assert.Equal(record.Analyzed.Annotations.Entities.AsEnumerable(), back.Annotations.Entities.AsEnumerable());
        Assert.Equal(record.Analyzed.Annotations.Quotes.AsEnumerable(), back.Annotations.Quotes.AsEnumerable());
        Assert.Equal(record.Analyzed.Annotations.Times.AsEnumerable(), back.Annotations.Times.AsEnumerable());
        Assert.Equal(new TextSpan(0, 5), back.Annotations.Sentences[0].Span);
        Assert.Equal(story, reopened.GetArticleStory(id));
        Assert.True(reopened.HasInput(record.Raw.ContentHash));
        Assert.Equal(record.Raw.Bytes, reopened.GetRawInput(record.Raw.ContentHash));
    }

    [Fact]
    public void The_same_input_cannot_be_stored_twice()
    {
        using var store = NewStore();
        store.AddArticle(Record("Un texte."));
        Assert.ThrowsAny<Exception>(() => store.AddArticle(Record("Un texte.")));
        Assert.Equal(1, store.Counts().Articles);
        Assert.Equal(1, store.Counts().Stories); // the failed transaction left no empty story behind
    }

    [Fact]
    public void A_second_writer_of_the_same_input_is_told_it_is_there_and_writes_nothing()
    {
        using var store = NewStore();
        using var other = OpenAnother();
        using (var w = store.BeginWrite())
        {
            Assert.NotNull(w.AddArticle(Record("Le même contenu, deux fois.")));
            w.Commit();
        }
        using (var w = other.BeginWrite())
        {
            // ON CONFLICT DO NOTHING: no UNIQUE/duplicate-key error, no story created, the lease still usable.
            Assert.Null(w.AddArticle(Record("Le même contenu, deux fois.", input: "ailleurs.txt")));
            Assert.Equal(InputStatus.Article, w.GetInput(Record("Le même contenu, deux fois.").Raw.ContentHash)!.Status);
            Assert.NotNull(w.AddArticle(Record("Un autre contenu.")));
            w.Commit();
        }
        Assert.Equal(new StoreCounts(2, 2, 0, 2), store.Counts());
    }

    [Fact]
    public void The_write_lease_is_held_by_one_writer_at_a_time_across_instances()
    {
        using var store = NewStore();
        using var other = OpenAnother();
        var order = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var first = store.BeginWrite();
        var second = new Thread(() =>
        {
            using var w = other.BeginWrite();
            order.Enqueue("second has the lease");
            w.Commit();
        });
        second.Start();
        Thread.Sleep(300);
        order.Enqueue("first commits");
        first.AddArticle(Record("Écrit sous le premier bail."));
        first.Commit();
        Assert.True(second.Join(TimeSpan.FromSeconds(30)));
        Assert.Equal(["first commits", "second has the lease"], order);
    }

    [Fact]
    public void Merges_decided_with_an_article_are_applied_in_its_transaction_and_recorded_for_replay()
    {
        using var store = NewStore();
        var (_, s1) = store.AddArticle(Record("Premier.", input: "1.txt"));
        var (a2, s2) = store.AddArticle(Record("Second.", input: "2.txt"));
        var (a3, s3) = store.AddArticle(Record("Troisième.", input: "3.txt") with { StoryId = s1, MergedStoryIds = [s2] });
        Assert.Equal(s1, s3);
        Assert.Equal(s1, store.ResolveStoryId(s2));
        Assert.Equal(s1, store.GetArticleStory(a2));
        var replay = store.RecentAssignments(10);
        Assert.Equal([s1, s2, s1], replay.Select(r => r.StoryId));
        Assert.Equal([s1, s1, s1], replay.Select(r => r.CurrentStoryId));
        Assert.Equal(new[] { s2 }, replay[2].Merged.ToArray());
        Assert.True(replay.All(r => r.Recorded));
        using var w = store.BeginWrite();
        Assert.Equal([a3], w.AssignmentsAfter(a2).Select(r => r.Article.Article.Id));
        Assert.Equal(a3, store.LastArticleId());
    }

    [Fact]
    public void A_brief_built_before_a_newer_article_joined_does_not_clear_the_stale_mark()
    {
        using var store = NewStore();
        var (_, s) = store.AddArticle(Record("Premier."));
        var stale = Assert.Single(store.StaleBriefs());
        // Another writer adds an article to the story while this brief is being built.
        store.AddArticle(Record("Deuxième.", story: s, input: "b.txt"));
        var brief = new Brief(s, "Le titre", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [], [], [], [], [], [], []);
        Assert.False(store.SaveBrief(brief, stale.Generation));
        Assert.True(store.IsBriefStale(s));
        var again = Assert.Single(store.StaleBriefs());
        Assert.True(store.SaveBrief(brief, again.Generation));
        Assert.False(store.IsBriefStale(s));
        Assert.Empty(store.StaleBriefs());
    }

    [Fact]
    public void A_rewritten_article_keeps_its_id_and_story_bumps_the_epoch_and_is_found_by_its_new_words()
    {
        using var store = NewStore();
        var record = Record("Ancien texte sans intérêt.");
        var (id, story) = store.AddArticle(record);
        long epoch = store.Epoch();
        var rewritten = record.Analyzed with { Article = record.Analyzed.Article with { Id = id, Text = "Nouveau texte sur la coopérative fromagère.", Title = "Autre titre" } };
        using (var w = store.BeginWrite())
        {
            w.UpdateArticle(id, record with { Analyzed = rewritten, Raw = new RawDocument("a.txt", record.Raw.Bytes, InputKind.Text, new DocumentHints(Title: "Autre titre")) });
            w.Commit();
        }
        Assert.Equal(epoch + 1, store.Epoch());
        Assert.Equal("Autre titre", store.GetArticle(id)!.Article.Title);
        Assert.Equal(story, store.GetArticleStory(id));
        Assert.Equal([id], store.SearchArticles("fromagère"));
        Assert.Empty(store.SearchArticles("intérêt"));
        Assert.Equal("Autre titre", store.GetInput(record.Raw.ContentHash)!.Hints!.Title);
        Assert.True(store.IsBriefStale(story));
    }

    [Fact]
    public void Many_openers_of_a_new_store_create_its_schema_once()
    {
        var open = FreshLocation();
        var errors = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var threads = Enumerable.Range(0, 8).Select(_ => new Thread(() =>
        {
            try { using var s = open(); s.Counts(); }
            catch (Exception e) { errors.Add(e); }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Empty(errors);
        using var store = open();
        Assert.Equal(new StoreCounts(0, 0, 0, 0), store.Counts());
    }

    [Fact]
    public void Merged_story_ids_still_resolve_and_the_articles_move()
    {
        using var store = NewStore();
        var (a1, s1) = store.AddArticle(Record("Premier.", input: "1.txt"));
        var (a2, s2) = store.AddArticle(Record("Second.", input: "2.txt"));
        Assert.NotEqual(s1, s2);
        store.MergeStories(s2, s1);
        Assert.Equal(s1, store.ResolveStoryId(s2));
        Assert.Equal(s1, store.GetArticleStory(a2));
        Assert.Equal([a1, a2], store.GetStoryArticles(s1).Select(a => a.Article.Id));
        Assert.Equal(1, store.Counts().Stories);
        Assert.Null(store.ResolveStoryId(999));
    }

    [Fact]
    public void Briefs_are_stale_until_saved()
    {
        using var store = NewStore();
        var (_, s) = store.AddArticle(Record("Premier."));
        Assert.Equal([s], store.StaleBriefStoryIds());
        store.SaveBrief(new Brief(s, "Le titre", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [], [], [], [], [], [], []));
        Assert.Empty(store.StaleBriefStoryIds());
        Assert.Equal("Le titre", store.GetBrief(s)!.Title);
        Assert.Equal("Le titre", store.GetStory(s)!.Title);
    }

    [Fact]
    public void Full_text_search_finds_words_and_ignores_query_syntax()
    {
        using var store = NewStore();
        var (id, _) = store.AddArticle(Record("La Norvège réglera la facture."));
        Assert.Equal([id], store.SearchArticles("norvege"));
        Assert.Empty(store.SearchArticles("\" OR * NEAR("));
    }

    [Fact]
    public void An_inferred_date_and_its_source_are_kept_apart_from_the_publication_date()
    {
        using var store = NewStore();
        var received = DateTimeOffset.Parse("2026-11-25T10:00:00Z");
        long Add(string text, Article article) =>
            store.AddArticle(new ArticleRecord(new RawDocument(text, System.Text.Encoding.UTF8.GetBytes(text), InputKind.Text),
                new AnalyzedArticle(article with { Input = text, ContentHash = text, Text = text }, ArticleAnnotations.Empty), null, received)).ArticleId;
        var empty = new Article { Input = "-", ContentHash = "-", Text = "-" };
        long byDateline = Add("by dateline", empty with { InferredDate = DateStamp.Day(2026, 11, 3), InferredFrom = DateSource.Dateline });
        // The day received is the store's own record of it, whatever day the analysis put there.
        long byArrival = Add("by arrival", empty with { InferredDate = DateStamp.Day(2026, 11, 20), InferredFrom = DateSource.Ingested });
        long published = Add("published", empty with { Published = DateStamp.Day(2026, 11, 1) });

        var a = store.GetArticle(byDateline)!.Article;
        Assert.Null(a.Published);
        Assert.Equal((DateStamp.Day(2026, 11, 3), DateSource.Dateline), (a.Date!, a.DateSource!.Value));
        var b = store.GetArticle(byArrival)!.Article;
        Assert.Equal((DateStamp.Day(2026, 11, 25), DateSource.Ingested), (b.Date!, b.DateSource!.Value));
        var c = store.GetArticle(published)!.Article;
        Assert.Equal((DateStamp.Day(2026, 11, 1), DateSource.Metadata), (c.Date!, c.DateSource!.Value));
        Assert.Null(c.InferredDate);
        // The story's dates are those its sources give: an inferred date does not set them.
        var story = store.GetStory(store.GetArticleStory(byDateline)!.Value)!;
        Assert.Equal(received, story.LastSeen);
    }

    [Fact]
    public void Undated_articles_do_not_stretch_a_dated_story_to_the_day_they_were_received()
    {
        using var store = NewStore();
        ArticleRecord Rec(string text, DateStamp? published, long? story) =>
            new(new RawDocument(text, System.Text.Encoding.UTF8.GetBytes(text), InputKind.Text),
                new AnalyzedArticle(new Article { Input = text, ContentHash = text, Text = text, Published = published }, ArticleAnnotations.Empty),
                story, DateTimeOffset.Parse("2026-11-25T00:00:00Z"));
        var (_, s) = store.AddArticle(Rec("undated first", null, null));
        Assert.Equal(2026, store.GetStory(s)!.LastSeen.Year);
        store.AddArticle(Rec("dated", DateStamp.Day(2023, 9, 5), s));
        store.AddArticle(Rec("undated again", null, s));
        var story = store.GetStory(s)!;
        Assert.Equal(new DateTime(2023, 9, 5), story.FirstSeen.UtcDateTime);
        Assert.Equal(new DateTime(2023, 9, 5), story.LastSeen.UtcDateTime);
    }
}

public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-sqlite-").FullName;
    private string DbPath => Path.Combine(_dir, "store.db");

    protected override IStore NewStore() => new SqliteStore(DbPath);
    protected override IStore Reopen(IStore store) { store.Dispose(); return new SqliteStore(DbPath); }
    protected override IStore OpenAnother() => new SqliteStore(DbPath);

    protected override Func<IStore> FreshLocation()
    {
        var path = Path.Combine(_dir, $"fresh-{Guid.NewGuid():N}.db");
        return () => new SqliteStore(path);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    [Fact]
    public void A_new_file_is_migrated_to_the_latest_schema_and_reopening_keeps_it()
    {
        using (var store = new SqliteStore(DbPath)) Assert.Equal(5, store.SchemaVersion);
        using (var again = new SqliteStore(DbPath)) Assert.Equal(5, again.SchemaVersion);
    }
}

public sealed class PostgresStoreContractTests(PostgresCluster cluster) : StoreContractTests, IClassFixture<PostgresCluster>
{
    private string? _connection;

    protected override IStore NewStore() => new PostgresStore(_connection = cluster.NewDatabase());
    protected override IStore Reopen(IStore store) { store.Dispose(); return new PostgresStore(_connection!); }
    protected override IStore OpenAnother() => new PostgresStore(_connection!);

    protected override Func<IStore> FreshLocation()
    {
        var connection = cluster.NewDatabase();
        return () => new PostgresStore(connection);
    }

    [Fact]
    public void A_postgres_uri_becomes_an_npgsql_connection_string()
    {
        var cs = PostgresStore.ToConnectionString("postgres://ana:s%40cret@db.example:6543/recoupe?sslmode=disable");
        Assert.Contains("Host=db.example", cs);
        Assert.Contains("Port=6543", cs);
        Assert.Contains("Database=recoupe", cs);
        Assert.Contains("Username=ana", cs);
        Assert.Contains("Password=s@cret", cs);
    }

    [Fact]
    public void The_engine_ingests_the_seeds_into_postgres_idempotently()
    {
        using var store = NewStore();
        var items = Recoupe.Ingest.InputCollector.Collect([TestPaths.Seeds]).ToList();
        Assert.Equal(5, new Recoupe.Pipeline.RecoupeEngine(Recoupe.Pipeline.RecoupePipeline.Default, store).IngestAll(items).Added);
        var counts = store.Counts();
        using var again = Reopen(store);
        Assert.Equal(5, new Recoupe.Pipeline.RecoupeEngine(Recoupe.Pipeline.RecoupePipeline.Default, again).IngestAll(items).Unchanged);
        Assert.Equal(counts, again.Counts());
        Assert.Empty(again.StaleBriefStoryIds());
    }

    [Fact]
    public void Two_workers_opening_the_same_database_share_its_data()
    {
        using var first = NewStore();
        var (id, _) = first.AddArticle(Record("Partagé entre deux workers."));
        using var second = new PostgresStore(_connection!);
        Assert.True(second.HasInput(first.GetArticle(id)!.Article.ContentHash));
        Assert.Equal(1, second.Counts().Articles);
    }
}
