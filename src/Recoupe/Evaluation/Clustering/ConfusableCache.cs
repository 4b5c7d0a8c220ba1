using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// The confusable stream (<see cref="ConfusableTopics.Stream"/>) of each set of topics asked for, built once: the
/// rewritten articles are analysed by the pipeline, which costs as much as loading them, and every variant and grid
/// point of a run reuses them.
/// </summary>
public sealed class ConfusableCache(RecoupePipeline pipeline, int seed = ConfusableCache.DefaultSeed)
{
    /// <summary>The pairing seed of the streams `eval clustering` uses.</summary>
    public const int DefaultSeed = 1;

    private readonly Dictionary<string, IReadOnlyList<GoldArticle>> _streams = new(StringComparer.Ordinal);

    public IReadOnlyList<GoldArticle> Of(IReadOnlyList<GoldArticle> gold)
    {
        var key = string.Join(",", gold.Select(g => g.Topic).Distinct().Order(StringComparer.Ordinal));
        if (!_streams.TryGetValue(key, out var stream)) _streams[key] = stream = ConfusableTopics.Stream(gold, pipeline, seed);
        return stream;
    }
}
