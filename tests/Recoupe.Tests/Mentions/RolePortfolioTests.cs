using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Capitalised portfolio words inside a function ("ministre de la Défense", "secrétaire d'État") belong to the role,
/// never become entities of their own; after a lower-case ministry head they make the organisation as a whole.
/// </summary>
public class RolePortfolioTests
{
    private static (string Text, IReadOnlyList<EntityMention> Entities) Annotate(string text, string language = "fr") =>
        (text, RecoupePipeline.Default.Annotate(text, language, null).Entities);

    [Theory]
    [InlineData("La ministre allemande de la Défense Ursula Klein est arrivée lundi à Vilnius.", "Défense", "Ursula Klein", "ministre allemande de la Défense")]
    [InlineData("Il a rencontré le ministre de l'Intérieur Jacques Moreau à Lyon.", "Intérieur", "Jacques Moreau", "ministre de l'Intérieur")]
    [InlineData("Le secrétaire d'État Paul Lambert a démenti.", "État", "Paul Lambert", "secrétaire d'État")]
    [InlineData("Le ministre de la Justice, Pierre Garnier, a répondu.", "Justice", "Pierre Garnier", "ministre de la Justice")]
    public void Portfolio_goes_to_the_role_and_the_person_is_the_entity(string sentence, string portfolio, string person, string role)
    {
        var (text, entities) = Annotate(sentence);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == portfolio);
        var p = Assert.Single(entities, e => e.Span.Of(text) == person);
        Assert.Equal(EntityType.Person, p.Type);
        Assert.Equal(role, p.Role);
    }

    [Theory]
    [InlineData("Le ministère des Affaires étrangères a convoqué l'ambassadeur.", "ministère des Affaires étrangères")]
    public void Ministry_head_and_portfolio_make_one_organization(string sentence, string organization)
    {
        var (text, entities) = Annotate(sentence);
        Assert.Contains(entities, e => e.Span.Of(text) == organization && e.Type == EntityType.Organization);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) is "Affaires" or "Etat");
    }

    // The trained French model reads "Etat" after "département d'" as a place of its own (its corpora rarely put a
    // lower-case head inside a name); the rules, which French features read, still make the whole organisation.
    [Theory]
    [InlineData("Le porte-parole a cité le département d'Etat.", "département d'Etat")]
    public void Rules_make_one_organization_of_a_department_and_its_portfolio(string sentence, string organization)
    {
        var text = sentence;
        var entities = RulesOnly.Pipeline.Annotate(text, "fr", null).Entities;
        Assert.Contains(entities, e => e.Span.Of(text) == organization && e.Type == EntityType.Organization);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) is "Affaires" or "Etat");
    }

    [Fact]
    public void Portfolio_word_outside_a_role_is_left_alone()
    {
        // Only role context consumes the word: a place after "à" stays a place.
        var (text, entities) = Annotate("Les bureaux ont déménagé à Justice en 2020, près de Lyon.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Lyon" && e.Type == EntityType.Place);
    }
}
