using System.Collections.Immutable;
using System.Globalization;
using Recoupe.Cleaning;
using Recoupe.Cleaning.Dates;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// Dates an article whose metadata gives no publication date, from what the time tagger read in its text (TIMEX3 values,
/// no date grammar of its own), in this order:
/// <list type="number">
/// <item>its dateline: a day at the head of the first sentence ("PARIS, 5 mars 2024 (AFP) –", "Le 12/03/2024, …",
/// "WASHINGTON, March 5 (Reuters) -"); a dateline without its year takes the year that puts it on or before the day
/// the article was received;</item>
/// <item>else the newest full calendar date (day, month and year) the text mentions that is not after the day it was
/// received (a later date is something announced, not the time of writing);</item>
/// <item>else, when the receiving time is known, the day it was received.</item>
/// </list>
/// Relative words ("hier", "mardi dernier", "yesterday") cannot date an undated text: they count from the date of
/// writing, which is what is being looked for (without an anchor the tagger writes them "XXXX-XX-XX" and they are
/// passed over). Once a dateline dates the article they resolve against it (<see cref="Pipeline.RecoupePipeline.Analyze"/>).
/// Never the newest date in the store: that would make an article's date depend on what arrived before it.
/// </summary>
public static class TextDate
{
    /// <summary>
    /// How far into the first sentence a dateline's date may start: past the place and an agency's name
    /// ("SAINT-PIERRE-ET-MIQUELON, " …) but not deep into the sentence, where a date is an event's.
    /// </summary>
    public const int DatelineReach = 60;

    public static (DateStamp Date, DateSource Source)? Infer(string text, ArticleAnnotations annotations, DateTime? receivedAt)
    {
        if (Dateline(text, annotations.Sentences, annotations.Times, receivedAt) is { } dateline) return (dateline, DateSource.Dateline);
        if (NewestMentioned(annotations.Times, receivedAt) is { } mentioned) return (mentioned, DateSource.Text);
        return receivedAt is { } r ? (new DateStamp(r, DatePrecision.Day), DateSource.Ingested) : null;
    }

    /// <summary>The day named at the head of the text, before its first sentence ends, or null.</summary>
    public static DateStamp? Dateline(string text, ImmutableArray<Sentence> sentences, ImmutableArray<TimeMention> times, DateTime? receivedAt)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int headEnd = sentences.Length > 0 ? sentences[0].Span.End : text.Length;
        int line = text.IndexOf('\n', start);
        if (line >= 0 && line < headEnd) headEnd = line;
        if (headEnd <= start) return null;
        TimeMention? first = null;
        foreach (var t in times)
            if (t.Type is TimexType.Date or TimexType.Time && (first is null || t.Span.Start < first.Span.Start)) first = t;
        var latest = receivedAt is { } r ? r + PublishedRange.FutureSlack : PublishedRange.Latest;
        if (first is null || first.NamesNow || first.Span.Start - start > DatelineReach || first.Span.End > headEnd)
            return Written(text[start..headEnd], latest);
        if (!TryDay(first.Value, out int year, out int month, out int day)) return null;
        if (year == 0)
        {
            // "March 5" with no year: the last March 5 on or before the day received (an agency dateline rarely names its year).
            if (receivedAt is not { } received) return null;
            year = received.Year;
            if (!IsDay(year, month, day) || new DateTime(year, month, day) > latest) year--;
        }
        if (!IsDay(year, month, day)) return null;
        var date = new DateTime(year, month, day);
        return date < PublishedRange.Earliest || date > latest ? null : new DateStamp(date, DatePrecision.Day);
    }

    /// <summary>
    /// A numeric dateline ("Le 12/03/2024, …", "12.03.2024 –"), which the time grammar leaves to the metadata reader: the
    /// first date <see cref="DateStampFinder"/> (the reader of pages' visible dates) finds in the head, to the day.
    /// </summary>
    private static DateStamp? Written(string head, DateTime latest)
    {
        if (DateStampFinder.FindFirst(head) is not { } found || found.Index > DatelineReach || found.Stamp.Precision < DatePrecision.Day) return null;
        var day = found.Stamp.Value.Date;
        return day < PublishedRange.Earliest || day > latest ? null : new DateStamp(day, DatePrecision.Day);
    }

    /// <summary>The newest full date the text mentions on or before the day received (any, without a receiving time).</summary>
    public static DateStamp? NewestMentioned(ImmutableArray<TimeMention> times, DateTime? receivedAt)
    {
        var latest = receivedAt?.Date ?? PublishedRange.Latest;
        DateTime? newest = null;
        foreach (var t in times)
        {
            if (t.Type is not (TimexType.Date or TimexType.Time) || t.NamesNow) continue;
            if (!TryDay(t.Value, out int year, out int month, out int day) || year == 0 || !IsDay(year, month, day)) continue;
            var date = new DateTime(year, month, day);
            if (date < PublishedRange.Earliest || date > latest) continue;
            if (newest is null || date > newest) newest = date;
        }
        return newest is { } n ? new DateStamp(n, DatePrecision.Day) : null;
    }

    /// <summary>Reads "2024-03-05", "2024-03-05T10:00" or "XXXX-03-05" (year 0: unknown); anything else (a month, a week, "XXXX-XX-XX") is no day.</summary>
    private static bool TryDay(string value, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (value.Length < 10 || value[4] != '-' || value[7] != '-' || (value.Length > 10 && value[10] != 'T')) return false;
        var inv = CultureInfo.InvariantCulture;
        if (!int.TryParse(value.AsSpan(5, 2), NumberStyles.None, inv, out month) || !int.TryParse(value.AsSpan(8, 2), NumberStyles.None, inv, out day))
            return false;
        if (value.StartsWith("XXXX", StringComparison.Ordinal)) return true;
        return int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out year) && year > 0;
    }

    private static bool IsDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
