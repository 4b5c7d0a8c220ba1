using System.Runtime.InteropServices;
using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// The running picture of one story: the summed feature weights of its articles (bounded to the heaviest
/// terms), how many articles it has, and the time span they cover. Mutable, owned by one assigner.
/// The sums are parallel arrays (term ids, terms, weights) so that scoring an article against the story is
/// a linear pass over a few hundred ints and floats; a term → slot dictionary serves the updates.
/// </summary>
internal sealed class StoryCentroid
{
    private Term[] _terms = new Term[64];
    private int[] _ids = new int[64];
    private float[] _sums = new float[64];
    private Dictionary<Term, int> _slots = new(64);

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

    /// <summary>Number of terms held.</summary>
    public int Count { get; private set; }
    public ReadOnlySpan<Term> Terms => _terms.AsSpan(0, Count);
    /// <summary>Term ids (see <see cref="Term.Id"/>), parallel to <see cref="Terms"/>.</summary>
    public ReadOnlySpan<int> TermIds => _ids.AsSpan(0, Count);
    /// <summary>Summed (pre-IDF) weights, parallel to <see cref="Terms"/>.</summary>
    public ReadOnlySpan<float> Sums => _sums.AsSpan(0, Count);

    public bool TryGetSum(Term term, out float sum)
    {
        if (_slots.TryGetValue(term, out var slot)) { sum = _sums[slot]; return true; }
        sum = 0;
        return false;
    }

    /// <summary>
    /// Its <paramref name="count"/> heaviest terms by weight × IDF that can find a story (posted in at most
    /// <paramref name="maxPostings"/> stories), heaviest first, appended to <paramref name="into"/>: the centroid
    /// as a query of the inverted index.
    /// </summary>
    public void TopTerms(int count, int maxPostings, Vocabulary vocabulary, List<(Term Term, float Weight)> into)
    {
        var scratch = PruneScratch.For(Count);
        var order = scratch.Order;
        var index = scratch.Index;
        for (int i = 0; i < Count; i++)
        {
            order[i] = -(_sums[i] * vocabulary.Idf(_terms[i]));
            index[i] = i;
        }
        Array.Sort(order, index, 0, Count);
        for (int k = 0; k < Count && into.Count < count; k++)
        {
            var term = _terms[index[k]];
            if (term.StoryCount <= maxPostings) into.Add((term, -order[k]));
        }
    }

    /// <summary>Its slot in the <see cref="StoryIndex"/> while active (posting lists hold slots), else -1.</summary>
    internal int Slot = -1;

    /// <summary>Bumped on every change of the sums: cached norms check it.</summary>
    public int Version { get; private set; }

    // Cached IDF-weighted norms (all features; names and numbers only), see StorySimilarity.
    internal int NormVersion = -1;
    internal double NormDocuments;
    internal double NormAll;
    internal double NormIndependent;

    /// <summary>Adds an article's terms; the terms new to the story are appended to <paramref name="added"/> (for the postings).</summary>
    public void Add(ReadOnlySpan<Term> terms, ReadOnlySpan<float> weights, string language, ArticleTime time, long arrival, List<Term>? added)
    {
        for (int i = 0; i < terms.Length; i++) AddTerm(terms[i], weights[i], added);
        Articles++;
        Version++;
        Languages.Add(language);
        Stretch(time.Lo, time.Hi);
        LastArrival = Math.Max(LastArrival, arrival);
    }

    /// <summary>Takes over another story's articles (a merge); the terms new to this story go to <paramref name="added"/>.</summary>
    public void Absorb(StoryCentroid other, List<Term>? added)
    {
        for (int i = 0; i < other.Count; i++) AddTerm(other._terms[i], other._sums[i], added);
        Articles += other.Articles;
        Version++;
        Languages.UnionWith(other.Languages);
        Stretch(other.FirstLo, other.LastHi);
        LastArrival = Math.Max(LastArrival, other.LastArrival);
    }

    private void AddTerm(Term term, float weight, List<Term>? added)
    {
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, term, out bool exists);
        if (exists)
        {
            _sums[slot] += weight;
            return;
        }
        if (Count == _terms.Length)
        {
            Array.Resize(ref _terms, Count * 2);
            Array.Resize(ref _ids, Count * 2);
            Array.Resize(ref _sums, Count * 2);
        }
        slot = Count++;
        _terms[slot] = term;
        _ids[slot] = term.Id;
        _sums[slot] = weight;
        added?.Add(term);
    }

    /// <summary>
    /// Keeps the <paramref name="keep"/> heaviest terms by weight × IDF once the centroid has grown past
    /// twice that (pruning in batches keeps its cost off most articles); the terms dropped are appended to
    /// <paramref name="dropped"/> (for the postings). Returns whether anything was pruned.
    /// </summary>
    public bool Prune(int keep, Vocabulary vocabulary, List<Term> dropped)
    {
        if (Count <= 2 * keep) return false;
        var scratch = PruneScratch.For(Count);
        var order = scratch.Order;
        var index = scratch.Index;
        for (int i = 0; i < Count; i++)
        {
            order[i] = -(_sums[i] * vocabulary.Idf(_terms[i])); // heaviest first
            index[i] = i;
        }
        Array.Sort(order, index, 0, Count);
        // Kept entries are copied out first, then back to the front of the same arrays: no new arrays per prune
        // (a big story prunes every article or two, and its arrays live in the oldest GC generation).
        var keptTerms = scratch.Terms;
        var keptSums = scratch.Sums;
        for (int k = 0; k < Count; k++)
        {
            int from = index[k];
            if (k < keep)
            {
                keptTerms[k] = _terms[from];
                keptSums[k] = _sums[from];
            }
            else dropped.Add(_terms[from]);
        }
        _slots.Clear();
        for (int k = 0; k < keep; k++)
        {
            _terms[k] = keptTerms[k];
            _ids[k] = keptTerms[k].Id;
            _sums[k] = keptSums[k];
            _slots[keptTerms[k]] = k;
        }
        Array.Clear(_terms, keep, Count - keep);
        Array.Clear(keptTerms, 0, keep);
        Count = keep;
        Version++;
        return true;
    }

    /// <summary>Reused work arrays of <see cref="Prune"/> (one set per thread).</summary>
    private sealed class PruneScratch
    {
        [ThreadStatic] private static PruneScratch? _forThread;

        public float[] Order = [];
        public int[] Index = [];
        public Term[] Terms = [];
        public float[] Sums = [];

        public static PruneScratch For(int count)
        {
            var s = _forThread ??= new PruneScratch();
            if (s.Order.Length < count)
            {
                int n = Math.Max(count, 2 * s.Order.Length);
                s.Order = new float[n];
                s.Index = new int[n];
                s.Terms = new Term[n];
                s.Sums = new float[n];
            }
            return s;
        }
    }

    private void Stretch(DateTime lo, DateTime hi)
    {
        if (lo == DateTime.MinValue) return;
        if (FirstLo == DateTime.MinValue || lo < FirstLo) FirstLo = lo;
        if (hi > LastHi) LastHi = hi;
    }
}
