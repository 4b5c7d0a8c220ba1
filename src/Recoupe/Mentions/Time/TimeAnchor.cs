using System.Globalization;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// Turns relative expressions into TIMEX3 values against the document's anchor (its publication date).
/// What the anchor does not know stays unknown, as TIMEX3 writes it with X:
/// <list type="bullet">
/// <item>no anchor: "hier" is "XXXX-XX-XX", "le mois dernier" "XXXX-XX", "l'an dernier" "XXXX";</item>
/// <item>a month-precision anchor ("2023-09"): day-relative expressions ("hier", "mardi", "la semaine dernière")
/// resolve to the anchor's month, the most precise value that is still true in nearly all cases;
/// month- and year-relative ones resolve exactly;</item>
/// <item>a year-precision anchor: likewise to the year.</item>
/// </list>
/// </summary>
internal sealed class TimeAnchor
{
    public TimeAnchor(DateStamp? anchor)
    {
        Stamp = anchor;
        KnowsDay = anchor is { Precision: >= DatePrecision.Day };
        KnowsMonth = anchor is { Precision: >= DatePrecision.Month };
        Date = anchor?.Value.Date;
    }

    public DateStamp? Stamp { get; }
    public bool KnowsDay { get; }
    public bool KnowsMonth { get; }
    /// <summary>The anchor's first day (month precision: the 1st), when there is an anchor.</summary>
    public DateTime? Date { get; }

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string DayValue(DateTime d) => d.ToString("yyyy-MM-dd", Inv);
    public static string MonthValue(int year, int month) => year.ToString("D4", Inv) + "-" + month.ToString("D2", Inv);
    public static string YearValue(int year) => year.ToString("D4", Inv);
    public static string WeekValue(DateTime d) => ISOWeek.GetYear(d).ToString("D4", Inv) + "-W" + ISOWeek.GetWeekOfYear(d).ToString("D2", Inv);

    /// <summary>The day <paramref name="days"/> away from the anchor, at what precision the anchor allows.</summary>
    public string RelativeDay(int days)
    {
        if (Date is null) return "XXXX-XX-XX";
        if (!KnowsDay) return Coarse();
        return DayValue(Date.Value.AddDays(days));
    }

    public string RelativeWeek(int weeks)
    {
        if (Date is null) return "XXXX-WXX";
        if (!KnowsDay) return Coarse();
        return WeekValue(Date.Value.AddDays(7 * weeks));
    }

    public string RelativeMonth(int months)
    {
        if (Date is null) return "XXXX-XX";
        if (!KnowsMonth) return YearValue(Date.Value.Year);
        var d = Date.Value.AddMonths(months);
        return MonthValue(d.Year, d.Month);
    }

    public string RelativeYear(int years) => Date is null ? "XXXX" : YearValue(Date.Value.Year + years);

    /// <summary>The month or year the anchor sits in, for what a coarse anchor cannot resolve to the day.</summary>
    private string Coarse() => KnowsMonth ? MonthValue(Date!.Value.Year, Date.Value.Month) : YearValue(Date!.Value.Year);

    /// <summary>
    /// The weekday nearest the anchor in the direction the tense gives (news mostly report the past):
    /// past: the last such day on or before the anchor; future: the next on or after; unknown: within three days either way.
    /// </summary>
    public DateTime? Weekday(int isoDay, Tense tense, int explicitDirection)
    {
        if (Date is null || !KnowsDay) return null;
        var anchor = Date.Value;
        int anchorDay = anchor.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)anchor.DayOfWeek;
        int back = -((anchorDay - isoDay + 7) % 7);     // 0..-6
        int forward = (isoDay - anchorDay + 7) % 7;     // 0..6
        if (explicitDirection < 0) return anchor.AddDays(back == 0 ? -7 : back);
        if (explicitDirection > 0) return anchor.AddDays(forward == 0 ? 7 : forward);
        int offset = tense switch
        {
            Tense.Future => forward,
            Tense.Past => back,
            // the present leans to a weekday to come ("ils sont incertains pour samedi"), nearness still first
            Tense.Present => forward <= -back + 2 ? forward : back,
            _ => -back <= forward ? back : forward,
        };
        return anchor.AddDays(offset);
    }

    /// <summary>The day of the month <paramref name="day"/> that falls on <paramref name="isoDay"/>, nearest the anchor within three months; null when none does.</summary>
    public DateTime? WeekdayWithDay(int isoDay, int day)
    {
        if (Date is null || !KnowsDay || isoDay is < 1 or > 7 || day is < 1 or > 31) return null;
        var anchor = Date.Value;
        DateTime? best = null;
        for (int k = -3; k <= 3; k++)
        {
            var month = new DateTime(anchor.Year, anchor.Month, 1).AddMonths(k);
            if (day > DateTime.DaysInMonth(month.Year, month.Month)) continue;
            var d = new DateTime(month.Year, month.Month, day);
            int iso = d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
            if (iso == isoDay && (best is null || Math.Abs((d - anchor).TotalDays) < Math.Abs((best.Value - anchor).TotalDays))) best = d;
        }
        return best;
    }

    /// <summary>
    /// The year for a day and month without one: the nearest to the anchor in the tense's direction (a past-tense
    /// "le 20 novembre" in September is last November), a week's leeway aside ("le 15 septembre" on the 12th stays).
    /// </summary>
    public int YearFor(int month, int day, Tense tense)
    {
        if (Date is null) return 0;
        var anchor = Date.Value;
        // a year alone ("en 2016 ... le 14 juillet") stands for its whole year: its first day is no nearer than its last
        if (!KnowsMonth) return anchor.Year;
        int best = anchor.Year;
        double bestScore = double.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            double diff = (new DateTime(y, month, day) - anchor).TotalDays;
            // a month-precision anchor stands for its whole month: the same month is neither before nor after
            if (!KnowsDay && y == anchor.Year && month == anchor.Month) diff = 0;
            double score = Math.Abs(diff);
            // the tense outweighs any distance (nothing told in the past lies after the writing), except within a week,
            // where a misread tense (the nearest verb is not always the governing one) is likelier than a year's jump
            if (tense == Tense.Past && diff > 0 || tense == Tense.Future && diff < 0) score += Math.Abs(diff) <= 7 ? 30 : 400;
            if (score < bestScore) { bestScore = score; best = y; }
        }
        return best;
    }

    /// <summary>
    /// The year in which a day and month fall on the given weekday ("mardi 1er juin"), nearest the anchor within six
    /// years; 0 when none does (a wrong weekday: the caller falls back to <see cref="YearFor"/>).
    /// </summary>
    public int YearForWeekdayDate(int month, int day, int isoWeekday)
    {
        if (Date is null) return 0;
        int year = Date.Value.Year;
        for (int k = 0; k <= 6; k++)
            foreach (var y in k == 0 ? [year] : new[] { year + k, year - k })
            {
                if (day > DateTime.DaysInMonth(y, month)) continue;
                var d = new DateTime(y, month, day);
                int iso = d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
                if (iso == isoWeekday) return y;
            }
        return 0;
    }

    /// <summary>The year for a month without one (HeidelTime's rule): the anchor's year unless the tense points across a year end.</summary>
    public int YearForMonth(int month, Tense tense)
    {
        if (Date is null) return 0;
        var anchor = Date.Value;
        if (!KnowsMonth) return anchor.Year;
        if (tense == Tense.Past && month > anchor.Month) return anchor.Year - 1;
        if (tense == Tense.Future && month < anchor.Month) return anchor.Year + 1;
        return anchor.Year;
    }

    /// <summary>An anchor at a date value the text gave ("1995", "1995-05", "1995-05-10", "1995-05-10T14:00"); null for anything else.</summary>
    public static TimeAnchor? FromValue(string value)
    {
        // the shapes the tagger writes, read without a parser's fallbacks (this runs for every date of a text)
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, Inv, out int year) || year < 1) return null;
        if (value.Length == 4) return new TimeAnchor(new DateStamp(new DateTime(year, 1, 1), DatePrecision.Year));
        if (value.Length < 7 || value[4] != '-' || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, Inv, out int month) || month is < 1 or > 12) return null;
        if (value.Length == 7) return new TimeAnchor(DateStamp.Month(year, month));
        if (value.Length < 10 || value[7] != '-' || value.Length > 10 && value[10] != 'T'
            || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, Inv, out int day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new TimeAnchor(DateStamp.Day(year, month, day));
    }
}
