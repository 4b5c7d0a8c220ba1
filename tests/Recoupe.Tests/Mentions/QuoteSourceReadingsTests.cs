using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Sources the nearest name does not give (issue 13), on short articles of our own: a report speaking for the body
/// named in its complement and then as "le document"; "X, who said"; an organisation as "it said".
/// </summary>
public class QuoteSourceReadingsTests
{
    private static Recoupe.Model.QuoteMention Quote(string text, string language, string content) =>
        Assert.Single(RecoupePipeline.Default.Annotate(text, language, null).Quotes, q => q.Span.Of(text).StartsWith(content, StringComparison.Ordinal));

    private const string Report =
        "Le conseil municipal de Villebrune a voté lundi la fermeture de la piscine.\n\n" +
        "Un rapport de l'Observatoire régional des finances locales, publié mardi, juge cette décision « précipitée et coûteuse ».\n\n" +
        "Le document pointe aussi « une absence totale de concertation » avec les habitants.\n";

    [Theory]
    [InlineData("précipitée")]
    [InlineData("une absence totale")]
    public void A_report_speaks_for_the_body_in_its_complement_and_goes_on_as_the_document(string content)
    {
        var q = Quote(Report, "fr", content);
        Assert.Equal("Observatoire régional des finances locales", q.Speaker);
    }

    [Theory]
    [InlineData("fr", "Le préfet de la Lisière, Gilles Tardieu, a fermé la piscine lundi. « La sécurité passe avant tout », a-t-il déclaré.\n\n" +
        "Le porte-parole du Pentaprisme a pour sa part assuré que les bassins étaient « parfaitement sûrs ».\n", "parfaitement")]
    [InlineData("fr", "Le préfet de la Lisière, Gilles Tardieu, a fermé la piscine lundi. « La sécurité passe avant tout », a-t-il déclaré.\n\n" +
        "Le porte-parole du Pentaprisme a de son côté assuré que les bassins resteraient fermés pendant un mois.\n", "les bassins")]
    [InlineData("en", "Governor Gilles Tardieu closed the pool on Monday. \"Safety comes first,\" he said.\n\n" +
        "The spokesman of the Pentaprism Authority confirmed that the pools would stay closed for a month.\n", "the pools")]
    public void A_title_tied_to_a_named_body_is_not_read_as_a_person_the_text_never_ties_to_it(string language, string text, string content)
    {
        var q = Quote(text, language, content);
        Assert.NotEqual("Gilles Tardieu", q.Speaker);
    }

    [Fact]
    public void A_title_after_a_person_named_without_a_role_may_say_who_that_person_is()
    {
        const string text = "« Nous ne céderons pas », a martelé hier Jean Roux.\n\n" +
            "Le directeur général de la Caisse Norvale, qui s’exprimait devant les actionnaires, a assuré que la banque était « parfaitement solide ».\n";
        Assert.Equal("Jean Roux", Quote(text, "fr", "parfaitement").Speaker);
    }

    [Theory]
    [InlineData("fr", "Selon le Courrier de Vallerne, le maire Gilles Tardieu quittera ses fonctions en juin. Le journal ajoute que le conseil municipal votera mardi.\n", "le conseil", "Courrier de Vallerne")]
    [InlineData("en", "According to the Vallerne Courier, Mayor Gilles Tardieu will step down in June. The paper said the council would vote on Tuesday.\n", "the council", "Vallerne Courier")]
    public void An_outlet_taken_up_as_the_paper_is_the_outlet_named_before(string language, string text, string content, string outlet) =>
        Assert.Equal(outlet, Quote(text, language, content).Speaker);

    [Fact]
    public void A_person_the_text_ties_to_the_body_is_still_read_for_its_title()
    {
        const string text = "Gilles Tardieu, porte-parole du Pentaprisme, a présenté le plan lundi.\n\n" +
            "Le porte-parole du Pentaprisme a ensuite assuré que les bassins étaient « parfaitement sûrs ».\n";
        Assert.Equal("Gilles Tardieu", Quote(text, "fr", "parfaitement").Speaker);
    }

    [Fact]
    public void A_relative_who_after_a_name_gives_that_name()
    {
        const string text = "The council met on Tuesday to discuss the budget.\n\n" +
            "The plan was opposed by Governor Ellen Marsh, who said: \"This budget abandons rural schools.\"\n";
        Assert.Equal("Ellen Marsh", Quote(text, "en", "This budget").Speaker);
    }

    [Fact]
    public void It_said_gives_the_organisation_named_before()
    {
        const string text = "Shares of Brightwater Logistics fell 8% on Monday after the company delayed its annual report.\n\n" +
            "Brightwater Logistics blamed an audit of its overseas accounts. \"We regret the delay and expect to publish within weeks,\" it said in a statement.\n";
        Assert.Equal("Brightwater Logistics", Quote(text, "en", "We regret").Speaker);
    }
}
