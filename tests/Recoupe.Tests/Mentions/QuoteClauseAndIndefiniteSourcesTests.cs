using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Issue 13, session 15: clause subjects, subordinate pronouns and indefinite pronouns as sources (off by default;
/// <see cref="QuoteFeatureSwitches.ClauseSubjects"/>, <see cref="QuoteFeatureSwitches.SubordinatePronouns"/>,
/// <see cref="QuoteFeatureSwitches.IndefiniteSources"/>). Invented French articles; the helpers are called directly
/// (tests must not flip shared switches).
/// </summary>
public class QuoteClauseAndIndefiniteSourcesTests
{
    private static (QuoteDocument Doc, QuoteFrame Frame) FirstQuotation(string text)
    {
        var doc = QuoteDocuments.Of(text, "fr");
        var (q, content) = doc.OuterPassages().First();
        return (doc, QuoteFrame.Of(doc, q, content));
    }

    [Fact]
    public void The_clause_subject_is_the_first_candidate_no_preposition_introduces()
    {
        var (doc, frame) = FirstQuotation(
            "À Lisbonne, des manifestants défilent devant la mairie, aux cris de « Rendez-nous nos salaires ».\n");
        var candidates = SpeakerRanker.Featurize(doc, frame, new AttributionState()).Candidates;
        var flagged = Enumerable.Range(0, candidates.Count)
            .Where(i => ClauseSubjects.IsFirstSubjectBefore(doc, frame, candidates, i))
            .Select(i => candidates[i].Span.Of(doc.Text)).Distinct().ToList();
        // The description's words run on past its noun (Descriptions' extent), hence a prefix.
        Assert.StartsWith("des manifestants", Assert.Single(flagged));
    }

    [Fact]
    public void A_pronoun_after_a_relative_or_que_opens_a_subordinate_clause()
    {
        var doc = QuoteDocuments.Of("Le maire, dont elle conteste le budget, a répondu « Rien ne change ». Elle a répliqué « Tout change ».\n", "fr");
        int sub = QuoteDocuments.Token(doc, "elle"), main = QuoteDocuments.Token(doc, "Elle");
        Assert.True(ClauseSubjects.IsSubordinatePronoun(doc, Pronoun(doc, sub)));
        Assert.False(ClauseSubjects.IsSubordinatePronoun(doc, Pronoun(doc, main)));
    }

    private static SourceCandidate Pronoun(QuoteDocument doc, int k) =>
        new(SourceKind.Pronoun, doc.Tokens[k].Span, k, k, null, Gender.Female, false);

    [Fact]
    public void An_indefinite_pronoun_is_a_source_as_a_speech_verbs_subject_only()
    {
        var (doc, frame) = FirstQuotation("Le conseil a voté mardi. D'autres ont estimé « Le projet coûte trop cher ».\n");
        var someone = IndefiniteSources.At(doc, frame, QuoteDocuments.Token(doc, "autres"));
        Assert.NotNull(someone);
        Assert.Equal("D'autres", someone.Value.Span.Of(doc.Text));
        Assert.Equal(SourceKind.IndefiniteDescription, someone.Value.Kind);

        var (doc2, frame2) = FirstQuotation("Le maire a reçu d'autres élus hier. Le projet reste « trop cher » pour la ville.\n");
        Assert.Null(IndefiniteSources.At(doc2, frame2, QuoteDocuments.Token(doc2, "autres")));
    }
}
