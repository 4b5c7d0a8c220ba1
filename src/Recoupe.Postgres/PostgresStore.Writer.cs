using Npgsql;
using Recoupe.Mentions.Names;
using Recoupe.Storage;

namespace Recoupe.Postgres;

public sealed partial class PostgresStore
{
    /// <summary>Any fixed number shared by every Recoupe process: the advisory lock that serialises placements.</summary>
    private const long WriteLockKey = 727311;

    /// <summary>The write lease: one connection in one transaction holding the transaction-level advisory lock.</summary>
    private sealed class Writer : IStoreWriter
    {
        private readonly NpgsqlConnection _c;
        private readonly NpgsqlTransaction _tx;
        private bool _done;

        public Writer(NpgsqlConnection connection)
        {
            _c = connection;
            try
            {
                _tx = _c.BeginTransaction();
                // Waits while another process places articles; released by the commit or rollback (or the connection dying with its process).
                using var cmd = Command(_c, _tx, "SELECT pg_advisory_xact_lock($1)", WriteLockKey);
                cmd.CommandTimeout = 600;
                cmd.ExecuteNonQuery();
            }
            catch
            {
                _c.Dispose();
                throw;
            }
        }

        public long Epoch => Convert.ToInt64(Scalar(_c, _tx, "SELECT value FROM recoupe_state WHERE name = 'epoch'"));

        public StoredInput? GetInput(string contentHash) => PostgresStore.GetInput(_c, _tx, contentHash);

        public long? GetArticleStory(long articleId) =>
            Scalar(_c, _tx, "SELECT story_id FROM articles WHERE id = $1", articleId) is { } v ? Convert.ToInt64(v) : null;

        public long? ResolveStoryId(long id) => PostgresStore.ResolveStoryId(_c, _tx, id);

        public IReadOnlyList<StoredAssignment> AssignmentsAfter(long articleId) =>
            ReadAssignments(_c, _tx, $"SELECT {StoredArticle.AssignmentColumns} FROM articles WHERE id > $1 ORDER BY id", articleId);

        public (long ArticleId, long StoryId)? AddArticle(ArticleRecord record)
        {
            var raw = record.Raw;
            var a = record.Analyzed.Article;
            var activity = StoredJson.Activity(a, record.ReceivedAt);
            var inferred = StoredJson.Inferred(a, record.ReceivedAt);
            // The input first, ON CONFLICT DO NOTHING: if another writer stored the same content, nothing is written.
            using (var insert = Command(_c, _tx, """
                INSERT INTO inputs(hash, input, kind, bytes, status, received_at, hints) VALUES ($1, $2, $3, $4, 'article', $5, $6)
                ON CONFLICT (hash) DO NOTHING
                """, raw.ContentHash, raw.Input, raw.Kind.ToString(), raw.Bytes, record.ReceivedAt, StoredJson.Hints(raw.Hints)))
                if (insert.ExecuteNonQuery() == 0) return null;
            long storyId = record.StoryId ?? Convert.ToInt64(Scalar(_c, _tx,
                "INSERT INTO stories(title, first_seen, last_seen) VALUES ($1, $2, $2) RETURNING id", a.Title ?? a.Input, activity));
            long id = Convert.ToInt64(Scalar(_c, _tx, """
                INSERT INTO articles(input_hash, input, url, canonical_url, title, published, author, outlet, language, text,
                                     paragraphs, removed, annotations, copy_of, story_id, activity, received_at, search_text, assigned_story, merged_stories,
                                     inferred_date, date_source)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $15, $19, $20, $21) RETURNING id
                """,
                raw.ContentHash, a.Input, a.Url, a.CanonicalUrl, a.Title, a.Published?.ToIso(), a.Author, a.Outlet, a.Language, a.Text,
                StoredJson.Write(a.Paragraphs), StoredJson.Write(a.Removed), StoredJson.Write(record.Analyzed.Annotations), a.CopyOf, storyId,
                activity, record.ReceivedAt, TextFold.Fold((a.Title ?? "") + " " + a.Text), StoredJson.Merges(record.Merges),
                inferred.Date, inferred.Source));
            Execute(_c, _tx, "UPDATE inputs SET article_id = $1 WHERE hash = $2", id, raw.ContentHash);
            Execute(_c, _tx, ExtendStoryRangeSql, storyId, activity, a.Published is not null);
            foreach (var other in record.Merges)
                if (ResolveStoryId(other) is { } from && from != storyId) Merge(from, storyId);
            return (id, storyId);
        }

        public void UpdateArticle(long articleId, ArticleRecord record)
        {
            var a = record.Analyzed.Article;
            var storyId = GetArticleStory(articleId) ?? throw new InvalidOperationException($"no article {articleId}");
            // Undated, the article counts from when it was first received, not from the re-ingest.
            var received = GetInput(record.Raw.ContentHash)?.ReceivedAt ?? record.ReceivedAt;
            var inferred = StoredJson.Inferred(a, received);
            Execute(_c, _tx, """
                UPDATE articles SET url = $1, canonical_url = $2, title = $3, published = $4, author = $5, outlet = $6, language = $7,
                    text = $8, paragraphs = $9, removed = $10, annotations = $11, activity = $12, search_text = $13,
                    inferred_date = $15, date_source = $16
                WHERE id = $14
                """,
                a.Url, a.CanonicalUrl, a.Title, a.Published?.ToIso(), a.Author, a.Outlet, a.Language, a.Text, StoredJson.Write(a.Paragraphs),
                StoredJson.Write(a.Removed), StoredJson.Write(record.Analyzed.Annotations), StoredJson.Activity(a, received),
                TextFold.Fold((a.Title ?? "") + " " + a.Text), articleId, inferred.Date, inferred.Source);
            Execute(_c, _tx, "UPDATE inputs SET hints = $1 WHERE hash = $2", StoredJson.Hints(record.Raw.Hints), record.Raw.ContentHash);
            Execute(_c, _tx, RecomputeStoryRangeSql, storyId);
            Execute(_c, _tx, "UPDATE recoupe_state SET value = value + 1 WHERE name = 'epoch'");
        }

        public void ForgetRejection(string contentHash) =>
            Execute(_c, _tx, "DELETE FROM inputs WHERE hash = $1 AND status = 'rejected'", contentHash);

        public void Merge(long from, long into)
        {
            if (from == into) return;
            Execute(_c, _tx, "UPDATE articles SET story_id = $1 WHERE story_id = $2", into, from);
            Execute(_c, _tx, "UPDATE stories SET merged_into = $1 WHERE merged_into = $2", into, from);
            Execute(_c, _tx, "UPDATE stories SET merged_into = $1, brief = NULL, brief_stale = FALSE WHERE id = $2", into, from);
            Execute(_c, _tx, RecomputeStoryRangeSql, into);
        }

        public void Commit()
        {
            _tx.Commit();
            _done = true;
        }

        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            try
            {
                if (!_done) _tx.Rollback();
            }
            finally
            {
                _tx.Dispose();
                _c.Dispose();
            }
        }
    }

    /// <summary>See SqliteStore: the span of the dated articles, kept incrementally; undated ones count only while none is dated. Every change is a new stale generation.</summary>
    private const string ExtendStoryRangeSql = """
        UPDATE stories SET brief_stale = TRUE, brief_generation = brief_generation + 1,
            first_seen = CASE WHEN $3 AND dated_articles = 0 THEN $2
                              WHEN $3 OR dated_articles = 0 THEN least(first_seen, $2) ELSE first_seen END,
            last_seen = CASE WHEN $3 AND dated_articles = 0 THEN $2
                             WHEN $3 OR dated_articles = 0 THEN greatest(last_seen, $2) ELSE last_seen END,
            dated_articles = dated_articles + CASE WHEN $3 THEN 1 ELSE 0 END
        WHERE id = $1
        """;

    private const string RecomputeStoryRangeSql = """
        UPDATE stories SET brief_stale = TRUE, brief_generation = brief_generation + 1,
            dated_articles = (SELECT count(*) FROM articles WHERE story_id = $1 AND published IS NOT NULL),
            first_seen = coalesce((SELECT min(activity) FROM articles WHERE story_id = $1 AND published IS NOT NULL),
                                  (SELECT min(activity) FROM articles WHERE story_id = $1), first_seen),
            last_seen = coalesce((SELECT max(activity) FROM articles WHERE story_id = $1 AND published IS NOT NULL),
                                 (SELECT max(activity) FROM articles WHERE story_id = $1), last_seen)
        WHERE id = $1
        """;
}
