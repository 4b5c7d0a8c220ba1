using System.Text;
using System.Text.Json;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// Reads the cross-lingual clustering set (`eval/crosslingual/articles.jsonl` in the repository): one JSON object a
/// line with `id`, `event` (the gold story), `language`, `published`, `outlet`, `title` and `text`. Each article goes
/// through the pipeline's cleaning and analysis as an ingested plain text with those hints would.
/// </summary>
public static class ParallelCorpus
{
    public const string FileName = "articles.jsonl";

    public static IReadOnlyList<GoldArticle> Load(string dataPath, RecoupePipeline pipeline, int? limit = null)
    {
        var file = Directory.Exists(dataPath) ? Path.Combine(dataPath, FileName) : dataPath;
        var result = new List<GoldArticle>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(file, Encoding.UTF8))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string Field(string name) => root.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s
                ? s : throw new InvalidDataException($"{file}:{lineNumber}: missing \"{name}\"");
            var id = Field("id");
            var hints = new DocumentHints(Title: Field("title"), Published: Field("published"), Outlet: Field("outlet"), Language: Field("language"));
            var cleaned = pipeline.Clean(new RawDocument(id, Encoding.UTF8.GetBytes(Field("text")), InputKind.Text, hints));
            if (!cleaned.Success) throw new InvalidDataException($"{file}:{lineNumber}: {id} was rejected by the cleaner");
            var eventName = Field("event");
            result.Add(new GoldArticle(id, eventName, eventName, pipeline.Analyze(cleaned.Value!)));
            if (limit is { } l && result.Count >= l) break;
        }
        return result;
    }
}
