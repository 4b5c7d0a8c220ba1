using Recoupe.Language;
using Recoupe.Stories.Features;

namespace Recoupe.Tests.Stories;

/// <summary>
/// The span tokeniser of feature extraction must split and lower-case exactly as the shared Tokenizer does
/// (it replaced it for speed; stories were tuned on the shared one's tokens).
/// </summary>
public class FeatureTokensTests
{
    [Theory]
    [InlineData("L’Ecureuil perd 600 millions d'euros : « incident de marché », dit la Caisse d’Épargne.")]
    [InlineData("Kim Jong-un, aujourd'hui ; jusqu'à 1 500 ou 1,500 — ÉTATS-UNIS, Straße, İstanbul, ΑΘΗΝΑ, Москва.")]
    [InlineData("qu'il lorsqu'elle puisqu'on quelqu'un dell'arte all'opera 20h30 covid19 3e")]
    [InlineData("emoji 🙂 then Ⅻ and ﬁ ligature, no-break\u00A0space\u202Fthin, 𐐀 Deseret")]
    public void TokensMatchTheSharedTokenizer(string text)
    {
        var expected = Tokenizer.Tokenize(text).ToList();
        var tokens = new TextTokens();
        tokens.Read(text);

        Assert.Equal(expected.Count, tokens.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Span.Start, tokens[i].Start);
            Assert.Equal(expected[i].Span.End, tokens[i].End);
            Assert.Equal(expected[i].Lower, tokens.Lower(i).ToString());
            Assert.Equal(expected[i].IsNumber, tokens[i].IsNumber);
            Assert.Equal(WordHash.Of(expected[i].Lower), tokens[i].Hash);
        }
    }

    [Fact]
    public void CommonWordsOfALongNameAreNotNameFeatures()
    {
        // "Banque" is also written "banque": not a name of its own; "Populaire" never is, so it stays.
        var profile = new ProfileExtractor().Extract(StoryTestArticles.Make(
            "La Banque Populaire a annoncé une fusion. Cette banque régionale grandit.", title: "Fusion", language: "fr"));
        Assert.Contains("n|banquepopulaire", profile.Keys);
        Assert.Contains("n|populaire", profile.Keys);
        Assert.DoesNotContain("n|banque", profile.Keys);
    }
}
