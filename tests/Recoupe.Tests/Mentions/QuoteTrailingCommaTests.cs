using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Tests.Mentions;

/// <summary>The comma English writes inside the marks joins the quotation to its sentence: it is not part of what was said.</summary>
public sealed class QuoteTrailingCommaTests
{
    [Theory]
    [InlineData("\"We will rebuild the bridge,\" the mayor said.", "We will rebuild the bridge")]
    [InlineData("\"We will rebuild the bridge, \" the mayor said.", "We will rebuild the bridge")]
    [InlineData("\"Will we rebuild?\" the mayor asked.", "Will we rebuild?")]
    [InlineData("« Nous reconstruirons le pont », a dit le maire.", " Nous reconstruirons le pont ")]
    public void The_span_stops_before_a_closing_comma(string sentence, string content)
    {
        int open = sentence.IndexOfAny(['"', '«']) + 1;
        int close = sentence.IndexOfAny(['"', '»'], open);
        var span = QuoteExtractor.WithoutTrailingComma(sentence, new TextSpan(open, close));
        Assert.Equal(content, span.Of(sentence));
    }
}
