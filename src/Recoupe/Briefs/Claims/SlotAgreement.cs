using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// How the figures and dates of two claims line up. A figure of one claim meets the figures of the other that measure the same
/// thing (<see cref="Quantity.Key"/>): the same, compatible, different, or missing (the other gives no figure of that thing).
/// Dates of the same precision are the same (one within the other) or different.
/// </summary>
internal readonly record struct SlotAgreement(
    int SameValues, int CompatibleValues, int DifferentValues, int MissingValues,
    int SameDates, int DifferentDates,
    (Quantity A, Quantity B)? DifferentValue, (TimeMention A, TimeMention B)? DifferentDate)
{
    public static SlotAgreement Of(ClaimFrame a, ClaimFrame b)
    {
        int same = 0, compatible = 0, different = 0, missing = 0;
        (Quantity, Quantity)? firstDifferent = null;
        foreach (var x in a.Quantities)
        {
            var best = ValueAgreement.Different;
            Quantity? rival = null;
            bool comparable = false;
            foreach (var y in b.Quantities)
            {
                if (y.Unit != x.Unit) continue;
                // Figures measure the same thing when both say it alike; when either does not say, they may still agree
                // (same figure, same unit), but they only differ when both are measures of one kind (sums, areas).
                bool sameThing = x.IsSpecific && y.IsSpecific ? x.Key == y.Key : !x.IsSpecific && !y.IsSpecific && x.IsMeasure;
                if (!sameThing && x.IsSpecific && y.IsSpecific) continue;
                var agreement = Quantity.Compare(x, y);
                if (!sameThing && agreement == ValueAgreement.Different) continue;
                if (rival is null || agreement < best) { best = agreement; rival = y; comparable = sameThing; }
            }
            if (rival is null) missing++;
            else if (best == ValueAgreement.Same) same++;
            else if (best == ValueAgreement.Compatible) compatible++;
            else if (comparable)
            {
                different++;
                firstDifferent ??= (x, rival);
            }
            else missing++;
        }
        var (sameDates, differentDates, firstDate) = Dates(a, b);
        return new SlotAgreement(same, compatible, different, missing, sameDates, differentDates, firstDifferent, firstDate)
        {
            DifferentDatesAcrossPrecision = sameDates == 0 && differentDates == 0 && OtherMonthOrDay(a, b) ? 1 : 0,
        };
    }

    /// <summary>
    /// Dates of different precisions that cannot be the same time ("en juillet" / "le 5 août"): no confirmation of one another, so
    /// never cited for one fact. Only the exact-precision case is a conflict (<see cref="DifferentDates"/>): a month against a day
    /// is too often two moments of one story to be shown as a disagreement.
    /// </summary>
    public int DifferentDatesAcrossPrecision { get; init; }

    /// <summary>
    /// The same day and month in two years ("le 28 janvier" read as 2005 in one article and 2008 in another): outlets seldom give
    /// the year of a day, so its year is inferred from the article's own date or context, and a different year there is far more
    /// often a misread year than two events on one calendar day. Taken as the same date (never a conflict).
    /// </summary>
    private static bool SameDayOtherYear(string x, string y) =>
        x.Length >= 10 && y.Length >= 10 && x.AsSpan(4, 6).SequenceEqual(y.AsSpan(4, 6)) && !x.AsSpan(0, 4).SequenceEqual(y.AsSpan(0, 4));

    /// <summary>A month or day of one that no month or day of the other fits, when neither gives more than two dates.</summary>
    private static bool OtherMonthOrDay(ClaimFrame a, ClaimFrame b)
    {
        if (a.Dates.Length == 0 || b.Dates.Length == 0 || a.Dates.Length > 2 || b.Dates.Length > 2) return false;
        foreach (var x in a.Dates)
        foreach (var y in b.Dates)
        {
            string dx = TimeValues.Day(x.Value), dy = TimeValues.Day(y.Value);
            if (dx.Length >= 7 && dy.Length >= 7 && dx.Length != dy.Length && !TimeValues.SameMoment(dx, dy)
                && !TimeValues.Compatible(dx[4..], dy[4..])) return true;
        }
        return false;
    }

    /// <summary>Calendar dates: shared (compatible) ones, and a pair of the same precision that no date of the other sentence fits.</summary>
    private static (int Same, int Different, (TimeMention, TimeMention)? First) Dates(ClaimFrame a, ClaimFrame b)
    {
        if (a.Dates.Length == 0 || b.Dates.Length == 0) return (0, 0, null);
        int same = 0;
        foreach (var x in a.Dates)
            if (b.Dates.Any(y => TimeValues.SameMoment(x.Value, y.Value) || SameDayOtherYear(x.Value, y.Value))) same++;
        if (same > 0 || a.Dates.Length > 2 || b.Dates.Length > 2) return (same, 0, null);
        foreach (var x in a.Dates)
        foreach (var y in b.Dates)
            if (TimeValues.Day(x.Value).Length == TimeValues.Day(y.Value).Length) return (0, 1, (x, y));
        return (0, 0, null);
    }
}
