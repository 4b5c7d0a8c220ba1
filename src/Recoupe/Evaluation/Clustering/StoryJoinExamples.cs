using Recoupe.Learning;
using Recoupe.Stories;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// Training examples of the join model (<see cref="StoryJoinModel"/>): the gold articles replayed as a stream in
/// several shuffled (interleaved) orders, each article committed to its gold topic's story (teacher forcing: the
/// stories it is compared with are the right ones so far). One example per article: its features against each
/// candidate story of its language, plus "a new story" (all zeros); the right choice is its topic's story when that
/// is a candidate, else a new story (the first article of a topic, or one whose story the index did not find).
/// </summary>
public static class StoryJoinExamples
{
    /// <summary>The orders replayed for training (other seeds than the evaluation's 1–5).</summary>
    public static readonly IReadOnlyList<int> TrainingOrders = [101, 102, 103];

    public static List<RankingExample> Record(IReadOnlyList<GoldArticle> gold, IReadOnlyList<int> orders, StoryAssignerOptions options)
    {
        var examples = new List<RankingExample>();
        var rules = options with { JoinModel = null };
        foreach (var seed in orders)
        {
            var assigner = new OnlineStoryAssigner(rules);
            var storyOfTopic = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var g in ClusteringEvalSuite.Shuffled(gold, seed))
            {
                var candidates = assigner.JoinFeatures(g.Article);
                bool known = storyOfTopic.TryGetValue(g.Topic, out var goldStory);
                var vectors = new float[candidates.Count + 1][];
                var good = new bool[candidates.Count + 1];
                for (int i = 0; i < candidates.Count; i++)
                {
                    vectors[i] = candidates[i].Features;
                    good[i] = known && candidates[i].StoryId == goldStory;
                }
                vectors[^1] = new float[StoryJoinFeatures.Count];
                good[^1] = !good.Any(b => b);
                examples.Add(new RankingExample(vectors, good, g.Topic));
                if (!known) storyOfTopic[g.Topic] = goldStory = storyOfTopic.Count + 1;
                assigner.Commit(g.Article, goldStory);
            }
        }
        return examples;
    }
}
