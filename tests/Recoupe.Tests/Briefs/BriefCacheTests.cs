using Recoupe.Briefs;
using Recoupe.Contracts;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// A builder keeps the story-independent reading of the articles it has briefed (issue 18): a story that gains one article re-reads
/// only that one. The brief must be exactly the brief built from scratch, whatever was read before.
/// </summary>
public class BriefCacheTests
{
    private static readonly string[] Syllables = ["ba", "ko", "ri", "mu", "te", "lo", "sa", "ne", "pi", "du", "va", "ge", "zo", "fi", "ch", "an", "on", "ur"];
    private static readonly string[] Towns = ["Valmorin", "Castelbrune", "Ortignac"];

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    /// <summary>Invented articles with shared facts, figures that differ between outlets, dates and named places.</summary>
    private static HandBuiltStory Story(int articles, int seed = 7)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 600).Select(_ => Word(random)).Distinct().ToArray();
        var story = new HandBuiltStory();
        for (int a = 0; a < articles; a++)
        {
            var town = Towns[a % Towns.Length];
            var sentences = new List<string>
            {
                $"Le maire de {town} a annoncé le 12 mars la fermeture de {20 + a % 3} écoles du canton.",
                $"La décision concerne {300 + 10 * (a % 4)} élèves selon la préfecture de {town}.",
            };
            sentences.AddRange(Enumerable.Range(0, 12 + a % 5).Select(_ =>
                "Le " + string.Join(" ", Enumerable.Range(0, 10).Select(_ => vocabulary[random.Next(vocabulary.Length)])) + " a été décidé."));
            story.Add(string.Join(" ", sentences), "outlet" + (a % 9), title: $"Écoles fermées à {town}", published: $"2023-03-{1 + a % 20:00}",
                entities: [(town, EntityType.Place, town.ToLowerInvariant())], times: [("12 mars", "2023-03-12")]);
        }
        return story;
    }

    private static string Json(BriefBuilder builder, Story story, IReadOnlyList<AnalyzedArticle> articles) =>
        BriefDocument.ToJson(builder.Build(story, articles));

    private static Story StoryOf(IReadOnlyList<AnalyzedArticle> articles, Story like) =>
        like with { ArticleIds = [.. articles.Select(a => a.Article.Id)] };

    [Fact]
    public void A_brief_rebuilt_as_articles_join_equals_the_brief_built_from_scratch()
    {
        // Few sentences per story, so that the per-article share of sentences shrinks as the story grows (20, then 10).
        var options = BriefOptions.Default with { MaxSentences = 200 };
        var full = Story(24);
        var caching = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), options);
        var scratch = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), options with { CachedArticles = 0 });
        foreach (int n in new[] { 8, 9, 16, 24 })
        {
            var articles = full.Articles.Take(n).ToList();
            var story = StoryOf(articles, full.Story);
            Assert.Equal(Json(scratch, story, articles), Json(caching, story, articles));
        }
        // Back to a small story: each article now needs more sentences than were read for the big one.
        var few = full.Articles.Take(6).ToList();
        Assert.Equal(Json(scratch, StoryOf(few, full.Story), few), Json(caching, StoryOf(few, full.Story), few));
        Assert.True(caching.Cache.Hits > 0);
    }

    [Fact]
    public void A_story_grown_past_the_articles_a_brief_analyses_is_rebuilt_step_by_step_as_from_scratch()
    {
        // Ten articles analysed at most: from the eleventh on, each step slides the window (the latest in, an older one out), as in a
        // story of thousands; the rebuild after each step, served from what earlier steps read, must equal the build from scratch.
        var options = BriefOptions.Default with { MaxSentences = 200, MaxArticles = 10 };
        var full = Story(30, seed: 5);
        var caching = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), options);
        var scratch = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), options with { CachedArticles = 0 });
        int previous = 0;
        foreach (int n in new[] { 4, 10, 11, 12, 17, 18, 25, 30 })
        {
            var articles = full.Articles.Take(n).ToList();
            var story = StoryOf(articles, full.Story);
            var fromScratch = scratch.Build(story, articles);
            Assert.Equal(n, fromScratch.Articles.Length); // every article listed, analysed or not
            var expected = BriefDocument.ToJson(fromScratch);
            long misses = caching.Cache.Misses;
            Assert.Equal(expected, Json(caching, story, articles));
            // An article outside the window stays outside as the story grows: only articles added since the last step are read.
            Assert.True(caching.Cache.Misses - misses <= n - previous, $"{caching.Cache.Misses - misses} articles read at {n}");
            previous = n;
        }
    }

    [Fact]
    public void A_story_that_gains_one_article_reads_only_that_one()
    {
        var full = Story(12);
        var builder = new BriefBuilder();
        var before = full.Articles.Take(11).ToList();
        builder.Build(StoryOf(before, full.Story), before);
        long misses = builder.Cache.Misses, hits = builder.Cache.Hits;
        builder.Build(full.Story, full.Articles);
        Assert.Equal(1, builder.Cache.Misses - misses);
        Assert.Equal(11, builder.Cache.Hits - hits);
    }

    [Fact]
    public void An_article_read_again_with_other_text_or_annotations_under_the_same_id_is_not_served_from_the_cache()
    {
        var full = Story(6);
        var builder = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), BriefOptions.Default);
        var scratch = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), BriefOptions.Default with { CachedArticles = 0 });
        builder.Build(full.Story, full.Articles);
        // Same ids, other articles: another story's texts, then the first texts without their time annotations.
        var other = Story(6, seed: 11).Articles;
        Assert.Equal(Json(scratch, full.Story, other), Json(builder, full.Story, other));
        var untimed = full.Articles.Select(a => a with { Annotations = a.Annotations with { Times = [] } }).ToList();
        Assert.Equal(Json(scratch, full.Story, untimed), Json(builder, full.Story, untimed));
    }

    [Fact]
    public void An_article_re_annotated_with_other_quotations_only_gets_its_new_quotations_in_the_brief()
    {
        // The quotations' words are kept with the article's reading, whose check covers text, sentences, entities and times, not
        // quotes: a re-annotation that changes only the quotations must not show the old ones.
        var full = Story(6);
        var builder = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), BriefOptions.Default);
        var scratch = new BriefBuilder(new Recoupe.Mentions.EntityResolver(), BriefOptions.Default with { CachedArticles = 0 });
        QuoteMention Quote(AnalyzedArticle a, int words, string speaker)
        {
            var text = a.Article.Text;
            int end = 0;
            for (int w = 0; w < words; w++) end = text.IndexOf(' ', end + 1);
            return new QuoteMention(new TextSpan(0, end), speaker, null, "a déclaré");
        }
        var quotedShort = full.Articles.Select(a => a with { Annotations = a.Annotations with { Quotes = [Quote(a, 5, "Irène Valdor")] } }).ToList();
        var quotedLong = full.Articles.Select(a => a with { Annotations = a.Annotations with { Quotes = [Quote(a, 9, "Paul Brisquet")] } }).ToList();
        var first = Json(builder, full.Story, quotedShort);
        Assert.Equal(Json(scratch, full.Story, quotedShort), first);
        var second = Json(builder, full.Story, quotedLong);
        Assert.Equal(Json(scratch, full.Story, quotedLong), second);
        Assert.NotEqual(first, second);
        Assert.Contains("Paul Brisquet", second);
        Assert.DoesNotContain("Irène Valdor", second);
    }
}
