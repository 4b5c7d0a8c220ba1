using System.Globalization;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// A TIMEX3 value as a reader says it, in French or English: "2023-09-12" is "12 septembre 2023", "2023-W37"
/// "semaine 37 de 2023", "199X" "années 1990", "P3D" "3 jours", "PRESENT_REF" "maintenant". A journalist reads the
/// timeline and the annotations without decoding ISO. A value this does not know is returned as it is.
/// </summary>
public static class TimexLabel
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] FrenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] EnglishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrenchDays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
    private static readonly string[] EnglishDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Of(string value, TimexType type, string? language)
    {
        bool fr = language != "en";
        if (string.IsNullOrEmpty(value)) return value;
        return value switch
        {
            "PRESENT_REF" => fr ? "maintenant" : "now",
            "PAST_REF" => fr ? "le passé" : "the past",
            "FUTURE_REF" => fr ? "l'avenir" : "the future",
            _ when type == TimexType.Duration => Length(value, fr) ?? value,
            _ when type == TimexType.Set => Recurrence(value, fr) ?? value,
            _ => Calendar(value, fr) ?? value,
        };
    }

    /// <summary>Dates and times: a day, month, year, week, quarter, half, season, decade, century, with a time or part of day.</summary>
    private static string? Calendar(string value, bool fr)
    {
        if (value.Length >= 4 && value[..4] is var y && y.All(char.IsDigit))
        {
            if (value.Length == 4) return y;
            if (value.Length < 7 || value[4] != '-') return null;
            var rest = value[5..];
            if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, Inv, out int month) && month is >= 1 and <= 12)
                return (fr ? FrenchMonths : EnglishMonths)[month - 1] + " " + y;
            if (rest.Length >= 5 && DateTime.TryParseExact(value[..10], "yyyy-MM-dd", Inv, DateTimeStyles.None, out var day))
            {
                var date = fr ? $"{(day.Day == 1 ? "1er" : day.Day.ToString(Inv))} {FrenchMonths[day.Month - 1]} {y}" : $"{day.Day} {EnglishMonths[day.Month - 1]} {y}";
                if (value.Length == 10) return date;
                return value[10] == 'T' ? date + TimeOfDay(value[11..], fr) : null;
            }
            if (rest.StartsWith('W') && rest.Length >= 3 && int.TryParse(rest.AsSpan(1, 2), NumberStyles.None, Inv, out int week))
            {
                var w = fr ? $"semaine {week} de {y}" : $"week {week} of {y}";
                return rest.EndsWith("-WE", StringComparison.Ordinal) ? (fr ? "week-end de la " : "weekend of ") + w : rest.Length == 3 ? w : null;
            }
            return rest switch
            {
                "Q1" or "Q2" or "Q3" or "Q4" => fr ? $"{(rest[1] == '1' ? "1er" : rest[1] + "e")} trimestre {y}" : $"{rest} {y}",
                "H1" or "H2" => fr ? $"{(rest[1] == '1' ? "1er" : "2e")} semestre {y}" : $"{(rest[1] == '1' ? "first" : "second")} half of {y}",
                "SP" => (fr ? "printemps " : "spring ") + y,
                "SU" => (fr ? "été " : "summer ") + y,
                "FA" => (fr ? "automne " : "autumn ") + y,
                "WI" => (fr ? "hiver " : "winter ") + y,
                _ => null,
            };
        }
        // "199X": a decade; "19XX": a century (the 1900s: the 20th century)
        if (value.Length == 4 && value.EndsWith('X') && int.TryParse(value.AsSpan(0, 3), NumberStyles.None, Inv, out int decade))
            return fr ? $"années {decade}0" : $"the {decade}0s";
        if (value.Length == 4 && value.EndsWith("XX", StringComparison.Ordinal) && int.TryParse(value.AsSpan(0, 2), NumberStyles.None, Inv, out int century))
            return fr ? $"{century + 1}e siècle" : $"{century + 1}th century";
        return null;
    }

    private static string TimeOfDay(string time, bool fr)
    {
        if (time.Length >= 5 && time[2] == ':' && int.TryParse(time.AsSpan(0, 2), NumberStyles.None, Inv, out int h) && int.TryParse(time.AsSpan(3, 2), NumberStyles.None, Inv, out int m))
            return fr ? (m == 0 ? $" à {h} h" : $" à {h} h {m:D2}") : $" at {h:D2}:{m:D2}";
        return time switch
        {
            "MO" => fr ? ", le matin" : ", morning",
            "MI" => fr ? ", à midi" : ", midday",
            "AF" => fr ? ", l'après-midi" : ", afternoon",
            "EV" => fr ? ", le soir" : ", evening",
            "NI" => fr ? ", la nuit" : ", night",
            _ => "",
        };
    }

    /// <summary>"P3D" "3 jours", "P1Y" "1 an", "PT2H" "2 heures", "PXM" "des mois"; a compound length stays ISO.</summary>
    private static string? Length(string value, bool fr)
    {
        if (value.Length < 3 || value[0] != 'P') return null;
        bool time = value[1] == 'T';
        var body = value[(time ? 2 : 1)..];
        var unit = body[^1..];
        var amount = body[..^1];
        var (one, many, enOne, enMany) = (time, unit) switch
        {
            (false, "D") => ("jour", "jours", "day", "days"),
            (false, "W") => ("semaine", "semaines", "week", "weeks"),
            (false, "M") => ("mois", "mois", "month", "months"),
            (false, "Y") => ("an", "ans", "year", "years"),
            (false, "E") when amount.EndsWith('D') => ("décennie", "décennies", "decade", "decades"),
            (true, "H") => ("heure", "heures", "hour", "hours"),
            (true, "M") => ("minute", "minutes", "minute", "minutes"),
            (true, "S") => ("seconde", "secondes", "second", "seconds"),
            _ => (null, null, null, null),
        };
        if (one is null) return null;
        if (unit == "E") amount = amount[..^1];
        if (amount == "X") return fr ? "des " + (many == "ans" ? "années" : many) : enMany;
        if (!decimal.TryParse(amount, NumberStyles.Number, Inv, out var n)) return null;
        return n == 1 ? (fr ? "1 " + one : "1 " + enOne) : $"{n.ToString("0.###", fr ? CultureInfo.GetCultureInfo("fr-FR") : Inv)} {(fr ? many : enMany)}";
    }

    /// <summary>"XXXX-WXX-1" "chaque lundi", "P1D" "chaque jour"; other sets stay ISO.</summary>
    private static string? Recurrence(string value, bool fr)
    {
        if (value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && value.Length == 10 && value[9] is >= '1' and <= '7')
            return (fr ? "chaque " : "every ") + (fr ? FrenchDays : EnglishDays)[value[9] - '1'];
        return value switch
        {
            "P1D" => fr ? "chaque jour" : "every day",
            "P1W" => fr ? "chaque semaine" : "every week",
            "P1M" => fr ? "chaque mois" : "every month",
            "P1Y" => fr ? "chaque année" : "every year",
            _ => null,
        };
    }
}
