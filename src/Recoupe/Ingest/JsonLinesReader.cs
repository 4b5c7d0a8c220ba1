using System.Text;
using System.Text.Json;
using Recoupe.Model;

namespace Recoupe.Ingest;

/// <summary>
/// Reads JSON Lines: one article per line with `url`, `title`, `published`, `outlet` (also `author`,
/// `language`) and `text` or `html`. A bad line is reported with its line number; the others go on. Strings are read
/// through <see cref="JsonFields"/>: a lone surrogate escape becomes U+FFFD instead of failing the line (or the batch).
/// </summary>
public static class JsonLinesReader
{
    public static IEnumerable<InputItem> Read(string input, string content)
    {
        int lineNo = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNo++;
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            var name = $"{input}:{lineNo}";
            InputItem item;
            try { item = ParseLine(name, line); }
            catch (JsonException e) { item = new InputFailure(name, $"malformed JSON line ({e.Message.Split('.')[0]})"); }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
            {
                // Whatever else one line throws is that line's problem: the other lines go on.
                item = new InputFailure(name, $"unreadable JSON line ({e.Message})");
            }
            yield return item;
        }
    }

    private static InputItem ParseLine(string name, string line)
    {
        using var doc = JsonDocument.Parse(line);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) return new InputFailure(name, "JSON line is not an object");
        var root = doc.RootElement;
        string? Field(string key) => JsonFields.String(root, key);
        var html = Field("html");
        var text = Field("text") ?? Field("content") ?? Field("body");
        var body = !string.IsNullOrWhiteSpace(html) ? html : text;
        if (string.IsNullOrWhiteSpace(body)) return new InputFailure(name, "JSON line has neither `text` nor `html`");
        var hints = new DocumentHints(Field("url"), Field("title"), Field("published") ?? Field("date"), Field("outlet") ?? Field("source"),
            Field("author"), Field("language") ?? Field("lang"));
        // The document's bytes are the article body (HTML or text, as the extractor expects); the line's
        // other fields travel as hints. The input is named by file and line so an error can be found.
        return new InputDocument(new RawDocument(name, Encoding.UTF8.GetBytes(body), InputKind.JsonLine, hints));
    }
}
