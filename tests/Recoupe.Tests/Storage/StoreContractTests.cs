using System.Text;
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
            [new EntityMention(new TextSpan(0, 5), EntityType.Person, "Jake Sullivan", "jake sullivan", "conseiller")],
            [new QuoteMention(new TextSpan(1, 3), "Jake Sullivan", new TextSpan(0, 5), "a déclaré")],
            [new TimeMention(new TextSpan(2, 4), TimexType.Date, "2023-09-05")]);
        return new ArticleRecord(raw, new AnalyzedArticle(article, annotations), story, DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
    }


    [Fact]
    public void An_article_round_trips_with_its_spans_and_annotations()
    {
        using var store = NewStore();
        var record = Record("Jake Sullivan a parlé.");
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
        var (id, _) = store.AddArticle(Record("La Corée du Nord paiera le prix."));
        Assert.Equal([id], store.SearchArticles("coree"));
        Assert.Empty(store.SearchArticles("\" OR * NEAR("));
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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    [Fact]
    public void A_new_file_is_migrated_to_the_latest_schema_and_reopening_keeps_it()
    {
        using (var store = new SqliteStore(DbPath)) Assert.Equal(2, store.SchemaVersion);
        using (var again = new SqliteStore(DbPath)) Assert.Equal(2, again.SchemaVersion);
    }
}

public sealed class PostgresStoreContractTests(PostgresCluster cluster) : StoreContractTests, IClassFixture<PostgresCluster>
{
    private string? _connection;

    protected override IStore NewStore() => new PostgresStore(_connection = cluster.NewDatabase());
    protected override IStore Reopen(IStore store) { store.Dispose(); return new PostgresStore(_connection!); }

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
