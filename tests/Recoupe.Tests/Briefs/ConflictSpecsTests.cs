using Recoupe.Briefs;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>Pairs of statements that must, and must not, be reported as conflicts (French and English).</summary>
public class ConflictSpecsTests
{
    private static readonly (string, EntityType, string)[] People =
    [
        ("Piotr Wasilewski", EntityType.Person, "wasilewski"), ("Pyotr Vasilevsky", EntityType.Person, "wasilewski"),
        ("Bakou", EntityType.Place, "az"), ("Azerbaïdjan", EntityType.Place, "az"),
    ];

    // Other news in each article, so that the story's vocabulary is not just the two statements (as in a real story).
    private const string FillerA = " Les agriculteurs bloquent toujours les routes du sud du pays. Le prix du gazole a encore baissé cette semaine.";
    private const string FillerB = " Une grève des contrôleurs aériens perturbe les vols vers l'Espagne. Les hôpitaux manquent d'infirmières.";

    [Fact]
    public void Same_visit_with_different_months_is_a_date_conflict()
    {
        var story = new HandBuiltStory()
            .Add("Ces annonces font suite à la visite à Bakou en juillet du ministre polonais de l’Énergie Piotr Wasilewski, pendant laquelle un terminal gazier a été inauguré." + FillerA,
                "A", entities: People, times: [("en juillet", "2023-07")])
            .Add("Le ministre polonais de l’Énergie, Pyotr Vasilevsky, s’est rendu en Azerbaïdjan en août pour obtenir des livraisons de gaz supplémentaires." + FillerB,
                "B", entities: People, times: [("en août", "2023-08")]);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        var conflict = Assert.Single(brief.Conflicts);
        Assert.Equal("value", conflict.Kind);
        Assert.Contains("visit", conflict.About);
        Assert.Contains(conflict.Claims, c => c.Value.Contains("2023-07") && c.Sources[0].ArticleId == 1);
        Assert.Contains(conflict.Claims, c => c.Value.Contains("2023-08") && c.Sources[0].ArticleId == 2);
        // Each side is a fact of its own, citing only the outlet that says it, and marked as disputed by the conflict.
        var disputed = brief.Facts.Where(f => f.DisputedBy is not null).ToList();
        Assert.Equal(2, disputed.Count);
        Assert.All(disputed, f => Assert.Equal(conflict.About, f.DisputedBy));
        Assert.Contains(brief.Facts, f => f.Statement.Contains("juillet") && f.Sources.All(s => s.ArticleId == 1));
        Assert.Contains(brief.Facts, f => f.Statement.Contains("août") && f.Sources.All(s => s.ArticleId == 2));
    }

    // An invented visit told by two outlets (no sample text), with each date's written words and resolved value.
    private static readonly (string, EntityType, string)[] Visitors =
    [
        ("Helga Brandt", EntityType.Person, "brandt"), ("Tromsø", EntityType.Place, "no"), ("Norvège", EntityType.Place, "no"),
    ];

    [Theory]
    // A weekday (its calendar date inferred from the report's date) against a day and month (its year inferred): nothing both wrote differs.
    [InlineData("le 14 juillet", "1999-07-14", "dimanche", "2023-08-06", false)]
    // A weekday whose name starts like a month ("mardi", "mars") writes no month.
    [InlineData("le 3 octobre", "2023-10-03", "mardi", "2023-09-26", false)]
    // The same day and month, one of them with its year inferred from an older year named in the text.
    [InlineData("le 14 juillet", "1999-07-14", "le 20 juillet", "2023-07-20", true)]
    [InlineData("le 14 juillet 2023", "2023-07-14", "le 20 juillet", "2023-07-20", true)]
    public void Dates_conflict_only_on_a_part_both_outlets_wrote(string whenA, string valueA, string whenB, string valueB, bool conflict)
    {
        var story = new HandBuiltStory()
            .Add($"Ces annonces suivent la visite à Tromsø {whenA} de la commissaire européenne Helga Brandt, pendant laquelle elle a inspecté un chantier naval." + FillerA,
                "A", entities: Visitors, times: [(whenA, valueA)])
            .Add($"La commissaire européenne Helga Brandt s’est rendue en Norvège {whenB} pour inspecter des chantiers navals." + FillerB,
                "B", entities: Visitors, times: [(whenB, valueB)]);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.Equal(conflict, brief.Conflicts.Any(c => c.Kind == "value"));
    }

    [Fact]
    public void A_month_without_year_in_an_undated_article_takes_the_story_year()
    {
        var story = new HandBuiltStory()
            .Add("Ces annonces font suite à la visite à Bakou en juillet du ministre polonais de l’Énergie Piotr Wasilewski, pendant laquelle un terminal gazier a été inauguré." + FillerA,
                "A", entities: People, times: [("en juillet", "XXXX-07")])
            .Add("Le ministre polonais de l’Énergie, Pyotr Vasilevsky, s’est rendu en Azerbaïdjan en août pour obtenir des livraisons de gaz supplémentaires." + FillerB,
                "B", published: "2023-09-05", entities: People, times: [("en août", "2023-08")]);
        var conflict = Assert.Single(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
        Assert.Equal(["en août (2023-08)", "en juillet (2023-07)"], conflict.Claims.Select(c => c.Value).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_year_and_a_month_of_that_year_do_not_conflict()
    {
        var story = new HandBuiltStory()
            .Add("Le ministre Pyotr Vasilevsky s’est rendu en Azerbaïdjan en 2023 pour obtenir des livraisons de gaz supplémentaires.", "A",
                entities: People, times: [("en 2023", "2023")])
            .Add("Le ministre Pyotr Vasilevsky s’est rendu en Azerbaïdjan en août 2023 pour obtenir des livraisons de gaz supplémentaires.", "B",
                entities: People, times: [("en août 2023", "2023-08")]);
        Assert.Empty(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
    }

    [Fact]
    public void A_planned_visit_and_a_past_visit_do_not_conflict()
    {
        var story = new HandBuiltStory()
            .Add("Pyotr Vasilevsky visited Azerbaijan in July to tour a gas terminal in Baku.", "A", "en",
                entities: [("Pyotr Vasilevsky", EntityType.Person, "wasilewski"), ("Azerbaijan", EntityType.Place, "az")], times: [("in July", "2023-07")])
            .Add("Pyotr Vasilevsky will visit Azerbaijan again in October, officials said on Monday.", "B", "en",
                entities: [("Pyotr Vasilevsky", EntityType.Person, "wasilewski"), ("Azerbaijan", EntityType.Place, "az")], times: [("in October", "2023-10")]);
        Assert.Empty(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
    }

    [Fact]
    public void Different_facts_about_one_person_do_not_conflict()
    {
        var story = new HandBuiltStory()
            .Add("Ingrid Solberg a déclaré mardi que la Hongrie paierait le prix de cet accord.", "A",
                entities: [("Ingrid Solberg", EntityType.Person, "solberg")], times: [("mardi", "2023-09-05")])
            .Add("Ingrid Solberg a rencontré lundi ses homologues japonais pour discuter des tarifs douaniers.", "B",
                entities: [("Ingrid Solberg", EntityType.Person, "solberg")], times: [("lundi", "2023-09-04")]);
        Assert.Empty(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
    }

    [Fact]
    public void Different_death_tolls_conflict_but_a_name_spelling_does_not()
    {
        var story = new HandBuiltStory()
            .Add("The earthquake in Herat killed 15 people on Saturday, said Marten Veldkamp of the relief agency.", "A", "en",
                entities: [("Herat", EntityType.Place, "herat"), ("Marten Veldkamp", EntityType.Person, "veldkamp")])
            .Add("The earthquake in Herat killed 17 people on Saturday, said Maarten Veldkamp of the relief agency.", "B", "en",
                entities: [("Herat", EntityType.Place, "herat"), ("Maarten Veldkamp", EntityType.Person, "veldkamp")]);
        var conflict = Assert.Single(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
        Assert.Equal(["15", "17"], conflict.Claims.Select(c => c.Value).Order().ToArray());
        Assert.Equal("Number of people (Herat, death toll)", conflict.About);
    }

    [Theory]
    [InlineData("Another earthquake near Herat killed 3 people on Monday, said Maarten Veldkamp of the relief agency.", null)]
    [InlineData("The earthquake in Herat had killed 2053 people by Monday, said Maarten Veldkamp of the relief agency.", "2023-10-09")]
    public void Counts_of_another_occurrence_or_a_later_report_do_not_conflict(string second, string? secondDate)
    {
        var entities = new (string, EntityType, string)[] { ("Herat", EntityType.Place, "herat"), ("Maarten Veldkamp", EntityType.Person, "veldkamp") };
        var story = new HandBuiltStory()
            .Add("The earthquake in Herat killed 15 people on Saturday, said Maarten Veldkamp of the relief agency.", "A", "en",
                entities: entities, times: [("on Saturday", "2023-10-07")])
            .Add(second, "B", "en", entities: entities, times: secondDate is null ? [] : [("by Monday", secondDate)]);
        Assert.Empty(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
    }

    private static readonly (string, EntityType, string)[] Herat = [("Herat", EntityType.Place, "herat"), ("Maarten Veldkamp", EntityType.Person, "veldkamp")];

    [Fact]
    public void A_toll_that_changes_between_reports_of_different_days_is_an_update_with_dates()
    {
        var story = new HandBuiltStory()
            .Add("The earthquake in Herat killed 15 people, said Maarten Veldkamp of the relief agency.", "A", "en", published: "2023-10-07", entities: Herat)
            .Add("The earthquake in Herat killed 2053 people, said Maarten Veldkamp of the relief agency.", "B", "en", published: "2023-10-09", entities: Herat);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        var update = Assert.Single(brief.Conflicts);
        Assert.Equal("update", update.Kind);
        Assert.Equal("figure", update.Differs);
        Assert.Equal([("2023-10-07", "15"), ("2023-10-09", "2053")], update.Claims.Select(c => (c.Date, c.Value)).ToArray());
        // Neither report is cited for the other's figure.
        Assert.DoesNotContain(brief.Facts, f => f.Sources.Select(s => s.ArticleId).Distinct().Count() > 1);
    }

    [Fact]
    public void Tolls_that_differ_on_the_same_day_are_a_disagreement()
    {
        var story = new HandBuiltStory()
            .Add("The earthquake in Herat killed 15 people, said Maarten Veldkamp of the relief agency.", "A", "en", published: "2023-10-07", entities: Herat)
            .Add("The earthquake in Herat killed 17 people, said Maarten Veldkamp of the relief agency.", "B", "en", published: "2023-10-07", entities: Herat);
        var conflict = Assert.Single(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
        Assert.Equal("value", conflict.Kind);
    }

    [Fact]
    public void A_figure_misread_by_its_decimal_comma_makes_no_conflict()
    {
        var entities = new (string, EntityType, string)[] { ("Aubagne", EntityType.Place, "aubagne") };
        var story = new HandBuiltStory()
            .Add("Près d'Aubagne, l'incendie a détruit 4,6 km2 de garrigue dans la nuit de samedi à dimanche.", "A", entities: entities)
            .Add("L'incendie d'Aubagne a ravagé 4,6 kilomètres carrés de garrigue dans la nuit, selon les pompiers.", "B", entities: entities);
        Assert.Empty(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
    }

    [Fact]
    public void Same_quote_in_other_words_is_a_wording_conflict_but_inflection_is_not()
    {
        var story = new HandBuiltStory()
            .Add("« Nous le répétons depuis des semaines, les discussions sur le gaz entre la Pologne et l'Azerbaïdjan avancent sereinement », a déclaré Maarten Veldkamp.", "A",
                entities: [("Maarten Veldkamp", EntityType.Person, "veldkamp")],
                quotes: [("Nous le répétons depuis des semaines, les discussions sur le gaz entre la Pologne et l'Azerbaïdjan avancent sereinement", "veldkamp", "Maarten Veldkamp")])
            .Add("« Nous le répétons depuis des semaines, les discussion sur le gaz entre la Pologne et l'Azerbaïdjan avancent lentement », a déclaré Marten Veldkamp.", "B",
                entities: [("Marten Veldkamp", EntityType.Person, "veldkamp")],
                quotes: [("Nous le répétons depuis des semaines, les discussion sur le gaz entre la Pologne et l'Azerbaïdjan avancent lentement", "veldkamp", "Marten Veldkamp")]);
        var conflict = Assert.Single(new BriefBuilder().Build(story.Story, story.Articles).Conflicts);
        Assert.Equal("quote-wording", conflict.Kind);
        Assert.Equal(["avancent lentement", "avancent sereinement"], conflict.Claims.Select(c => c.Value).Order().ToArray());
    }

    /// <summary>Two outlets quoting one speaker, each quote given to the brief as a quote mention.</summary>
    private static Brief QuotePair(string language, string first, string second, string speaker = "Maarten Veldkamp")
    {
        var story = new HandBuiltStory();
        foreach (var (quote, outlet) in new[] { (first, "A"), (second, "B") })
            story.Add($"« {quote} », a déclaré {speaker} lundi devant la presse.", outlet, language,
                entities: [(speaker, EntityType.Person, "speaker")], quotes: [(quote, "speaker", speaker)]);
        return new BriefBuilder().Build(story.Story, story.Articles);
    }

    [Theory]
    [InlineData("fr", "nous pensons que la direction veut que les discussions se poursuivent, y compris par une rencontre des deux patrons",
                      "nous pensons que la direction veut que les pourparlers se poursuivent, y compris par un entretien des deux patrons")]
    [InlineData("fr", "cette décision ne va pas avoir un bon effet sur la Hongrie et le port en subira les conséquences",
                      "cette décision ne va pas donner un bon effet sur la Hongrie et le port en subira les conséquences")]
    [InlineData("fr", "les négociations entre la Pologne et la Corée du Sud progressent activement depuis des semaines",
                      "les négociations entre la Pologne et la République de Corée progressent activement depuis des semaines")]
    [InlineData("en", "we will keep urging the council to honour its budget commitments",
                      "we will keep urging the council to honor its budget commitments")]
    public void Retranslations_light_verbs_names_and_spellings_are_not_wording_conflicts(string language, string first, string second) =>
        Assert.Empty(QuotePair(language, first, second).Conflicts);

    [Fact]
    public void An_english_quote_with_one_word_swapped_is_a_wording_conflict()
    {
        var conflict = Assert.Single(QuotePair("en", "the gas negotiations between Poland and Azerbaijan are actively advancing",
            "the gas negotiations between Poland and Azerbaijan are rapidly advancing", "Tomasz Lewandowski").Conflicts);
        Assert.Equal("quote-wording", conflict.Kind);
        Assert.Contains("Tomasz Lewandowski", conflict.About);
        Assert.Equal(["are actively", "are rapidly"], conflict.Claims.Select(c => c.Value).Order(StringComparer.Ordinal).ToArray());
    }
}
