using Recoupe.Briefs;
using Recoupe.Contracts;
using Recoupe.Mentions;
using Recoupe.Mentions.Names;
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
    public void A_story_of_400_articles_keeps_its_shared_fact()
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
        // Speed is measured by bench briefs, not here: a wall-clock limit fails on a loaded machine, not on slow code.
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.Equal(400, brief.Articles.Length);
        Assert.NotEmpty(brief.Summary);
        var fact = brief.Facts.First();
        Assert.Equal(sharedFact, fact.Statement);
        Assert.True(fact.Sources.Length >= 5, $"{fact.Sources.Length} sources");
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

    /// <summary>
    /// Invented reports of one event by several outlets: a person named in full or by surname alone, an agency with its acronym,
    /// a capital and its country, figures that differ, dates and quotations, so that every step of a brief (entities, quotes,
    /// facts, conflicts, timeline) has something to do.
    /// </summary>
    private static HandBuiltStory Reports(int count)
    {
        var random = new Random(3);
        var vocabulary = Enumerable.Range(0, 500).Select(_ => Word(random)).Distinct().ToArray();
        var story = new HandBuiltStory();
        for (int a = 0; a < count; a++)
        {
            var mayor = a % 3 == 0 ? "Dufrêne" : "Marcellin Dufrêne";
            var agency = a % 4 == 0 ? "Agence fluviale du Nord (AFN)" : a % 4 == 1 ? "AFN" : "Agence fluviale du Nord";
            var sentences = new List<string>
            {
                $"{mayor} a ordonné le 4 octobre l'évacuation de {120 + 20 * (a % 3)} habitants de Valmorin.",
                $"Selon l'{agency}, la crue atteindra Lisbonne avant le 6 octobre.",
                $"« Nous ne laisserons personne derrière nous », a déclaré {mayor}.",
                "Le Portugal a envoyé des renforts.",
            };
            sentences.AddRange(Enumerable.Range(0, 6 + a % 4).Select(_ =>
                "Le " + string.Join(" ", Enumerable.Range(0, 9).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + " a été signalé."));
            var mayorKey = NameKey.For(EntityType.Person, mayor, "fr");
            story.Add(string.Join(" ", sentences), "outlet" + (a % 7), title: "Crue à Valmorin", published: $"2023-10-{4 + a % 3:00}",
                entities:
                [
                    (mayor, EntityType.Person, mayorKey), (agency, EntityType.Organization, NameKey.For(EntityType.Organization, agency, "fr")),
                    ("Valmorin", EntityType.Place, "valmorin"), ("Lisbonne", EntityType.Place, NameKey.Place("Lisbonne")),
                    ("Portugal", EntityType.Place, NameKey.Place("Portugal")),
                ],
                times: [("4 octobre", "2023-10-04"), ("6 octobre", "2023-10-06")],
                quotes: [("« Nous ne laisserons personne derrière nous »", mayorKey, mayor)]);
        }
        return story;
    }

    private static Story StoryOf(IReadOnlyList<AnalyzedArticle> articles, Story like) => like with { ArticleIds = [.. articles.Select(a => a.Article.Id)] };

    [Fact]
    public void A_story_grown_one_article_at_a_time_is_briefed_as_from_scratch_reading_only_the_new_article()
    {
        // Twelve articles analysed at most: the last steps slide the window, so cached readings serve articles at new positions.
        var options = BriefOptions.Default with { MaxArticles = 12 };
        var full = Reports(16);
        var caching = new BriefBuilder(new EntityResolver(), options);
        var scratch = new BriefBuilder(new EntityResolver(), options with { CachedArticles = 0 });
        string? previous = null;
        for (int n = 1; n <= full.Articles.Count; n++)
        {
            var articles = full.Articles.Take(n).ToList();
            var story = StoryOf(articles, full.Story);
            long entityMisses = caching.Cache.EntityMisses, misses = caching.Cache.Misses;
            var expected = BriefDocument.ToJson(scratch.Build(story, articles));
            Assert.Equal(expected, BriefDocument.ToJson(caching.Build(story, articles)));
            Assert.Equal(1, caching.Cache.EntityMisses - entityMisses);
            Assert.Equal(1, caching.Cache.Misses - misses);
            Assert.NotEqual(previous, expected); // each article changes the brief (else equality would prove little)
            previous = expected;
        }
    }

    [Fact]
    public void An_article_re_annotated_under_its_id_is_resolved_from_its_new_mentions_not_the_ones_read_before()
    {
        var before = Reports(9);
        // Same ids and texts; the fifth article re-annotated (another recogniser): its mayor read as another man of the same name.
        var after = before.Articles.Select((a, i) => i != 4 ? a : a with
        {
            Annotations = a.Annotations with
            {
                Entities = [.. a.Annotations.Entities.Select(m => m.Name != "Marcellin Dufrêne" ? m
                    : m with { Name = "Octave Dufrêne", Key = NameKey.For(EntityType.Person, "Octave Dufrêne", "fr") })],
            },
        }).ToList();
        var caching = new BriefBuilder();
        var scratch = new BriefBuilder(new EntityResolver(), BriefOptions.Default with { CachedArticles = 0 });
        var old = BriefDocument.ToJson(caching.Build(before.Story, before.Articles));
        // Its reading must not come from the cache: a stale one would keep the old entities.
        var rebuilt = scratch.Build(before.Story, after);
        var expected = BriefDocument.ToJson(rebuilt);
        Assert.NotEqual(old, expected);
        Assert.Contains(rebuilt.Entities, e => e.Name == "Octave Dufrêne");
        Assert.Equal(expected, BriefDocument.ToJson(caching.Build(before.Story, after)));
    }
}
