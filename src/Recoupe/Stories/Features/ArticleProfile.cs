namespace Recoupe.Stories.Features;

/// <summary>
/// The features of one article that story assignment compares: a sparse vector of stems, names and
/// numbers (weights before IDF, L2-normalised), its language and when it happened.
/// Built once per article by <see cref="ProfileExtractor"/>; immutable.
/// </summary>
public sealed class ArticleProfile
{
    public ArticleProfile(string language, string[] keys, float[] weights, ArticleTime time)
    {
        if (keys.Length != weights.Length) throw new ArgumentException("keys and weights differ in length");
        Language = language;
        Keys = keys;
        Weights = weights;
        Time = time;
    }

    public string Language { get; }
    /// <summary>Feature keys, see <see cref="FeatureKeys"/>; distinct.</summary>
    public string[] Keys { get; }
    /// <summary>Sub-linear term frequency times field and kind weights, L2-normalised before IDF.</summary>
    public float[] Weights { get; }
    public ArticleTime Time { get; }
    public int Count => Keys.Length;
}

/// <summary>
/// When an article happened, as an interval [Lo, Hi] (a month-precision date covers the whole month),
/// or <see cref="Unknown"/> when neither the article nor the stream so far gave a date.
/// </summary>
public readonly record struct ArticleTime(DateTime Lo, DateTime Hi)
{
    public static readonly ArticleTime Unknown = new(DateTime.MinValue, DateTime.MinValue);
    public bool IsKnown => Lo != DateTime.MinValue;

    /// <summary>Days between two intervals: 0 when they overlap. 0 when either is unknown (no evidence of distance).</summary>
    public static double GapDays(ArticleTime a, DateTime otherLo, DateTime otherHi)
    {
        if (!a.IsKnown || otherLo == DateTime.MinValue) return 0;
        if (a.Lo > otherHi) return (a.Lo - otherHi).TotalDays;
        if (otherLo > a.Hi) return (otherLo - a.Hi).TotalDays;
        return 0;
    }
}
