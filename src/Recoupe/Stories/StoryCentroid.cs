using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// The running picture of one story: the summed feature weights of its articles (bounded to the heaviest
/// terms), how many articles it has, and the time span they cover. Mutable, owned by one assigner.
/// </summary>
internal sealed class StoryCentroid
{
    private Dictionary<string, float> _sums = new(StringComparer.Ordinal);

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

    public IReadOnlyDictionary<string, float> Sums => _sums;

    /// <summary>Adds an article's features; returns nothing, callers diff <see cref="Sums"/> keys for postings.</summary>
    public void Add(ArticleProfile profile, long arrival)
    {
        for (int i = 0; i < profile.Count; i++)
        {
            _sums.TryGetValue(profile.Keys[i], out var s);
            _sums[profile.Keys[i]] = s + profile.Weights[i];
        }
        Articles++;
        Languages.Add(profile.Language);
        Stretch(profile.Time.Lo, profile.Time.Hi);
        LastArrival = Math.Max(LastArrival, arrival);
    }

    /// <summary>Takes over another story's articles (a merge).</summary>
    public void Absorb(StoryCentroid other)
    {
        foreach (var (key, w) in other._sums)
        {
            _sums.TryGetValue(key, out var s);
            _sums[key] = s + w;
        }
        Articles += other.Articles;
        Languages.UnionWith(other.Languages);
        Stretch(other.FirstLo, other.LastHi);
        LastArrival = Math.Max(LastArrival, other.LastArrival);
    }

    /// <summary>
    /// Keeps the <paramref name="keep"/> heaviest terms by weight × IDF once the centroid has grown to twice
    /// that; returns the keys dropped (for the postings), or null when nothing was pruned.
    /// </summary>
    public List<string>? Prune(int keep, DocumentFrequencies df)
    {
        if (_sums.Count <= 2 * keep) return null;
        var ranked = new (float Score, string Key)[_sums.Count];
        int i = 0;
        foreach (var (key, w) in _sums) ranked[i++] = (w * df.Idf(key), key);
        Array.Sort(ranked, (a, b) => b.Score.CompareTo(a.Score));
        var kept = new Dictionary<string, float>(keep * 2 + 1, StringComparer.Ordinal);
        var dropped = new List<string>(ranked.Length - keep);
        for (int k = 0; k < ranked.Length; k++)
        {
            if (k < keep) kept[ranked[k].Key] = _sums[ranked[k].Key];
            else dropped.Add(ranked[k].Key);
        }
        _sums = kept;
        return dropped;
    }

    private void Stretch(DateTime lo, DateTime hi)
    {
        if (lo == DateTime.MinValue) return;
        if (FirstLo == DateTime.MinValue || lo < FirstLo) FirstLo = lo;
        if (hi > LastHi) LastHi = hi;
    }
}
