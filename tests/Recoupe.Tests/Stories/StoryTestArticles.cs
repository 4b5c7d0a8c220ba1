using Recoupe.Evaluation.Clustering;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Stories;

namespace Recoupe.Tests.Stories;

/// <summary>Builds analysed articles for story tests and streams them like the engine does.</summary>
internal static class StoryTestArticles
{
    public static AnalyzedArticle Make(string text, string? title = null, string language = "fr", DateStamp? published = null, string input = "test")
    {
        var article = new Article
        {
            Input = input,
            ContentHash = input,
            Title = title,
            Text = text,
            Language = language,
            Published = published,
        };
        return RecoupePipeline.Default.Analyze(article);
    }

    /// <summary>A spec file: first line the title, second the date (ISO), the rest the text; language from the name "story-lang-n.txt".</summary>
    public static AnalyzedArticle FromSpec(string path)
    {
        var lines = File.ReadAllLines(path);
        var language = Path.GetFileNameWithoutExtension(path).Split('-')[1];
        return Make(string.Join("\n", lines.Skip(2)), lines[0], language, DateStamp.TryParseIso(lines[1]), Path.GetFileName(path));
    }

    /// <summary>The seeds as the pipeline cleans them (no hints: the cleaner finds what it can).</summary>
    public static List<AnalyzedArticle> Seeds()
    {
        var result = new List<AnalyzedArticle>();
        foreach (var path in Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var cleaned = RecoupePipeline.Default.Clean(new RawDocument(Path.GetFileName(path), File.ReadAllBytes(path), InputKind.Text));
            result.Add(RecoupePipeline.Default.Analyze(cleaned.GetValueOrThrow()));
        }
        return result;
    }

    public static long[] Stream(IEnumerable<AnalyzedArticle> articles, IStoryAssigner? assigner = null) =>
        StoryStream.Assign(assigner ?? new OnlineStoryAssigner(), articles.ToList());
}
