namespace Recoupe.Ingest;

/// <summary>Cheap checks that tell "this is not an article" before any parsing: empty or binary bytes.</summary>
public static class ContentCheck
{
    /// <summary>A reason to reject the bytes, or null when they look like text.</summary>
    public static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return "empty input";
        var (encoding, bom) = TextDecoder.Detect(bytes);
        bool utf16 = encoding.CodePage is 1200 or 1201;
        if (!utf16 && bytes.Length - bom > 0)
        {
            // Text never holds NUL bytes or many C0 controls; images, archives and executables do.
            int sample = Math.Min(bytes.Length, 8192), controls = 0;
            for (int i = bom; i < sample; i++)
            {
                byte b = bytes[i];
                if (b == 0) return "binary content (NUL bytes): not a text, HTML, feed or JSON Lines file";
                if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) controls++;
            }
            if (controls > sample / 50) return "binary content (control characters): not a text, HTML, feed or JSON Lines file";
        }
        bool blank = true;
        foreach (char c in TextDecoder.Decode(bytes.Length > 65536 ? bytes[..65536] : bytes))
            if (!char.IsWhiteSpace(c) && c != '\uFEFF') { blank = false; break; }
        return blank ? "empty input (only white space)" : null;
    }
}
