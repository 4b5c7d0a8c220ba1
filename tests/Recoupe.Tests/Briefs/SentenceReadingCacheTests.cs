using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Language;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// What a brief reads from one sentence's words alone (5-grams, bigrams, claim cues) is read once and kept with the article's cached
/// reading; these pin that the kept values are the ones the readers give (our own sentences).
/// </summary>
public class SentenceReadingCacheTests
{
    private static string[] Words(string s) => Tokenizer.Tokenize(s).Select(t => t.Lower).ToArray();

    [Fact]
    public void Cues_kept_for_a_sentence_are_the_cue_readers_answers()
    {
        const string text = "Le maire n'a pas signé le permis de construire du stade municipal ?";
        var words = Words(text);
        var stems = words.Select(w => w.Length < 3 ? null : Stemmer.Stem(w, "fr")).ToArray();
        var cues = SentenceCues.Of(text, words, stems);
        Assert.True(cues.IsQuestion);
        Assert.True(cues.IsNegated);
        Assert.Contains(Array.IndexOf(words, "signé"), cues.NegatedPositions);
        Assert.DoesNotContain(Array.IndexOf(words, "stade"), cues.NegatedPositions);
        Assert.Equal(ClaimCues.ModalityOf(words), cues.Modality);
        Assert.Equal(ClaimCues.IsCorrection(words), cues.IsCorrection);
        // A word without a stem (a stopword) carries no term: its position is never reported as negated.
        Assert.All(cues.NegatedPositions, k => Assert.NotNull(stems[k]));
    }

    [Fact]
    public void Independence_from_kept_5_grams_equals_independence_from_words()
    {
        var story = new HandBuiltStory()
            .Add("Le conseil régional a voté mardi un budget de quarante millions pour rénover les lycées de la vallée. Les travaux commenceront au printemps prochain dans six établissements.", "A")
            .Add("Le conseil régional a voté mardi un budget de quarante millions pour rénover les lycées de la vallée. Les travaux commenceront au printemps prochain dans six établissements, selon la présidente.", "B")
            .Add("Une association de parents a réclamé un calendrier précis des chantiers prévus dans les écoles.", "C");
        var sentences = story.Articles.Select(a => (IReadOnlyList<string[]>)a.Annotations.Sentences
            .Select(s => Words(s.Span.Of(a.Article.Text))).ToList()).ToList();
        var fromWords = SourceIndependence.For(story.Articles, sentences);
        var fromKept = SourceIndependence.For(story.Articles,
            sentences.Select(l => (IReadOnlyList<long[]>)l.Select(SourceIndependence.Shingles).ToList()).ToList(), null);
        for (int a = 0; a < story.Articles.Count; a++) Assert.Equal(fromWords.Origin(a), fromKept.Origin(a));
        Assert.Equal(fromWords.Origin(0), fromWords.Origin(1));
        Assert.NotEqual(fromWords.Origin(0), fromWords.Origin(2));
    }
}
