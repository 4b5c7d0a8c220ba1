using Recoupe.Model;

namespace Recoupe.Ingest;

/// <summary>
/// Turns what the user named (files, folders searched recursively) into input items, in a stable order
/// (sorted paths) so that two runs over the same inputs see them in the same order. Each file is read
/// when its turn comes, so a huge folder is streamed, not loaded.
/// </summary>
public static class InputCollector
{
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text" };
    public static readonly IReadOnlySet<string> HtmlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    public static readonly IReadOnlySet<string> FeedExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".rss", ".atom", ".xml" };
    public static readonly IReadOnlySet<string> JsonLinesExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    /// <summary>Hard cap on one file: beyond this it is rejected rather than read into memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// The files the user named, folders walked (sorted, known extensions only, symbolic links followed inside the folder
    /// only and to each file once: <see cref="FolderWalker"/>); missing paths and links not followed come back as failures.
    /// </summary>
    public static IEnumerable<(InputFile? File, InputFailure? Missing)> ExpandFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var found in FolderWalker.Walk(path, IsSupportedInFolder))
                    yield return (found.File, found.Problem);
            }
            else if (File.Exists(path)) yield return (InputFile.At(path), null);
            else yield return (null, new InputFailure(path, "no such file or folder"));
        }
    }

    /// <summary>Everything the user named: files, folders, and http(s) URLs when a fetcher is given.</summary>
    public static IEnumerable<InputItem> Collect(IEnumerable<string> paths, WebFetcher? web = null)
    {
        var list = paths.ToList();
        foreach (var (file, missing) in ExpandFiles(list.Where(p => !WebFetcher.IsUrl(p))))
        {
            if (missing is not null) { yield return missing; continue; }
            foreach (var item in ReadFile(file!)) yield return item;
        }
        foreach (var url in list.Where(WebFetcher.IsUrl))
        {
            if (web is null) { yield return new InputFailure(url, "URLs are not fetched here"); continue; }
            foreach (var item in web.Read(url)) yield return item;
        }
    }

    /// <summary>In folders only known extensions are taken (a README or an image beside the articles is not an article).</summary>
    private static bool IsSupportedInFolder(string name)
    {
        if (name.StartsWith('.')) return false;
        var ext = Path.GetExtension(name);
        return TextExtensions.Contains(ext) || HtmlExtensions.Contains(ext) || FeedExtensions.Contains(ext) || JsonLinesExtensions.Contains(ext);
    }

    public static IEnumerable<InputItem> ReadFile(string file) => ReadFile(InputFile.At(file));

    /// <summary>
    /// One file's items. Whatever goes wrong with this file (unreadable, too large, a reader's bug on its content) is a
    /// failure of this file only: it never escapes to stop the batch.
    /// </summary>
    public static IReadOnlyList<InputItem> ReadFile(InputFile file)
    {
        byte[] bytes;
        try
        {
            bytes = file.ReadAllBytes(MaxFileBytes);
        }
        catch (FileTooLargeException e)
        {
            return [new InputFailure(file.Name, e.Message)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [new InputFailure(file.Name, $"unreadable: {e.Message}")];
        }
        try
        {
            return [.. FromBytes(file.Name, bytes, SidecarHints.For(file))];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [new InputFailure(file.Name, $"internal error while reading: {e.GetType().Name}: {e.Message}")];
        }
    }

    /// <summary>Classifies bytes by extension, then by content (a feed or HTML saved as .txt is still read right).</summary>
    public static IEnumerable<InputItem> FromBytes(string input, byte[] bytes, DocumentHints? hints = null)
    {
        var problem = ContentCheck.Problem(bytes);
        if (problem is not null)
            return [new RejectedInput(new RawDocument(input, bytes, InputKind.Text), problem)];
        var ext = Path.GetExtension(input);
        var text = TextDecoder.Decode(bytes);
        if (JsonLinesExtensions.Contains(ext)) return JsonLinesReader.Read(input, text);
        if (FeedExtensions.Contains(ext) || FeedReader.LooksLikeFeed(text)) return FeedReader.Read(input, text);
        var kind = HtmlExtensions.Contains(ext) || LooksLikeHtml(text) ? InputKind.Html : InputKind.Text;
        return [new InputDocument(new RawDocument(input, bytes, kind, hints))];
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = (text.Length > 1024 ? text[..1024] : text).TrimStart('\uFEFF', ' ', '\n', '\t');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>An input whose bytes were read but are not an article (empty, binary): kept in the store with its reason.</summary>
public sealed record RejectedInput(RawDocument Document, string Reason) : InputItem(Document.Input);
