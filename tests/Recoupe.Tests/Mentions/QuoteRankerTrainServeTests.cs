using Recoupe.Mentions;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Issue 13, session 14: the speaker ranker scores a candidate the same in training (every reading's features computed,
/// <see cref="SpeakerRanker.Featurize"/>) as at run time (the words' features computed once and shared by their
/// readings, <see cref="SpeakerRanker.Rank"/>). A pronoun opening its sentence once had "first in the sentence" on its
/// first reading only in training, on all of them at run time. Invented articles.
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
    public void Training_features_score_every_reading_as_the_extractor_does(string text, string language)
    {
        var pipeline = RecoupePipeline.Default;
        var context = new AnnotationContext(text, language, pipeline.SentenceSplitter.Split(text, language), null);
        var doc = new QuoteDocument(context, pipeline.EntityRecognizer.Recognize(context));
        var model = QuoteModels.For(language);
        int readings = 0;
        foreach (var (q, content) in doc.OuterPassages())
        {
            var frame = QuoteFrame.Of(doc, q, content);
            var state = new AttributionState();
            var trained = SpeakerRanker.Featurize(doc, frame, state).Score(model);
            var served = SpeakerRanker.Rank(doc, frame, state, model);
            Assert.Equal(trained.Candidates.Count, served.Candidates.Count);
            for (int i = 0; i < trained.Candidates.Count; i++)
            {
                Assert.Equal(trained.Probabilities[i], served.Probabilities[i], 4);
                if (!trained.Candidates[i].FirstReading && trained.Candidates[i].Kind != SourceKind.Nobody) readings++;
            }
        }
        Assert.True(readings > 0, "the article should give some words several readings");
    }
}
