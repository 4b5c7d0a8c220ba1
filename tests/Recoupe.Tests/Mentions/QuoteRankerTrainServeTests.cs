using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Issue 13, session 15: the speaker ranker scores every candidate the same at run time (<see cref="SpeakerRanker.Rank"/>:
/// the words' features computed once and shared by their readings) as in training (<see cref="SpeakerRanker.Featurize"/>:
/// every reading's features computed). A pronoun or description opening its sentence had "first in the sentence" on its
/// first reading only in training, on all its readings at run time. Invented articles.
/// </summary>
public class QuoteRankerTrainServeTests
{
    private const string French =
        "La maire de Vaucluse-sur-Mer, Odile Brassac, a rencontré mardi le préfet Armand Delvaux.\n\n" +
        "Elle a jugé la réunion « franche mais tendue ». Il a répondu : « Nous trouverons une solution. »\n\n" +
        "Le document remis aux élus parle d'une « situation intenable ». Selon elle, « rien n'est réglé ».\n";

    private const string English =
        "Mayor Dana Whitfield met Governor Paul Okafor on Tuesday.\n\n" +
        "She called the meeting \"frank but tense.\" He replied: \"We will find a way.\"\n\n" +
        "The report handed to councillors speaks of \"an untenable situation.\" According to her, \"nothing is settled.\"\n";

    [Theory]
    [InlineData(French, "fr")]
    [InlineData(English, "en")]
    public void The_extractor_scores_every_reading_as_training_does(string text, string language)
    {
        var doc = QuoteDocuments.Of(text, language);
        var model = QuoteModels.For(language);
        int laterReadingsFirstInSentence = 0;
        foreach (var (q, content) in doc.OuterPassages())
        {
            var frame = QuoteFrame.Of(doc, q, content);
            var state = new AttributionState();
            var trained = SpeakerRanker.Featurize(doc, frame, state);
            var trainedScores = trained.Score(model);
            var trainedProbabilities = trainedScores.Probabilities.ToArray();
            // Rank reuses the document's candidate list: read its answer before anything else ranks.
            var served = SpeakerRanker.Rank(doc, frame, state, model);
            Assert.Equal(trained.Candidates.Count, served.Candidates.Count);
            for (int i = 0; i < trained.Candidates.Count; i++)
            {
                Assert.Equal(trained.Candidates[i], served.Candidates[i]);
                Assert.Equal(trainedProbabilities[i], served.Probabilities[i], 4);
                // The opening pronouns' later readings: where the two ways of computing once differed.
                var c = trained.Candidates[i];
                if (!c.FirstReading && c.Kind != SourceKind.Nobody && IsFirstWords(doc, c)) laterReadingsFirstInSentence++;
            }
        }
        Assert.True(laterReadingsFirstInSentence > 0, "the article should have words opening a sentence with several readings");
    }

    private static bool IsFirstWords(QuoteDocument doc, SourceCandidate c) =>
        doc.FirstTokenAtOrAfter(doc.SentenceAt(c.Span.Start).Start) == c.FirstToken;
}
