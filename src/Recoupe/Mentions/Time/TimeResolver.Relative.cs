using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>Expressions counted from the publication (deictic), from the narrative's time (anaphoric), and fuzzy references.</summary>
internal sealed partial class TimeResolver
{
    private (TimexType, string)? DeicticDay(Match m)
    {
        var w = TimeLexicon.Fold(m.Groups["w"].Value);
        if (w is "aujourd'hui" && !m.Groups["part"].Success && !m.Groups["wd"].Success && clauses.IsGenericPresent(_span))
            return (TimexType.Time, "PRESENT_REF");
        int offset = w switch
        {
            "hier" or "yesterday" => -1, "demain" or "tomorrow" => 1, "avant-hier" => -2, "apres-demain" => 2,
            _ when w.Contains("before", StringComparison.Ordinal) => -2, _ when w.Contains("after", StringComparison.Ordinal) => 2,
            _ => 0,
        };
        var part = w == "tonight" ? "NI" : TimexValues.PartOfDay(m.Groups["part"].Value);
        return WithPart(publication.RelativeDay(offset), part);
    }

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
        if (publication.Date is null && unit is not ("annee" or "an" or "year" or "mois" or "month" or "semaine" or "week"))
            return (TimexType.Date, dir < 0 ? "PAST_REF" : dir > 0 ? "FUTURE_REF" : "PRESENT_REF");
        string? value = unit switch
        {
            "semaine" or "week" => publication.RelativeWeek(dir),
            "week-end" or "weekend" => publication.KnowsDay ? WeekendValue(publication.Date!.Value, dir != 0 ? dir : clauses.At(_span) == Tense.Past ? -1 : 0) : publication.RelativeWeek(dir),
            "mois" or "month" => publication.RelativeMonth(dir),
            "annee" or "an" or "year" => publication.RelativeYear(dir),
            "trimestre" or "quarter" => RelativeQuarter(dir),
            "semestre" => RelativeHalf(dir),
            "siecle" or "century" => publication.Date is { } c ? ((c.Year / 100) + dir).ToString("D2", CultureInfo.InvariantCulture) + "XX" : null,
            "decennie" or "decade" => publication.Date is { } d ? ((d.Year / 10) + dir).ToString("D3", CultureInfo.InvariantCulture) + "X" : null,
            _ => null,
        };
        return value is null ? null : (TimexType.Date, value);
    }

    /// <summary>A weekend belongs to the ISO week of its Saturday; "last weekend" read on a Monday is two days back.</summary>
    private static string WeekendValue(DateTime day, int dir)
    {
        int iso = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
        var saturday = day.AddDays(6 - iso);
        if (dir < 0) saturday = saturday.AddDays(-7);
        else if (dir > 0 && iso >= 6) saturday = saturday.AddDays(7);
        return TimeAnchor.WeekValue(saturday) + "-WE";
    }

    private string? RelativeQuarter(int dir)
    {
        if (publication.Date is null || !publication.KnowsMonth) return publication.RelativeYear(0);
        var d = publication.Date.Value.AddMonths(3 * dir);
        return d.Year.ToString("D4", CultureInfo.InvariantCulture) + "-Q" + ((d.Month - 1) / 3 + 1).ToString(CultureInfo.InvariantCulture);
    }

    private string? RelativeHalf(int dir)
    {
        if (publication.Date is null || !publication.KnowsMonth) return publication.RelativeYear(0);
        var d = publication.Date.Value.AddMonths(6 * dir);
        return d.Year.ToString("D4", CultureInfo.InvariantCulture) + "-H" + (d.Month <= 6 ? "1" : "2");
    }

    /// <summary>
    /// "il y a trois jours", "dans deux ans": the day, month or year that far from the publication. Weeks count in
    /// days ("il y a une semaine" is a day a week back, not that ISO week); a vague amount is PAST_REF / FUTURE_REF.
    /// </summary>
    private (TimexType, string)? Shifted(Match m, int sign)
    {
        var amount = TimeLexicon.Number(m.Groups["num"].Value);
        var unit = TimeLexicon.Unit(m.Groups["unit"].Value);
        if (unit is null) return null;
        if (amount is null || amount != decimal.Truncate(amount.Value) || amount > 5000)
            return (TimexType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        int n = (int)amount.Value * sign;
        var (letter, timeOfDay, factor) = unit.Value;
        if (timeOfDay) return (TimexType.Date, publication.RelativeDay(0));
        return (TimexType.Date, letter switch
        {
            "D" => publication.RelativeDay(n),
            "W" or "WE" => publication.RelativeDay(7 * n),
            "M" => publication.RelativeMonth(n * (int)factor),
            "Q" => publication.RelativeMonth(3 * n),
            "Y" => publication.RelativeYear(n),
            "DE" => publication.RelativeYear(10 * n),
            _ => publication.RelativeYear(100 * n),
        });
    }

    private (TimexType, string) NeighbourDay(Match m)
    {
        var w = TimeLexicon.Fold(m.Groups["w"].Value);
        int offset = w.Contains("avant-veille", StringComparison.Ordinal) ? -2 : w.Contains("surlendemain", StringComparison.Ordinal) ? 2
            : w.Contains("veille", StringComparison.Ordinal) || w.Contains("before", StringComparison.Ordinal) || w.Contains("previous", StringComparison.Ordinal) ? -1 : 1;
        return WithPart(ReferenceDay(offset), TimexValues.PartOfDay(m.Groups["part"].Value));
    }

    /// <summary>"le même jour", "ce soir-là", "cette année-là": the reference's own day (with its part), week, month or year.</summary>
    private (TimexType, string)? SameAsReference(Match m) => UnitOfReference(TimeLexicon.Fold(m.Groups["unit"].Value), 0);

    /// <summary>"l'année précédente", "le mois suivant", "the following week": one unit from the reference.</summary>
    private (TimexType, string)? RelativeToReference(Match m) => UnitOfReference(TimeLexicon.Fold(m.Groups["unit"].Value), RelDirection(m));

    private (TimexType, string)? UnitOfReference(string unit, int offset)
    {
        // the last date the text gave, at least as precise as the unit needs; else the publication
        var reference = _referenceValue is { } v ? TimeAnchor.FromValue(v) : null;
        var anchor = reference ?? publication;
        switch (unit)
        {
            case "jour" or "day":
                return (TimexType.Date, ReferenceDay(offset));
            case "soir" or "matin" or "nuit" or "night" or "morning" or "evening":
                return WithPart(ReferenceDay(offset), TimexValues.PartOfDay(unit));
            case "semaine" or "week":
                return (TimexType.Date, _referenceDay is { } d ? TimeAnchor.WeekValue(d.AddDays(7 * offset)) : publication.RelativeWeek(offset));
            case "week-end" or "weekend":
                return (TimexType.Date, _referenceDay is { } w ? WeekendValue(w, offset) : publication.RelativeWeek(offset));
            case "mois" or "month":
                return (TimexType.Date, anchor.RelativeMonth(offset));
            case "annee" or "an" or "year":
                return (TimexType.Date, anchor.RelativeYear(offset));
            case "epoque":
                // "à la même époque": the reference's season of the year, no finer than its month
                return (TimexType.Date, anchor.RelativeMonth(offset));
            default:
                return null;
        }
    }

    /// <summary>
    /// "trois jours plus tard", "two years earlier": that far from the last date the text gave (else the publication),
    /// at the unit's precision: days and weeks give a day, months a month, years a year.
    /// </summary>
    private (TimexType, string)? CountedShift(Match m)
    {
        var amount = TimeLexicon.Number(m.Groups["num"].Value);
        if (TimeLexicon.Unit(m.Groups["unit"].Value) is not { } unit || amount is null || amount != decimal.Truncate(amount.Value) || amount > 1000) return null;
        int n = (int)amount.Value * (RelDirection(m) < 0 ? -1 : 1);
        var anchor = (_referenceValue is { } v ? TimeAnchor.FromValue(v) ?? YearOfSeason(v, unit.Unit) : null) ?? publication;
        return (TimexType.Date, unit.Unit switch
        {
            "D" => ReferenceDay(n),
            "W" or "WE" => ReferenceDay(7 * n),
            "M" => anchor.RelativeMonth(n * (int)unit.Factor),
            "Y" => anchor.RelativeYear(n),
            "DE" => anchor.RelativeYear(10 * n),
            _ => anchor.RelativeYear(100 * n),
        });
    }

    /// <summary>
    /// "Au printemps 2016 … deux ans plus tard": a season or quarter with its year gives that year to a shift counted in years or
    /// decades. Not to months or days (a season says too little about which month), and it does not move the narrative itself.
    /// </summary>
    private static TimeAnchor? YearOfSeason(string value, string unit) =>
        unit is "Y" or "DE" or "CE" && value.Length == 7 && value[4] == '-'
            && value.AsSpan(5) is "SP" or "SU" or "FA" or "WI" or "Q1" or "Q2" or "Q3" or "Q4" or "H1" or "H2"
            ? TimeAnchor.FromValue(value[..4]) : null;

    /// <summary>"ce moment-là": the last time or date the text gave.</summary>
    private (TimexType, string) Moment()
    {
        // a time of day makes it a TIME; a week-end ("2023-W36-WE", eleven characters too) stays a DATE
        if (_referenceValue is { } v && IsPlaced(v)) return (v.Length > 10 && v[10] == 'T' ? TimexType.Time : TimexType.Date, v);
        return (TimexType.Time, "PAST_REF");
    }

    private (TimexType, string)? Reference(Match m)
    {
        var w = TimeLexicon.Fold(m.Groups["w"].Value);
        // "désormais" (from now on) starts at the publication day; TimeBank annotates it as that date
        if (w is "desormais" or "dorenavant") return publication.Date is not null ? (TimexType.Date, publication.RelativeDay(0)) : (TimexType.Time, "FUTURE_REF");
        if (w.StartsWith("prochain", StringComparison.Ordinal) || w.StartsWith("futur", StringComparison.Ordinal) || w.Contains("avenir", StringComparison.Ordinal)) return (TimexType.Time, "FUTURE_REF");
        if (w.StartsWith("actuel", StringComparison.Ordinal)) return (TimexType.Time, "PRESENT_REF");
        string value = PastRefs.Contains(w) ? "PAST_REF" : FutureRefs.Contains(w) ? "FUTURE_REF" : "PRESENT_REF";
        return (TimexType.Time, value);
    }

    private static readonly FrozenSet<string> PastRefs = FrozenSet.Create(StringComparer.Ordinal,
        "autrefois", "jadis", "auparavant", "naguere", "par le passe", "dans le passe", "recemment", "dernierement",
        "ces derniers temps", "il y a longtemps", "il y a bien longtemps", "l'epoque",
        "formerly", "in the past", "recently", "lately");
    private static readonly FrozenSet<string> FutureRefs = FrozenSet.Create(StringComparer.Ordinal,
        "a l'avenir", "l'avenir", "dans le futur", "prochainement", "bientot", "ulterieurement", "tot ou tard", "in the future", "soon");
}
