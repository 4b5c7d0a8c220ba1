using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// The candidates of one quotation, after scoring their probabilities and the choice; in training also their
/// features (the extractor scores each candidate as its features are computed and keeps none).
/// </summary>
internal sealed class RankedSources
{
    public required List<SourceCandidate> Candidates { get; init; }
    public float[][] Features { get; init; } = [];
    public float[] Probabilities { get; private set; } = [];
    public int Best { get; private set; }

    /// <summary>Scores the candidates from their stored features.</summary>
    public RankedSources Score(QuoteModel model)
    {
        var scores = new float[Candidates.Count];
        for (int i = 0; i < scores.Length; i++) scores[i] = model.SpeakerScore(Features[i]);
        return WithScores(scores);
    }

    /// <summary>Turns raw scores into probabilities (a softmax) and the best candidate. Takes over the array.</summary>
    public RankedSources WithScores(float[] p)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < p.Length; i++) if (p[i] > max) { max = p[i]; Best = i; }
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
    /// <summary>
    /// The candidates scored by the model, computing each one's features in one reused buffer. The candidate list is
    /// the document's, reused by its next quotation: the answer is read before the next call (a list per quotation
    /// was a third of what the quote stage allocated).
    /// </summary>
    public static RankedSources Rank(QuoteDocument doc, QuoteFrame f, AttributionState state, QuoteModel model)
    {
        var candidates = doc.CandidateScratch;
        candidates.Clear();
        Candidates(doc, f, state, candidates);
        var scores = new float[candidates.Count];
        Span<float> words = stackalloc float[SpeakerFeatures.Count];
        Span<float> x = stackalloc float[SpeakerFeatures.Count];
        for (int i = 0; i < candidates.Count; i++)
        {
            // The readings of the same words follow their first one: the words' features are computed once; what
            // depends on the reading's place in the list is computed for each, as training does (Featurize).
            if (i == 0 || candidates[i].FirstReading)
            {
                words.Clear();
                SpeakerFeatures.Words(doc, f, candidates, i, words);
            }
            words.CopyTo(x);
            SpeakerFeatures.ListPlace(doc, candidates, i, x);
            SpeakerFeatures.Reading(doc, f, candidates[i], state, x);
            scores[i] = model.SpeakerScore(x);
        }
        return new RankedSources { Candidates = candidates }.WithScores(scores);
    }

    /// <summary>The candidates with their features kept, for training.</summary>
    public static RankedSources Featurize(QuoteDocument doc, QuoteFrame f, AttributionState state)
    {
        var candidates = new List<SourceCandidate>();
        Candidates(doc, f, state, candidates);
        var features = new float[candidates.Count][];
        for (int i = 0; i < candidates.Count; i++)
        {
            features[i] = new float[SpeakerFeatures.Count];
            SpeakerFeatures.Compute(doc, f, candidates, i, state, features[i]);
        }
        return new RankedSources { Candidates = candidates, Features = features };
    }

    private static void Candidates(QuoteDocument doc, QuoteFrame f, AttributionState state, List<SourceCandidate> candidates)
    {
        var words = CandidateFinder.Find(doc, f);
        foreach (var w in words)
        {
            int first = candidates.Count;
            ChainResolver.AddReadings(doc, w, state, candidates);
            if (candidates.Count > first) candidates[first] = candidates[first] with { FirstReading = true };
        }
    }
}
