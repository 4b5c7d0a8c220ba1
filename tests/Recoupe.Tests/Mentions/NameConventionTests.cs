using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// The rule recogniser (see <see cref="RulesOnly"/>).
/// Conventions of French news writing the recognizer follows: conventional capitals, peoples and families after
/// "les", people nouns before a name, signatures, institution names with their seat, governments named after their head.
/// </summary>
public class NameConventionTests
{
    private static (string Text, IReadOnlyList<EntityMention> Entities) Annotate(string text) =>
        (text, RulesOnly.Pipeline.Annotate(text, "fr", null).Entities);

    private static bool Has(string text, IReadOnlyList<EntityMention> entities, string span, EntityType type) =>
        entities.Any(e => e.Span.Of(text) == span && e.Type == type);

    [Theory]
    [InlineData("Le pays a vécu sous l'Empire puis sous la Restauration avant la Révolution de juillet.", "Empire")]
    [InlineData("Les partisans de la Constitution ont manifesté.", "Constitution")]
    public void Conventional_capitals_alone_are_not_entities(string sentence, string word)
    {
        var (text, entities) = Annotate(sentence);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == word && e.Type is EntityType.Organization or EntityType.Person or EntityType.Place);
    }

    [Fact]
    public void A_plural_group_is_no_entity_and_a_family_is_a_person()
    {
        var (text, entities) = Annotate("Les accords ont été signés par les Occidentaux. La maison appartient aux héritiers des Planta depuis 1700.");
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == "Occidentaux" && e.Type != EntityType.Other);
        Assert.True(Has(text, entities, "Planta", EntityType.Person));
    }

    [Fact]
    public void A_people_noun_before_a_name_is_a_descriptor()
    {
        var (text, entities) = Annotate("L'étape a été remportée par l'Allemand Uwe Peschel devant ses rivaux.");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Uwe Peschel", person.Span.Of(text));
        Assert.Equal("Allemand", person.Role);
    }

    [Fact]
    public void A_title_phrase_closed_by_a_comma_before_the_honorific_is_the_role()
    {
        var (text, entities) = Annotate("Il fut admis que le vice-président du Conseil général, M. Louis Thorens, serait élu.");
        var person = Assert.Single(entities, e => e.Type == EntityType.Person);
        Assert.Equal("Louis Thorens", person.Span.Of(text));
        Assert.Equal("vice-président du Conseil général, M.", person.Role);
    }

    [Theory]
    [InlineData("La ruse féminine a triomphé une fois de plus. A. Q.", "A. Q.")]
    [InlineData("Il jouera dans les concerts du monde entier encore longtemps. / CMA", "CMA")]
    public void A_signature_closing_the_article_is_a_person(string article, string signature)
    {
        var (text, entities) = Annotate(article);
        Assert.True(Has(text, entities, signature, EntityType.Person), string.Join(", ", entities.Select(e => $"{e.Span.Of(text)}:{e.Type}")));
    }

    [Fact]
    public void Initials_after_a_preposition_are_no_signature()
    {
        var (text, entities) = Annotate("Les lettres ont été présentées à S. M. I.");
        Assert.DoesNotContain(entities, e => e.Type == EntityType.Person && e.Span.Of(text).StartsWith("M. I", StringComparison.Ordinal));
    }

    [Fact]
    public void An_institution_keeps_its_seat_and_its_peoples_adjective()
    {
        var (text, entities) = Annotate("Il enseigne à l'Académie de musique de Bâle. L'Union des entreprises suisses de transport s'est réunie.");
        Assert.True(Has(text, entities, "Académie de musique de Bâle", EntityType.Organization));
        Assert.True(Has(text, entities, "Union des entreprises suisses de transport", EntityType.Organization));
    }

    [Fact]
    public void An_institution_name_stops_before_a_verb_clause()
    {
        var (text, entities) = Annotate("Les délégués ont autorisé le comité de l'Action nationale de modifier le texte. La commission du Conseil national chargée d'examiner le projet siège.");
        Assert.True(Has(text, entities, "Action nationale", EntityType.Organization));
        Assert.True(Has(text, entities, "Conseil national", EntityType.Organization));
    }

    [Fact]
    public void A_government_named_after_its_head_is_an_organisation()
    {
        var (text, entities) = Annotate("Ils préparaient le renversement du gouvernement Franco.");
        Assert.True(Has(text, entities, "gouvernement Franco", EntityType.Organization));
    }

    [Fact]
    public void A_surname_in_capitals_after_an_honorific_is_a_person()
    {
        var (text, entities) = Annotate("Le Conseil adopte un postulat de M. MOTTA demandant une enquête.");
        Assert.True(Has(text, entities, "MOTTA", EntityType.Person));
    }
}
