using Recoupe.Mentions;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Issue 13, session 12: a "who" after a description and a first-person "I" as the subjects of a speech verb, candidate
/// sources (<see cref="QuoteFeatureSwitches.CueSubjects"/>). Invented English articles; the finder's helper is called
/// directly (the switch only decides whether the finder asks it, and tests must not flip shared switches).
/// </summary>
public class QuoteCueSubjectsTests
{
    private static QuoteDocument Doc(string text) => QuoteDocuments.Of(text, "en");

    private static int Token(QuoteDocument doc, string word, int nth = 0) => QuoteDocuments.Token(doc, word, nth);

    [Fact]
    public void A_who_after_a_description_is_the_named_person_that_the_description_follows()
    {
        var doc = Doc("The harbour plan was delayed again on Monday.\n\n" +
            "Marta Kellerman, a spokeswoman for the Ostvik Harbour Authority, who added that \"the cranes will not move before spring,\" declined to give a date.\n");
        var who = CandidateFinder.CueSubject(doc, Token(doc, "who"));
        Assert.NotNull(who);
        Assert.Equal(SourceKind.Relative, who.Value.Kind);
        Assert.NotNull(who.Value.Entity);
        Assert.Contains("Kellerman", who.Value.Entity!.Span.Of(doc.Text));
    }

    [Fact]
    public void A_who_that_says_nothing_is_no_candidate()
    {
        var doc = Doc("The inspector, who lives near the quay, found \"serious cracks\" in the wall.\n");
        Assert.Null(CandidateFinder.CueSubject(doc, Token(doc, "who")));
    }

    [Fact]
    public void A_first_person_subject_of_a_speech_verb_is_a_candidate_and_a_first_person_opinion_is_not()
    {
        var doc = Doc("The hall went quiet. \"We will rebuild the bridge,\" I said to the mayor.\n\nI think \"soon\" is the wrong word.\n");
        var said = CandidateFinder.CueSubject(doc, Token(doc, "I"));
        Assert.NotNull(said);
        Assert.Equal(SourceKind.FirstPerson, said.Value.Kind);
        Assert.Null(said.Value.Entity);
        Assert.Null(CandidateFinder.CueSubject(doc, Token(doc, "I", 1)));
    }
}
