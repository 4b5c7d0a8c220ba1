using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Completes TIMEX3 values whose year the tagger could not know ("XXXX-07" for "en juillet" in an undated
/// article): the year comes from the article's publication, else from the story (the most common year of its
/// dated articles). Without any, the value stays as it is, and stays out of comparisons that need a year.
/// </summary>
internal static partial class TimeValues
{
    [GeneratedRegex(@"^XXXX(-\d\d(-\d\d)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingYear();

    public static int? StoryYear(IReadOnlyList<AnalyzedArticle> articles)
    {
        var years = articles.Select(a => a.Article.Published?.Value.Year).Where(y => y is not null).ToList();
        if (years.Count > 0) return years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        // No publication date at all: the years the articles' own time expressions give.
        var fromTimes = articles.SelectMany(a => a.Annotations.Times)
            .Select(t => t.Value.Length >= 4 && int.TryParse(t.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .Where(y => y is > 1800 and < 2200).ToList();
        return fromTimes.Count == 0 ? null : fromTimes.GroupBy(y => y).OrderByDescending(g => g.Count()).First().Key;
    }

    public static TimeMention Complete(TimeMention time, int? articleYear, int? storyYear)
    {
        if (time.Value.Length < 7 || !time.Value.StartsWith("XXXX", StringComparison.Ordinal)) return time;
        var year = articleYear ?? storyYear;
        if (year is null || !MissingYear().IsMatch(time.Value)) return time;
        return time with { Value = year.Value.ToString("0000", CultureInfo.InvariantCulture) + time.Value[4..] };
    }

    /// <summary>Calendar dates: a known or unknown ("XXXX") year, then month and day digits; no weeks, seasons or vague references.</summary>
    public static bool IsCalendarDate(TimeMention t)
    {
        if (t.Type is not (TimexType.Date or TimexType.Time) || t.Value.Length < 4) return false;
        var v = t.Value;
        bool year = v.AsSpan(0, 4).ContainsAnyExcept("0123456789") ? v.StartsWith("XXXX", StringComparison.Ordinal) && v.Length >= 7 : true;
        return year && !v.Contains('W') && v.Length is 4 or 7 or 10 or >= 13 && v.AsSpan(4).IndexOfAnyExcept("-0123456789T:") < 0;
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
