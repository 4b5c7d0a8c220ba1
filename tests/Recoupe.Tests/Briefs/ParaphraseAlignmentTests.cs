using Recoupe.Briefs;
using Recoupe.Briefs.Analysis;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// Statements told in other words (paraphrase families, one speaker, one weekday) align into one fact; statements
/// of two different speakers, or of the same people doing different things, do not.
/// </summary>
public class ParaphraseAlignmentTests
{
    private static readonly (string, EntityType, string)[] People =
    [
        ("Marie Dupont", EntityType.Person, "dupont"), ("Dupont", EntityType.Person, "dupont"),
        ("Jean Leroy", EntityType.Person, "leroy"),
        ("Paul Martin", EntityType.Person, "martin"), ("Hans Weber", EntityType.Person, "weber"),
        ("Berlin", EntityType.Place, "berlin"), ("Allemagne", EntityType.Place, "germany"),
        ("Sarah Cole", EntityType.Person, "cole"), ("Autoline", EntityType.Organization, "autoline"),
        ("Elysée", EntityType.Organization, "elysee"),
    ];

    // Other news in each article, so that the story's vocabulary is not just the two statements.
    private const string FillerA = " Les agriculteurs bloquent toujours les routes du sud du pays. Le prix du gazole a encore baissé cette semaine.";
    private const string FillerB = " Une grève des contrôleurs aériens perturbe les vols vers l'Espagne. Les hôpitaux manquent d'infirmières.";

    private static IEnumerable<long[]> FactSources(HandBuiltStory story) =>
        new BriefBuilder().Build(story.Story, story.Articles).Facts.Select(f => f.Sources.Select(s => s.ArticleId).Distinct().Order().ToArray());

    [Fact]
    public void One_speakers_statement_reworded_by_two_outlets_is_one_fact()
    {
        const string quoteA = "le ministre Paul Martin pourrait bientôt se rendre à Berlin pour y rencontrer Hans Weber";
        const string quoteB = "Paul Martin envisage un voyage en Allemagne afin de s'entretenir avec Hans Weber";
        var story = new HandBuiltStory()
            .Add($"Marie Dupont a annoncé lundi que {quoteA}." + FillerA, "Le Monde", entities: People, quotes: [(quoteA, "dupont", "Marie Dupont")])
            .Add($"Selon Marie Dupont, qui s'exprimait lundi, {quoteB}." + FillerB, "Libération", entities: People, quotes: [(quoteB, "dupont", "Marie Dupont")]);
        Assert.Contains(FactSources(story), s => s.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void A_statement_paraphrased_in_english_is_one_fact()
    {
        var story = new HandBuiltStory()
            .Add("Union leader Sarah Cole said on Monday that talks with Autoline were advancing. Fuel prices fell again this week. Air traffic controllers are on strike in Spain.",
                "Reuters", "en", entities: People)
            .Add("Negotiations between the union and Autoline are progressing, according to Sarah Cole on Monday. Hospitals are short of nurses. Farmers keep blocking roads in the south.",
                "Guardian", "en", entities: People);
        Assert.Contains(FactSources(story), s => s.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void A_trip_told_in_french_and_in_english_is_one_fact()
    {
        var story = new HandBuiltStory()
            .Add("Paul Martin se rendra à Berlin pour rencontrer Hans Weber." + FillerA, "Le Monde", "fr", entities: People)
            .Add("Paul Martin will travel to Berlin to meet Hans Weber. Hospitals are short of nurses. Farmers keep blocking roads in the south.", "Guardian", "en", entities: People);
        Assert.Contains(FactSources(story), s => s.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void The_same_claim_from_two_different_speakers_is_two_statements()
    {
        const string quoteA = "les négociations avec les syndicats avancent rapidement";
        const string quoteB = "les négociations avec les syndicats progressent vite";
        var story = new HandBuiltStory()
            .Add($"Marie Dupont a déclaré mardi que {quoteA}." + FillerA, "Le Monde", entities: People, quotes: [(quoteA, "dupont", "Marie Dupont")])
            .Add($"Jean Leroy a affirmé mardi que {quoteB}." + FillerB, "Libération", entities: People, quotes: [(quoteB, "leroy", "Jean Leroy")]);
        Assert.DoesNotContain(FactSources(story), s => s.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void The_same_people_doing_different_things_are_two_facts()
    {
        var story = new HandBuiltStory()
            .Add("Paul Martin s'est rendu lundi à Berlin avec Hans Weber." + FillerA, "Le Monde", entities: People)
            .Add("Paul Martin a démenti lundi toute vente d'armes à Berlin, selon Hans Weber." + FillerB, "Libération", entities: People);
        Assert.DoesNotContain(FactSources(story), s => s.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void In_english_a_visit_and_a_denial_by_the_same_people_are_two_facts()
    {
        var story = new HandBuiltStory()
            .Add("Paul Martin visited Berlin with Hans Weber on Monday. Fuel prices fell again this week. Air traffic controllers are on strike in Spain.",
                "Reuters", "en", entities: People)
            .Add("Paul Martin denied on Monday any arms sales to Berlin, Hans Weber said. Hospitals are short of nurses. Farmers keep blocking roads in the south.",
                "Guardian", "en", entities: People);
        Assert.DoesNotContain(FactSources(story), s => s.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void An_institution_and_its_spokesperson_are_one_voice()
    {
        const string quoteA = "une rencontre entre Paul Martin et Hans Weber était possible";
        const string quoteB = "Paul Martin souhaitait s'entretenir avec Hans Weber";
        var story = new HandBuiltStory()
            .Add($"Marie Dupont, porte-parole de l'Elysée, a annoncé que {quoteA}." + FillerA, "Le Monde", entities: People,
                quotes: [(quoteA, "dupont", "Marie Dupont")], roles: [("Marie Dupont", "porte-parole de l'Elysée")])
            .Add($"L'Elysée s'est exprimé dans la soirée. Selon la présidence, {quoteB}." + FillerB, "Libération", entities: People,
                quotes: [(quoteB, "elysee", "Elysée")]);
        var analysis = StoryAnalysis.Run(story.Articles, new Recoupe.Mentions.EntityResolver(), BriefOptions.Default);
        var a = analysis.Corpus.Units.First(u => u.Text.StartsWith("Marie Dupont", StringComparison.Ordinal));
        var b = analysis.Corpus.Units.First(u => u.Text.StartsWith("Selon la présidence", StringComparison.Ordinal));
        double cosine = a.Vector.Dot(b.Vector);
        var withVoices = analysis.Aligner.Score(a, b, cosine);
        var withoutVoices = new SentenceAligner(analysis.Corpus, analysis.Graph, 0.1).Score(a, b, cosine);
        Assert.True(withVoices - withoutVoices >= SentenceAligner.SameSpeakerBonus - 1e-9, $"{withVoices} vs {withoutVoices}");
        Assert.Contains(FactSources(story), s => s.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void Paraphrase_families_join_french_and_english_words_of_one_meaning_only()
    {
        int Family(string word, string language) => ParaphraseFamilies.Of(Stemmer.Stem(word, language));
        Assert.True(Family("voyage", "fr") >= 0);
        Assert.Equal(Family("voyage", "fr"), Family("rendre", "fr"));
        Assert.Equal(Family("voyage", "fr"), Family("travel", "en"));
        Assert.Equal(Family("progressent", "fr"), Family("avancent", "fr"));
        Assert.Equal(Family("progressent", "fr"), Family("advancing", "en"));
        Assert.NotEqual(Family("progressent", "fr"), Family("voyage", "fr"));
        Assert.Equal(-1, Family("appelé", "fr")); // "appeler" is to phone as often as to call for
        Assert.Equal(-1, Family("budget", "fr"));
    }

    [Fact]
    public void Weekday_mask_reads_french_and_english_day_names()
    {
        Assert.Equal(1, TimeValues.WeekdayMask(["a", "annoncé", "lundi"]));
        Assert.Equal(1 | 1 << 4, TimeValues.WeekdayMask(["monday", "and", "vendredi"]));
        Assert.Equal(0, TimeValues.WeekdayMask(["lundis", "day"]));
    }
}
