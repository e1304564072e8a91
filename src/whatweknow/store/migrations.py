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
    # 3: records the merge reads (one row each, backfilled from the stored extractions), the
    # MinHash signature of each document and the links from copies to their originals.
    """
    CREATE TABLE statements (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        speaker TEXT,
        speaker_kind TEXT,
        form TEXT,
        hedged INTEGER,
        record TEXT NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE INDEX statements_speaker ON statements (speaker);
    CREATE TABLE figures (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        value REAL,
        qualifier TEXT,
        measure TEXT,
        source TEXT,
        hedged INTEGER,
        record TEXT NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE INDEX figures_measure ON figures (measure);
    CREATE TABLE events (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        date TEXT,
        record TEXT NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE TABLE questions (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        answered INTEGER,
        record TEXT NOT NULL,
        PRIMARY KEY (document_id, id)
    );
    CREATE TABLE signatures (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        minhash BLOB NOT NULL
    );
    CREATE TABLE copies (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        original_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        similarity REAL NOT NULL
    );
    ALTER TABLE entities ADD COLUMN record TEXT;
    UPDATE entities SET record = (
        SELECT n.value FROM extractions x, json_each(x.record, '$.entities') n
        WHERE x.document_id = entities.document_id AND json_extract(n.value, '$.id') = entities.id
    );
    INSERT INTO statements
        SELECT e.document_id, json_extract(s.value, '$.id'),
               json_extract(s.value, '$.speaker.name'),
               json_extract(s.value, '$.speaker.kind'), json_extract(s.value, '$.form'),
               json_extract(s.value, '$.certainty.hedged'), s.value
        FROM extractions e, json_each(e.record, '$.statements') s;
    INSERT INTO figures
        SELECT e.document_id, json_extract(f.value, '$.id'), json_extract(f.value, '$.value'),
               json_extract(f.value, '$.qualifier'), json_extract(f.value, '$.measure'),
               json_extract(f.value, '$.source.name'), json_extract(f.value, '$.hedged'), f.value
        FROM extractions e, json_each(e.record, '$.figures') f;
    INSERT INTO events
        SELECT e.document_id, json_extract(v.value, '$.id'), json_extract(v.value, '$.date.iso'),
               v.value
        FROM extractions e, json_each(e.record, '$.events') v;
    INSERT INTO questions
        SELECT e.document_id, json_extract(q.value, '$.id'), json_extract(q.value, '$.answered'),
               q.value
        FROM extractions e, json_each(e.record, '$.questions') q;
    """,
    # 4: the incremental ledger, kept as documents arrive so a brief reads rather than
    # recomputes: each figure's cluster (0: a trivial figure, in no cluster) with its bounds
    # and source kind as columns, and an index of every cluster's measure words; each
    # statement's speaker entity and each document's speakers with their statement counts;
    # each event's phrase; each entity's facts (descriptor texts, aliases, affiliation) as a
    # small column, and every distinct person and organisation with its facts.
    """
    ALTER TABLE figures ADD COLUMN cluster INTEGER;
    ALTER TABLE figures ADD COLUMN low REAL;
    ALTER TABLE figures ADD COLUMN high REAL;
    ALTER TABLE figures ADD COLUMN source_kind TEXT;
    UPDATE figures SET low = json_extract(record, '$.low'), high = json_extract(record, '$.high'),
        source_kind = json_extract(record, '$.source.kind');
    CREATE INDEX figures_cluster ON figures (cluster);
    CREATE TABLE figure_index (
        kind TEXT NOT NULL,
        word TEXT NOT NULL,
        cluster INTEGER NOT NULL,
        PRIMARY KEY (kind, word, cluster)
    ) WITHOUT ROWID;
    CREATE TABLE figure_words (
        cluster INTEGER NOT NULL,
        words TEXT NOT NULL,
        PRIMARY KEY (cluster, words)
    ) WITHOUT ROWID;
    ALTER TABLE statements ADD COLUMN entity TEXT;
    UPDATE statements SET entity = json_extract(record, '$.speaker.entity');
    ALTER TABLE events ADD COLUMN phrase TEXT;
    UPDATE events SET phrase = json_extract(record, '$.phrase');
    ALTER TABLE entities ADD COLUMN facts TEXT;
    UPDATE entities SET facts = json_object(
        'descriptors', (SELECT json_group_array(json_extract(d.value, '$.text'))
                        FROM json_each(entities.record, '$.descriptors') d),
        'aliases', json(coalesce(json_extract(record, '$.aliases'), '[]')),
        'affiliation', json_extract(record, '$.affiliation')
    ) WHERE type IN ('person', 'organization');
    CREATE INDEX entities_type ON entities (type, document_id);
    CREATE TABLE speakers (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        speaker TEXT NOT NULL,
        kind TEXT NOT NULL,
        entity TEXT,
        facts TEXT,
        statements INTEGER NOT NULL
    );
    CREATE INDEX speakers_document ON speakers (document_id);
    CREATE INDEX speakers_speaker ON speakers (speaker);
    CREATE TABLE names (
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        facts TEXT NOT NULL,
        PRIMARY KEY (name, type, facts)
    ) WITHOUT ROWID;
    INSERT OR IGNORE INTO names
        SELECT DISTINCT name, type, facts FROM entities WHERE facts IS NOT NULL;
    INSERT INTO speakers
        SELECT s.document_id, s.speaker, s.speaker_kind, s.entity, e.facts, count(*)
        FROM statements s LEFT JOIN entities e ON e.document_id = s.document_id AND e.id = s.entity
        WHERE s.speaker IS NOT NULL AND s.speaker_kind != 'unresolved'
        GROUP BY s.document_id, s.speaker, s.speaker_kind, s.entity;
    """,
    # 5: the LSH index of the signatures as a table (backfilled from the signatures), so finding
    # copies needs no index in memory.
    """
    CREATE TABLE bands (
        band INTEGER NOT NULL,
        key INTEGER NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (key, band, document_id)
    ) WITHOUT ROWID;
    """,
    # 6: figure clusters by what they measure (merge.figures.same_quantity): each clustered
    # figure's quantity key with its source, and an index of every cluster's terms (its
    # words and values, by dimension); the measure-word index goes, and the clusters of the
    # stored figures are computed again (Store._migrate).
    """
    DROP TABLE figure_index;
    DROP TABLE figure_words;
    CREATE TABLE figure_keys (
        cluster INTEGER NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        source TEXT NOT NULL,
        figure TEXT NOT NULL
    );
    CREATE INDEX figure_keys_cluster ON figure_keys (cluster);
    CREATE TABLE figure_terms (
        dimension TEXT NOT NULL,
        term TEXT NOT NULL,
        cluster INTEGER NOT NULL,
        PRIMARY KEY (dimension, term, cluster)
    ) WITHOUT ROWID;
    UPDATE figures SET cluster = NULL;
    """,
    # 7: ids that no clean setting changes: each document's raw key, the hash of its raw text
    # (`model.document_id`; backfilled: a new document's id is its key, a document stored
    # before keeps its old id, and either is found by its key); the documents an unfinished
    # `wwk reextract` has still to do; the full-text index declared with content="documents",
    # the form datasette looks for, and re-indexed only when a title or text changes.
    """
    ALTER TABLE documents ADD COLUMN raw_key TEXT;
    CREATE INDEX documents_raw_key ON documents (raw_key);
    CREATE TABLE reextract_pending (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    DROP TRIGGER documents_ai;
    DROP TRIGGER documents_ad;
    DROP TRIGGER documents_au;
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text, content="documents", content_rowid="rowid", tokenize="porter unicode61"
    );
    INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    """,
    # 8: the members of a joint source ("Madden and Cancian said"), one row each with the
    # name, kind and facts of its entity, so a member's name reaches the statement (backfilled
    # from the stored statements' member ids).
    """
    CREATE TABLE statement_members (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        statement_id TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        entity TEXT,
        facts TEXT,
        PRIMARY KEY (document_id, statement_id, name)
    );
    CREATE INDEX statement_members_name ON statement_members (name);
    INSERT OR IGNORE INTO statement_members
        SELECT s.document_id, s.id, e.name,
               CASE WHEN e.type = 'person' THEN 'person'
                    WHEN e.type IN ('organization', 'place') THEN 'organization'
                    ELSE 'group' END,
               e.id, e.facts
        FROM statements s, json_each(s.record, '$.speaker.members') m
        JOIN entities e ON e.document_id = s.document_id AND e.id = m.value
        WHERE json_array_length(s.record, '$.speaker.members') > 1;
    """,
    # 9: figure_terms by cluster, for joining two clusters one new figure fits both of
    # (`Store._join_clusters` moves and deletes a cluster's terms; without it, a scan).
    """
    CREATE INDEX IF NOT EXISTS figure_terms_cluster ON figure_terms (cluster);
    """,
)
