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

        // Every person of our annotation of the seeds is named in the brief by one of the names the articles give them (the
        // names are read from the gold file, not written here).
        var names = brief.Entities.SelectMany(e => e.Variants.Append(e.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = GoldPeople();
        Assert.True(people.Count >= 4, "the seeds gold lists the story's people");
        foreach (var (canonical, variants) in people)
            Assert.True(variants.Prepend(canonical).Any(names.Contains), $"no name of {canonical} in the brief");

        foreach (var article in temp.Store.GetStoryArticles(storyId))
        {
            var text = article.Article.Text;
            foreach (var furniture in new[] { "CLIQUEZ ICI", "Publicité", "Laisser un commentaire", "Notre site utilise des cookies" })
                Assert.DoesNotContain(furniture, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>The people of the seeds gold (<c>eval/seeds-gold/seeds.gold.json</c>): canonical name and capitalised variants.</summary>
    private static List<(string Canonical, string[] Variants)> GoldPeople()
    {
        using var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Eval("seeds-gold"), "seeds.gold.json")));
        return gold.RootElement.GetProperty("entities").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "person")
            .Select(e => (e.GetProperty("canonical").GetString()!, e.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!)
                .Where(v => v.Length > 0 && char.IsUpper(v[0])).ToArray()))
            .ToList();
    }
}
