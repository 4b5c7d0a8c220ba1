using System.Text;
using Recoupe.Faults;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Postgres;
using Recoupe.Storage;

namespace Recoupe.Tests.Pipeline;

/// <summary>
/// Story assignment is serialised per store: engines that restart, or run side by side on one store (threads here,
/// processes in the fault suite), end with exactly the stories one sequential engine gives for the same order.
/// </summary>
public abstract class SerialisedPlacementTests
{
    private static readonly FixedClock Clock = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));

    /// <summary>Ordinary articles of a dozen topics (copies among them), as text files with their metadata.</summary>
    protected static readonly IReadOnlyList<RawDocument> Articles = TopicalArticles.TextInputs(seed: 5, topics: 12, count: 100, prefix: "article");

    protected abstract IStore NewStore();
    protected abstract IStore OpenAnother();

    private static RecoupeEngine Engine(IStore store) => new(RecoupePipeline.Default, store, Clock);

    private static void IngestAll(IStore store, IEnumerable<RawDocument> inputs) =>
        Engine(store).IngestAll(inputs.Select(r => (InputItem)new InputDocument(r)));

    [Fact]
    public void Restarting_anywhere_ends_in_the_state_of_one_uninterrupted_run()
    {
        StoreSnapshot reference;
        using (var once = NewStore())
        {
            IngestAll(once, Articles);
            reference = StoreSnapshot.Of(once);
        }
        Assert.True(reference.Stories.Count is > 3 and < 60, reference.Summary);
        using var restarted = NewStore();
        // Each part in a new engine: the indexes are rebuilt from the store's recorded assignments every time.
        foreach (var part in Articles.Chunk(30)) IngestAll(restarted, part);
        Assert.Equal([], StoreSnapshot.Of(restarted).Differences(reference));
    }

    [Fact]
    public void Four_engines_on_one_store_end_like_one_engine_taking_the_inputs_in_the_order_they_were_placed()
    {
        using var shared = NewStore();
        var stores = Enumerable.Range(0, 4).Select(_ => OpenAnother()).ToList();
        try
        {
            var threads = stores.Select((store, k) => new Thread(() => IngestAll(store, Articles.Where((_, i) => i % 4 == k)))).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
        var placed = StoreSnapshot.Of(shared);
        Assert.Equal(Articles.Count, shared.Counts().Inputs);

        // The order the store serialised them in: article ids.
        var order = shared.RecentAssignments(int.MaxValue).Select(a => a.Article.Article.ContentHash).ToList();
        var byHash = Articles.ToDictionary(a => a.ContentHash);
        using var sequential = NewStore();
        IngestAll(sequential, order.Select(h => byHash[h]));
        Assert.Equal([], placed.Differences(StoreSnapshot.Of(sequential)));
    }

    [Fact]
    public void Writers_racing_on_the_same_inputs_store_each_once_and_lose_none()
    {
        using var shared = NewStore();
        var stores = Enumerable.Range(0, 3).Select(_ => OpenAnother()).ToList();
        var reports = new IngestReport[stores.Count];
        try
        {
            var threads = stores.Select((store, k) => new Thread(() => reports[k] = Engine(store).IngestAll(Articles.Take(40).Select(r => (InputItem)new InputDocument(r))))).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
        Assert.All(reports, r => Assert.Equal(40, r.Outcomes.Count));
        Assert.All(reports, r => Assert.Equal(0, r.Rejected));
        Assert.Equal(40, reports.Sum(r => r.Added));
        Assert.Equal(40, shared.Counts().Articles);
        Assert.Empty(shared.StaleBriefs());
    }
}

public sealed class SqliteSerialisedPlacementTests : SerialisedPlacementTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-serial-").FullName;
    private string _path = "";

    protected override IStore NewStore() => new SqliteStore(_path = Path.Combine(_dir, $"{Guid.NewGuid():N}.db"));
    protected override IStore OpenAnother() => new SqliteStore(_path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}

public sealed class PostgresSerialisedPlacementTests(PostgresCluster cluster) : SerialisedPlacementTests, IClassFixture<PostgresCluster>
{
    private string _connection = "";

    protected override IStore NewStore() => new PostgresStore(_connection = cluster.NewDatabase(pooled: true));
    protected override IStore OpenAnother() => new PostgresStore(_connection);
}
