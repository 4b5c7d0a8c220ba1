namespace Recoupe.Tests.Stories;

/// <summary>The five seed articles are one story (004, a week later, is a new development of it), in any order.</summary>
public class SeedsStoryTests
{
    [Theory]
    [InlineData(new[] { 0, 1, 2, 3, 4 })]
    [InlineData(new[] { 4, 3, 2, 1, 0 })]
    [InlineData(new[] { 2, 4, 0, 3, 1 })]
    public void AllSeedsFormOneStory(int[] order)
    {
        var seeds = StoryTestArticles.Seeds();
        Assert.Equal(5, seeds.Count);
        var stories = StoryTestArticles.Stream(order.Select(i => seeds[i]));
        Assert.Single(stories.Distinct());
    }
}
