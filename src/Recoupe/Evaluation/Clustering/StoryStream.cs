using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// Plays the engine's part around an <see cref="IStoryAssigner"/> for evaluation and benchmarks: streams
/// articles in a given order, hands out story ids as a store would, records merges as aliases, and gives
/// each article's final story (after all merges).
/// </summary>
public static class StoryStream
{
    /// <param name="observe">Called after each decision with the article's index, the decision and the story it went to (diagnosis).</param>
    public static long[] Assign(IStoryAssigner assigner, IReadOnlyList<AnalyzedArticle> articles, Action<int, StoryDecision, long>? observe = null)
    {
        var storyOf = new long[articles.Count];
        var alias = new Dictionary<long, long>();
        long nextId = 1;
        for (int i = 0; i < articles.Count; i++)
        {
            var decision = assigner.Decide(articles[i]);
            long id = decision.StoryId is { } s ? Resolve(alias, s) : nextId++;
            foreach (var merged in decision.MergedStoryIds)
            {
                var m = Resolve(alias, merged);
                if (m != id) alias[m] = id;
            }
            storyOf[i] = id;
            observe?.Invoke(i, decision, id);
            assigner.Commit(articles[i], id);
        }
        for (int i = 0; i < storyOf.Length; i++) storyOf[i] = Resolve(alias, storyOf[i]);
        return storyOf;
    }

    private static long Resolve(Dictionary<long, long> alias, long id)
    {
        while (alias.TryGetValue(id, out var next)) id = next;
        return id;
    }
}
