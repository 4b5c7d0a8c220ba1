using System.Collections.Immutable;
using System.Globalization;
using Recoupe.Briefs.Analysis;
using Recoupe.Mentions.Time;
using Recoupe.Model;

namespace Recoupe.Briefs.Timeline;

/// <summary>
/// The story's timeline: each calendar date a sentence mentions (the time tagger's TIMEX3 value) becomes an
/// event told by that sentence; the same date told by aligned sentences of other articles is one event with
/// several sources. Relative references ("PRESENT_REF", "désormais"), durations and sets are not dates of events, and no
/// event is placed after the article that tells it unless its clause looks ahead, or tells a day of the coming week in the
/// present (<see cref="LaterWithoutAPlan"/>): such an event is marked planned. Each event carries a readable label of its date.
/// </summary>
internal static class TimelineBuilder
{
    public static ImmutableArray<TimelineEvent> Build(StoryCorpus corpus, double[] importance, BriefOptions options)
    {
        var events = new List<(string Date, string Precision, List<(SentenceUnit Unit, TimeMention Time)> Tellings)>();
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate) continue;
            foreach (var t in u.Times)
            {
                // "désormais", "maintenant": the time of writing is no event's date
                if (t.Type is not (TimexType.Date or TimexType.Time) || t.NamesNow) continue;
                var precision = PrecisionOf(t.Value);
                if (precision is null || LaterWithoutAPlan(corpus, u, t) || RefinedInSentence(u, t)) continue;
                var existing = events.FirstOrDefault(e => e.Date == t.Value && e.Tellings.Any(x => SameEvent(x.Unit, u)));
                if (existing.Tellings is not null)
                {
                    if (!existing.Tellings.Any(x => x.Unit.ArticleIndex == u.ArticleIndex)) existing.Tellings.Add((u, t));
                }
                else events.Add((t.Value, precision, [(u, t)]));
            }
        }
        return events
            // Keep the best-backed and most important events, then show them in date order.
            .OrderByDescending(e => e.Tellings.Count).ThenByDescending(e => e.Tellings.Max(x => importance[x.Unit.Index]))
            .Take(options.MaxTimeline)
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Tellings[0].Unit.Index)
            .Select(e => new TimelineEvent(e.Date, e.Precision, Text(e.Tellings, importance),
                e.Tellings.Select(x => x.Unit.Source(corpus.ArticleOf(x.Unit).Id)).ToImmutableArray())
            {
                Label = TimexLabel.Of(e.Date, TimexType.Date, corpus.ArticleOf(e.Tellings[0].Unit).Language),
                Planned = e.Tellings.Any(x => IsLater(corpus, x.Unit, x.Time)),
            })
            .ToImmutableArray();
    }

    /// <summary>
    /// "jeudi vers 23 heures", "en mars, le 12": the sentence also tells a finer date within this one (the tagger marks the day
    /// and the hour apart), so the event stands once, at the finer date.
    /// </summary>
    private static bool RefinedInSentence(SentenceUnit u, TimeMention t)
    {
        foreach (var other in u.Times)
            if (other.Value.Length > t.Value.Length && other.Type is TimexType.Date or TimexType.Time
                && other.Value.StartsWith(t.Value, StringComparison.Ordinal) && other.Value[t.Value.Length] is '-' or 'T'
                && PrecisionOf(other.Value) is not null)
                return true;
        return false;
    }

    /// <summary>
    /// A date that begins after the article telling it was written, in a clause that does not look ahead (a past
    /// tense, a misread year, an "XXXX" completed the wrong way, a present with no plan): no event is placed after
    /// its report unless the text plans it.
    /// </summary>
    private static bool LaterWithoutAPlan(StoryCorpus corpus, SentenceUnit u, TimeMention t) =>
        t.Lean != TimeLean.Future && !IsDayOfTheComingWeek(corpus, u, t) && IsLater(corpus, u, t);

    /// <summary>
    /// A day of the week after a dated report, told in the present ("le conseil se réunit samedi", "la vente a lieu
    /// vendredi 15"): French news tells what is scheduled in the present, and the tagger reads a present-tense weekday
    /// as the one to come, so the two agree. Farther dates told in the present stay off ("reste fermée le 20 octobre").
    /// </summary>
    private static bool IsDayOfTheComingWeek(StoryCorpus corpus, SentenceUnit u, TimeMention t) =>
        t.Lean == TimeLean.Present && t.Value.Length >= 10 && corpus.ReportDateOf(u) is { Precision: >= DatePrecision.Day } report
        && TimeValues.StartOf(t.Value) is { } start && start <= report.Value.Date.AddDays(7);

    /// <summary>The date begins after the end of the report's own date.</summary>
    private static bool IsLater(StoryCorpus corpus, SentenceUnit u, TimeMention t) =>
        corpus.ReportDateOf(u) is { } report && TimeValues.StartOf(t.Value) is { } start && start > TimeValues.EndOf(report);

    /// <summary>The clause around the date in the most important telling of the event.</summary>
    private static string Text(List<(SentenceUnit Unit, TimeMention Time)> tellings, double[] importance)
    {
        var (unit, time) = tellings.OrderByDescending(x => importance[x.Unit.Index]).ThenBy(x => x.Unit.Index).First();
        return ClauseAround.Extract(unit.Text, Math.Max(0, time.Span.Start - unit.Span.Start));
    }

    /// <summary>Two sentences with the same date tell the same event when they share stems or two entities.</summary>
    private static bool SameEvent(SentenceUnit a, SentenceUnit b) =>
        a.ArticleIndex != b.ArticleIndex && (a.Vector.Dot(b.Vector) >= 0.2 || SentenceAligner.Shared(a.Entities, b.Entities) >= 2);

    /// <summary>"year", "month", "day", "minute"… for calendar values; null for anything that is not a calendar date.</summary>
    public static string? PrecisionOf(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        return value.Length switch
        {
            4 when int.TryParse(value, NumberStyles.None, inv, out _) => "year",
            7 when DateTime.TryParseExact(value, "yyyy-MM", inv, DateTimeStyles.None, out _) => "month",
            10 when DateTime.TryParseExact(value, "yyyy-MM-dd", inv, DateTimeStyles.None, out _) => "day",
            // A week of a known year only ("2023-W36"); "XXXX-WXX" (a week the tagger could not place) is no date.
            8 when value[4] == '-' && value[5] == 'W' && int.TryParse(value[..4], NumberStyles.None, inv, out _)
                && int.TryParse(value[6..], NumberStyles.None, inv, out _) => "week",
            16 when DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", inv, DateTimeStyles.None, out _) => "minute",
            >= 13 when value[10] == 'T' && DateTime.TryParseExact(value[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out _) => "time",
            _ => null,
        };
    }
}
