using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>English and German reports of a French story join it through names, places and numbers.</summary>
public class CrossLingualStoryTests
{
    private static string Spec(string name) => Path.Combine(AppContext.BaseDirectory, "Specs", "Stories", "crosslingual", name);

    private static readonly string[] French = ["match-fr-1.txt", "fire-fr-1.txt", "fire-fr-2.txt", "match-fr-2.txt", "fire-fr-3.txt"];

    [Theory]
    [InlineData("fire-en-1.txt")]
    [InlineData("fire-de-1.txt")]
    public void ForeignReportJoinsTheFrenchStory(string foreign)
    {
        var names = French.Append(foreign).ToList();
        var stories = StoryTestArticles.Stream(names.Select(n => StoryTestArticles.FromSpec(Spec(n))));
        var storyOf = names.Zip(stories).ToDictionary(p => p.First, p => p.Second);

        Assert.Equal(storyOf["fire-fr-1.txt"], storyOf["fire-fr-2.txt"]);
        Assert.Equal(storyOf["fire-fr-1.txt"], storyOf["fire-fr-3.txt"]);
        Assert.Equal(storyOf["match-fr-1.txt"], storyOf["match-fr-2.txt"]);
        Assert.NotEqual(storyOf["fire-fr-1.txt"], storyOf["match-fr-1.txt"]);
        Assert.Equal(storyOf["fire-fr-1.txt"], storyOf[foreign]);
    }

    [Fact]
    public void ForeignReportArrivingFirstIsJoinedByTheFrenchOnes()
    {
        var names = new[] { "fire-en-1.txt", "fire-de-1.txt", "match-fr-1.txt", "fire-fr-1.txt", "fire-fr-2.txt", "fire-fr-3.txt" };
        var stories = StoryTestArticles.Stream(names.Select(n => StoryTestArticles.FromSpec(Spec(n))));
        Assert.Equal(2, stories.Distinct().Count());
        Assert.All(stories.Where((_, i) => names[i].StartsWith("fire", StringComparison.Ordinal)), s => Assert.Equal(stories[0], s));
    }

    [Fact]
    public void UnrelatedForeignArticleStartsItsOwnStory()
    {
        var assigner = new OnlineStoryAssigner();
        var stories = StoryTestArticles.Stream(French.Select(n => StoryTestArticles.FromSpec(Spec(n))), assigner);
        var unrelated = StoryTestArticles.Make(
            "The central bank of Japan kept its interest rate unchanged on Tuesday, citing weak consumer demand. Governor Kazuo Ueda said inflation was close to target.",
            "Bank of Japan holds rates", "en", DateStamp.Day(2025, 7, 15));
        Assert.Null(assigner.Decide(unrelated).StoryId);
    }
}
