using System.Globalization;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Clustering;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Stream;

/// <summary>
/// `Recoupe.Bench stream eval|tune|bench [options]`: story clustering quality on RPM2, the threshold grid
/// search, and the streaming throughput benchmark. See Stream/README.md.
/// </summary>
public static class StreamCommand
{
    public static int Run(string[] args)
    {
        var verb = args.Length > 0 ? args[0] : "eval";
        var options = Options.Parse(args.Length > 0 ? args[1..] : []);
        var data = options.Get("data") ?? Path.Combine(EvalSuites.SharedEvalFolder() ?? "../shared/eval", "mds-fr-rpm2");
        switch (verb)
        {
            case "eval":
            {
                var assignerOptions = options.AssignerOptions();
                var suite = new ClusteringEvalSuite(options.Seeds(), () => new Recoupe.Stories.OnlineStoryAssigner(assignerOptions));
                var report = suite.Run(data, RecoupePipeline.Default, new EvalOptions(Details: options.Has("details") ? Console.Out : null));
                foreach (var (k, v) in report.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k,-28} {v:F4}"));
                return 0;
            }
            case "tune":
                return ThresholdTuner.Run(data, options);
            case "diagnose":
                return StreamDiagnosis.Run(data, options);
            case "bench":
                return StreamBenchmark.Run(data, options);
            default:
                Console.Error.WriteLine("usage: Recoupe.Bench stream eval|tune|bench [--data DIR] [--seeds 1,2,3] [--articles N] [--details]");
                return 2;
        }
    }
}

/// <summary>"--name value" and "--flag" command-line options.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public static Options Parse(string[] args)
    {
        var o = new Options();
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var name = args[i][2..];
            string? value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            o._values[name] = value;
        }
        return o;
    }

    public bool Has(string name) => _values.ContainsKey(name);
    public string? Get(string name) => _values.GetValueOrDefault(name);
    public int Int(string name, int fallback) => int.TryParse(Get(name), CultureInfo.InvariantCulture, out var v) ? v : fallback;

    public double Double(string name, double fallback) => double.TryParse(Get(name), CultureInfo.InvariantCulture, out var v) ? v : fallback;

    /// <summary>The assigner's defaults, overridden by --join, --merge-article, --merge-centroid, --title, --name, --number, --decay.</summary>
    public Recoupe.Stories.StoryAssignerOptions AssignerOptions()
    {
        var d = Recoupe.Stories.StoryAssignerOptions.Default;
        return d with
        {
            JoinThreshold = Double("join", d.JoinThreshold),
            MergeArticleThreshold = Double("merge-article", d.MergeArticleThreshold),
            MergeCentroidThreshold = Double("merge-centroid", d.MergeCentroidThreshold),
            TitleWeight = (float)Double("title", d.TitleWeight),
            NameWeight = (float)Double("name", d.NameWeight),
            EntityWeight = (float)Double("entity", d.EntityWeight),
            PlaceEntityWeight = (float)Double("entity-place", d.PlaceEntityWeight),
            NumberWeight = (float)Double("number", d.NumberWeight),
            DecayHalfLifeDays = Double("decay", d.DecayHalfLifeDays),
            ArticleTerms = Int("article-terms", d.ArticleTerms),
            DominantJoinThreshold = Double("dominant-join", d.DominantJoinThreshold),
            DominanceRatio = Double("dominance", d.DominanceRatio),
            LoneArticleMergeThreshold = Double("lone-merge", d.LoneArticleMergeThreshold),
            MinorStoryArticles = Int("minor-articles", d.MinorStoryArticles),
            MinorMergeMargin = Double("minor-margin", d.MinorMergeMargin),
            MinorSizeRatio = Int("minor-ratio", d.MinorSizeRatio),
            CentroidTerms = Int("centroid-terms", d.CentroidTerms),
            MaxCandidates = Int("candidates", d.MaxCandidates),
            MaxPostings = Int("max-postings", d.MaxPostings),
            QueryTerms = Int("query-terms", d.QueryTerms),
            CentroidArticleTerms = Int("centroid-article-terms", d.CentroidArticleTerms),
            CommonNameDiscount = Double("common-names", d.CommonNameDiscount),
            SkipCommonNameWords = Int("skip-common-name-words", d.SkipCommonNameWords ? 1 : 0) == 1,
            SizeAwareMerge = Int("size-aware-merge", d.SizeAwareMerge ? 1 : 0) == 1,
            YoungMergeOnContent = Int("young-merge-content", d.YoungMergeOnContent ? 1 : 0) == 1,
            EstablishedMergeThreshold = Get("established-merge") is null ? d.EstablishedMergeThreshold : Double("established-merge", 0),
        };
    }

    public int[] Seeds() => Get("seeds") is { } s
        ? s.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray()
        : [1, 2, 3, 4, 5];
}
