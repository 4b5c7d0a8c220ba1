using System.Collections.Frozen;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// How AngleSharp builds the DOM we read: no scripting, no comments, no position tracking, and only the attributes
/// some step reads. Attribute objects were a tenth of the parse: news markup is mostly src/srcset/data-*/href/on*
/// values we never look at. A step that starts reading a new attribute must add it here.
/// </summary>
public static class ParserSettings
{
    /// <summary>Attributes read by the block walk (class, id, hidden, style), containers (itemprop) and metadata.</summary>
    private static readonly FrozenSet<string> ReadAttributes = new[]
    {
        "class", "id", "style", "hidden", "aria-hidden", "itemprop", "rel", "type", "content", "name", "property", "http-equiv",
        "datetime", "lang", "xml:lang", "charset",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReadAttributeLookup =
        ReadAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsNotConsumingCharacterReferences = false,
        SkipComments = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = Keep,
    };

    /// <summary>
    /// This thread's parser. Building one sets up a browsing context and its configuration, a few percent of a
    /// page's extraction; one parser parses any number of documents, but is not meant to be shared across threads.
    /// </summary>
    public static HtmlParser Parser => _parser ??= new HtmlParser(Options);

    [ThreadStatic] private static HtmlParser? _parser;

    private static bool Keep(ref StructHtmlToken token, ReadOnlyMemory<char> attributeName) => IsRead(attributeName.Span, token.Name);

    /// <summary>Whether some step reads attribute <paramref name="name"/> on element <paramref name="tagName"/> (both case-blind).</summary>
    public static bool IsRead(ReadOnlySpan<char> name, ReadOnlySpan<char> tagName)
    {
        if (ReadAttributeLookup.Contains(name)) return true;
        // href only where it names the canonical URL: on <a> it is the longest attribute of the page and never read.
        return name.Equals("href", StringComparison.OrdinalIgnoreCase) && tagName.Equals("link", StringComparison.OrdinalIgnoreCase);
    }
}
