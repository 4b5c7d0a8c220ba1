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

    /// <summary>Sidecars are small; a bigger one is not metadata.</summary>
    private const long MaxBytes = 1024 * 1024;

    public static DocumentHints? For(string file) => For(InputFile.At(file));

    public static DocumentHints? For(InputFile file)
    {
        var sidecar = file.Sidecar();
        if (!sidecar.Exists()) return null;
        try
        {
            using var doc = JsonDocument.Parse(TextDecoder.Decode(sidecar.ReadAllBytes(MaxBytes)));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            string? F(string k) => JsonFields.String(root, k);
            return new DocumentHints(F("url"), F("title"), F("published"), F("outlet"), F("author"), F("language"));
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            // A broken sidecar must not cost the article: it is read without hints.
            return null;
        }
    }
}
