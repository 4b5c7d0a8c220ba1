using System.Globalization;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>How a figure is qualified: as it is, a floor ("au moins 13", "more than"), a ceiling ("jusqu'à"), or about ("près de", "environ").</summary>
internal enum QuantityBound { Exact, AtLeast, AtMost, About }

/// <summary>Whether two figures of the same thing say the same: the same figure, compatible (a floor and a figure above it, a figure inside a range), or different.</summary>
internal enum ValueAgreement { Same, Compatible, Different }

/// <summary>
/// A figure of a sentence, normalised: "4,6 km2" → 4.6 km2, "15,5 milliards d'euros" → 1.55e10 EUR, "28 à 35 heures" → [28, 35] h,
/// "une vingtaine de morts" → about 20 "mort". <see cref="Counted"/> is the stem of what it counts (the noun after it), and
/// <see cref="CountedClass"/> its event class ("death toll" for "morts", "tués", "victimes"), so that "13 morts" and
/// "13 personnes tuées" are figures of one thing.
/// </summary>
/// <param name="Span">The figure as written, in the article's text (number, scale and unit).</param>
/// <param name="Low">The figure, or the low end of a range.</param>
/// <param name="High">Equal to <paramref name="Low"/> unless a range.</param>
/// <param name="Unit">Canonical unit: "" (a count), "%", "EUR", "USD", "GBP", "km2" (hectares are converted), "km", "m", "h", "min", "day", "week", "month", "year", "t", "kg", "°C".</param>
/// <param name="Scaled">Written with a scale word ("milliards", "millions"): such figures are rounded, so close values agree.</param>
internal sealed record Quantity(TextSpan Span, double Low, double High, QuantityBound Bound, string Unit, string Counted, string? CountedClass, bool Scaled)
{
    public bool IsRange => High > Low;

    /// <summary>The value the text says the figure changed from ("passé de 19 à 26 milliards": 19e9, Low = High = 26e9); null when none.</summary>
    public double? From { get; init; }

    /// <summary>The other figure is where this one changed from: the two are steps of one evolving figure, not two versions.</summary>
    public bool ChangedFrom(Quantity other) =>
        From is double f && other.Unit == Unit && Math.Abs(f - other.Low) <= 1e-9 * Math.Max(1, Math.Abs(f)) && !other.IsRange;

    /// <summary>What the figure measures, for comparing figures: the event class of what it counts, else its stem, else its unit.</summary>
    public string Key => CountedClass ?? (Counted.Length > 0 ? Counted + "|" + Unit : "|" + Unit);

    /// <summary>A toll: dead, injured, arrested, evacuated (a count of people that a story's reports restate as it grows).</summary>
    public bool IsCountClassFigure => Conflicts.EventPredicates.IsPeopleCount(CountedClass);

    /// <summary>The text says what the figure counts ("13 morts", "4,6 km2 de forêt").</summary>
    public bool IsSpecific => CountedClass is not null || Counted.Length > 0;

    /// <summary>
    /// Figures in these units mean the same kind of thing even when the text does not say what they measure (a sum of money, an
    /// area, a mass); a bare percentage, duration or count does not (an age and a length of service are both "ans").
    /// </summary>
    public bool IsMeasure => Unit is "EUR" or "USD" or "GBP" or "km2" or "m2" or "ha" or "t" or "kg";

    /// <summary>The figure in plain notation ("1.55e10 EUR", "28-35 h"), for keys and display next to the words.</summary>
    public string Normalised
    {
        get
        {
            var low = Low.ToString("G6", CultureInfo.InvariantCulture);
            var value = IsRange ? low + "-" + High.ToString("G6", CultureInfo.InvariantCulture) : low;
            var prefix = Bound switch { QuantityBound.AtLeast => ">=", QuantityBound.AtMost => "<=", QuantityBound.About => "~", _ => "" };
            return prefix + value + (Unit.Length > 0 ? " " + Unit : "");
        }
    }

    /// <summary>
    /// Compares two figures of the same thing. Ranges agree only end for end ("28 à 35 heures" is not "28 à 32 heures"); a figure
    /// inside a range, or just above a floor (<see cref="FloorReach"/>), is compatible; "about" leaves 10 % (2 % for a figure written
    /// to three significant digits); figures written with a scale word agree when one
    /// rounds to the other.
    /// </summary>
    public static ValueAgreement Compare(Quantity a, Quantity b)
    {
        if (a.Unit != b.Unit) return ValueAgreement.Different;
        if (a.Bound == b.Bound && Close(a.Low, b.Low, a, b) && Close(a.High, b.High, a, b)) return ValueAgreement.Same;
        if (a.Bound == QuantityBound.Exact && b.Bound == QuantityBound.Exact)
        {
            if (a.IsRange && !b.IsRange) return Within(b.Low, a) ? ValueAgreement.Compatible : ValueAgreement.Different;
            if (b.IsRange && !a.IsRange) return Within(a.Low, b) ? ValueAgreement.Compatible : ValueAgreement.Different;
            return ValueAgreement.Different;
        }
        if (a.Bound == QuantityBound.About || b.Bound == QuantityBound.About)
            return Math.Abs(a.Low - b.Low) <= AboutTolerance(a, b) * Math.Max(Math.Abs(a.Low), Math.Abs(b.Low)) ? ValueAgreement.Compatible : ValueAgreement.Different;
        // A floor or a ceiling against a figure: compatible when the figure lies on the right side of it.
        if (a.Bound != QuantityBound.Exact && b.Bound == QuantityBound.Exact) return Respects(a, b.Low) ? ValueAgreement.Compatible : ValueAgreement.Different;
        if (b.Bound != QuantityBound.Exact && a.Bound == QuantityBound.Exact) return Respects(b, a.Low) ? ValueAgreement.Compatible : ValueAgreement.Different;
        // Two floors (or two ceilings) of different figures are two reports of the figure, not one.
        return ValueAgreement.Different;
    }

    private static bool Within(double x, Quantity range) => x >= range.Low && x <= range.High;

    /// <summary>
    /// "Plus de 50 000" in a news report means the figure has just passed 50 000: a reporter with 200 000 would say so. A figure
    /// beyond this multiple of a floor is another report (a later count, another thing), not a confirmation.
    /// </summary>
    public const double FloorReach = 1.5;

    /// <summary>
    /// "About" leaves 10 %, but a figure written to three significant digits ("environ 64,1 %") is precise whatever the hedge:
    /// it leaves 2 %, so that two different measurements are not read as one.
    /// </summary>
    private static double AboutTolerance(Quantity a, Quantity b) => Precise(a) || Precise(b) ? 0.02 : 0.1;

    /// <summary>Written to three significant digits or more without a scale word ("64,1", "1 234"), not "4,6" nor "450".</summary>
    private static bool Precise(Quantity q) => !q.Scaled && !q.IsRange && q.Low != 0 && Resolution(q.Low) / Math.Abs(q.Low) <= 0.005;

    private static bool Respects(Quantity bound, double x) => bound.Bound switch
    {
        QuantityBound.AtLeast => x >= bound.Low && x <= FloorReach * bound.Low,
        QuantityBound.AtMost => x <= bound.High,
        _ => true,
    };

    /// <summary>Equal, or one a rounding of the other when either was written with a scale word ("1,2 million" / "1 234 567").</summary>
    private static bool Close(double x, double y, Quantity a, Quantity b)
    {
        if (Math.Abs(x - y) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)))) return true;
        if (!a.Scaled && !b.Scaled) return false;
        double coarse = Math.Max(Resolution(x), Resolution(y));
        return Math.Abs(x - y) < coarse / 2;
    }

    /// <summary>The place value of the last non-zero digit (1.55e10 → 1e9; 1.2e6 → 1e5).</summary>
    private static double Resolution(double v)
    {
        v = Math.Abs(v);
        if (v == 0) return 1;
        double unit = Math.Pow(10, Math.Floor(Math.Log10(v)));
        for (int i = 0; i < 12; i++)
        {
            double r = v / unit;
            if (Math.Abs(r - Math.Round(r)) < 1e-6) return unit;
            unit /= 10;
        }
        return unit;
    }
}
