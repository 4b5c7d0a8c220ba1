using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// What the pre-pass leaves for the parser, how much markup it dropped, and the page furniture it dropped whole
/// (menus, side columns, footers, form controls) with their visible text, so that extraction records them as removed.
/// </summary>
public readonly record struct PrepassResult(string Html, int DroppedChars, ImmutableArray<Removal> Furniture);

/// <summary>
/// One linear scan over the raw HTML, before AngleSharp sees it, that drops what is never article text and costs
/// the parser most of its time on news pages: scripts (but not ld+json, which carries metadata), styles, inline SVG,
/// templates and comments, and in the tags that stay, the attributes no step reads (<see cref="TagAttributes"/>). Noscript stays: with scripting off it is markup, and some blogs put the whole article
/// there (the script-rendered copy sits in a template). No regex: the scan moves forward only (IndexOf, quote-aware tag
/// ends), so a hostile page costs time in proportion to its length. Tags are read the way the HTML tokenizer reads
/// them (attribute values in quotes may hold '&lt;' and '&gt;'), so a "&lt;script" inside an attribute is not taken
/// for a script. Nesting deeper than <see cref="NestingGuard.MaxDepth"/> is flattened, so the parser stays linear too.
/// </summary>
public static class HtmlPrepass
{
    private enum TagAction { Keep, Drop, DropTag, DropSubtree, DropFooter, KeepRawText }

    public static PrepassResult Run(string html)
    {
        // Output goes to a pooled buffer: a StringBuilder of the page's length was a large zeroed allocation per page
        // (on the large-object heap above 42,500 characters, collected only with generation 2).
        char[]? output = null;
        int length = 0;
        int copyFrom = 0, i = 0, n = html.Length, dropped = 0;
        var kept = new List<(int Start, int End)>();
        // The end of the last tag (or dropped element) and whether the markup just before position i is a block boundary
        // with nothing but whitespace after it: whitespace between a block boundary and the next tag is dropped.
        int lastTagEnd = -1;
        bool afterBoundary = false, beforeBody = true;
        int subtreeBudget = 2 * n + 4096;
        List<Removal>? furniture = null;
        var nesting = new NestingGuard();
        while (i < n)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            char next = html[lt + 1];
            if (next == '!')
            {
                if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0) { i = lt + 2; continue; }
                int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                int stop = close < 0 ? n : close + 3;
                DropRegion(lt, stop);
                continue;
            }
            bool endTag = next == '/';
            int nameStart = endTag ? lt + 2 : lt + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart])) { i = lt + 1; continue; }
            int nameEnd = nameStart;
            // The name runs to whitespace, '/' or '>' as in the tokenizer: "<svg-icon>" and "<script-loader>" are custom elements, not svg or script.
            while (nameEnd < n && html[nameEnd] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>')) nameEnd++;
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            int tagEnd = TagEnd(html, nameEnd);
            if (tagEnd >= n) break;
            if (!endTag && beforeBody && name.Equals("body", StringComparison.OrdinalIgnoreCase)) beforeBody = false;
            bool boundary = TagGaps.IsBoundary(name, beforeBody);
            DropGapBefore(lt, boundary);
            var action = endTag ? TagAction.Keep : ActionFor(name, html.AsSpan(nameEnd, tagEnd - nameEnd));
            if (action == TagAction.DropTag)
            {
                DropRegion(lt, tagEnd + 1);
                continue;
            }
            if (action is TagAction.DropSubtree or TagAction.DropFooter)
            {
                // Looking ahead for the close re-reads markup: bounded by a budget in proportion to the page, so a page of
                // thousands of unclosed or nested navs costs linear time (past the budget, subtrees are parsed as usual).
                int close = subtreeBudget > 0 ? AfterBalancedClose(html, tagEnd + 1, name, Math.Min(n, tagEnd + 1 + subtreeBudget)) : -1;
                subtreeBudget -= (close < 0 ? Math.Min(n, tagEnd + 1 + subtreeBudget) : close) - tagEnd - 1;
                // Unclosed, or carrying the page's metadata (ld+json, microdata, headline): parsed as usual.
                if (close > 0 && !CarriesMetadata(html.AsSpan(tagEnd + 1, close - tagEnd - 1))
                    && (action == TagAction.DropSubtree || !CarriesByline(html.AsSpan(lt, close - lt))))
                {
                    if (FurnitureText.Of(html, tagEnd + 1, close) is { } seen) (furniture ??= []).Add(new Removal(seen, FurnitureReason(name)));
                    DropRegion(lt, close);
                    continue;
                }
                action = TagAction.Keep;
            }
            if (action == TagAction.Keep && !nesting.Admit(name, endTag))
            {
                // Past the depth cap: the tag goes, its text stays one level up (NestingGuard).
                DropRegion(lt, tagEnd + 1);
                continue;
            }
            if (action == TagAction.Keep)
            {
                if (!endTag && TagAttributes.FindDropped(html, name, nameEnd, tagEnd, kept, out bool slash)) WriteTag(lt, nameEnd, tagEnd, slash);
                i = tagEnd + 1;
                lastTagEnd = tagEnd;
                afterBoundary = boundary;
                continue;
            }
            // Foreign elements honour "<svg/>"; HTML raw-text elements ignore a self-closing slash.
            bool selfClosing = html[tagEnd - 1] == '/' && name.Equals("svg", StringComparison.OrdinalIgnoreCase);
            int end = selfClosing ? tagEnd + 1 : AfterCloseTag(html, tagEnd + 1, name);
            if (action == TagAction.KeepRawText)
            {
                i = end;
                lastTagEnd = end - 1;
                afterBoundary = boundary;
                continue;
            }
            DropRegion(lt, end);
        }
        var droppedFurniture = furniture is null ? ImmutableArray<Removal>.Empty : [.. furniture];
        if (output is null) return new PrepassResult(html, 0, droppedFurniture);
        Copy(copyFrom, n - copyFrom);
        var result = new string(output, 0, length);
        Release(output);
        return new PrepassResult(result, dropped, droppedFurniture);

        void Copy(int from, int count)
        {
            Reserve(count);
            html.CopyTo(from, output!, length, count);
            length += count;
        }

        void Put(char c)
        {
            Reserve(1);
            output![length++] = c;
        }

        // Output is shorter than the input but for tags whose attributes were written without spaces between them.
        void Reserve(int count)
        {
            output ??= Rent(html.Length + 16);
            if (length + count <= output.Length) return;
            var larger = Rent(Math.Max(output.Length * 2, length + count));
            output.AsSpan(0, length).CopyTo(larger);
            Release(output);
            output = larger;
        }

        void Drop(int from, int to)
        {
            Copy(copyFrom, from - copyFrom);
            dropped += to - from;
            copyFrom = i = to;
        }

        // A dropped element or comment is as if it had never been there: the whitespace before and after it joins
        // up, so it keeps the boundary state of what came before it.
        void DropRegion(int from, int to)
        {
            DropGapBefore(from, false);
            Drop(from, to);
            lastTagEnd = to - 1;
        }

        // Whitespace between two tags where one is a block boundary is never text (TagGaps); anything else in the gap
        // (text) ends the boundary state.
        void DropGapBefore(int lt, bool boundary)
        {
            int gapStart = lastTagEnd + 1;
            if (lastTagEnd < 0 || gapStart >= lt) return;
            if (html.AsSpan(gapStart, lt - gapStart).IndexOfAnyExcept(TagGaps.HtmlSpace) >= 0) { afterBoundary = false; return; }
            if (afterBoundary || boundary)
            {
                Drop(gapStart, lt);
                lastTagEnd = lt - 1;
            }
        }

        // The tag again with only the attributes in `kept`, as written.
        void WriteTag(int lt, int nameEnd, int tagEnd, bool selfClosing)
        {
            Copy(copyFrom, nameEnd - copyFrom);
            int written = nameEnd - lt + 1;
            foreach (var (start, end) in kept)
            {
                Put(' ');
                Copy(start, end - start);
                written += 1 + end - start;
            }
            if (selfClosing) { Put('/'); written++; }
            Put('>');
            dropped += tagEnd + 1 - lt - written;
            copyFrom = tagEnd + 1;
        }
    }

    /// <summary>Buffers up to this size come from the shared pool; a monster page's buffer is not kept alive after it.</summary>
    private const int MaxPooledChars = 1 << 20;

    private static char[] Rent(int size) => size <= MaxPooledChars ? System.Buffers.ArrayPool<char>.Shared.Rent(size) : new char[size];

    private static void Release(char[] buffer)
    {
        if (buffer.Length <= MaxPooledChars) System.Buffers.ArrayPool<char>.Shared.Return(buffer);
    }

    private static string FurnitureReason(ReadOnlySpan<char> name) =>
        name.Equals("nav", StringComparison.OrdinalIgnoreCase) ? RemovalReasons.Navigation
        : name.Equals("aside", StringComparison.OrdinalIgnoreCase) ? RemovalReasons.Sidebar
        : name.Equals("footer", StringComparison.OrdinalIgnoreCase) ? RemovalReasons.PageFooter
        : RemovalReasons.FormControl;

    private static TagAction ActionFor(ReadOnlySpan<char> name, ReadOnlySpan<char> attributes)
    {
        if (name.Equals("script", StringComparison.OrdinalIgnoreCase))
            return attributes.Contains("ld+json", StringComparison.OrdinalIgnoreCase) ? TagAction.KeepRawText : TagAction.Drop;
        // Iframes too: their content is raw text the walk skips, and AngleSharp sets up a nested browsing context for each.
        if (name.Equals("style", StringComparison.OrdinalIgnoreCase) || name.Equals("svg", StringComparison.OrdinalIgnoreCase)
            || name.Equals("template", StringComparison.OrdinalIgnoreCase) || name.Equals("iframe", StringComparison.OrdinalIgnoreCase))
            return TagAction.Drop;
        // Stylesheets, preloads, icons: AngleSharp sets up a resource relation for each. Only the canonical link is read.
        if (name.Equals("link", StringComparison.OrdinalIgnoreCase))
            return attributes.Contains("canonical", StringComparison.OrdinalIgnoreCase) ? TagAction.Keep : TagAction.DropTag;
        // Page furniture the block walk never enters (HtmlTags.Skipped) and that holds no metadata: menus, side columns,
        // form controls. The biggest blocks of markup left after scripts.
        if (name.Equals("nav", StringComparison.OrdinalIgnoreCase) || name.Equals("aside", StringComparison.OrdinalIgnoreCase)
            || name.Equals("select", StringComparison.OrdinalIgnoreCase))
            return TagAction.DropSubtree;
        // Footers too, but only those without a byline or a date: article footers hold the author (dropping every footer
        // cost 6 authors of 534 on the extraction eval; dropping those without author/byline/time/datetime cost none).
        if (name.Equals("footer", StringComparison.OrdinalIgnoreCase))
            return TagAction.DropFooter;
        // Void elements that are never text and that no step reads (images, form fields, media sources): each was an
        // element with attributes to build for nothing.
        if (name.Equals("img", StringComparison.OrdinalIgnoreCase) || name.Equals("input", StringComparison.OrdinalIgnoreCase)
            || name.Equals("source", StringComparison.OrdinalIgnoreCase) || name.Equals("track", StringComparison.OrdinalIgnoreCase))
            return TagAction.DropTag;
        // Their text is not markup: a "<!--" or "<script" inside them must not be read as one.
        if (name.Equals("title", StringComparison.OrdinalIgnoreCase) || name.Equals("textarea", StringComparison.OrdinalIgnoreCase)
            || name.Equals("xmp", StringComparison.OrdinalIgnoreCase) || name.Equals("noembed", StringComparison.OrdinalIgnoreCase) || name.Equals("noframes", StringComparison.OrdinalIgnoreCase))
            return TagAction.KeepRawText;
        return TagAction.Keep;
    }

    /// <summary>Index of the '&gt;' that ends a start tag, skipping quoted attribute values; the length when there is none.</summary>
    private static int TagEnd(string html, int from)
    {
        int i = from;
        while (i < html.Length)
        {
            int k = html.AsSpan(i).IndexOfAny('>', '"', '\'');
            if (k < 0) return html.Length;
            i += k;
            char c = html[i];
            if (c == '>') return i;
            // A quote opens a value only after '='; elsewhere (a stray quote in a name) it is an ordinary character.
            if (!AfterEquals(html, i, from)) { i++; continue; }
            int close = html.IndexOf(c, i + 1);
            if (close < 0) return html.Length;
            i = close + 1;
        }
        return html.Length;
    }

    private static bool AfterEquals(string html, int quote, int tagStart)
    {
        for (int j = quote - 1; j >= tagStart; j--)
        {
            if (char.IsWhiteSpace(html[j])) continue;
            return html[j] == '=';
        }
        return false;
    }

    /// <summary>
    /// The index just after the "&lt;/name&gt;" that closes an element opened just before <paramref name="from"/>,
    /// counting nested elements of the same name; -1 when it is not closed before <paramref name="limit"/>.
    /// </summary>
    private static int AfterBalancedClose(string html, int from, ReadOnlySpan<char> name, int limit)
    {
        int depth = 1, p = from, n = limit;
        while (p < n)
        {
            int k = html.IndexOf('<', p, n - p);
            if (k < 0) return -1;
            bool close = k + 1 < n && html[k + 1] == '/';
            int nameStart = close ? k + 2 : k + 1, nameStop = nameStart + name.Length;
            if (nameStop < n && html.AsSpan(nameStart, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && html[nameStop] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!close) depth++;
                else if (--depth == 0)
                {
                    int gt = html.IndexOf('>', nameStop, n - nameStop);
                    return gt < 0 ? -1 : gt + 1;
                }
            }
            p = k + 1;
        }
        return -1;
    }

    /// <summary>What the metadata walk reads inside furniture: ld+json, microdata, and the headline (sites put it in breadcrumb navs).</summary>
    private static bool CarriesMetadata(ReadOnlySpan<char> region) =>
        region.IndexOfAny(MetadataMarks) >= 0;

    /// <summary>What the author and date readers look for (class/rel names, time elements), in a footer's markup.</summary>
    private static bool CarriesByline(ReadOnlySpan<char> region) => region.IndexOfAny(BylineMarks) >= 0;

    private static readonly System.Buffers.SearchValues<string> BylineMarks =
        System.Buffers.SearchValues.Create(["author", "byline", "<time", "datetime"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> MetadataMarks =
        System.Buffers.SearchValues.Create(["ld+json", "itemprop", "<h1"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The index just after "&lt;/name…&gt;" at or after <paramref name="from"/>; the length when the element is never closed.</summary>
    private static int AfterCloseTag(string html, int from, ReadOnlySpan<char> name)
    {
        int p = from;
        while (p < html.Length)
        {
            int k = html.IndexOf("</", p, StringComparison.Ordinal);
            if (k < 0) return html.Length;
            int nameStart = k + 2, nameStop = nameStart + name.Length;
            if (nameStop <= html.Length && html.AsSpan(nameStart, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameStop == html.Length || html[nameStop] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
            {
                int gt = html.IndexOf('>', nameStop);
                return gt < 0 ? html.Length : gt + 1;
            }
            p = k + 2;
        }
        return html.Length;
    }
}
