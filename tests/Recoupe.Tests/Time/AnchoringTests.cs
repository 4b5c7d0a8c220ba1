using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// Anchoring: the publication date anchors news style; a story told in another year moves the reference
/// (the narrative's time); the tense of the nearest verb decides past or next for what has no year.
/// </summary>
public class AnchoringTests
{
    private static readonly DateStamp September = DateStamp.Month(2023, 9);

    [Theory]
    [InlineData("Les États-Unis ont accusé le régime, des allégations que le régime a publiquement niées en novembre.", "novembre", "2022-11")]
    [InlineData("Le ministre n'a toujours pas signé le décret promis en octobre.", "octobre", "2022-10")]
    [InlineData("Le sommet se tiendra en novembre.", "novembre", "2023-11")]
    [InlineData("Une troisième tentative est prévue pour octobre.", "octobre", "2023-10")]
    [InlineData("Les ventes avaient chuté en juillet.", "juillet", "2023-07")]
    [InlineData("Les travaux, annoncés en novembre, ne commenceront qu'au printemps.", "novembre", "2022-11")]
    [InlineData("Le club est sans entraîneur depuis octobre.", "octobre", "2022-10")]
    [InlineData("Le chantier doit être achevé d'ici mars.", "mars", "2024-03")]
    public void Tense_decides_the_year_of_a_month(string text, string span, string value) =>
        AssertHas(text, "fr", September, span, TimexType.Date, value);

    [Theory]
    [InlineData("Le directeur a démissionné le 20 novembre.", "le 20 novembre", "2022-11-20")]
    [InlineData("Le directeur démissionnera le 20 novembre.", "le 20 novembre", "2023-11-20")]
    [InlineData("Les joueurs ont rendez-vous dimanche matin au stade.", "dimanche matin", "2023-09-17TMO")]
    [InlineData("Deux joueurs sont incertains pour la venue de Lyon samedi.", "samedi", "2023-09-16")]
    [InlineData("Le ministre a annoncé jeudi son départ.", "jeudi", "2023-09-07")]
    [InlineData("Le joueur est indisponible depuis vendredi.", "vendredi", "2023-09-08")]
    public void Tense_decides_past_or_next_day(string text, string span, string value)
    {
        var type = value.Contains('T') ? TimexType.Time : TimexType.Date;
        AssertHas(text, "fr", Tuesday, span, type, value);
    }

    [Theory]
    [InlineData("En 2015, la ville a accueilli le festival. En mai, plus de dix mille visiteurs sont venus.", "mai", "2015-05")]
    [InlineData("Le 3 mars 2021, un mercredi, l'usine a fermé. Le vendredi, les salariés ont manifesté.", "Le vendredi", "2021-03-05")]
    [InlineData("La crue de 1910 a noyé Paris. Le 28 janvier, la Seine a atteint son maximum.", "Le 28 janvier", "1910-01-28")]
    public void The_narrative_moves_the_reference(string text, string span, string value) =>
        AssertHas(text, "fr", Tuesday, span, TimexType.Date, value);

    [Fact]
    public void The_publication_comes_back_when_the_text_does()
    {
        // two sentences later the story is back at the time of writing: "en mai" is this year's May
        const string text = "En 2015, la ville a accueilli le festival. Il a attiré du monde. Les organisateurs sont satisfaits. En mai, la mairie a voté un budget.";
        AssertHas(text, "fr", Tuesday, "mai", TimexType.Date, "2023-05");
    }

    [Fact]
    public void Without_publication_the_narrative_is_the_anchor()
    {
        const string text = "Le 5 mai 2010, le pont a été inauguré. Le lendemain, il a été fermé. En juin, les travaux ont repris.";
        AssertHas(text, "fr", null, "Le lendemain", TimexType.Date, "2010-05-06");
        AssertHas(text, "fr", null, "juin", TimexType.Date, "2010-06");
    }

    [Fact]
    public void English_narrative_and_tense()
    {
        AssertHas("The company was founded in 2010. In March, it opened its first store.", "en", Tuesday, "March", TimexType.Date, "2010-03");
        AssertHas("The report will be published in November.", "en", Tuesday, "November", TimexType.Date, "2023-11");
        AssertHas("The regime publicly denied the claims in November.", "en", Tuesday, "November", TimexType.Date, "2022-11");
    }
}
