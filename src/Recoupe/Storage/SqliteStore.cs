using System.Collections.Immutable;
using Microsoft.Data.Sqlite;
using Recoupe.Model;

namespace Recoupe.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema migrated on open, one transaction per article.
/// Not thread-safe: one engine owns one store (several processes may share the file; SQLite serialises writers).
/// </summary>
public sealed class SqliteStore : IStore
{
    private readonly SqliteConnection _db;

    public SqliteStore(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        FilePath = full;
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        _db.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        Migrate();
    }

    public string FilePath { get; }

    /// <summary>The documented default location: $RECOUPE_STORE, else $XDG_DATA_HOME/recoupe/recoupe.db (~/.local/share/recoupe/recoupe.db).</summary>
    public static string DefaultPath()
    {
        var env = Environment.GetEnvironmentVariable("RECOUPE_STORE");
        if (!string.IsNullOrWhiteSpace(env)) return env;
        var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(data))
            data = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return System.IO.Path.Combine(data, "recoupe", "recoupe.db");
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"));

    private void Migrate()
    {
        int version = SchemaVersion;
        for (int v = version; v < SqliteSchema.Migrations.Count; v++)
        {
            using var tx = _db.BeginTransaction();
            Execute(SqliteSchema.Migrations[v], tx);
            Execute($"PRAGMA user_version = {v + 1}", tx);
            tx.Commit();
        }
    }

    public bool HasInput(string contentHash) =>
        Scalar("SELECT 1 FROM inputs WHERE hash = $h", ("$h", contentHash)) is not null;

    public StoredInput? GetInput(string contentHash)
    {
        using var cmd = Command("SELECT hash, input, kind, status, reason, article_id, received_at FROM inputs WHERE hash = $h", null, ("$h", contentHash));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadInput(r) : null;
    }

    private static StoredInput ReadInput(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), Enum.Parse<InputKind>(r.GetString(2)),
            r.GetString(3) == "article" ? InputStatus.Article : InputStatus.Rejected,
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5), StoredJson.Time(r.GetString(6)));

    public (long ArticleId, long StoryId) AddArticle(ArticleRecord record)
    {
        var raw = record.Raw;
        var a = record.Analyzed.Article;
        var activity = StoredJson.Time(StoredJson.Activity(a, record.ReceivedAt));
        var received = StoredJson.Time(record.ReceivedAt);
        using var tx = _db.BeginTransaction();
        long storyId = record.StoryId ?? Convert.ToInt64(Scalar(
            "INSERT INTO stories(title, first_seen, last_seen) VALUES ($t, $f, $f) RETURNING id", tx,
            ("$t", a.Title ?? a.Input), ("$f", activity)));
        Execute("INSERT INTO inputs(hash, input, kind, bytes, status, received_at) VALUES ($h, $i, $k, $b, 'article', $r)", tx,
            ("$h", raw.ContentHash), ("$i", raw.Input), ("$k", raw.Kind.ToString()), ("$b", raw.Bytes), ("$r", received));
        long id = Convert.ToInt64(Scalar("""
            INSERT INTO articles(input_hash, input, url, canonical_url, title, published, author, outlet, language, text,
                                 paragraphs, removed, annotations, copy_of, story_id, activity, received_at)
            VALUES ($h, $i, $url, $curl, $title, $pub, $author, $outlet, $lang, $text, $paras, $removed, $ann, $copy, $story, $act, $r)
            RETURNING id
            """, tx,
            ("$h", raw.ContentHash), ("$i", a.Input), ("$url", a.Url), ("$curl", a.CanonicalUrl), ("$title", a.Title),
            ("$pub", a.Published?.ToIso()), ("$author", a.Author), ("$outlet", a.Outlet), ("$lang", a.Language), ("$text", a.Text),
            ("$paras", StoredJson.Write(a.Paragraphs)), ("$removed", StoredJson.Write(a.Removed)),
            ("$ann", StoredJson.Write(record.Analyzed.Annotations)), ("$copy", a.CopyOf), ("$story", storyId),
            ("$act", activity), ("$r", received)));
        Execute("UPDATE inputs SET article_id = $id WHERE hash = $h", tx, ("$id", id), ("$h", raw.ContentHash));
        Execute(ExtendStoryRangeSql, tx, ("$s", storyId), ("$act", activity), ("$dated", a.Published is null ? 0 : 1));
        tx.Commit();
        return (id, storyId);
    }

    /// <summary>
    /// A story spans the publication dates of its dated articles; an undated article (plain text as
    /// scraped often is) counts by when it was received only while the story has no dated article,
    /// so that ingesting an archive today does not stretch a 2023 story to today. Kept incrementally
    /// (a count of dated articles) so that adding to a big story costs the same as to a small one.
    /// </summary>
    private const string ExtendStoryRangeSql = """
        UPDATE stories SET brief_stale = 1,
            first_seen = CASE WHEN $dated = 1 AND dated_articles = 0 THEN $act
                              WHEN $dated = 1 OR dated_articles = 0 THEN min(first_seen, $act) ELSE first_seen END,
            last_seen = CASE WHEN $dated = 1 AND dated_articles = 0 THEN $act
                             WHEN $dated = 1 OR dated_articles = 0 THEN max(last_seen, $act) ELSE last_seen END,
            dated_articles = dated_articles + $dated
        WHERE id = $s
        """;

    /// <summary>The same range recomputed from scratch, after a merge.</summary>
    private const string RecomputeStoryRangeSql = """
        UPDATE stories SET brief_stale = 1,
            dated_articles = (SELECT count(*) FROM articles WHERE story_id = $s AND published IS NOT NULL),
            first_seen = coalesce((SELECT min(activity) FROM articles WHERE story_id = $s AND published IS NOT NULL),
                                  (SELECT min(activity) FROM articles WHERE story_id = $s), first_seen),
            last_seen = coalesce((SELECT max(activity) FROM articles WHERE story_id = $s AND published IS NOT NULL),
                                 (SELECT max(activity) FROM articles WHERE story_id = $s), last_seen)
        WHERE id = $s
        """;

    public void AddRejection(RawDocument raw, string reason, DateTimeOffset receivedAt) =>
        Execute("INSERT OR IGNORE INTO inputs(hash, input, kind, bytes, status, reason, received_at) VALUES ($h, $i, $k, $b, 'rejected', $why, $r)", null,
            ("$h", raw.ContentHash), ("$i", raw.Input), ("$k", raw.Kind.ToString()), ("$b", raw.Bytes), ("$why", reason), ("$r", StoredJson.Time(receivedAt)));

    public void MergeStories(long from, long into)
    {
        if (from == into) return;
        using var tx = _db.BeginTransaction();
        Execute("UPDATE articles SET story_id = $into WHERE story_id = $from", tx, ("$into", into), ("$from", from));
        Execute("UPDATE stories SET merged_into = $into WHERE merged_into = $from", tx, ("$into", into), ("$from", from));
        Execute("UPDATE stories SET merged_into = $into, brief = NULL, brief_stale = 0 WHERE id = $from", tx, ("$into", into), ("$from", from));
        Execute(RecomputeStoryRangeSql, tx, ("$s", into));
        tx.Commit();
    }

    public long? ResolveStoryId(long id)
    {
        for (int hops = 0; hops < 64; hops++)
        {
            using var cmd = Command("SELECT merged_into FROM stories WHERE id = $id", null, ("$id", id));
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            if (r.IsDBNull(0)) return id;
            id = r.GetInt64(0);
        }
        return null;
    }


    public AnalyzedArticle? GetArticle(long id) =>
        ReadArticles($"SELECT {StoredArticle.Columns} FROM articles WHERE id = $id", ("$id", id)).FirstOrDefault();

    public long? GetArticleStory(long articleId) =>
        Scalar("SELECT story_id FROM articles WHERE id = $id", ("$id", articleId)) is { } v ? Convert.ToInt64(v) : null;

    public IReadOnlyList<AnalyzedArticle> GetStoryArticles(long storyId) =>
        ReadArticles($"SELECT {StoredArticle.Columns} FROM articles WHERE story_id = $s ORDER BY activity, id", ("$s", storyId));

    public IReadOnlyList<(AnalyzedArticle Article, long StoryId)> RecentArticles(int limit)
    {
        var ids = new List<(long Id, long Story)>();
        using (var cmd = Command("SELECT id, story_id FROM (SELECT id, story_id FROM articles ORDER BY id DESC LIMIT $n) ORDER BY id", null, ("$n", limit)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) ids.Add((r.GetInt64(0), r.GetInt64(1)));
        if (ids.Count == 0) return [];
        var byId = ReadArticles($"SELECT {StoredArticle.Columns} FROM articles WHERE id >= $min", ("$min", ids[0].Id)).ToDictionary(a => a.Article.Id);
        return ids.Where(x => byId.ContainsKey(x.Id)).Select(x => (byId[x.Id], x.Story)).ToList();
    }

    public StorySummary? GetStory(long storyId) =>
        QueryStories("WHERE s.id = $id", ("$id", storyId)).FirstOrDefault();

    public IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0) =>
        QueryStories("WHERE s.merged_into IS NULL ORDER BY s.last_seen DESC, s.id DESC LIMIT $n OFFSET $o", ("$n", limit), ("$o", offset));

    private List<StorySummary> QueryStories(string where, params (string, object?)[] args)
    {
        var list = new List<StorySummary>();
        using var cmd = Command($"""
            SELECT s.id, s.title, s.first_seen, s.last_seen,
                   (SELECT count(*) FROM articles a WHERE a.story_id = s.id),
                   (SELECT group_concat(o, char(31)) FROM (SELECT DISTINCT outlet AS o FROM articles a WHERE a.story_id = s.id AND outlet IS NOT NULL)),
                   (SELECT group_concat(l, char(31)) FROM (SELECT DISTINCT language AS l FROM articles a WHERE a.story_id = s.id))
            FROM stories s {where}
            """, null, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new StorySummary(r.GetInt64(0), r.GetString(1), StoredJson.Time(r.GetString(2)), StoredJson.Time(r.GetString(3)), r.GetInt32(4),
                Split(r, 5), Split(r, 6)));
        }
        return list;

        static IReadOnlyList<string> Split(SqliteDataReader r, int i) =>
            r.IsDBNull(i) ? [] : r.GetString(i).Split('\u001f').Order(StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<long> StaleBriefStoryIds()
    {
        var ids = new List<long>();
        using var cmd = Command("SELECT id FROM stories WHERE brief_stale = 1 AND merged_into IS NULL ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    public void SaveBrief(Brief brief) =>
        Execute("UPDATE stories SET brief = $b, title = $t, brief_stale = 0 WHERE id = $id", null,
            ("$b", StoredJson.Write(brief)), ("$t", brief.Title), ("$id", brief.Id));

    public Brief? GetBrief(long storyId) =>
        Scalar("SELECT brief FROM stories WHERE id = $id", ("$id", storyId)) is string json ? StoredJson.Read<Brief>(json) : null;

    public IReadOnlyList<StoredInput> Rejections(int limit = 100)
    {
        var list = new List<StoredInput>();
        using var cmd = Command("SELECT hash, input, kind, status, reason, article_id, received_at FROM inputs WHERE status = 'rejected' ORDER BY received_at DESC LIMIT $n", null, ("$n", limit));
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(ReadInput(r));
        return list;
    }

    public StoreCounts Counts() => new(
        Convert.ToInt32(Scalar("SELECT count(*) FROM inputs")),
        Convert.ToInt32(Scalar("SELECT count(*) FROM articles")),
        Convert.ToInt32(Scalar("SELECT count(*) FROM inputs WHERE status = 'rejected'")),
        Convert.ToInt32(Scalar("SELECT count(*) FROM stories WHERE merged_into IS NULL")));

    public byte[]? GetRawInput(string contentHash) =>
        Scalar("SELECT bytes FROM inputs WHERE hash = $h", ("$h", contentHash)) as byte[];

    /// <summary>Full-text search over titles and texts (FTS5 syntax is neutralised: the query is taken as words).</summary>
    public IReadOnlyList<long> SearchArticles(string query, int limit = 50)
    {
        var words = Language.Tokenizer.Tokenize(query).Select(t => "\"" + t.Lower.Replace("\"", "") + "\"").ToList();
        if (words.Count == 0) return [];
        var ids = new List<long>();
        using var cmd = Command("SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q ORDER BY rank LIMIT $n", null,
            ("$q", string.Join(" ", words)), ("$n", limit));
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    private List<AnalyzedArticle> ReadArticles(string sql, params (string, object?)[] args)
    {
        var list = new List<AnalyzedArticle>();
        using var cmd = Command(sql, null, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(StoredArticle.Read(r));
        return list;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private void Execute(string sql, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        using var cmd = Command(sql, tx, args);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string, object?)[] args) => Scalar(sql, null, args);

    private object? Scalar(string sql, SqliteTransaction? tx, params (string, object?)[] args)
    {
        using var cmd = Command(sql, tx, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public void Dispose() => _db.Dispose();
}
