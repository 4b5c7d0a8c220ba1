using System.Collections.Immutable;

namespace Recoupe.Learning;

/// <summary>
/// Gradient-boosted regression trees on top of trained linear rankers, for the same listwise loss (−log of the
/// probability mass on the good candidates, a softmax over each example's candidates): each round fits one tree to the
/// Newton step of every candidate's score (gradient p − p·good/Σgood p, hessian p(1 − p)), so the trees learn what the
/// linear scores get wrong — interactions, thresholds. Deterministic: no sampling, features binned from the data
/// (midpoints between distinct values, or quantiles beyond <see cref="MaxBins"/>), ties broken by feature order.
/// With several domains (languages) the trees are shared and may split on the domain (an extra feature); each domain's
/// ensemble is then written with those splits resolved (<see cref="Train"/> returns one per domain).
/// </summary>
public sealed record TreeBoostTrainer(int Rounds = 60, int Depth = 3, float Shrinkage = 0.1f, float Lambda = 1f, float MinChildHessian = 2f, int MaxBins = 32)
{
    /// <summary>
    /// How much each domain's examples count in the trees' fit (1 when absent): the trees are shared, so without it they
    /// learn what the larger domain's linear scores miss.
    /// </summary>
    public IReadOnlyList<float>? DomainWeights { get; init; }

    private float WeightOf(int domain) => DomainWeights is { } w && domain < w.Count ? w[domain] : 1f;

    private sealed class Node
    {
        public int Feature = -1;
        public float Threshold;
        public Node? Left, Right;
        public double Value;
    }

    /// <summary>One ensemble per domain, boosting from <paramref name="linear"/>[domain]'s scores.</summary>
    public TreeEnsemble[] Train(IReadOnlyList<string> features, IReadOnlyList<LinearRanker> linear, IReadOnlyList<RankingExample> examples)
    {
        int d = features.Count, domains = linear.Count, width = d + 1; // the last column is the domain
        var usable = examples.Where(e => e.Good.Any(g => g) && e.Candidates.Length > 0).ToList();
        // Rows: one per candidate, examples in order.
        var start = new int[usable.Count + 1];
        for (int i = 0; i < usable.Count; i++) start[i + 1] = start[i] + usable[i].Candidates.Length;
        int rows = start[^1];
        var x = new float[(long)rows * width];
        var score = new double[rows];
        var good = new bool[rows];
        var weight = new double[usable.Count];
        for (int i = 0; i < usable.Count; i++)
        {
            var e = usable[i];
            weight[i] = WeightOf(e.Domain);
            for (int c = 0; c < e.Candidates.Length; c++)
            {
                int r = start[i] + c;
                var v = e.Candidates[c];
                for (int j = 0; j < Math.Min(d, v.Length); j++) x[(long)r * width + j] = v[j];
                x[(long)r * width + d] = e.Domain;
                score[r] = linear[e.Domain].Score(v);
                good[r] = e.Good[c];
            }
        }
        var (thresholds, bins, zeroBin, nonZero, nzStart) = Bin(x, rows, width);
        var trees = new List<Node>();
        var g = new double[rows];
        var h = new double[rows];
        var all = Enumerable.Range(0, rows).ToArray();
        for (int round = 0; round < Rounds && rows > 0; round++)
        {
            Gradients(usable.Count, start, score, good, weight, g, h);
            var root = Grow(all, 0, g, h, thresholds, bins, zeroBin, nonZero, nzStart, width);
            trees.Add(root);
            for (int r = 0; r < rows; r++) score[r] += Leaf(root, x, (long)r * width);
        }
        var names = features.ToImmutableArray();
        return [.. Enumerable.Range(0, domains).Select(k => Flatten(names, trees, d, k))];
    }

    private static double Leaf(Node n, float[] x, long offset)
    {
        while (n.Feature >= 0) n = x[offset + n.Feature] <= n.Threshold ? n.Left! : n.Right!;
        return n.Value;
    }

    private static void Gradients(int examples, int[] start, double[] score, bool[] good, double[] weight, double[] g, double[] h)
    {
        for (int i = 0; i < examples; i++)
        {
            int a = start[i], b = start[i + 1];
            double max = double.NegativeInfinity;
            for (int r = a; r < b; r++) max = Math.Max(max, score[r]);
            double sum = 0, goodSum = 0;
            for (int r = a; r < b; r++) { g[r] = Math.Exp(score[r] - max); sum += g[r]; if (good[r]) goodSum += g[r]; }
            for (int r = a; r < b; r++)
            {
                double p = g[r] / sum;
                g[r] = weight[i] * (p - (good[r] ? g[r] / goodSum : 0));
                h[r] = weight[i] * Math.Max(p * (1 - p), 1e-6);
            }
        }
    }

    // Per column: the split thresholds, each row's bin, the bin of the value 0, and each row's non-zero columns with their bins.
    private (float[][] Thresholds, byte[] Bins, int[] ZeroBin, (int Col, byte Bin)[] NonZero, int[] NzStart) Bin(float[] x, int rows, int width)
    {
        var thresholds = new float[width][];
        var bins = new byte[(long)rows * width];
        var zeroBin = new int[width];
        var column = new float[rows];
        for (int j = 0; j < width; j++)
        {
            for (int r = 0; r < rows; r++) column[r] = x[(long)r * width + j];
            var distinct = column.Distinct().Order().ToArray();
            float[] t;
            if (distinct.Length <= MaxBins)
                t = [.. Enumerable.Range(0, Math.Max(0, distinct.Length - 1)).Select(i => (distinct[i] + distinct[i + 1]) / 2)];
            else
            {
                var sorted = (float[])column.Clone();
                Array.Sort(sorted);
                var cuts = new SortedSet<float>();
                for (int q = 1; q < MaxBins; q++)
                {
                    float v = sorted[(int)((long)q * rows / MaxBins)];
                    int at = Array.BinarySearch(distinct, v);
                    if (at + 1 < distinct.Length) cuts.Add((distinct[at] + distinct[at + 1]) / 2);
                }
                t = [.. cuts];
            }
            thresholds[j] = t;
            zeroBin[j] = BinOf(t, 0);
            for (int r = 0; r < rows; r++) bins[(long)r * width + j] = (byte)BinOf(t, column[r]);
        }
        var nzStart = new int[rows + 1];
        var nonZero = new List<(int, byte)>();
        for (int r = 0; r < rows; r++)
        {
            nzStart[r] = nonZero.Count;
            for (int j = 0; j < width; j++)
            {
                byte b = bins[(long)r * width + j];
                if (b != zeroBin[j]) nonZero.Add((j, b));
            }
        }
        nzStart[rows] = nonZero.Count;
        return (thresholds, bins, zeroBin, [.. nonZero], nzStart);
    }

    // The number of thresholds below v: bin b holds the values in (t[b-1], t[b]].
    private static int BinOf(float[] t, float v)
    {
        int lo = 0, hi = t.Length;
        while (lo < hi) { int mid = (lo + hi) / 2; if (v <= t[mid]) hi = mid; else lo = mid + 1; }
        return lo;
    }

    private Node Grow(int[] rows, int depth, double[] g, double[] h, float[][] thresholds, byte[] bins, int[] zeroBin,
        (int Col, byte Bin)[] nonZero, int[] nzStart, int width)
    {
        double G = 0, H = 0;
        foreach (int r in rows) { G += g[r]; H += h[r]; }
        var node = new Node { Value = -Shrinkage * G / (H + Lambda) };
        if (depth >= Depth || H < 2 * MinChildHessian) return node;
        int stride = MaxBins + 1;
        var hg = new double[width * stride];
        var hh = new double[width * stride];
        foreach (int r in rows)
            for (int k = nzStart[r]; k < nzStart[r + 1]; k++)
            {
                var (col, bin) = nonZero[k];
                hg[col * stride + bin] += g[r];
                hh[col * stride + bin] += h[r];
            }
        double parent = G * G / (H + Lambda), bestGain = 1e-9;
        int bestCol = -1, bestBin = -1;
        for (int j = 0; j < width; j++)
        {
            int n = thresholds[j].Length;
            if (n == 0) continue;
            double sg = 0, sh = 0;
            for (int b = 0; b <= n; b++) { sg += hg[j * stride + b]; sh += hh[j * stride + b]; }
            hg[j * stride + zeroBin[j]] += G - sg;
            hh[j * stride + zeroBin[j]] += H - sh;
            double lg = 0, lh = 0;
            for (int b = 0; b < n; b++)
            {
                lg += hg[j * stride + b];
                lh += hh[j * stride + b];
                double rg = G - lg, rh = H - lh;
                if (lh < MinChildHessian || rh < MinChildHessian) continue;
                double gain = lg * lg / (lh + Lambda) + rg * rg / (rh + Lambda) - parent;
                if (gain > bestGain) { bestGain = gain; bestCol = j; bestBin = b; }
            }
        }
        if (bestCol < 0) return node;
        var left = rows.Where(r => bins[(long)r * width + bestCol] <= bestBin).ToArray();
        var right = rows.Where(r => bins[(long)r * width + bestCol] > bestBin).ToArray();
        node.Feature = bestCol;
        node.Threshold = thresholds[bestCol][bestBin];
        node.Left = Grow(left, depth + 1, g, h, thresholds, bins, zeroBin, nonZero, nzStart, width);
        node.Right = Grow(right, depth + 1, g, h, thresholds, bins, zeroBin, nonZero, nzStart, width);
        return node;
    }

    // One domain's ensemble: splits on the domain column (index d) resolved to that domain's side, leaves rounded.
    private static TreeEnsemble Flatten(ImmutableArray<string> names, List<Node> trees, int d, int domain)
    {
        List<int> roots = [], feature = [], left = [], right = [];
        List<float> threshold = [], value = [];
        int Add(Node n)
        {
            while (n.Feature == d) n = domain <= n.Threshold ? n.Left! : n.Right!;
            int at = feature.Count;
            feature.Add(n.Feature);
            threshold.Add(n.Feature < 0 ? 0 : n.Threshold);
            left.Add(-1);
            right.Add(-1);
            value.Add(n.Feature < 0 ? (float)Math.Round(n.Value, 5) : 0);
            if (n.Feature >= 0)
            {
                int l = Add(n.Left!);
                int r = Add(n.Right!);
                left[at] = l;
                right[at] = r;
            }
            return at;
        }
        foreach (var t in trees) roots.Add(Add(t));
        return new TreeEnsemble(names, [.. roots], [.. feature], [.. threshold], [.. left], [.. right], [.. value]);
    }
}
