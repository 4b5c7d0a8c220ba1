using Recoupe.Ingest;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Acceptance;

/// <summary>
/// What a new user sees first: the five seed articles, run through the whole engine, make one story
/// whose brief names its protagonists, with the site furniture gone from every article.
/// </summary>
public class SeedsStoryTests
{
    [Fact]
    public void The_five_seeds_make_one_story_whose_brief_names_its_protagonists_and_no_furniture_survives()
    {
        using var temp = new TempStore();
        var report = new RecoupeEngine(RecoupePipeline.Default, temp.Store).IngestAll(InputCollector.Collect([TestPaths.Seeds]));
        Assert.Equal(5, report.Added);

        var storyId = Assert.Single(report.TouchedStories);
        var brief = temp.Store.GetBrief(storyId)!;
        Assert.Equal(5, brief.Articles.Length);

        // The entities as people name them in these articles (variants merged under one name each).
        var names = brief.Entities.SelectMany(e => e.Variants.Append(e.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var person in new[] { "Kim Jong Un", "Vladimir Poutine", "Jake Sullivan", "Adrienne Watson" })
            Assert.Contains(person, names);

        foreach (var article in temp.Store.GetStoryArticles(storyId))
        {
            var text = article.Article.Text;
            foreach (var furniture in new[] { "CLIQUEZ ICI", "Publicité", "Laisser un commentaire", "Notre site utilise des cookies" })
                Assert.DoesNotContain(furniture, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
