namespace Recoupe.Evaluation.Clustering;

/// <summary>B-cubed precision/recall/F1 (Bagga &amp; Baldwin 1998; Amigó et al. 2009) of a clustering against gold classes.</summary>
public readonly record struct BCubed(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Clustering quality measures over parallel arrays: item i is in predicted cluster p[i] and gold class g[i].</summary>
public static class ClusteringMetrics
{
    /// <summary>
    /// For each item: precision = share of its predicted cluster that shares its gold class, recall = share of its
    /// gold class that shares its predicted cluster; both averaged over items.
    /// </summary>
    public static BCubed BCubed<TP, TG>(IReadOnlyList<TP> predicted, IReadOnlyList<TG> gold)
        where TP : notnull where TG : notnull
    {
        Check(predicted.Count, gold.Count);
        if (predicted.Count == 0) return new BCubed(0, 0);
        var pair = Counts(predicted, gold);
        var cluster = Counts(predicted);
        var cls = Counts(gold);
        double p = 0, r = 0;
        for (int i = 0; i < predicted.Count; i++)
        {
            double both = pair[(predicted[i], gold[i])];
            p += both / cluster[predicted[i]];
            r += both / cls[gold[i]];
        }
        return new BCubed(p / predicted.Count, r / predicted.Count);
    }

    /// <summary>
    /// B-cubed averaged over the items <paramref name="counted"/> selects, their clusters and classes taken over all
    /// items: the held-out topics of a stream that also carries other topics (other items joining their story cost them
    /// precision).
    /// </summary>
    public static BCubed BCubedOver<TP, TG>(IReadOnlyList<TP> predicted, IReadOnlyList<TG> gold, Func<int, bool> counted)
        where TP : notnull where TG : notnull
    {
        Check(predicted.Count, gold.Count);
        var pair = Counts(predicted, gold);
        var cluster = Counts(predicted);
        var cls = Counts(gold);
        double p = 0, r = 0;
        int n = 0;
        for (int i = 0; i < predicted.Count; i++)
        {
            if (!counted(i)) continue;
            double both = pair[(predicted[i], gold[i])];
            p += both / cluster[predicted[i]];
            r += both / cls[gold[i]];
            n++;
        }
        return n == 0 ? new BCubed(0, 0) : new BCubed(p / n, r / n);
    }

    /// <summary>Adjusted Rand index (Hubert &amp; Arabie 1985): 1 for identical partitions, about 0 for chance.</summary>
    public static double AdjustedRandIndex<TP, TG>(IReadOnlyList<TP> predicted, IReadOnlyList<TG> gold)
        where TP : notnull where TG : notnull
    {
        Check(predicted.Count, gold.Count);
        int n = predicted.Count;
        if (n < 2) return 1;
        double sumPairs = Counts(predicted, gold).Values.Sum(c => Choose2(c));
        double sumClusters = Counts(predicted).Values.Sum(c => Choose2(c));
        double sumClasses = Counts(gold).Values.Sum(c => Choose2(c));
        double expected = sumClusters * sumClasses / Choose2(n);
        double max = (sumClusters + sumClasses) / 2;
        return max == expected ? 1 : (sumPairs - expected) / (max - expected);
    }

    private static double Choose2(int c) => c * (c - 1) / 2.0;

    private static Dictionary<T, int> Counts<T>(IReadOnlyList<T> items) where T : notnull
    {
        var counts = new Dictionary<T, int>();
        foreach (var item in items) counts[item] = counts.GetValueOrDefault(item) + 1;
        return counts;
    }

    private static Dictionary<(TP, TG), int> Counts<TP, TG>(IReadOnlyList<TP> predicted, IReadOnlyList<TG> gold)
        where TP : notnull where TG : notnull
    {
        var counts = new Dictionary<(TP, TG), int>();
        for (int i = 0; i < predicted.Count; i++) counts[(predicted[i], gold[i])] = counts.GetValueOrDefault((predicted[i], gold[i])) + 1;
        return counts;
    }

    private static void Check(int a, int b)
    {
        if (a != b) throw new ArgumentException($"predicted ({a}) and gold ({b}) differ in length");
    }
}
