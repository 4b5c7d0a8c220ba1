namespace Recoupe.Mentions.Resolution;

/// <summary>Disjoint sets over 0..n-1 with path halving: the merge structure of entity resolution.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int n)
    {
        _parent = new int[n];
        for (int i = 0; i < n; i++) _parent[i] = i;
    }

    public int Find(int x)
    {
        while (_parent[x] != x) { _parent[x] = _parent[_parent[x]]; x = _parent[x]; }
        return x;
    }

    public void Union(int a, int b)
    {
        a = Find(a); b = Find(b);
        if (a != b) _parent[Math.Max(a, b)] = Math.Min(a, b);
    }
}
