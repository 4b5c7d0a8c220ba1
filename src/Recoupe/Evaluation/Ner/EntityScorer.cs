using Recoupe.Model;

namespace Recoupe.Evaluation.Ner;

/// <summary>
/// Entity-level counts per type: strict (same span and type) and partial (overlapping span, same type),
/// each gold and each predicted entity matched at most once.
/// </summary>
public sealed class EntityScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Strict, int Partial)> _counts = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Types => _counts.Keys;

    public void Add(IReadOnlyList<GoldEntity> gold, IReadOnlyList<GoldEntity> predicted)
    {
        foreach (var g in gold) Bump(g.Type, gold: 1);
        foreach (var p in predicted) Bump(p.Type, predicted: 1);
        var usedStrict = new HashSet<int>();
        var usedPartial = new HashSet<int>();
        foreach (var g in gold)
        {
            int exact = -1, overlap = -1;
            for (int i = 0; i < predicted.Count; i++)
            {
                var p = predicted[i];
                if (p.Type != g.Type) continue;
                if (exact < 0 && p.Span == g.Span && !usedStrict.Contains(i)) exact = i;
                if (overlap < 0 && p.Span.Overlaps(g.Span) && !usedPartial.Contains(i)) overlap = i;
            }
            if (exact >= 0) { usedStrict.Add(exact); Bump(g.Type, strict: 1); }
            if (overlap >= 0) { usedPartial.Add(overlap); Bump(g.Type, partial: 1); }
        }
    }

    private void Bump(string type, int gold = 0, int predicted = 0, int strict = 0, int partial = 0)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Gold + gold, c.Predicted + predicted, c.Strict + strict, c.Partial + partial);
    }

    /// <summary>Precision, recall, F1 for one type, or micro-averaged over <paramref name="types"/>.</summary>
    public (double P, double R, double F1, int Gold, int Predicted) Score(IEnumerable<string> types, bool strict)
    {
        int gold = 0, predicted = 0, correct = 0;
        foreach (var t in types)
        {
            var c = _counts.GetValueOrDefault(t);
            gold += c.Gold; predicted += c.Predicted; correct += strict ? c.Strict : c.Partial;
        }
        double p = predicted == 0 ? 0 : (double)correct / predicted;
        double r = gold == 0 ? 0 : (double)correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, gold, predicted);
    }
}
