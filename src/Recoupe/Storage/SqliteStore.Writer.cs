using Microsoft.Data.Sqlite;

namespace Recoupe.Storage;

public sealed partial class SqliteStore
{
    /// <summary>The write lease: the store's connection inside BEGIN IMMEDIATE until committed or disposed.</summary>
    private sealed class Writer(SqliteStore store, SqliteTransaction tx) : IStoreWriter
    {
        private bool _done;

        public long Epoch => store.Epoch();

        public StoredInput? GetInput(string contentHash) => store.GetInput(contentHash);
        public long? GetArticleStory(long articleId) => store.GetArticleStory(articleId);
        public long? ResolveStoryId(long id) => store.ResolveStoryId(id);

        public IReadOnlyList<StoredAssignment> AssignmentsAfter(long articleId) =>
            store.ReadAssignments($"SELECT {StoredArticle.AssignmentColumns} FROM articles WHERE id > $id ORDER BY id", ("$id", articleId));

        public (long ArticleId, long StoryId)? AddArticle(ArticleRecord record)
        {
            var raw = record.Raw;
            var a = record.Analyzed.Article;
            var activity = StoredJson.Time(StoredJson.Activity(a, record.ReceivedAt));
            var received = StoredJson.Time(record.ReceivedAt);
            var inferred = StoredJson.Inferred(a, record.ReceivedAt);
            // The input first, ON CONFLICT DO NOTHING: if another writer stored the same content, nothing is written.
            if (store.Execute("""
                INSERT INTO inputs(hash, input, kind, bytes, status, received_at, hints) VALUES ($h, $i, $k, $b, 'article', $r, $hints)
                ON CONFLICT(hash) DO NOTHING
                """,
                ("$h", raw.ContentHash), ("$i", raw.Input), ("$k", raw.Kind.ToString()), ("$b", raw.Bytes), ("$r", received),
                ("$hints", StoredJson.Hints(raw.Hints))) == 0)
                return null;
            long storyId = record.StoryId ?? Convert.ToInt64(store.Scalar(
                "INSERT INTO stories(title, first_seen, last_seen) VALUES ($t, $f, $f) RETURNING id",
                ("$t", a.Title ?? a.Input), ("$f", activity)));
            long id = Convert.ToInt64(store.Scalar("""
                INSERT INTO articles(input_hash, input, url, canonical_url, title, published, author, outlet, language, text,
                                     paragraphs, removed, annotations, copy_of, story_id, activity, received_at, assigned_story, merged_stories,
                                     inferred_date, date_source)
                VALUES ($h, $i, $url, $curl, $title, $pub, $author, $outlet, $lang, $text, $paras, $removed, $ann, $copy, $story, $act, $r, $story, $merged,
                        $inferred, $source)
                RETURNING id
                """,
                ("$h", raw.ContentHash), ("$i", a.Input), ("$url", a.Url), ("$curl", a.CanonicalUrl), ("$title", a.Title),
                ("$pub", a.Published?.ToIso()), ("$author", a.Author), ("$outlet", a.Outlet), ("$lang", a.Language), ("$text", a.Text),
                ("$paras", StoredJson.Write(a.Paragraphs)), ("$removed", StoredJson.Write(a.Removed)),
                ("$ann", StoredJson.Write(record.Analyzed.Annotations)), ("$copy", a.CopyOf), ("$story", storyId),
                ("$act", activity), ("$r", received), ("$merged", StoredJson.Merges(record.Merges)),
                ("$inferred", inferred.Date), ("$source", inferred.Source)));
            store.Execute("UPDATE inputs SET article_id = $id WHERE hash = $h", ("$id", id), ("$h", raw.ContentHash));
            store.Execute(ExtendStoryRangeSql, ("$s", storyId), ("$act", activity), ("$dated", a.Published is null ? 0 : 1));
            foreach (var other in record.Merges)
                if (ResolveStoryId(other) is { } from && from != storyId) Merge(from, storyId);
            return (id, storyId);
        }

        public void UpdateArticle(long articleId, ArticleRecord record)
        {
            var a = record.Analyzed.Article;
            var storyId = GetArticleStory(articleId) ?? throw new InvalidOperationException($"no article {articleId}");
            // Undated, the article counts from when it was first received, not from the re-ingest.
            var received = store.GetInput(record.Raw.ContentHash)?.ReceivedAt ?? record.ReceivedAt;
            var inferred = StoredJson.Inferred(a, received);
            store.Execute("""
                UPDATE articles SET url = $url, canonical_url = $curl, title = $title, published = $pub, author = $author, outlet = $outlet,
                    language = $lang, text = $text, paragraphs = $paras, removed = $removed, annotations = $ann, activity = $act,
                    inferred_date = $inferred, date_source = $source
                WHERE id = $id
                """,
                ("$url", a.Url), ("$curl", a.CanonicalUrl), ("$title", a.Title), ("$pub", a.Published?.ToIso()), ("$author", a.Author),
                ("$outlet", a.Outlet), ("$lang", a.Language), ("$text", a.Text), ("$paras", StoredJson.Write(a.Paragraphs)),
                ("$removed", StoredJson.Write(a.Removed)), ("$ann", StoredJson.Write(record.Analyzed.Annotations)),
                ("$act", StoredJson.Time(StoredJson.Activity(a, received))), ("$id", articleId),
                ("$inferred", inferred.Date), ("$source", inferred.Source));
            store.Execute("UPDATE inputs SET hints = $hints WHERE hash = $h", ("$hints", StoredJson.Hints(record.Raw.Hints)), ("$h", record.Raw.ContentHash));
            store.Execute(RecomputeStoryRangeSql, ("$s", storyId));
            store.Execute("UPDATE recoupe_state SET value = value + 1 WHERE name = 'epoch'");
        }

        public void ForgetRejection(string contentHash) =>
            store.Execute("DELETE FROM inputs WHERE hash = $h AND status = 'rejected'", ("$h", contentHash));

        public void Merge(long from, long into)
        {
            if (from == into) return;
            store.Execute("UPDATE articles SET story_id = $into WHERE story_id = $from", ("$into", into), ("$from", from));
            store.Execute("UPDATE stories SET merged_into = $into WHERE merged_into = $from", ("$into", into), ("$from", from));
            store.Execute("UPDATE stories SET merged_into = $into, brief = NULL, brief_stale = 0 WHERE id = $from", ("$into", into), ("$from", from));
            store.Execute(RecomputeStoryRangeSql, ("$s", into));
        }

        public void Commit()
        {
            tx.Commit();
            _done = true;
            store._tx = null;
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            try
            {
                if (!_done) tx.Rollback();
            }
            finally
            {
                tx.Dispose();
                store._tx = null;
            }
        }

        private bool _disposed;
    }

    /// <summary>
    /// A story spans the publication dates of its dated articles; an undated article (plain text as
    /// scraped often is) counts by when it was received only while the story has no dated article,
    /// so that ingesting an archive today does not stretch a 2023 story to today. Kept incrementally
    /// (a count of dated articles) so that adding to a big story costs the same as to a small one.
    /// Every change marks the brief stale under a new generation.
    /// </summary>
    private const string ExtendStoryRangeSql = """
        UPDATE stories SET brief_stale = 1, brief_generation = brief_generation + 1,
            first_seen = CASE WHEN $dated = 1 AND dated_articles = 0 THEN $act
                              WHEN $dated = 1 OR dated_articles = 0 THEN min(first_seen, $act) ELSE first_seen END,
            last_seen = CASE WHEN $dated = 1 AND dated_articles = 0 THEN $act
                             WHEN $dated = 1 OR dated_articles = 0 THEN max(last_seen, $act) ELSE last_seen END,
            dated_articles = dated_articles + $dated
        WHERE id = $s
        """;

    /// <summary>The same range recomputed from scratch, after a merge or a rewritten article.</summary>
    private const string RecomputeStoryRangeSql = """
        UPDATE stories SET brief_stale = 1, brief_generation = brief_generation + 1,
            dated_articles = (SELECT count(*) FROM articles WHERE story_id = $s AND published IS NOT NULL),
            first_seen = coalesce((SELECT min(activity) FROM articles WHERE story_id = $s AND published IS NOT NULL),
                                  (SELECT min(activity) FROM articles WHERE story_id = $s), first_seen),
            last_seen = coalesce((SELECT max(activity) FROM articles WHERE story_id = $s AND published IS NOT NULL),
                                 (SELECT max(activity) FROM articles WHERE story_id = $s), last_seen)
        WHERE id = $s
        """;
}
