using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>Capitalised words that are not names (peoples) and lone region names after an article.</summary>
public class CommonNounNameTests
{
    private static (string Text, IReadOnlyList<EntityMention> Entities) Annotate(string text) =>
        (text, RecoupePipeline.Default.Annotate(text, "fr", null).Entities);

    [Theory]
    [InlineData("La victoire des Autrichiens fut rapide.", "Autrichiens")]
    [InlineData("Les Norvégiens attaquèrent à l'aube.", "Norvégiens")]
    [InlineData("Nous avons fait 40 Hongrois prisonniers.", "Hongrois")]
    public void Plural_people_are_not_entities(string sentence, string people)
    {
        var (text, entities) = Annotate(sentence);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == people && e.Type is EntityType.Person or EntityType.Organization or EntityType.Place);
    }

    [Fact]
    public void A_plural_place_name_keeps_its_type()
    {
        var (text, entities) = Annotate("Il a voyagé dans les Vosges puis à Colmar.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Colmar" && e.Type == EntityType.Place);
    }

    [Fact]
    public void Lone_ie_name_after_la_is_a_place()
    {
        var (text, entities) = Annotate("Les troupes ont quitté la Transylvanie hier.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Transylvanie" && e.Type == EntityType.Place);
    }
}
