using System.Text;
using Microsoft.Data.Sqlite;
using Recoupe.Faults;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Tests.Pipeline;

/// <summary>
/// The start-up snapshot of the in-memory indexes (`store.db.indexes`) is only a cache: a second process that restores
/// from it ends with exactly the store one that replays every stored article gives, and a damaged, truncated or stale
/// file is ignored (the full replay runs).
/// </summary>
public sealed class IndexSnapshotTests
{
    private static readonly FixedClock Clock = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));
    private static readonly IReadOnlyList<RawDocument> Articles = TopicalArticles.TextInputs(seed: 11, topics: 9, count: 80, prefix: "item");

    private static RecoupeEngine Engine(IStore store, int window, bool snapshot) =>
        new(RecoupePipeline.Default, store, Clock, new EngineOptions { RestoreWindow = window, IndexSnapshot = snapshot });

    private static void Ingest(RecoupeEngine engine, IEnumerable<RawDocument> inputs) =>
        engine.IngestAll(inputs.Select(r => (InputItem)new InputDocument(r)));

    /// <summary>The store after a first run of 60 articles and a second process adding 20, both without snapshots.</summary>
    private static StoreSnapshot Reference(int window)
    {
        using var temp = new TempStore();
        Ingest(Engine(temp.Store, window, snapshot: false), Articles.Take(60));
        Ingest(Engine(temp.Reopen(), window, snapshot: false), Articles.Skip(60));
        Assert.False(File.Exists(temp.PathToDb + ".indexes"));
        return StoreSnapshot.Of(temp.Store);
    }

    // 40: the window is full (the cheap replay of the last 40); 1000: the whole history (the exact replay that decides again).
    [Theory]
    [InlineData(40)]
    [InlineData(1000)]
    public void A_second_process_restored_from_the_snapshot_ends_with_the_store_of_a_full_replay(int window)
    {
        var reference = Reference(window);
        using var temp = new TempStore();
        Ingest(Engine(temp.Store, window, snapshot: true), Articles.Take(60));
        Assert.True(File.Exists(temp.PathToDb + ".indexes"));
        var second = Engine(temp.Reopen(), window, snapshot: true);
        Ingest(second, Articles.Skip(60));
        Assert.Equal(Math.Min(60, window), second.SnapshotArticles);
        Assert.Equal(0, second.ReplayedArticles);
        Assert.Equal([], StoreSnapshot.Of(temp.Store).Differences(reference));
    }

    [Fact]
    public void Articles_stored_after_the_snapshot_by_another_process_are_replayed_from_the_store()
    {
        // The same three processes without snapshots (past a full window, where a process restarts changes its state).
        StoreSnapshot reference;
        using (var plain = new TempStore())
        {
            Ingest(Engine(plain.Store, 40, snapshot: false), Articles.Take(50));
            Ingest(Engine(plain.Reopen(), 40, snapshot: false), Articles.Skip(50).Take(10));
            Ingest(Engine(plain.Reopen(), 40, snapshot: false), Articles.Skip(60));
            reference = StoreSnapshot.Of(plain.Store);
        }
        using var temp = new TempStore();
        Ingest(Engine(temp.Store, 40, snapshot: true), Articles.Take(50));
        // Another writer that keeps no snapshot adds ten: the file is now behind the store.
        Ingest(Engine(temp.Reopen(), 40, snapshot: false), Articles.Skip(50).Take(10));
        var third = Engine(temp.Reopen(), 40, snapshot: true);
        Ingest(third, Articles.Skip(60));
        Assert.Equal(30, third.SnapshotArticles);
        Assert.Equal(10, third.ReplayedArticles);
        Assert.Equal([], StoreSnapshot.Of(temp.Store).Differences(reference));
    }

    [Theory]
    [InlineData("corrupt")]
    [InlineData("truncated")]
    [InlineData("other-epoch")]
    [InlineData("other-store")]
    public void A_damaged_or_stale_snapshot_is_ignored_and_the_full_replay_gives_the_same_store(string damage)
    {
        var reference = Reference(40);
        using var temp = new TempStore();
        Ingest(Engine(temp.Store, 40, snapshot: true), Articles.Take(60));
        var file = temp.PathToDb + ".indexes";
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "corrupt":
                bytes[bytes.Length / 2] ^= 0x5A;
                File.WriteAllBytes(file, bytes);
                break;
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length * 2 / 3)]);
                break;
            case "other-epoch":
                temp.Store.Dispose();
                using (var db = new SqliteConnection($"Data Source={temp.PathToDb};Pooling=false"))
                {
                    db.Open();
                    using var cmd = db.CreateCommand();
                    cmd.CommandText = "UPDATE recoupe_state SET value = value + 1 WHERE name = 'epoch'";
                    cmd.ExecuteNonQuery();
                }
                break;
            case "other-store":
                // Another store's snapshot of the same length of history: its last article is not this store's.
                using (var other = new TempStore())
                {
                    Ingest(Engine(other.Store, 40, snapshot: true), Articles.Skip(20).Take(60));
                    File.Copy(other.PathToDb + ".indexes", file, overwrite: true);
                }
                break;
        }
        var second = Engine(temp.Reopen(), 40, snapshot: true);
        Ingest(second, Articles.Skip(60));
        Assert.Equal(0, second.SnapshotArticles);
        Assert.Equal(40, second.ReplayedArticles);
        Assert.Equal([], StoreSnapshot.Of(temp.Store).Differences(reference));
    }
}
