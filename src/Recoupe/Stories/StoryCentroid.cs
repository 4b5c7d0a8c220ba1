namespace Recoupe.Stories;

/// <summary>
/// The running picture of one story: the summed feature weights of its articles (bounded to the heaviest
/// terms), how many articles it has, and the time span they cover. Mutable, owned by one assigner.
/// </summary>
internal sealed class StoryCentroid
{
    private Dictionary<Term, float> _sums = [];

    public StoryCentroid(long id) => Id = id;

    public long Id { get; }
    public int Articles { get; private set; }
    /// <summary>Earliest and latest known time of its articles (MinValue while none was dated).</summary>
    public DateTime FirstLo { get; private set; } = DateTime.MinValue;
    public DateTime LastHi { get; private set; } = DateTime.MinValue;
    /// <summary>Arrival number of its latest article: the recency order when dates are missing.</summary>
    public long LastArrival { get; private set; }
    /// <summary>Languages of its articles' text (stems compare only within a language).</summary>
    public HashSet<string> Languages { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<Term, float> Sums => _sums;

    // Scratch space of candidate retrieval (StoryIndex.Candidates): the query it was last touched by and the
    // weight accumulated in it. Avoids a dictionary keyed by story in the hottest loop.
    internal long QueryStamp;

    /// <summary>Bumped on every change of <see cref="Sums"/>: cached norms check it.</summary>
    public int Version { get; private set; }

    // Cached IDF-weighted norms (all features; names and numbers only), see StorySimilarity.
    internal int NormVersion = -1;
    internal double NormDocuments;
    internal double NormAll;
    internal double NormIndependent;
    internal float QueryWeight;

    public void Add(TermVector article, long arrival)
    {
        for (int i = 0; i < article.Terms.Length; i++)
        {
            var term = article.Terms[i];
            _sums.TryGetValue(term, out var s);
            _sums[term] = s + article.Weights[i];
        }
        Articles++;
        Version++;
        Languages.Add(article.Language);
        Stretch(article.Time.Lo, article.Time.Hi);
        LastArrival = Math.Max(LastArrival, arrival);
    }

    /// <summary>Takes over another story's articles (a merge).</summary>
    public void Absorb(StoryCentroid other)
    {
        foreach (var (term, w) in other._sums)
        {
            _sums.TryGetValue(term, out var s);
            _sums[term] = s + w;
        }
        Articles += other.Articles;
        Version++;
        Languages.UnionWith(other.Languages);
        Stretch(other.FirstLo, other.LastHi);
        LastArrival = Math.Max(LastArrival, other.LastArrival);
    }

    /// <summary>
    /// Keeps the <paramref name="keep"/> heaviest terms by weight × IDF once the centroid has grown past
    /// twice that (pruning in batches keeps its cost off most articles); returns the terms
    /// dropped (for the postings), or null when nothing was pruned.
    /// </summary>
    public List<Term>? Prune(int keep, Vocabulary vocabulary)
    {
        if (_sums.Count <= 2 * keep) return null;
        var terms = new Term[_sums.Count];
        var order = new float[_sums.Count];
        int i = 0;
        foreach (var (term, w) in _sums)
        {
            terms[i] = term;
            order[i++] = -(w * vocabulary.Idf(term)); // heaviest first
        }
        Array.Sort(order, terms);
        var kept = new Dictionary<Term, float>(2 * keep + 1);
        var dropped = new List<Term>(terms.Length - keep);
        for (int k = 0; k < terms.Length; k++)
        {
            if (k < keep) kept[terms[k]] = _sums[terms[k]];
            else dropped.Add(terms[k]);
        }
        _sums = kept;
        Version++;
        return dropped;
    }

    private void Stretch(DateTime lo, DateTime hi)
    {
        if (lo == DateTime.MinValue) return;
        if (FirstLo == DateTime.MinValue || lo < FirstLo) FirstLo = lo;
        if (hi > LastHi) LastHi = hi;
    }
}
