using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Organisation names as HIPE-2020 marks them: company words and legal forms, acronyms leading a name, clubs, institution
/// words with their lower-case complement, and what is no organisation (a lone "l'Etat", a river after "la", a board
/// every company has, a common-noun acronym).
/// </summary>
public class OrganizationNameTests
{
    private static (string Text, IReadOnlyList<EntityMention> Entities) Annotate(string text, string language = "fr") =>
        (text, RecoupePipeline.Default.Annotate(text, language, null).Entities);

    [Theory]
    [InlineData("Le rachat de la compagnie pétrolière Gulf Oil a été annoncé hier.", "Gulf Oil")]
    [InlineData("La banque Salomon Brothers a offert 100 dollars par titre.", "Salomon Brothers")]
    [InlineData("Le groupe dirigé par la firme d'investissement First Boston Corp., ont indiqué les dirigeants.", "First Boston Corp.")]
    [InlineData("Le géant américain du tabac RJR Nabisco a reçu une nouvelle offre.", "RJR Nabisco")]
    [InlineData("Les plaidoiries dans l'affaire de la Caisse d'épargne et de prêts ont pris fin.", "Caisse d'épargne et de prêts")]
    [InlineData("Une déclaration a été déposée auprès de la Securities and Exchange Commission (SEC) lundi.", "Securities and Exchange Commission")]
    [InlineData("Le joueur a été suspendu par son club, le H. C. Chaux-de-Fonds, avec effet immédiat.", "H. C. Chaux-de-Fonds")]
    [InlineData("Gio Ponti a travaillé pour Knoll, une grande fabrique allemande de meubles.", "Knoll")]
    [InlineData("C'est un très beau succès I La Société générale avance à la Turquie la somme.", "Société générale")]
    [InlineData("Les éléphants se ruèrent sur la colonnade du Residenz-Theater ou ils firent un grand dégât.", "Residenz-Theater")]
    [InlineData("Les sociétés ont tenu séance : les Templiers, la Ligue anti-alcoolique, les étudiants abstinents.", "Ligue anti-alcoolique")]
    public void Organisation_names_are_found_with_their_bounds(string sentence, string name)
    {
        var (text, entities) = Annotate(sentence);
        Assert.Contains(entities, e => e.Span.Of(text) == name && e.Type == EntityType.Organization);
    }

    [Fact]
    public void A_heading_in_capitals_ends_before_the_sentence_glued_to_it()
    {
        var (text, entities) = Annotate("ASSEMBLÉE FÉDÉRALE Au Conseil national, M. le président prononce l'éloge du défunt.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Conseil national" && e.Type == EntityType.Organization);
        Assert.DoesNotContain(entities, e => e.Span.Of(text).Contains("Au Conseil", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_form_of_a_company_named_in_full_is_that_company()
    {
        var (text, entities) = Annotate("Le titre de RJR Nabisco a monté. Les actionnaires de Nabisco se réjouissent.");
        Assert.Contains(entities, e => e.Span.Of(text) == "Nabisco" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void The_first_words_of_a_company_named_in_full_are_that_company()
    {
        var (text, entities) = Annotate("Le retour de Continental Illinois Corporation en bourse est prévu. Continental Illinois a déposé une demande. "
            + "La restructuration de Continental a duré.");
        Assert.Equal(3, entities.Count(e => e.Span.Of(text).StartsWith("Continental", StringComparison.Ordinal) && e.Type == EntityType.Organization));
    }

    [Fact]
    public void An_agency_in_a_capitals_heading_signs_the_dispatch()
    {
        var (text, entities) = Annotate("Offre de First Boston sur RJR Nabisco WALL STREET (AFP).-Le géant américain du tabac a reçu une offre.");
        Assert.Contains(entities, e => e.Span.Of(text) == "AFP" && e.Type == EntityType.Organization);
        Assert.Contains(entities, e => e.Span.Of(text) == "RJR Nabisco" && e.Type == EntityType.Organization);
    }

    [Theory]
    [InlineData("En effet, l'Etat trouve bonne la situation des finances.", "Etat")]
    [InlineData("Le RJR Nabisco faisait l'objet de deux OPA la semaine passée.", "OPA")]
    [InlineData("Il a présidé le Conseil d'administration de la société.", "Conseil d'administration")]
    [InlineData("J'ai obtenu que la Croix de fer soit décernée aux soldats.", "Croix")]
    [InlineData("La délégation s'était rendue à Luxembourg à Noël pour la conférence.", "Noël")]
    public void Common_nouns_with_capitals_are_no_organisation(string sentence, string word)
    {
        var (text, entities) = Annotate(sentence);
        Assert.DoesNotContain(entities, e => e.Span.Of(text) == word && e.Type is EntityType.Organization or EntityType.Place);
    }

    [Theory]
    [InlineData("Les troupes serbes ont franchi la Save au nord de la ville.", "Save")]
    [InlineData("Heureusement le feu n'a pas dépassé la Salza, sans quoi la ville aurait brûlé.", "Salza")]
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

    [Fact]
    public void A_lone_name_after_english_the_stays_an_institution()
    {
        var (text, entities) = Annotate("A spokesman for the Kremlin declined to comment on Monday.", "en");
        Assert.Contains(entities, e => e.Span.Of(text) == "Kremlin" && e.Type == EntityType.Organization);
    }
}
