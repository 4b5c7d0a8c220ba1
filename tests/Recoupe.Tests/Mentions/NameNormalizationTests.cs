using Recoupe.Mentions;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions;

public class NameNormalizationTests
{
    [Theory]
    [InlineData("Moon Jae-in", "Moon Jae In")]
    [InlineData("Lee Jae-Myung", "LEE JAE MYUNG")]
    [InlineData("Vladimir Poutine", "Vladimir Putin")]
    [InlineData("Sergueï Lavrov", "Sergei Lavrov")]
    [InlineData("Dmitri Sorokin", "Dmitry Sorokin")]
    [InlineData("Marianne Lefebvre", "Mariane Lefebvre")]
    public void Transliteration_variants_share_a_person_key(string a, string b) => Assert.Equal(NameKey.Person(a), NameKey.Person(b));

    [Theory]
    [InlineData("Tom Baxter", "Tim Baxter")]
    [InlineData("Lee Jae Myung", "Lee Jae Yong")]
    public void Different_people_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Person(a), NameKey.Person(b));

    [Fact]
    public void Institution_keys_ignore_word_order_and_function_words() =>
        Assert.Equal(NameKey.Organization("Comité de vigilance portuaire", "fr"), NameKey.Organization("Comité portuaire de vigilance", "fr"));

    [Theory]
    [InlineData("ONU", "Organisation des Nations unies", true)]
    [InlineData("HVC", "Harbour Vigilance Committee", true)]
    [InlineData("USA", "United States of America", true)]
    [InlineData("HVC", "Comité de vigilance portuaire", false)]
    public void Acronyms_match_the_initials_of_content_words(string acronym, string name, bool expected) =>
        Assert.Equal(expected, AcronymMatcher.Matches(acronym, name));

    [Theory]
    [InlineData("Russie", "RU")]
    [InlineData("Russia", "RU")]
    [InlineData("Etats-Unis", "US")]
    [InlineData("Allemagne", "DE")]
    [InlineData("Corée du Sud", "KR")]
    public void Country_names_come_from_culture_data_in_several_languages(string name, string region) =>
        Assert.Equal(region, Places.Lookup(name)?.Code);

    [Fact]
    public void Bounded_edit_distance_counts_transpositions() =>
        Assert.Equal(1, EditDistance.Bounded("marianne", "mairanne", 2));

    [Fact]
    public void Resolver_merges_variants_across_articles_and_keeps_people_apart()
    {
        var resolver = new EntityResolver();
        var mentions = new List<(long, string, EntityMention)>
        {
            M(1, "Moon Jae-in a rencontré Vladimir Putin.", "Moon Jae-in", EntityType.Person),
            M(1, "Moon Jae-in a rencontré Vladimir Putin.", "Vladimir Putin", EntityType.Person),
            M(2, "Moon Jae In et Poutine en Russie.", "Moon Jae In", EntityType.Person),
            M(2, "Moon Jae In et Poutine en Russie.", "Poutine", EntityType.Person),
            M(2, "Moon Jae In et Poutine en Russie.", "Russie", EntityType.Place),
            M(3, "Talks in Russia, said Moon Hee Sang.", "Russia", EntityType.Place),
            M(3, "Talks in Russia, said Moon Hee Sang.", "Moon Hee Sang", EntityType.Person),
        };
        var entities = resolver.Resolve(mentions).Select(r => r.Entity).ToList();
        Assert.Contains(entities, e => e.Variants.Contains("Moon Jae-in") && e.Variants.Contains("Moon Jae In"));
        Assert.Contains(entities, e => e.Variants.Contains("Vladimir Putin") && e.Variants.Contains("Poutine"));
        Assert.Contains(entities, e => e.Variants.Contains("Russie") && e.Variants.Contains("Russia"));
        Assert.DoesNotContain(entities, e => e.Variants.Contains("Moon Hee Sang") && e.Variants.Contains("Moon Jae In"));
    }

    private static (long, string, EntityMention) M(long article, string text, string surface, EntityType type)
    {
        int start = text.IndexOf(surface, StringComparison.Ordinal);
        var key = NameKey.For(type, surface, "fr");
        return (article, text, new EntityMention(new TextSpan(start, start + surface.Length), type, surface, key));
    }
}
