using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// Whole paradigms of French temporal vocabulary that the grammar lacked (edges of the day, parts of a named day,
/// ordinal and relative centuries, more present/past/future references, zones by place name), on sentences written
/// for these tests. Published Tuesday 2023-09-12.
/// </summary>
public class FrenchParadigmTests
{
    private static void Fr(string text, string span, TimexType type, string value) => AssertHas(text, "fr", Tuesday, span, type, value);

    [Theory]
    [InlineData("Les pêcheurs sont sortis à l'aube.", "l'aube", "2023-09-12TMO")]
    [InlineData("Les camions ont quitté le dépôt au petit matin.", "petit matin", "2023-09-12TMO")]
    [InlineData("Les chauves-souris sortent au crépuscule.", "crépuscule", "2023-09-12TEV")]
    [InlineData("Le village s'est vidé à la tombée de la nuit.", "la tombée de la nuit", "2023-09-12TEV")]
    [InlineData("La bourse a plongé en milieu de journée.", "milieu de journée", "2023-09-12TMI")]
    [InlineData("Le marché s'est repris en fin de journée.", "fin de journée", "2023-09-12TEV")]
    [InlineData("Les guichets ont ouvert en début de journée.", "début de journée", "2023-09-12TMO")]
    [InlineData("Le trafic a repris à la mi-journée.", "la mi-journée", "2023-09-12TMI")]
    [InlineData("Hier à l'aube, le ferry a accosté.", "Hier à l'aube", "2023-09-11TMO")]
    public void Edges_of_the_day(string text, string span, string value) => Fr(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("Le bal a été donné le soir du 2 septembre.", "le soir du 2 septembre", "2023-09-02TEV")]
    [InlineData("La grève a commencé dans la matinée de lundi.", "la matinée de lundi", "2023-09-11TMO")]
    [InlineData("La digue a cédé l'après-midi du 5 avril 2019.", "l'après-midi du 5 avril 2019", "2019-04-05TAF")]
    public void Parts_of_a_named_day(string text, string span, string value) => Fr(text, span, TimexType.Time, value);

    [Fact]
    public void The_dawn_of_something_is_no_time() => AssertNone("Le pays est à l'aube d'une ère nouvelle.", "fr", "aube");

    [Theory]
    [InlineData("Le canal a été creusé au dix-huitième siècle.", "dix-huitième siècle", "17XX")]
    [InlineData("Cette loi date du seizième siècle.", "seizième siècle", "15XX")]
    [InlineData("Le défi du vingt et unième siècle est climatique.", "vingt et unième siècle", "20XX")]
    [InlineData("Le pont a été bâti au siècle dernier.", "siècle dernier", "19XX")]
    [InlineData("Ce siècle verra la fin du charbon.", "Ce siècle", "20XX")]
    [InlineData("Les travaux ont cessé en plein hiver.", "plein hiver", "2022-WI")]
    public void Centuries_and_seasons(string text, string span, string value) => Fr(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("La mine a fermé en avril 86.", "avril 86", "1986-04")]
    [InlineData("Le pont a été rouvert à l'automne 04, après deux ans de travaux.", "l'automne 04", "2004-FA")]
    [InlineData("Le pont a été rouvert à l'hiver '19.", "l'hiver '19", "2019-WI")]
    public void Two_digit_years(string text, string span, string value) => Fr(text, span, TimexType.Date, value);

    [Fact]
    public void A_count_after_a_month_is_no_year() =>
        Fr("En avril 86 personnes ont été embauchées.", "avril", TimexType.Date, "2023-04");

    [Theory]
    [InlineData("Ces jours-ci, le fleuve monte.", "Ces jours-ci", "PRESENT_REF")]
    [InlineData("Pour l'heure, la mairie se tait.", "Pour l'heure", "PRESENT_REF")]
    [InlineData("Aucun blessé n'est signalé à ce jour.", "ce jour", "PRESENT_REF")]
    [InlineData("Dans l'immédiat, les écoles restent ouvertes.", "Dans l'immédiat", "PRESENT_REF")]
    [InlineData("La région a d'ores et déjà commandé des bus.", "d'ores et déjà", "PRESENT_REF")]
    [InlineData("À l'époque, le quartier était un marais.", "l'époque", "PAST_REF")]
    [InlineData("Les loyers flambent ces derniers temps.", "ces derniers temps", "PAST_REF")]
    [InlineData("Il y a longtemps, une forge occupait la rue.", "Il y a longtemps", "PAST_REF")]
    [InlineData("Tôt ou tard, la digue devra être refaite.", "Tôt ou tard", "FUTURE_REF")]
    public void References(string text, string span, string value) => Fr(text, span, TimexType.Time, value);

    [Fact]
    public void The_time_of_a_named_era_is_no_reference() => AssertNone("À l'époque de la vapeur, le port était actif.", "fr", "époque");

    [Fact]
    public void The_same_era_is_the_month_of_the_last_date() =>
        Fr("Le 4 février 2020, le port a fermé. À la même époque, la mine ralentissait.", "la même époque", TimexType.Date, "2020-02");

    [Theory]
    [InlineData("Le vol atterrit à 7 h 15 heure de Tokyo.", "7 h 15 heure de Tokyo", "2023-09-12T07:15")]
    [InlineData("Le discours sera diffusé à 21 h en France.", "21 h en France", "2023-09-12T21:00")]
    public void Times_with_zones(string text, string span, string value) => Fr(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("La chorale répète chaque soirée.", "chaque soirée", "XXXX-XX-XXTEV")]
    [InlineData("Le comité se réunit chaque trimestre.", "chaque trimestre", "P1Q")]
    [InlineData("La brocante se tient les jeudis.", "les jeudis", "XXXX-WXX-4")]
    [InlineData("La brocante se tient les jeudis et samedis.", "samedis", "XXXX-WXX-6")]
    [InlineData("Le musée est fermé chaque 25 décembre.", "chaque 25 décembre", "XXXX-12-25")]
    [InlineData("Le village se vide chaque mois d'août.", "chaque mois d'août", "XXXX-08")]
    public void More_sets(string text, string span, string value) => Fr(text, span, TimexType.Set, value);
}

/// <summary>The minute of a match, and "un jour" that means "someday" (own sentences, published Tuesday 2023-09-12).</summary>
public class FrenchMatchMinuteTests
{
    [Theory]
    [InlineData("Le 9 septembre 2023, l'équipe a marqué dès la deuxième minute.", "la deuxième minute", "2023-09-09TXX:XX")]
    [InlineData("Samedi, l'arrière a égalisé à la 88e minute.", "la 88e minute", "2023-09-09TXX:XX")]
    [InlineData("Hier, le gardien s'est blessé à la quatre-vingt-dixième minute.", "la quatre-vingt-dixième minute", "2023-09-11TXX:XX")]
    public void The_minute_of_a_match_is_a_time_of_its_day(string text, string span, string value) => AssertHas(text, "fr", Tuesday, span, TimexType.Time, value);

    [Fact]
    public void A_last_minute_change_is_no_time() => AssertNone("Le club a fait un changement de dernière minute.", "fr", "minute");

    [Fact]
    public void Someday_is_no_length() => AssertNone("Un jour, le village aura sa gare.", "fr", "jour");

    [Fact]
    public void A_length_of_one_day_keeps_its_preposition() =>
        AssertHas("Les routiers ont fait grève pendant un jour.", "fr", Tuesday, "un jour", TimexType.Duration, "P1D");
}
