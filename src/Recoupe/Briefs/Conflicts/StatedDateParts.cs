using System.Globalization;
using System.Text.RegularExpressions;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// What a date mention writes out, as opposed to what the tagger filled in: "dimanche" writes a weekday, and its calendar date is
/// inferred from the report's date; "le 19 octobre" writes a month and a day, and its year is inferred from the article's date or
/// from a year named earlier in the text. Two dates disagree only on a part both write: an inferred year or an inferred calendar
/// date is a reading, not something an outlet said, and a wrong report date or context year makes false conflicts of it.
/// </summary>
internal static partial class StatedDateParts
{
    [Flags]
    public enum Part { None = 0, Year = 1, Month = 2, Day = 4, Weekday = 8 }

    [GeneratedRegex(@"(?<![\p{L}\d])(1[5-9]\d\d|2\d\d\d)(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"(?<![\p{L}])(janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)\p{L}*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(\d{1,2})(?:er|st|nd|rd|th)?(?![\p{L}\d])|(?<![\p{L}])premier(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"(?<![\d])\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDatePattern();

    [GeneratedRegex(@"(?<![\p{L}])(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayPattern();

    /// <summary>The parts of a date the mention's words write out.</summary>
    public static Part Of(string mention)
    {
        var part = Part.None;
        if (YearPattern().IsMatch(mention)) part |= Part.Year;
        if (NumericDatePattern().IsMatch(mention)) part |= Part.Month | Part.Day;
        if (WritesMonth(mention))
        {
            part |= Part.Month;
            // A day is a small number beside a month ("le 19 octobre"); a number alone is no day of anything.
            foreach (Match m in DayPattern().Matches(YearPattern().Replace(mention, " ")))
                if (m.Value.Length <= 2 || !char.IsDigit(m.Value[^1])) { part |= Part.Day; break; }
        }
        if (WeekdayPattern().IsMatch(mention)) part |= Part.Weekday;
        return part;
    }

    // A month name, not a weekday that starts like one ("mardi" begins as "mars" does).
    private static bool WritesMonth(string mention)
    {
        foreach (Match m in MonthPattern().Matches(mention))
            if (!WeekdayPattern().IsMatch(m.Value)) return true;
        return false;
    }

    /// <summary>
    /// Whether two resolved dates (TIMEX3 values) differ on a part both mentions write. False when they share no written part
    /// ("dimanche" / "le 19 octobre"), or differ only where one was inferred (the year of "le 19 octobre").
    /// </summary>
    public static bool DifferOnStatedPart(string mentionA, string valueA, string mentionB, string valueB)
    {
        var common = Of(mentionA) & Of(mentionB);
        if ((common & Part.Year) != 0 && Slice(valueA, 0, 4) is { } ya && Slice(valueB, 0, 4) is { } yb && ya != yb) return true;
        if ((common & Part.Month) != 0 && Slice(valueA, 5, 2) is { } ma && Slice(valueB, 5, 2) is { } mb && ma != mb) return true;
        if ((common & Part.Day) != 0 && Slice(valueA, 8, 2) is { } da && Slice(valueB, 8, 2) is { } db && da != db) return true;
        if ((common & Part.Weekday) != 0 && Weekday(valueA) is { } wa && Weekday(valueB) is { } wb && wa != wb) return true;
        return false;
    }

    private static string? Slice(string value, int start, int length) =>
        value.Length >= start + length && value.AsSpan(start, length).IndexOfAnyExcept("0123456789") < 0 ? value.Substring(start, length) : null;

    private static DayOfWeek? Weekday(string value) =>
        value.Length >= 10 && DateTime.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.DayOfWeek : null;
}
