using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>How another story relates to this one, as a reader would say it.</summary>
public enum Relation { Related, OtherLanguage, FollowUp, Earlier }

public sealed record RelatedStory(StorySummary Story, Relation Relation, double Score, IReadOnlyList<string> SharedNames);

/// <summary>
/// Stories that share the names of this one, weighted by how rare each name is among the recent stories (a president
/// named in every story links nothing): the same event covered in another language, a follow-up weeks later, or
/// another story about the same people. Two rare shared names, or one very rare one shared with a story in another
/// language, are needed.
/// </summary>
public static class RelatedStories
{
    public const int MaxShown = 6;

    /// <summary>The least summed rarity (natural log of stories per story naming it) that makes two stories related.</summary>
    public const double MinScore = 3.0;

    /// <summary>A story starting this long after this one ends is its follow-up (and the reverse, an earlier story).</summary>
    public static readonly TimeSpan FollowUpGap = TimeSpan.FromDays(7);

    public static IReadOnlyList<RelatedStory> Find(Brief brief, IReadOnlyCollection<StoryEntityKeys> stories)
    {
        var mine = StoryEntityIndex.KeysOf(brief);
        if (mine.Count == 0 || stories.Count < 2) return [];
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in stories)
            foreach (var k in s.Keys)
                if (mine.Contains(k)) frequency[k] = frequency.GetValueOrDefault(k) + 1;
        var own = stories.FirstOrDefault(s => s.Story.Id == brief.Id)?.Story;
        var languages = own?.Languages ?? [.. brief.Articles.Select(a => a.Language).Distinct()];
        var candidates = new List<(StoryEntityKeys Other, Relation Relation, double Score)>();
        foreach (var other in stories)
        {
            if (other.Story.Id == brief.Id) continue;
            int shared = 0;
            double score = 0;
            foreach (var k in mine)
            {
                if (!other.Keys.Contains(k)) continue;
                shared++;
                score += Math.Log((stories.Count + 1.0) / frequency[k]);
            }
            if (shared == 0 || score < MinScore) continue;
            var relation = RelationOf(brief, languages, other.Story);
            if (shared < 2 && relation != Relation.OtherLanguage) continue;
            candidates.Add((other, relation, score));
        }
        // Names are looked up for the shown stories only: a common story can share names with hundreds.
        return [.. candidates.OrderByDescending(c => c.Score).ThenByDescending(c => c.Other.Story.LastSeen).Take(MaxShown)
            .Select(c => new RelatedStory(c.Other.Story, c.Relation, c.Score, Names(brief, [.. mine.Where(c.Other.Keys.Contains)])))];
    }

    private static Relation RelationOf(Brief brief, IReadOnlyList<string> languages, StorySummary other)
    {
        if (other.Languages.Count > 0 && !other.Languages.Any(l => languages.Contains(l, StringComparer.OrdinalIgnoreCase))) return Relation.OtherLanguage;
        if (other.FirstSeen > brief.LastSeen + FollowUpGap) return Relation.FollowUp;
        if (other.LastSeen + FollowUpGap < brief.FirstSeen) return Relation.Earlier;
        return Relation.Related;
    }

    /// <summary>The brief's own names behind the shared keys, for the reader ("shares: Kim Jong Un, Vladivostok").</summary>
    private static IReadOnlyList<string> Names(Brief brief, IReadOnlyList<string> sharedKeys)
    {
        var keys = sharedKeys.ToHashSet(StringComparer.Ordinal);
        return [.. brief.Entities.Where(e => StoryEntityIndex.KeysOf([e]).Overlaps(keys)).Select(e => e.Name).Distinct().Take(4)];
    }
}
