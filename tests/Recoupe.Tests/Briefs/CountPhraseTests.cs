using Recoupe.Briefs.Rendering;

namespace Recoupe.Tests.Briefs;

public sealed class CountPhraseTests
{
    [Theory]
    [InlineData(1, 1, "1 article from 1 source")]
    [InlineData(2, 1, "2 articles from 1 source")]
    [InlineData(5, 3, "5 articles from 3 sources")]
    [InlineData(0, 0, "0 articles from 0 sources")]
    public void Counts_agree_with_their_nouns(int articles, int sources, string expected) =>
        Assert.Equal(expected, CountPhrase.ArticlesFromSources(articles, sources));
}
