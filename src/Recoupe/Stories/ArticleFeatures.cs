using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// An article's story features as the assigner extracted them: its term keys in first-seen order with their
/// L2-normalised weights, its language and time. A pure function of the stored article and the code, so it can be
/// cached (the start-up index snapshot): replaying from it interns the same keys in the same order and weighs the same
/// vector, leaving the assigner exactly as replaying the article would, without deserialising or extracting it again.
/// </summary>
public sealed class ArticleFeatures(string language, ArticleTime time, string[] keys, float[] weights)
{
    public string Language { get; } = language;
    public ArticleTime Time { get; } = time;
    public string[] Keys { get; } = keys;
    public float[] Weights { get; } = weights;
}
