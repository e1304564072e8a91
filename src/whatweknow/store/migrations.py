"""Schema migrations, applied in order; `PRAGMA user_version` records how far a file has come.

Never edit a migration that has shipped: add the next one.
"""

MIGRATIONS: tuple[str, ...] = (
    # 1: documents with full-text search, extraction records, entities, failures.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT,
        url TEXT,
        published TEXT,
        outlet TEXT,
        author TEXT,
        origin TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        raw TEXT NOT NULL,
        offsets TEXT NOT NULL,
        captions TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents (published);
    CREATE INDEX documents_outlet ON documents (outlet);
    CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content='documents', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TABLE extractions (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        extractor TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE TABLE entities (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        label TEXT NOT NULL,
        mentions TEXT NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE INDEX entities_name ON entities (name);
    CREATE TABLE failures (
        origin TEXT NOT NULL,
        stage TEXT NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 2: a document's locale (how its numbers are written).
    """
    ALTER TABLE documents ADD COLUMN locale TEXT;
    """,
)
