using Recoupe.Model;

namespace Recoupe.Storage;

/// <summary>
/// <see cref="IStore.GetStoryArticles(long, Func{IReadOnlyList{Article}, IReadOnlyCollection{int}})"/> for any store: from the
/// story's articles listed by metadata (in story order), the positions the caller picks are read whole by id and put in place;
/// the others keep their metadata alone. When every article is picked, or a picked one is no longer there (another process
/// moved it meanwhile), the story is read whole, as without a pick.
/// </summary>
internal static class PartialStoryRead
{
    public static IReadOnlyList<AnalyzedArticle> Fill(List<AnalyzedArticle> listed, Func<IReadOnlyList<Article>, IReadOnlyCollection<int>> pick,
        Func<long[], IEnumerable<AnalyzedArticle>> readByIds, Func<IReadOnlyList<AnalyzedArticle>> readWhole)
    {
        var picked = pick(listed.Select(a => a.Article).ToList());
        if (picked.Count == listed.Count) return readWhole();
        var ids = picked.Select(i => listed[i].Article.Id).ToArray();
        var full = readByIds(ids).ToDictionary(a => a.Article.Id);
        if (!ids.All(full.ContainsKey)) return readWhole();
        foreach (var i in picked) listed[i] = full[listed[i].Article.Id];
        return listed;
    }
}
