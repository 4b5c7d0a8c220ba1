using System.Text;

namespace Recoupe.Ingest;

/// <summary>
/// Turns raw bytes into text: BOMs first (UTF-8, UTF-16 LE/BE), then UTF-16 without BOM recognised by its
/// zero bytes, then strict UTF-8, then UTF-16 without BOM of non-Latin scripts (<see cref="Utf16Sniffer"/>), and
/// Windows-1252 (a superset of Latin-1 for printable text) otherwise. Line ends are normalised to '\n'.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The encoding the bytes are in, and how many BOM bytes to skip.</summary>
    public static (Encoding Encoding, int BomLength) Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (Encoding.UTF8, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Encoding.Unicode, 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Encoding.BigEndianUnicode, 2);
        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null) return (utf16, 0);
        // Cyrillic, Greek, Thai… in UTF-16 without a BOM are bytes below 0x80, so they pass for UTF-8 full of control
        // characters; Chinese or Japanese fail UTF-8. Text has no C0 controls: only then is the UTF-16 reading tried.
        if (HasControls(bytes) && Utf16Sniffer.Guess(bytes) is { } sniffed) return (sniffed, 0);
        // Validation is a vectorised scan; decoding strictly to count characters was a second full decode.
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return (Encoding.UTF8, 0);
        // A truncated last multi-byte sequence is still UTF-8: only the tail is broken.
        if (bytes.Length > 4 && IsUtf8ExceptTail(bytes)) return (Encoding.UTF8, 0);
        return (Windows1252, 0);
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bom) = Detect(bytes);
        var text = encoding.GetString(bytes[bom..]);
        return NormaliseLineEnds(text);
    }

    /// <summary>"\r\n" and lone "\r" become "\n", in one pass (two Replace calls were two copies of every page).</summary>
    public static string NormaliseLineEnds(string text)
    {
        int first = text.IndexOf('\r');
        if (first < 0) return text;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var source = text.AsSpan();
            source[..first].CopyTo(buffer);
            int length = first, i = first;
            while (i < source.Length)
            {
                int cr = source[i..].IndexOf('\r');
                if (cr < 0)
                {
                    source[i..].CopyTo(buffer.AsSpan(length));
                    length += source.Length - i;
                    break;
                }
                source.Slice(i, cr).CopyTo(buffer.AsSpan(length));
                length += cr;
                buffer[length++] = '\n';
                i += cr + 1;
                if (i < source.Length && source[i] == '\n') i++;
            }
            return new string(buffer, 0, length);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        int pairs = n / 2;
        // Latin text in UTF-16 has a zero in (nearly) every other byte.
        if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return Encoding.Unicode;
        if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Whether the first 8 KB hold a C0 control other than tab, line feed, form feed or carriage return (a vectorised scan).</summary>
    private static bool HasControls(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        return sample.IndexOfAnyInRange((byte)0, (byte)8) >= 0 || sample.IndexOfAnyInRange((byte)0x0E, (byte)0x1F) >= 0
            || sample.IndexOf((byte)0x0B) >= 0;
    }

    private static bool IsUtf8ExceptTail(ReadOnlySpan<byte> bytes)
    {
        int cut = bytes.Length;
        // Step back over at most 3 continuation bytes and one lead byte.
        for (int k = 0; k < 4 && cut > 0; k++)
        {
            cut--;
            if ((bytes[cut] & 0xC0) != 0x80) break;
        }
        return System.Text.Unicode.Utf8.IsValid(bytes[..cut]);
    }
}
