using System.Globalization;
using Recoupe.Briefs;
using Recoupe.Briefs.Conflicts;
using Recoupe.Briefs.Support;
using Recoupe.Evaluation.Summary;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// `recoupe eval facts [PATH]`: the pair classifier on the hand-judged pairs of facts-fr-rpm2-dev. Leave-one-topic-out
/// cross-validation (per-fold and mean accuracy over the four labels, the majority-label baseline, and the precision and recall of
/// citing at the chosen threshold, out of fold); the shipped model on the same pairs (it was trained on them: not an estimate); and
/// the conflict rules on the judged value conflicts (REAL found, NOT_A_CONFLICT still reported; these were read while building the
/// rules: dev figures). `--limit N` keeps the first N topics (and skips the conflicts), for a quick check.
/// </summary>
public sealed class FactsEvalSuite : IEvalSuite
{
    public string Name => "facts";
    public string Description => "Pair classifier (supports/partial/unrelated/contradicts) by topic cross-validation on judged RPM2 pairs; judged conflicts";
    public string DefaultDataFolder => "facts-fr-rpm2-dev";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var judgedPath = File.Exists(dataPath) ? dataPath : Path.Combine(dataPath, "judged.json");
        var data = SupportTraining.Load(judgedPath, pipeline, options.Limit);
        foreach (var problem in data.Problems) options.Details?.WriteLine("problem: " + problem);
        var cv = SupportTraining.CrossValidate(data);
        var metrics = new Dictionary<string, double>
        {
            ["judged_pairs"] = data.Judged.Count,
            ["perturbed_pairs"] = data.Synthetic.Count,
            ["own_pairs"] = data.Own.Count,
            ["cv_mean_accuracy"] = cv.MeanAccuracy,
            ["cv_micro_accuracy"] = cv.MicroAccuracy,
            ["majority_baseline"] = cv.Majority,
            ["cv_threshold"] = cv.Threshold,
            ["cv_cite_precision"] = cv.CitePrecision,
            ["cv_cite_recall"] = cv.CiteRecall,
        };
        foreach (var fold in cv.Folds) metrics["fold_" + fold.Topic] = fold.Accuracy;
        var shipped = SupportModel.Shipped;
        var (shippedPrecision, shippedRecall) = SupportTraining.CiteFigures(cv.OutOfFold, shipped.CiteThreshold);
        metrics["shipped_threshold"] = shipped.CiteThreshold;
        metrics["cv_cite_precision_at_shipped_threshold"] = shippedPrecision;
        metrics["cv_cite_recall_at_shipped_threshold"] = shippedRecall;
        // As a brief cites: the model's threshold and the frame rule (no figure or date of one thing differs).
        var ruled = cv.OutOfFold.Select(o => (o.Pair, P: SupportTraining.FrameRuleBlocks(o.Pair.Features) ? new double[] { 0, 0, 1, 0 } : o.P)).ToList();
        var (ruledPrecision, ruledRecall) = SupportTraining.CiteFigures(ruled, shipped.CiteThreshold);
        metrics["cv_cite_precision_with_frame_rule"] = ruledPrecision;
        metrics["cv_cite_recall_with_frame_rule"] = ruledRecall;
        // Excluding the pairs where the cited sentence is the fact's own statement (always cited in briefs): the harder part.
        var others = ruled.Where(o => o.Pair.Statement != o.Pair.Candidate).ToList();
        var (otherPrecision, otherRecall) = SupportTraining.CiteFigures(others, shipped.CiteThreshold);
        metrics["cv_cite_pairs_excluding_own_sentence"] = others.Count;
        metrics["cv_cite_precision_excluding_own_sentence"] = otherPrecision;
        metrics["cv_cite_recall_excluding_own_sentence"] = otherRecall;
        double resubstitution = data.Judged.Count == 0 ? 0
            : data.Judged.Count(p => SupportTraining.ArgMax(shipped.Probabilities(p.Features)) == (int)p.Label) / (double)data.Judged.Count;
        metrics["shipped_resubstitution_accuracy"] = resubstitution;
        metrics["resubstitution_gap"] = resubstitution - cv.MeanAccuracy;
        for (int c = 0; c < 4; c++)
            metrics[$"recall_{SupportModel.Classes[c]}"] = Row(cv.Confusion, c) == 0 ? 0 : cv.Confusion[c, c] / (double)Row(cv.Confusion, c);
        // Per class, out of fold: precision (of the pairs predicted so, the share judged so), F1, and how many pairs were judged so.
        for (int c = 0; c < 4; c++)
        {
            int predicted = 0;
            for (int r = 0; r < 4; r++) predicted += cv.Confusion[r, c];
            double precision = predicted == 0 ? 0 : cv.Confusion[c, c] / (double)predicted;
            double recall = metrics[$"recall_{SupportModel.Classes[c]}"];
            metrics[$"precision_{SupportModel.Classes[c]}"] = precision;
            metrics[$"f1_{SupportModel.Classes[c]}"] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            metrics[$"judged_{SupportModel.Classes[c]}"] = Row(cv.Confusion, c);
        }
        if (options.Details is { } details)
        {
            details.WriteLine("confusion (rows: judged supports/partial/unrelated/contradicts; columns: predicted)");
            for (int r = 0; r < 4; r++) details.WriteLine("  " + string.Join(" ", Enumerable.Range(0, 4).Select(c => cv.Confusion[r, c].ToString(CultureInfo.InvariantCulture).PadLeft(4))));
            foreach (var (pair, p) in cv.OutOfFold.Where(x => SupportTraining.ArgMax(x.P) != (int)x.Pair.Label))
                details.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{pair.Topic} judged {pair.Label} predicted {(SupportLabel)SupportTraining.ArgMax(p)} (S {p[0]:0.00} P {p[1]:0.00} U {p[2]:0.00} C {p[3]:0.00})\n  statement: {pair.Statement}\n  candidate: {pair.Candidate}\n  features: {Features(pair.Features)}"));
        }
        if (options.Limit is null)
        {
            var folds = cv.Folds.ToDictionary(f => f.Topic, f => f.Model);
            var judged = JudgedPairs.Load(judgedPath);
            var stories = ConflictStories(judged, judgedPath, pipeline);
            var (real, realFound, notConflicts, stillReported) = JudgedConflicts(judged, stories, _ => shipped, BriefOptions.Default, options.Details);
            metrics["judged_value_conflicts_real"] = real;
            metrics["judged_value_conflicts_real_found"] = realFound;
            metrics["judged_value_conflicts_not_a_conflict"] = notConflicts;
            metrics["judged_value_conflicts_still_reported"] = stillReported;
            // The same with each topic's conflicts judged by the model trained without that topic, at the shipped veto and others.
            foreach (var veto in Vetoes.Append(BriefOptions.Default.ConflictUnrelated).Distinct().Order())
            {
                var (_, heldFound, _, heldStill) = JudgedConflicts(judged, stories, t => folds.GetValueOrDefault(t, shipped),
                    BriefOptions.Default with { ConflictUnrelated = veto }, null);
                var suffix = veto == BriefOptions.Default.ConflictUnrelated ? "" : string.Create(CultureInfo.InvariantCulture, $"_at_veto_{veto:0.0}");
                metrics["judged_value_conflicts_real_found_held_out" + suffix] = heldFound;
                metrics["judged_value_conflicts_still_reported_held_out" + suffix] = heldStill;
            }
        }
        return new EvalReport(Name, metrics,
        [
            "cv_*: leave-one-topic-out over the judged pairs (trained on the other topics' judged and perturbed pairs and our own pairs; scored on the held-out topic's judged pairs only)",
            "cite precision/recall: pairs whose P(supports)+P(partial) reaches the threshold, against judged SUPPORTS or PARTIAL, out of fold",
            "shipped_resubstitution_accuracy: the shipped model on pairs it was trained on (not an estimate); resubstitution_gap: it minus cv_mean_accuracy",
            "cv_cite_*_excluding_own_sentence: as with the frame rule, without the pairs whose cited sentence is the fact's own statement",
            "cv_cite_*_with_frame_rule: out of fold at the shipped threshold, a pair whose frames differ on a figure or date of one thing never cited (as in briefs)",
            "judged_value_conflicts_*: the claim-conflict rules on the judged date/figure conflicts (dev data, read while building them); *_held_out: each topic's judged by the model trained without it",
        ]);
    }

    /// <summary>Other bars of "unrelated" for the conflict gate, reported beside the shipped one (BriefOptions.ConflictUnrelated).</summary>
    private static readonly double[] Vetoes = [0.3, 0.5];

    private static string Features(double[] x) => string.Join(" ", x.Select((v, i) => (v, i)).Where(f => f.v != 0)
        .Select(f => string.Create(CultureInfo.InvariantCulture, $"{PairFeatures.Names[f.i]}={f.v:0.##}")));

    private static int Row(int[,] m, int r) => Enumerable.Range(0, 4).Sum(c => m[r, c]);

    /// <summary>Each topic of the judged pairs as one story (none when the RPM2 documents are not found).</summary>
    private static List<(string Topic, TopicStory Story)> ConflictStories(JudgedPairs judged, string judgedPath, RecoupePipeline pipeline)
    {
        var documents = JudgedPairs.DocumentsFolder(judgedPath);
        if (documents is null) return [];
        return judged.Pairs.Select(p => p.Topic).Distinct().Order(StringComparer.Ordinal)
            .Select(t => (t, TopicStory.Build(pipeline, TopicStory.Analyse(pipeline,
                Directory.EnumerateFiles(documents, t + "_*.txt").Order(StringComparer.Ordinal).Select(RpmCluster.ReadDocument)))))
            .ToList();
    }

    /// <summary>Each judged date or figure conflict re-examined by the conflict rules on its two sentences.</summary>
    /// <param name="modelOf">The model that judges a topic's conflicts (the shipped one, or the one trained without that topic).</param>
    private static (int Real, int RealFound, int NotConflicts, int StillReported) JudgedConflicts(JudgedPairs judged,
        IReadOnlyList<(string Topic, TopicStory Story)> stories, Func<string, SupportModel> modelOf, BriefOptions options, TextWriter? details)
    {
        int real = 0, realFound = 0, not = 0, still = 0;
        foreach (var conflict in judged.Conflicts.Where(c => !c.About.StartsWith("Wording", StringComparison.Ordinal) && c.Claims.Count == 2))
        {
            var (topic, story) = stories.FirstOrDefault(s => s.Story.Locate(conflict.Claims[0].Sentence, null) is not null && s.Story.Locate(conflict.Claims[1].Sentence, null) is not null);
            if (story is null) continue;
            var model = modelOf(topic);
            var a = story.Locate(conflict.Claims[0].Sentence, null)!;
            var b = story.Locate(conflict.Claims[1].Sentence, null)!;
            var found = a.ArticleIndex != b.ArticleIndex
                ? ClaimConflictDetector.Compare(story.Corpus, story.Classifier(model), a, b, options) : null;
            bool isReal = conflict.Label is "REAL" or "UPDATE";
            if (isReal) { real++; if (found is not null) realFound++; }
            else { not++; if (found is not null) still++; }
            var p = story.Classifier(model).Probabilities(a, b);
            details?.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"judged conflict {conflict.Label}: {conflict.About} → {(found is null ? "not reported" : found.Kind + ": " + found.About)} (S {p[0]:0.00} P {p[1]:0.00} U {p[2]:0.00} C {p[3]:0.00})"));
        }
        return (real, realFound, not, still);
    }
}
