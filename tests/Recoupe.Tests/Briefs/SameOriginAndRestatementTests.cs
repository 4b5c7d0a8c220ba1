using Recoupe.Briefs;
using Recoupe.Briefs.Facts;
using Recoupe.Briefs.Support;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The restatement features of the pair classifier (rarity-weighted shared words, an actor named by their role) and the learned
/// "same origin" decision of the independent-source count: the shipped model loads, matches its features, retrains bit for bit,
/// and joins a relayed wording but not two outlets' own words.
/// </summary>
public class SameOriginAndRestatementTests
{
    private static readonly (string, EntityType, string)[] People =
    [
        ("Irène Valcourt", EntityType.Person, "valcourt"), ("Brevalle", EntityType.Location, "brevalle"),
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
    public void The_shipped_same_origin_model_loads_and_matches_the_features()
    {
        var model = SameOriginModel.Shipped;
        Assert.Equal(SameOriginFeatures.Names, model.Features);
        Assert.InRange(model.Probability(new double[SameOriginFeatures.Count]), 0, 1);
        var json = model.ToJson().Replace("\"bigram_jaccard\"", "\"bigram_old\"");
        Assert.Throws<InvalidDataException>(() => SameOriginModel.FromJson(json));
    }

    [Fact]
    public void Relayed_wording_is_more_likely_one_origin_than_own_words()
    {
        var model = SameOriginModel.Shipped;
        var copied = new double[SameOriginFeatures.Count];
        var own = new double[SameOriginFeatures.Count];
        foreach (var (name, value) in new[] { ("bigram_jaccard", 0.8), ("longest_run_share", 0.9), ("longest_run", 1.0), ("shared_5grams", 6.0), ("idf_jaccard", 0.8), ("rare_shared", 4.0) })
            copied[Array.IndexOf(SameOriginFeatures.Names, name)] = value;
        foreach (var (name, value) in new[] { ("bigram_jaccard", 0.05), ("longest_run_share", 0.1), ("longest_run", 0.1), ("idf_jaccard", 0.15), ("rare_shared", 1.0) })
            own[Array.IndexOf(SameOriginFeatures.Names, name)] = value;
        Assert.True(model.Probability(copied) > model.Probability(own));
        if (model.IsOff) return;
        Assert.True(model.Probability(copied) >= model.Threshold, $"{model.Probability(copied)}");
        Assert.True(model.Probability(own) < model.Threshold, $"{model.Probability(own)}");
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
