using Recoupe.Mentions;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Issue 13, session 13: people nouns as descriptions of a source ("a ajouté le Norvégien"; <see cref="QuoteFeatureSwitches.DemonymSources"/>).
/// Invented French articles; the helpers are called directly (the switch only decides whether the finder asks them, and
/// tests must not flip shared switches).
/// </summary>
public class QuoteDemonymSourcesTests
{
    private static QuoteDocument Doc(string text) => QuoteDocuments.Of(text, "fr");

    private static int Token(QuoteDocument doc, string word, int nth = 0) => QuoteDocuments.Token(doc, word, nth);

    private const string Race =
        "Le directeur sportif norvégien Erik Lundvall a présenté mardi son équipe à Lyon.\n\n" +
        "« Nous viserons les étapes de montagne », a déclaré Erik Lundvall.\n\n" +
        "« La course se jouera dans les Alpes », a ajouté le Norvégien.\n";

    [Fact]
    public void A_people_noun_after_the_cue_is_a_singular_description_of_a_man()
    {
        var doc = Doc(Race);
        var c = DemonymDescriptions.At(doc, Token(doc, "Norvégien"));
        Assert.NotNull(c);
        Assert.True(c.Value.Demonym);
        Assert.Equal(SourceKind.Description, c.Value.Kind);
        Assert.Equal(Gender.Male, c.Value.Gender);
        Assert.False(c.Value.Plural);
        Assert.Equal("le Norvégien", c.Value.Span.Of(doc.Text));
    }

    [Fact]
    public void The_description_reads_as_the_person_the_text_calls_by_that_people()
    {
        var doc = Doc(Race);
        var c = DemonymDescriptions.At(doc, Token(doc, "Norvégien"))!.Value;
        var described = DemonymDescriptions.PersonsDescribed(doc, c).ToList();
        Assert.NotEmpty(described);
        Assert.Contains("Lundvall", described[0].Span.Of(doc.Text));
    }

    [Fact]
    public void A_people_noun_before_a_name_is_the_names_role_not_a_candidate()
    {
        var doc = Doc("« Rien n'est joué », a estimé le Norvégien Erik Lundvall.\n");
        Assert.Null(DemonymDescriptions.At(doc, Token(doc, "Norvégien")));
    }

    [Fact]
    public void Feminine_and_plural_people_nouns_carry_their_gender_and_number()
    {
        var doc = Doc("« Nous reviendrons », a promis la Danoise. L'Allemande a répondu « jamais ». " +
            "Trois Écossais ont crié « liberté » et les Autrichiens « courage ».\n");
        var danoise = DemonymDescriptions.At(doc, Token(doc, "Danoise"))!.Value;
        Assert.Equal(Gender.Female, danoise.Gender);
        var allemande = DemonymDescriptions.At(doc, Token(doc, "Allemande"))!.Value;
        Assert.Equal(Gender.Female, allemande.Gender);
        var ecossais = DemonymDescriptions.At(doc, Token(doc, "Écossais"))!.Value;
        Assert.True(ecossais.Plural);
        Assert.Equal(SourceKind.IndefiniteDescription, ecossais.Kind);
        var autrichiens = DemonymDescriptions.At(doc, Token(doc, "Autrichiens"))!.Value;
        Assert.True(autrichiens.Plural);
        Assert.Equal(SourceKind.Description, autrichiens.Kind);
    }

    [Fact]
    public void Country_names_newspapers_and_given_names_are_not_people_nouns()
    {
        var doc = Doc("Le ministre a parlé de la Finlande, selon Le Vosgien, puis il a salué le Julien de la veille.\n");
        Assert.Null(DemonymDescriptions.At(doc, Token(doc, "Finlande")));
        Assert.Null(DemonymDescriptions.At(doc, Token(doc, "Vosgien")));
        Assert.Null(DemonymDescriptions.At(doc, Token(doc, "Julien")));
    }

    [Theory]
    [InlineData("Suédoises", "suédois")]
    [InlineData("suédois", "suédois")]
    [InlineData("italienne", "italien")]
    [InlineData("Allemands", "allemand")]
    [InlineData("russes", "russe")]
    [InlineData("danoises", "danois")]
    public void People_words_share_their_masculine_singular(string word, string stem) =>
        Assert.Equal(stem, DemonymDescriptions.Stem(word.ToLowerInvariant()));
}
