namespace Recoupe.Storage;

/// <summary>
/// The SQLite schema as an ordered list of migrations. A store opens at any older version and is
/// brought forward in one transaction per step, under the write lock (two processes opening a new file do not both
/// create its tables); never edit a shipped step, add a new one.
/// </summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: inputs (raw bytes kept), articles (text once, annotations as JSON spans), stories, briefs.
        """
        CREATE TABLE inputs (
            hash TEXT PRIMARY KEY,
            input TEXT NOT NULL,
            kind TEXT NOT NULL,
            bytes BLOB NOT NULL,
            status TEXT NOT NULL,
            reason TEXT,
            article_id INTEGER,
            received_at TEXT NOT NULL
        );
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            merged_into INTEGER REFERENCES stories(id),
            brief TEXT,
            brief_stale INTEGER NOT NULL DEFAULT 1,
            dated_articles INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
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
            copy_of INTEGER REFERENCES articles(id),
            story_id INTEGER NOT NULL REFERENCES stories(id),
            activity TEXT NOT NULL,
            received_at TEXT NOT NULL
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX stories_stale ON stories(brief_stale) WHERE brief_stale = 1;
        """,
        // 2: full-text search over article titles and text (used by the web search).
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
        END;
        """,
        // 3: concurrency and replay. The assignment each article got on arrival (story, merged stories) so that any process
        // can rebuild the story assigner exactly; a generation per stale mark so that a brief built from an older set of
        // articles does not clear a newer mark; the hints each input came with (re-ingest); an epoch bumped when stored
        // articles are rewritten; full-text rows follow rewritten articles.
        """
        ALTER TABLE articles ADD COLUMN assigned_story INTEGER;
        ALTER TABLE articles ADD COLUMN merged_stories TEXT;
        ALTER TABLE stories ADD COLUMN brief_generation INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE inputs ADD COLUMN hints TEXT;
        CREATE TABLE recoupe_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT INTO recoupe_state(name, value) VALUES ('epoch', 0);
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
        END;
        """,
        // 4: the story list reads the newest stories first: an index on activity lets a page of 50 skip sorting every story.
        """
        CREATE INDEX stories_activity ON stories(last_seen DESC, id DESC) WHERE merged_into IS NULL;
        """,
        // 5: the date inferred for an article its metadata does not date (dateline, the text's dates, the day received) and
        // where it came from; `published` stays the metadata's date alone (story placement and story dates read only it).
        """
        ALTER TABLE articles ADD COLUMN inferred_date TEXT;
        ALTER TABLE articles ADD COLUMN date_source TEXT;
        """,
    ];
}
