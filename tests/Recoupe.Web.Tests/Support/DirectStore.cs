using System.Text;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Web.Tests.Support;

/// <summary>Writes articles straight into a store, in the stories the test chooses (no clustering involved).</summary>
public static class DirectStore
{
    public static (long ArticleId, long StoryId) Add(SqliteStore store, string text, long? storyId = null, string? outlet = null, string? published = null)
    {
        var raw = new RawDocument($"test-{Guid.NewGuid():N}.txt", Encoding.UTF8.GetBytes(text), InputKind.Text);
        var article = new Article
        {
            Input = raw.Input, ContentHash = raw.ContentHash, Text = text, Title = text.Split('.')[0], Outlet = outlet, Language = "fr",
            Published = DateStamp.TryParseIso(published), Paragraphs = [new TextSpan(0, text.Length)],
        };
        var ids = store.AddArticle(new ArticleRecord(raw, new AnalyzedArticle(article, ArticleAnnotations.Empty), storyId, DateTimeOffset.UtcNow));
        store.SaveBrief(RecoupePipeline.Default.BriefBuilder.Build(StoryOf(store, ids.StoryId), store.GetStoryArticles(ids.StoryId)));
        return ids;
    }

    private static Story StoryOf(SqliteStore store, long id)
    {
        var s = store.GetStory(id)!;
        return new Story(id, s.Title, s.FirstSeen, s.LastSeen, [.. store.GetStoryArticles(id).Select(a => a.Article.Id)]);
    }
}
