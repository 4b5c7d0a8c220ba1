namespace Recoupe.Stories;

/// <summary>
/// The active (not yet quiet) stories and the inverted index term → stories over their centroid terms
/// (the posting lists live on the <see cref="Term"/>s), so that finding the candidates for an article costs
/// a few posting lists, never a scan of all stories.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<long, StoryCentroid> _stories = [];

    public int Count => _stories.Count;
    public IEnumerable<StoryCentroid> Stories => _stories.Values;

    public bool TryGet(long id, out StoryCentroid story) => _stories.TryGetValue(id, out story!);

    public void Add(StoryCentroid story)
    {
        _stories[story.Id] = story;
        Post(story.Id, story.Sums.Keys);
    }

    public static void Post(long id, IEnumerable<Term> terms)
    {
        foreach (var term in terms) term.Stories.Add(id);
    }

    public static void Unpost(long id, IEnumerable<Term> terms)
    {
        foreach (var term in terms) term.Stories.Remove(id);
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
    public List<StoryCentroid> Candidates(ReadOnlySpan<(Term Term, float Weight)> query, int maxPostings, int maxCandidates)
    {
        var accumulated = new Dictionary<long, float>();
        foreach (var (term, weight) in query)
        {
            if (term.Stories.Count > maxPostings) continue;
            foreach (var id in term.Stories)
            {
                accumulated.TryGetValue(id, out var a);
                accumulated[id] = a + weight;
            }
        }
        var ranked = new (float Score, long Id)[accumulated.Count];
        int n = 0;
        foreach (var (id, score) in accumulated) ranked[n++] = (score, id);
        Array.Sort(ranked, (x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.Id.CompareTo(y.Id));
        var result = new List<StoryCentroid>(Math.Min(maxCandidates, ranked.Length));
        for (int i = 0; i < ranked.Length && result.Count < maxCandidates; i++) result.Add(_stories[ranked[i].Id]);
        return result;
    }
}
