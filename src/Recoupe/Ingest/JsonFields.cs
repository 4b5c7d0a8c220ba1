using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Recoupe.Ingest;

/// <summary>
/// Reads string fields of scraped JSON (JSON Lines, FILE.meta.json) without letting one odd escape cost the input:
/// System.Text.Json refuses to return a string holding a lone surrogate ("\ud800"), which a broken scraper writes
/// easily; here the escape is decoded by hand and the lone surrogate becomes U+FFFD (see <see cref="SafeText"/>).
/// </summary>
public static class JsonFields
{
    /// <summary>The string value of <paramref name="key"/> in an object, cleaned; null when absent or not a string.</summary>
    public static string? String(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? String(v) : null;

    public static string String(JsonElement value)
    {
        try
        {
            return SafeText.Clean(value.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return SafeText.Clean(Unescape(value.GetRawText()));
        }
    }

    /// <summary>A JSON string literal (with its quotes, as the parser validated it) decoded escape by escape.</summary>
    private static string Unescape(string literal)
    {
        var sb = new StringBuilder(literal.Length);
        for (int i = 1; i < literal.Length - 1; i++)
        {
            char c = literal[i];
            if (c != '\\' || i + 1 >= literal.Length - 1) { sb.Append(c); continue; }
            char e = literal[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < literal.Length
                    && int.TryParse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default: sb.Append(e); break; // \" \\ \/
            }
        }
        return sb.ToString();
    }
}
