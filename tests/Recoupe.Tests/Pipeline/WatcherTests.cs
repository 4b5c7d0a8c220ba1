using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Pipeline;

public sealed class WatcherTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-watch-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private const string Text = "Le conseil municipal a voté le budget des écoles après un long débat sur les cantines et les horaires.";

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

    [Fact]
    public void A_file_caught_mid_write_is_read_once_whole_when_it_stopped_changing()
    {
        using var temp = new TempStore();
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var watcher = new Watcher(new RecoupeEngine(RecoupePipeline.Default, temp.Store), [_dir], settle: TimeSpan.FromMinutes(1), clock: clock);
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, Text[..40]);
        Assert.Empty(watcher.RunOnce().Outcomes); // just written: waits a round
        File.AppendAllText(path, Text[40..]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(1));
        Assert.Empty(watcher.RunOnce().Outcomes); // changed since: waits again
        var round = watcher.RunOnce(); // unchanged for a round: read
        Assert.Equal(1, round.Added);
        Assert.Equal(1, temp.Store.Counts().Articles);
        Assert.Equal(Text, temp.Store.GetArticle(round.Outcomes[0].ArticleId!.Value)!.Article.Text);
        Assert.Empty(watcher.RunOnce().Outcomes);
    }

    [Fact]
    public void A_sidecar_written_after_its_text_is_applied_to_the_stored_article()
    {
        using var temp = new TempStore();
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var watcher = new Watcher(new RecoupeEngine(RecoupePipeline.Default, temp.Store), [_dir], settle: TimeSpan.FromMinutes(1), clock: clock);
        var path = Path.Combine(_dir, "a.txt");
        File.WriteAllText(path, Text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1)); // written long ago: stable at first sight
        var first = watcher.RunOnce();
        Assert.Equal(1, first.Added);

        File.WriteAllText(path + ".meta.json", """{"outlet": "Le Courrier", "published": "2024-05-02"}""");
        Assert.Empty(watcher.RunOnce().Outcomes); // the sidecar is new: waits a round
        var round = watcher.RunOnce();
        var updated = Assert.Single(round.Outcomes);
        Assert.Equal(IngestStatus.Updated, updated.Status);
        Assert.Equal(first.Outcomes[0].ArticleId, updated.ArticleId);
        var article = temp.Store.GetArticle(updated.ArticleId!.Value)!.Article;
        Assert.Equal("Le Courrier", article.Outlet);
        Assert.Equal(DateStamp.Day(2024, 5, 2), article.Published);
        Assert.Equal(1, temp.Store.Counts().Articles);
    }
}
