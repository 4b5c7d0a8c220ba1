namespace Recoupe.Cleaning;

/// <summary>Cheap looks at decoded input: is it binary junk, is it HTML markup.</summary>
public static class InputSniffer
{
    /// <summary>
    /// Binary when NULs appear or more than 5% of the first 8 KB are control characters other than
    /// tab/newline/carriage return/form feed. Decoded text of real articles has almost none.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8192), controls = 0;
        if (n == 0) return false;
        // UTF-16 text (with or without BOM) has NULs or control bytes in every other byte: the decoder reads it, so it is not binary.
        if (Ingest.TextDecoder.Detect(bytes).Encoding.CodePage is 1200 or 1201) return false;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b < 0x20 && b != (byte)'\t' && b != (byte)'\n' && b != (byte)'\r' && b != 0x0C) controls++;
        }
        return controls > n / 20;
    }

    /// <summary>Decoded text that still carries many control characters (e.g. binary that decoded as UTF-16).</summary>
    public static bool LooksBinary(string text)
    {
        int n = Math.Min(text.Length, 8192), controls = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') controls++;
        }
        return n > 0 && controls > n / 20;
    }

    /// <summary>HTML when the start of the text has a doctype/html/body tag, or several tags of common block elements.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            return true;
        int tags = 0;
        foreach (var tag in CommonTags)
        {
            if (head.Contains(tag, StringComparison.OrdinalIgnoreCase)) tags++;
            if (tags >= 2) return true;
        }
        return false;
    }

    private static readonly string[] CommonTags = ["<p>", "<p ", "</p>", "<div", "<br", "<body", "<head", "<span", "<a href", "<h1", "<h2", "<article", "<li>"];
}
