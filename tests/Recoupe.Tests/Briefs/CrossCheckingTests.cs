using Recoupe.Briefs;
using Recoupe.Briefs.Claims;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// Cross-checking on stories of our own making: figures read whole and in one unit, a figure that changed is an update and never
/// a confirmation, a toll that names no one is still the story's toll, short claims are claims, a contrast is not support.
/// </summary>
public class CrossCheckingTests
{
    private const string FillerA = " Les vendanges ont commencé avec une semaine d'avance dans la vallée. Le marché couvert rouvrira samedi.";
    private const string FillerB = " Une grève des chauffeurs de bus perturbe la circulation en ville. La médiathèque prolonge ses horaires d'été.";

    private static Quantity Single(string sentence, string language = "fr") =>
        Assert.Single(QuantityParser.Parse(sentence, new TextSpan(0, sentence.Length), language, []));

    [Theory]
    [InlineData("Le coût du chantier est passé de 19 à 26 milliards d'euros.", 26e9, 19e9, "EUR")]
    [InlineData("Le bilan s'est alourdi de 7 à 11 morts dans la nuit.", 11, 7, "")]
    [InlineData("The bill for the bridge rose from 3.5 to 4.2 billion dollars.", 4.2e9, 3.5e9, "USD")]
    [InlineData("Le nombre de lits a été ramené de 40 à 25 dans le service.", 25, 40, "")]
    public void A_figure_that_changed_is_read_as_its_new_value_not_as_a_range(string sentence, double now, double before, string unit)
    {
        var q = Single(sentence, sentence.StartsWith("The", StringComparison.Ordinal) ? "en" : "fr");
        Assert.False(q.IsRange);
        Assert.Equal(now, q.Low, 6);
        Assert.Equal(before, q.From!.Value, 6);
        Assert.Equal(unit, q.Unit);
    }

    [Fact]
    public void A_range_without_a_verb_of_change_stays_a_range()
    {
        var q = Single("Les saisonniers travailleront de 28 à 35 heures par semaine.");
        Assert.Equal((28.0, 35.0), (q.Low, q.High));
        Assert.Null(q.From);
    }

    [Theory]
    [InlineData("La tempête a couché 460 hectares de pins.", "La tempête a couché 4,6 km2 de pins.", "Same")]
    [InlineData("La tempête a couché quelque 450 hectares de pins.", "La tempête a couché 4,6 km2 de pins.", "Compatible")]
    [InlineData("La tempête a couché 46 hectares de pins.", "La tempête a couché 4,6 km2 de pins.", "Different")]
    [InlineData("La tempête a couché 1.250 arbres.", "La tempête a couché 1 250 arbres.", "Same")]
    [InlineData("La tempête a couché 12,5 millions d'arbres.", "La tempête a couché 12 500 000 arbres.", "Same")]
    public void Areas_compare_in_one_unit_and_separators_read_whole(string a, string b, string expected) =>
        Assert.Equal(expected, Quantity.Compare(Single(a), Single(b)).ToString());

    [Fact]
    public void A_toll_that_names_no_place_is_still_the_story_toll_and_rises_as_an_update()
    {
        var places = new (string, EntityType, string)[] { ("Vierzon", EntityType.Place, "vierzon") };
        var story = new HandBuiltStory()
            .Add("L'explosion a fait 7 morts parmi les ouvriers de l'équipe de nuit, selon un premier bilan." + FillerA, "A",
                published: "2024-03-08T09:00:00Z")
            .Add("L'explosion de l'usine chimique de Vierzon a fait 11 morts, a annoncé la préfecture dimanche." + FillerB, "B",
                published: "2024-03-10T10:00:00Z", entities: places);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        var update = Assert.Single(brief.Conflicts, c => c.Kind == "update");
        Assert.Equal("figure", update.Differs);
        // The evolution reads in the order it was published.
        Assert.Equal(["7", "11"], update.Claims.Select(c => c.Value.Split(' ')[0]).ToArray());
        Assert.DoesNotContain(brief.Conflicts, c => c.Kind == "value");
        // No fact counts the later toll as confirming the earlier one.
        Assert.DoesNotContain(brief.Facts, f => f.Sources.Select(s => s.ArticleId).Distinct().Count() > 1);
    }

    [Fact]
    public void A_toll_told_as_a_new_report_is_an_update_even_on_one_day()
    {
        var story = new HandBuiltStory()
            .Add("L'effondrement du parking a fait 6 morts dans la nuit, selon les pompiers." + FillerA, "A", published: "2024-06-02T07:00:00Z")
            .Add("L'effondrement du parking a fait 9 morts, selon un nouveau bilan des pompiers." + FillerB, "B", published: "2024-06-02T08:00:00Z");
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.Single(brief.Conflicts, c => c.Kind == "update" && c.Differs == "figure");
        Assert.DoesNotContain(brief.Conflicts, c => c.Kind == "value");
    }

    [Fact]
    public void A_toll_differing_between_reports_of_unknown_times_is_an_update_not_a_disagreement()
    {
        var story = new HandBuiltStory()
            .Add("L'effondrement du parking a fait 6 morts dans la nuit, selon les pompiers." + FillerA, "A")
            .Add("L'effondrement du parking a fait 9 morts dans la nuit, selon les pompiers." + FillerB, "B");
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.Single(brief.Conflicts, c => c.Kind == "update");
        Assert.DoesNotContain(brief.Conflicts, c => c.Kind == "value");
        Assert.True(Recoupe.Briefs.Conflicts.UpdateCues.TellsAnEvolution(["le", "bilan", "s'est", "alourdi"]));
        Assert.False(Recoupe.Briefs.Conflicts.UpdateCues.TellsAnEvolution(["le", "bilan", "est", "de", "9", "morts"]));
    }

    [Fact]
    public void Tolls_of_two_named_places_are_two_scopes_not_an_update()
    {
        var story = new HandBuiltStory()
            .Add("Les inondations ont fait 4 morts à Nîmes, a annoncé la préfecture." + FillerA, "A", published: "2024-10-02",
                entities: [("Nîmes", EntityType.Place, "nimes")])
            .Add("Les inondations ont fait 9 morts à Alès, selon les pompiers." + FillerB, "B", published: "2024-10-04",
                entities: [("Alès", EntityType.Place, "ales")]);
        Assert.Empty(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
    }

    [Fact]
    public void A_short_dated_claim_is_a_claim_and_its_other_month_a_conflict()
    {
        var people = new (string, EntityType, string)[] { ("Marc Dupin", EntityType.Person, "dupin"), ("Lille", EntityType.Place, "lille") };
        var story = new HandBuiltStory()
            .Add("Marc Dupin s'est rendu à Lille en mars." + FillerA, "A", entities: people, times: [("en mars", "2024-03")])
            .Add("Marc Dupin s'est rendu à Lille en avril." + FillerB, "B", entities: people, times: [("en avril", "2024-04")]);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        var conflict = Assert.Single(brief.Conflicts);
        Assert.Equal("date", conflict.Differs);
        // Each month is a fact of its own, citing only the outlet that gives it.
        Assert.Contains(brief.Facts, f => f.Statement.Contains("mars") && f.Sources.All(s => s.ArticleId == 1));
        Assert.Contains(brief.Facts, f => f.Statement.Contains("avril") && f.Sources.All(s => s.ArticleId == 2));
    }

    [Fact]
    public void A_day_of_another_month_is_never_cited_for_a_month()
    {
        var people = new (string, EntityType, string)[] { ("Marc Dupin", EntityType.Person, "dupin"), ("Lille", EntityType.Place, "lille") };
        var story = new HandBuiltStory()
            .Add("Marc Dupin s'est rendu à Lille en mars pour inaugurer la nouvelle gare." + FillerA, "A", entities: people, times: [("en mars", "2024-03")])
            .Add("Marc Dupin s'est rendu à Lille le 12 avril pour inaugurer la nouvelle gare." + FillerB, "B", entities: people,
                times: [("le 12 avril", "2024-04-12")])
            .Add("Marc Dupin s'est rendu à Lille le 18 mars pour inaugurer la nouvelle gare." + FillerA, "C", entities: people,
                times: [("le 18 mars", "2024-03-18")]);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        // March and 18 March agree; 12 April is another time and backs neither.
        Assert.Contains(brief.Facts, f => f.Sources.Select(s => s.ArticleId).Distinct().Order().SequenceEqual([1L, 3L]));
        Assert.DoesNotContain(brief.Facts, f => f.Sources.Any(s => s.ArticleId == 2) && f.Sources.Any(s => s.ArticleId != 2));
    }

    private static ClaimFrame Dated(params string[] values) => new()
    {
        Unit = 0, Actors = [], Places = [], Quantities = [], Negated = false, Modality = ClaimModality.Asserted, AnotherOccurrence = false,
        IsClaim = true, Dates = [.. values.Select(v => new TimeMention(new TextSpan(0, 1), TimexType.Date, v))],
    };

    [Theory]
    [InlineData("2024-03", "2024-04-12", true)]
    [InlineData("2024-03", "2024-03-18", false)]
    [InlineData("2024-03-18", "2024-04", true)]
    [InlineData("2024", "2024-04-12", false)]
    [InlineData("XXXX-03", "2024-04-12", true)]
    [InlineData("XXXX-04", "2024-04-12", false)]
    public void A_month_and_a_day_of_another_month_never_back_each_other(string a, string b, bool disagree)
    {
        var slots = SlotAgreement.Of(Dated(a), Dated(b));
        Assert.Equal(disagree, Recoupe.Briefs.Support.SupportClassifier.Disagree(slots));
        // Not a conflict: only dates of one precision make one (a month and a day are too often two moments of one story).
        Assert.Equal(0, slots.DifferentDates);
    }

    [Theory]
    [InlineData("2005-01-28", "2008-01-28")]
    [InlineData("2004-02-08", "2005-02-08")]
    public void The_same_day_read_in_two_years_is_one_date_not_a_conflict(string a, string b)
    {
        var slots = SlotAgreement.Of(Dated(a), Dated(b));
        Assert.Equal(0, slots.DifferentDates);
        Assert.Equal(1, slots.SameDates);
        Assert.False(Recoupe.Briefs.Support.SupportClassifier.Disagree(slots));
    }

    [Fact]
    public void Figures_of_two_accounting_periods_are_not_a_conflict()
    {
        var bank = new (string, EntityType, string)[] { ("Banque Verdier", EntityType.Organization, "verdier") };
        var periods = new HandBuiltStory()
            .Add("La Banque Verdier a accusé une perte nette de 1,4 milliard d'euros au troisième trimestre." + FillerA, "A",
                published: "2024-11-05", entities: bank)
            .Add("La Banque Verdier a accusé une perte nette de 820 millions d'euros au premier semestre." + FillerB, "B",
                published: "2024-11-05", entities: bank);
        Assert.Empty(new BriefBuilder().Build(periods.Story, periods.Articles).Conflicts);
        Assert.True(PeriodCues.Differ(PeriodCues.Of(["au", "premier", "semestre"]), PeriodCues.Of(["neuf", "premiers", "mois"])));
        Assert.False(PeriodCues.Differ(PeriodCues.Of(["au", "premier", "semestre"]), PeriodCues.Of(["du", "premier", "semestre"])));
        Assert.False(PeriodCues.Differ([], []));

        // The same figures over one period do conflict.
        var samePeriod = new HandBuiltStory()
            .Add("La Banque Verdier a accusé une perte nette de 1,4 milliard d'euros au premier semestre." + FillerA, "A",
                published: "2024-11-05", entities: bank)
            .Add("La Banque Verdier a accusé une perte nette de 820 millions d'euros au premier semestre." + FillerB, "B",
                published: "2024-11-05", entities: bank);
        Assert.Single(new BriefBuilder().Build(samePeriod.Story, samePeriod.Articles).Conflicts);
    }

    [Fact]
    public void A_sentence_that_says_not_x_but_y_does_not_support_x()
    {
        var people = new (string, EntityType, string)[] { ("Claire Vasseur", EntityType.Person, "vasseur"), ("Hervé Lamy", EntityType.Person, "lamy") };
        var story = new HandBuiltStory()
            .Add("La fermeture du pont de Saint-Clair a été décidée par la maire Claire Vasseur." + FillerA, "A", entities: people)
            .Add("La fermeture du pont de Saint-Clair n'a pas été décidée par la maire Claire Vasseur mais par le préfet Hervé Lamy." + FillerB, "B",
                entities: people);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.DoesNotContain(brief.Facts, f => f.Sources.Select(s => s.ArticleId).Distinct().Count() > 1);
    }

    [Fact]
    public void One_figure_that_agrees_does_not_make_a_sentence_with_another_figure_a_confirmation()
    {
        var places = new (string, EntityType, string)[] { ("Gap", EntityType.Place, "gap") };
        var story = new HandBuiltStory()
            .Add("L'accident de car a fait 13 morts et 20 blessés sur la route de Gap, selon la préfecture." + FillerA, "A",
                published: "2024-05-02", entities: places)
            .Add("L'accident de car a fait 13 morts et 25 blessés sur la route de Gap, selon la préfecture." + FillerB, "B",
                published: "2024-05-02", entities: places);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.DoesNotContain(brief.Facts, f => f.Statement.Contains("blessés") && f.Sources.Select(s => s.ArticleId).Distinct().Count() > 1);
    }

    [Fact]
    public void A_sentence_with_no_claim_is_no_fact()
    {
        var story = new HandBuiltStory()
            .Add("C'est un choc pour tout le monde." + FillerA, "A")
            .Add("C'est un choc pour tout le monde." + FillerB, "B");
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.DoesNotContain(brief.Facts, f => f.Statement.Contains("choc"));
    }
}
