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
        var words = SearchMatches.Words(query);
        var hits = new List<SearchHit>();
        foreach (var id in store.SearchArticles(query, limit))
        {
            var analyzed = store.GetArticle(id);
            if (analyzed is null) continue;
            var story = store.GetArticleStory(id) is { } s ? store.ResolveStoryId(s) : null;
            var a = analyzed.Article;
            hits.Add(new SearchHit(a, story, Snippet(a.Text, words, a.Language), words));
        }
        return hits;
    }

    /// <summary>
    /// A window centred on the best match (the query's phrase where the text has it, else where most of its words meet);
    /// the opening when the words are only in the title.
    /// </summary>
    public static TextSpan Snippet(string text, IReadOnlyList<string> words, string language)
    {
        var best = SearchMatches.Best(SearchMatches.Find(text, new TextSpan(0, text.Length), words, language), words, text, SnippetRadius);
        if (best is not { } match) return Window(text, 0, 0);
        int centre = (match.Start + match.End) / 2;
        // A phrase longer than the window is shown from its start.
        int half = Math.Max(SnippetRadius, match.Length / 2 + 20);
        return Window(text, Math.Max(0, Math.Min(match.Start, centre - half)), Math.Min(text.Length, Math.Max(match.End, centre + half)), match);
    }

    private static TextSpan Window(string text, int start, int end, TextSpan? keep = null)
    {
        if (keep is null) end = Math.Min(text.Length, 2 * SnippetRadius);
        // Do not cut words in two at the edges (never into the match itself).
        int keepStart = keep?.Start ?? end, keepEnd = keep?.End ?? start;
        while (start > 0 && start < keepStart && !char.IsWhiteSpace(text[start - 1])) start++;
        while (end < text.Length && end > keepEnd && !char.IsWhiteSpace(text[end])) end--;
        return new TextSpan(start, Math.Max(start, end));
    }
}
