using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// One feature (stem, name or number) as the assigner knows it: interned once, so that centroids, postings
/// and IDF work on references instead of hashing strings in the inner loops. Holds its document frequency
/// and its posting list (the active stories whose centroid has it).
/// </summary>
internal sealed class Term
{
    public Term(string key)
    {
        Key = key;
        Kind = FeatureKeys.KindOf(key);
    }

    public string Key { get; }
    public FeatureKind Kind { get; }
    public bool IsLanguageIndependent => Kind != FeatureKind.Stem;

    /// <summary>Documents that had this term (decayed by halving, see <see cref="Vocabulary"/>).</summary>
    public float DocumentFrequency { get; set; }

    /// <summary>Active stories whose centroid holds this term: the posting list of the inverted index.</summary>
    public HashSet<StoryCentroid> Stories { get; } = [];

    // IDF cache: recomputed when the term's frequency changed or the document total moved by more than 1%.
    internal float CachedIdf;
    internal float CachedAtFrequency = -1;
    internal double CachedAtDocuments;

    public bool IsStemOf(string language) => Kind == FeatureKind.Stem && FeatureKeys.IsStemOf(Key, language);

    public override string ToString() => Key;
}
