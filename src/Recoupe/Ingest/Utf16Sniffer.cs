using System.Globalization;
using System.Text;

namespace Recoupe.Ingest;

/// <summary>
/// Recognises UTF-16 without a BOM when the text has (almost) no ASCII: Chinese, Japanese, Korean, Thai, Cyrillic… give
/// no zero bytes, so <see cref="TextDecoder"/>'s zero-byte test misses them, and read as Windows-1252 they are full of
/// control characters (the low bytes of their code units are spread over 0x00–0xFF, the high bytes of many scripts
/// are below 0x20). Latin text read as UTF-16 looks like CJK too, but its spaces make format and unassigned
/// characters (U+2065, U+202E…): so a reading counts only when nearly every code unit is a letter, mark, digit,
/// punctuation or space, and only when the Windows-1252 reading is implausible.
/// </summary>
internal static class Utf16Sniffer
{
    private const int Sample = 8192;
    /// <summary>Windows-1252 text has (almost) no C0 controls; above this share the bytes are not 8-bit text.</summary>
    private const double MaxControlsFor1252 = 0.02;
    /// <summary>Share of code units that must be script text for a UTF-16 reading to be taken.</summary>
    private const double MinTextShare = 0.95;

    /// <summary>Fewer code units than this say too little: a few bytes of a binary header read as CJK as well as anything.</summary>
    private const int MinUnits = 16;

    public static Encoding? Guess(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, Sample) & ~1;
        if (n < 2 * MinUnits || ControlShare(bytes[..n]) <= MaxControlsFor1252) return null;
        double le = TextShare(bytes[..n], littleEndian: true), be = TextShare(bytes[..n], littleEndian: false);
        if (Math.Max(le, be) < MinTextShare) return null;
        return le >= be ? Encoding.Unicode : Encoding.BigEndianUnicode;
    }

    /// <summary>Share of bytes that are C0 controls as 8-bit text (tabs beyond one byte in ten count too: Devanagari's high byte is 0x09).</summary>
    private static double ControlShare(ReadOnlySpan<byte> bytes)
    {
        int controls = 0, tabs = 0;
        foreach (byte b in bytes)
        {
            if (b == (byte)'\t') tabs++;
            else if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or 0x0C)) controls++;
        }
        controls += Math.Max(0, tabs - bytes.Length / 10);
        return (double)controls / bytes.Length;
    }

    private static double TextShare(ReadOnlySpan<byte> bytes, bool littleEndian)
    {
        int units = bytes.Length / 2, text = 0;
        for (int i = 0; i < units; i++)
        {
            char c = Unit(bytes, i, littleEndian);
            if (char.IsHighSurrogate(c) && i + 1 < units && char.IsLowSurrogate(Unit(bytes, i + 1, littleEndian)))
            {
                text += 2; // a supplementary character (rare CJK, emoji): accepted as a pair
                i++;
                continue;
            }
            if (IsScriptText(c)) text++;
        }
        return (double)text / units;
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int i, bool littleEndian) =>
        littleEndian ? (char)(bytes[2 * i] | bytes[2 * i + 1] << 8) : (char)(bytes[2 * i] << 8 | bytes[2 * i + 1]);

    private static bool IsScriptText(char c)
    {
        if (c is '\n' or '\r' or '\t') return true;
        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.SpaceSeparator => true,
            _ => false,
        };
    }
}
