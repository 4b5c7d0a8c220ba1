using Recoupe.Evaluation.Quotes;
using Recoupe.Mentions;
using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Mentions.Quotes.Training;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Candidate generation for quotations (issue 13): sources the name recogniser misses (a name written in lower case,
/// a person described by nationality), a bare body description named by its earlier fuller mention, compound source
/// nouns. The mechanisms are checked on the candidates themselves, not through a trained model. Invented articles.
/// </summary>
public class QuoteCandidateGenerationTests
{
    private static QuoteDocument Doc(string text, string language = "fr")
    {
        var gold = new GoldQuoteDocument("candidates-test", "T99", text, language, []);
        var d = PreparedDocument.Of(gold, RecoupePipeline.Default);
        return new QuoteDocument(d.Context, d.Entities);
    }

    // Every reading of the candidates of the quotation whose content starts with the words.
    private static List<SourceCandidate> Readings(QuoteDocument doc, string content)
    {
        var (q, c) = doc.OuterPassages().Single(p => doc.Text[p.Content.Start..].TrimStart().StartsWith(content, StringComparison.Ordinal));
        return RankerCandidates(doc, QuoteFrame.Of(doc, q, c));
    }

    private static List<SourceCandidate> RankerCandidates(QuoteDocument doc, QuoteFrame f) =>
        SpeakerRanker.Featurize(doc, f, new AttributionState()).Candidates;

    private const string Sachem =
        "Le grand sachem est arrivé mardi à Montvert pour une visite de trois jours.\n\n" +
        "« Je viens en ami », a déclaré le grand sachem devant la mairie.\n\n" +
        "La maire, Odile Ferrand, a salué sa venue. Le grand sachem doit rencontrer les élèves du lycée jeudi.\n\n" +
        "« Il a parlé de la forêt », a-t-il ajouté plus tard, selon les organisateurs.\n";

    [Fact]
    public void A_recurring_lower_case_speech_subject_becomes_a_person_the_pronoun_can_name()
    {
        var doc = Doc(Sachem);
        var names = doc.Entities.Where(e => e.Key.StartsWith(UnrecognisedNames.KeyPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.Equal("grand sachem", n.Name));
        Assert.Equal(Recoupe.Mentions.Gazetteers.Gender.Male, doc.GenderOf(names[0]));
        // "a-t-il ajouté" may stand for the lower-case name as for any person named before.
        Assert.Contains(Readings(doc, "Il a parlé"), r => r.Kind == SourceKind.Pronoun && r.Speaker?.Name == "grand sachem");
    }

    [Fact]
    public void A_common_noun_seen_with_another_determiner_is_no_name()
    {
        const string text =
            "Le vieux marin est rentré au port mardi.\n\n« La mer était forte », a raconté le vieux marin.\n\n" +
            "Un vieux marin du village l'attendait. Le vieux marin a promis de repartir.\n";
        Assert.DoesNotContain(Doc(text).Entities, e => e.Key.StartsWith(UnrecognisedNames.KeyPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_in_lower_case_are_looked_for_only_in_French()
    {
        const string text =
            "The grand sachem arrived on Tuesday.\n\n\"I come as a friend,\" said the grand sachem.\n\n" +
            "The grand sachem will meet pupils on Thursday. The grand sachem said little else.\n";
        Assert.DoesNotContain(Doc(text, "en").Entities, e => e.Key.StartsWith(UnrecognisedNames.KeyPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_body_description_takes_the_fuller_name_given_before()
    {
        const string text =
            "La commission d'enquête du Sénat a rendu ses conclusions mercredi sur la gestion des digues.\n\n" +
            "La commission réclame « un plan d'entretien pluriannuel » et des moyens pour les communes.\n";
        var doc = Doc(text);
        var institution = Assert.Single(Readings(doc, "un plan"), r => r.Reading == ReadingKind.Institution && r.Span.Of(text) == "La commission");
        Assert.Equal("commission d'enquête du Sénat", ChainResolver.InstitutionName(doc, institution));
    }

    [Fact]
    public void A_body_description_with_its_own_complement_keeps_its_words()
    {
        const string text =
            "La commission d'enquête du Sénat a rendu ses conclusions mercredi.\n\n" +
            "La commission des finances réclame « un budget rectificatif » avant l'été.\n";
        var doc = Doc(text);
        var institution = Assert.Single(Readings(doc, "un budget"),
            r => r.Reading == ReadingKind.Institution && r.Span.Of(text).StartsWith("La commission des", StringComparison.Ordinal));
        Assert.Null(institution.NameSpan);
        Assert.StartsWith("commission des finances", ChainResolver.InstitutionName(doc, institution));
    }

    [Theory]
    [InlineData("co-auteur", true)]
    [InlineData("ex-conseiller", true)]
    [InlineData("vice-présidente", true)]
    [InlineData("arc-en-ciel", false)]
    [InlineData("ex-voiture", false)]
    public void A_compound_ending_in_a_source_noun_is_one(string word, bool expected) =>
        Assert.Equal(expected, SourceNouns.Contains(word));
}
