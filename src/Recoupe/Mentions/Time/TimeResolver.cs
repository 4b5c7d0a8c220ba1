using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// Where an expression stands when it is resolved: the anchor for expressions that lack a year or a week (the
/// narrative's time when the text has moved to another year, else the publication), the day the nearest date in the
/// text names (for "18 h", "la veille", "la nuit"), and the last date or time the text gave (for "ce moment-là").
/// </summary>
internal readonly record struct Situation(TimeAnchor? Narrative = null, DateTime? ReferenceDay = null, string? ReferenceValue = null);

/// <summary>
/// Turns a pattern match into a TIMEX3 type and value, one kind of expression per partial file: calendar dates,
/// counted and anaphoric expressions, lengths and sets, times of day. <see cref="CandidateFilter"/> has rejected
/// look-alikes before. Expressions <see cref="IsAttached"/> hang on another date of the text and are resolved after
/// the others.
/// </summary>
internal sealed partial class TimeResolver(TimeAnchor publication, ClauseReader clauses)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    // the situation of the expression being resolved (set by Resolve)
    private TimeAnchor _anchor = null!;
    private bool _narrative;
    private DateTime? _referenceDay;
    private string? _referenceValue;
    private TextSpan _span;

    /// <summary>Expressions whose day is that of a nearby date in the text rather than the publication's.</summary>
    public static bool IsAttached(RuleKind kind, Match m) => kind switch
    {
        RuleKind.Clock => !m.Groups["wd"].Success,
        RuleKind.NoonMidnight or RuleKind.MatchMinute or RuleKind.NeighbourDay or RuleKind.SameAsReference or RuleKind.RelativeToReference or RuleKind.Moment or RuleKind.CountedShift => true,
        RuleKind.PartOfDay => TimeLexicon.Fold(m.Groups["pre"].Value) is not ("ce" or "cet" or "cette" or "this" or "last") && !m.Groups["rel"].Success,
        RuleKind.Weekday => IsCountedFromReference(m),
        RuleKind.Season => IsAnaphoricSeason(m),
        _ => false,
    };

    /// <summary>"l'été suivant", "l'hiver précédent", "cet été-là": a season counted from the narrative's time, not the publication's.</summary>
    public static bool IsAnaphoricSeason(Match m) =>
        m.Groups["that"].Success || IsCountedFromReference(m);

    /// <summary>"suivant", "précédent", "d'après", and after "the": "following", "next", "previous" ("the following spring", "the next Tuesday").</summary>
    private static bool IsCountedFromReference(Match m) => TimeLexicon.Fold(m.Groups["rel"].Value) switch
    {
        "suivant" or "suivante" or "precedent" or "precedente" or "d'avant" or "d'apres" or "following" or "preceding" => true,
        "next" or "previous" => TimeLexicon.Fold(m.Groups["det"].Value) == "the",
        _ => false,
    };

    /// <summary>The day a date value names, if it names one ("2023-09-12", "2023-09-12TMO").</summary>
    public static DateTime? DayOf(string value) =>
        value.Length >= 10 && DateTime.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>Whether a value names a calendar time with its year (it can anchor the narrative).</summary>
    public static bool IsPlaced(string value) => value.Length >= 4 && char.IsDigit(value[0]) && char.IsDigit(value[3]);

    public (TimexType Type, string Value)? Resolve(RuleKind kind, Match m, TextSpan span, Situation situation)
    {
        _anchor = situation.Narrative ?? publication;
        _narrative = situation.Narrative is not null;
        _referenceDay = situation.ReferenceDay ?? (publication.KnowsDay ? publication.Date : null);
        _referenceValue = situation.ReferenceValue;
        _span = span;
        return kind switch
        {
            RuleKind.FullDate or RuleKind.NumericDate or RuleKind.RangeDay => CalendarDay(m),
            RuleKind.MonthYear => (TimexType.Date, TimeAnchor.MonthValue(FullYear(m.Groups["year"].Value), TimeLexicon.Month(m.Groups["month"].Value))),
            RuleKind.Month => Month(m),
            RuleKind.Weekday => Weekday(m),
            RuleKind.WeekdayDay => WeekdayDay(m),
            RuleKind.Year => (TimexType.Date, TimeAnchor.YearValue(FullYear(m.Groups["year"].Value))),
            RuleKind.Quarter => Quarter(m),
            RuleKind.Holiday => Holiday(m),
            RuleKind.Season => Season(m),
            RuleKind.Decade => Decade(m),
            RuleKind.Century => Century(m),
            RuleKind.DeicticDay => DeicticDay(m),
            RuleKind.RelativePeriod => RelativePeriod(m),
            RuleKind.Ago => Shifted(m, -1),
            RuleKind.Later => Shifted(m, 1),
            RuleKind.NeighbourDay => NeighbourDay(m),
            RuleKind.SameAsReference => SameAsReference(m),
            RuleKind.RelativeToReference => RelativeToReference(m),
            RuleKind.Moment => Moment(),
            RuleKind.CountedShift => CountedShift(m),
            RuleKind.Reference or RuleKind.ReferenceAdjective => Reference(m),
            RuleKind.Duration or RuleKind.VaguePeriod or RuleKind.NamedDuration or RuleKind.HalfDuration or RuleKind.ClockDuration or RuleKind.OrdinalPeriod => Length(kind, m),
            RuleKind.Set or RuleKind.SetPer or RuleKind.SetAdjective or RuleKind.OrdinalWeekdaySet => Recurrence(kind, m),
            RuleKind.Clock => Clock(m),
            RuleKind.NoonMidnight => NoonMidnight(m),
            RuleKind.MatchMinute => (TimexType.Time, TimexValues.WithTime(ReferenceDay(0), "XX:XX")),
            RuleKind.PartOfDay => PartOfDay(m),
            RuleKind.NightOf => NightOf(m),
            _ => null,
        };
    }

    /// <summary>The tense that decides past or next for what lacks a year; a narrative anchor is taken as it is (the story moves on from it).</summary>
    private Tense Direction(Match m)
    {
        int rel = RelDirection(m);
        if (rel != 0) return rel < 0 ? Tense.Past : Tense.Future;
        return _narrative ? Tense.Unknown : clauses.At(_span);
    }

    /// <summary>-1 for "dernier", "last", "passé"…; +1 for "prochain", "next"…; 0 otherwise.</summary>
    private static int RelDirection(Match m)
    {
        var rel = TimeLexicon.Fold(m.Groups["rel"].Value);
        if (rel.Length == 0) return 0;
        if (rel.StartsWith("dern", StringComparison.Ordinal) || rel.StartsWith("pass", StringComparison.Ordinal) || rel.StartsWith("prec", StringComparison.Ordinal)
            || rel.StartsWith("ecoul", StringComparison.Ordinal) || rel is "last" or "previous" or "past" or "preceding" or "d'avant" or "avant" or "auparavant" or "before"
            || rel.StartsWith("plus tot", StringComparison.Ordinal) || rel.StartsWith("earlier", StringComparison.Ordinal)) return -1;
        if (rel.StartsWith("proch", StringComparison.Ordinal) || rel.StartsWith("suiv", StringComparison.Ordinal) || rel.StartsWith("a venir", StringComparison.Ordinal)
            || rel is "next" or "coming" or "following" or "d'apres" or "ahead" or "to come" or "qui viennent" or "apres" or "after" or "later"
            || rel.StartsWith("plus tard", StringComparison.Ordinal)) return 1;
        return 0;
    }

    private string ReferenceDay(int offset) =>
        _referenceDay is { } r ? TimeAnchor.DayValue(r.AddDays(offset)) : publication.RelativeDay(offset);

    private static (TimexType, string) WithPart(string dayValue, string? part) =>
        part is null ? (TimexType.Date, dayValue)
        : dayValue.Length == 10 ? (TimexType.Time, dayValue + "T" + part)
        : (TimexType.Time, dayValue);

    /// <summary>The year a two-digit year is read against in a text with no anchor date.</summary>
    internal const int UndatedTwoDigitYearReference = 2039;

    private int FullYear(string s)
    {
        s = s.TrimStart('\'', '’');
        int y = int.Parse(s, Inv);
        if (s.Length > 2) return y;
        // two digits: the century that puts the year at most ~10 years after the anchor. Without one (an undated text),
        // a fixed reference, not the wall clock: the same text must give the same value on any day (issue 16, item 4);
        // 2039 gives 00–49 → 2000s, 50–99 → 1900s, the two-digit-year window .NET calendars use by default (2049).
        int reference = publication.Date?.Year ?? UndatedTwoDigitYearReference;
        int candidate = reference / 100 * 100 + y;
        return candidate > reference + 10 ? candidate - 100 : candidate;
    }

    private static string D2(int n) => n.ToString("D2", Inv);
}
