using Recoupe.Language;

namespace Recoupe.Tests.Language;

public class InvariantCaseTests
{
    [Fact]
    public void Every_character_lowers_as_char_ToLowerInvariant_does()
    {
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.Equal(char.ToLowerInvariant((char)c), InvariantCase.ToLower((char)c));
    }

    [Fact]
    public void Words_lower_as_the_span_method_does_and_surrogates_are_left_to_it()
    {
        foreach (var word in new[] { "ÉLÉPHANT", "Ça", "İSTANBUL", "ΣΟΦΙΑ", "МОСКВА", "Ǆemal", "ẞtraße" })
        {
            var expected = new char[word.Length];
            word.AsSpan().ToLowerInvariant(expected);
            var got = new char[word.Length];
            Assert.True(InvariantCase.TryToLower(word, got));
            Assert.Equal(new string(expected), new string(got));
        }
        Assert.False(InvariantCase.TryToLower("A\U00010400", new char[3]));
    }
}
