using System.Text;
using Recoupe.Briefs;
using Recoupe.Contracts;
using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// A brief analyses at most <see cref="BriefOptions.MaxArticles"/> articles of a story (issue 18): the store parses only those and
/// lists the others by their metadata, and the brief is exactly the one built from every article read whole.
/// </summary>
public class PartialReadTests
{
    [Fact]
    public void A_brief_from_the_articles_it_analyses_equals_the_brief_from_all_articles()
    {
        var built = new HandBuiltStory();
        string[] towns = ["Valmorin", "Castelbrune"];
        for (int a = 0; a < 9; a++)
        {
            var town = towns[a % 2];
            built.Add($"Le maire de {town} a annoncé la fermeture de {20 + a % 3} écoles du canton. La décision concerne {300 + a} élèves selon la préfecture.",
                "outlet" + a, title: $"Écoles fermées à {town}", published: $"2023-03-{1 + (a * 7) % 12:00}", copyOf: a == 5 ? 1 : null,
                entities: [(town, EntityType.Place, town.ToLowerInvariant())]);
        }
        using var temp = new TempStore();
        var store = temp.Store;
        long? story = null;
        foreach (var analyzed in built.Articles)
        {
            var raw = new RawDocument(analyzed.Article.Input, Encoding.UTF8.GetBytes(analyzed.Article.Text), InputKind.Text);
            var article = analyzed.Article with { ContentHash = raw.ContentHash, CopyOf = analyzed.Article.CopyOf is null ? null : 1 };
            story = store.AddArticle(new ArticleRecord(raw, analyzed with { Article = article }, story, DateTimeOffset.Parse("2026-01-01T00:00:00Z"))).StoryId;
        }
        var builder = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), BriefOptions.Default with { MaxArticles = 4 });
        var all = store.GetStoryArticles(story!.Value);
        var partial = store.GetStoryArticles(story.Value, builder.ArticlesRead);

        Assert.Equal(all.Select(a => a.Article.Id), partial.Select(a => a.Article.Id));
        Assert.Equal(9 - 4, partial.Count(a => a.Article.Text.Length == 0)); // listed, not parsed
        var s = new Story(story.Value, "story", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [.. all.Select(a => a.Article.Id)]);
        var uncached = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), BriefOptions.Default with { MaxArticles = 4, CachedArticles = 0 });
        Assert.Equal(BriefDocument.ToJson(uncached.Build(s, all)), BriefDocument.ToJson(uncached.Build(s, partial)));
    }
}
