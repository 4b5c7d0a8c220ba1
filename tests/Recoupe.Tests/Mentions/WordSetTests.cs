using Recoupe.Mentions.Lexicon;

namespace Recoupe.Tests.Mentions;

public class WordSetTests
{
    [Fact]
    public void Remembered_answers_match_the_lists_answers_for_many_words_asked_twice()
    {
        // More words than the memory has slots: collisions and evictions must never hand one word another's answer.
        var set = new WordSet("zorbal quintel ébrasure Tamaroc");
        var words = Enumerable.Range(0, 20_000).Select(i => i % 97 == 0 ? "zorbal" : i % 89 == 0 ? "Ebrasure" : $"mot{i}").ToList();
        for (int pass = 0; pass < 2; pass++)
            foreach (var w in words)
                Assert.Equal(set.Contains(w.AsSpan()), set.Contains(w));
        Assert.True(set.Contains("tamaroc"));
        Assert.True(set.Contains("ÉBRASURE"));
        Assert.False(set.Contains("mot5"));
    }
}
