using System.Diagnostics;
using System.Text;
using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>Scraped text must never crash or stall story assignment.</summary>
public class HostileInputStoryTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("!!! ??? ... --- ''' ’’’ «» 1 2 3")]
    [InlineData("A")]
    [InlineData("ÉÉÉ ÀÀÀ ß ẞ Ⅻ ﬁ 🙂🙂 \u200B\u200B \uFEFF")]
    public void OddTextsGetADecision(string text)
    {
        var assigner = new OnlineStoryAssigner();
        var article = StoryTestArticles.Make(text, title: text, language: "und");
        var decision = assigner.Decide(article);
        assigner.Commit(article, decision.StoryId ?? 1);
        Assert.NotNull(assigner.Decide(article));
    }

    [Fact]
    public void HugeArticleIsReadInBoundedTime()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) sb.Append("Mot").Append(i % 977).Append(i % 13 == 0 ? ". " : " ");
        var article = StoryTestArticles.Make(sb.ToString(), "Un très long texte", "fr", DateStamp.Day(2025, 1, 1));
        var assigner = new OnlineStoryAssigner();
        var clock = Stopwatch.StartNew();
        var decision = assigner.Decide(article);
        assigner.Commit(article, decision.StoryId ?? 1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
