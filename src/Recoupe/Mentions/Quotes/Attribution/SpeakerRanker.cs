using Recoupe.Learning;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>The candidates of one quotation with their features, and after scoring their probabilities and the choice.</summary>
internal sealed class RankedSources
{
    public required List<SourceCandidate> Candidates { get; init; }
    public required float[][] Features { get; init; }
    public float[] Probabilities { get; private set; } = [];
    public int Best { get; private set; }

    /// <summary>Scores the candidates: their probabilities (a softmax of the model's scores) and the best one.</summary>
    public RankedSources Score(LinearRanker model)
    {
        var p = new float[Candidates.Count];
        float max = float.NegativeInfinity;
        for (int i = 0; i < p.Length; i++) { p[i] = model.Score(Features[i]); if (p[i] > max) { max = p[i]; Best = i; } }
        float sum = 0;
        for (int i = 0; i < p.Length; i++) { p[i] = MathF.Exp(p[i] - max); sum += p[i]; }
        for (int i = 0; i < p.Length; i++) p[i] /= sum;
        Probabilities = p;
        return this;
    }

    public SourceCandidate Chosen => Candidates[Best];
    public EntityMention? ChosenEntity => Candidates[Best].Speaker;

    /// <summary>The probability that a named entity said it (the best named candidate's), and that nobody in the text did.</summary>
    public (float Named, float Nobody) Confidence()
    {
        float named = 0, nobody = 0;
        for (int i = 0; i < Candidates.Count; i++)
        {
            if (Candidates[i].Kind == SourceKind.Nobody) nobody = Probabilities[i];
            else if (Candidates[i].Speaker is not null || Candidates[i].Reading == ReadingKind.Institution) named = Math.Max(named, Probabilities[i]);
        }
        return (named, nobody);
    }
}

/// <summary>
/// Candidate ranking for one quotation: find the candidates (<see cref="CandidateFinder"/>), resolve pronouns and
/// descriptions into their readings (<see cref="ChainResolver"/>), compute their features (<see cref="SpeakerFeatures"/>) and score them
/// with a trained linear model; the best one is the source.
/// </summary>
internal static class SpeakerRanker
{
    public static RankedSources Featurize(QuoteDocument doc, QuoteFrame f, AttributionState state)
    {
        var words = CandidateFinder.Find(doc, f);
        var candidates = new List<SourceCandidate>(words.Count * 2);
        foreach (var w in words)
        {
            int first = candidates.Count;
            ChainResolver.AddReadings(doc, w, state, candidates);
            if (candidates.Count > first) candidates[first] = candidates[first] with { FirstReading = true };
        }
        var features = new float[candidates.Count][];
        for (int i = 0; i < candidates.Count; i++)
        {
            features[i] = new float[SpeakerFeatures.Count];
            SpeakerFeatures.Compute(doc, f, candidates, i, state, features[i]);
        }
        return new RankedSources { Candidates = candidates, Features = features };
    }
}
