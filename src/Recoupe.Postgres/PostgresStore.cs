using Npgsql;
using Recoupe.Mentions.Names;
using Recoupe.Model;
using Recoupe.Storage;

namespace Recoupe.Postgres;

/// <summary>
/// The same store contract as <see cref="SqliteStore"/>, in PostgreSQL, so that several workers can share one
/// store. Writes are one transaction per article and idempotent by input hash even when two workers race on
/// the same input (the second insert finds the first and reports it as already there); placements hold a
/// transaction-level advisory lock (<see cref="BeginWrite"/>), so that workers place articles one after the other.
/// </summary>
public sealed partial class PostgresStore : IStore
{
    private readonly NpgsqlDataSource _source;

    public PostgresStore(string connection)
    {
        _source = NpgsqlDataSource.Create(ToConnectionString(connection));
        Migrate();
    }

    /// <summary>Accepts `postgres://user:pass@host:port/db?param=value` URIs as well as Npgsql key=value strings.</summary>
    public static string ToConnectionString(string connection)
    {
        if (!connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return connection;
        var uri = new Uri(connection);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "postgres",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "true";
        }
        return b.ConnectionString;
    }

    public int SchemaVersion
    {
        get
        {
            using var c = _source.OpenConnection();
            return Convert.ToInt32(Scalar(c, null, "SELECT coalesce(max(version), 0) FROM recoupe_schema"));
        }
    }

    private void Migrate()
    {
        using var c = _source.OpenConnection();
        // Up to date (every open but the first): no lock needed.
        if (Convert.ToBoolean(Scalar(c, null, "SELECT to_regclass('recoupe_schema') IS NOT NULL"))
            && Convert.ToInt32(Scalar(c, null, "SELECT coalesce(max(version), 0) FROM recoupe_schema")) >= PostgresSchema.Migrations.Count)
            return;
        // An advisory lock: two workers starting together migrate once.
        Execute(c, null, "SELECT pg_advisory_lock(727310)");
        try
        {
            Execute(c, null, "CREATE TABLE IF NOT EXISTS recoupe_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
            int version = Convert.ToInt32(Scalar(c, null, "SELECT coalesce(max(version), 0) FROM recoupe_schema"));
            for (int v = version; v < PostgresSchema.Migrations.Count; v++)
            {
                using var tx = c.BeginTransaction();
                Execute(c, tx, PostgresSchema.Migrations[v]);
                Execute(c, tx, "INSERT INTO recoupe_schema(version) VALUES ($1)", v + 1);
                tx.Commit();
            }
        }
        finally
        {
            Execute(c, null, "SELECT pg_advisory_unlock(727310)");
        }
    }

    public bool HasInput(string contentHash) => GetInput(contentHash) is not null;

    private const string InputColumns = "hash, input, kind, status, reason, article_id, received_at, hints";

    public StoredInput? GetInput(string contentHash)
    {
        using var c = _source.OpenConnection();
        return GetInput(c, null, contentHash);
    }

    private static StoredInput? GetInput(NpgsqlConnection c, NpgsqlTransaction? tx, string contentHash)
    {
        using var cmd = Command(c, tx, $"SELECT {InputColumns} FROM inputs WHERE hash = $1", contentHash);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadInput(r) : null;
    }

    private static StoredInput ReadInput(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), Enum.Parse<InputKind>(r.GetString(2)),
            r.GetString(3) == "article" ? InputStatus.Article : InputStatus.Rejected,
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt64(5), r.GetFieldValue<DateTimeOffset>(6))
        {
            Hints = r.IsDBNull(7) ? null : StoredJson.Read<DocumentHints>(r.GetString(7)),
        };

    public IStoreWriter BeginWrite() => new Writer(_source.OpenConnection());

    public (long ArticleId, long StoryId) AddArticle(ArticleRecord record)
    {
        using var writer = BeginWrite();
        var added = writer.AddArticle(record) ?? throw new InvalidOperationException($"input {record.Raw.Input} ({record.Raw.ContentHash}) is already stored");
        writer.Commit();
        return added;
    }

    public void AddRejection(RawDocument raw, string reason, DateTimeOffset receivedAt)
    {
        using var c = _source.OpenConnection();
        Execute(c, null, "INSERT INTO inputs(hash, input, kind, bytes, status, reason, received_at, hints) VALUES ($1, $2, $3, $4, 'rejected', $5, $6, $7) ON CONFLICT (hash) DO NOTHING",
            raw.ContentHash, raw.Input, raw.Kind.ToString(), raw.Bytes, reason, receivedAt, StoredJson.Hints(raw.Hints));
    }

    public void MergeStories(long from, long into)
    {
        using var writer = (Writer)BeginWrite();
        writer.Merge(from, into);
        writer.Commit();
    }

    public long? ResolveStoryId(long id)
    {
        using var c = _source.OpenConnection();
        return ResolveStoryId(c, null, id);
    }

    private static long? ResolveStoryId(NpgsqlConnection c, NpgsqlTransaction? tx, long id)
    {
        for (int hops = 0; hops < 64; hops++)
        {
            using var cmd = Command(c, tx, "SELECT merged_into FROM stories WHERE id = $1", id);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) return null;
            if (r.IsDBNull(0)) return id;
            id = r.GetInt64(0);
        }
        return null;
    }


    public AnalyzedArticle? GetArticle(long id) => ReadArticles($"SELECT {StoredArticle.Columns} FROM articles WHERE id = $1", id).FirstOrDefault();

    public long? GetArticleStory(long articleId)
    {
        using var c = _source.OpenConnection();
        return Scalar(c, null, "SELECT story_id FROM articles WHERE id = $1", articleId) is { } v ? Convert.ToInt64(v) : null;
    }

    public IReadOnlyList<AnalyzedArticle> GetStoryArticles(long storyId) =>
        ReadArticles($"SELECT {StoredArticle.Columns} FROM articles WHERE story_id = $1 ORDER BY activity, id", storyId);

    public IReadOnlyList<AnalyzedArticle> GetStoryArticles(long storyId, Func<IReadOnlyList<Article>, IReadOnlyCollection<int>> read)
    {
        var listed = new List<AnalyzedArticle>();
        using (var c = _source.OpenConnection())
        using (var cmd = Command(c, null, $"SELECT {StoredArticle.MetadataColumns} FROM articles WHERE story_id = $1 ORDER BY activity, id", storyId))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) listed.Add(StoredArticle.ReadMetadata(r));
        return PartialStoryRead.Fill(listed, read,
            ids => ReadArticles($"SELECT {StoredArticle.Columns} FROM articles WHERE id = ANY($1)", ids),
            () => GetStoryArticles(storyId));
    }

    public IReadOnlyList<(AnalyzedArticle Article, long StoryId)> RecentArticles(int limit) =>
        RecentAssignments(limit).Select(a => (a.Article, a.CurrentStoryId)).ToList();

    public IReadOnlyList<StoredAssignment> RecentAssignments(int limit)
    {
        using var c = _source.OpenConnection();
        return ReadAssignments(c, null, $"SELECT * FROM (SELECT {StoredArticle.AssignmentColumns} FROM articles ORDER BY id DESC LIMIT $1) t ORDER BY id", limit);
    }

    public long Epoch()
    {
        using var c = _source.OpenConnection();
        return Convert.ToInt64(Scalar(c, null, "SELECT value FROM recoupe_state WHERE name = 'epoch'"));
    }

    public long LastArticleId()
    {
        using var c = _source.OpenConnection();
        return Convert.ToInt64(Scalar(c, null, "SELECT coalesce(max(id), 0) FROM articles"));
    }

    private static List<StoredAssignment> ReadAssignments(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params object?[] args)
    {
        var list = new List<StoredAssignment>();
        using var cmd = Command(c, tx, sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(StoredArticle.ReadAssignment(r));
        return list;
    }

    public StorySummary? GetStory(long storyId) => QueryStories("WHERE s.id = $1", storyId).FirstOrDefault();

    public IReadOnlyList<StorySummary> ListStories(int limit = 100, int offset = 0) =>
        QueryStories("WHERE s.merged_into IS NULL ORDER BY s.last_seen DESC, s.id DESC LIMIT $1 OFFSET $2", limit, offset);

    private List<StorySummary> QueryStories(string where, params object?[] args)
    {
        var list = new List<StorySummary>();
        using var c = _source.OpenConnection();
        using var cmd = Command(c, null, $"""
            SELECT s.id, s.title, s.first_seen, s.last_seen,
                   (SELECT count(*) FROM articles a WHERE a.story_id = s.id)::int,
                   ARRAY(SELECT DISTINCT outlet FROM articles a WHERE a.story_id = s.id AND outlet IS NOT NULL ORDER BY 1),
                   ARRAY(SELECT DISTINCT language FROM articles a WHERE a.story_id = s.id ORDER BY 1)
            FROM stories s {where}
            """, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StorySummary(r.GetInt64(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<DateTimeOffset>(3), r.GetInt32(4),
                r.GetFieldValue<string[]>(5).Order(StringComparer.Ordinal).ToList(), r.GetFieldValue<string[]>(6).Order(StringComparer.Ordinal).ToList()));
        return list;
    }

    public IReadOnlyList<long> StaleBriefStoryIds() => StaleBriefs().Select(s => s.StoryId).ToList();

    public IReadOnlyList<StaleBrief> StaleBriefs()
    {
        var list = new List<StaleBrief>();
        using var c = _source.OpenConnection();
        using var cmd = Command(c, null, "SELECT id, brief_generation FROM stories WHERE brief_stale AND merged_into IS NULL ORDER BY id");
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new StaleBrief(r.GetInt64(0), r.GetInt64(1)));
        return list;
    }

    public void SaveBrief(Brief brief)
    {
        using var c = _source.OpenConnection();
        Execute(c, null, "UPDATE stories SET brief = $1, title = $2, brief_stale = FALSE WHERE id = $3", StoredJson.Write(brief), brief.Title, brief.Id);
    }

    public bool SaveBrief(Brief brief, long generation)
    {
        using var c = _source.OpenConnection();
        using var cmd = Command(c, null, "UPDATE stories SET brief = $1, title = $2, brief_stale = FALSE WHERE id = $3 AND brief_generation = $4",
            StoredJson.Write(brief), brief.Title, brief.Id, generation);
        return cmd.ExecuteNonQuery() > 0;
    }

    public bool IsBriefStale(long storyId)
    {
        using var c = _source.OpenConnection();
        return Scalar(c, null, "SELECT brief_stale OR brief IS NULL FROM stories WHERE id = $1", storyId) is not bool stale || stale;
    }

    public Brief? GetBrief(long storyId)
    {
        using var c = _source.OpenConnection();
        return Scalar(c, null, "SELECT brief FROM stories WHERE id = $1", storyId) is string json ? StoredJson.Read<Brief>(json) : null;
    }

    public IReadOnlyList<StoredInput> Rejections(int limit = 100) =>
        ReadInputs($"SELECT {InputColumns} FROM inputs WHERE status = 'rejected' ORDER BY received_at DESC LIMIT $1", limit);

    public IReadOnlyList<StoredInput> Inputs(int limit, int offset) =>
        ReadInputs($"SELECT {InputColumns} FROM inputs ORDER BY article_id NULLS LAST, received_at, hash LIMIT $1 OFFSET $2", limit, offset);

    private List<StoredInput> ReadInputs(string sql, params object?[] args)
    {
        var list = new List<StoredInput>();
        using var c = _source.OpenConnection();
        using var cmd = Command(c, null, sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(ReadInput(r));
        return list;
    }

    public StoreCounts Counts()
    {
        using var c = _source.OpenConnection();
        return new(
            Convert.ToInt32(Scalar(c, null, "SELECT count(*) FROM inputs")),
            Convert.ToInt32(Scalar(c, null, "SELECT count(*) FROM articles")),
            Convert.ToInt32(Scalar(c, null, "SELECT count(*) FROM inputs WHERE status = 'rejected'")),
            Convert.ToInt32(Scalar(c, null, "SELECT count(*) FROM stories WHERE merged_into IS NULL")));
    }

    public byte[]? GetRawInput(string contentHash)
    {
        using var c = _source.OpenConnection();
        return Scalar(c, null, "SELECT bytes FROM inputs WHERE hash = $1", contentHash) as byte[];
    }

    public IReadOnlyList<long> SearchArticles(string query, int limit = 50)
    {
        var words = Recoupe.Language.Tokenizer.Tokenize(TextFold.Fold(query)).Select(t => t.Lower).ToList();
        if (words.Count == 0) return [];
        var ids = new List<long>();
        using var c = _source.OpenConnection();
        using var cmd = Command(c, null, """
            SELECT id FROM articles
            WHERE to_tsvector('simple', search_text) @@ plainto_tsquery('simple', $1)
            ORDER BY ts_rank(to_tsvector('simple', search_text), plainto_tsquery('simple', $1)) DESC LIMIT $2
            """, string.Join(' ', words), limit);
        using var r = cmd.ExecuteReader();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    private List<AnalyzedArticle> ReadArticles(string sql, params object?[] args)
    {
        var list = new List<AnalyzedArticle>();
        using var c = _source.OpenConnection();
        using var cmd = Command(c, null, sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(StoredArticle.Read(r));
        return list;
    }

    private static NpgsqlCommand Command(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params object?[] args)
    {
        var cmd = new NpgsqlCommand(sql, c, tx);
        foreach (var a in args) cmd.Parameters.Add(new NpgsqlParameter { Value = a ?? DBNull.Value });
        return cmd;
    }

    private static void Execute(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params object?[] args)
    {
        using var cmd = Command(c, tx, sql, args);
        var v = cmd.ExecuteScalar();
        return v is DBNull ? null : v;
    }

    public void Dispose() => _source.Dispose();
}
