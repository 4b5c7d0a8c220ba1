namespace Recoupe.Dedup;

/// <summary>
/// Finds near-duplicates (syndicated wire copies, light rewrites) among the articles seen so far.
/// Implementations keep a bounded in-memory index that the engine rebuilds from the store on start.
/// </summary>
public interface IDuplicateIndex
{
    /// <summary>The id of an earlier article that <paramref name="text"/> is a near-copy of, if any.</summary>
    long? FindCopyOf(string text, string language);
    void Add(long articleId, string text, string language);
}
