using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time;

/// <summary>What a pattern found; <see cref="TimeResolver"/> turns each kind into a TIMEX3 type and value.</summary>
internal enum RuleKind
{
    FullDate, NumericDate, MonthYear, Month, Weekday, NightOf, DeicticDay, PartOfDay, NeighbourDay,
    RelativePeriod, VaguePeriod, Ago, Later, Duration, NamedDuration, Set, SetPer, SetAdjective,
    Clock, NoonMidnight, Reference, Decade, Century, Year,
}

/// <summary>A compiled pattern and the kind of expression it finds.</summary>
internal sealed record TimeRule(RuleKind Kind, Regex Pattern);
