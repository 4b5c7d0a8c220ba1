using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// An article's features as interned <see cref="Term"/>s with their weights (before IDF, L2-normalised): the
/// first <see cref="Count"/> entries of the arrays (which may be an assigner's reused buffers, longer than that).
/// </summary>
internal sealed class TermVector
{
    private readonly Term[] _terms;
    private readonly float[] _weights;

    public TermVector(string language, Term[] terms, float[] weights, ArticleTime time)
        : this(language, terms, weights, terms.Length, time) { }

    public TermVector(string language, Term[] terms, float[] weights, int count, ArticleTime time)
    {
        Language = language;
        _terms = terms;
        _weights = weights;
        Count = count;
        Time = time;
    }

    public int Count { get; }
    public ReadOnlySpan<Term> Terms => _terms.AsSpan(0, Count);
    public ReadOnlySpan<float> Weights => _weights.AsSpan(0, Count);

    /// <summary>The same features at another time (an undated article placed at stream time).</summary>
    public TermVector At(ArticleTime time) => new(Language, _terms, _weights, Count, time);
    public string Language { get; }
    public ArticleTime Time { get; }
}
