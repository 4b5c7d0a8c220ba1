using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Evaluation.Timex;

/// <summary>A gold TIMEX3 in a TimeML document: its span in the tag-free text, type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value);

/// <summary>A TimeML (.tml) document: the text of its TEXT element without tags, its TIMEX3s and its creation time.</summary>
public sealed partial record TimeMLDocument(string Id, string Text, ImmutableArray<GoldTimex> Timexes, DateStamp? CreationTime)
{
    [GeneratedRegex(@"<DCT>\s*<TIMEX3[^>]*\bvalue=""(?<v>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex DctPattern();

    [GeneratedRegex(@"\b(?<k>type|value)=""(?<v>[^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex AttributePattern();

    /// <summary>Reads a .tml file; fails (as a result, not an exception) when there is no TEXT element.</summary>
    public static ParseResult<TimeMLDocument> Parse(string id, string xml)
    {
        int open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open) return ParseResult<TimeMLDocument>.Fail($"{id}: no <TEXT> element");
        var dct = DctPattern().Match(xml);
        var creation = dct.Success ? DateStamp.TryParseIso(dct.Groups["v"].Value) : null;

        var text = new StringBuilder(close - open);
        var timexes = ImmutableArray.CreateBuilder<GoldTimex>();
        (int Start, string Type, string Value)? current = null;
        int i = open + "<TEXT>".Length;
        while (i < close)
        {
            char c = xml[i];
            if (c == '<')
            {
                int end = xml.IndexOf('>', i);
                if (end < 0 || end > close) break;
                var tag = xml.AsSpan(i + 1, end - i - 1);
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    string type = "", value = "";
                    foreach (Match a in AttributePattern().Matches(tag.ToString()))
                    {
                        if (a.Groups["k"].Value == "type") type = a.Groups["v"].Value;
                        else value = a.Groups["v"].Value;
                    }
                    current = (text.Length, type, value);
                }
                else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal) && current is { } t)
                {
                    timexes.Add(new GoldTimex(new TextSpan(t.Start, text.Length), t.Type, t.Value));
                    current = null;
                }
                i = end + 1;
            }
            else if (c == '&')
            {
                int semi = xml.IndexOf(';', i);
                var entity = semi > i && semi - i < 10 ? xml[(i + 1)..semi] : "";
                string? decoded = entity switch
                {
                    "amp" => "&", "lt" => "<", "gt" => ">", "quot" => "\"", "apos" => "'",
                    _ when entity.StartsWith("#x", StringComparison.Ordinal) && int.TryParse(entity[2..], System.Globalization.NumberStyles.HexNumber, null, out var h) => char.ConvertFromUtf32(h),
                    _ when entity.StartsWith('#') && int.TryParse(entity[1..], out var d) => char.ConvertFromUtf32(d),
                    _ => null,
                };
                if (decoded is null) { text.Append(c); i++; }
                else { text.Append(decoded); i = semi + 1; }
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        return ParseResult<TimeMLDocument>.Ok(new TimeMLDocument(id, text.ToString(), timexes.ToImmutable(), creation));
    }
}
