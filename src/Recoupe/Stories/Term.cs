using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// One feature (stem, name or number) as the assigner knows it: interned once, so that centroids, postings
/// and IDF work on references instead of hashing strings in the inner loops. Holds its document frequency
/// and its posting list (the active stories whose centroid has it).
/// </summary>
internal sealed class Term : IEquatable<Term>
{
    private static int _created;
    // A precomputed hash: terms are keys of every centroid and article dictionary, and the default object
    // hash (from the object header) costs more than reading a field.
    private readonly int _hash;

    public Term(string key, int id)
    {
        Key = key;
        Id = id;
        Kind = FeatureKeys.KindOf(key);
        _hash = (int)Recoupe.Dedup.HashMix.Spread((ulong)Interlocked.Increment(ref _created));
    }

    public bool Equals(Term? other) => ReferenceEquals(this, other);
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    public override int GetHashCode() => _hash;

    public string Key { get; }
    /// <summary>
    /// A small dense number, unique among the vocabulary's live terms (ids of forgotten terms are reused):
    /// index into per-query arrays, so that scoring reads a float by id instead of hashing a term.
    /// </summary>
    public int Id { get; }
    public FeatureKind Kind { get; }
    public bool IsLanguageIndependent => Kind != FeatureKind.Stem;

    /// <summary>Documents that had this term (decayed by halving, see <see cref="Vocabulary"/>).</summary>
    public float DocumentFrequency { get; set; }

    private HashSet<int>? _stories;

    /// <summary>
    /// Slots (see <see cref="StoryIndex"/>) of the active stories whose centroid holds this term: the posting
    /// list of the inverted index. Null until the first story holds the term (most terms never do: the
    /// vocabulary is many times the indexed terms).
    /// </summary>
    public HashSet<int>? Stories => _stories;
    public int StoryCount => _stories?.Count ?? 0;

    public void AddStory(int slot) => (_stories ??= []).Add(slot);

    public void RemoveStory(int slot)
    {
        if (_stories is null) return;
        _stories.Remove(slot);
        if (_stories.Count == 0) _stories = null;
    }

    /// <summary>Set when the vocabulary forgot the term (see <see cref="Vocabulary"/>); its id is then reused.</summary>
    internal bool IsForgotten;

    /// <summary>Scratch mark of one commit (OnlineStoryAssigner.PruneAndPost): which list the term was seen in.</summary>
    internal long Mark;

    // IDF cache: recomputed when the term's frequency changed or the document total moved by more than 1%.
    internal float CachedIdf;
    internal float CachedAtFrequency = -1;
    internal int CachedAtStoryCount;
    internal int CachedAtStories;
    internal double CachedAtDocuments;

    public bool IsStemOf(string language) => Kind == FeatureKind.Stem && FeatureKeys.IsStemOf(Key, language);

    public override string ToString() => Key;
}
