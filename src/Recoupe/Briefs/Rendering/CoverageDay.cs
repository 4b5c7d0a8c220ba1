using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// The day a coverage chart puts an article on: its publication day, else the day its own text gives (dateline, a written
/// date), marked as read from the text so the chart can draw it apart. The day an article was received is not the day it
/// was written (an archive ingested today would pile up on today), so such articles stay out of the chart and are
/// counted in its note, as articles with no day are.
/// </summary>
public static class CoverageDay
{
    public static (DateOnly Day, bool FromText)? Of(BriefArticle a)
    {
        if (DateStamp.TryParseIso(a.Published) is { Precision: >= DatePrecision.Day } published)
            return (DateOnly.FromDateTime(published.Value), false);
        if (DateSourceNames.Parse(a.DateSource) is DateSource.Dateline or DateSource.Text
            && DateStamp.TryParseIso(a.Date) is { Precision: >= DatePrecision.Day } inferred)
            return (DateOnly.FromDateTime(inferred.Value), true);
        return null;
    }
}
