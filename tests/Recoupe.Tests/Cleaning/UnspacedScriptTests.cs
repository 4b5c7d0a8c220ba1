using System.Text;
using Recoupe.Cleaning;
using Recoupe.Cleaning.PlainText;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>Scripts written without spaces (Chinese, Japanese, Thai) are articles, not one-word lines.</summary>
public sealed class UnspacedScriptTests
{
    private static ParseResult<Article> Extract(string text) =>
        new ArticleExtractor().Extract(new RawDocument("a.txt", Encoding.UTF8.GetBytes(text), InputKind.Text));

    [Theory]
    [InlineData("国务院今天发布了关于经济发展的新政策，专家认为这将促进就业和投资。")]
    [InlineData("政府は今日、新しい経済政策を発表した。専門家は雇用と投資を促進すると述べている。")]
    [InlineData("นายกรัฐมนตรีกล่าวว่ารัฐบาลจะเพิ่มงบประมาณสำหรับการศึกษาและสาธารณสุขในปีหน้าเพื่อช่วยประชาชน")]
    public void A_paragraph_of_an_unspaced_script_is_kept(string paragraph)
    {
        var result = Extract(paragraph);
        Assert.True(result.Success, result.Error);
        Assert.Equal(paragraph, result.Value!.Text);
        var line = Assert.Single(Recoupe.Ingest.InputCollector.FromBytes("a.jsonl", Encoding.UTF8.GetBytes("{\"text\": \"" + paragraph + "\"}\n")));
        var json = new ArticleExtractor().Extract(Assert.IsType<Recoupe.Ingest.InputDocument>(line).Document);
        Assert.True(json.Success, json.Error);
    }

    [Fact]
    public void Unspaced_scripts_count_words_by_characters()
    {
        Assert.True(LineShape.WordCount("国务院今天发布了关于经济发展的新政策") >= 8);
        Assert.Equal(3, LineShape.WordCount("trois mots ici"));
        Assert.True(LineShape.EndsLikeSentence("新政策。"));
    }

    [Theory]
    [InlineData(";")]
    [InlineData("1")]
    [InlineData("… !")]
    public void Text_without_words_is_no_article(string text)
    {
        var result = Extract(text);
        Assert.False(result.Success);
        Assert.StartsWith("no article text found", result.Error);
    }
}
