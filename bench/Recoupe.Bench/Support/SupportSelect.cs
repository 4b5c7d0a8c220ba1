using System.Globalization;
using Recoupe.Briefs.Support;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Facts;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Support;

/// <summary>
/// `bench support select [PATH]`: feature-set and L2 selection for the pair classifier by leave-one-topic-out over the TUNE
/// topics only (odd RPM2 topics; the even ones are trained on but never held out and scored here). For each candidate set of
/// features (the others set to zero), the mean accuracy over TUNE folds, and the cite threshold reaching the target precision out
/// of fold with its recall.
/// </summary>
public static class SupportSelect
{
    /// <summary>The features added in issue 15 s7, tried alone and together against the set without them.</summary>
    private static readonly string[] Added = ["idf_jaccard", "rare_shared_share", "actors_by_role"];

    public static int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
                   ?? (EvalSuites.SharedEvalFolder() is { } shared ? Path.Combine(shared, "facts-fr-rpm2-dev", "judged.json") : null);
        if (path is null || !File.Exists(path)) { Console.Error.WriteLine("judged.json not found; pass its path"); return 1; }
        var data = SupportTraining.Load(path, RecoupePipeline.Default);
        Console.WriteLine($"{data.Judged.Count} judged ({data.Judged.Count(p => BriefsJudgedEvalSuite.PartOf(p.Topic) == "tune")} in TUNE topics), {data.Synthetic.Count} perturbed, {data.Own.Count} own pairs");
        var sets = new List<(string Name, string[] Off)> { ("without added", Added) };
        foreach (var a in Added) sets.Add(("+" + a, Added.Where(x => x != a).ToArray()));
        sets.Add(("all added", []));
        Console.WriteLine("features                 l2     tune_mean_acc  micro   threshold  cite_P  cite_R   | all-topic mean_acc");
        foreach (var (name, off) in sets)
        foreach (var l2 in new[] { 0.1, 0.3 })
        {
            var dropped = PairFeatures.Names.Select(n => off.Contains(n)).ToArray();
            var settings = SupportTraining.Settings with { L2 = l2 };
            var tune = SupportTraining.CrossValidate(data, settings, heldOut: t => BriefsJudgedEvalSuite.PartOf(t) == "tune", dropped: dropped);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {l2,-6} {tune.MeanAccuracy,13:0.000}  {tune.MicroAccuracy,6:0.000}  {tune.Threshold,9:0.00}  {tune.CitePrecision,6:0.000}  {tune.CiteRecall,6:0.000}"));
            Console.WriteLine("        " + string.Join("  ", new[] { 0.6, 0.7, 0.75, 0.8, 0.84, 0.88 }.Select(t =>
            {
                var (p, r) = SupportTraining.CiteFigures(tune.OutOfFold, t);
                return string.Create(CultureInfo.InvariantCulture, $"{t:0.00}: P {p:0.000} R {r:0.000}");
            })));
        }
        return 0;
    }
}
