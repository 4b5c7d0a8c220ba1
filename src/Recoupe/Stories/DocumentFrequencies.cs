using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// Online document frequencies for IDF, learnt from the stream itself (no corpus to ship). Memory is bounded:
/// when the vocabulary passes its cap, all counts and the document total are halved and the terms left
/// under one occurrence are dropped, which also lets old vocabulary fade in favour of the recent.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly Dictionary<string, float> _df = new(StringComparer.Ordinal);
    private readonly int _maxVocabulary;

    public DocumentFrequencies(int maxVocabulary) => _maxVocabulary = Math.Max(1_000, maxVocabulary);

    public double Documents { get; private set; }
    public int Vocabulary => _df.Count;

    public void Add(ArticleProfile profile)
    {
        Documents++;
        foreach (var key in profile.Keys)
        {
            _df.TryGetValue(key, out var c);
            _df[key] = c + 1;
        }
        if (_df.Count > _maxVocabulary) Halve();
    }

    /// <summary>Smoothed IDF: rare terms weigh more; a term never seen weighs like a term seen once.</summary>
    public float Idf(string key)
    {
        _df.TryGetValue(key, out var c);
        return (float)Math.Log((Documents + 1) / (c + 0.5)) + 1f;
    }

    private void Halve()
    {
        var drop = new List<string>();
        foreach (var key in _df.Keys.ToArray())
        {
            var half = _df[key] / 2;
            if (half < 1) drop.Add(key);
            else _df[key] = half;
        }
        foreach (var key in drop) _df.Remove(key);
        Documents /= 2;
    }
}
