using Recoupe.Mentions.Ner.Training;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Ner;

/// <summary>
/// The shipped recognisers scored on one side of the training corpora's fixed split (<see cref="NerCorpora"/>), French
/// and English, corpus by corpus: <c>ner-check</c> is the held-back side (never trained or tuned on: the estimate to
/// report), <c>ner-tune</c> the side settings were chosen on (the one whose errors may be read with --details).
/// Metrics are named "{corpus}.{type}.strict.f1" and so on. The path is the shared eval folder.
/// </summary>
public abstract class NerSplitSuite(NerSplit split) : IEvalSuite
{
    public string Name => "ner-" + split.ToString().ToLowerInvariant();
    public string Description => $"Entity recognition on the {split.ToString().ToLowerInvariant()} split of the French and English NER training corpora, per corpus";
    public string DefaultDataFolder => ".";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var language in new[] { "fr", "en" })
        {
            var corpora = NerCorpora.Read(dataPath, language).Where(d => d.Split == split)
                .GroupBy(d => d.Corpus, d => d.Document).OrderBy(g => g.Key, StringComparer.Ordinal);
            foreach (var corpus in corpora)
            {
                var documents = options.Limit is { } limit ? corpus.Take(limit) : corpus;
                var report = NerSuite.Score(Name, documents, pipeline, language, options.Details);
                foreach (var (metric, value) in report.Metrics) metrics[$"{corpus.Key}.{metric}"] = value;
                if (notes.Count == 0) notes.AddRange(report.Notes);
            }
        }
        notes.Add(split == NerSplit.Check
            ? "Held-back split: never trained or tuned on; the figure to report."
            : "Tune split: settings are chosen on it. The shipped models were fitted on train + tune: score models trained with "
              + "`recoupe train ner --select --out DIR/ner-LANG.bin` (RECOUPE_NER_MODELS=DIR) to read tune errors; report ner-check.");
        return new EvalReport(Name, metrics, notes);
    }
}

/// <summary>`recoupe eval ner-check`: the held-back side of the NER corpora.</summary>
public sealed class NerCheckSuite() : NerSplitSuite(NerSplit.Check);

/// <summary>`recoupe eval ner-tune`: the side of the NER corpora that settings are chosen on.</summary>
public sealed class NerTuneSuite() : NerSplitSuite(NerSplit.Tune);
