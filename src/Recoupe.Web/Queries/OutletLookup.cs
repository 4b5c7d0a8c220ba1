using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>What one outlet did in one story: its articles, whether it reported first, the conflicts it takes a side in.</summary>
public sealed record OutletStory(StorySummary Story, int Articles, bool First, int Conflicts, int MinoritySide, int FactsCited, int Copies);

/// <summary>An outlet across the stories: what it covered, how often it was first, how often it disagrees with the others.</summary>
public sealed record OutletView(string Name, IReadOnlyList<OutletStory> Stories)
{
    public int Articles => Stories.Sum(s => s.Articles);
    public int First => Stories.Count(s => s.First);
    public int Conflicts => Stories.Sum(s => s.Conflicts);
    public int MinoritySide => Stories.Sum(s => s.MinoritySide);
    public int Copies => Stories.Sum(s => s.Copies);
}

public static class OutletLookup
{
    /// <summary>Looks the outlet up in the most recent stories (case and accents ignored); null when no story has it.</summary>
    public static OutletView? Find(IStore store, string name)
    {
        var rows = new List<OutletStory>();
        string? shownName = null;
        foreach (var summary in store.ListStories(StoryListing.ScanLimit))
        {
            if (!summary.Outlets.Any(o => TextFold.SameName(o, name))) continue;
            var brief = store.GetBrief(summary.Id);
            if (brief is null) continue;
            var own = brief.Articles.Where(a => TextFold.SameName(a.Outlet, name)).ToList();
            if (own.Count == 0) continue;
            shownName ??= own[0].Outlet!.Trim();
            rows.Add(Describe(summary, brief, own));
        }
        return rows.Count == 0 ? null : new OutletView(shownName!, rows);
    }

    private static OutletStory Describe(StorySummary summary, Brief brief, IReadOnlyList<BriefArticle> own)
    {
        var ids = own.Select(a => a.Id).ToHashSet();
        // First: its earliest dated article is no later than any other outlet's (a tie counts: both broke the story).
        var earliestOwn = own.Select(Published).OfType<DateTime>().DefaultIfEmpty(DateTime.MaxValue).Min();
        var earliestOther = brief.Articles.Where(a => !ids.Contains(a.Id)).Select(Published).OfType<DateTime>().DefaultIfEmpty(DateTime.MaxValue).Min();
        bool first = earliestOwn != DateTime.MaxValue && earliestOwn <= earliestOther;

        int conflicts = 0, minority = 0;
        // Evolving figures are not disagreements: only real conflicts count.
        foreach (var c in brief.Conflicts.Where(c => !Recoupe.Briefs.Rendering.BriefNotes.IsUpdate(c)))
        {
            var sides = c.Claims.Select(k => k.Sources.Select(s => s.ArticleId).Distinct().ToList()).ToList();
            int ownSide = sides.FindIndex(side => side.Any(ids.Contains));
            if (ownSide < 0) continue;
            conflicts++;
            // The minority side: another claim is made by more articles than the outlet's own.
            if (sides.Where((_, i) => i != ownSide).Any(side => side.Count > sides[ownSide].Count)) minority++;
        }
        int facts = brief.Facts.Count(f => f.Sources.Any(s => ids.Contains(s.ArticleId)));
        int copies = own.Count(a => a.CopyOf is not null);
        return new OutletStory(summary, own.Count, first, conflicts, minority, facts, copies);
    }

    private static DateTime? Published(BriefArticle a) => DateStamp.TryParseIso(a.Published)?.Value;
}
