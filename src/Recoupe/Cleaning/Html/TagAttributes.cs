namespace Recoupe.Cleaning.Html;

/// <summary>
/// The attributes of one start tag as the HTML tokenizer reads them, so the pre-pass can drop those no step reads
/// (<see cref="ParserSettings.IsRead"/>) before the parser sees them. Once scripts are gone they are a third of a news
/// page's markup (srcset, data-*, href on links, inline handlers), and the tokenizer reads each of their characters one
/// at a time only to throw the value away. Names run to whitespace, '/', '=' or '&gt;'; values are quoted or run to
/// whitespace. A tag whose attributes do not read cleanly is left as it is: the parser then drops them as before.
/// </summary>
internal static class TagAttributes
{
    /// <summary>
    /// Scans the attributes between <paramref name="nameEnd"/> (just after the tag name) and <paramref name="tagEnd"/>
    /// (the closing '&gt;'); fills <paramref name="kept"/> with the (start, end) of each attribute to keep, text as written.
    /// True when at least one attribute is to be dropped.
    /// </summary>
    public static bool FindDropped(string html, ReadOnlySpan<char> tagName, int nameEnd, int tagEnd, List<(int Start, int End)> kept, out bool selfClosing)
    {
        kept.Clear();
        selfClosing = false;
        bool anyDropped = false;
        int p = nameEnd;
        while (p < tagEnd)
        {
            char c = html[p];
            if (IsSpace(c)) { p++; continue; }
            if (c == '/')
            {
                // "/>" closes a self-closing tag; a '/' elsewhere is ignored by the tokenizer.
                if (p + 1 == tagEnd) selfClosing = true;
                p++;
                continue;
            }
            // The first character belongs to the name whatever it is (even '='), as in the tokenizer.
            int start = p++;
            while (p < tagEnd && !IsSpace(html[p]) && html[p] is not ('/' or '=')) p++;
            // A quote in a name: the pre-pass's tag end and the tokenizer may disagree on where this tag ends.
            if (html.AsSpan(start, p - start).ContainsAny('"', '\'')) { kept.Clear(); return false; }
            int nameStop = p, end = p;
            int q = p;
            while (q < tagEnd && IsSpace(html[q])) q++;
            if (q < tagEnd && html[q] == '=')
            {
                q++;
                while (q < tagEnd && IsSpace(html[q])) q++;
                if (q < tagEnd && html[q] is '"' or '\'')
                {
                    int close = html.IndexOf(html[q], q + 1, tagEnd - q - 1);
                    // A quote the tag end did not see as one: read the tag the safe way (as it is).
                    if (close < 0) { kept.Clear(); return false; }
                    end = close + 1;
                }
                else
                {
                    while (q < tagEnd && !IsSpace(html[q])) q++;
                    end = q;
                }
                p = end;
            }
            var name = html.AsSpan(start, nameStop - start);
            if (ParserSettings.IsRead(name, tagName) && !(name.Equals("style", StringComparison.OrdinalIgnoreCase) && !MayHide(html.AsSpan(nameStop, end - nameStop))))
                kept.Add((start, end));
            else anyDropped = true;
        }
        return anyDropped;
    }

    /// <summary>
    /// Inline styles are read only for display:none and visibility:hidden (<see cref="BlockCollector"/>): one without
    /// "none" or "hidden" in it (a width, a colour, a background image) is dropped like any unread attribute.
    /// </summary>
    private static bool MayHide(ReadOnlySpan<char> value) =>
        value.Contains("none", StringComparison.OrdinalIgnoreCase) || value.Contains("hidden", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tokenizer's whitespace in tags (a carriage return is a line feed by then).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
