namespace Recoupe.Stories;

/// <summary>
/// The active (not yet quiet) stories and the inverted index term → stories over their centroid terms
/// (the posting lists live on the <see cref="Term"/>s), so that finding the candidates for an article costs
/// a few posting lists, never a scan of all stories.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<long, StoryCentroid> _stories = [];
    private long _queries;

    public int Count => _stories.Count;
    public IEnumerable<StoryCentroid> Stories => _stories.Values;

    public bool TryGet(long id, out StoryCentroid story) => _stories.TryGetValue(id, out story!);

    /// <summary>Adds a story whose terms the caller posts itself (after pruning: see OnlineStoryAssigner.PruneAndPost).</summary>
    public void AddUnposted(StoryCentroid story) => _stories[story.Id] = story;

    public static void Post(StoryCentroid story, ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) term.AddStory(story);
    }

    public static void Unpost(StoryCentroid story, ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) term.RemoveStory(story);
    }

    public void Remove(long id)
    {
        if (!_stories.Remove(id, out var story)) return;
        Unpost(story, story.Terms);
    }

    /// <summary>
    /// Stories sharing the query terms, ranked by the summed weight of the terms they share; terms posted in
    /// more than <paramref name="maxPostings"/> stories are skipped as too common to tell stories apart.
    /// </summary>
    public List<StoryCentroid> Candidates(ReadOnlySpan<(Term Term, float Weight)> query, int maxPostings, int maxCandidates)
    {
        long stamp = ++_queries;
        var touched = _touched;
        touched.Clear();
        foreach (var (term, weight) in query)
        {
            if (term.Stories is not { } stories || stories.Count > maxPostings) continue;
            foreach (var story in stories)
            {
                if (story.QueryStamp != stamp)
                {
                    story.QueryStamp = stamp;
                    story.QueryWeight = 0;
                    touched.Add(story);
                }
                story.QueryWeight += weight;
            }
        }
        return Best(touched, maxCandidates);
    }

    private readonly List<StoryCentroid> _touched = [];

    /// <summary>
    /// The <paramref name="count"/> heaviest touched stories, heaviest first (ties: older story first), by
    /// insertion into a short sorted list: the touched set can hold thousands of stories, the result a dozen.
    /// </summary>
    private static List<StoryCentroid> Best(List<StoryCentroid> touched, int count)
    {
        var best = new List<StoryCentroid>(Math.Min(count, touched.Count) + 1);
        foreach (var story in touched)
        {
            if (best.Count == count && !Before(story, best[^1])) continue;
            int at = best.Count;
            while (at > 0 && Before(story, best[at - 1])) at--;
            best.Insert(at, story);
            if (best.Count > count) best.RemoveAt(best.Count - 1);
        }
        return best;
    }

    private static bool Before(StoryCentroid a, StoryCentroid b) =>
        a.QueryWeight != b.QueryWeight ? a.QueryWeight > b.QueryWeight : a.Id < b.Id;
}
