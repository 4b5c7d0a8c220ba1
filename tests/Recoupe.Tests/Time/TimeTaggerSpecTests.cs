using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Tests.Time;

/// <summary>
/// Input -> expected TIMEX3 specs, French and English. The anchor is Tuesday 2023-09-12 (ISO week 37) unless
/// a test says otherwise. Each case names the expected span, type and value of one expression in the text.
/// </summary>
public class TimeTaggerSpecTests
{
    private static readonly DateStamp Tuesday = TimeSpec.Tuesday;

    private static List<TimeMention> Tag(string text, string language, DateStamp? anchor) => TimeSpec.Tag(text, language, anchor);

    private static void AssertHas(string text, string language, DateStamp? anchor, string span, TimexType type, string value) =>
        TimeSpec.AssertHas(text, language, anchor, span, type, value);

    [Theory]
    [InlineData("Le sommet s'est ouvert le 5 septembre 2023 à Paris.", "le 5 septembre 2023", TimexType.Date, "2023-09-05")]
    [InlineData("La loi a été votée le 12/09/2023.", "le 12/09/2023", TimexType.Date, "2023-09-12")]
    [InlineData("Le chantier avait commencé en septembre 2022.", "septembre 2022", TimexType.Date, "2022-09")]
    [InlineData("Il vit à Lyon depuis 2015.", "2015", TimexType.Date, "2015")]
    [InlineData("Le ministre a annoncé lundi qu'il démissionnait.", "lundi", TimexType.Date, "2023-09-11")]
    [InlineData("Le match aura lieu samedi au Stade de France.", "samedi", TimexType.Date, "2023-09-16")]
    [InlineData("Les pompiers sont intervenus hier soir.", "hier soir", TimexType.Time, "2023-09-11TEV")]
    [InlineData("Hier, le gouvernement a reculé.", "Hier", TimexType.Date, "2023-09-11")]
    [InlineData("Aujourd'hui, les syndicats manifestent.", "Aujourd'hui", TimexType.Date, "2023-09-12")]
    [InlineData("Le texte sera examiné demain.", "demain", TimexType.Date, "2023-09-13")]
    [InlineData("L'accident s'est produit hier (lundi) vers midi.", "hier (lundi)", TimexType.Date, "2023-09-11")]
    [InlineData("Les prix ont flambé la semaine dernière.", "la semaine dernière", TimexType.Date, "2023-W36")]
    [InlineData("Le vote aura lieu la semaine prochaine.", "la semaine prochaine", TimexType.Date, "2023-W38")]
    [InlineData("Le chômage a baissé le mois dernier.", "le mois dernier", TimexType.Date, "2023-08")]
    [InlineData("Une décision est attendue dans le courant du mois.", "dans le courant du mois", TimexType.Date, "2023-09")]
    [InlineData("Les travaux ont commencé en juillet.", "juillet", TimexType.Date, "2023-07")]
    [InlineData("La croissance sera faible cette année.", "cette année", TimexType.Date, "2023")]
    [InlineData("Les ventes avaient chuté l'année dernière.", "l'année dernière", TimexType.Date, "2022")]
    [InlineData("Les loyers ont augmenté ces derniers mois.", "ces derniers mois", TimexType.Duration, "PXM")]
    [InlineData("Des hausses sont prévues dans les mois à venir.", "les mois à venir", TimexType.Duration, "PXM")]
    [InlineData("La grève a duré pendant trois jours.", "trois jours", TimexType.Duration, "P3D")]
    [InlineData("Le projet a pris deux ans de retard.", "deux ans", TimexType.Duration, "P2Y")]
    [InlineData("La secousse a été ressentie à 14h02.", "14h02", TimexType.Time, "2023-09-12T14:02")]
    [InlineData("Le train part à 8 h 30 chaque matin.", "8 h 30", TimexType.Time, "2023-09-12T08:30")]
    [InlineData("Le marché se tient chaque lundi.", "chaque lundi", TimexType.Set, "XXXX-WXX-1")]
    [InlineData("La fête revient tous les ans.", "tous les ans", TimexType.Set, "P1Y")]
    [InlineData("Il gagne 30 000 euros par an.", "an", TimexType.Set, "P1Y")]
    [InlineData("Il avait quitté la ville il y a deux ans.", "il y a deux ans", TimexType.Date, "2021")]
    [InlineData("Le festival s'est tenu le 6 mai dernier.", "le 6 mai dernier", TimexType.Date, "2023-05-06")]
    [InlineData("Ils se sont mariés le 1er mai 1962.", "le 1er mai 1962", TimexType.Date, "1962-05-01")]
    [InlineData("Le site a été fermé au début des années 60.", "début des années 60", TimexType.Date, "196X")]
    [InlineData("Le bâtiment date du XIXe siècle.", "XIXe siècle", TimexType.Date, "18XX")]
    [InlineData("Le chantier durera plus de vingt ans.", "plus de vingt ans", TimexType.Duration, "P20Y")]
    [InlineData("Il a couru pendant 30,4 secondes.", "30,4 secondes", TimexType.Duration, "PT30.4S")]
    [InlineData("Le ministre reviendra ce week-end.", "ce week-end", TimexType.Date, "2023-W37-WE")]
    [InlineData("La réunion a été reportée à la fin de l'année.", "la fin de l'année", TimexType.Date, "2023")]
    [InlineData("Les négociations reprendront désormais chaque semaine.", "chaque semaine", TimexType.Set, "P1W")]
    [InlineData("Le bilan est maintenant de trois morts.", "maintenant", TimexType.Time, "PRESENT_REF")]
    public void French(string text, string span, TimexType type, string value) => AssertHas(text, "fr", Tuesday, span, type, value);

    [Theory]
    [InlineData("The summit opened on Sept. 5, 2023 in Paris.", "Sept. 5, 2023", TimexType.Date, "2023-09-05")]
    [InlineData("The plant closed in September 2022.", "September 2022", TimexType.Date, "2022-09")]
    [InlineData("The minister resigned last Tuesday.", "last Tuesday", TimexType.Date, "2023-09-05")]
    [InlineData("The vote will take place next week.", "next week", TimexType.Date, "2023-W38")]
    [InlineData("Police arrested two men yesterday.", "yesterday", TimexType.Date, "2023-09-11")]
    [InlineData("The company was founded two years ago.", "two years ago", TimexType.Date, "2021")]
    [InlineData("Firefighters arrived this morning.", "this morning", TimexType.Time, "2023-09-12TMO")]
    [InlineData("The strike lasted for three days.", "three days", TimexType.Duration, "P3D")]
    [InlineData("The market is held every Monday.", "every Monday", TimexType.Set, "XXXX-WXX-1")]
    [InlineData("The quake struck at 2:30 p.m. local time.", "2:30 p.m. local time", TimexType.Time, "2023-09-12T14:30")]
    [InlineData("Sales fell last month.", "last month", TimexType.Date, "2023-08")]
    [InlineData("Prices rose sharply in the 1970s.", "the 1970s", TimexType.Date, "197X")]
    public void English(string text, string span, TimexType type, string value) => AssertHas(text, "en", Tuesday, span, type, value);

    /// <summary>A month-precision anchor knows the month, not the day: day-relative expressions resolve to the month.</summary>
    [Theory]
    [InlineData("Le ministre a démissionné hier.", "hier", TimexType.Date, "2023-09")]
    [InlineData("Le ministre a parlé mardi.", "mardi", TimexType.Date, "2023-09")]
    [InlineData("Le chômage a baissé le mois dernier.", "le mois dernier", TimexType.Date, "2023-08")]
    [InlineData("La croissance sera faible cette année.", "cette année", TimexType.Date, "2023")]
    public void Month_precision_anchor(string text, string span, TimexType type, string value) =>
        AssertHas(text, "fr", DateStamp.Month(2023, 9), span, type, value);

    [Fact]
    public void Without_anchor_relative_days_stay_unknown()
    {
        AssertHas("Le ministre a démissionné hier.", "fr", null, "hier", TimexType.Date, "XXXX-XX-XX");
        AssertHas("Le sommet s'est ouvert le 5 septembre 2023.", "fr", null, "le 5 septembre 2023", TimexType.Date, "2023-09-05");
    }

    [Theory]
    [InlineData("Jean Dupont, 45 ans, a été interpellé.")]
    [InlineData("Un homme de 38 ans a été blessé.")]
    [InlineData("Quelque 2000 manifestants ont défilé.")]
    [InlineData("Il a gagné 1 500 euros.")]
    [InlineData("Le vent du Midi souffle fort.")]
    [InlineData("Il a tenté une seconde fois.")]
    public void Look_alikes_are_not_time_expressions(string text) => Assert.Empty(Tag(text, "fr", Tuesday));

    [Fact]
    public void Hostile_input_is_bounded()
    {
        var text = string.Concat(Enumerable.Repeat("le 5 mai 2023 à 14 h 30, hier soir, il y a deux ans, chaque lundi 1999 ", 20_000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var found = Tag(text, "fr", Tuesday);
        Assert.NotEmpty(found);
        Assert.True(sw.ElapsedMilliseconds < 5000, $"{sw.ElapsedMilliseconds} ms");
    }
}
