namespace Recoupe.Dedup;

/// <summary>
/// Near-duplicate detection with MinHash over word shingles and LSH banding: a syndicated wire copy or a
/// light rewrite of an earlier article is found in time independent of how many articles are indexed, and
/// <see cref="FindCopyOf"/> returns the earliest article of its copy chain. Memory is bounded by
/// <see cref="DuplicateIndexOptions.Capacity"/> texts in a ring: the oldest are forgotten first. The engine
/// restores the index on start by calling <see cref="Add"/> for its most recent articles, oldest first.
/// One instance per engine; not thread-safe.
/// </summary>
public sealed class NearDuplicateIndex : IDuplicateIndex
{
    private readonly DuplicateIndexOptions _options;
    private readonly Entry?[] _ring;
    private readonly Dictionary<ulong, int> _buckets = [];
    private readonly Dictionary<string, int> _exact = new(StringComparer.Ordinal);
    private long _added;
    private (string Text, Fingerprint Print)? _last;

    public NearDuplicateIndex() : this(DuplicateIndexOptions.Default) { }

    public NearDuplicateIndex(DuplicateIndexOptions options)
    {
        if (options.Bands * options.RowsPerBand is < 1 or > 256) throw new ArgumentException("bands × rows must be in 1..256", nameof(options));
        _options = options;
        _ring = new Entry?[Math.Max(1, options.Capacity)];
    }

    /// <summary>Texts currently remembered.</summary>
    public int Count => (int)Math.Min(_added, _ring.Length);

    public long? FindCopyOf(string text, string language)
    {
        // The engine asks, then adds the same text: the answer stands while nothing was added in between.
        if (_lastFound is { } found && ReferenceEquals(found.Text, text) && found.Added == _added) return found.Root;
        var root = Find(text);
        _lastFound = (text, _added, root);
        return root;
    }

    private (string Text, long Added, long? Root)? _lastFound;

    private long? Find(string text) => Find(FingerprintOf(text));

    private long? Find(Fingerprint print)
    {
        if (print.Signature is null)
            return print.ExactKey is not null && _exact.TryGetValue(print.ExactKey, out var e) && _ring[e] is { } exact ? exact.Root : null;

        Entry? best = null;
        double bestScore = 0;
        for (int band = 0; band < _options.Bands; band++)
        {
            if (!_buckets.TryGetValue(print.BandKeys![band], out var slot) || _ring[slot] is not { } candidate) continue;
            if (ReferenceEquals(candidate, best)) continue;
            double score = MinHashSignature.Similarity(print.Signature, candidate.Print.Signature!);
            // Ties go to the older article: the first published copy is the origin.
            if (score > bestScore || score == bestScore && best is not null && candidate.Id < best.Id)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best is not null && bestScore >= _options.CopyThreshold ? best.Root : null;
    }

    public void Add(long articleId, string text, string language)
    {
        // The root of a copy is the root of what it copies, so chains of copies all point at the origin.
        long root = FindCopyOf(text, language) ?? articleId;
        Insert(articleId, root, FingerprintOf(text));
    }

    /// <summary>
    /// <see cref="Add(long, string, string)"/> from a cached fingerprint (the start-up snapshot): the same root is found
    /// (the answer <see cref="FindCopyOf"/> caches is the one <see cref="Find(Fingerprint)"/> gives in the same state).
    /// </summary>
    public void Add(long articleId, Fingerprint print) => Insert(articleId, Find(print) ?? articleId, print);

    /// <summary>The fingerprint of the text last added (what a snapshot keeps of it).</summary>
    public Fingerprint? LastPrint { get; private set; }

    internal DuplicateIndexOptions Options => _options;

    private void Insert(long articleId, long root, Fingerprint print)
    {
        LastPrint = print;
        int slot = (int)(_added % _ring.Length);
        if (_ring[slot] is { } old) Forget(slot, old);
        var entry = new Entry(articleId, root, print);
        _ring[slot] = entry;
        _added++;
        if (print.Signature is null)
        {
            if (print.ExactKey is not null) _exact[print.ExactKey] = slot;
            return;
        }
        // A bucket keeps its latest entry: copies of one text share buckets, and any of them leads to the root.
        foreach (var key in print.BandKeys!) _buckets[key] = slot;
    }

    private void Forget(int slot, Entry old)
    {
        if (old.Print.BandKeys is { } keys)
        {
            foreach (var key in keys)
                if (_buckets.TryGetValue(key, out var s) && s == slot) _buckets.Remove(key);
        }
        else if (old.Print.ExactKey is { } exact && _exact.TryGetValue(exact, out var s) && s == slot)
        {
            _exact.Remove(exact);
        }
        _ring[slot] = null;
    }

    /// <summary>The engine calls FindCopyOf then Add with the same text: the fingerprint is computed once.</summary>
    private Fingerprint FingerprintOf(string text)
    {
        if (_last is { } last && ReferenceEquals(last.Text, text)) return last.Print;
        var print = Compute(text);
        _last = (text, print);
        return print;
    }

    private Fingerprint Compute(string text)
    {
        var shingles = Shingles.Of(text, _options.ShingleWords, _options.MaxTextChars);
        if (shingles.Count < _options.MinShingles)
        {
            // Too short for MinHash to be meaningful: exact match on the normalised words only.
            var key = shingles.Count == 0 ? null : string.Join(',', shingles);
            return new Fingerprint(null, null, key);
        }
        int size = _options.Bands * _options.RowsPerBand;
        var signature = MinHashSignature.Of(shingles, size);
        var bandKeys = new ulong[_options.Bands];
        for (int b = 0; b < bandKeys.Length; b++) bandKeys[b] = MinHashSignature.BandKey(signature, b, _options.RowsPerBand);
        return new Fingerprint(signature, bandKeys, null);
    }

    /// <summary>A text's MinHash signature and band keys, or for a short text its exact key (null: no words at all).</summary>
    public sealed record Fingerprint(uint[]? Signature, ulong[]? BandKeys, string? ExactKey);

    private sealed record Entry(long Id, long Root, Fingerprint Print);
}
