using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// Turns a pattern match into a TIMEX3 type and value. <see cref="Accept"/> runs first on every candidate and
/// rejects look-alikes (ages, counts that look like years, "la semaine" without a relative word);
/// <see cref="Resolve"/> then runs; expressions that hang on another date ("18 h", "la veille", "la nuit")
/// are resolved against a reference day chosen by the caller (see <see cref="IsReferenceDependent"/>).
/// </summary>
internal sealed class TimeResolver(TimeAnchor anchor, Func<int, Tense> tenseAt)
{
    private DateTime? _reference;

    /// <summary>Expressions whose day is that of a nearby date in the text rather than the anchor's.</summary>
    public static bool IsReferenceDependent(RuleKind kind, Match m) => kind switch
    {
        RuleKind.Clock => !m.Groups["wd"].Success,
        RuleKind.NoonMidnight or RuleKind.NeighbourDay => true,
        RuleKind.PartOfDay => TimeLexicon.Fold(m.Groups["pre"].Value) is not ("ce" or "cet" or "cette" or "this" or "last"),
        _ => false,
    };

    /// <summary>The day a date value names, if it names one ("2023-09-12", "2023-09-12TMO").</summary>
    public static DateTime? DayOf(string value) =>
        value.Length >= 10 && DateTime.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public (TimexType Type, string Value)? Resolve(RuleKind kind, Match m, DateTime? reference = null)
    {
        _reference = reference ?? (anchor.KnowsDay ? anchor.Date : null);
        return ResolveCore(kind, m);
    }

    private (TimexType, string)? ResolveCore(RuleKind kind, Match m)
    {
        switch (kind)
        {
            case RuleKind.FullDate:
            case RuleKind.NumericDate:
            {
                int month = m.Groups["month"].Success ? TimeLexicon.Month(m.Groups["month"].Value) : int.Parse(m.Groups["mnum"].Value, CultureInfo.InvariantCulture);
                int day = DayNumber(m.Groups["day"].Value);
                if (month is < 1 or > 12 || day is < 1 or > 31) return null;
                int year = m.Groups["year"].Success ? FullYear(m.Groups["year"].Value) : anchor.YearFor(month, day, Direction(m, m.Index));
                if (year == 0) return (TimexType.Date, "XXXX-" + month.ToString("D2", CultureInfo.InvariantCulture) + "-" + day.ToString("D2", CultureInfo.InvariantCulture));
                if (day > DateTime.DaysInMonth(year, month)) return null;
                return (TimexType.Date, TimeAnchor.DayValue(new DateTime(year, month, day)));
            }
            case RuleKind.MonthYear:
                return (TimexType.Date, TimeAnchor.MonthValue(FullYear(m.Groups["year"].Value), TimeLexicon.Month(m.Groups["month"].Value)));
            case RuleKind.Month:
            {
                int month = TimeLexicon.Month(m.Groups["month"].Value);
                int year = anchor.YearForMonth(month, Direction(m, m.Index));
                return (TimexType.Date, year == 0 ? "XXXX-" + month.ToString("D2", CultureInfo.InvariantCulture) : TimeAnchor.MonthValue(year, month));
            }
            case RuleKind.Weekday:
            case RuleKind.NightOf:
            {
                var dayValue = WeekdayValue(m.Groups["wd"].Value, RelDirection(m), m.Index);
                var part = kind == RuleKind.NightOf ? "NI" : TimexValues.PartOfDay(m.Groups["part"].Value);
                return WithPart(dayValue, part);
            }
            case RuleKind.DeicticDay:
            {
                var w = TimeLexicon.Fold(m.Groups["w"].Value);
                int offset = w switch
                {
                    "hier" or "yesterday" => -1, "demain" or "tomorrow" => 1, "avant-hier" => -2, "apres-demain" => 2,
                    _ when w.Contains("before", StringComparison.Ordinal) => -2, _ when w.Contains("after", StringComparison.Ordinal) => 2,
                    _ => 0,
                };
                var part = w == "tonight" ? "NI" : TimexValues.PartOfDay(m.Groups["part"].Value);
                return WithPart(anchor.RelativeDay(offset), part);
            }
            case RuleKind.PartOfDay:
            {
                var pre = TimeLexicon.Fold(m.Groups["pre"].Value);
                var part = TimexValues.PartOfDay(m.Groups["part"].Value);
                string day = pre switch
                {
                    "ce" or "cet" or "cette" or "this" => anchor.RelativeDay(0),
                    "last" => anchor.RelativeDay(-1),
                    _ => ReferenceDay(0),
                };
                return WithPart(day, part);
            }
            case RuleKind.NeighbourDay:
            {
                var w = TimeLexicon.Fold(m.Groups["w"].Value);
                int offset = w.Contains("avant-veille", StringComparison.Ordinal) ? -2 : w.Contains("surlendemain", StringComparison.Ordinal) ? 2
                    : w.Contains("veille", StringComparison.Ordinal) || w.Contains("before", StringComparison.Ordinal) || w.Contains("previous", StringComparison.Ordinal) ? -1 : 1;
                return (TimexType.Date, ReferenceDay(offset));
            }
            case RuleKind.RelativePeriod:
                return RelativePeriod(m);
            case RuleKind.VaguePeriod:
                return TimexValues.Period(null, m.Groups["unit"].Value) is { } vague ? (TimexType.Duration, vague) : null;
            case RuleKind.Ago:
            case RuleKind.Later:
                return Shifted(m, kind == RuleKind.Ago ? -1 : 1);
            case RuleKind.Duration:
                return TimexValues.Period(TimeLexicon.Number(StripDe(m.Groups["num"].Value)), m.Groups["unit"].Value) is { } p ? (TimexType.Duration, p) : null;
            case RuleKind.NamedDuration:
                return (TimexType.Duration, TimeLexicon.Fold(m.Groups["w"].Value) switch
                {
                    "demi-siecle" => "P50Y", "demi-heure" => "PT30M", "quinquennat" => "P5Y", "septennat" => "P7Y", "demi-journee" => "PT12H",
                    var w when w.StartsWith("quart de", StringComparison.Ordinal) => "P25Y",
                    _ => "PT15M",
                });
            case RuleKind.Set:
                return Set(m);
            case RuleKind.SetPer:
                return TimexValues.Period(1, m.Groups["unit"].Value) is { } per ? (TimexType.Set, per) : null;
            case RuleKind.SetAdjective:
            {
                var w = TimeLexicon.Fold(m.Groups["w"].Value);
                string value = w.StartsWith("bimensuel", StringComparison.Ordinal) ? "P2W"
                    : w.StartsWith("annu", StringComparison.Ordinal) || w.StartsWith("year", StringComparison.Ordinal) ? "P1Y"
                    : w.StartsWith("hebdo", StringComparison.Ordinal) || w.StartsWith("week", StringComparison.Ordinal) ? "P1W"
                    : w.StartsWith("mens", StringComparison.Ordinal) || w.StartsWith("month", StringComparison.Ordinal) ? "P1M" : "P1D";
                return (TimexType.Set, value);
            }
            case RuleKind.Clock:
            {
                int h = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
                int min = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
                var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
                if (ampm.StartsWith('p') && h < 12) h += 12;
                else if (ampm.StartsWith('a') && h == 12) h = 0;
                var day = m.Groups["wd"].Success ? WeekdayValue(m.Groups["wd"].Value, 0, m.Index) : ReferenceDay(0);
                return (TimexType.Time, TimexValues.WithTime(day, TimexValues.Clock(h, min)));
            }
            case RuleKind.NoonMidnight:
            {
                var w = TimeLexicon.Fold(m.Groups["w"].Value);
                return (TimexType.Time, TimexValues.WithTime(ReferenceDay(0), w is "midi" or "noon" ? "12:00" : "24:00"));
            }
            case RuleKind.Reference:
            {
                var w = TimeLexicon.Fold(m.Groups["w"].Value);
                // "désormais" (from now on) starts at the publication day; TimeBank annotates it as that date
                if (w == "desormais" && anchor.Date is not null) return (TimexType.Date, anchor.RelativeDay(0));
                string value = PastRefs.Contains(w) ? "PAST_REF" : FutureRefs.Contains(w) ? "FUTURE_REF" : "PRESENT_REF";
                return (TimexType.Time, value);
            }
            case RuleKind.Decade:
            {
                var d = m.Groups["dec"].Value;
                string decade = d.Length == 4 ? d[..3] : d.Length == 2 ? "19" + d[0] : d[..3];
                return (TimexType.Date, decade + "X");
            }
            case RuleKind.Century:
            {
                var c = m.Groups["c"].Value;
                int n = char.IsDigit(c[0]) ? int.Parse(c, CultureInfo.InvariantCulture) : TimexValues.Roman(c);
                return n is < 1 or > 30 ? null : (TimexType.Date, (n - 1).ToString("D2", CultureInfo.InvariantCulture));
            }
            case RuleKind.Year:
                return (TimexType.Date, m.Groups["year"].Value);
            default:
                return null;
        }
    }

    private static readonly FrozenSet<string> PastRefs = FrozenSet.Create(StringComparer.Ordinal,
        "autrefois", "jadis", "auparavant", "naguere", "par le passe", "formerly", "in the past", "recently");
    private static readonly FrozenSet<string> FutureRefs = FrozenSet.Create(StringComparer.Ordinal,
        "a l'avenir", "dans le futur", "prochainement", "in the future", "soon");

    private (TimexType, string) WithPart(string dayValue, string? part) =>
        part is null ? (TimexType.Date, dayValue)
        : dayValue.Length == 10 ? (TimexType.Time, dayValue + "T" + part)
        : (TimexType.Time, dayValue);

    private string ReferenceDay(int offset) =>
        _reference is { } r ? TimeAnchor.DayValue(r.AddDays(offset)) : anchor.RelativeDay(offset);

    private string WeekdayValue(string name, int direction, int position)
    {
        int wd = TimeLexicon.Weekday(name);
        if (wd == 0) return "XXXX-XX-XX";
        var d = anchor.Weekday(wd, direction == 0 ? tenseAt(position) : Tense.Unknown, direction);
        if (d is { } day) return TimeAnchor.DayValue(day);
        return anchor.Date is null ? "XXXX-WXX-" + wd.ToString(CultureInfo.InvariantCulture) : anchor.RelativeDay(0);
    }

    /// <summary>-1 for "dernier", "last"...; +1 for "prochain", "next"...; 0 otherwise.</summary>
    private static int RelDirection(Match m)
    {
        var rel = TimeLexicon.Fold(m.Groups["rel"].Value);
        if (rel.Length == 0) return 0;
        if (rel.StartsWith("dern", StringComparison.Ordinal) || rel.StartsWith("pass", StringComparison.Ordinal) || rel.StartsWith("prec", StringComparison.Ordinal)
            || rel.StartsWith("ecoul", StringComparison.Ordinal) || rel is "last" or "previous" or "past") return -1;
        if (rel.StartsWith("proch", StringComparison.Ordinal) || rel.StartsWith("suiv", StringComparison.Ordinal) || rel is "next" or "coming") return 1;
        return 0;
    }

    private Tense Direction(Match m, int position) => RelDirection(m) switch
    {
        < 0 => Tense.Past,
        > 0 => Tense.Future,
        _ => tenseAt(position),
    };

    private (TimexType, string)? RelativePeriod(Match m)
    {
        var det = TimeLexicon.Fold(m.Groups["det"].Value);
        int dir = RelDirection(m);
        if (dir == 0) dir = det switch
        {
            "last" or "the past" or "the previous" => -1,
            "next" or "the coming" or "the following" => 1,
            _ => 0,
        };
        var unit = TimeLexicon.Fold(m.Groups["unit"].Value);
        if (anchor.Date is null && unit is not ("annee" or "an" or "year" or "mois" or "month" or "semaine" or "week"))
            return (TimexType.Date, dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF");
        string? value = unit switch
        {
            "semaine" or "week" => anchor.RelativeWeek(dir),
            "week-end" or "weekend" => anchor.KnowsDay ? WeekendValue(dir != 0 ? dir : tenseAt(m.Index) == Tense.Past ? -1 : 0) : anchor.RelativeWeek(dir),
            "mois" or "month" => anchor.RelativeMonth(dir),
            "annee" or "an" or "year" => anchor.RelativeYear(dir),
            "trimestre" or "quarter" => Quarter(dir),
            "semestre" => Half(dir),
            _ => Season(unit, dir),
        };
        return value is null ? null : (TimexType.Date, value);
    }

    // A weekend belongs to the ISO week of its Saturday; "last weekend" read on a Monday is two days back.
    private string WeekendValue(int dir)
    {
        var d = anchor.Date!.Value;
        int iso = d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
        var saturday = d.AddDays(6 - iso);
        if (dir < 0) saturday = saturday.AddDays(-7);
        else if (dir > 0 && iso >= 6) saturday = saturday.AddDays(7);
        return TimeAnchor.WeekValue(saturday) + "-WE";
    }

    private string? Quarter(int dir)
    {
        if (anchor.Date is null || !anchor.KnowsMonth) return anchor.RelativeYear(0);
        var d = anchor.Date.Value.AddMonths(3 * dir);
        return d.Year.ToString("D4", CultureInfo.InvariantCulture) + "-Q" + ((d.Month - 1) / 3 + 1).ToString(CultureInfo.InvariantCulture);
    }

    private string? Half(int dir)
    {
        if (anchor.Date is null || !anchor.KnowsMonth) return anchor.RelativeYear(0);
        var d = anchor.Date.Value.AddMonths(6 * dir);
        return d.Year.ToString("D4", CultureInfo.InvariantCulture) + "-H" + (d.Month <= 6 ? "1" : "2");
    }

    private string? Season(string unit, int dir)
    {
        if (anchor.Date is null) return null;
        string code = unit switch { "ete" or "summer" => "SU", "hiver" or "winter" => "WI", "printemps" or "spring" => "SP", "automne" or "autumn" or "fall" => "FA", _ => "" };
        if (code.Length == 0) return null;
        int year = anchor.Date.Value.Year;
        int seasonEnd = code switch { "SP" => 6, "SU" => 9, "FA" => 12, _ => 3 };
        if (dir < 0 && anchor.Date.Value.Month <= seasonEnd) year--;
        if (dir > 0 && anchor.Date.Value.Month >= seasonEnd - 2) year++;
        return year.ToString("D4", CultureInfo.InvariantCulture) + "-" + code;
    }

    private (TimexType, string)? Shifted(Match m, int sign)
    {
        var amount = TimeLexicon.Number(StripDe(m.Groups["num"].Value));
        var unit = TimeLexicon.Unit(m.Groups["unit"].Value);
        if (unit is null) return null;
        if (amount is null || amount != decimal.Truncate(amount.Value) || amount > 5000)
            return (TimexType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        int n = (int)amount.Value * sign;
        var (letter, timeOfDay, factor) = unit.Value;
        if (timeOfDay) return (TimexType.Date, anchor.RelativeDay(0));
        return (TimexType.Date, letter switch
        {
            "D" => anchor.RelativeDay(n),
            "W" or "WE" => anchor.RelativeWeek(n),
            "M" => anchor.RelativeMonth(n * (int)factor),
            "Q" => anchor.RelativeMonth(3 * n),
            "Y" => anchor.RelativeYear(n),
            "DE" => anchor.RelativeYear(10 * n),
            _ => anchor.RelativeYear(100 * n),
        });
    }

    private static (TimexType, string)? Set(Match m)
    {
        if (m.Groups["wd"].Success)
            return (TimexType.Set, "XXXX-WXX-" + TimeLexicon.Weekday(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture));
        var unitWord = m.Groups["unit"].Value;
        var part = TimexValues.PartOfDay(unitWord);
        if (part is not null && part.Length == 2) return (TimexType.Set, "XXXX-XX-XXT" + part);
        var numText = m.Groups["num"].Value;
        decimal n = numText.Length == 0 ? 1 : numText.Equals("other", StringComparison.OrdinalIgnoreCase) ? 2 : TimeLexicon.Number(numText) ?? 1;
        if (TimeLexicon.Fold(unitWord).StartsWith("week-end", StringComparison.Ordinal)) return (TimexType.Set, "XXXX-WXX-WE");
        return TimexValues.Period(n, unitWord) is { } p ? (TimexType.Set, p) : null;
    }

    private static string StripDe(string num)
    {
        // "une dizaine d'" -> "dizaine"; "de longues" -> vague
        var t = num.Trim();
        if (t.EndsWith('\'') || t.EndsWith('’'))
        {
            var parts = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 2 ? parts[1] : t;
        }
        return t;
    }

    private static int DayNumber(string s) =>
        s.StartsWith("1er", StringComparison.OrdinalIgnoreCase) || s.Equals("premier", StringComparison.OrdinalIgnoreCase) ? 1
        : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;

    private int FullYear(string s)
    {
        s = s.TrimStart('\'', '’');
        int y = int.Parse(s, CultureInfo.InvariantCulture);
        if (s.Length > 2) return y;
        // two digits: the century that puts the year at most ~10 years after the anchor
        int reference = anchor.Date?.Year ?? DateTime.UtcNow.Year;
        int candidate = reference / 100 * 100 + y;
        return candidate > reference + 10 ? candidate - 100 : candidate;
    }
}
