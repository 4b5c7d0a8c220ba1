using System.Collections.Immutable;
using System.Globalization;
using Recoupe.Briefs;
using Recoupe.Briefs.Summary;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Summary;

/// <summary>
/// `recoupe eval summary`: multi-document summaries on RPM2 (French news, 4 human summaries per cluster).
/// Each cluster goes through the pipeline (clean, analyse) and the brief builder; its summary, the LexRank and
/// centroid baselines, and each human summary are all cut to the same budget — the references' average length
/// in words — and scored by the same ROUGE code, jackknifed over the leave-one-out reference triples so that
/// systems and the human ceiling (each reference against the other three) face three references alike.
/// Main figures use Snowball stems; "_nostem" figures use plain lower-cased words.
/// </summary>
public sealed class SummaryEvalSuite : IEvalSuite
{
    public string Name => "summary";
    public string Description => "Brief summaries vs RPM2 human summaries: ROUGE-1/2/L, LexRank and centroid baselines, human ceiling";
    public string DefaultDataFolder => "mds-fr-rpm2";

    private static readonly string[] Systems = ["recoupe", "lexrank", "centroid", "human"];

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var clusters = RpmCluster.Load(dataPath);
        if (options.Limit is int limit) clusters = clusters.Take(limit).ToList();
        var stemmed = new Rouge("fr", stem: true);
        var plain = new Rouge("fr", stem: false);
        var scores = Systems.ToDictionary(s => s, _ => new List<(RougeScore R1, RougeScore R2, RougeScore RL, RougeScore R2Plain)>());
        var budgets = new List<int>();
        foreach (var cluster in clusters)
        {
            var summaries = Summaries(cluster, pipeline);
            int budget = (int)Math.Round(cluster.References.Average(r => plain.Tokens(r).Length));
            budgets.Add(budget);
            foreach (var (system, text) in summaries)
            {
                var s = Score(stemmed, plain, text, cluster.References, budget);
                scores[system].Add(s);
                options.Details?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{cluster.Name}\t{system}\tbudget={budget}\tR1F={s.R1.F1:0.000}\tR2F={s.R2.F1:0.000}\tRLF={s.RL.F1:0.000}"));
            }
            var human = cluster.References.Select((r, k) => JackknifeOne(stemmed, plain, r, cluster.References.Where((_, j) => j != k).ToList(), budget)).ToList();
            scores["human"].Add((RougeScore.Average(human.Select(h => h.R1).ToList()), RougeScore.Average(human.Select(h => h.R2).ToList()),
                RougeScore.Average(human.Select(h => h.RL).ToList()), RougeScore.Average(human.Select(h => h.R2Plain).ToList())));
        }
        var metrics = new Dictionary<string, double> { ["clusters"] = clusters.Count, ["budget_words"] = budgets.Count == 0 ? 0 : budgets.Average() };
        foreach (var system in Systems)
        {
            var list = scores[system];
            string prefix = system == "recoupe" ? "" : system + "_";
            Add(prefix + "rouge1", list.Select(x => x.R1));
            Add(prefix + "rouge2", list.Select(x => x.R2));
            Add(prefix + "rougeL", list.Select(x => x.RL));
            metrics[prefix + "rouge2_f_nostem"] = list.Count == 0 ? 0 : list.Average(x => x.R2Plain.F1);
        }
        metrics["rouge2_vs_human"] = metrics["human_rouge2_f"] > 0 ? metrics["rouge2_f"] / metrics["human_rouge2_f"] : 0;
        return new EvalReport(Name, metrics,
        [
            $"{clusters.Count} clusters; each summary cut to the references' average length (mean {metrics["budget_words"]:0.#} words)",
            "ROUGE: lower-cased Tokenizer words, French Snowball stems (\"_nostem\": without), stopwords kept; pooled multi-reference counts, jackknifed over leave-one-out reference triples; ROUGE-L = LCS of whole token sequences",
            "human_*: each reference against the other three (the ceiling); lexrank_*/centroid_*: baselines over the same sentences, boilerplate filter and redundancy cut",
        ]);

        void Add(string key, IEnumerable<RougeScore> values)
        {
            var v = values.ToList();
            metrics[key + "_r"] = v.Count == 0 ? 0 : v.Average(x => x.Recall);
            metrics[key + "_f"] = v.Count == 0 ? 0 : v.Average(x => x.F1);
        }
    }

    /// <summary>The brief's summary and the two baselines' summaries of one cluster, in pick order.</summary>
    internal static List<(string System, string Text)> Summaries(RpmCluster cluster, RecoupePipeline pipeline)
    {
        var articles = new List<AnalyzedArticle>();
        foreach (var raw in cluster.Documents)
        {
            var cleaned = pipeline.Clean(raw);
            if (!cleaned.Success) continue;
            articles.Add(pipeline.Analyze(cleaned.Value! with { Id = articles.Count + 1 }));
        }
        var story = new Story(1, cluster.Name, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, articles.Select(a => a.Article.Id).ToImmutableArray());
        var brief = pipeline.BriefBuilder.Build(story, articles);
        var result = new List<(string, string)> { ("recoupe", string.Join(' ', brief.Summary.Select(s => s.Text))) };
        var analysis = StoryAnalysis.Run(articles, pipeline.EntityResolver, BriefOptions.Default, SummaryMethod.LexRank, summaryWords: 250);
        result.Add(("lexrank", string.Join(' ', analysis.Summary.Select(u => u.Text))));
        var centroid = analysis.Resummarize(SummaryMethod.Centroid, BriefOptions.Default, 250);
        result.Add(("centroid", string.Join(' ', centroid.Select(u => u.Text))));
        return result;
    }

    private static (RougeScore R1, RougeScore R2, RougeScore RL, RougeScore R2Plain) Score(Rouge stemmed, Rouge plain, string text, IReadOnlyList<string> references, int budget)
    {
        var parts = references.Select((_, k) => JackknifeOne(stemmed, plain, text, references.Where((_, j) => j != k).ToList(), budget)).ToList();
        return (RougeScore.Average(parts.Select(p => p.R1).ToList()), RougeScore.Average(parts.Select(p => p.R2).ToList()),
            RougeScore.Average(parts.Select(p => p.RL).ToList()), RougeScore.Average(parts.Select(p => p.R2Plain).ToList()));
    }

    private static (RougeScore R1, RougeScore R2, RougeScore RL, RougeScore R2Plain) JackknifeOne(Rouge stemmed, Rouge plain, string text, IReadOnlyList<string> references, int budget)
    {
        var cand = Rouge.Truncate(stemmed.Tokens(text), budget);
        var refs = references.Select(r => Rouge.Truncate(stemmed.Tokens(r), budget)).ToList();
        var candPlain = Rouge.Truncate(plain.Tokens(text), budget);
        var refsPlain = references.Select(r => Rouge.Truncate(plain.Tokens(r), budget)).ToList();
        return (stemmed.N(cand, refs, 1), stemmed.N(cand, refs, 2), stemmed.L(cand, refs), plain.N(candPlain, refsPlain, 2));
    }
}
