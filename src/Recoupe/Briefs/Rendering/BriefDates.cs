using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// The dates a brief spans, as its sources give them. The story's stored range is an instant per article (a month-only
/// date stands for its first day, an undated article for when it arrived), which can name a day no source gives; a
/// reader is shown the sources' own dates instead: the earliest and latest publication days, or months or years when no
/// source gives a day, or "undated".
/// </summary>
public static class BriefDates
{
    public static (string From, string To) Range(IEnumerable<BriefArticle> articles)
    {
        var stamps = articles.Select(a => DateStamp.TryParseIso(a.Published)).OfType<DateStamp>().ToList();
        if (stamps.Count == 0) return ("undated", "undated");
        // The finest precision any source gives, at most the day: a time of day is not what a range of days needs.
        var finest = (DatePrecision)Math.Min((int)DatePrecision.Day, (int)stamps.Max(s => s.Precision));
        var given = stamps.Where(s => s.Precision >= finest).Select(s => new DateStamp(s.Value, finest)).OrderBy(s => s.Value).ToList();
        return (given[0].ToIso(), given[^1].ToIso());
    }

    /// <summary>"2023-09-05 → 2023-09-12", or one date when the story is one day's.</summary>
    public static string Text(IEnumerable<BriefArticle> articles)
    {
        var (from, to) = Range(articles);
        return from == to ? from : $"{from} → {to}";
    }
}
