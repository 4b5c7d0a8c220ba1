using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// The dates a brief spans, as its sources give them. The story's stored range is an instant per article (a month-only
/// date stands for its first day, an undated article for when it arrived), which can name a day no source gives
/// ("2023-09-01" for a source dated "2023-09"); a reader is shown the sources' own dates instead, each at the precision
/// its source gives (a time of day cut to the day): from the earliest to the latest. When no source gives a date, the
/// dates inferred for them (dateline, text, day received) are shown, said to be inferred; with none either, "undated".
/// </summary>
public static class BriefDates
{
    public static (string From, string To) Range(IEnumerable<BriefArticle> articles)
    {
        var list = articles as IReadOnlyCollection<BriefArticle> ?? articles.ToList();
        return Span(list.Select(a => a.Published)) ?? Span(list.Select(a => a.Date)) ?? ("undated", "undated");
    }

    /// <summary>Whether <see cref="Range"/> gives inferred dates: no source gives a publication date, but some have an inferred one.</summary>
    public static bool IsInferred(IEnumerable<BriefArticle> articles) =>
        articles.All(a => a.Published is null) && articles.Any(a => a.Date is not null);

    /// <summary>"2023-09-05 → 2023-09-12", or one date when the story is one day's; "(inferred)" after inferred dates.</summary>
    public static string Text(IEnumerable<BriefArticle> articles)
    {
        var list = articles as IReadOnlyCollection<BriefArticle> ?? articles.ToList();
        var (from, to) = Range(list);
        return (from == to ? from : $"{from} → {to}") + (IsInferred(list) ? " (inferred)" : "");
    }

    private static (string From, string To)? Span(IEnumerable<string?> dates)
    {
        var stamps = dates.Select(DateStamp.TryParseIso).OfType<DateStamp>()
            .Select(s => s.Precision > DatePrecision.Day ? new DateStamp(s.Value, DatePrecision.Day) : s).ToList();
        if (stamps.Count == 0) return null;
        // Ordered by where each period starts; at the same start the finer date is the one a reader can use.
        var from = stamps.OrderBy(s => s.Value).ThenByDescending(s => s.Precision).First();
        var to = stamps.OrderByDescending(s => s.Value).ThenByDescending(s => s.Precision).First();
        return (from.ToIso(), to.ToIso());
    }
}
