using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Mentions.Time;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Completes TIMEX3 values whose year the tagger could not know ("XXXX-11" for "en novembre" in an undated article):
/// the article's publication, else the story's date (the commonest publication month of its dated articles), anchors
/// them as the tagger would, in the direction the expression leans (a past-tense November told in September is last
/// November). Without any date, the value stays as it is, and out of comparisons that need a year.
/// </summary>
internal static partial class TimeValues
{
    [GeneratedRegex(@"^XXXX-(?<m>\d\d)(?:-(?<d>\d\d))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MissingYear();

    /// <summary>The story's time: the commonest (latest on ties) publication month of its dated articles, else year; else the commonest year its texts name.</summary>
    public static DateStamp? StoryDate(IReadOnlyList<AnalyzedArticle> articles)
    {
        var months = articles.Select(a => a.Article.Published).Where(p => p is { Precision: >= DatePrecision.Month })
            .Select(p => (p!.Value.Year, p.Value.Month)).ToList();
        if (months.Count > 0)
        {
            var (y, m) = months.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
            return DateStamp.Month(y, m);
        }
        var years = articles.Select(a => a.Article.Published?.Value.Year).Where(y => y is not null).ToList();
        // No publication date at all: the years the articles' own time expressions give.
        if (years.Count == 0)
            years = articles.SelectMany(a => a.Annotations.Times)
                .Select(t => t.Value.Length >= 4 && int.TryParse(t.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
                .Where(y => y is > 1800 and < 2200).ToList();
        if (years.Count == 0) return null;
        int year = years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key!.Value;
        return new DateStamp(new DateTime(year, 1, 1), DatePrecision.Year);
    }

    public static TimeMention Complete(TimeMention time, DateStamp? reportDate)
    {
        if (reportDate is null || time.Value.Length < 7 || !time.Value.StartsWith("XXXX", StringComparison.Ordinal)) return time;
        var match = MissingYear().Match(time.Value);
        if (!match.Success) return time;
        int month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return time;
        var anchor = new TimeAnchor(reportDate);
        var tense = time.Lean switch { TimeLean.Past => Tense.Past, TimeLean.Future => Tense.Future, TimeLean.Present => Tense.Present, _ => Tense.Unknown };
        if (!match.Groups["d"].Success)
            return time with { Value = TimeAnchor.MonthValue(anchor.YearForMonth(month, tense), month) };
        int day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        int year = anchor.YearFor(month, day, tense);
        return day > DateTime.DaysInMonth(year, month) ? time : time with { Value = TimeAnchor.DayValue(new DateTime(year, month, day)) };
    }

    /// <summary>The first day a calendar value covers ("2023", "2023-11", "2023-11-05", "2023-W45", "2023-11-05T10:00"); null for others.</summary>
    public static DateTime? StartOf(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        if (value.Length >= 10 && DateTime.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", inv, DateTimeStyles.None, out var day)) return day;
        if (value.Length == 7 && DateTime.TryParseExact(value, "yyyy-MM", inv, DateTimeStyles.None, out var month)) return month;
        if (value.Length == 8 && value[5] == 'W' && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out var wy)
            && int.TryParse(value.AsSpan(6), NumberStyles.None, inv, out var w) && w is >= 1 and <= 53)
            return ISOWeek.ToDateTime(wy, Math.Min(w, ISOWeek.GetWeeksInYear(wy)), DayOfWeek.Monday);
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out var y) && y is > 0 and < 10000) return new DateTime(y, 1, 1);
        return null;
    }

    /// <summary>The last day a report date covers (its month's last day at month precision).</summary>
    public static DateTime EndOf(DateStamp date) => date.Precision switch
    {
        DatePrecision.Year => new DateTime(date.Value.Year, 12, 31),
        DatePrecision.Month => new DateTime(date.Value.Year, date.Value.Month, 1).AddMonths(1).AddDays(-1),
        _ => date.Value.Date,
    };

    /// <summary>
    /// Calendar dates: a known or unknown ("XXXX") year, then month and day digits, or a day with its part ("2023-03-13TEV",
    /// "jeudi soir", "Thursday evening": when an event happened is as often told so as by a bare day); no weeks, seasons or vague
    /// references.
    /// </summary>
    public static bool IsCalendarDate(TimeMention t)
    {
        if (t.Type is not (TimexType.Date or TimexType.Time) || t.Value.Length < 4) return false;
        var v = Day(t.Value);
        bool year = v.AsSpan(0, 4).ContainsAnyExcept("0123456789") ? v.StartsWith("XXXX", StringComparison.Ordinal) && v.Length >= 7 : true;
        return year && !v.Contains('W') && v.Length is 4 or 7 or 10 or >= 13 && v.AsSpan(4).IndexOfAnyExcept("-0123456789T:") < 0;
    }

    /// <summary>The day of a day with its part ("2023-03-13TEV" → "2023-03-13"); any other value as it is.</summary>
    public static string Day(string value) =>
        value.Length == 13 && value[10] == 'T' && char.IsAsciiLetterUpper(value[11]) && char.IsAsciiLetterUpper(value[12]) ? value[..10] : value;

    /// <summary>
    /// Two values that can name one moment: one within the other once parts of the day are set aside (the morning and the evening
    /// of one day are told of one event often enough, an hour is not given), or a night and the early hours after it ("mercredi
    /// soir tard" / "dans la nuit de mercredi à jeudi", "Wednesday night" / "early Thursday").
    /// </summary>
    public static bool SameMoment(string x, string y) =>
        Compatible(Day(x), Day(y)) || NightBefore(x, y) || NightBefore(y, x);

    private static bool NightBefore(string night, string day)
    {
        if (!night.EndsWith("TNI", StringComparison.Ordinal) || Day(day).Length != 10 || day.Length == 13 && !day.EndsWith("TMO", StringComparison.Ordinal))
            return false;
        var inv = CultureInfo.InvariantCulture;
        return DateTime.TryParseExact(night.AsSpan(0, 10), "yyyy-MM-dd", inv, DateTimeStyles.None, out var n)
               && DateTime.TryParseExact(day.AsSpan(0, 10), "yyyy-MM-dd", inv, DateTimeStyles.None, out var d) && d == n.AddDays(1);
    }

    /// <summary>
    /// One is the other or lies within it ("2023" and "2023-07"). An unknown year ("XXXX-07", left so when neither
    /// the article nor the story gives one) matches any year: only the digits both values know are compared.
    /// </summary>
    public static bool Compatible(string x, string y)
    {
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
            if (x[i] != y[i] && x[i] != 'X' && y[i] != 'X') return false;
        return true;
    }

    private static readonly string[][] WeekdayNames =
    [
        ["lundi", "monday"], ["mardi", "tuesday"], ["mercredi", "wednesday"], ["jeudi", "thursday"],
        ["vendredi", "friday"], ["samedi", "saturday"], ["dimanche", "sunday"],
    ];

    /// <summary>
    /// The weekdays a sentence names, as a bit mask (bit 0 = Monday). Outlets anchor their relative dates
    /// differently (or not at all), so "lundi" in two articles of one week is compared as a word, not as a value.
    /// </summary>
    public static int WeekdayMask(IEnumerable<string> lowerWords)
    {
        int mask = 0;
        foreach (var w in lowerWords)
        {
            if (w.Length is < 5 or > 9) continue;
            for (int d = 0; d < WeekdayNames.Length; d++)
                if (w == WeekdayNames[d][0] || w == WeekdayNames[d][1]) mask |= 1 << d;
        }
        return mask;
    }
}
