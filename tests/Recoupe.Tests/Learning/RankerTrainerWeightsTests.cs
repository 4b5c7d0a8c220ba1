using Recoupe.Learning;

namespace Recoupe.Tests.Learning;

/// <summary>
/// Per-domain example weights and per-domain L2 scales of <see cref="RankerTrainer"/>: two domains that disagree on one
/// feature pull a shared weight their own way; the weighted one wins, and a domain whose own weights are penalised less
/// departs further from the shared ones.
/// </summary>
public class RankerTrainerWeightsTests
{
    private static readonly string[] Features = ["f"];

    // Domain 0 prefers the candidate with f = 1, domain 1 the one without; domain 1 has twice the examples.
    private static List<RankingExample> Disagreeing()
    {
        var examples = new List<RankingExample>();
        for (int i = 0; i < 10; i++) examples.Add(new([[1f], [0f]], [true, false], "a", 0));
        for (int i = 0; i < 20; i++) examples.Add(new([[1f], [0f]], [false, true], "b", 1));
        return examples;
    }

    [Fact]
    public void The_larger_domain_sets_a_shared_weight_unless_the_smaller_one_is_weighted_up()
    {
        // One block of weights (a single model): only the example weights decide whose preference it learns.
        var plain = new RankerTrainer().Train(Features, Disagreeing());
        var weighted = new RankerTrainer { DomainWeights = [4f, 1f] }.Train(Features, Disagreeing());
        Assert.True(plain.Weights[0] < 0, $"plain weight {plain.Weights[0]}");
        Assert.True(weighted.Weights[0] > 0, $"weighted weight {weighted.Weights[0]}");
    }

    [Fact]
    public void Unit_weights_train_as_before()
    {
        var plain = new RankerTrainer(DomainL2Factor: 10f).Train(Features, 2, Disagreeing());
        var unit = new RankerTrainer(DomainL2Factor: 10f) { DomainWeights = [1f, 1f], DomainL2Scales = [1f, 1f] }.Train(Features, 2, Disagreeing());
        Assert.Equal(plain[0].Weights.ToArray(), unit[0].Weights.ToArray());
        Assert.Equal(plain[1].Weights.ToArray(), unit[1].Weights.ToArray());
    }

    [Fact]
    public void A_domain_penalised_less_departs_further_from_the_shared_weights()
    {
        var shared = new RankerTrainer(DomainL2Factor: 100f).Train(Features, 2, Disagreeing());
        var freer = new RankerTrainer(DomainL2Factor: 100f) { DomainL2Scales = [0.01f, 1f] }.Train(Features, 2, Disagreeing());
        Assert.True(freer[0].Weights[0] > shared[0].Weights[0], $"{freer[0].Weights[0]} vs {shared[0].Weights[0]}");
    }
}
