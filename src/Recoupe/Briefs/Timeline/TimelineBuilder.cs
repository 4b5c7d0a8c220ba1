using System.Collections.Immutable;
using System.Globalization;
using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Timeline;

/// <summary>
/// The story's timeline: each calendar date a sentence mentions (the time tagger's TIMEX3 value) becomes an
/// event told by that sentence; the same date told by aligned sentences of other articles is one event with
/// several sources. Relative references ("PRESENT_REF"), durations and sets are not dates of events.
/// </summary>
internal static class TimelineBuilder
{
    public static ImmutableArray<TimelineEvent> Build(StoryCorpus corpus, double[] importance, BriefOptions options)
    {
        var events = new List<(string Date, string Precision, List<SentenceUnit> Units, TimeMention Time)>();
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate) continue;
            foreach (var t in u.Times)
            {
                if (t.Type is not (TimexType.Date or TimexType.Time)) continue;
                var precision = PrecisionOf(t.Value);
                if (precision is null) continue;
                var existing = events.FirstOrDefault(e => e.Date == t.Value && e.Units.Any(x => SameEvent(x, u)));
                if (existing.Units is not null)
                {
                    if (!existing.Units.Any(x => x.ArticleIndex == u.ArticleIndex)) existing.Units.Add(u);
                }
                else events.Add((t.Value, precision, [u], t));
            }
        }
        return events
            // Keep the best-backed and most important events, then show them in date order.
            .OrderByDescending(e => e.Units.Count).ThenByDescending(e => e.Units.Max(x => importance[x.Index]))
            .Take(options.MaxTimeline)
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Units[0].Index)
            .Select(e => new TimelineEvent(e.Date, e.Precision, Tidy(Best(e.Units, importance).Text),
                e.Units.Select(x => x.Source(corpus.ArticleOf(x).Id)).ToImmutableArray()))
            .ToImmutableArray();
    }

    /// <summary>Two sentences with the same date tell the same event when they share stems or two entities.</summary>
    private static bool SameEvent(SentenceUnit a, SentenceUnit b) =>
        a.ArticleIndex != b.ArticleIndex && (a.Vector.Dot(b.Vector) >= 0.2 || SentenceAligner.Shared(a.Entities, b.Entities) >= 2);

    private static SentenceUnit Best(List<SentenceUnit> units, double[] importance) =>
        units.OrderByDescending(u => importance[u.Index]).ThenBy(u => u.Index).First();

    /// <summary>"year", "month", "day", "minute"… for calendar values; null for anything that is not a calendar date.</summary>
    public static string? PrecisionOf(string value)
    {
        var inv = CultureInfo.InvariantCulture;
        return value.Length switch
        {
            4 when int.TryParse(value, NumberStyles.None, inv, out _) => "year",
            7 when DateTime.TryParseExact(value, "yyyy-MM", inv, DateTimeStyles.None, out _) => "month",
            10 when DateTime.TryParseExact(value, "yyyy-MM-dd", inv, DateTimeStyles.None, out _) => "day",
            8 when value[4] == '-' && value[5] == 'W' => "week",
            16 when DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", inv, DateTimeStyles.None, out _) => "minute",
            >= 13 when value[10] == 'T' && DateTime.TryParseExact(value[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out _) => "time",
            _ => null,
        };
    }

    private static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
