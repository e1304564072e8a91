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
                self.db.executemany(
                    "INSERT INTO entities VALUES (?,?,?,?,?,?)",
                    [
                        (
                            doc.id,
                            e.id,
                            e.name,
                            e.type,
                            e.label,
                            json.dumps([m.to_dict() for m in e.mentions]),
                        )
                        for e in extraction.entities
                    ],
                )
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store {doc.origin} ({err}).") from None
        return True

    def add_failure(self, failure: Failure) -> None:
        with self.db:
            self.db.execute(
                "INSERT INTO failures VALUES (?,?,?,?)",
                (failure.origin, failure.stage, failure.message, _now()),
            )

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

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

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search; every word of `query` must match (porter-stemmed)."""
        terms = " ".join('"' + term.replace('"', '""') + '"' for term in query.split())
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

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM failures ORDER BY rowid")]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
