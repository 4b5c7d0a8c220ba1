using Recoupe.Evaluation.Quotes;
using Recoupe.Learning;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Mentions.Quotes.Detection;
using Recoupe.Mentions.Quotes.Training;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Training examples for stacking (issue 13): with a first-pass model, the previous-speaker features of a quotation
/// follow that model's choices as the extractor's would, not the gold's. Invented article.
/// </summary>
public class QuoteStackedExamplesTests
{
    private const string Text =
        "La maire de Valcourt, Hélène Brosset, a déclaré lundi : « Nous rouvrirons la médiathèque en mars. »\n\n" +
        "Elle a ajouté : « Les travaux commenceront dès la semaine prochaine. »\n";

    private static PreparedDocument Document()
    {
        GoldQuotation Quote(string start, string end)
        {
            int s = Text.IndexOf(start, StringComparison.Ordinal), e = Text.IndexOf(end, StringComparison.Ordinal) + end.Length;
            return new GoldQuotation([new TextSpan(s, e)], true, new GoldSource(["Hélène Brosset"], null, null));
        }
        var gold = new GoldQuoteDocument("stack-test", "T99", Text, "fr", [Quote("Nous rouvrirons", "mars."), Quote("Les travaux", "prochaine.")]);
        return PreparedDocument.Of(gold, RecoupePipeline.Default);
    }

    // A first-pass model whose detector keeps no passage: as at run time, nobody has spoken before the second quotation.
    private static QuoteModel NeverSpeech()
    {
        var detector = new float[DetectionFeatures.Count];
        detector[DetectionFeatures.Bias] = -50;
        return new QuoteModel(new LinearRanker([.. SpeakerFeatures.Names], [.. new float[SpeakerFeatures.Count]]),
            new LinearRanker([.. DetectionFeatures.Names], [.. detector]));
    }

    private static bool PreviousSpeakerSet(PassageExample p) => p.Sources.Features.Any(x => x[SpeakerFeatures.PreviousSpeaker] == 1);

    [Fact]
    public void Gold_state_marks_the_previous_speaker_and_a_first_pass_that_kept_nothing_does_not()
    {
        var doc = Document();
        var gold = QuoteExamples.Build([doc], _ => 0).Single().Passages;
        var stacked = QuoteExamples.Build([doc], _ => 0, _ => NeverSpeech()).Single().Passages;
        Assert.Equal(2, gold.Count);
        Assert.True(PreviousSpeakerSet(gold[1]));
        Assert.False(PreviousSpeakerSet(stacked[1]));
        Assert.DoesNotContain(stacked[1].Sources.Candidates, c => c.Carried);
        // The labels still come from the gold.
        Assert.Equal(gold[1].Good.Any(g => g), stacked[1].Good.Any(g => g));
    }
}
