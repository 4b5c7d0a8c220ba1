using Recoupe.Mentions.Quotes;

namespace Recoupe.Tests.Mentions;

public class QuoteMarkPairerTests
{
    private static List<string> Pairs(string text) => QuoteMarkPairer.Pair(text).Select(p => QuoteMarkPairer.Trim(text, p.Content).Of(text)).ToList();

    [Theory]
    [InlineData("Er sagte: „Wir bleiben hier.“ Dann ging er.", "Wir bleiben hier.")]
    [InlineData("Il a dit ‹ non › hier.", "non")]
    [InlineData("He said \"no way\" twice.", "no way")]
    [InlineData("Elle a dit « oui ».", "oui")]
    [InlineData("“Yes,” she said.", "Yes,")]
    public void Pairs_each_kind_of_mark(string text, string expected) => Assert.Contains(expected, Pairs(text));

    [Fact]
    public void Nested_quotes_pair_innermost_first_and_an_unclosed_outer_mark_is_dropped()
    {
        var pairs = Pairs("« [This] « Le pont restera fermé », a-t-il dit. « Nous rouvrirons au printemps. »\nSuite.");
        Assert.Equal(["Le pont restera fermé", "Nous rouvrirons au printemps."], pairs);
    }

    [Fact]
    public void A_quote_goes_on_when_the_next_paragraph_reopens_it()
    {
        var pairs = Pairs("« Premier paragraphe.\n« Second paragraphe », a-t-elle dit.");
        Assert.Single(pairs);
        Assert.StartsWith("Premier paragraphe.", pairs[0]);
        Assert.EndsWith("Second paragraphe", pairs[0]);
    }
}
