using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>Calendar dates: days, months, weekdays, quarters, holidays, seasons, decades and centuries.</summary>
internal sealed partial class TimeResolver
{
    /// <summary>"le 5 mai 2023", "12/09/2023", "mardi 1er juin" (the year where that day is a Tuesday), "le 5 mai" (year by tense), "du [19] au 23 juillet".</summary>
    private (TimexType, string)? CalendarDay(Match m)
    {
        int month = m.Groups["month"].Success ? TimeLexicon.Month(m.Groups["month"].Value) : int.Parse(m.Groups["mnum"].Value, CultureInfo.InvariantCulture);
        int day = DayNumber(m.Groups["day"].Value);
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        int year;
        if (m.Groups["year"].Success) year = FullYear(m.Groups["year"].Value);
        else
        {
            int weekday = m.Groups["wd"].Success ? TimeLexicon.Weekday(m.Groups["wd"].Value) : 0;
            year = weekday > 0 && RelDirection(m) == 0 ? _anchor.YearForWeekdayDate(month, day, weekday) : 0;
            if (year == 0) year = _anchor.YearFor(month, day, Direction(m));
        }
        // "le 14 juillet au soir": the day's part makes it a TIME
        var part = TimexValues.PartOfDay(m.Groups["part"].Value);
        if (year == 0) return WithPart("XXXX-" + D2(month) + "-" + D2(day), part);
        if (day > DateTime.DaysInMonth(year, month)) return null;
        return WithPart(TimeAnchor.DayValue(new DateTime(year, month, day)), part);
    }

    private (TimexType, string) Month(Match m)
    {
        int month = TimeLexicon.Month(m.Groups["month"].Value);
        int year = _anchor.YearForMonth(month, Direction(m));
        return (TimexType.Date, year == 0 ? "XXXX-" + D2(month) : TimeAnchor.MonthValue(year, month));
    }

    private (TimexType, string) Weekday(Match m)
    {
        var rel = TimeLexicon.Fold(m.Groups["rel"].Value);
        // "le marché a lieu le dimanche": the definite article with the present tense tells a habit (SET), not a day
        // (or with no tense cue at all: "le club joue le samedi"; a day told in the past or planned has its cue)
        if (rel.Length == 0 && TimeLexicon.Fold(m.Groups["pre"].Value) == "le" && !_narrative && clauses.At(_span) is Tense.Present or Tense.Unknown)
            return (TimexType.Set, "XXXX-WXX-" + TimeLexicon.Weekday(m.Groups["wd"].Value).ToString(CultureInfo.InvariantCulture)
                + (TimexValues.PartOfDay(m.Groups["part"].Value) is { Length: 2 } habitPart ? "T" + habitPart : ""));
        string dayValue;
        if (IsCountedFromReference(m))
        {
            // "le mardi suivant", "the following Tuesday": the next Tuesday after the day the narrative has reached
            int wd = TimeLexicon.Weekday(m.Groups["wd"].Value);
            dayValue = _referenceDay is { } r && wd > 0
                ? TimeAnchor.DayValue(new TimeAnchor(DateStamp.Day(r.Year, r.Month, r.Day)).Weekday(wd, Tense.Unknown, RelDirection(m) > 0 ? 1 : -1)!.Value)
                : WeekdayValue(m.Groups["wd"].Value, RelDirection(m));
        }
        else dayValue = WeekdayValue(m.Groups["wd"].Value, RelDirection(m));
        return WithPart(dayValue, TimexValues.PartOfDay(m.Groups["part"].Value));
    }

    /// <summary>"dimanche 12": the day 12 that is a Sunday nearest the anchor (a few months either way); else the weekday alone.</summary>
    private (TimexType, string) WeekdayDay(Match m)
    {
        int wd = TimeLexicon.Weekday(m.Groups["wd"].Value), day = DayNumber(m.Groups["day"].Value);
        if (_anchor.WeekdayWithDay(wd, day) is { } d) return (TimexType.Date, TimeAnchor.DayValue(d));
        return (TimexType.Date, WeekdayValue(m.Groups["wd"].Value, 0));
    }

    private string WeekdayValue(string name, int direction)
    {
        int wd = TimeLexicon.Weekday(name);
        if (wd == 0) return "XXXX-XX-XX";
        // from the narrative's time the story moves on ("Le 4 février, … Le vendredi, …" is the Friday after), unless the
        // clause looks back from it (a pluperfect: "Le vendredi, il avait reçu des menaces")
        var tense = direction != 0 ? Tense.Unknown : !_narrative ? clauses.At(_span) : clauses.IsPluperfect(_span) ? Tense.Past : Tense.Future;
        // "closed until Monday" written on a Monday: the state ends on a Monday to come, not on the day of writing
        if (direction == 0 && tense == Tense.Future && clauses.IsUntil(_span)) direction = 1;
        var d = _anchor.Weekday(wd, tense, direction);
        if (d is { } day) return TimeAnchor.DayValue(day);
        return _anchor.Date is null ? "XXXX-WXX-" + wd.ToString(CultureInfo.InvariantCulture) : _anchor.RelativeDay(0);
    }

    /// <summary>"le premier trimestre" (2023-Q1), "le second semestre 2022" (2022-H2).</summary>
    private (TimexType, string)? Quarter(Match m)
    {
        var ord = TimeLexicon.Fold(m.Groups["ord"].Value);
        bool half = TimeLexicon.Fold(m.Groups["unit"].Value) is "semestre" or "half";
        int n = ord switch
        {
            "premier" or "premiere" or "1er" or "1re" or "first" or "1st" => 1,
            "deuxieme" or "second" or "seconde" or "2e" or "2nd" => 2,
            "troisieme" or "3e" or "third" or "3rd" => 3,
            "quatrieme" or "4e" or "fourth" or "4th" => 4,
            "dernier" or "derniere" or "last" => half ? 2 : 4,
            _ => 0,
        };
        if (n == 0 || half && n > 2) return null;
        int year = m.Groups["year"].Success ? FullYear(m.Groups["year"].Value) : _anchor.Date?.Year ?? 0;
        if (!m.Groups["year"].Success && year > 0 && _anchor.KnowsMonth && Direction(m) == Tense.Past)
        {
            int firstMonth = half ? 6 * (n - 1) + 1 : 3 * (n - 1) + 1;
            if (firstMonth > _anchor.Date!.Value.Month) year--;
        }
        var code = (half ? "H" : "Q") + n.ToString(CultureInfo.InvariantCulture);
        return (TimexType.Date, (year == 0 ? "XXXX" : TimeAnchor.YearValue(year)) + "-" + code);
    }

    /// <summary>"Noël" (the nearest Christmas in the tense's direction), "Pâques 1998", "la Toussaint dernière".</summary>
    private (TimexType, string)? Holiday(Match m)
    {
        var name = TimeLexicon.Fold(m.Groups["h"].Value);
        if (m.Groups["year"].Success)
            return Holidays.In(name, FullYear(m.Groups["year"].Value)) is { } fixedDay ? (TimexType.Date, TimeAnchor.DayValue(fixedDay)) : null;
        if (_anchor.Date is null)
        {
            // without an anchor a fixed holiday keeps its day ("XXXX-12-25"); a movable one only its unknown year
            if (Holidays.In(name, 2000) is not { } a || Holidays.In(name, 2001) is not { } b) return null;
            return (TimexType.Date, a.Month == b.Month && a.Day == b.Day ? "XXXX-" + D2(a.Month) + "-" + D2(a.Day) : "XXXX");
        }
        var anchor = _anchor.Date.Value;
        // a year alone stands for its whole year ("en 2016 ... à Noël": Christmas 2016)
        if (!_anchor.KnowsMonth) return Holidays.In(name, anchor.Year) is { } inYear ? (TimexType.Date, TimeAnchor.DayValue(inYear)) : null;
        var tense = Direction(m);
        DateTime? best = null;
        double bestScore = double.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            if (Holidays.In(name, y) is not { } d) return null;
            double diff = (d - anchor).TotalDays;
            double score = Math.Abs(diff) + (tense == Tense.Past && diff > 0 || tense == Tense.Future && diff < 0 ? 400 : 0);
            if (score < bestScore) { bestScore = score; best = d; }
        }
        return best is { } found ? (TimexType.Date, TimeAnchor.DayValue(found)) : null;
    }

    /// <summary>"l'été 1998" (1998-SU), "cet hiver", "l'automne dernier", "au printemps" (the nearest in the tense's direction).</summary>
    private (TimexType, string)? Season(Match m)
    {
        string code = TimeLexicon.Fold(m.Groups["season"].Value) switch
        {
            "ete" or "summer" => "SU", "hiver" or "winter" => "WI", "printemps" or "spring" => "SP", _ => "FA",
        };
        if (m.Groups["year"].Success) return (TimexType.Date, TimeAnchor.YearValue(FullYear(m.Groups["year"].Value)) + "-" + code);
        var det = TimeLexicon.Fold(m.Groups["det"].Value);
        int dir = RelDirection(m);
        if (dir == 0 && det is "last") dir = -1;
        if (dir == 0 && det is "next") dir = 1;
        bool anaphoric = IsAnaphoricSeason(m);
        // "l'été suivant", "cet hiver-là": from the last date the text gave, else the publication
        var from = anaphoric ? (_referenceValue is { } v ? TimeAnchor.FromValue(v) : null) ?? publication : _anchor;
        if (from.Date is null) return (TimexType.Date, "XXXX-" + code);
        // a year alone ("en 2015 ... l'été suivant") stands for its whole year: that year's season, or the next or last year's
        if (!from.KnowsMonth) return (TimexType.Date, TimeAnchor.YearValue(from.Date.Value.Year + dir) + "-" + code);
        var anchor = from.Date.Value;
        // a season's months (winter: December of its year to February of the next)
        int start = code switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
        int year = anchor.Year;
        int months = (anchor.Year - year) * 12 + anchor.Month - start; // months since this year's season began
        if (code == "WI" && anchor.Month <= 2) { year--; months += 12; }
        bool current = months is >= 0 and < 3, past = months >= 3;
        if (dir < 0) { if (!past) year--; }
        else if (dir > 0) { if (past || current) year++; }
        else if (det is not ("cet" or "ce" or "cette" or "this") && !_narrative && !anaphoric)
        {
            var tense = clauses.At(_span);
            if (tense == Tense.Past && !past && !current) year--;
            else if (tense == Tense.Future && past) year++;
        }
        return (TimexType.Date, TimeAnchor.YearValue(year) + "-" + code);
    }

    /// <summary>"les années 60" 196X, "les années 1990" 199X, "les années soixante" 196X, "the '80s" 198X.</summary>
    private static (TimexType, string)? Decade(Match m)
    {
        var d = TimeLexicon.Fold(m.Groups["dec"].Value).TrimStart('\'', '’');
        string? value = d switch
        {
            { Length: 4 } when char.IsDigit(d[0]) => d[..3],
            { Length: 2 } when char.IsDigit(d[0]) => "19" + d[0],
            "vingt" => "192", "trente" => "193", "quarante" => "194", "cinquante" => "195", "soixante" => "196",
            "soixante-dix" => "197", "quatre-vingt" or "quatre-vingts" => "198", "quatre-vingt-dix" => "199",
            "twenties" => "192", "thirties" => "193", "forties" => "194", "fifties" => "195", "sixties" => "196", "seventies" => "197",
            "eighties" => "198", "nineties" => "199",
            _ => null,
        };
        return value is null ? null : (TimexType.Date, value + "X");
    }

    /// <summary>
    /// "le XIXe siècle", "la fin du XIXe siècle", "le dix-neuvième siècle", "the 19th century": 18XX. "le siècle dernier",
    /// "this century": counted from the publication's century (2023: 20XX, the one before 19XX).
    /// </summary>
    private (TimexType, string)? Century(Match m)
    {
        int n;
        if (m.Groups["c"].Success)
        {
            var c = m.Groups["c"].Value;
            n = char.IsDigit(c[0]) ? int.Parse(c, CultureInfo.InvariantCulture) : TimexValues.Roman(c);
        }
        else if (m.Groups["cw"].Success) n = CenturyOrdinal(TimeLexicon.Fold(m.Groups["cw"].Value));
        else
        {
            if (publication.Date is not { } published) return (TimexType.Date, "XXXX");
            int dir = RelDirection(m);
            if (dir == 0 && TimeLexicon.Fold(m.Groups["det"].Value) is "last") dir = -1;
            if (dir == 0 && TimeLexicon.Fold(m.Groups["det"].Value) is "next") dir = 1;
            n = published.Year / 100 + 1 + dir;
        }
        return n is < 1 or > 30 ? null : (TimexType.Date, (n - 1).ToString("D2", CultureInfo.InvariantCulture) + "XX");
    }

    /// <summary>The number of a century written as an ordinal word ("dix-neuvième" 19, "vingt et unième" 21); 0 if none.</summary>
    private static int CenturyOrdinal(string word)
    {
        var w = word.Replace(' ', '-');
        if (w.StartsWith("vingt-et-un", StringComparison.Ordinal)) return 21;
        if (w is "premier") return 1;
        if (w is "second") return 2;
        int tens = 0;
        if (w.StartsWith("dix-", StringComparison.Ordinal)) { tens = 10; w = w[4..]; }
        int units = w switch
        {
            "deuxieme" => 2, "troisieme" => 3, "quatrieme" => 4, "cinquieme" => 5, "sixieme" => 6, "septieme" => 7, "huitieme" => 8,
            "neuvieme" => 9, "dixieme" => 10, "onzieme" => 11, "douzieme" => 12, "treizieme" => 13, "quatorzieme" => 14,
            "quinzieme" => 15, "seizieme" => 16, "vingtieme" => 20, _ => 0,
        };
        return units == 0 ? 0 : tens + units;
    }

    private static int DayNumber(string s) =>
        s.StartsWith("1er", StringComparison.OrdinalIgnoreCase) || s.Equals("premier", StringComparison.OrdinalIgnoreCase) ? 1
        : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
}
