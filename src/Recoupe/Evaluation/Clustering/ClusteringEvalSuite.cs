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

    /// <summary>Five orders; RECOUPE_CLUSTERING_ORDERS=N (diagnosis) takes seeds 1..N instead.</summary>
    public ClusteringEvalSuite() : this(Enumerable.Range(1,
        int.TryParse(Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_ORDERS"), out var n) && n > 0 ? n : 5).ToList()) { }

    /// <param name="seeds">One shuffled order per seed.</param>
    /// <param name="newAssigner">The assigner to measure; the pipeline's by default.</param>
    public ClusteringEvalSuite(IReadOnlyList<int> seeds, Func<IStoryAssigner>? newAssigner = null)
    {
        if (seeds.Count == 0) throw new ArgumentException("at least one seed", nameof(seeds));
        _seeds = seeds;
        _newAssigner = newAssigner;
    }

    /// <summary>The confusable streams of the training halves (<see cref="ConfusableTopics"/>), analysed once per run.</summary>
    private ConfusableCache? _confusable;

    public string Name => "clustering";
    public string Description => "Online story clustering on RPM2: B-cubed P/R/F1 and ARI against topics and clusters, over shuffled orders";
    public string DefaultDataFolder => "mds-fr-rpm2";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var gold = Rpm2Corpus.Load(dataPath, pipeline, options.Limit);
        _confusable = new ConfusableCache(pipeline);
        if (Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_VARIANTS") is { Length: > 0 } variants) CompareVariants(gold, variants);
        // Diagnosis: RECOUPE_CLUSTERING_SETTINGS (a variant, as above) replaces the shipped options of the main figures.
        var mainAssigner = _newAssigner ?? pipeline.NewStoryAssigner;
        if (_newAssigner is null && Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_SETTINGS") is { Length: > 0 } settings)
        {
            var chosen = ParseVariant(settings).Options;
            mainAssigner = () => new OnlineStoryAssigner(chosen);
        }
        var report = Score(gold, mainAssigner, options.Details);
        report = WithConfusable(report, gold, mainAssigner);
        // RECOUPE_CLUSTERING_CV=0 skips the held-out figures (two minutes on two cores) for a quick look at the shipped assigner.
        bool crossValidate = _newAssigner is null && Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_CV") != "0";
        return crossValidate ? WithCrossValidation(report, gold) : report;
    }

    /// <summary>
    /// Whether the rules re-tuned per half (cv_rules_*) are tuned on the half's confusable stream as well as its own
    /// (<see cref="RuleCrossValidation.Tune"/>).
    /// </summary>
    public static bool ConfusableSelection =>
        Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_CONFUSABLE") is not { } v || v != "0";

    /// <summary>
    /// The assigner on the confusable stream of every dev topic (<see cref="ConfusableTopics"/>: pairs of topics, one
    /// told with the other's names), over the same orders: "confusable_topic_bcubed_*". Nothing was tuned on this stream
    /// for the shipped thresholds except where they were selected with it (see the Stories README).
    /// </summary>
    /// <summary>RECOUPE_CLUSTERING_CONFUSABLE_DETAILS=1: the confusable stream's stories and trace on stderr (diagnosis).</summary>
    private static TextWriter? ConfusableDetails => Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_CONFUSABLE_DETAILS") == "1" ? Console.Error : null;

    private EvalReport WithConfusable(EvalReport report, IReadOnlyList<GoldArticle> gold, Func<IStoryAssigner> newAssigner)
    {
        if (gold.Select(g => g.Topic).Distinct().Count() < 2) return report;
        var stream = _confusable!.Of(gold);
        var figures = Score(stream, newAssigner, ConfusableDetails).Metrics;
        var metrics = new Dictionary<string, double>(report.Metrics)
        {
            ["confusable_topic_bcubed_f1"] = figures["topic_bcubed_f1"],
            ["confusable_topic_bcubed_f1_min"] = figures["topic_bcubed_f1_min"],
            ["confusable_topic_bcubed_precision"] = figures["topic_bcubed_precision"],
            ["confusable_topic_bcubed_recall"] = figures["topic_bcubed_recall"],
        };
        return report with { Metrics = metrics, Notes = report.Notes.Append($"confusable_*: {stream.Count} articles, topic pairs (B, A told with B's names; ConfusableTopics)").ToList() };
    }

    /// <summary>Folds of topics for selecting the join model's setting (3 topics each on RPM2 dev).</summary>
    public const int SelectionFolds = 4;

    /// <summary>Partitions of the topics into two halves for the held-out figures (each half held out in turn).</summary>
    public static readonly IReadOnlyList<int> Partitions = [1, 2];

    /// <summary>
    /// Adds the held-out-topic figures of the join model (nested CV, <see cref="StoryJoinCrossValidation"/>): each fold's
    /// topics clustered as a stream of their own by a model that never saw them, with settings chosen without them;
    /// on the same streams, the shipped model (trained and selected on every dev topic: in-sample) and the rules
    /// (thresholds tuned on every dev topic: in-sample too). "cv_gap" = in-sample − held-out on the same streams.
    /// </summary>
    private EvalReport WithCrossValidation(EvalReport report, IReadOnlyList<GoldArticle> gold)
    {
        if (gold.Select(g => g.Topic).Distinct().Count() < 8) return report;
        var options = StoryAssignerOptions.Default;
        // RECOUPE_CLUSTERING_CV=rules: only the rules re-tuned per half (the join model's nested CV is most of the time).
        if (Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_CV") == "rules") return WithRuleFigures(report, gold, options, report.Notes);
        var references = new Dictionary<string, StoryAssignerOptions> { ["rules"] = options with { JoinModel = null } };
        var shippedModel = options with { JoinModel = options.JoinModel ?? StoryJoinModel.Shipped };
        if (shippedModel.JoinModel is not null) references["shipped"] = shippedModel;
        var (model, others, settings) = StoryJoinCrossValidation.Measure(gold, Partitions, _seeds, options, references,
            ConfusableSelection ? _confusable : null);
        var metrics = new Dictionary<string, double>(report.Metrics)
        {
            ["cv_topic_bcubed_f1"] = model.F1,
            ["cv_topic_bcubed_f1_min"] = model.MinF1,
            ["cv_topic_bcubed_precision"] = model.Precision,
            ["cv_topic_bcubed_recall"] = model.Recall,
        };
        foreach (var (name, f) in others)
        {
            metrics[$"cv_streams_{name}_f1"] = f.F1;
            metrics[$"cv_streams_{name}_f1_min"] = f.MinF1;
            metrics[$"cv_streams_{name}_precision"] = f.Precision;
        }
        if (others.TryGetValue("shipped", out var shipped))
        {
            metrics["cv_gap"] = shipped.F1 - model.F1;
            // The shipped model on the whole 12-topic stream (in-sample), next to the default assigner's figures above.
            var whole = StoryJoinCrossValidation.Score(gold, _seeds, shippedModel);
            metrics["model_topic_bcubed_f1"] = whole.F1;
            metrics["model_topic_bcubed_f1_min"] = whole.MinF1;
            metrics["model_topic_bcubed_precision"] = whole.Precision;
        }
        var notes = report.Notes.Append(
            $"cv: {Partitions.Count} partitions of the topics in halves, each half clustered alone by a model trained on the other (setting by CV inside that one); "
            + "cv_streams_*: the same held-out streams clustered by the shipped model / the rules (both tuned on every dev topic); "
            + "cv_rules_*: the rules re-tuned on each training half (fair comparison); model settings chosen per half: "
            + string.Join("; ", settings.Select(s => string.Create(CultureInfo.InvariantCulture, $"L2 {s.L2} threshold {s.Threshold} merges {(s.Merges ? "on" : "off")}")))).ToList();
        return WithRuleFigures(report with { Metrics = metrics }, gold, options, notes);
    }

    /// <summary>
    /// RECOUPE_CLUSTERING_VARIANTS="names=0,ties=first;names=1,ties=plateau;confusable=1,shares=0/0.35": for each variant of the shipped options (the
    /// articles analysed once), the in-sample figures on the whole stream and the rules re-tuned per held-out half, on
    /// stderr. Variants are compared by their held-out figures (the in-sample ones are printed for the gap). "confusable=1"
    /// tunes each training half on its confusable stream too; "shares=a/b" puts those MinContentShare values in its grid.
    /// </summary>
    private void CompareVariants(IReadOnlyList<GoldArticle> gold, string variants)
    {
        foreach (var variant in variants.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (options, ties, confusable, shares) = ParseVariant(variant);
            var inSample = StoryJoinCrossValidation.Score(gold, _seeds, options);
            var heldOut = RuleCrossValidation.Measure(gold, Partitions, _seeds, options, ties, confusable ? _confusable!.Of : null, shares);
            var swapped = StoryJoinCrossValidation.Score(_confusable!.Of(gold), _seeds, options);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"variant [{variant}]: in-sample F1 {inSample.F1:F4} worst {inSample.MinF1:F4} P {inSample.Precision:F4} R {inSample.Recall:F4}; confusable F1 {swapped.F1:F4} worst {swapped.MinF1:F4} P {swapped.Precision:F4}; held-out halves F1 {heldOut.F1:F4} worst {heldOut.MinF1:F4} P {heldOut.Precision:F4} R {heldOut.Recall:F4}; gap {inSample.F1 - heldOut.F1:F4}"));
        }
    }

    /// <summary>A variant's options ("join=0.12,dominant=0.06,...": changes to the shipped options) and its selection settings.</summary>
    internal static (StoryAssignerOptions Options, GridTies Ties, bool Confusable, double[]? Shares) ParseVariant(string variant)
    {
        var options = StoryAssignerOptions.Default;
        var ties = GridTies.First;
        bool confusable = false;
        double[]? shares = null;
        foreach (var setting in variant.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (setting.Split('=')[0].Trim(), setting.Split('=')[1].Trim());
            double number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;
            options = key switch
            {
                "names" => options with { CommonNameDiscount = number },
                "dominant-min" => options with { DominantMinArticles = (int)number },
                "name-weight" => options with { NameWeight = (float)number },
                "content" => options with { MinContentShare = number },
                "join" => options with { JoinThreshold = number },
                "dominant" => options with { DominantJoinThreshold = number },
                "merge" => options with { MergeCentroidThreshold = number },
                "size-aware" => options with { SizeAwareMerge = number > 0 },
                "young-content" => options with { YoungMergeOnContent = number > 0 },
                "young-ratio" => options with { YoungMergeSizeRatio = number > 0 },
                "minor" => options with { MinorStoryArticles = (int)number },
                "lone" => options with { LoneArticleMergeThreshold = number },
                "established-merge" => options with { EstablishedMergeThreshold = number },
                "ties" or "confusable" or "shares" => options,
                _ => throw new ArgumentException($"unknown variant setting '{key}'"),
            };
            if (key == "ties") ties = Enum.Parse<GridTies>(value, ignoreCase: true);
            if (key == "confusable") confusable = number > 0;
            if (key == "shares") shares = value.Split('/').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        }
        return (options, ties, confusable, shares);
    }

    private EvalReport WithRuleFigures(EvalReport report, IReadOnlyList<GoldArticle> gold, StoryAssignerOptions options, IReadOnlyList<string> notes)
    {
        var metrics = new Dictionary<string, double>(report.Metrics);
        var rules = RuleCrossValidation.Measure(gold, Partitions, _seeds, options, GridTies.First, ConfusableSelection ? _confusable!.Of : null);
        metrics["cv_rules_topic_bcubed_f1"] = rules.F1;
        metrics["cv_rules_topic_bcubed_f1_min"] = rules.MinF1;
        metrics["cv_rules_topic_bcubed_precision"] = rules.Precision;
        metrics["cv_rules_topic_bcubed_recall"] = rules.Recall;
        return report with { Metrics = metrics, Notes = notes };
    }

    /// <summary>Scores already analysed gold articles (used by the tuner, which analyses once).</summary>
    public EvalReport Score(IReadOnlyList<GoldArticle> gold, Func<IStoryAssigner> newAssigner, TextWriter? details = null)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        double minTopicF1 = double.MaxValue;
        foreach (var seed in _seeds)
        {
            var order = Shuffled(gold, seed);
            var assigner = newAssigner();
            var stories = StoryStream.Assign(assigner, order.Select(g => g.Article).ToList(), details is null || !Trace ? null : Tracer(details, order));
            if (details is not null && Trace && assigner is OnlineStoryAssigner online)
            {
                var ids = stories.Distinct().Order().ToList();
                foreach (var a in ids)
                    foreach (var b in ids.Where(b => b > a))
                        details.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    resemblance {a} {b}: {online.Resemblance(a, b):F3}"));
            }
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

    /// <summary>RECOUPE_CLUSTERING_TRACE=1 with --details: every new story and merge of each order (diagnosis).</summary>
    private static bool Trace => Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_TRACE") == "1";

    private static Action<int, StoryDecision, long> Tracer(TextWriter details, List<GoldArticle> order)
    {
        var members = new Dictionary<long, List<string>>();
        string Composition(long id) => members.TryGetValue(id, out var m)
            ? string.Join(" ", m.GroupBy(c => c).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}x{g.Count()}")) : "?";
        return (i, decision, id) =>
        {
            var file = Path.GetFileNameWithoutExtension(order[i].File);
            if (decision.StoryId is null) details.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    #{i} {file} new story {id} (best {decision.Score:F3})"));
            else if (!members.TryGetValue(id, out var m) || !m.Contains(order[i].Cluster))
                details.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    #{i} {file} joins {id} [{Composition(id)}] at {decision.Score:F3}"));
            foreach (var merged in decision.MergedStoryIds)
            {
                details.WriteLine($"    #{i} {file} merges {merged} [{Composition(merged)}] into {id} [{Composition(id)}]");
                if (members.Remove(merged, out var moved) && merged != id) (members.TryGetValue(id, out var into) ? into : members[id] = []).AddRange(moved);
            }
            (members.TryGetValue(id, out var list) ? list : members[id] = []).Add(order[i].Cluster);
        };
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
