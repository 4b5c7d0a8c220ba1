using System.Diagnostics;
using Recoupe.Briefs;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>The engine rebuilds a brief each time an article joins: big stories must stay fast and bounded.</summary>
public class IncrementalBuildTests
{
    private static readonly string[] Syllables = ["ba", "ko", "ri", "mu", "te", "lo", "sa", "ne", "pi", "du", "va", "ge", "zo", "fi", "ch", "an", "on", "ur"];

    /// <summary>A random word of 2-4 syllables: a vocabulary of thousands, like real news, and no real text to tune on.</summary>
    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    [Fact]
    public void A_story_of_400_articles_is_briefed_within_seconds_and_keeps_its_shared_fact()
    {
        var random = new Random(42);
        var vocabulary = Enumerable.Range(0, 4000).Select(_ => Word(random)).Distinct().ToArray();
        const string sharedFact = "Le préfet a ordonné l'évacuation immédiate des habitants du quartier inondé vers le gymnase municipal.";
        var story = new HandBuiltStory();
        for (int a = 0; a < 400; a++)
        {
            var sentences = Enumerable.Range(0, 25).Select(_ =>
                "Le " + string.Join(" ", Enumerable.Range(0, 14).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + " a été annoncé.").ToList();
            if (a % 50 == 0) sentences.Insert(1, sharedFact);
            story.Add(string.Join(" ", sentences), "outlet" + (a % 37), published: $"2023-09-{1 + a % 28:00}");
        }
        var watch = Stopwatch.StartNew();
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        watch.Stop();
        Assert.Equal(400, brief.Articles.Length);
        Assert.NotEmpty(brief.Summary);
        var fact = brief.Facts.First();
        Assert.Equal(sharedFact, fact.Statement);
        Assert.True(fact.Sources.Length >= 5, $"{fact.Sources.Length} sources");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Adding_an_article_that_confirms_a_fact_raises_its_source_count()
    {
        // Each outlet words the fact its own way: a run of 12 shared words would make two of them one origin (RelayedWording).
        const string text = "Le conseil municipal a voté la construction d'une nouvelle école de douze classes dans le quartier nord.";
        var story = new HandBuiltStory()
            .Add(text + " Les travaux commenceront au printemps prochain.", "A")
            .Add("La construction d'une nouvelle école de douze classes a été votée par le conseil municipal pour le quartier nord. Le coût reste discuté.", "B");
        var before = new BriefBuilder().Build(story.Story, story.Articles).Facts.First().IndependentSources;
        story.Add("Le conseil municipal a voté hier la construction d'une école de douze classes dans le quartier nord de la ville.", "C");
        var after = new BriefBuilder().Build(story.Story, story.Articles).Facts.First().IndependentSources;
        Assert.Equal(2, before);
        Assert.Equal(3, after);
    }
}
