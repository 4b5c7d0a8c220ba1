using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time;

/// <summary>What a pattern found; <see cref="TimeResolver"/> turns each kind into a TIMEX3 type and value.</summary>
internal enum RuleKind
{
    FullDate, NumericDate, MonthYear, Month, Weekday, NightOf, DeicticDay, PartOfDay, NeighbourDay,
    RelativePeriod, VaguePeriod, Ago, Later, Duration, NamedDuration, Set, SetPer, SetAdjective,
    Clock, NoonMidnight, Reference, Decade, Century, Year,
}

/// <summary>A compiled pattern, the kind of expression it finds, and the word classes one of which it always contains.</summary>
internal sealed record TimeRule(RuleKind Kind, Regex Pattern)
{
    public Trigger Triggers { get; } = TriggersOf(Kind);

    /// <summary>
    /// How far past its trigger word a match can reach. Durations and "il y a" end with their unit, so their
    /// windows stop just after it (a few characters for "years old"); the others may run on ("hier en début d'après-midi").
    /// </summary>
    public int Reach { get; } = Kind is RuleKind.Duration or RuleKind.NamedDuration or RuleKind.Ago or RuleKind.Later or RuleKind.Century or RuleKind.SetPer ? 8 : 64;

    private static Trigger TriggersOf(RuleKind kind) => kind switch
    {
        RuleKind.FullDate or RuleKind.MonthYear or RuleKind.Month => Trigger.Month,
        RuleKind.NumericDate => Trigger.DateLike,
        RuleKind.Clock => Trigger.ClockLike,
        RuleKind.Year => Trigger.YearLike,
        RuleKind.Weekday or RuleKind.NightOf => Trigger.Weekday,
        RuleKind.DeicticDay => Trigger.Deictic,
        RuleKind.PartOfDay or RuleKind.NoonMidnight => Trigger.PartOfDay,
        RuleKind.NeighbourDay => Trigger.Neighbour,
        RuleKind.RelativePeriod => Trigger.PeriodUnit,
        RuleKind.VaguePeriod or RuleKind.Ago or RuleKind.Later or RuleKind.Duration or RuleKind.NamedDuration or RuleKind.Century => Trigger.DurationUnit,
        RuleKind.Set or RuleKind.SetPer or RuleKind.SetAdjective => Trigger.SetWord,
        RuleKind.Reference => Trigger.Reference,
        RuleKind.Decade => Trigger.YearLike,
        _ => (Trigger)~0,
    };
}
