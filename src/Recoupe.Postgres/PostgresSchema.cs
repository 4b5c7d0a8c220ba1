namespace Recoupe.Postgres;

/// <summary>The PostgreSQL schema as ordered migrations (the same data as the SQLite store); never edit a shipped step.</summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE inputs (
            hash TEXT PRIMARY KEY,
            input TEXT NOT NULL,
            kind TEXT NOT NULL,
            bytes BYTEA NOT NULL,
            status TEXT NOT NULL,
            reason TEXT,
            article_id BIGINT,
            received_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE stories (
            id BIGSERIAL PRIMARY KEY,
            title TEXT NOT NULL,
            first_seen TIMESTAMPTZ NOT NULL,
            last_seen TIMESTAMPTZ NOT NULL,
            merged_into BIGINT REFERENCES stories(id),
            brief TEXT,
            brief_stale BOOLEAN NOT NULL DEFAULT TRUE,
            dated_articles INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE articles (
            id BIGSERIAL PRIMARY KEY,
            input_hash TEXT NOT NULL UNIQUE REFERENCES inputs(hash),
            input TEXT NOT NULL,
            url TEXT,
            canonical_url TEXT,
            title TEXT,
            published TEXT,
            author TEXT,
            outlet TEXT,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            removed TEXT NOT NULL,
            annotations TEXT NOT NULL,
            copy_of BIGINT REFERENCES articles(id),
            story_id BIGINT NOT NULL REFERENCES stories(id),
            activity TIMESTAMPTZ NOT NULL,
            received_at TIMESTAMPTZ NOT NULL,
            search_text TEXT NOT NULL -- title and text case- and accent-folded by TextFold, for full-text search
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX stories_stale ON stories(brief_stale) WHERE brief_stale;
        CREATE INDEX articles_fts ON articles USING GIN (to_tsvector('simple', search_text));
        """,
        // 2: concurrency and replay (see SqliteSchema step 3): the assignment each article got on arrival, a generation
        // per stale mark, the hints each input came with, an epoch bumped when stored articles are rewritten.
        """
        ALTER TABLE articles ADD COLUMN assigned_story BIGINT;
        ALTER TABLE articles ADD COLUMN merged_stories TEXT;
        ALTER TABLE stories ADD COLUMN brief_generation BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE inputs ADD COLUMN hints TEXT;
        CREATE TABLE recoupe_state (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
        INSERT INTO recoupe_state(name, value) VALUES ('epoch', 0);
        """,
        // 3: the story list reads the newest stories first (see SqliteSchema step 4).
        """
        CREATE INDEX stories_activity ON stories(last_seen DESC, id DESC) WHERE merged_into IS NULL;
        """,
        // 4: an undated article's inferred date and its source (see SqliteSchema step 5).
        """
        ALTER TABLE articles ADD COLUMN inferred_date TEXT;
        ALTER TABLE articles ADD COLUMN date_source TEXT;
        """,
    ];
}
