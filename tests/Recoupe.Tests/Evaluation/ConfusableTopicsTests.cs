using Recoupe.Evaluation.Clustering;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Evaluation;

/// <summary>
/// The name-swapped topics of <see cref="ConfusableTopics"/>: topic A's events told with topic B's people and places.
/// Invented topics: a minister's reform in one town, a singer's tour in another.
/// </summary>
public class ConfusableTopicsTests
{
    private static GoldArticle Gold(string topic, int n, string title, string text)
    {
        var file = $"{topic}_C1_{n:D2}.txt";
        var cleaned = RecoupePipeline.Default.Clean(new RawDocument(file, System.Text.Encoding.UTF8.GetBytes(title + "\n" + text), InputKind.Text,
            new DocumentHints(Title: title)));
        return new GoldArticle(file, topic, topic + "_C1", RecoupePipeline.Default.Analyze(cleaned.GetValueOrThrow()));
    }

    private static List<GoldArticle> Reform() => Enumerable.Range(1, 4).Select(n => Gold("T91", n,
        "La ministre Ombeline Tasquevar présente sa réforme à Vendrelac",
        $"La ministre de la Justice Ombeline Tasquevar a présenté mardi à Vendrelac sa réforme des tribunaux. "
        + $"Selon Ombeline Tasquevar, la réforme supprimera {n * 11} tribunaux. À Vendrelac, les magistrats ont protesté. "
        + "Tasquevar a répondu que la carte judiciaire devait changer.")).ToList();

    private static List<GoldArticle> Tour() => Enumerable.Range(1, 4).Select(n => Gold("T92", n,
        "Le chanteur Aurélien Brossadec en concert à Quimperlac",
        $"Le chanteur Aurélien Brossadec a donné samedi à Quimperlac le premier concert de sa tournée. "
        + $"Aurélien Brossadec a chanté devant {n * 1000} spectateurs. À Quimperlac, la salle était comble. "
        + "Brossadec repartira en tournée au printemps.")).ToList();

    [Fact]
    public void SwappedTopicTellsAsEventsWithBsNames()
    {
        var swapped = ConfusableTopics.NameSwapped(Reform(), Tour(), RecoupePipeline.Default);
        Assert.Equal(4, swapped.Count);
        foreach (var g in swapped)
        {
            var text = g.Article.Article.Text;
            Assert.Equal("T91~T92", g.Topic);
            Assert.Equal("T91~T92_C1", g.Cluster);
            Assert.DoesNotContain("Tasquevar", text);
            Assert.Contains("Aurélien Brossadec", text);
            Assert.Contains("Brossadec a répondu", text); // the surname alone becomes the other surname
            Assert.Contains("tribunaux", text); // A's event words stay
            Assert.DoesNotContain("Tasquevar", g.Article.Article.Title);
        }
        Assert.Contains(swapped, g => g.Article.Annotations.Entities.Any(e => e.Type == EntityType.Person && e.Name.Contains("Brossadec")));
    }

    [Fact]
    public void StreamPairsTopicsAndLeavesTheSourceTopicOut()
    {
        var gold = Reform().Concat(Tour()).ToList();
        var stream = ConfusableTopics.Stream(gold, RecoupePipeline.Default, seed: 1);
        var again = ConfusableTopics.Stream(gold, RecoupePipeline.Default, seed: 1);
        Assert.Equal(stream.Select(g => g.Article.Article.Text), again.Select(g => g.Article.Article.Text));
        var topics = stream.Select(g => g.Topic).Distinct().Order(StringComparer.Ordinal).ToList();
        // One real topic and the other told with its names; the told topic's own articles are not in the stream.
        Assert.Equal(2, topics.Count);
        Assert.Contains(topics, t => t.Contains('~'));
        var real = topics.Single(t => !t.Contains('~'));
        Assert.Equal(real, topics.Single(t => t.Contains('~')).Split('~')[1]);
    }
}
