using Recoupe.Briefs;
using Recoupe.Briefs.Facts;
using Recoupe.Evaluation.Facts;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The shared-wording features of the "same origin" decision (<see cref="SharedWording"/>), on invented sentences: a dispatch
/// rewritten with a word inserted, a verb inflected and a name spelt two ways keeps most of the shorter sentence, in order, in a
/// long run; an outlet's own sentence on the same event keeps its names but little else. And training's choice of feature set.
/// </summary>
public class SharedWordingTests
{
    private static readonly (string, EntityType, string)[] Names =
    [
        ("Morvannec", EntityType.Place, "morvannec"), ("Kerlouadec", EntityType.Person, "kerlouadec"), ("Kerlouadek", EntityType.Person, "kerlouadec"),
    ];

    private const string Filler = " Les ostréiculteurs de la baie attendaient cette annonce depuis des mois. La saison touristique s'annonce pourtant bonne.";

    private static (Recoupe.Briefs.Analysis.StoryCorpus Corpus, Recoupe.Briefs.Analysis.SentenceUnit Dispatch,
        Recoupe.Briefs.Analysis.SentenceUnit Rewrite, Recoupe.Briefs.Analysis.SentenceUnit Own) Story()
    {
        var story = new HandBuiltStory()
            .Add("Le préfet Kerlouadec a interdit jeudi la pêche à pied dans l'estuaire de Morvannec jusqu'à la fin du mois d'août." + Filler, "Dépêche", entities: Names)
            .Add("Le préfet Kerlouadek a interdit jeudi soir la pêche à pied dans tout l'estuaire de Morvannec jusqu'à la toute fin du mois d'août, selon un arrêté." + Filler,
                "Le Quotidien", entities: Names)
            .Add("À Morvannec, les promeneurs ne pourront plus ramasser de coques avant septembre, a tranché Kerlouadec." + Filler, "L'Hebdo", entities: Names);
        var corpus = StoryAnalysis.Run(story.Articles, new Recoupe.Mentions.EntityResolver(), BriefOptions.Default).Corpus;
        return (corpus, corpus.UnitsOfArticle[0][0], corpus.UnitsOfArticle[1][0], corpus.UnitsOfArticle[2][0]);
    }

    [Fact]
    public void A_rewritten_dispatch_keeps_more_of_the_shorter_sentence_than_an_outlets_own_wording()
    {
        var (corpus, dispatch, rewrite, own) = Story();
        Assert.True(SharedWording.RareWordsKept(corpus, dispatch, rewrite) > 0.85, $"{SharedWording.RareWordsKept(corpus, dispatch, rewrite)}");
        Assert.True(SharedWording.InOrderKept(corpus, dispatch, rewrite) > 0.85, $"{SharedWording.InOrderKept(corpus, dispatch, rewrite)}");
        Assert.True(SharedWording.RareWordsKept(corpus, dispatch, own) < 0.6, $"{SharedWording.RareWordsKept(corpus, dispatch, own)}");
        Assert.True(SharedWording.InOrderKept(corpus, dispatch, own) < 0.6, $"{SharedWording.InOrderKept(corpus, dispatch, own)}");
        Assert.True(SharedWording.InOrderWords(corpus, dispatch, rewrite) > SharedWording.InOrderWords(corpus, dispatch, own) + 4);
    }

    [Fact]
    public void A_run_skips_one_inserted_word_and_matches_a_name_spelt_two_ways()
    {
        var (corpus, dispatch, rewrite, own) = Story();
        // "préfet Kerlouadec|Kerlouadek a interdit jeudi [soir] la pêche à pied dans [tout] l'estuaire de Morvannec jusqu'à la [toute]
        // fin du mois d'août": one run of 20 words despite the three inserted words and the other spelling; exact runs stop at each.
        int skipping = SharedWording.SkippingRun(corpus, dispatch, rewrite);
        Assert.True(skipping >= 18, $"{skipping}");
        Assert.True(RelayedWording.LongestCommonRun(dispatch.Words, rewrite.Words) < 12);
        Assert.True(SharedWording.SkippingRun(corpus, dispatch, own) <= 3, $"{SharedWording.SkippingRun(corpus, dispatch, own)}");
    }

    [Fact]
    public void A_stem_run_spans_a_changed_inflection_but_not_a_changed_word()
    {
        const string filler = " La criée de Morvannec rouvrira lundi. Les mareyeurs restent prudents.";
        var story = new HandBuiltStory()
            .Add("Les flottilles de la baie réclamaient depuis des années un quota de thon rouge plus large pour les petits bateaux." + filler, "A")
            .Add("La flottille de la baie réclamait depuis des années un quota de thon rouge plus large, a rappelé son syndicat." + filler, "B")
            .Add("La flottille de la baie voulait depuis des années un quota de thon rouge plus large pour les petits bateaux." + filler, "C");
        var corpus = StoryAnalysis.Run(story.Articles, new Recoupe.Mentions.EntityResolver(), BriefOptions.Default).Corpus;
        var (a, b, c) = (corpus.UnitsOfArticle[0][0], corpus.UnitsOfArticle[1][0], corpus.UnitsOfArticle[2][0]);
        // "flottille(s) de la baie réclamai(en)t depuis des années un quota de thon rouge plus large": 15 words by stem, 10 at most exactly.
        Assert.True(RelayedWording.LongestCommonRun(a.Words, b.Words) < RelayedWording.CopiedRun);
        Assert.True(SharedWording.StemRun(corpus, a, b) >= RelayedWording.CopiedRun, $"{SharedWording.StemRun(corpus, a, b)}");
        // Another verb in its place cuts the run (the skipping run, a feature of the model, goes over it).
        Assert.True(SharedWording.StemRun(corpus, b, c) < RelayedWording.CopiedRun, $"{SharedWording.StemRun(corpus, b, c)}");
        Assert.True(SharedWording.SkippingRun(corpus, b, c) >= RelayedWording.CopiedRun, $"{SharedWording.SkippingRun(corpus, b, c)}");
    }

    /// <summary>
    /// The stem run and the longest run of equal words, now kept on one row walked backwards (fact sources ask them of every pair of
    /// a fact's members), equal the full tables they replaced, on every pair of sentences of two invented stories.
    /// </summary>
    [Fact]
    public void One_row_runs_equal_the_full_tables_on_every_pair()
    {
        var (first, _, _, _) = Story();
        const string filler = " La criée de Morvannec rouvrira lundi. Les mareyeurs restent prudents.";
        var second = StoryAnalysis.Run(new HandBuiltStory()
            .Add("Les flottilles de la baie réclamaient depuis des années un quota de thon rouge plus large pour les petits bateaux." + filler, "A")
            .Add("La flottille de la baie réclamait depuis des années un quota de thon rouge plus large, a rappelé son syndicat." + filler, "B")
            .Articles, new Recoupe.Mentions.EntityResolver(), BriefOptions.Default).Corpus;
        int pairs = 0;
        foreach (var corpus in new[] { first, second })
            foreach (var a in corpus.Units)
                foreach (var b in corpus.Units)
                {
                    Assert.Equal(TableStemRun(corpus, a, b), SharedWording.StemRun(corpus, a, b));
                    Assert.Equal(TableRun(a.Words, b.Words), RelayedWording.LongestCommonRun(a.Words, b.Words));
                    pairs++;
                }
        Assert.True(pairs > 20);
    }

    private static int TableStemRun(Recoupe.Briefs.Analysis.StoryCorpus corpus, Recoupe.Briefs.Analysis.SentenceUnit a, Recoupe.Briefs.Analysis.SentenceUnit b)
    {
        int n = a.Words.Length, m = b.Words.Length, best = 0;
        var run = new int[n + 1, m + 1];
        for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
        {
            bool same = a.Words[i] == b.Words[j];
            int t = a.WordTerms[i], u = b.WordTerms[j];
            if (!same && t >= 0 && u >= 0)
            {
                string x = corpus.StemOf(t), y = corpus.StemOf(u);
                same = t == u || x.Length >= SharedWording.MinLengthForNearSpelling && y.Length >= SharedWording.MinLengthForNearSpelling
                    && Recoupe.Mentions.Names.EditDistance.Bounded(x, y, 1) <= 1;
            }
            if (same) best = Math.Max(best, run[i + 1, j + 1] = run[i, j] + 1);
        }
        return best;
    }

    private static int TableRun(string[] a, string[] b)
    {
        var run = new int[a.Length + 1, b.Length + 1];
        int best = 0;
        for (int i = 0; i < a.Length; i++)
        for (int j = 0; j < b.Length; j++)
            if (a[i] == b[j]) best = Math.Max(best, run[i + 1, j + 1] = run[i, j] + 1);
        return best;
    }

    [Theory]
    [InlineData("kerlouadec", "kerlouadek", true)]
    [InlineData("kerlouadec", "kerloadec", true)]
    [InlineData("prononc", "prononcé", true)]
    [InlineData("kerlouadec", "kerlouaxyz", false)]
    [InlineData("port", "pont", false)]
    public void Near_spellings_are_one_edit_apart_in_long_stems(string a, string b, bool near) =>
        Assert.Equal(near, SharedWording.NearSpelling(a, b));

    [Fact]
    public void Training_chooses_among_feature_sets_and_gives_unused_features_no_weight()
    {
        var sets = SameOriginTraining.FeatureSets();
        Assert.Equal("s7", sets[0].Name);
        Assert.All(SameOriginFeatures.SharedWordingNames, f => Assert.False(sets[0].Mask[Array.IndexOf(SameOriginFeatures.Names, f)]));
        Assert.All(SameOriginFeatures.Names, f => Assert.True(sets[^1].Mask[Array.IndexOf(SameOriginFeatures.Names, f)]));
        int kept = Array.IndexOf(SameOriginFeatures.Names, "kept_in_order");
        // Invented pairs where only the kept share tells one origin from two.
        var pairs = Enumerable.Range(0, 20).Select(i =>
        {
            var x = new double[SameOriginFeatures.Count];
            x[kept] = i < 10 ? 0.8 + i * 0.01 : 0.1 + i * 0.01;
            return new SameOriginTraining.OriginPair("T01", x, i < 10);
        }).ToList();
        var without = SameOriginTraining.Train(pairs, 0.5, use: sets[0]);
        var with = SameOriginTraining.Train(pairs, 0.5, use: sets[^1]);
        Assert.Equal(0, without.Weights[kept]);
        Assert.True(with.Weights[kept] > 0);
    }
}
