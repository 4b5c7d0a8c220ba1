using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// The rule recogniser (see <see cref="RulesOnly"/>).
/// Organisation names as HIPE-2020 marks them: company words and legal forms, acronyms leading a name, clubs, institution
/// words with their lower-case complement, and what is no organisation (a lone "l'Etat", a river after "la", a board
/// every company has, a common-noun acronym).
/// </summary>
public class OrganizationNameTests
{
    private static (string Text, IReadOnlyList<EntityMention> Entities) Annotate(string text, string language = "fr") =>
        (text, RulesOnly.Pipeline.Annotate(text, language, null).Entities);

    [Theory]
    [InlineData("Le rachat de la compagnie pétrolière Baltic Oil a été confirmé mardi.", "Baltic Oil")]
    [InlineData("L'établissement Hartwell Brothers a proposé 40 euros par titre.", "Hartwell Brothers")]
    [InlineData("Le consortium mené par la firme Brentwood Capital Corp., ont précisé les avocats, reste prudent.", "Brentwood Capital Corp.")]
    [InlineData("Le fabricant américain de jouets KMX Toymakers a reçu une offre.", "KMX Toymakers")]
    [InlineData("Les comptes de la Banque de dépôts et de crédits ont été publiés.", "Banque de dépôts et de crédits")]
    [InlineData("Une enquête a été ouverte par la Gaming and Lottery Commission (GLC) jeudi.", "Gaming and Lottery Commission")]
    [InlineData("Le gardien a signé avec son nouveau club, le H. C. Davos, pour deux saisons.", "H. C. Davos")]
    [InlineData("La designer a dessiné pour Varnell, une petite fabrique suédoise de lampes.", "Varnell")]
    [InlineData("Un accord est trouvé I La Banque régionale prête la somme au canton.", "Banque régionale")]
    [InlineData("Le concert de gala aura lieu au Stadt-Theater samedi soir.", "Stadt-Theater")]
    [InlineData("Plusieurs groupes ont défilé : les gymnastes, la Ligue anti-nucléaire, les chorales.", "Ligue anti-nucléaire")]
    public void Organisation_names_are_found_with_their_bounds(string sentence, string name)
    {
        var (text, entities) = Annotate(sentence);
        Assert.Contains(entities, e => e.Span.Of(text) == name && e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_heading_in_capitals_ends_before_the_sentence_glued_to_it()
    {
        var (text, entities) = Annotate("DÉBATS PARLEMENTAIRES Au Conseil national, le budget a été adopté sans opposition.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Conseil national" && e.Type == EntityType.Organization);
        Assert.DoesNotContain(entities, e => e.Span.Of(text).Contains("Au Conseil", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_form_of_a_company_named_in_full_is_that_company()
    {
        var (text, entities) = Annotate("Le titre de KMX Toymakers a baissé. Les salariés de Toymakers s'inquiètent.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Toymakers" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void The_first_words_of_a_company_named_in_full_are_that_company()
    {
        var (text, entities) = Annotate("Le retour de Harlow Atlantic Corporation en bourse est prévu. Harlow Atlantic a déposé une demande. "
            + "La restructuration de Harlow a duré.");
        Assert.Equal(3, entities.Count(e => e.Span.Of(text).StartsWith("Harlow", StringComparison.Ordinal) && e.Type == EntityType.Organization));
    }

    [Fact]
    public void An_agency_in_a_capitals_heading_signs_the_dispatch()
    {
        var (text, entities) = Annotate("Offre de Harlow Atlantic sur KMX Toymakers NEW YORK (AFP).-Le fabricant de jouets a reçu une offre.");
        Assert.Contains(entities, e => e.Span.Of(text) == "AFP" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Span.Of(text) == "KMX Toymakers" && e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("Pour cette raison, l'Etat juge la dépense utile.", "Etat")]
    [InlineData("La chaîne de magasins faisait l'objet de deux OPA cette année.", "OPA")]
    [InlineData("Elle siège au Conseil d'administration de l'entreprise depuis mars.", "Conseil d'administration")]
    [InlineData("Il a reçu la Croix de guerre après la bataille.", "Croix")]
    [InlineData("Les ministres se retrouveront à Bruxelles à Noël pour signer l'accord.", "Noël")]
    public void Common_nouns_with_capitals_are_no_organisation(string sentence, string word)
    {
        var (text, entities) = Annotate(sentence);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == word && e.Type is EntityType.Organization or EntityType.Place);
    }

    [Theory]
    [InlineData("Les blindés ont traversé la Morava au sud de la capitale.", "Morava")]
    [InlineData("Les pompiers ont arrêté le feu avant la Lindach, sans quoi le village aurait brûlé.", "Lindach")]
    public void A_lone_name_after_a_french_article_is_a_place(string sentence, string name)
    {
        var (text, entities) = Annotate(sentence);
        Assert.Contains(entities, e => e.Span.Of(text) == name && e.Type == EntityType.Place);
    }

    [Fact]
    public void Well_known_acronyms_written_as_words_stay_organisations()
    {
        var (text, entities) = Annotate("Le secrétaire général de l'Otan et le représentant de l'Onu se sont parlé.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Otan" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Span.Of(text) == "Onu" && e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("« Nous ne commentons pas », a déclaré un porte-parole, selon le quotidien suédois Aftonposten.", "fr")]
    [InlineData("\"We have nothing to add,\" the minister said, according to the daily Asahi.", "en")]
    public void A_title_after_a_press_noun_is_a_medium_not_a_speaker(string sentence, string language)
    {
        var (text, entities) = Annotate(sentence, language);
        var title = language == "fr" ? "Aftonposten" : "Asahi";
        Assert.Contains(entities, e => e.Span.Of(text) == title && e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_lone_name_after_english_the_stays_an_institution()
    {
        var (text, entities) = Annotate("A spokesman for the Kremlin declined to comment on Monday.", "en");
        Assert.Contains(entities, e => e.Span.Of(text) == "Kremlin" && e.Type == EntityType.Organization);
    }
}
