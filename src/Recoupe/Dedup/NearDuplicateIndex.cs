namespace Recoupe.Dedup;

/// <summary>PLACEHOLDER (to be replaced by the dedup stage): exact text match only.</summary>
public sealed class NearDuplicateIndex : IDuplicateIndex
{
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    public long? FindCopyOf(string text, string language) => _seen.TryGetValue(text, out var id) ? id : null;
    public void Add(long articleId, string text, string language) => _seen.TryAdd(text, articleId);
}
