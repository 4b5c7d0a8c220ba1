using Recoupe.Evaluation.Quotes;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Mentions.Quotes.Training;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// The unnamed-source cues of the speaker ranker (issue 13, session 10): each on an invented sentence where it holds
/// and one where it does not.
/// </summary>
public class UnnamedSourceCuesTests
{
    // The document, the frame of its first quotation, and that quotation's candidate words.
    private static (QuoteDocument Doc, QuoteFrame Frame, List<SourceCandidate> Candidates) First(string text)
    {
        var prepared = PreparedDocument.Of(new GoldQuoteDocument("cue-test", "T99", text, "fr", []), RecoupePipeline.Default);
        var doc = new QuoteDocument(prepared.Context, prepared.Entities);
        var (q, content) = doc.OuterPassages().First();
        var f = QuoteFrame.Of(doc, q, content);
        return (doc, f, [.. CandidateFinder.Find(doc, f)]);
    }

    private static SourceCandidate Words(QuoteDocument doc, List<SourceCandidate> candidates, string words) =>
        candidates.First(c => c.Kind != SourceKind.Nobody && c.Span.Of(doc.Text).ToString() == words);

    [Theory]
    [InlineData("Un employé, qui a requis l'anonymat, a déclaré : « Rien n'est décidé. »", true)]
    [InlineData("Un employé de la mairie a déclaré : « Rien n'est décidé. »", false)]
    public void Anonymity_words_around_the_quotation(string text, bool expected)
    {
        var (doc, f, _) = First(text);
        Assert.Equal(expected, UnnamedSourceCues.AnonymityNear(doc, f));
    }

    [Fact]
    public void The_words_inside_the_quotation_are_not_an_anonymity_cue()
    {
        var (doc, f, _) = First("Le maire a déclaré : « Je ne répondrai pas aux lettres anonymes. »");
        Assert.False(UnnamedSourceCues.AnonymityNear(doc, f));
    }

    [Theory]
    [InlineData("Dans la soirée, l'entourage du maire a assuré : « Le budget sera voté. »", "l'entourage du maire", true)]
    [InlineData("Dans la soirée, le porte-parole du maire a assuré : « Le budget sera voté. »", "le porte-parole du maire", false)]
    public void A_description_of_someones_circle(string text, string words, bool expected)
    {
        var (doc, _, candidates) = First(text);
        Assert.Equal(expected, UnnamedSourceCues.IsCircleDescription(doc, Words(doc, candidates, words)));
    }

    [Theory]
    [InlineData("Un responsable européen a minimisé la crise. Il a ajouté : « Rien n'est perdu. »", true)]
    [InlineData("Un responsable européen a rencontré Paul Girardot. Il a ajouté : « Rien n'est perdu. »", false)]
    [InlineData("Des responsables européens ont minimisé la crise. Il a ajouté : « Rien n'est perdu. »", false)]
    public void A_pronoun_after_an_indefinite_description(string text, bool expected)
    {
        var (doc, _, candidates) = First(text);
        Assert.Equal(expected, UnnamedSourceCues.IndefiniteAntecedent(doc, Words(doc, candidates, "Il")));
    }

    [Theory]
    [InlineData("Sur un forum, un lecteur a qualifié Paul Girardot de « menteur ».", true)]
    [InlineData("Selon un lecteur, Paul Girardot a répondu : « menteur ».", false)]
    public void A_name_labelled_by_the_quotation(string text, bool expected)
    {
        var (doc, f, candidates) = First(text);
        var name = candidates.First(c => c.IsEntity && c.Span.Of(doc.Text).ToString().Contains("Girardot"));
        Assert.Equal(expected, UnnamedSourceCues.LabelledName(doc, f, name));
    }
}
