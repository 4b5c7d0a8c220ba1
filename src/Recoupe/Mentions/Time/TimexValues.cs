using System.Globalization;

namespace Recoupe.Mentions.Time;

/// <summary>Small TIMEX3 value builders shared by the resolver.</summary>
internal static class TimexValues
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>TIMEX3 part-of-day code: MO, MI, AF, EV, NI, DT; or a clock time ("12:00") for noon. Reads modifiers too ("fin de journée" EV).</summary>
    public static string? PartOfDay(string? part)
    {
        if (string.IsNullOrEmpty(part)) return null;
        var p = TimeLexicon.Fold(part);
        // the edges of the day first: "la tombée de la nuit" is the evening, "le petit jour" the morning
        if (p.Contains("tombee", StringComparison.Ordinal) || p.Contains("crepuscule", StringComparison.Ordinal) || p.Contains("dusk", StringComparison.Ordinal)
            || p.Contains("nightfall", StringComparison.Ordinal) || p.Contains("fin de journee", StringComparison.Ordinal)) return "EV";
        if (p.Contains("aube", StringComparison.Ordinal) || p.Contains("petit", StringComparison.Ordinal) || p.Contains("dawn", StringComparison.Ordinal)
            || p.Contains("daybreak", StringComparison.Ordinal) || p.Contains("debut de journee", StringComparison.Ordinal)) return "MO";
        if (p.Contains("mi-journee", StringComparison.Ordinal) || p.Contains("milieu de journee", StringComparison.Ordinal)) return "MI";
        if (p.Contains("apres-midi", StringComparison.Ordinal) || p.Contains("afternoon", StringComparison.Ordinal)) return "AF";
        if (p.Contains("matin", StringComparison.Ordinal) || p.Contains("morning", StringComparison.Ordinal)) return "MO";
        if (p.Contains("soir", StringComparison.Ordinal) || p.Contains("evening", StringComparison.Ordinal)) return "EV";
        if (p.Contains("nuit", StringComparison.Ordinal) || p.Contains("night", StringComparison.Ordinal)) return "NI";
        if (p.Contains("journee", StringComparison.Ordinal)) return "DT";
        if (p.Contains("midi", StringComparison.Ordinal) || p.Contains("noon", StringComparison.Ordinal)) return "12:00";
        return null;
    }

    /// <summary>"P3D", "PT30.4S", "PXY": a period of <paramref name="amount"/> units (null amount: unspecified).</summary>
    public static string? Period(decimal? amount, string unitWord)
    {
        var unit = TimeLexicon.Unit(unitWord);
        if (unit is null) return null;
        var (letter, timeOfDay, factor) = unit.Value;
        if (letter == "WE") return amount is null ? "PXWE" : "P" + Format(amount.Value) + "WE";
        string n = amount is null ? "X" : Format(amount.Value * factor);
        return (timeOfDay ? "PT" : "P") + n + letter;
    }

    /// <summary>
    /// Two lengths added, in one value: "deux mois et un jour" P2M1D, "un jour et deux heures" P1DT2H; null when the
    /// units come in the wrong order ("un jour et deux mois") or repeat, or a number is vague.
    /// </summary>
    public static string? Sum(decimal? n1, string unit1, decimal? n2, string unit2)
    {
        if (n1 is null || n2 is null || TimeLexicon.Unit(unit1) is not { } u1 || TimeLexicon.Unit(unit2) is not { } u2) return null;
        int r1 = Rank(u1.Unit, u1.TimeOfDay), r2 = Rank(u2.Unit, u2.TimeOfDay);
        if (r1 < 0 || r2 <= r1) return null;
        string Part(decimal n, (string Unit, bool TimeOfDay, decimal Factor) u) => Format(n * u.Factor) + u.Unit;
        var date = (u1.TimeOfDay ? "" : Part(n1.Value, u1)) + (u2.TimeOfDay ? "" : Part(n2.Value, u2));
        var time = (u1.TimeOfDay ? Part(n1.Value, u1) : "") + (u2.TimeOfDay ? Part(n2.Value, u2) : "");
        return "P" + date + (time.Length > 0 ? "T" + time : "");
    }

    /// <summary>The order of units in an ISO 8601 duration (years first, seconds last); -1 for the units that do not combine.</summary>
    private static int Rank(string unit, bool timeOfDay) => (unit, timeOfDay) switch
    {
        ("Y", false) => 0, ("M", false) => 1, ("W", false) => 2, ("D", false) => 3, ("H", true) => 4, ("M", true) => 5, ("S", true) => 6, _ => -1,
    };

    /// <summary>"n and a half" units: "deux heures et demie" PT2H30M, "un an et demi" P18M, "trois jours et demi" PT84H.</summary>
    public static string? HalfMore(decimal n, string unitWord)
    {
        if (TimeLexicon.Unit(unitWord) is not { } unit || n != decimal.Truncate(n)) return null;
        var (letter, timeOfDay, factor) = unit;
        return (letter, timeOfDay) switch
        {
            ("H", true) => "PT" + Format(n) + "H30M",
            ("M", true) => "PT" + Format(n) + "M30S",
            ("Y", false) => "P" + Format(12 * n + 6) + "M",
            ("D", false) => "PT" + Format(24 * n + 12) + "H",
            ("CE", false) => "P" + Format(100 * n + 50) + "Y",
            _ => "P" + Format((n + 0.5m) * factor) + letter,
        };
    }

    public static string Format(decimal d) => d.ToString("0.###", Inv);

    public static string Clock(int hour, int minute) => hour.ToString("D2", Inv) + ":" + minute.ToString("D2", Inv);

    /// <summary>A day value plus a time ("2023-09-12T14:02", "2023-09-12TMO"); unknown days get X's.</summary>
    public static string WithTime(string? dayValue, string time)
    {
        if (dayValue is null || dayValue.Length != 10) dayValue = "XXXX-XX-XX";
        return dayValue + "T" + time;
    }

    public static int Roman(string s)
    {
        int total = 0, prev = 0;
        for (int i = s.Length - 1; i >= 0; i--)
        {
            int v = char.ToUpperInvariant(s[i]) switch { 'I' => 1, 'V' => 5, 'X' => 10, _ => 0 };
            total += v < prev ? -v : v;
            prev = Math.Max(prev, v);
        }
        return total;
    }
}
