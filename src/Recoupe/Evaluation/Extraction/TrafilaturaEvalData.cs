using System.IO.Compression;
using System.Text.Json;

namespace Recoupe.Evaluation.Extraction;

/// <summary>One page of trafilatura's evaluation set: its URL, snippets that must / must not be extracted, and some metadata.</summary>
public sealed record EvalPage(string Url, string File, IReadOnlyList<string> With, IReadOnlyList<string> Without, string? Title, string? Date, string? Author);

/// <summary>Reads evaldata.json and the gzipped pages next to it (pages/FILE.gz).</summary>
public static class TrafilaturaEvalData
{
    public static List<EvalPage> Load(string folder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "evaldata.json")));
        var pages = new List<EvalPage>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var v = p.Value;
            pages.Add(new EvalPage(p.Name, v.GetProperty("file").GetString()!, Strings(v, "with"), Strings(v, "without"), Str(v, "title"), Str(v, "date"), Str(v, "author")));
        }
        return pages;
    }

    public static byte[] ReadPage(string folder, EvalPage page)
    {
        using var file = File.OpenRead(Path.Combine(folder, "pages", page.File + ".gz"));
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    private static string? Str(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? "").Where(s => s.Length > 0).ToList() : [];
}
