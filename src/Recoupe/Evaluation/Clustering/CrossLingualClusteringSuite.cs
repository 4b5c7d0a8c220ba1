using System.Globalization;
using Recoupe.Pipeline;
using Recoupe.Stories;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// `recoupe eval clustering-crosslingual`: French and English reports of the same events, written by us
/// (`eval/crosslingual/`, see its README), streamed through the story assigner in five arrival orders — French first,
/// English first, and three interleaved shuffles — and scored against the gold events: topic B-cubed P/R/F1 (mean and
/// worst order), the share of events whose French and English reports end in one story ("joined_events"), and the
/// number of stories holding articles of two events ("mixed_stories", summed over orders: it should be 0). The set
/// pairs events of the same kind close in time (two earthquakes, two transport strikes) so that joining on the kind
/// of event alone is punished.
/// </summary>
public sealed class CrossLingualClusteringSuite : IEvalSuite
{
    public string Name => "clustering-crosslingual";
    public string Description => "Story clustering of French and English reports of the same events (our own parallel set), five arrival orders";
    public string DefaultDataFolder => "eval/crosslingual";
    public bool DataInRepository => true;

    /// <summary>The arrival orders: by language either way, then shuffles of the whole set.</summary>
    public static readonly IReadOnlyList<string> Orders = ["fr-first", "en-first", "shuffle-1", "shuffle-2", "shuffle-3"];

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options) =>
        Score(ParallelCorpus.Load(dataPath, pipeline, options.Limit), pipeline.NewStoryAssigner, options.Details);

    public EvalReport Score(IReadOnlyList<GoldArticle> gold, Func<IStoryAssigner> newAssigner, TextWriter? details = null)
    {
        double p = 0, r = 0, f1 = 0, joined = 0, minF1 = double.MaxValue;
        int mixed = 0;
        foreach (var name in Orders)
        {
            var order = Order(gold, name);
            var stories = StoryStream.Assign(newAssigner(), order.Select(g => g.Article).ToList());
            var events = order.Select(g => g.Topic).ToList();
            var b = ClusteringMetrics.BCubed(stories, events);
            p += b.Precision; r += b.Recall; f1 += b.F1; minF1 = Math.Min(minF1, b.F1);
            joined += JoinedEvents(order, stories);
            int mixedHere = stories.Distinct().Count(s => order.Where((_, i) => stories[i] == s).Select(g => g.Topic).Distinct().Count() > 1);
            mixed += mixedHere;
            details?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: topic F1 {b.F1:F4} (P {b.Precision:F4} R {b.Recall:F4}), {stories.Distinct().Count()} stories, {mixedHere} mixed"));
            if (details is not null)
                foreach (var group in order.Zip(stories).GroupBy(x => x.Second).OrderBy(x => x.Key))
                    details.WriteLine($"  story {group.Key}: {string.Join(" ", group.Select(x => x.First.File).Order(StringComparer.Ordinal))}");
        }
        int n = Orders.Count;
        var metrics = new Dictionary<string, double>
        {
            ["topic_bcubed_precision"] = p / n,
            ["topic_bcubed_recall"] = r / n,
            ["topic_bcubed_f1"] = f1 / n,
            ["topic_bcubed_f1_min"] = minF1,
            ["joined_events"] = joined / n,
            ["mixed_stories"] = mixed,
            ["articles"] = gold.Count,
            ["events"] = gold.Select(g => g.Topic).Distinct().Count(),
            ["orders"] = n,
        };
        return new EvalReport(Name, metrics,
            [$"{gold.Count} articles ({gold.Count(g => g.Article.Article.Language == "en")} English), orders {string.Join(", ", Orders)}"]);
    }

    /// <summary>One of <see cref="Orders"/>: within a language block, articles keep the file's order.</summary>
    public static List<GoldArticle> Order(IReadOnlyList<GoldArticle> gold, string name) => name switch
    {
        "fr-first" => [.. gold.Where(g => g.Article.Article.Language == "fr"), .. gold.Where(g => g.Article.Article.Language != "fr")],
        "en-first" => [.. gold.Where(g => g.Article.Article.Language != "fr"), .. gold.Where(g => g.Article.Article.Language == "fr")],
        _ when name.StartsWith("shuffle-", StringComparison.Ordinal) =>
            ClusteringEvalSuite.Shuffled(gold, int.Parse(name["shuffle-".Length..], CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"unknown order '{name}'", nameof(name)),
    };

    /// <summary>Share of the events reported in both languages whose reports all end in one story.</summary>
    private static double JoinedEvents(List<GoldArticle> order, long[] stories)
    {
        int bilingual = 0, together = 0;
        foreach (var group in order.Select((g, i) => (g, story: stories[i])).GroupBy(x => x.g.Topic))
        {
            if (group.Select(x => x.g.Article.Article.Language).Distinct().Count() < 2) continue;
            bilingual++;
            if (group.Select(x => x.story).Distinct().Count() == 1) together++;
        }
        return bilingual == 0 ? 0 : (double)together / bilingual;
    }
}
