using Recoupe.Stories;
using Recoupe.Stories.Features;

namespace Recoupe.Tests.Stories;

/// <summary>
/// The assigner counts features straight under its terms (no key strings): the vector must be the extractor's
/// profile exactly — same keys in the same order, same weights — with entities, across languages, and after the
/// vocabulary has forgotten terms whose ids new terms then take.
/// </summary>
public class TermCountsTests
{
    private static void AssertSameAsProfile(Recoupe.Model.AnalyzedArticle article, Vocabulary vocabulary, TermCounts counts, ProfileExtractor extractor)
    {
        counts.Clear();
        var language = extractor.ExtractInto(article, counts);
        var (terms, weights) = counts.ToVector(extractor);
        var profile = extractor.Extract(article);
        Assert.Equal(profile.Language, language);
        Assert.Equal(profile.Keys, terms.Select(t => t.Key).ToArray());
        Assert.Equal(profile.Weights, weights);
        Assert.All(terms, t => Assert.False(t.IsForgotten));
        Assert.All(terms, t => Assert.Same(t, vocabulary.Find(t.Key)));
    }

    [Fact]
    public void VectorIsTheExtractorsProfile()
    {
        var vocabulary = new Vocabulary(200_000);
        var counts = new TermCounts(vocabulary);
        var extractor = new ProfileExtractor();
        var seeds = StoryTestArticles.Seeds();
        Assert.Contains(seeds, s => s.Annotations.Entities.Any());
        foreach (var article in seeds.Concat(seeds)) AssertSameAsProfile(article, vocabulary, counts, extractor);
        AssertSameAsProfile(StoryTestArticles.Make("The prefect said 1,500 people left Marseille on Tuesday.", "Fire", "en"), vocabulary, counts, extractor);
        AssertSameAsProfile(StoryTestArticles.Make("Le préfet a dit que 1 500 personnes ont quitté Marseille mardi.", "Feu", "fr"), vocabulary, counts, extractor);
    }

    [Fact]
    public void ForgottenTermsAreNotHandedOut()
    {
        // The smallest vocabulary (1,000 terms): the seeds and made-up fillers overflow it, and halving forgets the
        // terms no story holds; the seeds' terms come back under new terms, some of them with reused ids.
        var vocabulary = new Vocabulary(1_000);
        var counts = new TermCounts(vocabulary);
        var extractor = new ProfileExtractor();
        var seeds = StoryTestArticles.Seeds();
        var fillers = Enumerable.Range(0, 5).Select(f => StoryTestArticles.Make(
            string.Join(" ", Enumerable.Range(0, 400).Select(w => $"zor{f}x{w}quel")) + ".", null, "fr")).ToList();
        int forgotten = 0;
        for (int round = 0; round < 3; round++)
            foreach (var article in seeds.Zip(fillers).SelectMany(p => new[] { p.First, p.Second }))
            {
                AssertSameAsProfile(article, vocabulary, counts, extractor);
                counts.Clear();
                extractor.ExtractInto(article, counts);
                var (terms, _) = counts.ToVector(extractor);
                vocabulary.CountDocument(terms);
                int before = vocabulary.Count;
                vocabulary.Bound();
                if (vocabulary.Count < before) forgotten++;
            }
        Assert.True(forgotten > 0, "the vocabulary never forgot anything: the test does not test");
    }
}
