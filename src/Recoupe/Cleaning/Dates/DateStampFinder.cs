using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Cleaning.Dates;

/// <summary>A date found in text: where it is and what it says, at the precision it was written with.</summary>
public readonly record struct DateMatch(int Index, int Length, DateStamp Stamp);

/// <summary>
/// Finds written dates (ISO, numeric day-first, "5 septembre 2023 à 14h02", "Sept. 5, 2023 10:30 am",
/// "5. September 2023", "5 de septiembre de 2023") and reads them with their precision.
/// Years are limited to 1900–2099 so that numbers in prose are not taken for dates.
/// </summary>
public static partial class DateStampFinder
{
    private const string Time = @"(?:\s*(?:,|à|a|at|um|alle|a\s+las|-|–|/)?\s*(?<h>[01]?\d|2[0-3])\s*(?:[:h]|\s?Uhr\s?)\s*(?<mi>[0-5]\d)?(?::(?<s>[0-5]\d))?\s*(?<ap>[ap]\.?m\.?)?)?";

    // All four are generated at build time (compiled with the assembly, ReadyToRun, instead of emitted and JIT-compiled in every
    // process: the two with month names were ~19,000 IL bytes each, compiled with full optimisation at the start of every ingest).
    // A generated regex needs a constant pattern, so the month names are written out below: MonthNames.Alternation (read from
    // the culture data, still used by MonthNames.Lookup) printed once; MonthAlternationTests fails when the two drift apart.
    internal const string Months =
        "septiembre|september|septembre|settembre|noviembre|fevereiro|diciembre|setembro|dezember|dicembre|febbraio|november|décembre|februari|february|novembre|novembro|dezembro|decembre|december|augustus|oktober|janvier|october|januari|gennaio|fevrier|january|ottobre|febrero|juillet|février|octobre|janeiro|octubre|outubro|februar|luglio|agosto|august|aprile|maggio|januar|giugno|março|julho|enero|junho|abril|maart|march|april|marzo|avril|julio|junio|aout|août|févr|mayo|mars|märz|janv|maio|june|juil|juli|juin|sept|july|juni|mei|avr|déc|aug|feb|mrt|ott|mai|lug|mar|fev|jun|abr|nov|mag|giu|oct|set|dec|ene|mrz|apr|jul|dez|okt|dic|jan|may|mär|sep|gen|ago|out";

    private static readonly Regex Iso = IsoPattern();

    [GeneratedRegex(
        @"(?<![\d-])(?<y>(?:19|20)\d\d)-(?<mo>0[1-9]|1[0-2])(?:-(?<d>0[1-9]|[12]\d|3[01])(?:[ T](?<h>[01]\d|2[0-3]):(?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?)?)?(?![\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    private static readonly Regex Numeric = NumericPattern();

    [GeneratedRegex(
        @"(?<![\d./])(?<d>0?[1-9]|[12]\d|3[01])[./](?<mo>0?[1-9]|1[0-2])[./](?<y>(?:19|20)\d\d)(?![\d./])" + Time,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumericPattern();

    private static readonly Regex DayMonthYear = DayMonthYearPattern();

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?<d>0?[1-9]|[12]\d|3[01])(?:er|\.|º|°)?\s*(?:de\s+)?(?<mn>" + Months + @")\.?\s*(?:de\s+|,\s*)?(?<y>(?:19|20)\d\d)(?!\d)" + Time,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYearPattern();

    private static readonly Regex MonthDayYear = MonthDayYearPattern();

    [GeneratedRegex(
        @"(?<![\p{L}\d])(?<mn>" + Months + @")\.?\s+(?<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)\d\d)(?!\d)" + Time,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYearPattern();

    private static readonly Regex[] All = [Iso, DayMonthYear, MonthDayYear, Numeric];

    /// <summary>All dates in the text, in order of position, without overlaps.</summary>
    public static List<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        if (text.Length > 20_000) text = text[..20_000];
        foreach (var regex in All)
        {
            foreach (Match m in regex.Matches(text))
            {
                var stamp = Read(m);
                if (stamp is null) continue;
                var candidate = new DateMatch(m.Index, TrimmedLength(m), stamp);
                if (!found.Exists(f => f.Index < candidate.Index + candidate.Length && candidate.Index < f.Index + f.Length))
                    found.Add(candidate);
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    public static DateMatch? FindFirst(string text)
    {
        var all = FindAll(text);
        return all.Count > 0 ? all[0] : null;
    }

    private static int TrimmedLength(Match m)
    {
        int len = m.Length;
        while (len > 0 && char.IsWhiteSpace(m.Value[len - 1])) len--;
        return len;
    }

    private static DateStamp? Read(Match m)
    {
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = m.Groups["mo"].Success
            ? int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture)
            : MonthNames.Lookup(m.Groups["mn"].Value) ?? 0;
        if (month is < 1 or > 12) return null;
        if (!m.Groups["d"].Success) return DateStamp.Month(year, month);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(year, month)) return null;
        if (!m.Groups["h"].Success || !m.Groups["mi"].Success) return DateStamp.Day(year, month, day);
        int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minute = int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var ap = m.Groups["ap"].Value.ToLowerInvariant();
        if (ap.StartsWith('p') && hour < 12) hour += 12;
        if (ap.StartsWith('a') && hour == 12) hour = 0;
        if (m.Groups["s"].Success)
            return new DateStamp(new DateTime(year, month, day, hour, minute, int.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture)), DatePrecision.Second);
        return new DateStamp(new DateTime(year, month, day, hour, minute, 0), DatePrecision.Minute);
    }
}
