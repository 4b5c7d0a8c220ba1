using Recoupe.Ingest;
using Recoupe.Model;

namespace Recoupe.Web.Api;

/// <summary>What a POST body holds, by its Content-Type.</summary>
public enum PostedKind { Text, Html, JsonLines, Feed }

/// <summary>Turns a POST /api/articles body into input items, as the CLI does for files.</summary>
public static class PostedInput
{
    public static PostedKind? KindOf(string? contentType)
    {
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return media switch
        {
            "text/plain" => PostedKind.Text,
            "text/html" or "application/xhtml+xml" => PostedKind.Html,
            "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => PostedKind.JsonLines,
            "application/rss+xml" or "application/atom+xml" or "application/xml" or "text/xml" => PostedKind.Feed,
            _ => null,
        };
    }

    public static IReadOnlyList<InputItem> Items(string input, PostedKind kind, byte[] bytes, DocumentHints hints)
    {
        var problem = ContentCheck.Problem(bytes);
        if (problem is not null) return [new RejectedInput(new RawDocument(input, bytes, InputKind.Text), problem)];
        return kind switch
        {
            PostedKind.JsonLines => [.. JsonLinesReader.Read(input, TextDecoder.Decode(bytes))],
            PostedKind.Feed => [.. FeedReader.Read(input, TextDecoder.Decode(bytes))],
            PostedKind.Html => [new InputDocument(new RawDocument(input, bytes, InputKind.Html, hints))],
            _ => [new InputDocument(new RawDocument(input, bytes, InputKind.Text, hints))],
        };
    }

    /// <summary>The name the input is stored under: the caller's (?input=), else one made from the time and content.</summary>
    public static string Name(string? requested, byte[] bytes, DateTimeOffset now)
    {
        var name = requested?.Trim();
        if (!string.IsNullOrEmpty(name) && name.Length <= 500 && !name.Any(char.IsControl)) return name;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..12];
        return $"api:{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{hash}";
    }
}
