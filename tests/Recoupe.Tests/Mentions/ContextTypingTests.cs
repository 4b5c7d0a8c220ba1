using Recoupe.Mentions.Names;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>Types read from the neighbourhood and the whole document: datelines, brackets, lists, agencies, roles.</summary>
public class ContextTypingTests
{
    private static (string Text, IReadOnlyList<EntityMention> Entities) Annotate(string text, string language = "fr") =>
        (text, RulesOnly.Pipeline.Annotate(text, language, null).Entities);

    private static EntityType? TypeOf(string text, IReadOnlyList<EntityMention> entities, string name) =>
        entities.FirstOrDefault(e => e.Span.Of(text) == name)?.Type;

    [Fact]
    public void A_place_typed_by_a_preposition_types_its_dateline_too()
    {
        var (text, entities) = Annotate("Trouville, 7 mai. Une assemblée s'est tenue samedi à Trouville devant un public nombreux.");
        Assert.All(entities.Where(e => e.Span.Of(text) == "Trouville"), e => Assert.Equal(EntityType.Place, e.Type));
    }

    [Fact]
    public void A_dateline_names_a_place()
    {
        var (text, entities) = Annotate("Kerlouan, 12 juin. Le conseil a voté le budget de l'année.");
        Assert.Equal(EntityType.Place, TypeOf(text, entities, "Kerlouan"));
    }

    [Fact]
    public void A_name_in_brackets_after_a_person_is_a_place_and_the_name_before_it_a_person()
    {
        var (text, entities) = Annotate("Le classement : 1. Verbrugge (Bel) à 3 secondes. 2. M. Dind (Vaud) arrive ensuite.");
        Assert.Equal(EntityType.Place, TypeOf(text, entities, "Bel"));
        Assert.Equal(EntityType.Place, TypeOf(text, entities, "Vaud"));
        Assert.Equal(EntityType.Person, TypeOf(text, entities, "Verbrugge"));
    }

    [Fact]
    public void Items_of_a_list_with_a_known_place_are_places()
    {
        var (text, entities) = Annotate("Les troupes sont entrées à Lyon, Tarvelle, Montrignac et Bourdeilles.");
        foreach (var town in new[] { "Tarvelle", "Montrignac", "Bourdeilles" }) Assert.Equal(EntityType.Place, TypeOf(text, entities, town));
    }

    [Fact]
    public void A_full_name_after_a_is_still_a_person()
    {
        var (text, entities) = Annotate("Il a dû céder son maillot à Abraham Olano hier.");
        Assert.Equal(EntityType.Person, TypeOf(text, entities, "Abraham Olano"));
    }

    [Theory]
    [InlineData("PARIS, 15 (Havas). — Le gouvernement a démissionné.", "Havas")]
    [InlineData("La nouvelle a été confirmée par Reuters dans la soirée.", "Reuters")]
    public void News_agencies_are_organisations(string sentence, string agency)
    {
        var (text, entities) = Annotate(sentence);
        Assert.Equal(EntityType.Organization, TypeOf(text, entities, agency));
    }

    [Theory]
    [InlineData("Le chapitre II organise le service.", "II")]
    [InlineData("Le Conseil général s'est réuni mardi soir.", "Conseil général")]
    [InlineData("Ce succès, l'Américain le doit à son équipe.", "Américain")]
    [InlineData("Il parle Vaguement des états de l'empereur.", "Vaguement")]
    public void Common_nouns_in_capitals_are_not_entities(string sentence, string word)
    {
        var (text, entities) = Annotate(sentence);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == word && e.Type is EntityType.Person or EntityType.Organization or EntityType.Place);
    }

    [Theory]
    [InlineData("Le jeune André Taponnier a été blessé.", "jeune")]
    [InlineData("Le texte a été voté, a dit Alfred Perroset, secrétaire-adjoint, à la sortie.", "secrétaire-adjoint")]
    [InlineData("Elle a travaillé avec le rappeur Kanye West.", "rappeur")]
    public void Descriptors_and_bare_appositions_are_roles(string sentence, string role)
    {
        var (_, entities) = Annotate(sentence);
        Assert.Contains(entities, e => e.Type == EntityType.Person && e.Role == role);
    }

    [Fact]
    public void An_honorific_takes_no_verb_before_it_as_a_role()
    {
        var (_, entities) = Annotate("Il s'agirait de remplacer M. Pinard au ministère.");
        var pinard = Assert.Single(entities, e => e.Name.Contains("Pinard"));
        Assert.DoesNotContain("remplacer", pinard.Role ?? "");
    }

    [Theory]
    [InlineData("Le président Flavio Cotti-le plus francophile des conseillers-a parlé.", "Flavio Cotti")]
    [InlineData("Moon Jae-in est arrivé.", "Moon Jae-in")]
    public void A_hyphen_glued_lower_case_word_is_cut_from_a_name(string sentence, string name)
    {
        var (text, entities) = Annotate(sentence);
        Assert.Contains(entities, e => e.Span.Of(text) == name);
    }

    [Theory]
    [InlineData("Zoé Müller-Ørsted")]
    [InlineData("États-Unis d’Amérique")]
    [InlineData("  Œuvre  de l'ŒIL  ")]
    [InlineData("Ægir – Straße")]
    public void Folding_into_a_buffer_equals_folding_into_a_string(string text)
    {
        Span<char> buffer = stackalloc char[64];
        if (TextFold.TryFold(text, buffer, out int length)) Assert.Equal(TextFold.Fold(text.AsSpan()), buffer[..length].ToString());
        else Assert.True(text.Contains('ß') || text.Contains('Ø') || text.Any(c => c > 0x24F && char.IsLetter(c)));
    }
}
