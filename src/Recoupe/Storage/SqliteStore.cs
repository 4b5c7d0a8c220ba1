using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Recoupe.Model;

namespace Recoupe.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema migrated on open, one transaction per article. Several
/// processes may share the file: readers never wait (WAL); writers that place articles hold the write lock for the
/// whole placement (BEGIN IMMEDIATE, see <see cref="BeginWrite"/>), the others wait their turn. Not thread-safe: one
/// instance per thread (the web opens one per request).
/// </summary>
public sealed partial class SqliteStore : IStore
{
    /// <summary>How long a writer waits for another process's write lock before giving up (an ingest batch holds it for one article at a time).</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(5);

    private readonly SqliteConnection _db;
    /// <summary>The open write lease's transaction: every command joins it (SQLite requires it while one is open).</summary>
    private SqliteTransaction? _tx;

    public SqliteStore(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        FilePath = full;
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false, DefaultTimeout = (int)LockWait.TotalSeconds }.ToString());
        _db.Open();
        // The busy timeout first: switching a new file to WAL takes a lock another process may hold.
        Execute("PRAGMA busy_timeout=60000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
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

    /// <summary>
    /// Each step under the write lock, the version read again once the lock is held: two processes that open a new
    /// file together both see version 0, and the second must find the tables the first created.
    /// </summary>
    private void Migrate()
    {
        while (SchemaVersion < SqliteSchema.Migrations.Count)
        {
            using var tx = BeginImmediate();
            try
            {
                int version = SchemaVersion;
                if (version < SqliteSchema.Migrations.Count)
                {
                    Execute(SqliteSchema.Migrations[version]);
                    Execute($"PRAGMA user_version = {version + 1}");
                }
                tx.Commit();
            }
            finally
            {
                _tx = null;
            }
        }
    }

    /// <summary>BEGIN IMMEDIATE: the write lock at once (a deferred transaction that upgrades later can fail with SQLITE_BUSY).</summary>
    private SqliteTransaction BeginImmediate()
    {
        if (_tx is not null) throw new InvalidOperationException("a write lease is already open on this store");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return _tx = _db.BeginTransaction(deferred: false);
            }
            catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6 && waited.Elapsed < LockWait)
            {
                Thread.Sleep(Random.Shared.Next(5, 50)); // SQLITE_BUSY / SQLITE_LOCKED past the busy timeout: try again
            }
        }
    }

    public IStoreWriter BeginWrite() => new Writer(this, BeginImmediate());

    public bool HasInput(string contentHash) =>
        Scalar("SELECT 1 FROM inputs WHERE hash = $h", ("$h", contentHash)) is not null;

    private const string InputColumns = "hash, input, kind, status, reason, article_id, received_at, hints";

    public StoredInput? GetInput(string contentHash)
    {
        using var cmd = Command($"SELECT {InputColumns} FROM inputs WHERE hash = $h", ("$h", contentHash));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadInput(r) : null;
    }

    private static StoredInput ReadInput(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), Enum.Parse<InputKind>(r.GetString(2)),
            r.GetString(3) == "article" ? InputStatus.Article : InputStatus.Rejected,
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5), StoredJson.Time(r.GetString(6)))
        {
            Hints = r.IsDBNull(7) ? null : StoredJson.Read<DocumentHints>(r.GetString(7)),
        };

    public (long ArticleId, long StoryId) AddArticle(ArticleRecord record)
    {
        using var writer = BeginWrite();
        var added = writer.AddArticle(record) ?? throw new InvalidOperationException($"input {record.Raw.Input} ({record.Raw.ContentHash}) is already stored");
        writer.Commit();
        return added;
    }

    public void AddRejection(RawDocument raw, string reason, DateTimeOffset receivedAt) =>
        Execute("INSERT OR IGNORE INTO inputs(hash, input, kind, bytes, status, reason, received_at, hints) VALUES ($h, $i, $k, $b, 'rejected', $why, $r, $hints)",
            ("$h", raw.ContentHash), ("$i", raw.Input), ("$k", raw.Kind.ToString()), ("$b", raw.Bytes), ("$why", reason),
            ("$r", StoredJson.Time(receivedAt)), ("$hints", StoredJson.Hints(raw.Hints)));

    public void MergeStories(long from, long into)
    {
        using var writer = (Writer)BeginWrite();
        writer.Merge(from, into);
        writer.Commit();
    }

    public long? ResolveStoryId(long id)
    {
        for (int hops = 0; hops < 64; hops++)
        {
            using var cmd = Command("SELECT merged_into FROM stories WHERE id = $id", ("$id", id));
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

    public IReadOnlyList<AnalyzedArticle> GetStoryArticles(long storyId, Func<IReadOnlyList<Article>, IReadOnlyCollection<int>> read)
    {
        var listed = new List<AnalyzedArticle>();
        using (var cmd = Command($"SELECT {StoredArticle.MetadataColumns} FROM articles WHERE story_id = $s ORDER BY activity, id", ("$s", storyId)))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) listed.Add(StoredArticle.ReadMetadata(r));
        return PartialStoryRead.Fill(listed, read,
            ids => ReadArticles($"SELECT {StoredArticle.Columns} FROM articles WHERE id IN (SELECT value FROM json_each($ids))",
                ("$ids", "[" + string.Join(",", ids) + "]")),
            () => GetStoryArticles(storyId));
    }

    public IReadOnlyList<(AnalyzedArticle Article, long StoryId)> RecentArticles(int limit) =>
        RecentAssignments(limit).Select(a => (a.Article, a.CurrentStoryId)).ToList();

    public IReadOnlyList<StoredAssignment> RecentAssignments(int limit) =>
        ReadAssignments($"SELECT * FROM (SELECT {StoredArticle.AssignmentColumns} FROM articles ORDER BY id DESC LIMIT $n) ORDER BY id", ("$n", limit));

    public long LastArticleId() => Convert.ToInt64(Scalar("SELECT coalesce(max(id), 0) FROM articles"));

    public long Epoch() => Convert.ToInt64(Scalar("SELECT value FROM recoupe_state WHERE name = 'epoch'"));

    private List<StoredAssignment> ReadAssignments(string sql, params (string, object?)[] args)
    {
        var list = new List<StoredAssignment>();
        using var cmd = Command(sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(StoredArticle.ReadAssignment(r));
        return list;
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
            """, args);
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

    public IReadOnlyList<long> StaleBriefStoryIds() => StaleBriefs().Select(s => s.StoryId).ToList();

    public IReadOnlyList<StaleBrief> StaleBriefs()
    {
        var list = new List<StaleBrief>();
        using var cmd = Command("SELECT id, brief_generation FROM stories WHERE brief_stale = 1 AND merged_into IS NULL ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new StaleBrief(r.GetInt64(0), r.GetInt64(1)));
        return list;
    }

    public void SaveBrief(Brief brief) =>
        Execute("UPDATE stories SET brief = $b, title = $t, brief_stale = 0 WHERE id = $id",
            ("$b", StoredJson.Write(brief)), ("$t", brief.Title), ("$id", brief.Id));

    public bool SaveBrief(Brief brief, long generation)
    {
        using var cmd = Command("UPDATE stories SET brief = $b, title = $t, brief_stale = 0 WHERE id = $id AND brief_generation = $g",
            ("$b", StoredJson.Write(brief)), ("$t", brief.Title), ("$id", brief.Id), ("$g", generation));
        return cmd.ExecuteNonQuery() > 0;
    }

    public Brief? GetBrief(long storyId) =>
        Scalar("SELECT brief FROM stories WHERE id = $id", ("$id", storyId)) is string json ? StoredJson.Read<Brief>(json) : null;

    public bool IsBriefStale(long storyId) =>
        Scalar("SELECT brief_stale = 1 OR brief IS NULL FROM stories WHERE id = $id", ("$id", storyId)) is not long fresh || fresh != 0;

    public IReadOnlyList<StoredInput> Rejections(int limit = 100) =>
        ReadInputs($"SELECT {InputColumns} FROM inputs WHERE status = 'rejected' ORDER BY received_at DESC LIMIT $n", ("$n", limit));

    public IReadOnlyList<StoredInput> Inputs(int limit, int offset) =>
        ReadInputs($"SELECT {InputColumns} FROM inputs ORDER BY coalesce(article_id, 9223372036854775807), received_at, hash LIMIT $n OFFSET $o", ("$n", limit), ("$o", offset));

    private List<StoredInput> ReadInputs(string sql, params (string, object?)[] args)
    {
        var list = new List<StoredInput>();
        using var cmd = Command(sql, args);
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
        using var cmd = Command("SELECT rowid FROM articles_fts WHERE articles_fts MATCH $q ORDER BY rank LIMIT $n",
            ("$q", string.Join(" ", words)), ("$n", limit));
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    private List<AnalyzedArticle> ReadArticles(string sql, params (string, object?)[] args)
    {
        var list = new List<AnalyzedArticle>();
        using var cmd = Command(sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(StoredArticle.Read(r));
        return list;
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = _tx;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private int Execute(string sql, params (string, object?)[] args)
    {
        using var cmd = Command(sql, args);
        return cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string, object?)[] args)
    {
        using var cmd = Command(sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public void Dispose() => _db.Dispose();
}
