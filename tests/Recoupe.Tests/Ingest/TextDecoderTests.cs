using System.Text;
using Recoupe.Ingest;

namespace Recoupe.Tests.Ingest;

public class TextDecoderTests
{
    private const string French = "Les États baltes affirment que la Norvège « réglera la facture ».\r\nDeuxième ligne.";
    private const string Expected = "Les États baltes affirment que la Norvège « réglera la facture ».\nDeuxième ligne.";

    public static TheoryData<string, byte[]> Encodings() => new()
    {
        { "utf8", Encoding.UTF8.GetBytes(French) },
        { "utf8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(French)] },
        { "utf16le-bom", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(French)] },
        { "utf16be-bom", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(French)] },
        { "utf16le", Encoding.Unicode.GetBytes(French) },
        { "windows-1252", Win1252(French) },
    };

    private static byte[] Win1252(string s)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(s);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_every_supported_encoding_and_normalises_line_ends(string name, byte[] bytes)
    {
        Assert.Equal(Expected, TextDecoder.Decode(bytes));
        Assert.NotNull(name);
    }

    [Fact]
    public void Latin1_bytes_are_not_taken_for_utf8()
    {
        // "café" in Latin-1: 0xE9 alone is invalid UTF-8.
        var bytes = new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72 };
        Assert.Equal("café noir", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void A_truncated_utf8_tail_keeps_the_rest_as_utf8()
    {
        var full = Encoding.UTF8.GetBytes("Mikhaïl Boïko à Lviv é");
        var cut = full[..^1]; // the last é is cut in half
        Assert.StartsWith("Mikhaïl Boïko à Lviv", TextDecoder.Decode(cut));
    }

    [Theory]
    [InlineData("a\r\nb\rc\n\rd", "a\nb\nc\n\nd")]
    [InlineData("\r\n\r\n", "\n\n")]
    [InlineData("\r", "\n")]
    [InlineData("plain", "plain")]
    [InlineData("end\r", "end\n")]
    public void Line_ends_become_newlines_in_one_pass(string raw, string expected) =>
        Assert.Equal(expected, TextDecoder.NormaliseLineEnds(raw));
}
