using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>Capitalised words that are not names (peoples) and lone region names after an article.</summary>
public class CommonNounNameTests
{
    private static (string Text, IReadOnlyList<EntityMention> Entities) Annotate(string text) =>
        (text, RulesOnly.Pipeline.Annotate(text, "fr", null).Entities);

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

    [Theory]
    [InlineData("La marine a testé une torpille Kestrel-7 au large des côtes en mai.", "Kestrel-7")]
    [InlineData("Les pilotes ont reçu des chasseurs Su-35 livrés par Moscou.", "Su-35")]
    public void A_capitalised_word_with_figures_is_no_person(string sentence, string word)
    {
        var (text, entities) = Annotate(sentence);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == word && e.Type == EntityType.Person);
    }

    [Fact]
    public void Two_names_joined_by_a_hyphen_name_a_pair_not_a_person()
    {
        var (text, entities) = Annotate("Marta Lindqvist a reçu Pavel Orlov lundi. Le sommet Lindqvist-Orlov a duré trois heures.");
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == "Lindqvist-Orlov" && e.Type == EntityType.Person);
        Assert.Contains(entities, e => e.Span.Of(text) == "Marta Lindqvist" && e.Type == EntityType.Person);
    }

    [Fact]
    public void A_double_surname_of_someone_named_once_stays_a_person()
    {
        var (text, entities) = Annotate("La ministre a parlé avec Mme Duval-Roche, qui préside la séance.");
        Assert.Contains(entities, e => e.Span.Of(text).EndsWith("Duval-Roche", StringComparison.Ordinal) && e.Type == EntityType.Person);
    }
}
