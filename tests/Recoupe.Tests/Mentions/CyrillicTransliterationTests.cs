using Recoupe.Mentions.Names;

namespace Recoupe.Tests.Mentions;

/// <summary>A name written in Cyrillic gets the same key as its Latin spellings in the French and English press.</summary>
public class CyrillicTransliterationTests
{
    [Theory]
    [InlineData("лавров", "lavrov")]
    [InlineData("зеленскии", "zelensky")]   // folded: й arrives as и
    [InlineData("шоигу", "choigu")]
    [InlineData("медведев", "medvedev")]
    public void CyrillicMeetsLatin(string cyrillic, string latin) =>
        Assert.Equal(Transliteration.Key(latin), Transliteration.Key(cyrillic));

    [Fact]
    public void SpanAndStringKeysAgree() =>
        Assert.Equal(Transliteration.Key("навальныи"), Transliteration.Key("навальныи".AsSpan()));

    [Fact]
    public void DifferentNamesStayApart() =>
        Assert.NotEqual(Transliteration.Key("лавров"), Transliteration.Key("medvedev"));
}
