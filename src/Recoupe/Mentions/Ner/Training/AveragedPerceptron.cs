namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// Collins' (2002) structured perceptron with averaging: decode each training sentence with the current weights,
/// and where the best labelling differs from the gold one, move the weights of the features at the differing
/// tokens (and the label transitions) towards gold and away from the prediction. The averaged weights (the mean of
/// the weights after every sentence, kept with the "w - u/c" trick) are what generalise; they are what is exported.
/// Deterministic for a given seed: sentences are visited in a seeded shuffle.
/// </summary>
public sealed class AveragedPerceptron
{
    private const int L = NerLabels.Count;
    private readonly float[] _w;
    // Accumulated c·delta: doubles, since c reaches millions and float sums would lose the average.
    private readonly double[] _u;
    private readonly float[] _trans = new float[L * L];
    private readonly double[] _transU = new double[L * L];
    private readonly float[] _start = new float[L];
    private readonly double[] _startU = new double[L];
    private double _c = 1;

    public AveragedPerceptron(int featureCount)
    {
        _w = new float[(long)featureCount * L];
        _u = new double[(long)featureCount * L];
    }

    public int FeatureCount => _w.Length / L;

    /// <summary>One pass over the sentences in a shuffled order; returns how many sentences were mislabelled.</summary>
    public int TrainEpoch(IReadOnlyList<TrainingSequence> sequences, Random random)
    {
        var order = Enumerable.Range(0, sequences.Count).ToArray();
        random.Shuffle(order);
        int errors = 0;
        float[] emissions = new float[1024 * L];
        int[] predicted = new int[1024];
        foreach (int s in order)
        {
            var seq = sequences[s];
            if (emissions.Length < seq.Length * L) { emissions = new float[seq.Length * L]; predicted = new int[seq.Length]; }
            Emissions(seq, _w, emissions);
            ViterbiDecoder.Decode(emissions, seq.Length, _trans, _start, predicted);
            if (Update(seq, predicted)) errors++;
            _c++;
        }
        return errors;
    }

    private bool Update(TrainingSequence seq, int[] predicted)
    {
        bool wrong = false;
        var gold = seq.Gold;
        for (int t = 0; t < seq.Length; t++)
        {
            int g = gold[t], p = predicted[t];
            if (g != p)
            {
                wrong = true;
                foreach (int f in seq.FeaturesOf(t))
                {
                    long row = (long)f * L;
                    Bump(_w, _u, row + g, 1);
                    Bump(_w, _u, row + p, -1);
                }
            }
            if (t == 0)
            {
                if (g != p) { Bump(_start, _startU, g, 1); Bump(_start, _startU, p, -1); }
            }
            else if (g != p || gold[t - 1] != predicted[t - 1])
            {
                Bump(_trans, _transU, gold[t - 1] * L + g, 1);
                Bump(_trans, _transU, predicted[t - 1] * L + p, -1);
            }
        }
        return wrong;
    }

    private void Bump(float[] w, double[] u, long i, float delta)
    {
        w[i] += delta;
        u[i] += _c * delta;
    }

    /// <summary>The averaged weights: features (feature × label), transitions (previous × label), start scores.</summary>
    public (float[] Weights, float[] Transitions, float[] Start) Averaged()
    {
        return (Average(_w, _u), Average(_trans, _transU), Average(_start, _startU));
    }

    private float[] Average(float[] w, double[] u)
    {
        var a = new float[w.Length];
        for (long i = 0; i < w.Length; i++) a[i] = (float)(w[i] - u[i] / _c);
        return a;
    }

    /// <summary>Emission scores of a sentence under weights <paramref name="weights"/> (feature × label).</summary>
    public static void Emissions(TrainingSequence seq, float[] weights, float[] emissions)
    {
        for (int t = 0; t < seq.Length; t++)
        {
            var row = emissions.AsSpan(t * L, L);
            if (seq.Base is { } b) b.AsSpan(t * L, L).CopyTo(row); else row.Clear();
            foreach (int f in seq.FeaturesOf(t))
            {
                var w = weights.AsSpan((int)((long)f * L), L);
                for (int l = 0; l < L; l++) row[l] += w[l];
            }
        }
    }
}
