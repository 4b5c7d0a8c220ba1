using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// Span and value conventions taken from the annotation guidelines (TimeML / ISO-TimeML TIMEX3, the French TimeBank
/// guide), kind by kind, on sentences invented for these tests: a whole part of the day is a length, a quantity of
/// hours is a length unless it can be a clock reading, two units joined are one length, the year of "la fin de
/// l'année 2024" is that year, plans announced in English ("is set to") look ahead. Published Tuesday 2023-09-12.
/// </summary>
public class GuidelineConventionsTests
{
    private static void Check(string text, string span, TimexType type, string value, string language = "fr") =>
        AssertHas(text, language, Tuesday, span, type, value);

    [Theory]
    [InlineData("Les pompiers ont lutté toute la nuit contre les flammes.", "toute la nuit", "PTNI")]
    [InlineData("Les enquêteurs ont fouillé la maison toute la matinée.", "toute la matinée", "PTMO")]
    [InlineData("Il a neigé tout l'après-midi sur le col.", "tout l'après-midi", "PTAF")]
    [InlineData("Les débats ont occupé toute la soirée.", "toute la soirée", "PTEV")]
    public void A_whole_part_of_the_day_is_a_length(string text, string span, string value) => Check(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("Les secours ont cherché le randonneur pendant une quinzaine de jours.", "une quinzaine de jours", "P2W")]
    [InlineData("Le chantier a pris une quinzaine d'années.", "une quinzaine d'années", "P15Y")]
    [InlineData("Les associations disposent de deux mois et un jour pour saisir le juge.", "deux mois et un jour", "P2M1D")]
    [InlineData("Le détenu a purgé trois ans et six mois de prison.", "trois ans et six mois", "P3Y6M")]
    public void Approximate_and_compound_lengths(string text, string span, string value) => Check(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("La garde à vue du comptable a été prolongée de vingt-quatre heures.", "vingt-quatre heures", "PT24H")]
    [InlineData("Elle est rentrée après quatre heures d'interrogatoire.", "quatre heures", "PT4H")]
    [InlineData("Le calme est revenu dans le quartier depuis quelques heures.", "quelques heures", "PTXH")]
    [InlineData("À quelques heures du scrutin, les sondages se resserrent.", "quelques heures", "PTXH")]
    [InlineData("Le maire a présidé une séance de trois heures.", "trois heures", "PT3H")]
    public void Hours_that_cannot_be_a_clock_reading_are_a_length(string text, string span, string value) => Check(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("Le concert commence ce soir à 21\u00A0heures.", "21\u00A0heures", "2023-09-12T21:00")]
    [InlineData("Le dernier train part à 23\u202Fh\u202F10.", "23\u202Fh\u202F10", "2023-09-12T23:10")]
    public void A_clock_time_with_no_break_spaces(string text, string span, string value) => Check(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("Il a hésité. En une seconde, il a choisi.", "une seconde", "PT1S")]
    public void One_second_after_a_length_preposition(string text, string span, string value) => Check(text, span, TimexType.Duration, value);

    [Fact]
    public void A_second_chance_is_no_length() => AssertNone("Le club a offert une seconde chance au joueur.", "fr", "une seconde");

    [Theory]
    [InlineData("L'otage a été libéré à l'aube de samedi.", "l'aube de samedi", "2023-09-09TMO")]
    public void A_part_of_a_named_day(string text, string span, string value) => Check(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("La rencontre doit avoir lieu avant la fin de l'année 2024.", "la fin de l'année 2024", "2024")]
    [InlineData("Le projet a été lancé au début de l'année 2019.", "début de l'année 2019", "2019")]
    public void A_year_with_its_modifier(string text, string span, string value) => Check(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The plant is set to close in March.", "March", "2024-03")]
    [InlineData("The committee is due to report in February.", "February", "2024-02")]
    public void English_plans_look_ahead(string text, string span, string value) => Check(text, span, TimexType.Date, value, "en");

    [Theory]
    [InlineData("Le dispositif est prolongé jusqu'au 31 décembre.", "31 décembre", "2023-12-31")]
    [InlineData("Le musée est fermé jusqu'en mars pour travaux.", "mars", "2024-03")]
    [InlineData("Le ministre est resté jusqu'au 3 mai.", "3 mai", "2023-05-03")]
    public void The_end_of_a_present_state_lies_ahead(string text, string span, string value) => Check(text, span, TimexType.Date, value);

    [Fact]
    public void A_clock_reading_after_de_that_opens_a_range_stays_a_time() =>
        Check("Le bureau de vote est ouvert de 8 heures à 18 heures.", "8 heures", TimexType.Time, "2023-09-12T08:00");
}
