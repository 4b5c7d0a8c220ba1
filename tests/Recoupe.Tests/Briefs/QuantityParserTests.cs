using Recoupe.Briefs.Claims;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>Figures read whole, with their unit, scale, range, bound and what they count (our own sentences).</summary>
public class QuantityParserTests
{
    private static Quantity Single(string sentence, string language = "fr", params string[] dates) =>
        Assert.Single(Parse(sentence, language, dates));

    private static IReadOnlyList<Quantity> Parse(string sentence, string language = "fr", params string[] dates) =>
        QuantityParser.Parse(sentence, new TextSpan(0, sentence.Length), language,
            dates.Select(d => new TextSpan(sentence.IndexOf(d, StringComparison.Ordinal), sentence.IndexOf(d, StringComparison.Ordinal) + d.Length)).ToList());

    [Fact]
    public void A_decimal_comma_and_its_unit_make_one_figure()
    {
        var q = Single("Le feu a parcouru 4,6 km2 de garrigue près d'Aubagne.");
        Assert.Equal(4.6, q.Low, 9);
        Assert.Equal("km2", q.Unit);
        Assert.Equal("garrigu", q.Counted);
    }

    [Fact]
    public void A_scale_word_multiplies_and_the_currency_follows_de()
    {
        var q = Single("L'Etat va consacrer 15,5 milliards d'euros au plan de relance.");
        Assert.Equal(1.55e10, q.Low, 0);
        Assert.Equal("EUR", q.Unit);
        Assert.True(q.Scaled);
        Assert.Equal("15,5 milliards d'euros", "L'Etat va consacrer 15,5 milliards d'euros au plan de relance."[q.Span.Start..q.Span.End]);
    }

    [Theory]
    [InlineData("Les internes travailleront de 28 à 35 heures par semaine.", 28, 35, "h")]
    [InlineData("La hausse sera comprise entre 12 et 14 % selon les cas.", 12, 14, "%")]
    [InlineData("Le stage dure 3-5 jours dans chaque service.", 3, 5, "day")]
    public void Ranges_keep_both_ends(string sentence, double low, double high, string unit)
    {
        var q = Single(sentence);
        Assert.Equal((low, high, unit), (q.Low, q.High, q.Unit));
    }

    [Fact]
    public void Bounds_and_what_is_counted_are_read()
    {
        var q = Single("Au moins 13 personnes ont été tuées dans l'accident de car.");
        Assert.Equal(QuantityBound.AtLeast, q.Bound);
        Assert.Equal("death toll", q.CountedClass);
        var about = Single("Près de 3 000 manifestants ont défilé à Rennes.");
        Assert.Equal((3000.0, QuantityBound.About), (about.Low, about.Bound));
        var killed = Single("The storm killed 21 people in the north.", "en");
        Assert.Equal("death toll", killed.CountedClass);
    }

    [Theory]
    [InlineData("Some 1,200 people were evacuated from the valley.", "en", 1200)]
    [InlineData("Il a vécu vingt et un ans à Bordeaux avant de partir.", "fr", 21)]
    [InlineData("Une vingtaine de blessés ont été transportés à l'hôpital.", "fr", 20)]
    [InlineData("The plan will cost $3.5 billion over ten years.", "en", 3.5e9)]
    public void Numbers_in_other_notations_and_in_words(string sentence, string language, double value) =>
        Assert.Contains(Parse(sentence, language), q => Math.Abs(q.Low - value) < 1e-6 * value);

    [Theory]
    [InlineData("Il est arrivé 2e de la course derrière son coéquipier.")]
    [InlineData("La réunion a commencé à 20h30 dans la salle des fêtes.")]
    [InlineData("L'Airbus A380 a atterri sans encombre à Toulouse.")]
    [InlineData("Cette loi avait été votée en 2005 par le Parlement.")]
    public void Ordinals_clock_times_names_and_years_are_not_figures(string sentence) => Assert.Empty(Parse(sentence));

    [Fact]
    public void Numbers_inside_dates_are_left_to_the_dates()
    {
        const string sentence = "Le 14 juillet, 300 pompiers étaient mobilisés.";
        var q = Single(sentence, "fr", "Le 14 juillet");
        Assert.Equal(300, q.Low);
    }

    [Fact]
    public void A_list_gives_its_currency_once()
    {
        var qs = Parse("La banque A recevra 3 milliards d'euros, la banque B 2,55 milliards et la banque C 950 millions.");
        Assert.All(qs, q => Assert.Equal("EUR", q.Unit));
        Assert.Equal([3e9, 2.55e9, 9.5e8], qs.Select(q => q.Low).ToArray());
    }

    [Theory]
    [InlineData("28 à 35 heures", "28 à 32 heures", "Different")]
    [InlineData("28 à 35 heures", "30 heures", "Compatible")]
    [InlineData("au moins 13 morts", "19 morts", "Compatible")]
    [InlineData("au moins 13 morts", "au moins 19 morts", "Different")]
    [InlineData("15,5 milliards d'euros", "5 milliards d'euros", "Different")]
    [InlineData("1,2 million d'euros", "1 234 567 euros", "Same")]
    [InlineData("13 morts", "19 morts", "Different")]
    [InlineData("près de 5 milliards d'euros", "4,9 milliards d'euros", "Compatible")]
    // A floor backs a figure just past it, not one four times it (a later count); a hedged figure with decimals is precise.
    [InlineData("plus de 40 000 signatures", "42 000 signatures", "Compatible")]
    [InlineData("plus de 40 000 signatures", "160 000 signatures", "Different")]
    [InlineData("environ 52 %", "55 %", "Compatible")]
    [InlineData("environ 52,3 %", "55 %", "Different")]
    public void Figures_compare_by_range_bound_and_rounding(string a, string b, string expected) =>
        Assert.Equal(expected, Quantity.Compare(Single("Il y a eu " + a + " cette année."), Single("Il y a eu " + b + " cette année.")).ToString());
}
