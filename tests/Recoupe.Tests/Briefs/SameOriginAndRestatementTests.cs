using Recoupe.Briefs;
using Recoupe.Briefs.Facts;
using Recoupe.Briefs.Support;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The restatement features of the pair classifier (rarity-weighted shared words, an actor named by their role) and the learned
/// "same origin" decision of the independent-source count (trained, not shipped): it reads back only with its features, retrains
/// bit for bit, and ranks a relayed wording above two outlets' own words.
/// </summary>
public class SameOriginAndRestatementTests
{
    private static readonly (string, EntityType, string)[] People =
    [
        ("Irène Valcourt", EntityType.Person, "valcourt"), ("Brevalle", EntityType.Place, "brevalle"),
    ];

    private const string Filler = " Les pêcheurs de Brevalle manifestaient encore mardi devant la préfecture. Le prix du gazole a encore baissé cette semaine.";

    [Fact]
    public void A_person_named_by_their_role_counts_as_the_same_actor_and_rare_shared_words_weigh_more()
    {
        var story = new HandBuiltStory()
            .Add("Irène Valcourt, ministre de la Pêche, a fermé le port de Brevalle aux chalutiers jusqu'en juin." + Filler, "Le Monde",
                entities: People, roles: [("Irène Valcourt", "ministre de la Pêche")])
            .Add("La ministre de la Pêche a fermé le port de Brevalle aux chalutiers jusqu'en juin, a-t-on appris." + Filler, "Libération", entities: People)
            .Add("Irène Valcourt a dîné avec des élus de Brevalle après une réunion publique." + Filler, "Ouest", entities: People);
        var analysis = StoryAnalysis.Run(story.Articles, new Recoupe.Mentions.EntityResolver(), BriefOptions.Default);
        var corpus = analysis.Corpus;
        var named = corpus.UnitsOfArticle[0][0];
        var byRole = corpus.UnitsOfArticle[1][0];
        var other = corpus.UnitsOfArticle[2][0];
        var frame = analysis.Support.FrameOf(named);
        Assert.Equal(1, RestatementWords.ActorsByRole(corpus, frame, byRole));
        // The third sentence names her: no role needed; and it does not carry her role's words.
        Assert.Equal(0, RestatementWords.ActorsByRole(corpus, frame, other));
        Assert.True(RestatementWords.IdfJaccard(corpus, named, byRole) > RestatementWords.IdfJaccard(corpus, named, other) + 0.2);
        Assert.True(RestatementWords.RareSharedShare(corpus, named, byRole) > RestatementWords.RareSharedShare(corpus, named, other));
    }

    [Fact]
    public void No_same_origin_model_ships_so_sources_are_counted_by_the_rules_alone()
    {
        // The learned decision did not hold on the CHECK half (eval/facts-judged/README.md): it is not shipped, and the count is the rules'.
        Assert.True(SameOriginModel.Shipped.IsOff);
        Assert.Equal(SameOriginFeatures.Names, SameOriginModel.Shipped.Features);
    }

    [Fact]
    public void A_same_origin_model_reads_back_only_with_its_features_and_ranks_relayed_wording_above_own_words()
    {
        int Idx(string name) => Array.IndexOf(SameOriginFeatures.Names, name);
        double[] Pair(double overlap) => SameOriginFeatures.Names.Select(n => n is "days_apart" or "length_ratio" or "agency_one" or "attribution_different" ? 0 : overlap).ToArray();
        // Invented pairs: relayed wordings (much shared) are one origin, own words (little shared) are not.
        var pairs = Enumerable.Range(0, 20).Select(i => new Recoupe.Evaluation.Facts.SameOriginTraining.OriginPair("T01", Pair(i < 10 ? 0.6 + i * 0.03 : i * 0.01), i < 10)).ToList();
        var model = Recoupe.Evaluation.Facts.SameOriginTraining.Train(pairs, 0.75);
        Assert.True(model.Probability(Pair(0.9)) >= model.Threshold, $"{model.Probability(Pair(0.9))}");
        Assert.True(model.Probability(Pair(0.05)) < model.Threshold, $"{model.Probability(Pair(0.05))}");
        Assert.True(model.Weights[Idx("shared_5grams")] > 0);
        Assert.Equal(model.ToJson(), SameOriginModel.FromJson(model.ToJson()).ToJson());
        Assert.Throws<InvalidDataException>(() => SameOriginModel.FromJson(model.ToJson().Replace("\"bigram_jaccard\"", "\"bigram_old\"")));
    }

    [Fact]
    public void Same_origin_training_is_deterministic()
    {
        var pairs = Enumerable.Range(0, 30).Select(i =>
        {
            var x = new double[SameOriginFeatures.Count];
            for (int f = 0; f < x.Length; f++) x[f] = (i * 5 + f * 7) % 9 / 8.0;
            return new Recoupe.Evaluation.Facts.SameOriginTraining.OriginPair("T01", x, i % 3 != 0);
        }).ToList();
        Assert.Equal(Recoupe.Evaluation.Facts.SameOriginTraining.Train(pairs, 0.8).ToJson(), Recoupe.Evaluation.Facts.SameOriginTraining.Train(pairs, 0.8).ToJson());
    }
}
