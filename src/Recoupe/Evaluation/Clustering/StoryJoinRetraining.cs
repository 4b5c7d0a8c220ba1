using System.Globalization;
using Recoupe.Pipeline;
using Recoupe.Stories;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// `recoupe train stories`: the join model retrained deterministically on RPM2 dev topics. The setting (L2, decision
/// threshold, merges) is the best of a <see cref="ClusteringEvalSuite.SelectionFolds"/>-fold CV over topics; the model is
/// then trained on every topic with it. The same procedure, nested, gives the held-out figures of `eval clustering`.
/// Both add the confusable streams of <see cref="ConfusableTopics"/> (off with RECOUPE_CLUSTERING_CONFUSABLE=0).
/// </summary>
public static class StoryJoinRetraining
{
    public static (string Tsv, string Summary) Run(string rpm2Path, RecoupePipeline pipeline)
    {
        var gold = Rpm2Corpus.Load(rpm2Path, pipeline);
        var options = StoryAssignerOptions.Default with { JoinModel = null };
        // The confusable streams (topics told with another's names) join the training and the selection, as in the
        // held-out figures of `eval clustering` (ClusteringEvalSuite.ConfusableSelection).
        var confusable = ClusteringEvalSuite.ConfusableSelection ? new ConfusableCache(pipeline) : null;
        var setting = StoryJoinCrossValidation.Select(gold, ClusteringEvalSuite.SelectionFolds, StoryJoinCrossValidation.SelectionOrders, options, confusable);
        var model = StoryJoinCrossValidation.Train(gold, setting.L2, options, confusable).With(setting.Threshold, setting.Merges);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{gold.Count} articles, {gold.Select(g => g.Topic).Distinct().Count()} topics; selected L2 {setting.L2}, threshold {setting.Threshold}, merges {(setting.Merges ? "on" : "off")} ({ClusteringEvalSuite.SelectionFolds}-fold topic CV F1 {setting.F1:F4})");
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        model.Write(writer, "Story join model (src/Recoupe/Stories/Joining): conditional logit over same-language candidate stories and 'new story'.\n"
            + "Trained by `recoupe train stories` on mds-fr-rpm2 dev topics" + (confusable is null ? "" : " and their name-swapped pairs (ConfusableTopics)")
            + " (teacher-forced replays, orders "
            + string.Join(",", StoryJoinExamples.TrainingOrders) + "); " + summary);
        return (writer.ToString(), summary);
    }
}
