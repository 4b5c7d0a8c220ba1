using Recoupe.Briefs.Support;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The pair classifier keeps every judged pair's probabilities in shared chunks (<see cref="SupportModel.ProbabilitiesInto"/>)
/// instead of an array per pair: the figures must be the very ones the model's scores put through <see cref="SupportModel.Softmax"/>
/// give (as the trainer computes them), bit for bit, since facts and conflicts compare them with thresholds.
/// </summary>
public class SupportProbabilitiesIntoTests
{
    [Fact]
    public void Written_into_a_span_they_are_bit_for_bit_the_arrays()
    {
        var model = SupportModel.Shipped;
        var random = new Random(11);
        Span<double> p = stackalloc double[model.ClassCount];
        for (int round = 0; round < 2000; round++)
        {
            var features = Enumerable.Range(0, PairFeatures.Count).Select(_ => random.Next(3) == 0 ? 0 : random.NextDouble() * 3 - 1).ToArray();
            // The scores as the trainer sums them, then its softmax.
            var scores = new double[model.ClassCount];
            for (int c = 0; c < scores.Length; c++)
            {
                double sum = model.Bias[c];
                for (int f = 0; f < features.Length; f++) sum += model.Weights[c][f] * (features[f] - model.Mean[f]) / model.Scale[f];
                scores[c] = sum;
            }
            var expected = SupportModel.Softmax(scores);
            Assert.Equal(expected, model.Probabilities(features));
            model.ProbabilitiesInto(features, p);
            for (int c = 0; c < expected.Length; c++)
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected[c]), BitConverter.DoubleToInt64Bits(p[c]));
        }
    }
}
