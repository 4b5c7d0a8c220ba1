namespace Recoupe.Learning;

/// <summary>
/// Fits linear rankers by maximising the log of the probability mass on each example's good candidates, with an L2
/// penalty, by full-batch gradient descent with Adam steps: no sampling and a fixed starting point (all zeros), so
/// the same examples always give the same weights. Examples with no good candidate carry no signal and are skipped.
/// With several domains (languages), each feature has a shared weight and one per domain, all penalised alike
/// ("frustratingly easy" domain adaptation, Daumé 2007): what the domains share is learned from all the data, what
/// differs from each one's own; the model of a domain is the sum. <see cref="DomainL2Factor"/> penalises the
/// domain-specific weights more (above 1: the domains share more).
/// </summary>
public sealed record RankerTrainer(float L2 = 1e-3f, int Iterations = 300, float LearningRate = 0.05f, float DomainL2Factor = 1f)
{
    /// <summary>
    /// How much each domain's examples count in the loss (1 when absent): a small domain weighted up pulls the shared
    /// weights towards what it needs instead of leaving them to the larger one.
    /// </summary>
    public IReadOnlyList<float>? DomainWeights { get; init; }

    /// <summary>
    /// Per domain, the factor on <see cref="DomainL2Factor"/> for that domain's own weights (1 when absent): below 1
    /// the domain departs more easily from the shared weights.
    /// </summary>
    public IReadOnlyList<float>? DomainL2Scales { get; init; }

    private float WeightOf(int domain) => DomainWeights is { } w && domain < w.Count ? w[domain] : 1f;
    private float L2ScaleOf(int domain) => DomainL2Scales is { } s && domain < s.Count ? s[domain] : 1f;

    public LinearRanker Train(IReadOnlyList<string> features, IReadOnlyList<RankingExample> examples) =>
        Train(features, 1, examples)[0];

    /// <summary>One model per domain 0..<paramref name="domains"/>-1, trained together.</summary>
    public LinearRanker[] Train(IReadOnlyList<string> features, int domains, IReadOnlyList<RankingExample> examples)
    {
        int d = features.Count;
        int blocks = domains == 1 ? 1 : domains + 1;
        var usable = examples.Where(e => e.Good.Any(g => g) && e.Candidates.Length > 0).Select(e => Sparse.Of(e, d)).ToList();
        var w = new double[d * blocks];
        if (usable.Count > 0) Fit(w, d, blocks, usable);
        var models = new LinearRanker[domains];
        for (int k = 0; k < domains; k++)
        {
            var collapsed = new float[d];
            for (int j = 0; j < d; j++) collapsed[j] = (float)Math.Round(w[j] + (blocks > 1 ? w[(k + 1) * d + j] : 0), 4);
            models[k] = new LinearRanker([.. features], [.. collapsed]);
        }
        return models;
    }

    private void Fit(double[] w, int d, int blocks, List<Sparse> examples)
    {
        var m = new double[w.Length];
        var v = new double[w.Length];
        var grad = new double[w.Length];
        double total = 0;
        foreach (var e in examples) total += WeightOf(e.Domain);
        var penalty = new double[w.Length];
        for (int j = 0; j < w.Length; j++) penalty[j] = j < d ? L2 : L2 * DomainL2Factor * L2ScaleOf(j / d - 1);
        const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
        for (int it = 1; it <= Iterations; it++)
        {
            Array.Clear(grad);
            foreach (var e in examples) AddGradient(w, d, blocks, e, WeightOf(e.Domain), grad);
            double b1 = 1 - Math.Pow(Beta1, it), b2 = 1 - Math.Pow(Beta2, it);
            for (int j = 0; j < w.Length; j++)
            {
                double g = grad[j] / total + penalty[j] * w[j];
                m[j] = Beta1 * m[j] + (1 - Beta1) * g;
                v[j] = Beta2 * v[j] + (1 - Beta2) * g * g;
                w[j] -= LearningRate * (m[j] / b1) / (Math.Sqrt(v[j] / b2) + Epsilon);
            }
        }
    }

    // d(-log Σgood p)/dw = Σ_c p_c x_c − Σ_good (p_c / Σgood p) x_c, on the shared block and the example's domain block.
    private static void AddGradient(double[] w, int d, int blocks, Sparse e, double weight, double[] grad)
    {
        int n = e.Good.Length;
        int offset = blocks > 1 ? (e.Domain + 1) * d : -1;
        Span<double> s = n <= 512 ? stackalloc double[n] : new double[n];
        double max = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            double score = 0;
            for (int k = e.Start[i]; k < e.Start[i + 1]; k++)
            {
                int j = e.Index[k];
                score += (w[j] + (offset >= 0 ? w[offset + j] : 0)) * e.Value[k];
            }
            s[i] = score;
            if (score > max) max = score;
        }
        double all = 0, good = 0;
        for (int i = 0; i < n; i++) { s[i] = Math.Exp(s[i] - max); all += s[i]; if (e.Good[i]) good += s[i]; }
        for (int i = 0; i < n; i++)
        {
            double coef = weight * (s[i] / all - (e.Good[i] ? s[i] / good : 0));
            if (coef == 0) continue;
            for (int k = e.Start[i]; k < e.Start[i + 1]; k++)
            {
                grad[e.Index[k]] += coef * e.Value[k];
                if (offset >= 0) grad[offset + e.Index[k]] += coef * e.Value[k];
            }
        }
    }

    /// <summary>The mean negative log-likelihood of the examples under a model (how well it fits them).</summary>
    public static double Loss(LinearRanker model, IReadOnlyList<RankingExample> examples)
    {
        double loss = 0;
        int n = 0;
        foreach (var e in examples)
        {
            if (!e.Good.Any(g => g)) continue;
            var s = e.Candidates.Select(c => (double)model.Score(c)).ToArray();
            double max = s.Max(), all = 0, good = 0;
            for (int i = 0; i < s.Length; i++) { var p = Math.Exp(s[i] - max); all += p; if (e.Good[i]) good += p; }
            loss -= Math.Log(good / all);
            n++;
        }
        return n == 0 ? 0 : loss / n;
    }

    /// <summary>An example's non-zero features, candidate after candidate (most features of a candidate are zero).</summary>
    private sealed record Sparse(int[] Start, int[] Index, float[] Value, bool[] Good, int Domain)
    {
        public static Sparse Of(RankingExample e, int d)
        {
            var start = new int[e.Candidates.Length + 1];
            var index = new List<int>();
            var value = new List<float>();
            for (int i = 0; i < e.Candidates.Length; i++)
            {
                start[i] = index.Count;
                var x = e.Candidates[i];
                for (int j = 0; j < Math.Min(d, x.Length); j++)
                    if (x[j] != 0) { index.Add(j); value.Add(x[j]); }
            }
            start[^1] = index.Count;
            return new Sparse(start, [.. index], [.. value], e.Good, e.Domain);
        }
    }
}
