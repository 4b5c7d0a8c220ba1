using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recoupe.Briefs.Support;

/// <summary>How a candidate sentence relates to a fact's statement (the labels of the judged pairs).</summary>
internal enum SupportLabel { Supports, Partial, Unrelated, Contradicts }

/// <summary>
/// The pair classifier: multinomial logistic regression over standardised <see cref="PairFeatures"/>. Small on purpose (a few
/// hundred judged pairs train it): its weights ship in <c>models/support-pairs.json</c>, embedded in the assembly and read once,
/// on first use. <see cref="CiteThreshold"/> is the probability of "supports or partial" from which a sentence is cited for a fact,
/// chosen under cross-validation for precision (see models/README.md).
/// </summary>
internal sealed class SupportModel
{
    public const string ResourceName = "Recoupe.Models.support-pairs.json";
    public static readonly string[] Classes = ["supports", "partial", "unrelated", "contradicts"];

    public required string[] Features { get; init; }
    public required double[] Mean { get; init; }
    public required double[] Scale { get; init; }
    /// <summary>One row of weights per class, in the order of <see cref="Classes"/>.</summary>
    public required double[][] Weights { get; init; }
    public required double[] Bias { get; init; }
    public double CiteThreshold { get; init; } = 0.5;
    /// <summary>What it was trained on and how it scored, for the model card; not used at run time.</summary>
    public Dictionary<string, string> Card { get; init; } = [];

    private static readonly Lazy<SupportModel> LazyShipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model that ships in the repository.</summary>
    public static SupportModel Shipped => LazyShipped.Value;

    /// <summary>Class probabilities, in the order of <see cref="SupportLabel"/>.</summary>
    public double[] Probabilities(double[] features) => Probabilities((ReadOnlySpan<double>)features);

    /// <summary>The same from a span (the classifier's features live on the stack: only the probabilities are kept).</summary>
    public double[] Probabilities(ReadOnlySpan<double> features)
    {
        var p = new double[Weights.Length];
        ProbabilitiesInto(features, p);
        return p;
    }

    /// <summary>
    /// The same into <paramref name="p"/> (<see cref="ClassCount"/> long), the same sums in the same order: for a caller that keeps many
    /// pairs' probabilities in one array rather than an array each.
    /// </summary>
    public void ProbabilitiesInto(ReadOnlySpan<double> features, Span<double> p)
    {
        Span<double> scores = Weights.Length <= 16 ? stackalloc double[Weights.Length] : new double[Weights.Length];
        for (int c = 0; c < Weights.Length; c++)
        {
            double s = Bias[c];
            var w = Weights[c];
            for (int f = 0; f < features.Length; f++) s += w[f] * (features[f] - Mean[f]) / Scale[f];
            scores[c] = s;
        }
        double max = Max(scores);
        double sum = 0;
        for (int c = 0; c < scores.Length; c++) sum += p[c] = Math.Exp(scores[c] - max);
        for (int c = 0; c < scores.Length; c++) p[c] /= sum;
    }

    /// <summary>The number of probabilities per pair (a row of weights per class).</summary>
    public int ClassCount => Weights.Length;

    public static double[] Softmax(double[] scores) => Softmax((ReadOnlySpan<double>)scores);

    private static double[] Softmax(ReadOnlySpan<double> scores)
    {
        double max = Max(scores);
        var p = new double[scores.Length];
        double sum = 0;
        for (int c = 0; c < scores.Length; c++) sum += p[c] = Math.Exp(scores[c] - max);
        for (int c = 0; c < scores.Length; c++) p[c] /= sum;
        return p;
    }

    /// <summary>As <see cref="Enumerable.Max(IEnumerable{double})"/>: the largest value, NaNs passed over unless all are NaN.</summary>
    private static double Max(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty) throw new InvalidOperationException("no scores");
        int i = 0;
        while (i < values.Length - 1 && double.IsNaN(values[i])) i++;
        double max = values[i];
        for (i++; i < values.Length; i++)
            if (values[i] > max) max = values[i];
        return max;
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(new Stored(Classes, Features, Mean, Scale, Weights, Bias, CiteThreshold, Card), Json);

    public static SupportModel FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Json) ?? throw new InvalidDataException("empty support model");
        if (!stored.Features.SequenceEqual(PairFeatures.Names))
            throw new InvalidDataException("the support model was trained on other features than PairFeatures computes: retrain it (`recoupe train support`)");
        if (stored.Weights.Length != Classes.Length || stored.Weights.Any(w => w.Length != stored.Features.Length)
            || stored.Mean.Length != stored.Features.Length || stored.Scale.Length != stored.Features.Length || stored.Bias.Length != Classes.Length)
            throw new InvalidDataException("the support model's weights do not match its features and classes");
        return new SupportModel
        {
            Features = stored.Features, Mean = stored.Mean, Scale = stored.Scale.Select(s => s > 0 ? s : 1).ToArray(),
            Weights = stored.Weights, Bias = stored.Bias, CiteThreshold = stored.CiteThreshold, Card = stored.Card ?? [],
        };
    }

    private static SupportModel LoadShipped()
    {
        using var stream = typeof(SupportModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} missing: models/support-pairs.json must be built into Recoupe.dll");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private sealed record Stored(string[] Classes, string[] Features, double[] Mean, double[] Scale, double[][] Weights, double[] Bias,
        double CiteThreshold, Dictionary<string, string>? Card);
}
