"""The document store: SQLite, WAL mode, FTS5, one transaction per document.

The only package that writes SQL.

    with Store("news.db") as store:
        store.add(extraction)          # idempotent: a document id already there is left alone
        store.search("north korean troops")
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from ..errors import StoreError
from ..model import Extraction, Failure
from .migrations import MIGRATIONS

__all__ = ["Store"]

_LIST_COLUMNS = "id, title, url, published, outlet, author, locale, origin, kind, ingested_at"


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{self.path}: cannot open as a whatweknow store ({err}). "
                "Check the path, or give a new file name."
            ) from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: made by a newer whatweknow (schema {version}). Upgrade whatweknow."
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            try:
                self.db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
            except sqlite3.Error:
                self.db.rollback()
                raise

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    # -- writing -------------------------------------------------------------------------

    def has(self, document_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,)).fetchone()
        return row is not None

    def add(self, extraction: Extraction) -> bool:
        """Store one document and its records in one transaction; False if already there."""
        doc = extraction.document
        record = extraction.to_dict()
        try:
            with self.db:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO documents (id, title, url, published, outlet, author, "
                    "origin, kind, text, raw, offsets, captions, ingested_at, locale) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        doc.id,
                        doc.title,
                        doc.url,
                        doc.published,
                        doc.outlet,
                        doc.author,
                        doc.origin,
                        doc.kind,
                        doc.text,
                        doc.raw,
                        json.dumps(doc.offsets.to_list()),
                        json.dumps([c.to_dict() for c in doc.captions]),
                        _now(),
                        doc.locale,
                    ),
                )
                if cursor.rowcount == 0:
                    return False
                self.db.execute(
                    "INSERT INTO extractions VALUES (?,?,?)",
                    (
                        doc.id,
                        json.dumps(record["extractor"]),
                        json.dumps(record, ensure_ascii=False),
                    ),
                )
                self._add_records(doc.id, record)
                self.db.executemany(
                    "INSERT INTO entities (document_id, id, name, type, label, mentions, record) "
                    "VALUES (?,?,?,?,?,?,?)",
                    [
                        (
                            doc.id,
                            e.id,
                            e.name,
                            e.type,
                            e.label,
                            json.dumps([m.to_dict() for m in e.mentions]),
                            json.dumps(e.to_dict(), ensure_ascii=False),
                        )
                        for e in extraction.entities
                    ],
                )
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store {doc.origin} ({err}).") from None
        return True

    def _add_records(self, document_id: str, record: dict[str, Any]) -> None:
        dump = json.dumps
        self.db.executemany(
            "INSERT INTO statements VALUES (?,?,?,?,?,?,?)",
            [
                (
                    document_id,
                    s["id"],
                    s["speaker"]["name"],
                    s["speaker"]["kind"],
                    s["form"],
                    (s.get("certainty") or {}).get("hedged"),
                    dump(s, ensure_ascii=False),
                )
                for s in record["statements"]
            ],
        )
        self.db.executemany(
            "INSERT INTO figures VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    document_id,
                    f["id"],
                    f["value"],
                    f["qualifier"],
                    f["measure"],
                    (f["source"] or {}).get("name"),
                    f["hedged"],
                    dump(f, ensure_ascii=False),
                )
                for f in record["figures"]
            ],
        )
        self.db.executemany(
            "INSERT INTO events VALUES (?,?,?,?)",
            [
                (document_id, e["id"], e["date"]["iso"], dump(e, ensure_ascii=False))
                for e in record["events"]
            ],
        )
        self.db.executemany(
            "INSERT INTO questions VALUES (?,?,?,?)",
            [
                (document_id, q["id"], q["answered"], dump(q, ensure_ascii=False))
                for q in record["questions"]
            ],
        )

    def add_signature(self, document_id: str, minhash: bytes) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO signatures VALUES (?, ?)", (document_id, minhash)
            )

    def add_copy(self, document_id: str, original_id: str, kind: str, similarity: float) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?)",
                (document_id, original_id, kind, similarity),
            )

    def add_failure(self, failure: Failure) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO failures VALUES (?,?,?,?)",
                (failure.origin, failure.stage, failure.message, _now()),
            )

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """What the store holds, for a dashboard."""
        one = lambda sql: int(self.db.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "outlets": one("SELECT count(DISTINCT outlet) FROM documents"),
            "speakers": one(
                "SELECT count(DISTINCT speaker) FROM statements WHERE speaker_kind != 'unresolved'"
            ),
            "statements": one("SELECT count(*) FROM statements"),
            "figures": one("SELECT count(*) FROM figures"),
            "copies": one("SELECT count(*) FROM copies"),
        }

    def documents(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        rows = self.db.execute(
            f"SELECT {_LIST_COLUMNS} FROM documents ORDER BY published IS NULL, published, id "
            "LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        )
        return [dict(row) for row in rows]

    def document(self, document_id: str) -> dict[str, Any] | None:
        """One document by id, or by an unambiguous id prefix."""
        rows = self.db.execute(
            f"SELECT {_LIST_COLUMNS}, text, raw, offsets, captions FROM documents "
            "WHERE id >= ? AND id < ? LIMIT 2",
            (document_id, document_id + "\uffff"),
        ).fetchall()
        if len(rows) != 1:
            return None
        row = dict(rows[0])
        row["offsets"] = json.loads(row["offsets"])
        row["captions"] = json.loads(row["captions"])
        return row

    def extraction(self, document_id: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT record FROM extractions WHERE document_id = ?", (document_id,)
        ).fetchone()
        return json.loads(row[0]) if row else None

    def matching(self, query: str) -> set[str]:
        """Ids of the documents the full-text index matches (no ranking, no snippets)."""
        terms = _fts_terms(query)
        if not terms:
            return set()
        rows = self.db.execute(
            "SELECT d.id FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ?",
            (terms,),
        )
        return {row[0] for row in rows}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search; every word of `query` must match (porter-stemmed)."""
        terms = _fts_terms(query)
        if not terms:
            return []
        rows = self.db.execute(
            f"SELECT {', '.join('d.' + c for c in _LIST_COLUMNS.split(', '))}, "
            "snippet(documents_fts, 1, '[', ']', ' … ', 16) AS snippet "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (terms, limit),
        )
        return [dict(row) for row in rows]

    def signatures(self) -> list[tuple[str, bytes]]:
        return [
            (r[0], r[1]) for r in self.db.execute("SELECT document_id, minhash FROM signatures")
        ]

    def copies(self) -> dict[str, dict[str, Any]]:
        """Copy id -> {"original", "kind", "similarity"}, for every document that is a copy."""
        rows = self.db.execute("SELECT document_id, original_id, kind, similarity FROM copies")
        return {r[0]: {"original": r[1], "kind": r[2], "similarity": r[3]} for r in rows}

    def texts(self, document_ids: list[str]) -> dict[str, str]:
        return {
            row[0]: row[1]
            for chunk in _chunks(document_ids)
            for row in self.db.execute(
                f"SELECT id, text FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        }

    def select(
        self, about: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[dict[str, Any]]:
        """Documents about a query (full text, or an entity named by it) within a date span."""
        rows = self.documents()
        if about:
            matching = self.matching(about)
            words = [w for w in about.split() if len(w) > 2]
            if words:
                clause = " AND ".join("name LIKE ?" for _ in words)
                matching |= {
                    r[0]
                    for r in self.db.execute(
                        f"SELECT DISTINCT document_id FROM entities WHERE {clause}",
                        [f"%{w}%" for w in words],
                    )
                }
            rows = [r for r in rows if r["id"] in matching]
        if since:
            rows = [r for r in rows if r["published"] and r["published"][:10] >= since]
        if until:
            rows = [r for r in rows if r["published"] and r["published"][:10] <= until]
        return rows

    def quoting(self, name: str) -> set[str]:
        """Ids of documents with a statement whose speaker's name shares a word with `name`."""
        words = [w for w in name.split() if len(w) > 1] or [name]
        clause = " OR ".join("speaker LIKE ?" for _ in words)
        rows = self.db.execute(
            f"SELECT DISTINCT document_id FROM statements WHERE {clause}", [f"%{w}%" for w in words]
        )
        return {row[0] for row in rows}

    def version(self) -> tuple[int, int]:
        """Changes whenever a document is added: (documents, largest rowid)."""
        row = self.db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM documents").fetchone()
        return int(row[0]), int(row[1])

    def records(self, table: str, document_ids: list[str]) -> list[tuple[str, dict[str, Any]]]:
        """(document id, record) for every statement, figure, event or question of the documents,
        without the parts the merge does not read (certainty cues, fragments, answer spans)."""
        if table not in _MERGE_FIELDS:
            raise ValueError(f"no such record table: {table}")
        found = []
        for chunk in _chunks(document_ids):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT document_id, {_MERGE_FIELDS[table]} FROM {table} "
                f"WHERE document_id IN ({marks}) "
                "ORDER BY document_id, rowid",
                chunk,
            )
            found.extend((row[0], orjson.loads(row[1])) for row in rows)
        return found

    def entity_rows(self, document_ids: list[str]) -> list[dict[str, Any]]:
        """The people and organisations of the documents, as their entity records."""
        found = []
        for chunk in _chunks(document_ids):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                # the merge reads names, aliases and descriptors, not every mention
                f"SELECT document_id, json_remove(record, '$.mentions') FROM entities "
                f"WHERE document_id IN ({marks}) AND type IN ('person', 'organization')",
                chunk,
            ):
                found.append({"document_id": row[0], **orjson.loads(row[1] or "{}")})
        return found

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM failures ORDER BY rowid")]


# What the merge reads of each record: the full JSON, less the parts it never uses.
_MERGE_FIELDS = {
    "statements": "json_remove(record, '$.certainty.cues', '$.fragments', '$.speaker.mention')",
    "figures": "json_remove(record, '$.certainty.cues', '$.qualifier_span')",
    "events": "record",
    "questions": "json_remove(record, '$.answer')",
}


def _fts_terms(query: str) -> str:
    """Every word of the query as a quoted FTS5 term: user text is never FTS syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in query.split())


def _chunks(ids: list[str], size: int = 500) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
