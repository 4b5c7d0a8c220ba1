using Recoupe.Model;
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
    [InlineData("L’Hirondelle perd 300 millions d'euros : « erreur de saisie », dit la Banque d’Épargne.")]
    [InlineData("Moon Jae-in, aujourd'hui ; jusqu'à 1 500 ou 1,500 — ÉTATS-UNIS, Straße, İstanbul, ΑΘΗΝΑ, Москва.")]
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
    [Fact]
    public void AnEntityCutDifferentlyFromTheCapitalisedRunDoesNotCountItsWordsTwice()
    {
        // Invented: the recogniser glued a figure to a bank's name. Its whole key is new (counted), but its words were
        // counted by the capitalisation pass already: the weight of "martel" against the whole name's must not depend on
        // that boundary error.
        const string text = "La Banque Martel cède 2,5 milliards. Les clients de la Banque Martel attendent.";
        const string glued = "Banque Martel cède 2,5";
        var plain = StoryTestArticles.Make(text, title: "Cession", language: "fr");
        var withEntity = plain with
        {
            Annotations = plain.Annotations with
            {
                Entities = [new EntityMention(new TextSpan(text.IndexOf(glued), glued.Length), EntityType.Organization, glued, "org:test")],
            },
        };
        var without = plain with { Annotations = plain.Annotations with { Entities = [] } };
        static float Ratio(AnalyzedArticle a)
        {
            var p = new ProfileExtractor().Extract(a);
            return p.Weights[Array.IndexOf(p.Keys, "n|martel")] / p.Weights[Array.IndexOf(p.Keys, "n|banquemartel")];
        }
        Assert.Contains("n|banquemartelcede25", new ProfileExtractor().Extract(withEntity).Keys);
        Assert.Equal(Ratio(without), Ratio(withEntity), 4);
    }
}
