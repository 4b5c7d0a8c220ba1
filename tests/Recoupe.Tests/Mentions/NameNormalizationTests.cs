using Recoupe.Mentions;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions;

public class NameNormalizationTests
{
    [Theory]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Kim Jong-Un", "KIM JONG UN")]
    [InlineData("Vladimir Poutine", "Vladimir Putin")]
    [InlineData("Sergueï Choïgu", "Sergei Shoigu")]
    [InlineData("Dmitri Peskov", "Dmitry Peskov")]
    [InlineData("Adrienne Watson", "Adriene Watson")]
    public void Transliteration_variants_share_a_person_key(string a, string b) => Assert.Equal(NameKey.Person(a), NameKey.Person(b));

    [Theory]
    [InlineData("John Kirby", "Joan Kirby")]
    [InlineData("Kim Jong Un", "Kim Jong Il")]
    public void Different_people_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Person(a), NameKey.Person(b));

    [Fact]
    public void Institution_keys_ignore_word_order_and_function_words() =>
        Assert.Equal(NameKey.Organization("Conseil de sécurité nationale", "fr"), NameKey.Organization("Conseil national de sécurité", "fr"));

    [Theory]
    [InlineData("RPDC", "République populaire démocratique de Corée", true)]
    [InlineData("NSC", "National Security Council", true)]
    [InlineData("USA", "United States of America", true)]
    [InlineData("NSC", "Conseil de sécurité nationale", false)]
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
        Assert.Equal(1, EditDistance.Bounded("adrienne", "adreinne", 2));

    [Fact]
    public void Resolver_merges_variants_across_articles_and_keeps_people_apart()
    {
        var resolver = new EntityResolver();
        var mentions = new List<(long, string, EntityMention)>
        {
            M(1, "Kim Jong-un a rencontré Vladimir Putin.", "Kim Jong-un", EntityType.Person),
            M(1, "Kim Jong-un a rencontré Vladimir Putin.", "Vladimir Putin", EntityType.Person),
            M(2, "Kim Jong Un et Poutine en Russie.", "Kim Jong Un", EntityType.Person),
            M(2, "Kim Jong Un et Poutine en Russie.", "Poutine", EntityType.Person),
            M(2, "Kim Jong Un et Poutine en Russie.", "Russie", EntityType.Place),
            M(3, "Talks in Russia, said Kim Yo Jong.", "Russia", EntityType.Place),
            M(3, "Talks in Russia, said Kim Yo Jong.", "Kim Yo Jong", EntityType.Person),
        };
        var entities = resolver.Resolve(mentions).Select(r => r.Entity).ToList();
        Assert.Contains(entities, e => e.Variants.Contains("Kim Jong-un") && e.Variants.Contains("Kim Jong Un"));
        Assert.Contains(entities, e => e.Variants.Contains("Vladimir Putin") && e.Variants.Contains("Poutine"));
        Assert.Contains(entities, e => e.Variants.Contains("Russie") && e.Variants.Contains("Russia"));
        Assert.DoesNotContain(entities, e => e.Variants.Contains("Kim Yo Jong") && e.Variants.Contains("Kim Jong Un"));
    }

    private static (long, string, EntityMention) M(long article, string text, string surface, EntityType type)
    {
        int start = text.IndexOf(surface, StringComparison.Ordinal);
        var key = NameKey.For(type, surface, "fr");
        return (article, text, new EntityMention(new TextSpan(start, start + surface.Length), type, surface, key));
    }
}
