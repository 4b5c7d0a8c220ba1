using System.Text.Json;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Quotes;

/// <summary>
/// Reads quotations annotated as in seeds.gold.json: <c>file</c>, <c>starts</c> (the first words inside the marks),
/// <c>speaker</c> (null: an unnamed source) and <c>variants</c>. The texts are cleaned as the engine cleans them and
/// each "starts" is found in document order (the same words twice: the second gold entry is the second occurrence).
/// </summary>
public static class SeedsStyleQuoteReader
{
    public static bool Handles(string path) => File.Exists(path) ? path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) : GoldFile(path) is not null;

    public static IReadOnlyList<GoldQuoteDocument> Read(string path, RecoupePipeline pipeline, TextWriter? notes = null)
    {
        var goldFile = File.Exists(path) ? path : GoldFile(path) ?? throw new FileNotFoundException("no quotes.gold.json or seeds.gold.json", path);
        using var json = JsonDocument.Parse(File.ReadAllBytes(goldFile));
        var entries = new List<(string File, string Starts, string? Speaker, List<string> Variants)>();
        var speakerVariants = EntityVariants(json.RootElement);
        foreach (var q in json.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var variants = new List<string>();
            if (speaker is not null) variants.Add(speaker);
            if (q.TryGetProperty("variants", out var v))
                variants.AddRange(v.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0));
            if (speaker is not null && speakerVariants.TryGetValue(speaker, out var more)) variants.AddRange(more);
            entries.Add((q.GetProperty("file").GetString() ?? "", q.GetProperty("starts").GetString() ?? "", speaker, variants.Distinct().ToList()));
        }
        var folder = TextFolder(Path.GetDirectoryName(Path.GetFullPath(goldFile))!, entries.Select(e => e.File).FirstOrDefault())
            ?? throw new DirectoryNotFoundException($"the articles named in {goldFile} were not found beside it");
        var result = new List<GoldQuoteDocument>();
        foreach (var group in entries.GroupBy(e => e.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, group.Key);
            if (!File.Exists(file)) { notes?.WriteLine($"missing\t{group.Key}"); continue; }
            var cleaned = pipeline.Clean(new RawDocument(file, File.ReadAllBytes(file), InputKind.Text));
            if (!cleaned.Success) { notes?.WriteLine($"unreadable\t{group.Key}"); continue; }
            var article = cleaned.Value!;
            var text = article.Text;
            var searchable = Normalize(text);
            var quotations = new List<GoldQuotation>();
            var from = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var e in group)
            {
                var starts = Normalize(e.Starts);
                int at = searchable.IndexOf(starts, from.GetValueOrDefault(starts), StringComparison.Ordinal);
                if (at < 0) at = searchable.IndexOf(starts, StringComparison.Ordinal); // listed out of order
                if (at < 0) { notes?.WriteLine($"starts not in text\t{group.Key}\t{e.Starts}"); quotations.Add(new GoldQuotation([], true, Source(e))); continue; }
                from[starts] = at + 1;
                quotations.Add(new GoldQuotation([new TextSpan(at, at + starts.Length)], true, Source(e)));
            }
            var language = article.Language is "und" or "" ? "fr" : article.Language;
            result.Add(new GoldQuoteDocument(group.Key, GroupOf(group.Key), text, language, quotations));
        }
        return result;
    }

    private static GoldSource Source((string File, string Starts, string? Speaker, List<string> Variants) e) =>
        new(e.Speaker is null ? [] : e.Variants, null, e.Speaker);

    // seeds.gold.json names speakers by their canonical entity name; its entities list the other variants.
    private static Dictionary<string, List<string>> EntityVariants(JsonElement root)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty("entities", out var es)) return result;
        foreach (var e in es.EnumerateArray())
            if (e.TryGetProperty("canonical", out var c) && c.GetString() is { } name && e.TryGetProperty("variants", out var v))
                result[name] = [.. v.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0 && !char.IsLower(x[0]))];
        return result;
    }

    private static string? GoldFile(string folder)
    {
        foreach (var name in new[] { "quotes.gold.json", "seeds.gold.json" })
            if (File.Exists(Path.Combine(folder, name))) return Path.Combine(folder, name);
        return null;
    }

    /// <summary>The folder holding the articles: beside the gold, its documents/, a sibling's documents/, or the seeds.</summary>
    private static string? TextFolder(string goldFolder, string? firstFile)
    {
        if (firstFile is null) return goldFolder;
        var candidates = new List<string> { goldFolder, Path.Combine(goldFolder, "documents") };
        var parent = Directory.GetParent(goldFolder);
        if (parent is not null)
            foreach (var sibling in Directory.GetDirectories(parent.FullName).Order(StringComparer.Ordinal))
                candidates.Add(Path.Combine(sibling, "documents"));
        if (SeedsMentions.SeedsFolder.Locate(goldFolder) is { } seeds) candidates.Add(seeds);
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, firstFile)));
    }

    // RPM2 topics (T01_C1_08.txt -> T01): documents of one topic share their speakers, so folds keep them together.
    private static string GroupOf(string file)
    {
        int u = file.IndexOf('_');
        return u > 0 ? file[..u] : Path.GetFileNameWithoutExtension(file);
    }

    private static string Normalize(string s) => s.Replace('’', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
