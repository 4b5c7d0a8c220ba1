using System.Globalization;
using Recoupe.Briefs.Support;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Facts;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Support;

/// <summary>
/// `bench support sweep [PATH]`: model selection for the facts' pair classifier. Loads the judged, perturbed and own pairs once,
/// then runs the by-topic cross-validation for each L2 penalty and weight of the made-up pairs; the settings in
/// SupportTraining are the ones picked here (by mean CV accuracy, then cite recall at the target precision).
/// </summary>
public static class SupportSweep
{
    public static int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
                   ?? (EvalSuites.SharedEvalFolder() is { } shared ? Path.Combine(shared, "facts-fr-rpm2-dev", "judged.json") : null);
        if (path is null || !File.Exists(path)) { Console.Error.WriteLine("judged.json not found; pass its path"); return 1; }
        var data = SupportTraining.Load(path, RecoupePipeline.Default);
        Console.WriteLine($"{data.Judged.Count} judged, {data.Synthetic.Count} perturbed, {data.Own.Count} own pairs");
        Console.WriteLine("l2      synth  own   mean_acc  micro_acc  threshold  cite_P  cite_R");
        bool quick = args.Contains("--quick");
        foreach (var l2 in quick ? [0.05, 0.1, 0.2] : new[] { 0.001, 0.01, 0.03, 0.1, 0.3 })
        foreach (var synthetic in quick ? [0.1, 0.3] : new[] { 0.0, 0.1, 0.3, 1.0 })
        foreach (var own in quick ? [0.1, 0.3, 1.0] : new[] { 0.0, 0.3, 1.0, 3.0 })
        {
            var cv = SupportTraining.CrossValidate(data, SupportTraining.Settings with { L2 = l2 }, synthetic, own);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{l2,-7} {synthetic,-6} {own,-5} {cv.MeanAccuracy,8:0.000}  {cv.MicroAccuracy,9:0.000}  {cv.Threshold,9:0.00}  {cv.CitePrecision,6:0.000}  {cv.CiteRecall,6:0.000}"));
            // The precision/recall trade-off of the cite threshold, out of fold.
            Console.WriteLine("        " + string.Join("  ", new[] { 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8 }.Select(t =>
            {
                var (p, r) = SupportTraining.CiteFigures(cv.OutOfFold, t);
                return string.Create(CultureInfo.InvariantCulture, $"{t:0.00}: P {p:0.000} R {r:0.000}");
            })));
        }
        if (quick)
        {
            var best = SupportTraining.CrossValidate(data);
            int Idx(string n) => Array.IndexOf(PairFeatures.Names, n);
            bool Strong(double[] x) => x[Idx("actors_shared")] >= 2 && (x[Idx("event_shared")] + x[Idx("families_shared")] >= 1)
                && x[Idx("values_different")] == 0 && x[Idx("dates_different")] == 0 && x[Idx("negation_mismatch")] == 0;
            bool SameFigure(double[] x) => x[Idx("values_same")] >= 1 && x[Idx("actors_shared")] + x[Idx("places_shared")] >= 1
                && x[Idx("values_different")] == 0 && x[Idx("dates_different")] == 0 && x[Idx("negation_mismatch")] == 0;
            var figure = best.OutOfFold.Where(o => SameFigure(o.Pair.Features)).ToList();
            Console.WriteLine($"same figure, shared participant: {figure.Count} pairs, precision {figure.Count(o => o.Pair.Label is SupportLabel.Supports or SupportLabel.Partial) / (double)Math.Max(1, figure.Count):0.000}");
            var strong = best.OutOfFold.Where(o => Strong(o.Pair.Features)).ToList();
            Console.WriteLine($"strong frame agreement: {strong.Count} of {best.OutOfFold.Count} judged pairs");
            foreach (var t in new[] { 0.3, 0.4, 0.5, 0.6, 0.7 })
            {
                var cited = strong.Where(o => o.P[0] + o.P[1] >= t).ToList();
                Console.WriteLine($"   strong, P >= {t:0.0}: cited {cited.Count}, precision {cited.Count(o => o.Pair.Label is SupportLabel.Supports or SupportLabel.Partial) / (double)Math.Max(1, cited.Count):0.000}");
            }
            // Binary training (cite or not) against the four-way model, and the aligner score as a second gate.
            var binary = data with
            {
                Judged = data.Judged.Select(Binary).ToList(), Synthetic = data.Synthetic.Select(Binary).ToList(), Own = data.Own.Select(Binary).ToList(),
            };
            foreach (var (name, d) in new[] { ("four-way", data), ("binary", binary) })
            {
                var cv = SupportTraining.CrossValidate(d);
                Console.WriteLine($"{name}: threshold {cv.Threshold:0.00} P {cv.CitePrecision:0.000} R {cv.CiteRecall:0.000}");
                foreach (var align in new[] { 0.4, 0.45, 0.5, 0.55, 0.6 })
                    Console.WriteLine($"   aligner >= {align:0.00}: " + string.Join("  ", new[] { 0.5, 0.55, 0.6, 0.65, 0.7 }.Select(low =>
                    {
                        var cited = cv.OutOfFold.Where(x => x.P[0] + x.P[1] >= cv.Threshold || x.Pair.Features[1] >= align && x.P[0] + x.P[1] >= low).ToList();
                        int positives = cv.OutOfFold.Count(x => x.Pair.Label is SupportLabel.Supports or SupportLabel.Partial);
                        int hits = cited.Count(x => x.Pair.Label is SupportLabel.Supports or SupportLabel.Partial);
                        return string.Create(CultureInfo.InvariantCulture, $"{low:0.00}: P {hits / (double)Math.Max(1, cited.Count):0.000} R {hits / (double)positives:0.000}");
                    })));
            }
        }
        return 0;
    }

    private static LabelledPair Binary(LabelledPair p) =>
        p with { Label = p.Label is SupportLabel.Supports or SupportLabel.Partial ? SupportLabel.Supports : SupportLabel.Unrelated };
}
