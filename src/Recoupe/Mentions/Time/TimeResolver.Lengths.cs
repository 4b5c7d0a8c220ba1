using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>Durations and sets (recurring times).</summary>
internal sealed partial class TimeResolver
{
    private static (TimexType, string)? Length(RuleKind kind, Match m)
    {
        switch (kind)
        {
            case RuleKind.Duration:
            {
                if (m.Groups["num2"].Success)
                    return TimexValues.Sum(TimeLexicon.Number(m.Groups["num"].Value), m.Groups["unit"].Value, TimeLexicon.Number(m.Groups["num2"].Value), m.Groups["unit2"].Value) is { } sum
                        ? (TimexType.Duration, sum) : null;
                var num = StripDe(m.Groups["num"].Value);
                // "une quinzaine de jours" is French for a fortnight ("dans quinze jours": in two weeks), not fifteen days
                if (TimeLexicon.Fold(num) == "quinzaine" && TimeLexicon.Unit(m.Groups["unit"].Value) is { Unit: "D" }) return (TimexType.Duration, "P2W");
                return TimexValues.Period(TimeLexicon.Number(num), m.Groups["unit"].Value) is { } p ? (TimexType.Duration, p) : null;
            }
            case RuleKind.VaguePeriod:
                return TimexValues.Period(null, m.Groups["unit"].Value) is { } vague ? (TimexType.Duration, vague) : null;
            case RuleKind.HalfDuration:
                return TimeLexicon.Number(m.Groups["num"].Value) is { } n && TimexValues.HalfMore(n, m.Groups["unit"].Value) is { } half ? (TimexType.Duration, half) : null;
            case RuleKind.OrdinalPeriod:
                // "toute la nuit": the length of a part of the day
                if (m.Groups["part"].Success) return TimexValues.PartOfDay(m.Groups["part"].Value) is { Length: 2 } code ? (TimexType.Duration, "PT" + code) : null;
                return TimexValues.Period(1, m.Groups["unit"].Value) is { } one ? (TimexType.Duration, one) : null;
            case RuleKind.ClockDuration:
            {
                int h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), min = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                return (TimexType.Duration, "PT" + (h > 0 ? h.ToString(CultureInfo.InvariantCulture) + "H" : "") + (min > 0 ? min.ToString(CultureInfo.InvariantCulture) + "M" : ""));
            }
            default:
                return (TimexType.Duration, TimeLexicon.Fold(m.Groups["w"].Value) switch
                {
                    "demi-siecle" or "half a century" => "P50Y", "demi-heure" or "a half hour" or "a half-hour" or "half an hour" => "PT30M",
                    "quinquennat" => "P5Y", "septennat" => "P7Y", "demi-journee" => "PT12H",
                    "a fortnight" => "P2W", "trois quarts d'heure" => "PT45M",
                    var w when w.StartsWith("quart de", StringComparison.Ordinal) || w.Contains("quarter-century", StringComparison.Ordinal) || w.Contains("quarter century", StringComparison.Ordinal) => "P25Y",
                    _ => "PT15M",
                });
        }
    }

    private static (TimexType, string)? Recurrence(RuleKind kind, Match m)
    {
        switch (kind)
        {
            case RuleKind.Set:
                return Set(m);
            case RuleKind.SetPer:
                return TimexValues.Period(1, m.Groups["unit"].Value) is { } per ? (TimexType.Set, per) : null;
            case RuleKind.OrdinalWeekdaySet:
                return (TimexType.Set, "XXXX-WXX-" + TimeLexicon.Weekday(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture));
            default:
            {
                var w = TimeLexicon.Fold(m.Groups["w"].Value);
                string value = w.StartsWith("bimensuel", StringComparison.Ordinal) || w.StartsWith("biweekly", StringComparison.Ordinal) ? "P2W"
                    : w.StartsWith("bihebdo", StringComparison.Ordinal) ? "P1W"
                    : w.StartsWith("trimestr", StringComparison.Ordinal) || w.StartsWith("quarter", StringComparison.Ordinal) ? "P3M"
                    : w.StartsWith("semestr", StringComparison.Ordinal) ? "P6M"
                    : w.StartsWith("annu", StringComparison.Ordinal) || w.StartsWith("year", StringComparison.Ordinal) ? "P1Y"
                    : w.StartsWith("hebdo", StringComparison.Ordinal) || w.StartsWith("week", StringComparison.Ordinal) ? "P1W"
                    : w.StartsWith("mens", StringComparison.Ordinal) || w.StartsWith("month", StringComparison.Ordinal) ? "P1M"
                    : w.StartsWith("hour", StringComparison.Ordinal) ? "PT1H"
                    : w.StartsWith("night", StringComparison.Ordinal) ? "XXXX-XX-XXTNI" : "P1D";
                return (TimexType.Set, value);
            }
        }
    }

    private static (TimexType, string)? Set(Match m)
    {
        if (m.Groups["wd"].Success)
            return (TimexType.Set, "XXXX-WXX-" + TimeLexicon.Weekday(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture));
        if (m.Groups["month"].Success && TimeLexicon.Month(m.Groups["month"].Value) is var month and > 0)
            return (TimexType.Set, "XXXX-" + month.ToString("D2", CultureInfo.InvariantCulture)
                + (m.Groups["day"].Success && DayNumber(m.Groups["day"].Value) is var day and > 0 ? "-" + day.ToString("D2", CultureInfo.InvariantCulture) : ""));
        var unitWord = m.Groups["unit"].Value;
        var folded = TimeLexicon.Fold(unitWord).TrimEnd('s');
        string? season = folded switch { "ete" or "summer" => "SU", "hiver" or "winter" => "WI", "printemp" or "spring" => "SP", "automne" or "autumn" => "FA", _ => null };
        if (season is not null) return (TimexType.Set, "XXXX-" + season);
        var part = TimexValues.PartOfDay(unitWord);
        if (part is not null && part.Length == 2) return (TimexType.Set, "XXXX-XX-XXT" + part);
        var numText = m.Groups["num"].Value;
        decimal n = numText.Length == 0 ? 1 : numText.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : TimeLexicon.Number(numText) ?? 1;
        if (folded.StartsWith("week-end", StringComparison.Ordinal) || folded.StartsWith("weekend", StringComparison.Ordinal)) return (TimexType.Set, "XXXX-WXX-WE");
        return TimexValues.Period(n, unitWord) is { } p ? (TimexType.Set, p) : null;
    }

    /// <summary>"une dizaine d'", "une dizaine de" give "dizaine"; "de longues" stays vague.</summary>
    private static string StripDe(string num)
    {
        var t = num.Trim();
        var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && (t.EndsWith('\'') || t.EndsWith('’') || parts[^1] == "de")) return parts[1];
        return t;
    }
}
