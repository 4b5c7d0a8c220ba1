namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// One sentence ready for training: per token, the indices of its features (shared and convention-specific) in a
/// flat array, and the gold label. <see cref="Document"/> points back to the gold document for scoring.
/// </summary>
public sealed class TrainingSequence(int[] featureStarts, int[] features, int[] gold, byte convention, int document)
{
    /// <summary>Scores every label already has before this model's features add theirs (a second pass: the first
    /// pass's emission scores, token × label); null: none.</summary>
    public float[]? Base { get; set; }

    /// <summary>Token t's features are Features[FeatureStarts[t] .. FeatureStarts[t + 1]).</summary>
    public int[] FeatureStarts { get; } = featureStarts;
    public int[] Features { get; } = features;
    public int[] Gold { get; } = gold;
    public byte Convention { get; } = convention;
    public int Document { get; } = document;
    public int Length => Gold.Length;

    public ReadOnlySpan<int> FeaturesOf(int token) => Features.AsSpan(FeatureStarts[token], FeatureStarts[token + 1] - FeatureStarts[token]);
}

/// <summary>A feature as the trainer indexes it: its hash and the convention it is conjoined with (0: shared by all).</summary>
public readonly record struct FeatureKey(ulong Hash, byte Convention);
