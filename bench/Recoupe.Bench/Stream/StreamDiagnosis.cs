using System.Globalization;
using Recoupe.Evaluation.Clustering;
using Recoupe.Pipeline;
using Recoupe.Stories;

namespace Recoupe.Bench.Stream;

/// <summary>
/// `stream diagnose [--seeds 4]`: streams RPM2 in one shuffled order and prints each decision that goes against
/// the gold topics (joined a story whose majority topic differs, or opened a new story while its topic had one),
/// with the candidate stories' scores and majority topics. For finding why stories split or mix.
/// </summary>
public static class StreamDiagnosis
{
    public static int Run(string data, Options options)
    {
        var gold = Rpm2Corpus.Load(data, RecoupePipeline.Default);
        // --topics T01,T03: the stream of those topics only (errors are read on a training half, never on the held-out one).
        if (options.Get("topics") is { } topics)
        {
            var kept = topics.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            gold = gold.Where(g => kept.Contains(g.Topic)).ToList();
        }
        foreach (var seed in options.Seeds())
        {
            var order = ClusteringEvalSuite.Shuffled(gold, seed);
            var assigner = new OnlineStoryAssigner(options.AssignerOptions());
            var members = new Dictionary<long, List<string>>();
            var alias = new Dictionary<long, long>();
            long next = 1;
            var storyOf = new long[order.Count];
            Console.WriteLine($"seed {seed}");
            string Majority(long story) => members.TryGetValue(Resolve(alias, story), out var m)
                ? m.GroupBy(t => t).OrderByDescending(x => x.Count()).First().Key + "/" + m.Count : "?";
            for (int i = 0; i < order.Count; i++)
            {
                var g = order[i];
                var explained = assigner.Explain(g.Article);
                var decision = assigner.Decide(g.Article);
                long id = decision.StoryId is { } s ? Resolve(alias, s) : next++;
                bool topicHasStory = members.Values.Any(m => m.Contains(g.Topic));
                string chosen = decision.StoryId is null ? "NEW" : Majority(id);
                bool wrong = decision.StoryId is null ? topicHasStory : !chosen.StartsWith(g.Topic, StringComparison.Ordinal);
                if (wrong)
                {
                    var cands = string.Join("  ", explained.Take(5).Select(c => string.Create(CultureInfo.InvariantCulture, $"{Majority(c.StoryId)}:{c.Score:F3}")));
                    Console.WriteLine($"  {i,3} {Path.GetFileNameWithoutExtension(g.File)} -> {chosen}   [{cands}]" +
                        (decision.MergedStoryIds.Length > 0 ? $" merges {string.Join(",", decision.MergedStoryIds.Select(Majority))}" : ""));
                }
                foreach (var m in decision.MergedStoryIds)
                {
                    var r = Resolve(alias, m);
                    if (r == id) continue;
                    alias[r] = id;
                    if (members.Remove(r, out var moved)) members.GetValueOrDefault(id)?.AddRange(moved);
                    if (!members.ContainsKey(id) && moved is not null) members[id] = moved;
                }
                if (!members.TryGetValue(id, out var list)) members[id] = list = [];
                list.Add(g.Topic);
                storyOf[i] = id;
                assigner.Commit(g.Article, id);
            }
            if (options.Has("leftovers"))
            {
                // After the whole stream: each article of a small story scored against the stories as they ended
                // (its own story included), to see how far it is from where it belongs.
                for (int i = 0; i < order.Count; i++)
                {
                    long own = Resolve(alias, storyOf[i]);
                    if (members[own].Count > 3) continue;
                    var cands = string.Join("  ", assigner.Explain(order[i].Article).Take(6).Select(c =>
                        string.Create(CultureInfo.InvariantCulture, $"{(Resolve(alias, c.StoryId) == own ? "*" : "")}{Majority(c.StoryId)}:{c.Score:F3}")));
                    Console.WriteLine($"  left {Path.GetFileNameWithoutExtension(order[i].File)}   [{cands}]");
                }
            }
        }
        return 0;
    }

    private static long Resolve(Dictionary<long, long> alias, long id)
    {
        while (alias.TryGetValue(id, out var n)) id = n;
        return id;
    }
}
