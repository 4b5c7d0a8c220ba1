using System.Runtime.CompilerServices;

namespace Recoupe.Mentions.Ner;

/// <summary>One weight per label, stored inline so that a feature's weights sit in the cache line of its key.</summary>
[InlineArray(NerLabels.Count)]
public struct LabelWeights
{
    private float _first;
}
