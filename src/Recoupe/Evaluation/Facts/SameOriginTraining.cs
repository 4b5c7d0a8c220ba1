using System.Globalization;
using System.Text.Json;
using Recoupe.Briefs;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Facts;
using Recoupe.Evaluation.Summary;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// Trains and measures the learned "same origin" decision (<see cref="SameOriginModel"/>, <c>recoupe train same-origin</c>). Its
/// labels come from our judgements of briefs (eval/facts-judged/judged.json, TUNE half only: the CHECK half stays an estimate):
/// two sources of one judged fact that state it (SUPPORTS or PARTIAL) have the same origin when their judged origins are equal.
/// Each TUNE topic's 20 RPM2 articles are analysed as one story (as the pair classifier's data is), the cited sentences found
/// back in it, and each fact's sources counted by <see cref="FactSources"/> as a brief counts them. Cross-validation leaves one
/// TUNE topic out; the threshold is the one whose out-of-fold counts are most often right (ties: the highest, the most
/// conservative), so the model only joins sources where that pays on topics it never saw.
/// </summary>
internal static class SameOriginTraining
{
    public const double L2 = 0.3;
    public static readonly double[] Thresholds = Enumerable.Range(10, 10).Select(i => i / 20.0).Append(0.97).Append(0.99).ToArray();

    public sealed record JudgedFact(string Topic, SentenceUnit[] Members, string[] Origins, StoryCorpus Corpus, Briefs.Claims.ClaimFrame[] Frames);
    public sealed record OriginPair(string Topic, double[] Features, bool Same);
    public sealed record Data(List<JudgedFact> Facts, List<OriginPair> Pairs, List<string> Problems);

    public static Data Load(string ourJudged, string documents, RecoupePipeline pipeline)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(ourJudged));
        var citations = doc.RootElement.GetProperty("citations").EnumerateArray()
            .Select(c => (Topic: c.GetProperty("topic").GetString()!, Statement: c.GetProperty("statement").GetString()!, File: c.GetProperty("file").GetString()!,
                Sentence: c.GetProperty("sentence").GetString()!, Label: c.GetProperty("label").GetString()!.ToUpperInvariant(), Origin: c.GetProperty("origin").GetString()!))
            .Where(c => BriefsJudgedEvalSuite.PartOf(c.Topic) == "tune" && c.Label is "SUPPORTS" or "PARTIAL")
            .ToList();
        var facts = new List<JudgedFact>();
        var pairs = new List<OriginPair>();
        var problems = new List<string>();
        foreach (var topic in citations.GroupBy(c => c.Topic).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(documents, topic.Key + "_*.txt").Order(StringComparer.Ordinal).ToList();
            var story = TopicStory.Build(pipeline, TopicStory.Analyse(pipeline, files.Select(RpmCluster.ReadDocument)));
            foreach (var fact in topic.GroupBy(c => BriefJudgements.Fold(c.Statement), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var members = new List<SentenceUnit>();
                var origins = new List<string>();
                foreach (var c in fact)
                {
                    var u = story.Locate(c.Sentence, c.File);
                    if (u is null) { problems.Add($"{c.File}: sentence not found"); continue; }
                    if (members.Any(m => m.Index == u.Index)) continue;
                    members.Add(u);
                    origins.Add(c.Origin);
                }
                if (members.Select(m => m.ArticleIndex).Distinct().Count() < 2) continue;
                facts.Add(new JudgedFact(topic.Key, members.ToArray(), origins.ToArray(), story.Corpus, story.Frames));
                for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                    if (members[i].ArticleIndex != members[j].ArticleIndex)
                        pairs.Add(new OriginPair(topic.Key, SameOriginFeatures.Compute(story.Corpus, story.Frames, members[i], members[j]), origins[i] == origins[j]));
            }
        }
        return new Data(facts, pairs, problems);
    }

    /// <summary>Logistic regression, L2, full-batch gradient descent with momentum from zero: the same data gives the same weights.</summary>
    /// <param name="use">The features the model may use (null: all); the others keep a zero weight, mean and unit scale.</param>
    public static SameOriginModel Train(IReadOnlyList<OriginPair> pairs, double threshold, Dictionary<string, string>? card = null, FeatureSet? use = null)
    {
        int d = SameOriginFeatures.Count, n = pairs.Count;
        var mean = new double[d];
        var scale = new double[d];
        if (n == 0) return SameOriginModel.Off;
        var used = use?.Mask ?? Enumerable.Repeat(true, d).ToArray();
        double Value(OriginPair p, int f) => used[f] ? p.Features[f] : 0;
        foreach (var p in pairs) for (int f = 0; f < d; f++) mean[f] += Value(p, f) / n;
        foreach (var p in pairs) for (int f = 0; f < d; f++) scale[f] += Math.Pow(Value(p, f) - mean[f], 2) / n;
        for (int f = 0; f < d; f++) scale[f] = scale[f] > 1e-12 ? Math.Sqrt(scale[f]) : 1;
        var x = pairs.Select(p => Enumerable.Range(0, d).Select(f => (Value(p, f) - mean[f]) / scale[f]).ToArray()).ToArray();
        var w = new double[d + 1];
        var v = new double[d + 1];
        var look = new double[d + 1];
        var g = new double[d + 1];
        for (int it = 0; it < 2000; it++)
        {
            for (int f = 0; f <= d; f++) look[f] = w[f] + 0.9 * v[f];
            Array.Clear(g);
            for (int i = 0; i < n; i++)
            {
                double s = look[d];
                for (int f = 0; f < d; f++) s += look[f] * x[i][f];
                double err = (1 / (1 + Math.Exp(-s)) - (pairs[i].Same ? 1 : 0)) / n;
                for (int f = 0; f < d; f++) g[f] += err * x[i][f];
                g[d] += err;
            }
            for (int f = 0; f <= d; f++)
            {
                v[f] = 0.9 * v[f] - 0.5 * (g[f] + (f < d ? L2 * look[f] : 0));
                w[f] += v[f];
            }
        }
        return new SameOriginModel
        {
            Features = SameOriginFeatures.Names, Mean = mean.Select(m => Math.Round(m, 6)).ToArray(), Scale = scale.Select(s => Math.Round(s, 6)).ToArray(),
            Weights = w.Take(d).Select(c => Math.Round(c, 6)).ToArray(), Bias = Math.Round(w[d], 6), Threshold = threshold, Card = card ?? [],
        };
    }

    /// <summary>A named choice of features: the s7 set, and it with shared-wording features (<see cref="SharedWording"/>) added.</summary>
    public sealed record FeatureSet(string Name, bool[] Mask);

    /// <summary>
    /// The feature sets cross-validation chooses among, smallest first (a tie goes to the earlier one): the 15 features of issue 15
    /// s7, then with the rarity-weighted share of the shorter sentence kept (any order), kept in order, and all three.
    /// </summary>
    public static IReadOnlyList<FeatureSet> FeatureSets()
    {
        FeatureSet With(string name, params string[] added) =>
            new(name, SameOriginFeatures.Names.Select(f => !SameOriginFeatures.SharedWordingNames.Contains(f) || added.Contains(f)).ToArray());
        return
        [
            With("s7"),
            With("s7+kept_rare_words", "kept_rare_words"),
            With("s7+kept_in_order", "kept_in_order"),
            With("s7+kept_in_order+words", "kept_in_order", "kept_in_order_words"),
            With("s7+skipping_run", "skipping_run", "skipping_run_share"),
            With("s7+shared_wording", SameOriginFeatures.SharedWordingNames),
        ];
    }

    public sealed record CrossValidation(FeatureSet Set, double Threshold, int Facts, int RightRules, int OverRules, int UnderRules, int Right, int Over, int Under,
        IReadOnlyList<(string Set, double Threshold, int Right, int Over, int Under)> Curve);

    /// <summary>
    /// Leave one TUNE topic out: for each feature set, each fold's model counts the held-out topic's judged facts at every
    /// threshold. The set and threshold with the most counts right out of fold win (ties: the earlier set, then the highest threshold).
    /// </summary>
    public static CrossValidation CrossValidate(Data data)
    {
        var nearIdentical = BriefOptions.Default.NearIdenticalWording;
        var sets = FeatureSets();
        var tally = new Dictionary<(int Set, double T), (int Right, int Over, int Under)>();
        foreach (var (_, si) in sets.Select((x, i) => (x, i))) foreach (var t in Thresholds) tally[(si, t)] = (0, 0, 0);
        (int Right, int Over, int Under) rules = (0, 0, 0);
        foreach (var topic in data.Facts.Select(f => f.Topic).Distinct().Order(StringComparer.Ordinal))
        {
            var train = data.Pairs.Where(p => p.Topic != topic).ToList();
            var facts = data.Facts.Where(f => f.Topic == topic).ToList();
            foreach (var fact in facts)
                rules = Add(rules, Count(fact, SameOriginModel.Off, nearIdentical), Truth(fact));
            for (int si = 0; si < sets.Count; si++)
            {
                var model = Train(train, 2, use: sets[si]);
                foreach (var fact in facts)
                foreach (var t in Thresholds)
                    tally[(si, t)] = Add(tally[(si, t)], Count(fact, new SameOriginModel
                    {
                        Features = model.Features, Mean = model.Mean, Scale = model.Scale, Weights = model.Weights, Bias = model.Bias, Threshold = t,
                    }, nearIdentical), Truth(fact));
            }
        }
        var best = tally.Keys.OrderByDescending(k => tally[k].Right).ThenBy(k => k.Set).ThenByDescending(k => k.T).First();
        bool off = tally[best].Right <= rules.Right;
        var chosen = off ? rules : tally[best];
        return new CrossValidation(sets[best.Set], off ? 2 : best.T, data.Facts.Count, rules.Right, rules.Over, rules.Under, chosen.Right, chosen.Over, chosen.Under,
            tally.Keys.OrderBy(k => k.Set).ThenBy(k => k.T).Select(k => (sets[k.Set].Name, k.T, tally[k].Right, tally[k].Over, tally[k].Under)).ToList());
    }

    private static int Truth(JudgedFact fact) => fact.Origins.Distinct(StringComparer.Ordinal).Count();

    private static (int, int, int) Add((int Right, int Over, int Under) t, int counted, int truth) =>
        (t.Right + (counted == truth ? 1 : 0), t.Over + (counted > truth ? 1 : 0), t.Under + (counted < truth ? 1 : 0));

    private static int Count(JudgedFact fact, SameOriginModel model, double nearIdentical) =>
        FactSources.Of(fact.Corpus, fact.Frames, fact.Members, nearIdentical, model).Groups.Length;

    public static string Describe(Data data, CrossValidation cv) => string.Create(CultureInfo.InvariantCulture,
        $"{data.Facts.Count} judged TUNE facts, {data.Pairs.Count} source pairs ({data.Pairs.Count(p => p.Same)} same origin); leave-one-topic-out counts right: rules alone {cv.RightRules}/{cv.Facts} ({cv.OverRules} over, {cv.UnderRules} under), with the model ({cv.Set.Name}) at {cv.Threshold:0.00} {cv.Right}/{cv.Facts} ({cv.Over} over, {cv.Under} under)")
        + "\n" + string.Join("\n", cv.Curve.Select(c => string.Create(CultureInfo.InvariantCulture, $"  {c.Set,-24} threshold {c.Threshold:0.00}: right {c.Right}, over {c.Over}, under {c.Under}")));
}

/// <summary>The retrain entry point for the command line (`recoupe train same-origin`): the model's JSON and a summary.</summary>
public static class SameOriginRetraining
{
    /// <summary>eval/facts-judged/judged.json in the repository, or null.</summary>
    public static string? OurJudgedPath() => SupportTraining.BriefJudgedPath();

    public static (string Json, string Summary, IReadOnlyList<string> Problems) Run(string ourJudged, string documents, RecoupePipeline pipeline)
    {
        var data = SameOriginTraining.Load(ourJudged, documents, pipeline);
        var cv = SameOriginTraining.CrossValidate(data);
        var card = new Dictionary<string, string>
        {
            ["data"] = "eval/facts-judged/judged.json, TUNE half (odd RPM2 topics): origins of the supporting sources of judged facts",
            ["facts"] = data.Facts.Count.ToString(CultureInfo.InvariantCulture),
            ["pairs"] = data.Pairs.Count.ToString(CultureInfo.InvariantCulture),
            ["cv"] = "leave one TUNE topic out; feature set and threshold with the most fact counts right out of fold (ties: the smaller set, the highest threshold)",
            ["features_used"] = cv.Set.Name,
            ["cv_counts_right_rules"] = cv.RightRules.ToString(CultureInfo.InvariantCulture),
            ["cv_counts_right_model"] = cv.Right.ToString(CultureInfo.InvariantCulture),
            ["retrain"] = "./recoupe train same-origin",
        };
        var model = SameOriginTraining.Train(data.Pairs, cv.Threshold, card, cv.Set);
        return (model.ToJson() + "\n", SameOriginTraining.Describe(data, cv), data.Problems);
    }
}
