using System.Globalization;
using Recoupe.Pipeline;
using Recoupe.Stories;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// `recoupe eval clustering`: streams the RPM2 articles through the pipeline's story assigner in several
/// shuffled orders (the assigner must not depend much on arrival order) and scores the stories found
/// against the gold topics and clusters: B-cubed precision/recall/F1 and ARI, averaged over the orders,
/// with the worst order's topic F1 as "topic_bcubed_f1_min".
/// </summary>
public sealed class ClusteringEvalSuite : IEvalSuite
{
    private readonly IReadOnlyList<int> _seeds;
    private readonly Func<IStoryAssigner>? _newAssigner;

    public ClusteringEvalSuite() : this([1, 2, 3, 4, 5]) { }

    /// <param name="seeds">One shuffled order per seed.</param>
    /// <param name="newAssigner">The assigner to measure; the pipeline's by default.</param>
    public ClusteringEvalSuite(IReadOnlyList<int> seeds, Func<IStoryAssigner>? newAssigner = null)
    {
        if (seeds.Count == 0) throw new ArgumentException("at least one seed", nameof(seeds));
        _seeds = seeds;
        _newAssigner = newAssigner;
    }

    public string Name => "clustering";
    public string Description => "Online story clustering on RPM2: B-cubed P/R/F1 and ARI against topics and clusters, over shuffled orders";
    public string DefaultDataFolder => "mds-fr-rpm2";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var gold = Rpm2Corpus.Load(dataPath, pipeline, options.Limit);
        return Score(gold, _newAssigner ?? pipeline.NewStoryAssigner, options.Details);
    }

    /// <summary>Scores already analysed gold articles (used by the tuner, which analyses once).</summary>
    public EvalReport Score(IReadOnlyList<GoldArticle> gold, Func<IStoryAssigner> newAssigner, TextWriter? details = null)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        double minTopicF1 = double.MaxValue;
        foreach (var seed in _seeds)
        {
            var order = Shuffled(gold, seed);
            var stories = StoryStream.Assign(newAssigner(), order.Select(g => g.Article).ToList());
            var topics = order.Select(g => g.Topic).ToList();
            var clusters = order.Select(g => g.Cluster).ToList();
            var topic = ClusteringMetrics.BCubed(stories, topics);
            var cluster = ClusteringMetrics.BCubed(stories, clusters);
            var figures = new Dictionary<string, double>
            {
                ["topic_bcubed_precision"] = topic.Precision,
                ["topic_bcubed_recall"] = topic.Recall,
                ["topic_bcubed_f1"] = topic.F1,
                ["topic_ari"] = ClusteringMetrics.AdjustedRandIndex(stories, topics),
                ["cluster_bcubed_precision"] = cluster.Precision,
                ["cluster_bcubed_recall"] = cluster.Recall,
                ["cluster_bcubed_f1"] = cluster.F1,
                ["cluster_ari"] = ClusteringMetrics.AdjustedRandIndex(stories, clusters),
                ["stories"] = stories.Distinct().Count(),
            };
            foreach (var (k, v) in figures) sums[k] = sums.GetValueOrDefault(k) + v;
            minTopicF1 = Math.Min(minTopicF1, topic.F1);
            details?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"seed {seed}: topic F1 {topic.F1:F4} (P {topic.Precision:F4} R {topic.Recall:F4}), cluster F1 {cluster.F1:F4}, stories {figures["stories"]}"));
            if (details is not null) WriteStories(details, order, stories);
        }
        var metrics = sums.ToDictionary(kv => kv.Key, kv => kv.Value / _seeds.Count);
        metrics["topic_bcubed_f1_min"] = minTopicF1;
        metrics["articles"] = gold.Count;
        metrics["orders"] = _seeds.Count;
        return new EvalReport(Name, metrics, [$"{gold.Count} articles, {_seeds.Count} shuffled orders (seeds {string.Join(",", _seeds)})"]);
    }

    public static List<GoldArticle> Shuffled(IReadOnlyList<GoldArticle> gold, int seed)
    {
        var order = gold.ToList();
        var random = new Random(seed);
        for (int i = order.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    private static void WriteStories(TextWriter details, List<GoldArticle> order, long[] stories)
    {
        foreach (var group in order.Zip(stories).GroupBy(p => p.Second).OrderBy(g => g.Min(p => p.First.File), StringComparer.Ordinal))
        {
            // Small stories by file (they are the ones to look at), big ones by cluster.
            var names = group.Select(p => group.Count() <= 3 ? Path.GetFileNameWithoutExtension(p.First.File) : p.First.Cluster);
            details.WriteLine($"  story {group.Key}: {string.Join(" ", names.Order(StringComparer.Ordinal))}");
        }
    }
}
