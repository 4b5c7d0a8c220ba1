using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Cleaning;
using Recoupe.Cleaning.Dates;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// Dates an article whose metadata gives no publication date, from what the time tagger read in its text (its TIMEX3
/// values; the date grammar stays the tagger's), in this order:
/// <list type="number">
/// <item>its dateline: a day that opens the text, alone or after a place ("PARIS, 5 mars 2024 (AFP) –", "Le 12/03/2024, …",
/// "WASHINGTON, March 5 (Reuters) -"). A dateline without its year ("March 5") must have the dateline's form (a place
/// before it or a dash or an agency after it) and takes the year that puts it on or before the day received; a bare
/// "Samedi 14 juin, …" opening a story is the day of an event, not of the writing;</item>
/// <item>else the newest full calendar date the text writes with its year that is not after the day received, not more
/// than <see cref="TextWindow"/> before it, and not announced (future lean), provided the text names no later month or
/// year (an article that mentions 2019 was not written on the 3 May 1921 it also recalls). A day whose year the
/// tagger took from the narrative is not used;</item>
/// <item>else, when the receiving time is known, the day it was received.</item>
/// </list>
/// Relative words ("hier", "mardi dernier", "yesterday") cannot date an undated text: they count from the date of
/// writing, which is what is being looked for (without an anchor the tagger writes them "XXXX-XX-XX"). Once a dateline
/// dates the article they resolve against it (<see cref="Pipeline.RecoupePipeline.Analyze"/>). Never the newest date in
/// the store: that would make an article's date depend on what arrived before it.
/// </summary>
public static partial class TextDate
{
    /// <summary>How far into the text a dateline's date may start: past a place and "le" ("SAINT-PIERRE-ET-MIQUELON, le ").</summary>
    public const int DatelineReach = 60;

    /// <summary>
    /// How long before its arrival a date written in the text may date the article: a report names the days of the week or
    /// month it covers; an older full date is mostly a reference ("la loi du 9 octobre 2013", an anniversary), and on RPM2's
    /// dev texts (2008 news, undated) the newest full dates written were such references in most of the 12 texts that had
    /// one. Past it, the day received says plainly what is known.
    /// </summary>
    public static readonly TimeSpan TextWindow = TimeSpan.FromDays(31);

    public static (DateStamp Date, DateSource Source)? Infer(string text, ArticleAnnotations annotations, DateTime? receivedAt)
    {
        if (Dateline(text, annotations.Sentences, annotations.Times, receivedAt) is { } dateline) return (dateline, DateSource.Dateline);
        if (NewestWritten(text, annotations.Times, receivedAt) is { } mentioned) return (mentioned, DateSource.Text);
        return receivedAt is { } r ? (new DateStamp(r, DatePrecision.Day), DateSource.Ingested) : null;
    }

    // What may stand before a dateline's date: nothing, a place in capitalised words and a comma, then "le".
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s*,\s*)?(?:[Ll]e\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    // What follows a dateline's date: an agency in brackets and/or a dash or colon before the story starts.
    [GeneratedRegex(@"^\s*(?:\([^()\n]{1,40}\)|[-–—:])", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineEnd();

    /// <summary>The day named at the head of the text in a dateline's form, or null.</summary>
    public static DateStamp? Dateline(string text, ImmutableArray<Sentence> sentences, ImmutableArray<TimeMention> times, DateTime? receivedAt)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        int headEnd = sentences.Length > 0 ? sentences[0].Span.End : text.Length;
        int line = text.IndexOf('\n', start);
        if (line >= 0 && line < headEnd) headEnd = line;
        if (headEnd <= start) return null;
        var latest = receivedAt is { } r ? r + PublishedRange.FutureSlack : PublishedRange.Latest;
        TimeMention? first = null;
        foreach (var t in times)
            if (t.Type is TimexType.Date or TimexType.Time && (first is null || t.Span.Start < first.Span.Start)) first = t;
        if (first is null || first.NamesNow || first.Span.Start - start > DatelineReach || first.Span.End > headEnd)
            return Numeric(text, start, headEnd, latest);
        var prefix = text[start..first.Span.Start];
        if (!DatelinePrefix().IsMatch(prefix) || !TryDay(first.Value, out int year, out int month, out int day)) return null;
        bool form = prefix.Contains(',') || DatelineEnd().IsMatch(text.AsSpan(first.Span.End, headEnd - first.Span.End));
        if (year == 0)
        {
            // "March 5" with no year: only in a dateline's form, the last March 5 on or before the day received.
            if (!form || receivedAt is not { } received) return null;
            year = received.Year;
            if (!IsDay(year, month, day) || new DateTime(year, month, day) > latest) year--;
        }
        else if (!WritesYear(text, first.Span, year)) return null;
        if (!IsDay(year, month, day)) return null;
        var date = new DateTime(year, month, day);
        return date < PublishedRange.Earliest || date > latest ? null : new DateStamp(date, DatePrecision.Day);
    }

    /// <summary>
    /// A numeric date opening the text ("Le 12/03/2024, …"), which the time grammar leaves to the metadata reader: the first
    /// date <see cref="DateStampFinder"/> (the reader of pages' visible dates) finds in the head, to the day.
    /// </summary>
    private static DateStamp? Numeric(string text, int start, int headEnd, DateTime latest)
    {
        var head = text[start..headEnd];
        if (DateStampFinder.FindFirst(head) is not { } found || found.Index > DatelineReach || found.Stamp.Precision < DatePrecision.Day
            || !DatelinePrefix().IsMatch(head[..found.Index])) return null;
        var day = found.Stamp.Value.Date;
        return day < PublishedRange.Earliest || day > latest ? null : new DateStamp(day, DatePrecision.Day);
    }

    /// <summary>
    /// The newest full date the text writes with its year, on or before the day received and within <see cref="TextWindow"/>
    /// of it (any, without a receiving time), unless the text names a later month or year too; announced dates (future lean)
    /// are left out of both.
    /// </summary>
    public static DateStamp? NewestWritten(string text, ImmutableArray<TimeMention> times, DateTime? receivedAt)
    {
        var latest = receivedAt?.Date ?? PublishedRange.Latest;
        var earliest = receivedAt is { } r ? r.Date - TextWindow : PublishedRange.Earliest;
        DateTime? newest = null, newestMentioned = null;
        foreach (var t in times)
        {
            if (t.Type is not (TimexType.Date or TimexType.Time) || t.NamesNow || t.Lean == TimeLean.Future) continue;
            if (FirstDay(t.Value) is not { } first || first < PublishedRange.Earliest || first > latest || !WritesYear(text, t.Span, first.Year)) continue;
            if (newestMentioned is null || first > newestMentioned) newestMentioned = first;
            if (TryDay(t.Value, out int year, out int month, out int day) && year > 0 && IsDay(year, month, day))
            {
                var date = new DateTime(year, month, day);
                if (newest is null || date > newest) newest = date;
            }
        }
        return newest is { } n && n >= newestMentioned && n >= earliest ? new DateStamp(n, DatePrecision.Day) : null;
    }

    /// <summary>Whether the expression's own words give the year (a date whose year came from the narrative does not).</summary>
    private static bool WritesYear(string text, TextSpan span, int year) =>
        span.End <= text.Length && text.AsSpan(span.Start, span.End - span.Start).Contains(year.ToString("D4", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>The first day a value with a year covers: "2003" → 1 Jan 2003, "2003-02" → 1 Feb, "2003-02-10" → that day; else null.</summary>
    private static DateTime? FirstDay(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, inv, out int year) || year < 1) return null;
        if (value.Length >= 7 && value[4] == '-' && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, inv, out int month) && month is >= 1 and <= 12)
        {
            if (TryDay(value, out _, out _, out int day) && IsDay(year, month, day)) return new DateTime(year, month, day);
            return new DateTime(year, month, 1);
        }
        // The year alone, or a week, quarter, half or season of it ("2003-W05", "2003-Q1", "2003-SU"): from its first day.
        return value.Length == 4 || value[4] == '-' ? new DateTime(year, 1, 1) : null;
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
