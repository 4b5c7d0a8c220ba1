namespace Recoupe.Stories;

/// <summary>
/// The active (not yet quiet) stories and an inverted index term → stories over their centroid terms,
/// so that finding the candidates for an article costs a few posting lists, never a scan of all stories.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<long, StoryCentroid> _stories = new();
    private readonly Dictionary<string, HashSet<long>> _postings = new(StringComparer.Ordinal);

    public int Count => _stories.Count;
    public int Terms => _postings.Count;
    public IEnumerable<StoryCentroid> Stories => _stories.Values;

    public bool TryGet(long id, out StoryCentroid story) => _stories.TryGetValue(id, out story!);

    public void Add(StoryCentroid story)
    {
        _stories[story.Id] = story;
        Post(story.Id, story.Sums.Keys);
    }

    public void Post(long id, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var set)) _postings[key] = set = [];
            set.Add(id);
        }
    }

    public void Unpost(long id, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var set)) continue;
            set.Remove(id);
            if (set.Count == 0) _postings.Remove(key);
        }
    }

    public void Remove(long id)
    {
        if (!_stories.Remove(id, out var story)) return;
        Unpost(id, story.Sums.Keys);
    }

    /// <summary>
    /// Stories sharing the query terms, ranked by the summed weight of the terms they share; terms posted in
    /// more than <paramref name="maxPostings"/> stories are skipped as too common to tell stories apart.
    /// </summary>
    public List<StoryCentroid> Candidates(ReadOnlySpan<(string Key, float Weight)> query, int maxPostings, int maxCandidates)
    {
        var accumulated = new Dictionary<long, float>();
        foreach (var (key, weight) in query)
        {
            if (!_postings.TryGetValue(key, out var set) || set.Count > maxPostings) continue;
            foreach (var id in set)
            {
                accumulated.TryGetValue(id, out var a);
                accumulated[id] = a + weight;
            }
        }
        var ranked = new List<(float Score, long Id)>(accumulated.Count);
        foreach (var (id, score) in accumulated) ranked.Add((score, id));
        ranked.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Id.CompareTo(y.Id));
        var result = new List<StoryCentroid>(Math.Min(maxCandidates, ranked.Count));
        for (int i = 0; i < ranked.Count && result.Count < maxCandidates; i++) result.Add(_stories[ranked[i].Id]);
        return result;
    }
}
