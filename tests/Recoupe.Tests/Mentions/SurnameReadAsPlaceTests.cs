using Recoupe.Mentions;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// A family name the labeller read as a place in one article ("Brindlecombe, the mayor, said…") is the person another article
/// names in full, unless the gazetteer knows it as a place. Invented names.
/// </summary>
public sealed class SurnameReadAsPlaceTests
{
    [Fact]
    public void An_unknown_place_that_is_one_person_s_family_name_is_that_person()
    {
        var entities = Resolve(
            M(1, "Mayor Ellen Brindlecombe said the levee held.", "Ellen Brindlecombe", EntityType.Person),
            M(2, "Brindlecombe, the mayor, said the levee held.", "Brindlecombe", EntityType.Place));
        var person = Assert.Single(entities);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains("Brindlecombe", person.Variants);
    }

    [Fact]
    public void A_known_place_stays_a_place()
    {
        var entities = Resolve(
            M(1, "Senator Ellen London said the levee held.", "Ellen London", EntityType.Person),
            M(2, "The levee in London held.", "London", EntityType.Place));
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void A_family_name_two_people_share_stays_apart()
    {
        var entities = Resolve(
            M(1, "Mayor Ellen Brindlecombe said the levee held.", "Ellen Brindlecombe", EntityType.Person),
            M(1, "Mayor Ellen Brindlecombe and Tom Brindlecombe spoke.", "Tom Brindlecombe", EntityType.Person),
            M(2, "Brindlecombe, the mayor, said the levee held.", "Brindlecombe", EntityType.Place));
        Assert.Equal(3, entities.Count);
    }

    private static List<Entity> Resolve(params (long, string, EntityMention)[] mentions) =>
        new EntityResolver().Resolve(mentions).Select(r => r.Entity).ToList();

    private static (long, string, EntityMention) M(long article, string text, string surface, EntityType type)
    {
        int start = text.IndexOf(surface, StringComparison.Ordinal);
        return (article, text, new EntityMention(new TextSpan(start, start + surface.Length), type, surface, NameKey.For(type, surface, "en")));
    }
}
