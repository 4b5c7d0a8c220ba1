using Recoupe.Mentions;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions;

/// <summary>A body named with and without its country, across outlets (invented names).</summary>
public class NationalQualifierTests
{
    [Theory]
    [InlineData("canadien", "CA")]
    [InlineData("Canadiennes", "CA")]
    [InlineData("ukrainienne", "UA")]
    [InlineData("grecque", "GR")]
    [InlineData("American", "US")]
    [InlineData("nationale", null)]
    public void Adjectives_of_nationality_name_their_country_in_every_form(string word, string? code) =>
        Assert.Equal(code, NationalAdjectives.CountryOf(word));

    [Fact]
    public void A_body_named_with_its_country_as_adjective_complement_or_prefix_is_one_entity_with_the_bare_name()
    {
        var entities = Resolve(
            (1, "Le Conseil national de la jeunesse du Canada a publié un avis."),
            (2, "Selon le Conseil national de la jeunesse canadien, rien ne change."),
            (3, "The Canadian National Youth Council issued a statement."),
            (4, "Le Conseil national de la jeunesse s'est réuni."));
        var council = Assert.Single(entities, e => e.Variants.Contains("Conseil national de la jeunesse"));
        Assert.Contains("Conseil national de la jeunesse du Canada", council.Variants);
        Assert.Contains("Conseil national de la jeunesse canadien", council.Variants);
        Assert.DoesNotContain("Canadian National Youth Council", council.Variants); // another language's words: another base
    }

    [Fact]
    public void English_names_with_and_without_the_country_before_them_are_one_entity()
    {
        var entities = Resolve(
            (1, "The Canadian National Youth Council issued a statement."),
            (2, "The National Youth Council met on Monday."));
        Assert.Contains(entities, e => e.Variants.Contains("Canadian National Youth Council") && e.Variants.Contains("National Youth Council"));
    }

    [Fact]
    public void Two_countries_keep_the_bodies_and_the_bare_name_apart()
    {
        var entities = Resolve(
            (1, "Le Conseil national de la jeunesse du Canada a publié un avis."),
            (2, "Le Conseil national de la jeunesse de Belgique a répondu."),
            (3, "Le Conseil national de la jeunesse s'est réuni."));
        Assert.Equal(3, entities.Count(e => e.Variants.Any(v => v.StartsWith("Conseil national de la jeunesse", StringComparison.Ordinal))));
    }

    private static List<Entity> Resolve(params (long Article, string Text)[] articles)
    {
        var mentions = new List<(long, string, EntityMention)>();
        foreach (var (article, text) in articles)
        {
            // The organisation's name: from its first capital letter after the determiner to the verb.
            var name = OrganizationIn(text);
            int start = text.IndexOf(name, StringComparison.Ordinal);
            mentions.Add((article, text, new EntityMention(new TextSpan(start, start + name.Length), EntityType.Organization, name,
                NameKey.For(EntityType.Organization, name, "fr"))));
        }
        return new EntityResolver().Resolve(mentions).Select(r => r.Entity).ToList();
    }

    private static string OrganizationIn(string text)
    {
        foreach (var name in new[]
                 {
                     "Conseil national de la jeunesse du Canada", "Conseil national de la jeunesse de Belgique",
                     "Conseil national de la jeunesse canadien", "Canadian National Youth Council", "National Youth Council",
                     "Conseil national de la jeunesse",
                 })
            if (text.Contains(name, StringComparison.Ordinal)) return name;
        throw new ArgumentException(text);
    }
}
