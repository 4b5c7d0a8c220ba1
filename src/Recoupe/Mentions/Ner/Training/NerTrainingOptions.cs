namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// Settings of a training run. The defaults are the settings chosen on the tune split (see models/README.md);
/// <see cref="Select"/> re-runs that choice: it trains on the train split only and prints the tune score per epoch.
/// </summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; init; } = 12;
    /// <summary>Features seen fewer times in the training data are left out.</summary>
    public int MinFeatureCount { get; init; } = 1;
    /// <summary>Exported features whose largest averaged weight is below this (absolute) are pruned from the shipped model.</summary>
    public float PruneBelow { get; init; } = 0.01f;
    public int Seed { get; init; } = 20261204;
    public bool Select { get; init; }
    /// <summary>Conjoin every feature with the document's annotation convention as well (feature augmentation).</summary>
    public bool ConventionFeatures { get; init; } = true;
    /// <summary>Word clusters read by the features (null: none).</summary>
    public WordClusters? Clusters { get; init; }
    /// <summary>With <see cref="Select"/>: print each missed and spurious entity of the tune split here (errors are read on tune only).</summary>
    public TextWriter? TuneDetails { get; init; }
    /// <summary>Only the first N documents of each corpus (quick runs).</summary>
    public int? LimitPerCorpus { get; init; }
}
