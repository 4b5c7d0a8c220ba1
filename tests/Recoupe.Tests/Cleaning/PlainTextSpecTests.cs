using System.Text;
using Recoupe.Cleaning;
using Recoupe.Model;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// Spec files in Specs/Cleaning: LANG.txt is scraped plain text we wrote ourselves, LANG.expected.txt says what
/// cleaning must find: "title:", "published:", "author:", "keep: START" (a kept paragraph starts so),
/// "remove: REASON | LINE" (the line is removed with that reason).
/// </summary>
public sealed class PlainTextSpecTests
{
    public static TheoryData<string> Languages => new() { "fr", "en", "de", "es", "it" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Furniture_is_removed_with_reasons_and_text_kept(string language)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Cleaning");
        var input = File.ReadAllBytes(Path.Combine(folder, language + ".txt"));
        var result = new ArticleExtractor().Extract(new RawDocument(language + ".txt", input, InputKind.Text));
        Assert.True(result.Success, result.Error);
        var article = result.Value!;
        var paragraphs = article.ParagraphTexts().ToList();
        var report = new StringBuilder();
        foreach (var line in File.ReadAllLines(Path.Combine(folder, language + ".expected.txt")))
        {
            var (key, value) = (line[..line.IndexOf(':')], line[(line.IndexOf(':') + 1)..].Trim());
            switch (key)
            {
                case "title": Check(article.Title == value, $"title '{article.Title}'"); break;
                case "published": Check(article.Published?.ToIso() == value, $"published '{article.Published}'"); break;
                case "author": Check(article.Author == value, $"author '{article.Author}'"); break;
                case "keep": Check(paragraphs.Exists(p => p.StartsWith(value, StringComparison.Ordinal)), $"lost: {value}"); break;
                case "remove":
                    var reason = value[..value.IndexOf('|')].Trim();
                    var text = value[(value.IndexOf('|') + 1)..].Trim();
                    Check(!paragraphs.Contains(text), $"kept: {text}");
                    var reasons = article.Removed.Where(r => r.Text == text).Select(r => r.Reason).ToList();
                    Check(reasons.Contains(reason), $"'{text}' removed as '{string.Join(", ", reasons)}', expected '{reason}'");
                    break;
            }
        }
        Assert.True(report.Length == 0, report.ToString());

        void Check(bool ok, string message)
        {
            if (!ok) report.AppendLine(message);
        }
    }
}
