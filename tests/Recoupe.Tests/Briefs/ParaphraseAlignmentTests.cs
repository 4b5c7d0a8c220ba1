using Recoupe.Briefs;
using Recoupe.Briefs.Analysis;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// Statements told in other words (paraphrase families, one speaker, one weekday) align with each other: the aligner proposes each as
/// the other's closest sentence, which is what the facts start from (whether a fact then cites one for the other is the pair
/// classifier's call, precision first). Statements of two different speakers, or of the same people doing different things, never
/// make one fact.
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

    /// <summary>Sentence <paramref name="first"/> of article 1 and <paramref name="second"/> of article 2 are each other's best match, at the fact alignment score or above.</summary>
    internal static void AssertAligned(HandBuiltStory story, int first = 0, int second = 0)
    {
        var analysis = StoryAnalysis.Run(story.Articles, new Recoupe.Mentions.EntityResolver(), BriefOptions.Default);
        var a = analysis.Corpus.UnitsOfArticle[0][first];
        var b = analysis.Corpus.UnitsOfArticle[1][second];
        var best = analysis.Aligner.BestPerArticle(a, BriefOptions.Default.FactAlignment).Single(x => x.Other.ArticleIndex == 1);
        Assert.Same(b, best.Other);
        Assert.Same(a, analysis.Aligner.BestPerArticle(b, BriefOptions.Default.FactAlignment).Single(x => x.Other.ArticleIndex == 0).Other);
        // And the pair classifier finds more support between them than between either and the other news of the other article.
        foreach (var other in analysis.Corpus.UnitsOfArticle[1].Where(o => o != b))
            Assert.True(analysis.Support.StatesIt(a, b) > analysis.Support.StatesIt(a, other), other.Text);
    }

    [Fact]
    public void One_speakers_statement_reworded_by_two_outlets_is_aligned()
    {
        const string quoteA = "le ministre Paul Martin pourrait bientôt se rendre à Berlin pour y rencontrer Hans Weber";
        const string quoteB = "Paul Martin envisage un voyage en Allemagne afin de s'entretenir avec Hans Weber";
        var story = new HandBuiltStory()
            .Add($"Marie Dupont a annoncé lundi que {quoteA}." + FillerA, "Le Monde", entities: People, quotes: [(quoteA, "dupont", "Marie Dupont")])
            .Add($"Selon Marie Dupont, qui s'exprimait lundi, {quoteB}." + FillerB, "Libération", entities: People, quotes: [(quoteB, "dupont", "Marie Dupont")]);
        AssertAligned(story);
    }

    [Fact]
    public void A_statement_paraphrased_in_english_is_aligned()
    {
        var story = new HandBuiltStory()
            .Add("Union leader Sarah Cole said on Monday that talks with Autoline were advancing. Fuel prices fell again this week. Air traffic controllers are on strike in Spain.",
                "Reuters", "en", entities: People)
            .Add("Negotiations between the union and Autoline are progressing, according to Sarah Cole on Monday. Hospitals are short of nurses. Farmers keep blocking roads in the south.",
                "Guardian", "en", entities: People);
        AssertAligned(story);
    }

    [Fact]
    public void A_trip_told_in_french_and_in_english_is_aligned()
    {
        var story = new HandBuiltStory()
            .Add("Paul Martin se rendra à Berlin pour rencontrer Hans Weber." + FillerA, "Le Monde", "fr", entities: People)
            .Add("Paul Martin will travel to Berlin to meet Hans Weber. Hospitals are short of nurses. Farmers keep blocking roads in the south.", "Guardian", "en", entities: People);
        AssertAligned(story);
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
        AssertAligned(story, 0, 1);
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
