using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>Times of day and parts of day, on the day of the nearest date in the text (or their own day name).</summary>
internal sealed partial class TimeResolver
{
    private (TimexType, string) Clock(Match m)
    {
        // digits ("14 h 30"), or words with their part of day ("une heure et demie du matin")
        int h = m.Groups["hw"].Success ? (int)(TimeLexicon.Number(m.Groups["hw"].Value) ?? 0) : int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int min = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            : m.Groups["half"].Success ? (TimeLexicon.Fold(m.Groups["half"].Value).EndsWith("quart", StringComparison.Ordinal) ? 15 : 30) : 0;
        var ampm = TimeLexicon.Fold(m.Groups["ampm"].Value);
        if ((ampm.StartsWith('p') || ampm is "du soir" || ampm.EndsWith("apres-midi", StringComparison.Ordinal)) && h < 12) h += 12;
        else if (ampm.StartsWith('a') && h == 12) h = 0;
        var day = m.Groups["wd"].Success ? WeekdayValue(m.Groups["wd"].Value, 0) : ReferenceDay(0);
        return (TimexType.Time, TimexValues.WithTime(day, TimexValues.Clock(h, min)));
    }

    private (TimexType, string) NoonMidnight(Match m)
    {
        var w = TimeLexicon.Fold(m.Groups["w"].Value);
        bool midnight = w is "minuit" or "midnight";
        // "midi et demi", "minuit et quart": the minutes past; midnight's then belong to the day it starts
        int minutes = m.Groups["half"].Success ? (TimeLexicon.Fold(m.Groups["half"].Value) == "quart" ? 15 : 30) : 0;
        string clock = minutes == 0 ? (midnight ? "24:00" : "12:00") : TimexValues.Clock(midnight ? 0 : 12, minutes);
        return (TimexType.Time, TimexValues.WithTime(ReferenceDay(0), clock));
    }

    private (TimexType, string) PartOfDay(Match m)
    {
        var pre = TimeLexicon.Fold(m.Groups["pre"].Value);
        // the modifier can change the part: "en fin de journée" is the evening
        var part = TimexValues.PartOfDay(m.Groups["pre"].Value.TrimEnd() + " " + m.Groups["part"].Value) ?? "DT";
        string day = pre switch
        {
            "ce" or "cet" or "cette" or "this" => publication.RelativeDay(0),
            "last" => publication.RelativeDay(-1),
            "la" when m.Groups["rel"].Success => publication.RelativeDay(-1), // "la nuit dernière"
            _ => ReferenceDay(0),
        };
        return WithPart(day, part);
    }

    /// <summary>
    /// "la nuit de samedi à dimanche", "la nuit du 4 au 5 mai": the night begins on the first day. Other parts of a named
    /// day ("le soir du 3 mai", "la matinée de jeudi") take that day.
    /// </summary>
    private (TimexType, string) NightOf(Match m)
    {
        string dayValue;
        if (m.Groups["wd"].Success) dayValue = WeekdayValue(m.Groups["wd"].Value, 0);
        else if (m.Groups["month"].Success && DayNumber(m.Groups["day"].Value) is var d and > 0)
        {
            int month = TimeLexicon.Month(m.Groups["month"].Value);
            int year = m.Groups["year"].Success ? FullYear(m.Groups["year"].Value) : _anchor.YearFor(month, d, Direction(m));
            dayValue = year == 0 || d > DateTime.DaysInMonth(year, month) ? "XXXX-XX-XX" : TimeAnchor.DayValue(new DateTime(year, month, d));
        }
        else dayValue = ReferenceDay(0);
        return WithPart(dayValue, m.Groups["part"].Success ? TimexValues.PartOfDay(m.Groups["part"].Value) ?? "NI" : "NI");
    }
}
