namespace Recoupe.Mentions.Names;

/// <summary>Optimal-string-alignment Damerau-Levenshtein distance, bounded so that far words cost little.</summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or max+1 when it exceeds <paramref name="max"/>.</summary>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length > 64 || b.Length > 64) return a == b ? 0 : max + 1;
        int n = a.Length, m = b.Length;
        Span<int> prev2 = stackalloc int[m + 1];
        Span<int> prev = stackalloc int[m + 1];
        Span<int> cur = stackalloc int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return Math.Min(prev[m], max + 1);
    }

    /// <summary>
    /// Whether <see cref="Bounded"/>(a, b, 1) ≤ 1, without the table: one edit apart means equal, or equal but for one
    /// substituted, inserted or deleted character, or two adjacent characters swapped; read in one pass over the shared prefix
    /// and suffix. Pair loops over words call it for most pairs of long words they meet (nearly all answer no at once).
    /// </summary>
    public static bool WithinOne(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64) return a == b; // as Bounded: beyond 64 characters only equality counts
        if (a.Length < b.Length) (a, b) = (b, a);
        int n = a.Length, m = b.Length;
        if (n - m > 1) return false;
        int i = 0;
        while (i < m && a[i] == b[i]) i++;
        if (i == m) return true; // equal, or a has one character more at the end
        if (n > m) return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)); // one character of a deleted
        if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true; // one substituted
        return i + 1 < n && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)); // two swapped
    }
}
