using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Counts how many independent witnesses state something. Two articles are one witness when one is a
/// syndicated copy of the other (<see cref="Article.CopyOf"/>, followed to its root), and — for one statement
/// only — when both credit the same wire agency and word that statement near-identically: a rewritten
/// dispatch repeats the agency, it does not confirm it. Same agency but different wording counts twice,
/// since the outlets then reported on their own.
/// </summary>
internal sealed class SourceIndependence
{
    private readonly int[] _copyGroup;
    private readonly IReadOnlyList<string>[] _agencies;

    private SourceIndependence(int[] copyGroup, IReadOnlyList<string>[] agencies)
    {
        _copyGroup = copyGroup;
        _agencies = agencies;
    }

    public static SourceIndependence For(IReadOnlyList<AnalyzedArticle> articles)
    {
        var indexById = new Dictionary<long, int>();
        for (int a = 0; a < articles.Count; a++)
            if (articles[a].Article.Id != 0) indexById.TryAdd(articles[a].Article.Id, a);
        var group = new int[articles.Count];
        for (int a = 0; a < articles.Count; a++)
        {
            // Follow CopyOf to the root inside the story (bounded: a cycle in bad data must not hang).
            int current = a;
            for (int hop = 0; hop < 16; hop++)
            {
                var copyOf = articles[current].Article.CopyOf;
                if (copyOf is null || !indexById.TryGetValue(copyOf.Value, out var original) || original == current) break;
                current = original;
            }
            // A copy of an article outside the story still groups with other copies of the same original.
            var rootCopyOf = articles[current].Article.CopyOf;
            group[a] = rootCopyOf is { } outside && !indexById.ContainsKey(outside) ? -(int)(outside % int.MaxValue) - 1 : current;
        }
        var agencies = articles.Select(a => WireOrigin.Find(a.Article.Text)).ToArray();
        return new SourceIndependence(group, agencies);
    }

    public int CopyGroup(int articleIndex) => _copyGroup[articleIndex];
    public IReadOnlyList<string> Agencies(int articleIndex) => _agencies[articleIndex];

    /// <summary>The number of independent witnesses among the sentences that state one statement.</summary>
    public int Count(IReadOnlyList<SentenceUnit> statements, double nearIdentical)
    {
        int n = statements.Count;
        if (n == 0) return 0;
        var parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
        {
            var a = statements[i];
            var b = statements[j];
            bool same = a.ArticleIndex == b.ArticleIndex
                || _copyGroup[a.ArticleIndex] == _copyGroup[b.ArticleIndex]
                || ShareAgency(a.ArticleIndex, b.ArticleIndex) && WordOverlap(a.Words, b.Words) >= nearIdentical;
            if (same) Union(parent, i, j);
        }
        int roots = 0;
        for (int i = 0; i < n; i++)
            if (Find(parent, i) == i) roots++;
        return roots;
    }

    private bool ShareAgency(int a, int b)
    {
        foreach (var x in _agencies[a])
            if (_agencies[b].Contains(x)) return true;
        return false;
    }

    /// <summary>Jaccard overlap of word bigrams: high only when the wording, not just the topic, is shared.</summary>
    public static double WordOverlap(string[] a, string[] b)
    {
        if (a.Length < 2 || b.Length < 2) return 0;
        var x = Bigrams(a);
        var y = Bigrams(b);
        int shared = x.Count(y.Contains);
        return shared / (double)(x.Count + y.Count - shared);
    }

    private static HashSet<(string, string)> Bigrams(string[] words)
    {
        var set = new HashSet<(string, string)>();
        for (int i = 0; i + 1 < words.Length; i++) set.Add((words[i], words[i + 1]));
        return set;
    }

    private static int Find(int[] p, int i)
    {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    private static void Union(int[] p, int i, int j) => p[Find(p, i)] = Find(p, j);
}
