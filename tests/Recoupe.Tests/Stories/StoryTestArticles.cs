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

    /// <summary>A made-up word no other article has ("uxbazor"), the n-th of its kind: it keeps two articles' texts apart.</summary>
    public static string UniqueWord(int n)
    {
        var chars = new List<char>();
        for (int k = n; k > 0 || chars.Count < 4; k /= 26) chars.Add((char)('a' + k % 26));
        return "ux" + new string(chars.ToArray()) + "zor";
    }

    /// <summary>A French article of <paramref name="words"/> and one word of its own (two with <paramref name="twoOwnWords"/>).</summary>
    public static AnalyzedArticle Words(string words, int n, bool twoOwnWords = false) =>
        Make(twoOwnWords ? $"{words} {UniqueWord(n)} {UniqueWord(n + 1000)}." : $"{words} {UniqueWord(n)}.", null, "fr", null, $"a{n}");

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
