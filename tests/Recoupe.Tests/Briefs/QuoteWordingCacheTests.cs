using Recoupe.Briefs;
using Recoupe.Briefs.Conflicts;
using Recoupe.Contracts;
using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The quote-wording detector reuses one LCS table from pair to pair and each quotation's stems from the article's cached reading;
/// the saying subjects named in words come from the sentence's cached reading too. Neither may change a brief.
/// </summary>
public class QuoteWordingCacheTests
{
    [Fact]
    public void A_reused_LCS_table_holds_for_each_pair_what_a_fresh_table_holds()
    {
        var random = new Random(11);
        var table = new QuoteWordingDetector.LcsTable();
        // Long pairs then short ones and back: a table that kept a longer pair's cells past a shorter pair's edges would show it.
        foreach (var (n, m) in new[] { (30, 28), (3, 5), (0, 4), (25, 2), (7, 7), (40, 40), (1, 1), (12, 30) })
        {
            var a = Enumerable.Range(0, n).Select(_ => random.Next(4)).ToArray();
            var b = Enumerable.Range(0, m).Select(_ => random.Next(4)).ToArray();
            var expected = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                expected[i, j] = a[i] == b[j] ? expected[i + 1, j + 1] + 1 : Math.Max(expected[i + 1, j], expected[i, j + 1]);
            Assert.Equal(expected[0, 0], table.Fill(a, b));
            for (int i = 0; i <= n; i++)
            for (int j = 0; j <= m; j++)
                Assert.Equal(expected[i, j], table[i, j]);
        }
    }

    /// <summary>Invented reports: one spokeswoman quoted in two wordings one word apart, a government and an office as subjects of saying.</summary>
    private static HandBuiltStory Reports(int count)
    {
        var story = new HandBuiltStory();
        for (int a = 0; a < count; a++)
        {
            var quote = a % 2 == 0
                ? "Nous ne laisserons aucun habitant seul face à la montée des eaux cette semaine"
                : "Nous ne laisserons aucun riverain seul face à la montée des eaux cette semaine";
            var text = $"« {quote} », a déclaré Ilona Brezak mardi à Valmorin. "
                       + $"Le gouvernement portugais a démenti tout retard dans l'envoi de {10 + a} pompes. "
                       + "La ministre de l'Intérieur a ajouté que les digues tiendraient jusqu'au 9 octobre. "
                       + $"Les pompiers ont évacué {200 + 10 * (a % 3)} personnes du quartier bas.";
            story.Add(text, "outlet" + a, title: "Crue à Valmorin", published: $"2023-10-{4 + a % 3:00}",
                entities: [("Ilona Brezak", EntityType.Person, "brezak"), ("Valmorin", EntityType.Place, "valmorin")],
                times: [("9 octobre", "2023-10-09")],
                quotes: [($"« {quote} »", "brezak", "Ilona Brezak")]);
        }
        return story;
    }

    [Fact]
    public void A_story_of_reworded_quotations_grown_one_article_at_a_time_is_briefed_as_from_scratch()
    {
        var full = Reports(7);
        var caching = new BriefBuilder(new EntityResolver(), BriefOptions.Default);
        Brief? last = null;
        for (int n = 1; n <= full.Articles.Count; n++)
        {
            var articles = full.Articles.Take(n).ToList();
            var story = full.Story with { ArticleIds = [.. articles.Select(a => a.Article.Id)] };
            var scratch = new BriefBuilder(new EntityResolver(), BriefOptions.Default with { CachedArticles = 0 });
            var expected = BriefDocument.ToJson(scratch.Build(story, articles));
            last = caching.Build(story, articles);
            Assert.Equal(expected, BriefDocument.ToJson(last));
        }
        // The detector did find the swapped word, so the equality above covers its cached path.
        var conflict = Assert.Single(last!.Conflicts, c => c.Kind == "quote-wording");
        Assert.Equal(["aucun habitant", "aucun riverain"], conflict.Claims.Select(c => c.Value).Order(StringComparer.Ordinal).ToArray());
    }
}
