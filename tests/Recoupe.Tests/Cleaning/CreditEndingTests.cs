using System.Text;
using Recoupe.Cleaning;
using Recoupe.Cleaning.PlainText;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// A paragraph that ends with an agency credit in brackets ("… évacués. (avec AFP)") ends as its sentence does: it is body
/// text, not a title, and the headline above it stays the title. Invented articles.
/// </summary>
public sealed class CreditEndingTests
{
    [Theory]
    [InlineData("Les digues ont cédé dans la nuit. (avec AFP)", '.')]
    [InlineData("The levee broke overnight, officials said. (Reuters)", '.')]
    [InlineData("Crue de la Loire (vidéo)", 'o')]
    [InlineData("Une crue record [mis à jour]", 'r')]
    public void The_final_mark_is_the_sentence_s_not_the_credit_s(string line, char mark) =>
        Assert.Equal(mark, LineShape.FinalMark(line));

    [Fact]
    public void A_headline_above_a_first_paragraph_with_a_credit_is_the_title()
    {
        var text = """
            Crue de la Loire : les digues ont tenu
            La Loire a atteint 6,2 mètres à Tours dans la nuit, selon la préfecture. Trois cents riverains ont dormi au gymnase. (avec AFP)
            Les pompiers ont patrouillé jusqu'au matin le long des quais.
            """;
        var result = new ArticleExtractor().Extract(new RawDocument("credit.txt", Encoding.UTF8.GetBytes(text), InputKind.Text));
        Assert.True(result.Success, result.Error);
        Assert.Equal("Crue de la Loire : les digues ont tenu", result.Value!.Title);
        Assert.StartsWith("La Loire a atteint", result.Value.ParagraphTexts().First());
    }
}
