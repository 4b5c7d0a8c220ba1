using System.Security.Cryptography;

namespace Recoupe.Model;

/// <summary>What kind of bytes an input holds; decides which extraction path reads it.</summary>
public enum InputKind { Text, Html, FeedItem, JsonLine }

/// <summary>Metadata that came with the input itself (a JSON line's fields, a feed item's), trusted over guesses.</summary>
public sealed record DocumentHints(
    string? Url = null,
    string? Title = null,
    string? Published = null,
    string? Outlet = null,
    string? Author = null,
    string? Language = null)
{
    public static readonly DocumentHints None = new();

    /// <summary>The same hints with every field passed through <see cref="Ingest.SafeText.Clean"/>.</summary>
    public DocumentHints Cleaned() => new(C(Url), C(Title), C(Published), C(Outlet), C(Author), C(Language));

    private static string? C(string? s) => Ingest.SafeText.CleanOrNull(s);
}

/// <summary>
/// One input exactly as it arrived: its name (file path, URL, "feed.xml#3"), its raw bytes,
/// and the hints that came with it. The bytes are kept in the store; the hash makes ingest idempotent.
/// </summary>
public sealed record RawDocument
{
    public RawDocument(string input, byte[] bytes, InputKind kind, DocumentHints? hints = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        ArgumentNullException.ThrowIfNull(bytes);
        // Names and hints come from file names, query strings and scraped JSON: no lone surrogate or NUL gets past here.
        Input = Ingest.SafeText.Clean(input);
        Bytes = bytes;
        Kind = kind;
        Hints = hints is null ? DocumentHints.None : hints.Cleaned();
        ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string Input { get; }
    public byte[] Bytes { get; }
    public InputKind Kind { get; }
    public DocumentHints Hints { get; }

    /// <summary>SHA-256 of the raw bytes, lower-case hex: the identity of an input for idempotent ingest.</summary>
    public string ContentHash { get; }
}
