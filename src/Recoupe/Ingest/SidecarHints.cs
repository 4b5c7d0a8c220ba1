using System.Text.Json;
using Recoupe.Model;

namespace Recoupe.Ingest;

/// <summary>
/// Metadata a scraper saved beside a page or text file: `article.txt.meta.json` with any of `url`,
/// `title`, `published`, `outlet`, `author`, `language` (the JSON Lines field names). Plain text as
/// scraped rarely says which outlet it came from; the scraper knows.
/// </summary>
public static class SidecarHints
{
    public const string Suffix = ".meta.json";

    public static DocumentHints? For(string file)
    {
        var path = file + Suffix;
        if (!File.Exists(path)) return null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            string? F(string k) => root.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new DocumentHints(F("url"), F("title"), F("published"), F("outlet"), F("author"), F("language"));
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            // A broken sidecar must not cost the article: it is read without hints.
            return null;
        }
    }
}
