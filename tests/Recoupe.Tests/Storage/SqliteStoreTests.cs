using System.Text;
using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Tests.Storage;

public class SqliteStoreTests
{
    private static ArticleRecord Record(string text, long? story = null, string input = "a.txt")
    {
        var raw = new RawDocument(input, Encoding.UTF8.GetBytes(text), InputKind.Text);
        var article = new Article
        {
            Input = input, ContentHash = raw.ContentHash, Text = text, Language = "fr", Title = "Titre",
            Published = DateStamp.Day(2023, 9, 5), Paragraphs = [new TextSpan(0, text.Length)],
            Removed = [new Removal("Publicité", "advertisement label")],
        };
        var annotations = new ArticleAnnotations(
            [new Sentence(new TextSpan(0, 5))],
            [new EntityMention(new TextSpan(0, 5), EntityType.Person, "Jake Sullivan", "jake sullivan", "conseiller")],
            [new QuoteMention(new TextSpan(1, 3), "Jake Sullivan", new TextSpan(0, 5), "a déclaré")],
            [new TimeMention(new TextSpan(2, 4), TimexType.Date, "2023-09-05")]);
        return new ArticleRecord(raw, new AnalyzedArticle(article, annotations), story, DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
    }

    [Fact]
    public void A_new_store_is_migrated_to_the_latest_schema_and_reopening_keeps_it()
    {
        using var temp = new TempStore();
        Assert.Equal(2, temp.Store.SchemaVersion);
        Assert.Equal(2, temp.Reopen().SchemaVersion);
    }

    [Fact]
    public void An_article_round_trips_with_its_spans_and_annotations()
    {
        using var temp = new TempStore();
        var record = Record("Jake Sullivan a parlé.");
        var (id, story) = temp.Store.AddArticle(record);
        var back = temp.Reopen().GetArticle(id)!;
        Assert.Equal(record.Analyzed.Article with { Id = id }, back.Article with { Paragraphs = record.Analyzed.Article.Paragraphs, Removed = record.Analyzed.Article.Removed });
        Assert.Equal(record.Analyzed.Article.Paragraphs.AsEnumerable(), back.Article.Paragraphs.AsEnumerable());
        Assert.Equal(record.Analyzed.Article.Removed.AsEnumerable(), back.Article.Removed.AsEnumerable());
        Assert.Equal(record.Analyzed.Annotations.Entities.AsEnumerable(), back.Annotations.Entities.AsEnumerable());
        Assert.Equal(record.Analyzed.Annotations.Quotes.AsEnumerable(), back.Annotations.Quotes.AsEnumerable());
        Assert.Equal(record.Analyzed.Annotations.Times.AsEnumerable(), back.Annotations.Times.AsEnumerable());
        Assert.Equal(new TextSpan(0, 5), back.Annotations.Sentences[0].Span);
        Assert.Equal(story, temp.Store.GetArticleStory(id));
        Assert.True(temp.Store.HasInput(record.Raw.ContentHash));
        Assert.Equal(record.Raw.Bytes, temp.Store.GetRawInput(record.Raw.ContentHash));
    }

    [Fact]
    public void The_same_input_cannot_be_stored_twice()
    {
        using var temp = new TempStore();
        temp.Store.AddArticle(Record("Un texte."));
        Assert.ThrowsAny<Exception>(() => temp.Store.AddArticle(Record("Un texte.")));
        Assert.Equal(1, temp.Store.Counts().Articles);
        Assert.Equal(1, temp.Store.Counts().Stories); // the failed transaction left no empty story behind
    }

    [Fact]
    public void Merged_story_ids_still_resolve_and_the_articles_move()
    {
        using var temp = new TempStore();
        var (a1, s1) = temp.Store.AddArticle(Record("Premier.", input: "1.txt"));
        var (a2, s2) = temp.Store.AddArticle(Record("Second.", input: "2.txt"));
        Assert.NotEqual(s1, s2);
        temp.Store.MergeStories(s2, s1);
        Assert.Equal(s1, temp.Store.ResolveStoryId(s2));
        Assert.Equal(s1, temp.Store.GetArticleStory(a2));
        Assert.Equal([a1, a2], temp.Store.GetStoryArticles(s1).Select(a => a.Article.Id));
        Assert.Equal(1, temp.Store.Counts().Stories);
        Assert.Null(temp.Store.ResolveStoryId(999));
    }

    [Fact]
    public void Briefs_are_stale_until_saved()
    {
        using var temp = new TempStore();
        var (_, s) = temp.Store.AddArticle(Record("Premier."));
        Assert.Equal([s], temp.Store.StaleBriefStoryIds());
        temp.Store.SaveBrief(new Brief(s, "Le titre", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [], [], [], [], [], [], []));
        Assert.Empty(temp.Store.StaleBriefStoryIds());
        Assert.Equal("Le titre", temp.Store.GetBrief(s)!.Title);
        Assert.Equal("Le titre", temp.Store.GetStory(s)!.Title);
    }

    [Fact]
    public void Full_text_search_finds_words_and_ignores_query_syntax()
    {
        using var temp = new TempStore();
        var (id, _) = temp.Store.AddArticle(Record("La Corée du Nord paiera le prix."));
        Assert.Equal([id], temp.Store.SearchArticles("coree"));
        Assert.Empty(temp.Store.SearchArticles("\" OR * NEAR("));
    }
}

public class StoryRangeTests
{
    [Fact]
    public void Undated_articles_do_not_stretch_a_dated_story_to_the_day_they_were_received()
    {
        using var temp = new TempStore();
        ArticleRecord Rec(string text, DateStamp? published, long? story) =>
            new(new RawDocument(text, System.Text.Encoding.UTF8.GetBytes(text), InputKind.Text),
                new AnalyzedArticle(new Article { Input = text, ContentHash = text, Text = text, Published = published }, ArticleAnnotations.Empty),
                story, DateTimeOffset.Parse("2026-11-25T00:00:00Z"));
        var (_, s) = temp.Store.AddArticle(Rec("undated first", null, null));
        Assert.Equal(2026, temp.Store.GetStory(s)!.LastSeen.Year);
        temp.Store.AddArticle(Rec("dated", DateStamp.Day(2023, 9, 5), s));
        temp.Store.AddArticle(Rec("undated again", null, s));
        var story = temp.Store.GetStory(s)!;
        Assert.Equal(new DateTime(2023, 9, 5), story.FirstSeen.UtcDateTime);
        Assert.Equal(new DateTime(2023, 9, 5), story.LastSeen.UtcDateTime);
    }
}
