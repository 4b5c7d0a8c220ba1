using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Recoupe.Learning;

/// <summary>
/// A linear scorer over named dense features: score = w·x. Ranking picks the highest score among candidates
/// (a conditional logit: P(c) ∝ exp(w·x_c)); a yes/no decision is the two-candidate case against an all-zero
/// "no" (P(yes) = σ(w·x + bias), with the bias a feature always 1). Immutable; read from and written to a plain
/// "name TAB weight" text so a model is small, diffable and reviewable.
/// </summary>
public sealed class LinearRanker
{
    public LinearRanker(ImmutableArray<string> features, ImmutableArray<float> weights)
    {
        if (features.Length != weights.Length) throw new ArgumentException("one weight per feature");
        Features = features;
        Weights = weights;
    }

    public ImmutableArray<string> Features { get; }
    public ImmutableArray<float> Weights { get; }

    public float Score(ReadOnlySpan<float> x)
    {
        float s = 0;
        var w = Weights.AsSpan();
        int n = Math.Min(x.Length, w.Length);
        for (int i = 0; i < n; i++) s += w[i] * x[i];
        return s;
    }

    /// <summary>The probability of "yes" for a yes/no model (logistic of the score).</summary>
    public float Probability(ReadOnlySpan<float> x) => 1f / (1f + MathF.Exp(-Score(x)));

    /// <summary>
    /// Reads a model written by <see cref="Write"/> and lines its weights up with <paramref name="features"/>, the
    /// feature names the code computes now: a name the file lacks weighs 0, a name the code no longer has is an error
    /// (the model was trained on other features and must be retrained).
    /// </summary>
    public static LinearRanker Read(TextReader reader, IReadOnlyList<string> features)
    {
        var byName = new Dictionary<string, float>(StringComparer.Ordinal);
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"not 'name TAB weight': {line}");
            byName[line[..tab]] = float.Parse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        var index = features.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var unknown = byName.Keys.FirstOrDefault(k => !index.ContainsKey(k));
        if (unknown is not null) throw new FormatException($"the model has a feature the code does not compute: {unknown}");
        var weights = new float[features.Count];
        foreach (var (name, w) in byName) weights[index[name]] = w;
        return new LinearRanker([.. features], [.. weights]);
    }

    public void Write(TextWriter writer, string? header = null)
    {
        if (header is not null)
            foreach (var line in header.Split('\n')) writer.Write("# " + line + "\n");
        for (int i = 0; i < Features.Length; i++)
            if (Weights[i] != 0) writer.Write(Features[i] + "\t" + Weights[i].ToString("0.####", CultureInfo.InvariantCulture) + "\n");
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        using var w = new StringWriter(sb, CultureInfo.InvariantCulture);
        Write(w);
        return sb.ToString();
    }
}
