using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>
/// <see cref="StoryAssignerOptions.CommonNameDiscount"/>: a person held by most of the active stories (in the news for
/// one event after another) is weak evidence, so an article that shares only that person with a story starts a story
/// of its own, while one that shares the story's event words still joins it. Without the discount the shared name is
/// enough to join (the test can fail both ways). Invented names and words throughout.
/// </summary>
public class CommonNameDiscountTests
{
    private const string Person = "Gaspardine Vollemaure";

    // Five unrelated events of the same person, and two stories without her.
    private static readonly string[] Events =
    [
        "barrage turbine fleuve crue vanne",
        "lycée professeur programme examen classe",
        "foire bétail tracteur récolte semence",
        "tunnel chantier foreuse galerie béton",
        "musée tableau exposition peintre restauration",
    ];
    private static readonly string[] Others =
    [
        "navire cargaison port quai grue",
        "orchestre concert violon chef symphonie",
    ];

    private static AnalyzedArticle Text(string body, int n) => StoryTestArticles.Make(body, null, "fr", null, $"n{n}");

    private static OnlineStoryAssigner Restored(StoryAssignerOptions options)
    {
        var assigner = new OnlineStoryAssigner(options);
        int n = 0;
        for (int e = 0; e < Events.Length; e++)
            for (int i = 0; i < 3; i++)
                assigner.Restore(Text($"{Person} a parlé. {Events[e]}. Selon {Person}, {Events[e]}.", n++), 10 + e);
        for (int o = 0; o < Others.Length; o++)
            for (int i = 0; i < 3; i++)
                assigner.Restore(Text($"{Others[o]}. Encore {Others[o]}.", n++), 20 + o);
        return assigner;
    }

    private static StoryAssignerOptions Discounted => StoryAssignerOptions.Default with { CommonNameDiscount = 1 };

    // The person named as often as in her stories, with the words of a sixth event only.
    private static AnalyzedArticle NewEvent => Text($"{Person} a parlé. Volcan cendre lave. Selon {Person}, éruption.", 100);
    private static AnalyzedArticle FirstEvent => Text($"{Person} a parlé. {Events[0]}. Selon {Person}, vanne.", 101);

    [Fact]
    public void WithoutTheDiscountTheCommonNameAloneJoins()
    {
        Assert.NotNull(Restored(StoryAssignerOptions.Default).Decide(NewEvent).StoryId);
    }

    [Fact]
    public void CommonNameWithoutEventWordsStartsANewStory()
    {
        Assert.Null(Restored(Discounted).Decide(NewEvent).StoryId);
    }

    [Fact]
    public void CommonNameWithEventWordsStillJoins()
    {
        Assert.Equal((long?)10, Restored(Discounted).Decide(FirstEvent).StoryId);
    }

    [Fact]
    public void NameOfOneStoryIsNotDiscounted()
    {
        // A name held by a single story keeps its whole weight: the same score with the discount and without it.
        var article = Text("Bertrude Calimonde a parlé. Bertrude Calimonde répond.", 102);
        double Score(StoryAssignerOptions options)
        {
            var assigner = new OnlineStoryAssigner(options);
            for (int i = 0; i < 3; i++) assigner.Restore(Text($"Bertrude Calimonde a parlé. {Others[0]}.", 200 + i), 30);
            for (int i = 0; i < 3; i++) assigner.Restore(Text($"{Others[1]}.", 210 + i), 31);
            return assigner.Explain(article).Single(c => c.StoryId == 30).Score;
        }
        Assert.Equal(Score(StoryAssignerOptions.Default), Score(Discounted), 6);
    }
}
