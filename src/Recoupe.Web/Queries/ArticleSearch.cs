using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>A full-text hit: the article, its story, and the stretch of text around the first matching word.</summary>
public sealed record SearchHit(Article Article, long? StoryId, TextSpan Snippet, IReadOnlyList<string> Words);

/// <summary>Full-text search through the store's FTS5 index, with a snippet per hit.</summary>
public static class ArticleSearch
{
    /// <summary>Characters of context kept each side of the first match.</summary>
    public const int SnippetRadius = 110;

    public static IReadOnlyList<SearchHit> Run(IStore store, string query, int limit)
    {
        var words = Language.Tokenizer.Tokenize(query).Select(t => t.Lower).Where(w => w.Length > 0).Distinct().ToList();
        var hits = new List<SearchHit>();
        foreach (var id in store.SearchArticles(query, limit))
        {
            var analyzed = store.GetArticle(id);
            if (analyzed is null) continue;
            var story = store.GetArticleStory(id) is { } s ? store.ResolveStoryId(s) : null;
            hits.Add(new SearchHit(analyzed.Article, story, Snippet(analyzed.Article.Text, words), words));
        }
        return hits;
    }

    /// <summary>A window around the first word found (the FTS index stems, so a word may not occur verbatim: then the opening).</summary>
    public static TextSpan Snippet(string text, IReadOnlyList<string> words)
    {
        int first = -1;
        foreach (var w in words)
        {
            var (i, _) = TextFold.Find(text, w);
            if (i >= 0 && (first < 0 || i < first)) first = i;
        }
        if (first < 0) first = 0;
        int start = Math.Max(0, first - SnippetRadius);
        int end = Math.Min(text.Length, first + SnippetRadius);
        // Do not cut words in two at the edges.
        while (start > 0 && start < first && !char.IsWhiteSpace(text[start - 1])) start++;
        while (end < text.Length && end > first && !char.IsWhiteSpace(text[end])) end--;
        return new TextSpan(start, Math.Max(start, end));
    }
}
