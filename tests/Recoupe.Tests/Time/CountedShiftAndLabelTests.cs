using Recoupe.Mentions.Time;
using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// Counted shifts from the narrative's time ("trois jours plus tard"), month names that trigger English dates,
/// feminine and plural participles as past, words that name the time of writing, and readable labels.
/// Sentences written for these tests; published Tuesday 2023-09-12.
/// </summary>
public class CountedShiftAndLabelTests
{
    [Theory]
    [InlineData("Le 4 mars 2019, la digue a cédé. Trois jours plus tard, les pompiers sont repartis.", "Trois jours plus tard", "2019-03-07")]
    [InlineData("Le 4 mars 2019, la digue a cédé. Deux semaines après, le maire a démissionné.", "Deux semaines après", "2019-03-18")]
    [InlineData("Le 4 mars 2019, la digue a cédé. Un an plus tôt, elle avait été inspectée.", "Un an plus tôt", "2018")]
    [InlineData("En mai 2015, la société a ouvert une usine. Six mois plus tard, elle la fermait.", "Six mois plus tard", "2015-11")]
    [InlineData("Au printemps 2016, la société a ouvert une usine. Deux ans plus tard, elle la fermait.", "Deux ans plus tard", "2018")]
    [InlineData("Au deuxième trimestre 2016, la société a ouvert une usine. Trois ans plus tard, elle la fermait.", "Trois ans plus tard", "2019")]
    public void French_counted_shifts_count_from_the_narrative(string text, string span, string value) =>
        AssertHas(text, "fr", Tuesday, span, TimexType.Date, value);

    [Theory]
    [InlineData("The levee broke on June 2, 2020. Two weeks later, the crews left.", "Two weeks later", "2020-06-16")]
    [InlineData("The levee broke on June 2, 2020. A year earlier, engineers had warned the city.", "A year earlier", "2019")]
    [InlineData("The levee broke on June 2, 2020. Three days after, the mayor resigned.", "Three days after", "2020-06-05")]
    [InlineData("The levee broke in the summer of 2011. Two years later, it was rebuilt.", "Two years later", "2013")]
    public void English_counted_shifts_count_from_the_narrative(string text, string span, string value) =>
        AssertHas(text, "en", Tuesday, span, TimexType.Date, value);

    [Fact]
    public void A_length_before_an_event_is_no_shift() =>
        AssertHas("Les bureaux de vote ont ouvert deux jours avant le scrutin.", "fr", Tuesday, "deux jours", TimexType.Duration, "P2D");

    [Theory]
    [InlineData("La région promet de planter des haies pendant les quatre prochaines années.", "fr", "les quatre prochaines années", "P4Y")]
    [InlineData("Ces deux derniers mois, les loyers ont grimpé.", "fr", "Ces deux derniers mois", "P2M")]
    [InlineData("Les six semaines à venir décideront de la saison.", "fr", "Les six semaines à venir", "P6W")]
    [InlineData("Rents rose over the past three years.", "en", "the past three years", "P3Y")]
    public void Counted_spans_of_the_recent_past_or_near_future_are_lengths(string text, string language, string span, string value) =>
        AssertHas(text, language, Tuesday, span, TimexType.Duration, value);

    [Theory]
    [InlineData("Dimanche 17, la course partira de la place du marché.", "Dimanche 17", "2023-09-17")]
    [InlineData("Le tournoi s'est achevé samedi 9, sous la pluie.", "samedi 9", "2023-09-09")]
    [InlineData("La foire ouvrira le mardi 31.", "le mardi 31", "2023-10-31")]
    public void A_weekday_with_its_day_number_is_the_nearest_such_day(string text, string span, string value) =>
        AssertHas(text, "fr", Tuesday, span, TimexType.Date, value);

    [Theory]
    [InlineData("The bakery closed in December.", "December", "2022-12")]
    [InlineData("The bakery will reopen in December.", "December", "2023-12")]
    [InlineData("The bakery reopened on Sept. 5.", "Sept. 5", "2023-09-05")]
    public void English_months_are_found_alone(string text, string span, string value) =>
        AssertHas(text, "en", Tuesday, span, TimexType.Date, value);

    [Fact]
    public void A_year_guessed_from_the_publication_does_not_move_the_narrative() =>
        // "December" is read as last December (2022); the next month name is still read against the publication
        AssertHas("The bakery closed in December. It reopened on Sept. 5 with a new owner.", "en", Tuesday, "Sept. 5", TimexType.Date, "2023-09-05");

    [Theory]
    [InlineData("Les randonneuses sont parties en novembre.", "novembre", "2022-11")]
    [InlineData("Les cartes sont revenues en octobre.", "octobre", "2022-10")]
    public void Feminine_and_plural_participles_tell_the_past(string text, string span, string value) =>
        AssertHas(text, "fr", Tuesday, span, TimexType.Date, value);

    [Theory]
    [InlineData("Désormais, la piscine ouvre le dimanche.", "Désormais", true)]
    [InlineData("Le musée est actuellement fermé.", "actuellement", true)]
    [InlineData("La piscine a rouvert hier.", "hier", false)]
    [InlineData("Le chantier reprendra prochainement.", "prochainement", false)]
    public void Words_for_the_time_of_writing_are_marked(string text, string span, bool namesNow)
    {
        var found = Tag(text, "fr", Tuesday).Single(t => t.Span.Of(text) == span);
        Assert.Equal(namesNow, found.NamesNow);
    }

    [Theory]
    [InlineData("2023-09-12", TimexType.Date, "fr", "12 septembre 2023")]
    [InlineData("2023-09-01", TimexType.Date, "fr", "1er septembre 2023")]
    [InlineData("2022-11", TimexType.Date, "en", "November 2022")]
    [InlineData("2023-W37", TimexType.Date, "fr", "semaine 37 de 2023")]
    [InlineData("2023-Q2", TimexType.Date, "fr", "2e trimestre 2023")]
    [InlineData("2023-SU", TimexType.Date, "en", "summer 2023")]
    [InlineData("199X", TimexType.Date, "fr", "années 1990")]
    [InlineData("18XX", TimexType.Date, "fr", "19e siècle")]
    [InlineData("2023-09-12T14:05", TimexType.Time, "fr", "12 septembre 2023 à 14 h 05")]
    [InlineData("2023-09-12TEV", TimexType.Time, "en", "12 September 2023, evening")]
    [InlineData("P3D", TimexType.Duration, "fr", "3 jours")]
    [InlineData("PT2H", TimexType.Duration, "en", "2 hours")]
    [InlineData("PXY", TimexType.Duration, "fr", "des années")]
    [InlineData("XXXX-WXX-1", TimexType.Set, "fr", "chaque lundi")]
    [InlineData("PRESENT_REF", TimexType.Time, "en", "now")]
    [InlineData("2023-XX-XX", TimexType.Date, "fr", "2023-XX-XX")]
    public void Labels_read_as_a_journalist_writes(string value, TimexType type, string language, string label) =>
        Assert.Equal(label, TimexLabel.Of(value, type, language));
}
