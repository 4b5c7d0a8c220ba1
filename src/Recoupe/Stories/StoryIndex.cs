namespace Recoupe.Stories;

/// <summary>
/// The active (not yet quiet) stories and the inverted index term → stories over their centroid terms
/// (the posting lists live on the <see cref="Term"/>s), so that finding the candidates for an article costs
/// a few posting lists, never a scan of all stories.
/// Each active story holds a small dense slot number: posting lists are sets of slots, and candidate
/// retrieval accumulates into arrays by slot. Walking thousands of postings then reads ints and a few
/// contiguous arrays instead of dereferencing every story object (cache misses were most of that loop).
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<long, StoryCentroid> _stories = [];
    private readonly Stack<int> _freeSlots = new();
    private StoryCentroid?[] _bySlot = new StoryCentroid?[256];
    // Per slot: the query that last touched it, the weight that query accumulated in it, the story's id (ties).
    private long[] _stamps = new long[256];
    private float[] _weights = new float[256];
    private long[] _ids = new long[256];
    private int _nextSlot;
    private long _queries;

    public int Count => _stories.Count;
    public IEnumerable<StoryCentroid> Stories => _stories.Values;

    public bool TryGet(long id, out StoryCentroid story) => _stories.TryGetValue(id, out story!);

    /// <summary>Adds a story whose terms the caller posts itself (after pruning: see OnlineStoryAssigner.PruneAndPost).</summary>
    public void AddUnposted(StoryCentroid story)
    {
        if (_stories.TryGetValue(story.Id, out var old)) Remove(old.Id);
        int slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _nextSlot++;
        if (slot >= _bySlot.Length)
        {
            int n = _bySlot.Length * 2;
            Array.Resize(ref _bySlot, n);
            Array.Resize(ref _stamps, n);
            Array.Resize(ref _weights, n);
            Array.Resize(ref _ids, n);
        }
        _bySlot[slot] = story;
        _ids[slot] = story.Id;
        _stamps[slot] = 0;
        story.Slot = slot;
        _stories[story.Id] = story;
    }

    public static void Post(StoryCentroid story, ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) term.AddStory(story.Slot);
    }

    public static void Unpost(StoryCentroid story, ReadOnlySpan<Term> terms)
    {
        foreach (var term in terms) term.RemoveStory(story.Slot);
    }

    public void Remove(long id)
    {
        if (!_stories.Remove(id, out var story)) return;
        Unpost(story, story.Terms);
        _bySlot[story.Slot] = null;
        _freeSlots.Push(story.Slot);
        story.Slot = -1;
    }

    /// <summary>
    /// Stories sharing the query terms, ranked by the summed weight of the terms they share; terms posted in
    /// more than <paramref name="maxPostings"/> stories are skipped as too common to tell stories apart.
    /// The list is reused by the next call: read it before asking again.
    /// </summary>
    public List<StoryCentroid> Candidates(ReadOnlySpan<(Term Term, float Weight)> query, int maxPostings, int maxCandidates)
    {
        long stamp = ++_queries;
        var touched = _touched;
        touched.Clear();
        var stamps = _stamps;
        var weights = _weights;
        foreach (var (term, weight) in query)
        {
            if (term.Stories is not { } slots || slots.Count > maxPostings) continue;
            foreach (int slot in slots)
            {
                if (stamps[slot] != stamp)
                {
                    stamps[slot] = stamp;
                    weights[slot] = 0;
                    touched.Add(slot);
                }
                weights[slot] += weight;
            }
        }
        return Best(touched, maxCandidates);
    }

    private readonly List<int> _touched = [];
    private readonly List<int> _best = [];
    private readonly List<StoryCentroid> _candidates = [];

    /// <summary>
    /// The <paramref name="count"/> heaviest touched stories, heaviest first (ties: older story first), by
    /// insertion into a short sorted list: the touched set can hold thousands of stories, the result a dozen.
    /// </summary>
    private List<StoryCentroid> Best(List<int> touched, int count)
    {
        var best = _best;
        best.Clear();
        foreach (int slot in touched)
        {
            if (best.Count == count && !Before(slot, best[^1])) continue;
            int at = best.Count;
            while (at > 0 && Before(slot, best[at - 1])) at--;
            best.Insert(at, slot);
            if (best.Count > count) best.RemoveAt(best.Count - 1);
        }
        var stories = _candidates;
        stories.Clear();
        foreach (int slot in best) stories.Add(_bySlot[slot]!);
        return stories;
    }

    private bool Before(int a, int b) =>
        _weights[a] != _weights[b] ? _weights[a] > _weights[b] : _ids[a] < _ids[b];
}
