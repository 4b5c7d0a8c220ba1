using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// The interned terms and their online document frequencies for IDF, learnt from the stream itself (no
/// corpus to ship). Memory is bounded: when the vocabulary passes its cap, all frequencies and the document
/// total are halved and the terms left under one occurrence that no active story holds are forgotten, which
/// also lets old vocabulary fade in favour of the recent.
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<string, Term> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Term>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _maxTerms;
    private readonly Stack<int> _freeIds = new();
    private int _nextId;

    private readonly double _commonNameDiscount;

    /// <param name="commonNameDiscount">See <see cref="StoryAssignerOptions.CommonNameDiscount"/> (0: names weigh by IDF alone).</param>
    private readonly StoryIndex? _stories;

    /// <param name="stories">The active stories, whose count the name discount is relative to (none: no discount).</param>
    public Vocabulary(int maxTerms, double commonNameDiscount = 0, StoryIndex? stories = null)
    {
        _stories = stories;
        _maxTerms = Math.Max(1_000, maxTerms);
        _commonNameDiscount = stories is null ? 0 : commonNameDiscount;
        _bySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public double Documents { get; private set; }
    public int Count => _terms.Count;
    /// <summary>One more than the largest term id handed out: the length per-id arrays need.</summary>
    public int IdLimit => _nextId;

    public Term Intern(string key)
    {
        if (!_terms.TryGetValue(key, out var term))
            _terms[key] = term = new Term(key, _freeIds.Count > 0 ? _freeIds.Pop() : _nextId++);
        return term;
    }

    /// <summary>The term of a key given as a span: a string is made only for a key never seen.</summary>
    public Term Intern(ReadOnlySpan<char> key)
    {
        if (_bySpan.TryGetValue(key, out var term)) return term;
        var text = key.ToString();
        _terms[text] = term = new Term(text, _freeIds.Count > 0 ? _freeIds.Pop() : _nextId++);
        return term;
    }

    public Term? Find(ReadOnlySpan<char> key) => _bySpan.TryGetValue(key, out var term) ? term : null;

    public void CountDocument(ReadOnlySpan<Term> terms)
    {
        Documents++;
        foreach (var t in terms) t.DocumentFrequency++;
    }

    /// <summary>Call once an article's terms are in their story, so that none of them can be forgotten in between.</summary>
    public void Bound()
    {
        if (_terms.Count > _maxTerms) Halve();
    }

    /// <summary>
    /// Smoothed IDF: rare terms weigh more; a term never counted weighs like one seen half a time. A name held by more
    /// than one active story (<see cref="Term.StoryCount"/>: the stories whose centroid keeps it, so the same count after
    /// a replay of the same articles) is multiplied by its normalised story IDF raised to the discount (below): the IDF
    /// over articles cannot tell a name that many articles of one event repeat (strong evidence for that event) from one
    /// that turns up in event after event (a minister, a capital: weak evidence for any one of them). The active story
    /// count is cached with the IDF and refreshed when it moved 5%, like the document count.
    /// </summary>
    public float Idf(Term t)
    {
        if (t.CachedAtFrequency != t.DocumentFrequency || Documents > t.CachedAtDocuments * 1.01 + 1
            || _commonNameDiscount > 0 && t.Kind == FeatureKind.Name && NameStoriesMoved(t))
        {
            double idf = Math.Log((Documents + 1) / (t.DocumentFrequency + 0.5)) + 1;
            int stories = _stories?.Count ?? 0;
            t.CachedAtStories = stories;
            // The story IDF of the name, ln((S + 1) / stories holding it), over its largest value ln(S + 1): 1 for a name
            // of one story, towards 0 for a name in every story; relative to S, so a name in 3 of 7 stories weighs less
            // than one in 3 of 20,000. Raised to the discount.
            if (_commonNameDiscount > 0 && t.Kind == FeatureKind.Name && t.StoryCount > 1 && stories >= t.StoryCount)
                idf *= Math.Pow(Math.Log((stories + 1.0) / t.StoryCount) / Math.Log(stories + 1.0), _commonNameDiscount);
            t.CachedIdf = (float)idf;
            t.CachedAtFrequency = t.DocumentFrequency;
            t.CachedAtDocuments = Documents;
            t.CachedAtStoryCount = t.StoryCount;
        }
        return t.CachedIdf;
    }

    /// <summary>
    /// Whether a name's discount is out of date: the stories holding it changed, or the active stories moved 5%. Only
    /// checked with the discount on, so that without it the IDF values (and their refresh points) are what they were.
    /// </summary>
    private bool NameStoriesMoved(Term t)
    {
        if (t.CachedAtStoryCount != t.StoryCount) return true;
        if (t.StoryCount <= 1) return false;
        int now = _stories!.Count;
        return now > t.CachedAtStories * 1.05 + 1 || now < t.CachedAtStories * 0.95 - 1;
    }

    private void Halve()
    {
        var forget = new List<string>();
        foreach (var term in _terms.Values)
        {
            term.DocumentFrequency /= 2;
            if (term.DocumentFrequency < 1 && term.StoryCount == 0) forget.Add(term.Key);
        }
        foreach (var key in forget)
            if (_terms.Remove(key, out var term))
            {
                term.IsForgotten = true; // caches holding it must not hand it out: its id goes to a new term
                _freeIds.Push(term.Id);
            }
        Documents /= 2;
    }
}
