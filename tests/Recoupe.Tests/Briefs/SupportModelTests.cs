using Recoupe.Briefs.Support;

namespace Recoupe.Tests.Briefs;

/// <summary>The shipped pair classifier loads, matches the features computed today, and retrains bit for bit.</summary>
public class SupportModelTests
{
    [Fact]
    public void The_shipped_model_loads_and_matches_the_features()
    {
        var model = SupportModel.Shipped;
        Assert.Equal(PairFeatures.Names, model.Features);
        Assert.InRange(model.CiteThreshold, 0.5, 0.99);
        var p = model.Probabilities(new double[PairFeatures.Count]);
        Assert.Equal(1.0, p.Sum(), 9);
    }

    [Fact]
    public void More_shared_wording_and_agreeing_figures_mean_more_support()
    {
        var model = SupportModel.Shipped;
        var weak = new double[PairFeatures.Count];
        var strong = new double[PairFeatures.Count];
        foreach (var (name, value) in new[] { ("cosine", 0.9), ("aligner", 1.0), ("coverage_of_statement", 0.9), ("coverage_of_candidate", 0.9),
                     ("bigram_overlap", 0.8), ("predicate_coverage_of_statement", 0.9), ("predicate_coverage_of_candidate", 0.9), ("values_same", 1.0),
                     ("mutual_best", 1.0), ("statement_is_claim", 1.0), ("candidate_is_claim", 1.0) })
            strong[Array.IndexOf(PairFeatures.Names, name)] = value;
        weak[Array.IndexOf(PairFeatures.Names, "cosine")] = 0.1;
        weak[Array.IndexOf(PairFeatures.Names, "aligner")] = 0.2;
        double Support(double[] x) { var p = model.Probabilities(x); return p[0] + p[1]; }
        Assert.True(Support(strong) > model.CiteThreshold, $"{Support(strong)}");
        Assert.True(Support(weak) < model.CiteThreshold, $"{Support(weak)}");
        // The same pair with another figure for the same thing leans to "contradicts".
        var differing = (double[])strong.Clone();
        differing[Array.IndexOf(PairFeatures.Names, "values_same")] = 0;
        differing[Array.IndexOf(PairFeatures.Names, "values_different")] = 1;
        Assert.True(model.Probabilities(differing)[(int)SupportLabel.Contradicts] > model.Probabilities(strong)[(int)SupportLabel.Contradicts]);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var examples = Enumerable.Range(0, 40).Select(i =>
        {
            var x = new double[PairFeatures.Count];
            for (int f = 0; f < x.Length; f++) x[f] = (i * 7 + f * 13) % 11 / 10.0;
            return new SoftmaxTrainer.Example(x, (SupportLabel)(i % 4), i % 3 == 0 ? 0.5 : 1);
        }).ToList();
        var settings = new SoftmaxTrainer.Settings(Iterations: 200);
        Assert.Equal(SoftmaxTrainer.Train(examples, settings).ToJson(), SoftmaxTrainer.Train(examples, settings).ToJson());
    }

    [Fact]
    public void A_model_trained_on_other_features_is_refused()
    {
        var json = SupportModel.Shipped.ToJson().Replace("\"cosine\"", "\"cosine_old\"");
        Assert.Throws<InvalidDataException>(() => SupportModel.FromJson(json));
    }
}
