namespace Recoupe.Evaluation.Timex;

/// <summary>
/// TempEval-3 timex measures (UzZaman et al. 2013, the official scorer's definitions):
/// strict extraction matches spans exactly, relaxed extraction on overlap (one system timex per gold one);
/// an attribute (type, value) counts when a relaxed match has it right, and its P/R divide that count by the
/// number of system / gold timexes, so attribute F1 = relaxed F1 x attribute accuracy.
/// </summary>
public sealed class TempEvalScorer
{
    public int Gold { get; private set; }
    public int System { get; private set; }
    public int Strict { get; private set; }
    public int Relaxed { get; private set; }
    public int TypeCorrect { get; private set; }
    public int ValueCorrect { get; private set; }

    /// <summary>Adds one document; returns the gold timexes nobody found and the system ones that matched nothing, for reports.</summary>
    public (List<GoldTimex> Missed, List<GoldTimex> Spurious, List<(GoldTimex Gold, GoldTimex System)> Matched) Add(
        IReadOnlyList<GoldTimex> gold, IReadOnlyList<GoldTimex> system)
    {
        Gold += gold.Count;
        System += system.Count;
        var used = new bool[system.Count];
        var missed = new List<GoldTimex>();
        var matched = new List<(GoldTimex, GoldTimex)>();
        foreach (var g in gold)
        {
            int best = -1;
            for (int s = 0; s < system.Count; s++)
            {
                if (used[s] || !system[s].Span.Overlaps(g.Span)) continue;
                if (best < 0 || system[s].Span == g.Span) best = s;
            }
            if (best < 0) { missed.Add(g); continue; }
            used[best] = true;
            var sys = system[best];
            Relaxed++;
            if (sys.Span == g.Span) Strict++;
            if (string.Equals(sys.Type, g.Type, StringComparison.OrdinalIgnoreCase)) TypeCorrect++;
            if (string.Equals(sys.Value, g.Value, StringComparison.Ordinal)) ValueCorrect++;
            matched.Add((g, sys));
        }
        var spurious = system.Where((_, s) => !used[s]).ToList();
        return (missed, spurious, matched);
    }

    public IReadOnlyDictionary<string, double> Metrics()
    {
        var m = new Dictionary<string, double>(StringComparer.Ordinal);
        Put("strict", Strict);
        Put("relaxed", Relaxed);
        Put("type", TypeCorrect);
        Put("value", ValueCorrect);
        m["type_accuracy"] = Relaxed == 0 ? 0 : Math.Round((double)TypeCorrect / Relaxed, 4);
        m["value_accuracy"] = Relaxed == 0 ? 0 : Math.Round((double)ValueCorrect / Relaxed, 4);
        m["gold"] = Gold;
        m["system"] = System;
        return m;

        void Put(string name, int correct)
        {
            double p = System == 0 ? 0 : (double)correct / System;
            double r = Gold == 0 ? 0 : (double)correct / Gold;
            m[name + "_precision"] = Math.Round(p, 4);
            m[name + "_recall"] = Math.Round(r, 4);
            m[name + "_f1"] = p + r == 0 ? 0 : Math.Round(2 * p * r / (p + r), 4);
        }
    }
}
