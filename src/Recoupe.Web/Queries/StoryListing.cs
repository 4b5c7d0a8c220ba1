using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>How fast a story is moving, relative to the newest article in the store.</summary>
public enum Momentum { Steady, Growing, Breaking }

/// <summary>A story in the list: its summary, the entities that name it, and how many articles it got lately.</summary>
public sealed record StoryRow(StorySummary Summary, int RecentArticles, Momentum Momentum, IReadOnlyList<BriefEntity> Entities);

/// <summary>One page of the story list: its rows, and how many stories match the filters in all (within <see cref="StoryListing.ScanLimit"/>).</summary>
public sealed record StoryListResult(IReadOnlyList<StoryRow> Rows, int Total, int Offset);

/// <summary>The story list with its filters and the growing/breaking flag.</summary>
public static class StoryListing
{
    /// <summary>"Lately" means the day before the newest article the store holds.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromHours(24);

    /// <summary>Fewer recent articles than this is ordinary trickle, not a moving story.</summary>
    public const int MinRecentArticles = 3;

    /// <summary>How many stories (newest first) the filters look through.</summary>
    public const int ScanLimit = 1000;

    /// <param name="counts">The store's counts when the caller has read them already (they cost a scan of the inputs).</param>
    public static StoryListResult Load(IStore store, StoryFilter filter, int limit = 100, int offset = 0, StoreCounts? counts = null)
    {
        if (filter.IsEmpty) return LoadPage(store, limit, offset, (counts ?? store.Counts()).Stories);
        var stories = store.ListStories(ScanLimit);
        if (stories.Count == 0) return new([], 0, offset);
        // The newest activity in the store stands for "now": an archive replayed today reads like the day it was live.
        var reference = stories.Max(s => s.LastSeen);
        var rows = new List<StoryRow>();
        int matched = 0;
        foreach (var s in stories)
        {
            if (!Matches(s, filter)) continue;
            bool inPage = matched >= offset && rows.Count < limit;
            // A brief is read only when the page shows the story or the entity filter needs it: the total costs nothing more otherwise.
            var brief = inPage || filter.Entity is not null ? store.GetBrief(s.Id) : null;
            if (filter.Entity is { } entity && !(brief?.Entities.Any(e => Names(e, entity)) ?? false)) continue;
            matched++;
            if (!inPage) continue;
            rows.Add(Row(s, brief, reference));
        }
        return new(rows, matched, offset);
    }

    /// <summary>
    /// The unfiltered list: only the page's stories are read (the store keeps them ordered by activity), and the total is
    /// every story, not capped by the scan limit — the list a newsroom opens all day must not cost a scan of the store.
    /// </summary>
    private static StoryListResult LoadPage(IStore store, int limit, int offset, int total)
    {
        var page = store.ListStories(limit, offset);
        if (page.Count == 0) return new([], total, offset);
        var reference = offset == 0 ? page[0].LastSeen : store.ListStories(1).FirstOrDefault()?.LastSeen ?? page[0].LastSeen;
        var rows = new List<StoryRow>(page.Count);
        foreach (var s in page) rows.Add(Row(s, store.GetBrief(s.Id), reference));
        return new(rows, total, offset);
    }

    private static StoryRow Row(StorySummary s, Brief? brief, DateTimeOffset reference)
    {
        int recent = brief is null ? 0 : CountRecent(brief.Articles, reference);
        var entities = brief?.Entities.OrderByDescending(e => e.Mentions).ToList() ?? [];
        return new StoryRow(s, recent, MomentumOf(recent, s.ArticleCount), entities);
    }

    public static Momentum MomentumOf(int recent, int total) =>
        recent < MinRecentArticles ? Momentum.Steady
        : recent * 2 >= total ? Momentum.Breaking  // most of the story arrived in the last day: it is new and fast
        : Momentum.Growing;

    /// <summary>Articles dated (to the day or finer) within the window before <paramref name="reference"/>; undated ones cannot be placed and are not counted.</summary>
    public static int CountRecent(IEnumerable<BriefArticle> articles, DateTimeOffset reference)
    {
        int n = 0;
        foreach (var a in articles)
            if (ArticleTime(a.Published) is { } t && t <= reference && t > reference - RecentWindow) n++;
        return n;
    }

    /// <summary>An article's publication time when known at least to the day.</summary>
    public static DateTimeOffset? ArticleTime(string? published) =>
        DateStamp.TryParseIso(published) is { Precision: >= DatePrecision.Day } p ? new DateTimeOffset(p.Value, TimeSpan.Zero) : null;

    public static bool Names(BriefEntity e, string name) =>
        TextFold.Contains(e.Name, name) || e.Variants.Any(v => TextFold.Contains(v, name));

    private static bool Matches(StorySummary s, StoryFilter f)
    {
        if (f.Language is { } lang && !s.Languages.Contains(lang, StringComparer.OrdinalIgnoreCase)) return false;
        if (f.From is { } from && DateOnly.FromDateTime(s.LastSeen.UtcDateTime) < from) return false;
        if (f.To is { } to && DateOnly.FromDateTime(s.FirstSeen.UtcDateTime) > to) return false;
        return true;
    }
}
