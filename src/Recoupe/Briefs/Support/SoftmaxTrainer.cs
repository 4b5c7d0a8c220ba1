namespace Recoupe.Briefs.Support;

/// <summary>
/// Trains <see cref="SupportModel"/>: multinomial logistic regression with an L2 penalty, by full-batch gradient descent with
/// Nesterov momentum over standardised features. No randomness anywhere (zero start, fixed steps, examples in the given order),
/// so the same data gives the same weights bit for bit.
/// </summary>
internal static class SoftmaxTrainer
{
    public sealed record Example(double[] Features, SupportLabel Label, double Weight = 1.0);

    public sealed record Settings(double L2 = 0.01, int Iterations = 1500, double Step = 0.5, double Momentum = 0.9);

    public static SupportModel Train(IReadOnlyList<Example> examples, Settings? settings = null, double citeThreshold = 0.5,
        Dictionary<string, string>? card = null)
    {
        settings ??= new Settings();
        int n = examples.Count, d = PairFeatures.Count, k = SupportModel.Classes.Length;
        if (n == 0) throw new ArgumentException("no training examples", nameof(examples));
        var mean = new double[d];
        var scale = new double[d];
        double totalWeight = examples.Sum(e => e.Weight);
        foreach (var e in examples)
            for (int f = 0; f < d; f++) mean[f] += e.Weight * e.Features[f] / totalWeight;
        foreach (var e in examples)
            for (int f = 0; f < d; f++) scale[f] += e.Weight * Math.Pow(e.Features[f] - mean[f], 2) / totalWeight;
        for (int f = 0; f < d; f++) scale[f] = scale[f] > 1e-12 ? Math.Sqrt(scale[f]) : 1;
        var x = examples.Select(e => e.Features.Select((v, f) => (v - mean[f]) / scale[f]).ToArray()).ToArray();

        var w = new double[k, d + 1];
        var velocity = new double[k, d + 1];
        var look = new double[k, d + 1];
        var grad = new double[k, d + 1];
        var scores = new double[k];
        for (int it = 0; it < settings.Iterations; it++)
        {
            for (int c = 0; c < k; c++)
                for (int f = 0; f <= d; f++) look[c, f] = w[c, f] + settings.Momentum * velocity[c, f];
            Array.Clear(grad);
            for (int i = 0; i < n; i++)
            {
                for (int c = 0; c < k; c++)
                {
                    double s = look[c, d];
                    for (int f = 0; f < d; f++) s += look[c, f] * x[i][f];
                    scores[c] = s;
                }
                var p = SupportModel.Softmax(scores);
                double weight = examples[i].Weight / totalWeight;
                for (int c = 0; c < k; c++)
                {
                    double g = weight * (p[c] - (c == (int)examples[i].Label ? 1 : 0));
                    for (int f = 0; f < d; f++) grad[c, f] += g * x[i][f];
                    grad[c, d] += g;
                }
            }
            for (int c = 0; c < k; c++)
                for (int f = 0; f <= d; f++)
                {
                    double g = grad[c, f] + (f < d ? settings.L2 * look[c, f] : 0);
                    velocity[c, f] = settings.Momentum * velocity[c, f] - settings.Step * g;
                    w[c, f] += velocity[c, f];
                }
        }
        return new SupportModel
        {
            Features = PairFeatures.Names,
            Mean = mean,
            Scale = scale,
            Weights = Enumerable.Range(0, k).Select(c => Enumerable.Range(0, d).Select(f => Math.Round(w[c, f], 6)).ToArray()).ToArray(),
            Bias = Enumerable.Range(0, k).Select(c => Math.Round(w[c, d], 6)).ToArray(),
            CiteThreshold = citeThreshold,
            Card = card ?? [],
        };
    }
}
