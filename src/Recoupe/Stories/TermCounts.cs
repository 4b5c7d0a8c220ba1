using System.Runtime.InteropServices;
using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// The <see cref="IFeatureSink"/> of the story assigner: counts an article's features straight under the
/// vocabulary's terms. A stem is found from its surface word's hash (<see cref="TermCache"/>), so the usual token
/// costs one probe and an array add: no stem key string, no string-keyed dictionary of the article's counts and
/// none of the vocabulary's (together a fifth of the assigning thread's time). Misses go the long way once
/// (stemmer, key string, vocabulary). Counts are kept by term id; the terms in first-seen order, which fixes the
/// order of the article's vector as the string path's dictionary did. One per assigner; not thread-safe.
/// </summary>
internal sealed class TermCounts : IFeatureSink
{
    private readonly Vocabulary _vocabulary;
    private readonly TermCache _cache = new();
    private readonly List<Term> _terms = new(512);
    private float[] _counts = new float[1024];
    private int[] _stamps = new int[1024];
    private int _stamp = 1;
    private string? _saltLanguage;
    private ulong _salt;

    public TermCounts(Vocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>Empties the counts for the next article.</summary>
    public void Clear()
    {
        _terms.Clear();
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    public void AddStem(ReadOnlySpan<char> lowerWord, ulong wordHash, string language, float weight)
    {
        // The same word stems differently by language: the language is mixed into the key.
        ulong hash = wordHash * 0x9E3779B97F4A7C15UL ^ SaltOf(language);
        var term = _cache.Get(hash);
        if (term is null)
        {
            term = _vocabulary.Intern(StemKeys.For(lowerWord, wordHash, language));
            _cache.Put(hash, term);
        }
        Count(term, weight);
    }

    public void Add(ReadOnlySpan<char> key, float weight)
    {
        ulong hash = WordHash.Of(key);
        var term = _cache.Get(hash);
        // Names and numbers are keyed by their whole text, so a hit can be checked exactly.
        if (term is null || !key.SequenceEqual(term.Key))
        {
            term = _vocabulary.Intern(key);
            _cache.Put(hash, term);
        }
        Count(term, weight);
    }

    public bool Contains(ReadOnlySpan<char> key)
    {
        var term = _cache.Get(WordHash.Of(key));
        if (term is null || !key.SequenceEqual(term.Key)) term = _vocabulary.Find(key);
        return term is not null && term.Id < _stamps.Length && _stamps[term.Id] == _stamp;
    }

    private void Count(Term term, float weight)
    {
        int id = term.Id;
        if (id >= _stamps.Length)
        {
            int n = Math.Max(id + 1, 2 * _stamps.Length);
            Array.Resize(ref _stamps, n);
            Array.Resize(ref _counts, n);
        }
        if (_stamps[id] != _stamp)
        {
            _stamps[id] = _stamp;
            _counts[id] = weight;
            _terms.Add(term);
        }
        else _counts[id] += weight;
    }

    /// <summary>The counted terms with their L2-normalised weights (kind and sub-linear tf as the extractor weighs them).</summary>
    public (Term[] Terms, float[] Weights) ToVector(ProfileExtractor extractor)
    {
        var terms = new Term[_terms.Count];
        var weights = new float[terms.Length];
        Fill(extractor, terms, weights);
        return (terms, weights);
    }

    // The vector buffers lent by ToScratchVector, grown to the longest article and kept for the next one.
    private Term[] _scratchTerms = new Term[512];
    private float[] _scratchWeights = new float[512];

    /// <summary>
    /// As <see cref="ToVector"/>, into buffers this instance owns (only the first <c>Count</c> entries are the
    /// article's): valid until the next call. The assigner's decision path takes this (a vector per article was a
    /// third of what the assigning thread allocated); whatever must outlive the next article takes <see cref="ToVector"/>.
    /// </summary>
    public (Term[] Terms, float[] Weights, int Count) ToScratchVector(ProfileExtractor extractor)
    {
        int count = _terms.Count;
        if (_scratchTerms.Length < count || _scratchTerms.Length > 1 << 16 && count < 1 << 12)
        {
            // Grows with the longest article; a hostile text's size is given back on the next ordinary one.
            int n = Math.Max(512, count);
            _scratchTerms = new Term[n];
            _scratchWeights = new float[n];
        }
        Fill(extractor, _scratchTerms.AsSpan(0, count), _scratchWeights.AsSpan(0, count));
        return (_scratchTerms, _scratchWeights, count);
    }

    private void Fill(ProfileExtractor extractor, Span<Term> terms, Span<float> weights)
    {
        CollectionsMarshal.AsSpan(_terms).CopyTo(terms);
        double norm = 0;
        for (int i = 0; i < terms.Length; i++)
        {
            float w = extractor.Weight(terms[i].Kind, _counts[terms[i].Id]);
            weights[i] = w;
            norm += w * w;
        }
        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            for (int k = 0; k < weights.Length; k++) weights[k] *= inv;
        }
    }

    private ulong SaltOf(string language)
    {
        if (!ReferenceEquals(language, _saltLanguage))
        {
            _salt = Recoupe.Dedup.HashMix.Spread(WordHash.Of(language));
            _saltLanguage = language;
        }
        return _salt;
    }
}
