using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time;

/// <summary>What a pattern found; <see cref="TimeResolver"/> turns each kind into a TIMEX3 type and value. Grouped as the grammar is (Grammar/).</summary>
internal enum RuleKind
{
    // Dates: calendar dates, whole or in part, and the first day of a range ("du [19] au 23 juillet").
    FullDate, NumericDate, MonthYear, Month, Weekday, RangeDay, Year, Quarter,
    // A weekday with a day of the month and no month ("dimanche 12"): the nearest such day.
    WeekdayDay,
    // Deictic: counted from the publication time ("hier", "la semaine dernière", "il y a trois jours", "dans deux ans").
    DeicticDay, RelativePeriod, Ago, Later,
    // Anaphoric: counted from the time the narrative has reached ("le lendemain", "le même jour", "l'année suivante", "ce moment-là").
    NeighbourDay, SameAsReference, RelativeToReference, Moment,
    // "trois jours plus tard", "two weeks earlier": a counted shift from the narrative's time.
    CountedShift,
    // Fuzzy references: PRESENT_REF, PAST_REF, FUTURE_REF ("actuellement", "autrefois", "à l'avenir", "l'actuel", "le prochain").
    Reference, ReferenceAdjective,
    // Durations.
    Duration, NamedDuration, VaguePeriod, HalfDuration, ClockDuration, OrdinalPeriod,
    // Sets (recurring times).
    Set, SetPer, SetAdjective, OrdinalWeekdaySet,
    // Times of day; the minute of a match ("la 35e minute": its hour unknown).
    Clock, NoonMidnight, MatchMinute,
    // Parts of day.
    PartOfDay, NightOf,
    // Holidays, seasons, decades and centuries.
    Holiday, Season, Decade, Century,
}

/// <summary>
/// A compiled pattern, the kind of expression it finds, and the word classes one of which it always contains.
/// A pattern with a group named "span" marks only that group (the rest is context: "du [19] au 23 juillet" needs
/// the month that follows); other patterns mark their whole match.
/// </summary>
internal sealed record TimeRule(RuleKind Kind, Regex Pattern)
{
    /// <summary>The kind's trigger words, unless a rule names narrower ones (a rare locution should not open windows at every "jour").</summary>
    public Trigger Triggers { get; init; } = TriggersOf(Kind);

    public int SpanGroup { get; } = Pattern.GroupNumberFromName("span");

    /// <summary>
    /// Words one of which every match of the pattern holds as a whole word (no letter on either side), besides its
    /// trigger: "et" in "deux mois et un jour", "tard" in "trois jours plus tard". A window without any of them cannot
    /// hold a match and is skipped before the regex runs; the pattern's start alternatives (a number, an approximation)
    /// would otherwise be tried at every word of the window. Null: every window is searched.
    /// </summary>
    public string[]? Requires { get; init; }

    /// <summary>
    /// How far past its trigger word a match can reach. Durations and "il y a" end with their unit, so their
    /// windows stop just after it (a few characters for "years old"); the others may run on ("hier en début d'après-midi").
    /// </summary>
    public int Reach { get; init; } = Kind is RuleKind.Duration or RuleKind.Ago or RuleKind.Later or RuleKind.Century or RuleKind.HalfDuration ? 8
        : Kind is RuleKind.CountedShift ? 16 : 64;

    /// <summary>
    /// How far before its trigger word a match can start: "pas moins de quatre-vingt-dix " before "ans", "entre le lundi
    /// 12 et le " before "mai", but only "chaque" before "chaque". Windows this short keep the regex work per article small.
    /// </summary>
    public int Lead { get; init; } = Kind switch
    {
        RuleKind.Duration or RuleKind.Ago or RuleKind.Later or RuleKind.HalfDuration or RuleKind.RangeDay or RuleKind.CountedShift => 48,
        RuleKind.RelativePeriod or RuleKind.Weekday or RuleKind.NightOf or RuleKind.OrdinalWeekdaySet or RuleKind.MatchMinute => 32,
        RuleKind.FullDate or RuleKind.MonthYear or RuleKind.Month or RuleKind.Season or RuleKind.Decade => 24,
        // "la fin du vingt et unième siècle"
        RuleKind.Century => 32,
        RuleKind.DeicticDay or RuleKind.Set or RuleKind.SetPer or RuleKind.SetAdjective or RuleKind.NoonMidnight or RuleKind.Clock => 4,
        RuleKind.OrdinalPeriod => 8,
        _ => 16,
    };

    private static Trigger TriggersOf(RuleKind kind) => kind switch
    {
        RuleKind.FullDate or RuleKind.MonthYear or RuleKind.Month or RuleKind.RangeDay => Trigger.Month,
        RuleKind.NumericDate => Trigger.DateLike,
        RuleKind.Clock or RuleKind.ClockDuration => Trigger.ClockLike,
        RuleKind.MatchMinute => Trigger.MinuteWord,
        RuleKind.Year => Trigger.YearLike,
        RuleKind.Decade => Trigger.YearLike | Trigger.DecadeWord,
        RuleKind.Century => Trigger.CenturyWord,
        RuleKind.Weekday or RuleKind.OrdinalWeekdaySet or RuleKind.WeekdayDay => Trigger.Weekday,
        RuleKind.NightOf => Trigger.Weekday | Trigger.Month,
        RuleKind.DeicticDay => Trigger.Deictic,
        RuleKind.PartOfDay or RuleKind.NoonMidnight => Trigger.PartOfDay,
        RuleKind.NeighbourDay or RuleKind.SameAsReference or RuleKind.RelativeToReference or RuleKind.Moment => Trigger.Anaphor,
        RuleKind.RelativePeriod => Trigger.PeriodUnit,
        RuleKind.Quarter => Trigger.QuarterWord,
        RuleKind.Season => Trigger.Season,
        RuleKind.VaguePeriod or RuleKind.Ago or RuleKind.Later or RuleKind.Duration or RuleKind.CountedShift => Trigger.DurationUnit,
        RuleKind.HalfDuration => Trigger.Half,
        RuleKind.NamedDuration => Trigger.NamedLength,
        RuleKind.OrdinalPeriod => Trigger.OrdinalWord,
        RuleKind.Set => Trigger.SetWord,
        RuleKind.SetPer => Trigger.PerWord,
        RuleKind.SetAdjective => Trigger.SetAdjectiveWord,
        RuleKind.Reference or RuleKind.ReferenceAdjective => Trigger.Reference,
        RuleKind.Holiday => Trigger.Holiday,
        _ => (Trigger)~0,
    };
}
