using Recoupe.Briefs;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>The brief's entity list: every entity, with counts, roles and quotations; capitals kept as places of their own.</summary>
public class BriefEntitiesTests
{
    private static readonly string[] Starts = ["Ba", "Ce", "Di", "Fo", "Gu"];
    private static readonly string[] Ends = ["rand", "mont", "lier", "voix", "zac", "nel", "ton", "quet"];

    [Fact]
    public void Every_entity_of_a_big_story_is_listed_with_its_count_and_quotations()
    {
        var people = Starts.SelectMany(s => Ends.Select(e => "Lou " + s + e)).ToList(); // 40 invented people
        var story = new HandBuiltStory();
        for (int i = 0; i < people.Count; i++)
        {
            var text = $"{people[i]} était présent au conseil. {people[i]} a voté contre la motion.";
            var quotes = i == people.Count - 1 ? new[] { ("a voté contre la motion", "p" + i, people[i]) } : null;
            story.Add(text, "Outlet " + i, entities: [(people[i], EntityType.Person, "p" + i)], quotes: quotes, published: "2024-03-0" + (1 + i % 9));
        }
        var entities = new BriefBuilder().Build(story.Story, story.Articles).Entities;

        Assert.Equal(people.Count, entities.Length);
        Assert.Equal(people.Order(StringComparer.Ordinal), entities.Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.All(entities, e => Assert.Equal(2, e.Mentions));
        var speaker = Assert.Single(entities, e => e.Quotes > 0);
        Assert.Equal(people[^1], speaker.Name);
        Assert.Equal(1, speaker.Quotes);
    }

    [Fact]
    public void A_capital_is_a_place_of_its_own_linked_to_its_country_not_a_variant()
    {
        (string, EntityType, string)[] places = [("Norvège", EntityType.Place, "norvege"), ("Oslo", EntityType.Place, "oslo")];
        var story = new HandBuiltStory()
            .Add("La Norvège rappelle son ambassadeur. Oslo a démenti toute pression.", "A", entities: places, published: "2024-03-01")
            .Add("Oslo dément. La Norvège attend des explications de la Norvège voisine.", "B", entities: places, published: "2024-03-02");
        var entities = new BriefBuilder().Build(story.Story, story.Articles).Entities;

        var country = Assert.Single(entities, e => e.Name == "Norvège");
        Assert.DoesNotContain("Oslo", country.Variants);
        Assert.Equal(3, country.Mentions);
        var capital = Assert.Single(entities, e => e.Name == "Oslo");
        Assert.Equal("place", capital.Type);
        Assert.Equal("Oslo", Assert.Single(capital.Variants));
        Assert.Equal(2, capital.Mentions);
        Assert.Equal("Norvège", capital.StandsFor);
        Assert.Null(country.StandsFor);
    }

    [Fact]
    public void A_capital_alone_stays_a_plain_place()
    {
        var story = new HandBuiltStory()
            .Add("Le sommet se tient à Oslo cette semaine. Oslo accueille vingt délégations.", "A",
                entities: [("Oslo", EntityType.Place, "oslo")], published: "2024-03-01");
        var capital = Assert.Single(new BriefBuilder().Build(story.Story, story.Articles).Entities);
        Assert.Equal("Oslo", capital.Name);
        Assert.Null(capital.StandsFor);
    }
}
