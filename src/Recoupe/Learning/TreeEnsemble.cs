using System.Collections.Immutable;
using System.Globalization;

namespace Recoupe.Learning;

/// <summary>
/// A sum of small regression trees over named dense features, added to a linear score (<see cref="TreeBoostTrainer"/>):
/// what a linear model cannot weigh — one feature that matters only with another — as a few thresholds. Nodes are flat
/// arrays (a node goes left when x[feature] ≤ threshold; a leaf has feature −1 and holds its value). Immutable; read
/// from and written to a plain text, one node per line, so a model is small, diffable and reviewable.
/// </summary>
public sealed class TreeEnsemble
{
    private readonly int[] _feature, _left, _right, _roots;
    private readonly float[] _threshold, _value;

    public TreeEnsemble(ImmutableArray<string> features, int[] roots, int[] feature, float[] threshold, int[] left, int[] right, float[] value)
    {
        if (feature.Length != threshold.Length || feature.Length != left.Length || feature.Length != right.Length || feature.Length != value.Length)
            throw new ArgumentException("one entry per node in every array");
        Features = features;
        _roots = roots;
        _feature = feature;
        _threshold = threshold;
        _left = left;
        _right = right;
        _value = value;
    }

    public static TreeEnsemble Empty(ImmutableArray<string> features) => new(features, [], [], [], [], [], []);

    public ImmutableArray<string> Features { get; }
    public int Trees => _roots.Length;
    public int Nodes => _feature.Length;

    public float Score(ReadOnlySpan<float> x)
    {
        float s = 0;
        foreach (int root in _roots)
        {
            int n = root;
            while (_feature[n] >= 0) n = x[_feature[n]] <= _threshold[n] ? _left[n] : _right[n];
            s += _value[n];
        }
        return s;
    }

    /// <summary>
    /// Reads an ensemble written by <see cref="Write"/> against the feature names the code computes now (a name the code
    /// no longer has is an error: retrain). Lines: "tree" starts a tree at the next node; a node is "node TAB feature TAB
    /// threshold TAB left TAB right" or "leaf TAB value", children as node numbers within the file.
    /// </summary>
    public static TreeEnsemble Read(TextReader reader, IReadOnlyList<string> features)
    {
        var index = features.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        List<int> roots = [], feature = [], left = [], right = [];
        List<float> threshold = [], value = [];
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            switch (parts[0])
            {
                case "tree":
                    roots.Add(feature.Count);
                    break;
                case "node" when parts.Length == 5:
                    if (!index.TryGetValue(parts[1], out int f)) throw new FormatException($"the trees split on a feature the code does not compute: {parts[1]}");
                    feature.Add(f);
                    threshold.Add(float.Parse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture));
                    left.Add(int.Parse(parts[3], CultureInfo.InvariantCulture));
                    right.Add(int.Parse(parts[4], CultureInfo.InvariantCulture));
                    value.Add(0);
                    break;
                case "leaf" when parts.Length == 2:
                    feature.Add(-1);
                    threshold.Add(0);
                    left.Add(-1);
                    right.Add(-1);
                    value.Add(float.Parse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new FormatException($"not a tree line: {line}");
            }
        }
        for (int n = 0; n < feature.Count; n++)
            if (feature[n] >= 0 && (left[n] <= n || right[n] <= n || left[n] >= feature.Count || right[n] >= feature.Count))
                throw new FormatException($"node {n}: children must come after it");
        return new TreeEnsemble([.. features], [.. roots], [.. feature], [.. threshold], [.. left], [.. right], [.. value]);
    }

    public void Write(TextWriter writer, string? header = null)
    {
        if (header is not null)
            foreach (var line in header.Split('\n')) writer.Write("# " + line + "\n");
        for (int t = 0; t < _roots.Length; t++)
        {
            writer.Write("tree\n");
            int end = t + 1 < _roots.Length ? _roots[t + 1] : _feature.Length;
            for (int n = _roots[t]; n < end; n++)
                writer.Write(_feature[n] < 0
                    ? "leaf\t" + _value[n].ToString("0.#####", CultureInfo.InvariantCulture) + "\n"
                    : "node\t" + Features[_feature[n]] + "\t" + _threshold[n].ToString("R", CultureInfo.InvariantCulture) + "\t"
                      + _left[n].ToString(CultureInfo.InvariantCulture) + "\t" + _right[n].ToString(CultureInfo.InvariantCulture) + "\n");
        }
    }
}
