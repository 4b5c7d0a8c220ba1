using Recoupe.Dedup;

namespace Recoupe.Tests.Dedup;

public class NearDuplicateIndexTests
{
    private static string Seed(int n) => File.ReadAllText(Directory.GetFiles(TestPaths.Seeds, $"{n:000}_*.txt").Single());

    /// <summary>A syndicated copy: new headline and lead, a few words changed, one paragraph dropped, accents lost in places.</summary>
    private static string LightRewrite(string text)
    {
        var paragraphs = text.Split("\n\n").ToList();
        if (paragraphs.Count > 4) paragraphs.RemoveAt(paragraphs.Count - 2);
        paragraphs.Insert(0, "Bruxelles hausse le ton face à Budapest (AFP)");
        var rewritten = string.Join("\n\n", paragraphs)
            .Replace("a déclaré", "a affirmé", StringComparison.Ordinal)
            .Replace("président", "chef de l'État", StringComparison.Ordinal)
            .Replace("mardi", "ce mardi", StringComparison.Ordinal)
            .Replace("é", "e", StringComparison.Ordinal);
        return rewritten;
    }

    [Fact]
    public void LightlyRewrittenCopyIsFound()
    {
        var index = new NearDuplicateIndex();
        for (int i = 0; i < 5; i++)
        {
            Assert.Null(index.FindCopyOf(Seed(i), "fr"));
            index.Add(100 + i, Seed(i), "fr");
        }
        Assert.Equal(101, index.FindCopyOf(LightRewrite(Seed(1)), "fr"));
        Assert.Equal(103, index.FindCopyOf(LightRewrite(Seed(3)), "fr"));
    }

    [Fact]
    public void DifferentArticlesOfOneStoryAreNotCopies()
    {
        var index = new NearDuplicateIndex();
        for (int i = 0; i < 5; i++)
        {
            Assert.Null(index.FindCopyOf(Seed(i), "fr"));
            index.Add(i + 1, Seed(i), "fr");
        }
    }

    [Fact]
    public void CopyOfACopyPointsAtTheOrigin()
    {
        var index = new NearDuplicateIndex();
        var original = Seed(2);
        index.Add(1, original, "fr");
        var copy = LightRewrite(original);
        Assert.Equal(1, index.FindCopyOf(copy, "fr"));
        index.Add(2, copy, "fr");
        Assert.Equal(1, index.FindCopyOf(copy + "\n\nMis à jour à 18h.", "fr"));
    }

    [Fact]
    public void OldestTextsAreForgottenBeyondCapacity()
    {
        var index = new NearDuplicateIndex(DuplicateIndexOptions.Default with { Capacity = 3 });
        index.Add(1, Seed(0), "fr");
        index.Add(2, Seed(1), "fr");
        index.Add(3, Seed(2), "fr");
        index.Add(4, Seed(3), "fr");
        Assert.Equal(3, index.Count);
        Assert.Null(index.FindCopyOf(Seed(0), "fr"));
        Assert.Equal(2, index.FindCopyOf(Seed(1), "fr"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Court.")]
    [InlineData("- - - ' ' ’ --")]
    public void ShortOrEmptyTextsNeverCrash(string text)
    {
        var index = new NearDuplicateIndex();
        index.Add(1, text, "fr");
        _ = index.FindCopyOf(text, "fr");
    }

    [Fact]
    public void ShortTextsMatchOnlyExactly()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, "Breaking: markets fall.", "en");
        Assert.Equal(1, index.FindCopyOf("BREAKING — markets fall", "en"));
        Assert.Null(index.FindCopyOf("Breaking: markets rise.", "en"));
    }
}
