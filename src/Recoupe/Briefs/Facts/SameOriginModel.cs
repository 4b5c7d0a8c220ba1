using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// The learned "same origin" decision between two cited sentences of a fact: logistic regression over standardised
/// <see cref="SameOriginFeatures"/>, trained on the origins we judged in briefs of RPM2 dev stories (the TUNE half only) by
/// <c>recoupe train same-origin</c>. Two sentences count as one source when P(same origin) reaches <see cref="Threshold"/>, chosen
/// by leave-one-topic-out cross-validation over the TUNE topics; it only ever joins sources, on top of the rules of
/// <see cref="FactSources"/>. A threshold above 1 turns it off. None ships today: trained in issue 15 s7, it gained on TUNE and
/// not on CHECK, nor with the shared-wording features of s10 (eval/facts-judged/README.md), so <see cref="Shipped"/> is
/// <see cref="Off"/> unless models/same-origin.json is embedded (models/README.md says how).
/// </summary>
internal sealed class SameOriginModel
{
    public const string ResourceName = "Recoupe.Models.same-origin.json";

    public required string[] Features { get; init; }
    public required double[] Mean { get; init; }
    public required double[] Scale { get; init; }
    public required double[] Weights { get; init; }
    public required double Bias { get; init; }
    public double Threshold { get; init; } = 2;
    public Dictionary<string, string> Card { get; init; } = [];

    /// <summary>A model that never joins anything (no model shipped, or to measure the rules alone).</summary>
    public static readonly SameOriginModel Off = new()
    {
        Features = SameOriginFeatures.Names, Mean = new double[SameOriginFeatures.Count], Scale = Enumerable.Repeat(1.0, SameOriginFeatures.Count).ToArray(),
        Weights = new double[SameOriginFeatures.Count], Bias = 0, Threshold = 2,
    };

    public bool IsOff => Threshold > 1;

    public double Probability(double[] features)
    {
        double s = Bias;
        for (int f = 0; f < features.Length; f++) s += Weights[f] * (features[f] - Mean[f]) / Scale[f];
        return 1 / (1 + Math.Exp(-s));
    }

    private static readonly Lazy<SameOriginModel> LazyShipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    public static SameOriginModel Shipped => LazyShipped.Value;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string ToJson() => JsonSerializer.Serialize(new Stored(Features, Mean, Scale, Weights, Bias, Threshold, Card), Json);

    public static SameOriginModel FromJson(string json)
    {
        var s = JsonSerializer.Deserialize<Stored>(json, Json) ?? throw new InvalidDataException("empty same-origin model");
        if (!s.Features.SequenceEqual(SameOriginFeatures.Names))
            throw new InvalidDataException("the same-origin model was trained on other features than SameOriginFeatures computes: retrain it (`recoupe train same-origin`)");
        if (s.Mean.Length != s.Features.Length || s.Scale.Length != s.Features.Length || s.Weights.Length != s.Features.Length)
            throw new InvalidDataException("the same-origin model's weights do not match its features");
        return new SameOriginModel
        {
            Features = s.Features, Mean = s.Mean, Scale = s.Scale.Select(x => x > 0 ? x : 1).ToArray(), Weights = s.Weights, Bias = s.Bias,
            Threshold = s.Threshold, Card = s.Card ?? [],
        };
    }

    private static SameOriginModel LoadShipped()
    {
        // RECOUPE_SAME_ORIGIN=off counts sources by the rules alone: to measure what the model adds (recoupe eval facts-briefs).
        if (Environment.GetEnvironmentVariable("RECOUPE_SAME_ORIGIN") == "off") return Off;
        using var stream = typeof(SameOriginModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return Off;
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private sealed record Stored(string[] Features, double[] Mean, double[] Scale, double[] Weights, double Bias, double Threshold, Dictionary<string, string>? Card);
}
