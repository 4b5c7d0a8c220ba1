using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Briefs.Claims;
using Recoupe.Model;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// Pairs of our own making for the pair classifier: a sentence that supports a statement, changed so that it contradicts it —
/// another figure for the same thing, another month or year for the same event, or the main verb negated. The judged pairs hold
/// only a handful of contradictions; these teach the classifier what a differing slot means. Generated deterministically.
/// </summary>
internal static partial class Perturbations
{
    private static readonly string[][] Months =
    [
        ["janvier", "january"], ["février", "february"], ["mars", "march"], ["avril", "april"], ["mai", "may"], ["juin", "june"],
        ["juillet", "july"], ["août", "august"], ["septembre", "september"], ["octobre", "october"], ["novembre", "november"], ["décembre", "december"],
    ];

    /// <summary>The sentence with the figure's number replaced by another one (about one and a half times it, plus one).</summary>
    public static string? ChangeFigure(string articleText, TextSpan sentence, Quantity q)
    {
        var text = sentence.Of(articleText);
        int from = q.Span.Start - sentence.Start, to = q.Span.End - sentence.Start;
        if (from < 0 || to > text.Length) return null;
        var m = DigitRun().Match(text, from, to - from);
        if (!m.Success) return null;
        var written = m.Value;
        int comma = written.LastIndexOfAny([',', '.']);
        bool decimals = comma > 0 && written.Length - comma - 1 is 1 or 2;
        double v = QuantityParser.ParseNumber(written, "fr") ?? 0;
        if (v <= 0) return null;
        string replacement = decimals
            ? (v * 1.5).ToString("0." + new string('0', written.Length - comma - 1), CultureInfo.InvariantCulture).Replace('.', written[comma])
            : Math.Round(v * 1.5 + 1).ToString("0", CultureInfo.InvariantCulture);
        return text[..m.Index] + replacement + text[(m.Index + m.Length)..];
    }

    /// <summary>The sentence with the date's month moved four months on, or its year three years back.</summary>
    public static string? ChangeDate(string articleText, TextSpan sentence, TimeMention date)
    {
        var text = sentence.Of(articleText);
        int from = date.Span.Start - sentence.Start, to = date.Span.End - sentence.Start;
        if (from < 0 || to > text.Length) return null;
        var span = text[from..to];
        var lower = span.ToLowerInvariant();
        for (int m = 0; m < Months.Length; m++)
            foreach (var name in Months[m])
            {
                int at = lower.IndexOf(name, StringComparison.Ordinal);
                if (at < 0) continue;
                var other = Months[(m + 4) % 12][name == Months[m][0] ? 0 : 1];
                return text[..(from + at)] + other + text[(from + at + name.Length)..];
            }
        var year = Year().Match(span);
        if (!year.Success) return null;
        var changed = (int.Parse(year.Value, CultureInfo.InvariantCulture) - 3).ToString(CultureInfo.InvariantCulture);
        return text[..(from + year.Index)] + changed + text[(from + year.Index + year.Length)..];
    }

    /// <summary>The sentence with its first auxiliary verb negated ("a annoncé" → "n'a pas annoncé", "is" → "is not"); null when it has none.</summary>
    public static string? Negate(string sentence, string language)
    {
        if (language == "en")
        {
            var en = EnglishAuxiliary().Match(sentence);
            return en.Success ? sentence[..(en.Index + en.Length)] + " not" + sentence[(en.Index + en.Length)..] : null;
        }
        var fr = FrenchAuxiliary().Match(sentence);
        if (!fr.Success) return null;
        var aux = fr.Groups["aux"].Value;
        var negated = "aeéiou".Contains(aux[0]) ? "n'" + aux + " pas" : "ne " + aux + " pas";
        return sentence[..fr.Groups["aux"].Index] + negated + sentence[(fr.Groups["aux"].Index + aux.Length)..];
    }

    [GeneratedRegex(@"\d+(?:[ \u00A0\u202F]\d{3})*(?:[.,]\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<![\p{L}'’])(?<aux>a|ont|est|sont|avait|avaient|était|étaient|sera|seront|va|vont|doit|doivent|peut|peuvent)(?=\s)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FrenchAuxiliary();

    [GeneratedRegex(@"\b(is|are|was|were|has|have|had|will|would|can|could|did|does)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishAuxiliary();
}
