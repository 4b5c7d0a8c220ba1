using System.Globalization;
using System.Text.Json;
using Recoupe.Cleaning.PlainText;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Extraction;

/// <summary>
/// Cleaning on the hand-annotated seed articles: every listed boilerplate/metadata line must be gone, every
/// must-keep paragraph start present, titles (including "no title") and publication dates right.
/// Boilerplate entries that describe a line instead of quoting it ("the second occurrence of the title line")
/// are checked for what they describe: the title must not remain in the text.
/// </summary>
public sealed class SeedsCleaningSuite : IEvalSuite
{
    public string Name => "seeds-cleaning";
    public string Description => "Seed articles: boilerplate removed, must-keep lines kept, titles and dates right";
    public string DefaultDataFolder => "seeds-gold";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var goldFile = Directory.Exists(dataPath) ? Path.Combine(dataPath, "seeds.gold.json") : dataPath;
        var seedsDir = FindSeeds(Path.GetDirectoryName(Path.GetFullPath(goldFile))!);
        using var gold = JsonDocument.Parse(File.ReadAllText(goldFile));
        var notes = new List<string>();
        int boiler = 0, boilerRemoved = 0, keep = 0, kept = 0, titles = 0, titlesRight = 0, dates = 0, datesRight = 0;
        int limit = options.Limit ?? int.MaxValue, n = 0;

        foreach (var entry in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            if (n++ >= limit) break;
            var file = entry.GetProperty("file").GetString()!;
            var path = Path.Combine(seedsDir, file);
            var source = File.ReadAllText(path);
            var result = pipeline.Clean(new RawDocument(path, File.ReadAllBytes(path), InputKind.Text));
            if (!result.Success) { notes.Add($"{file}: failed: {result.Error}"); continue; }
            var article = result.Value!;
            var paragraphs = article.ParagraphTexts().Select(SnippetMatcher.NormalizeSpace).ToList();
            var flatText = SnippetMatcher.NormalizeSpace(article.Text);
            var goldTitle = entry.GetProperty("title").GetString();

            foreach (var line in Lines(entry, "boilerplate_lines").Concat(Lines(entry, "metadata_lines")))
            {
                boiler++;
                bool quoted = source.Contains(line, StringComparison.Ordinal);
                bool removed = quoted ? !StillThere(SnippetMatcher.NormalizeSpace(line), paragraphs)
                    : !(line.Contains("title", StringComparison.OrdinalIgnoreCase) && goldTitle is not null && paragraphs.Any(p => p == SnippetMatcher.NormalizeSpace(goldTitle)));
                if (removed) boilerRemoved++;
                else options.Details?.WriteLine($"{file}: boilerplate kept: {line}");
            }
            foreach (var start in Lines(entry, "must_keep_starts"))
            {
                keep++;
                if (SnippetMatcher.Contains(flatText, start)) kept++;
                else options.Details?.WriteLine($"{file}: must-keep lost: {start}");
            }
            titles++;
            if (LineShape.Normalize(goldTitle ?? "") == LineShape.Normalize(article.Title ?? "")) titlesRight++;
            else options.Details?.WriteLine($"{file}: title '{article.Title}' expected '{goldTitle}'");
            dates++;
            var goldDate = entry.TryGetProperty("published", out var pub) ? pub.GetString() : null;
            if (goldDate == article.Published?.ToIso()) datesRight++;
            else options.Details?.WriteLine($"{file}: published '{article.Published?.ToIso()}' expected '{goldDate}'");
        }

        var metrics = new Dictionary<string, double>
        {
            ["boilerplate_removed"] = Ratio(boilerRemoved, boiler),
            ["must_keep_kept"] = Ratio(kept, keep),
            ["titles_right"] = Ratio(titlesRight, titles),
            ["dates_right"] = Ratio(datesRight, dates),
            ["boilerplate_lines"] = boiler,
            ["must_keep_lines"] = keep,
            ["articles"] = titles,
        };
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"boilerplate {boilerRemoved}/{boiler}, must-keep {kept}/{keep}, titles {titlesRight}/{titles}, dates {datesRight}/{dates}"));
        return new EvalReport(Name, metrics, notes);
    }

    /// <summary>A short line is still there when a paragraph is that line (or starts with it); a long one when any paragraph contains it.</summary>
    private static bool StillThere(string line, List<string> paragraphs) => line.Length < 30
        ? paragraphs.Exists(p => p == line || p.StartsWith(line + " ", StringComparison.Ordinal))
        : paragraphs.Exists(p => p.Contains(line, StringComparison.Ordinal));

    private static IEnumerable<string> Lines(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var arr) ? arr.EnumerateArray().Select(e => e.GetString()!).Where(s => s.Length > 0) : [];

    private static double Ratio(int a, int b) => b == 0 ? 1.0 : (double)a / b;

    /// <summary>The seed texts sit in ../samples/seeds next to the eval folder (shared/eval/seeds-gold → shared/samples/seeds).</summary>
    private static string FindSeeds(string goldDir)
    {
        foreach (var candidate in new[] { Path.Combine(goldDir, "..", "samples", "seeds"), Path.Combine(goldDir, "..", "..", "samples", "seeds") })
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        throw new DirectoryNotFoundException("samples/seeds not found next to " + goldDir);
    }
}
