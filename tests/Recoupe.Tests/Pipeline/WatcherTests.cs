using Recoupe.Pipeline;

namespace Recoupe.Tests.Pipeline;

public sealed class WatcherTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-watch-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Each_round_ingests_only_what_appeared_or_changed()
    {
        using var temp = new TempStore();
        var watcher = new Watcher(new RecoupeEngine(RecoupePipeline.Default, temp.Store), [_dir]);
        File.Copy(Path.Combine(TestPaths.Seeds, "000_0189d6b58acb346b.txt"), Path.Combine(_dir, "a.txt"));
        Assert.Equal(1, watcher.RunOnce().Added);
        Assert.Empty(watcher.RunOnce().Outcomes); // nothing new: not even read again

        File.Copy(Path.Combine(TestPaths.Seeds, "001_f34ed3a1744b337c.txt"), Path.Combine(_dir, "b.txt"));
        var round = watcher.RunOnce();
        Assert.Equal(1, round.Added);
        Assert.Single(round.Outcomes);
        Assert.Equal(2, temp.Store.Counts().Articles);
    }
}
