using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>An article's features as interned <see cref="Term"/>s with their weights (before IDF, L2-normalised).</summary>
internal sealed class TermVector
{
    public TermVector(string language, Term[] terms, float[] weights, ArticleTime time)
    {
        Language = language;
        Terms = terms;
        Weights = weights;
        Time = time;
    }

    public Term[] Terms { get; }
    public float[] Weights { get; }
    public string Language { get; }
    public ArticleTime Time { get; }
}
