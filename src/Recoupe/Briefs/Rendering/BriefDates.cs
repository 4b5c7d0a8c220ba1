using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// The dates a brief spans, as its sources give them. The story's stored range is an instant per article (a month-only
/// date stands for its first day, an undated article for when it arrived), which can name a day no source gives
/// ("2023-09-01" for a source dated "2023-09"); a reader is shown the sources' own dates instead, each at the precision
/// its source gives (a time of day cut to the day): from the earliest to the latest, or "undated".
/// </summary>
public static class BriefDates
{
    public static (string From, string To) Range(IEnumerable<BriefArticle> articles)
    {
        var stamps = articles.Select(a => DateStamp.TryParseIso(a.Published)).OfType<DateStamp>()
            .Select(s => s.Precision > DatePrecision.Day ? new DateStamp(s.Value, DatePrecision.Day) : s).ToList();
        if (stamps.Count == 0) return ("undated", "undated");
        // Ordered by where each period starts; at the same start the finer date is the one a reader can use.
        var ordered = stamps.OrderBy(s => s.Value).ThenByDescending(s => s.Precision).ToList();
        var from = ordered[0];
        var to = stamps.OrderByDescending(s => s.Value).ThenByDescending(s => s.Precision).First();
        return (from.ToIso(), to.ToIso());
    }

    /// <summary>"2023-09-05 → 2023-09-12", or one date when the story is one day's.</summary>
    public static string Text(IEnumerable<BriefArticle> articles)
    {
        var (from, to) = Range(articles);
        return from == to ? from : $"{from} → {to}";
    }
}
