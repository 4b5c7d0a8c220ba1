using Recoupe.Briefs;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Support;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The pair features' term figures come from one merge of the two sentences' terms (<see cref="TermOverlap"/>) with what depends on
/// one sentence read once (<see cref="PairTerms"/>), and "mutual best" from a per-sentence index by article: every figure must be
/// bit for bit what the feature-by-feature loops give (written out here as they were), for every pair of an invented story.
/// </summary>
public class PairTermsTests
{
    private static readonly (string, EntityType, string)[] People =
        [("Ilona Brezak", EntityType.Person, "brezak"), ("Valmorin", EntityType.Place, "valmorin"), ("Tomas Lindqvist", EntityType.Person, "lindqvist")];

    /// <summary>
    /// Invented reports of one flood, then sentences drawn from a pool of made-up words (seeded): many terms per sentence, of many
    /// IDF values, so that a sum taken in another order would differ in its last bits somewhere.
    /// </summary>
    private static StoryAnalysis Analysis()
    {
        var story = new HandBuiltStory();
        string[] verbs = ["a déclaré", "a affirmé", "a indiqué", "selon"];
        var random = new Random(7);
        var pool = Enumerable.Range(0, 120).Select(i => "vor" + (char)('a' + i % 26) + (char)('a' + i / 26 % 26) + "elin" + (char)('a' + i * 7 % 26)).ToArray();
        for (int a = 0; a < 6; a++)
        {
            var drawn = string.Concat(Enumerable.Range(0, 4).Select(_ =>
                string.Join(' ', Enumerable.Range(0, 12 + random.Next(14)).Select(_ => pool[(int)Math.Pow(random.NextDouble(), 2) * pool.Length])) + ". "));
            story.Add($"Les pompiers ont évacué {200 + 10 * (a % 3)} habitants du quartier bas de Valmorin, {verbs[a % 4]} Ilona Brezak. "
                      + $"La digue nord a cédé dans la nuit après {3 + a % 2} jours de pluie continue sur la vallée. "
                      + (a % 2 == 0 ? "Tomas Lindqvist a promis des pompes supplémentaires pour les caves inondées du centre. "
                                    : "Des pompes supplémentaires arriveront pour les caves du centre, a promis Tomas Lindqvist. ")
                      + "Il y en a. " + drawn
                      + $"Le maire a réuni une cellule de crise à la mairie et demandé l'aide de l'armée pour le {9 + a % 2} octobre.",
                "outlet" + a, published: $"2023-10-{4 + a % 3:00}", entities: People);
        }
        return StoryAnalysis.Run(story.Articles, new Recoupe.Mentions.EntityResolver(), BriefOptions.Default);
    }

    [Fact]
    public void One_merge_gives_every_term_figure_bit_for_bit()
    {
        var analysis = Analysis();
        var corpus = analysis.Corpus;
        Assert.True(corpus.Units.Length >= 24, $"{corpus.Units.Length} units");
        int shared = 0;
        foreach (var a in corpus.Units)
        foreach (var b in corpus.Units)
        {
            var ta = corpus.PairTermsOf(a);
            var tb = corpus.PairTermsOf(b);
            Assert.True(ta.Complete && tb.Complete);
            var o = TermOverlap.Of(corpus, a, ta, b, tb);
            Same(a.Vector.Dot(b.Vector), o.Cosine);
            Same(a.Vector.Coverage(b.Vector), o.CoverageOfA);
            Same(b.Vector.Coverage(a.Vector), o.CoverageOfB);
            Same(PredicateCoverage(corpus, a, b), o.PredicateCoverageOfA);
            Same(PredicateCoverage(corpus, b, a), o.PredicateCoverageOfB);
            Assert.Equal(RareShared(corpus, a, b), o.RareShared);
            Same(RestatementWords.IdfJaccard(corpus, a, b), o.IdfJaccard);
            Same(RestatementWords.RareSharedShare(corpus, a, b), o.RareSharedShare);
            if (o.IdfJaccard > 0 && o.IdfJaccard < 1) shared++;
        }
        Assert.True(shared > 0, "no pair shares part of its terms: the test would prove nothing");
    }

    [Fact]
    public void The_best_sentence_per_article_is_the_one_the_list_gives()
    {
        var analysis = Analysis();
        var aligner = analysis.Aligner;
        int found = 0;
        foreach (var u in analysis.Corpus.Units)
            for (int article = 0; article < analysis.Corpus.Articles.Count; article++)
            {
                int expected = -1;
                foreach (var (other, _) in aligner.BestPerArticle(u, aligner.Floor))
                    if (other.ArticleIndex == article) { expected = other.Index; break; }
                Assert.Equal(expected, aligner.BestIn(u, article));
                if (expected >= 0) found++;
            }
        Assert.True(found > 0);
    }

    [Fact]
    public void The_classifier_judges_pairs_as_from_the_feature_array()
    {
        var analysis = Analysis();
        var corpus = analysis.Corpus;
        var model = SupportModel.Shipped;
        var fresh = new SupportClassifier(corpus, analysis.Frames, analysis.Aligner, model);
        foreach (var a in corpus.Units)
        foreach (var (b, _) in analysis.Aligner.BestPerArticle(a, analysis.Aligner.Floor))
        {
            var expected = model.Probabilities(PairFeatures.Compute(corpus, analysis.Frames, analysis.Aligner, a, b));
            var got = fresh.Probabilities(a, b);
            Assert.Equal(expected.Length, got.Length);
            for (int c = 0; c < got.Length; c++) Same(expected[c], got[c]);
        }
    }

    private static void Same(double expected, double actual) =>
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"{expected:R} vs {actual:R}");

    // The loops the merge replaces, as PairFeatures had them.
    private static double PredicateCoverage(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        double total = 0, covered = 0;
        foreach (var t in a.PredicateTerms)
        {
            if (corpus.IsAttributionTerm(t)) continue;
            double w = corpus.Idf(t);
            total += w;
            if (b.TermCounts.ContainsKey(t)) covered += w;
        }
        return total == 0 ? 0 : covered / total;
    }

    private static int RareShared(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        double rare = 0.5 * Math.Log(corpus.Units.Length + 1.0);
        int n = 0;
        foreach (var t in a.TermCounts.Keys)
            if (b.TermCounts.ContainsKey(t) && corpus.Idf(t) >= rare) n++;
        return n;
    }
}
