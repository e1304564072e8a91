"""The document store: SQLite, WAL mode, FTS5, one transaction per document.

The only package that writes SQL.

    with Store("news.db") as store:
        store.add(extraction)          # idempotent: a document id already there is left alone
        store.search("north korean troops")
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from ..errors import StoreError
from ..merge.figures import (
    COMPARED,
    SHARED_TERMS,
    breakdowns,
    bridged,
    choose,
    fit,
    joinable,
    magnitude,
    magnitude_home,
    magnitude_terms,
    terms,
    trivial,
    with_breakdown,
)
from ..merge.people import People, person_name
from ..merge.syndication import band_keys
from ..model import Article, Extraction, Failure
from ..model import document_id as raw_key
from .migrations import MIGRATIONS

__all__ = ["Store"]

# What `merge.figures.key_of` reads of a record stored before quantity keys existed.
_OLD_KEY_FIELDS = ("unit", "currency", "per", "counted", "measure")
_LIST_COLUMNS = "id, title, url, published, outlet, author, locale, origin, kind, ingested_at"
_SORTS = ("published", "outlet", "title", "ingested_at")


class Store:
    """A whatweknow store. `read_only=True` opens the file for reading only (the commands that
    only read: docs, show, search, brief, serve): it never changes the file, so a store on a
    read-only disk or someone else's file reads fine, and a file that is not a store is refused
    rather than given tables."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        self._depth = 0  # nested transaction() blocks; only the outermost commits
        try:
            if read_only:
                self.db = self._open_read_only()
            else:
                self.db = sqlite3.connect(self.path, timeout=30)
                self._check_ours()
                self._use_wal()
                self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if read_only:
                self._check_current()
            else:
                self._migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{self.path}: cannot open as a whatweknow store ({err}). "
                "Check the path, or give a new file name."
            ) from None

    def _use_wal(self, wait: float = 30.0) -> None:
        """Switch the file to write-ahead logging. While another connection holds the file
        (several processes opening an old store at once) SQLite answers "locked" at once
        instead of waiting out the busy timeout, so wait here as that timeout would."""
        deadline = time.monotonic() + wait
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def _open_read_only(self) -> sqlite3.Connection:
        if not Path(self.path).is_file():
            raise StoreError(f"{self.path}: no such store. Check the path, or ingest into it.")
        uri = f"{Path(self.path).resolve().as_uri()}?mode=ro"
        db = sqlite3.connect(uri, uri=True, timeout=30)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL store whose folder we cannot write (no -shm file can be made): nobody can
            # be writing it either, so it is read as immutable.
            db.close()
            db = sqlite3.connect(f"{uri}&immutable=1", uri=True, timeout=30)
        return db

    def _check_ours(self) -> None:
        """Refuse to add our tables to a SQLite file that holds someone else's."""
        if self._version() == 0:
            tables = [r[0] for r in self.db.execute("SELECT name FROM sqlite_master LIMIT 5")]
            if tables:
                raise StoreError(
                    f"{self.path}: a SQLite file that is not a whatweknow store (it has tables "
                    f"{', '.join(tables)}). Give a new file name."
                )

    def _check_current(self) -> None:
        """A read-only store must be at the current schema: migrating would write."""
        version = self._version()
        if version == len(MIGRATIONS):
            return
        self.db.close()
        if version == 0:
            raise StoreError(
                f"{self.path}: not a whatweknow store (no whatweknow tables). Check the path, "
                "or ingest into it to make it one."
            )
        if version > len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: made by a newer whatweknow (schema {version}). Upgrade whatweknow."
            )
        # an older store is upgraded once, where it can be written, then read as before
        try:
            Store(self.path).close()
        except StoreError as err:
            raise StoreError(
                f"{self.path}: made by an older whatweknow (schema {version}) and cannot be "
                f"upgraded here ({err}). Open it once where it can be written."
            ) from None
        self.db = self._open_read_only()
        self.db.row_factory = sqlite3.Row

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction; nested blocks join the outermost one, which commits (or, on
        an error, rolls everything back)."""
        self._depth += 1
        try:
            if self._depth > 1:
                yield
                return
            with self.db:
                yield
        finally:
            self._depth -= 1

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Inside a transaction: on an error, undo only what was done in this block."""
        self.db.execute("SAVEPOINT part")
        try:
            yield
        except BaseException:
            if not self.db.in_transaction:  # SQLite gave up the whole transaction (disk full)
                raise StoreError(
                    f"{self.path}: the transaction was rolled back (is the disk full?). "
                    "Nothing of this document was stored; rerun when fixed."
                ) from None
            self.db.execute("ROLLBACK TO part")
            self.db.execute("RELEASE part")
            raise
        self.db.execute("RELEASE part")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """One read transaction: every query inside sees the store as it was at the first,
        whatever commits meanwhile (a brief's queries must agree with each other)."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")

    def _migrate(self) -> None:
        """Bring the file to the current schema in one transaction. Several processes may open
        an old file at once: the first takes the write lock and migrates, the others wait for
        it and then find nothing left to do."""
        if self._version() == len(MIGRATIONS):
            return
        level = self.db.isolation_level
        self.db.isolation_level = None  # the transaction below is ours, not the module's
        try:
            self.db.execute("BEGIN IMMEDIATE")
            version = self._version()
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"{self.path}: made by a newer whatweknow (schema {version}). "
                    "Upgrade whatweknow."
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in _statements(script):
                    self.db.execute(statement)
                if number == 6:  # figures stored before quantity keys get clusters again
                    self._backfill_clusters()
                if number == 5:  # signatures stored before the LSH table get their bands
                    for stored_id, minhash in self.signatures():
                        self._add_bands(stored_id, minhash)
                if number == 7:  # every stored document gets its raw key
                    self._backfill_raw_keys()
                self.db.execute(f"PRAGMA user_version = {number}")
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        finally:
            self.db.isolation_level = level

    def _version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @property
    def schema_version(self) -> int:
        return self._version()

    # -- writing -------------------------------------------------------------------------

    def has(self, document_id: str) -> bool:
        """Whether a document with this id, or this raw key, is stored (a document stored
        before ids became raw keys keeps its old id, and is found by its key)."""
        row = self.db.execute(
            "SELECT 1 FROM documents WHERE id = ? OR raw_key = ?", (document_id, document_id)
        ).fetchone()
        return row is not None

    def add(self, extraction: Extraction) -> bool:
        """Store one document and its records in one transaction; False if already there."""
        doc = extraction.document
        record = extraction.to_dict()
        key = raw_key(doc.raw)
        try:
            with self.transaction():
                if self.db.execute(
                    "SELECT 1 FROM documents WHERE raw_key = ? AND id != ?", (key, doc.id)
                ).fetchone():
                    return False  # stored before, under its old id
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO documents (id, title, url, published, outlet, author, "
                    "origin, kind, text, raw, offsets, captions, ingested_at, locale, raw_key) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
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
                        key,
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
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store {doc.origin} ({err}).") from None
        return True

    def replace(self, stored_id: str, extraction: Extraction) -> bool:
        """Put a new extraction of a stored document in place of its old one, in one
        transaction: the clean text, its offsets and captions, and every record; the document
        keeps its id and metadata. True when the clean text changed (then its signature and
        copy link are dropped, to be found again)."""
        doc = extraction.document
        record = extraction.to_dict()
        record["document"]["id"] = stored_id
        try:
            with self.transaction():
                row = self.db.execute(
                    "SELECT text FROM documents WHERE id = ?", (stored_id,)
                ).fetchone()
                if row is None:
                    raise StoreError(f"{self.path}: no document {stored_id} to re-extract.")
                changed = row[0] != doc.text
                text = {"text": doc.text} if changed else {}  # the index follows the text
                self.db.execute(
                    f"UPDATE documents SET {''.join(k + ' = :' + k + ', ' for k in text)}"
                    "offsets = :offsets, captions = :captions WHERE id = :id",
                    {
                        **text,
                        "offsets": json.dumps(doc.offsets.to_list()),
                        "captions": json.dumps([c.to_dict() for c in doc.captions]),
                        "id": stored_id,
                    },
                )
                for table in _RECORD_TABLES:
                    self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", (stored_id,))
                if changed:
                    for table in ("signatures", "bands", "copies"):
                        self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", (stored_id,))
                self.db.execute(
                    "INSERT OR REPLACE INTO extractions VALUES (?,?,?)",
                    (
                        stored_id,
                        json.dumps(record["extractor"]),
                        json.dumps(record, ensure_ascii=False),
                    ),
                )
                self._add_records(stored_id, record)
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot store {doc.origin} ({err}).") from None
        return changed

    def queue_reextract(self, where: str | None = None, stale: str | None = None) -> None:
        """Mark documents for `wwk reextract`: those matching `where`, an SQL condition on the
        documents' columns and `extractor_version` (every one when None), and with `stale`,
        only those another version than `stale` extracted."""
        conditions = [f"({where})"] if where else []
        if stale:
            conditions.append("extractor_version IS NOT :stale")
        try:
            with self.transaction():
                self.db.execute(
                    "INSERT OR IGNORE INTO reextract_pending SELECT id FROM ("
                    "SELECT d.*, json_extract(x.extractor, '$.version') AS extractor_version "
                    "FROM documents d LEFT JOIN extractions x ON x.document_id = d.id) "
                    f"WHERE {' AND '.join(conditions) or '1'}",
                    {"stale": stale},
                )
        except sqlite3.Error as err:
            columns = f"{_LIST_COLUMNS}, extractor_version"
            raise StoreError(
                f"{where!r} is not a condition on the documents ({err}). Use their "
                f"columns ({columns}), e.g. --where \"outlet = 'BBC'\"."
            ) from None

    def pending_reextract(self) -> list[str]:
        """Ids of the documents `wwk reextract` has still to do, in storage order."""
        rows = self.db.execute(
            "SELECT p.document_id FROM reextract_pending p "
            "JOIN documents d ON d.id = p.document_id ORDER BY d.rowid"
        )
        return [row[0] for row in rows]

    def done_reextract(self, stored_id: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM reextract_pending WHERE document_id = ?", (stored_id,))

    def articles(self, document_ids: list[str]) -> list[tuple[str, Article]]:
        """(id, the stored raw text and metadata as an Article) for each of the documents."""
        found = {}
        for chunk in _chunks(document_ids):
            rows = self.db.execute(
                "SELECT id, raw, origin, kind, title, url, published, outlet, author, locale "
                f"FROM documents WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for row in rows:
                found[row[0]] = Article(*row[1:])
        return [(i, found[i]) for i in document_ids if i in found]

    def _backfill_raw_keys(self) -> None:
        last = 0
        while rows := self.db.execute(
            "SELECT rowid, id, raw FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 500",
            (last,),
        ).fetchall():
            self.db.executemany(
                "UPDATE documents SET raw_key = ? WHERE id = ?",
                [(raw_key(raw), stored_id) for _, stored_id, raw in rows],
            )
            last = rows[-1][0]

    def _add_records(self, document_id: str, record: dict[str, Any]) -> None:
        dump = json.dumps
        self.db.executemany(
            "INSERT INTO statements VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    document_id,
                    s["id"],
                    s["speaker"]["name"],
                    s["speaker"]["kind"],
                    s["form"],
                    (s.get("certainty") or {}).get("hedged"),
                    dump(s, ensure_ascii=False),
                    s["speaker"].get("entity"),
                )
                for s in record["statements"]
            ],
        )
        self.db.executemany(
            "INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,NULL,?,?,?)",
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
                    f.get("low"),
                    f.get("high"),
                    (f["source"] or {}).get("kind"),
                )
                for f in record["figures"]
            ],
        )
        self.db.executemany(
            "INSERT INTO events VALUES (?,?,?,?,?)",
            [
                (document_id, e["id"], e["date"]["iso"], dump(e, ensure_ascii=False), e["phrase"])
                for e in record["events"]
            ],
        )
        facts = {e["id"]: _facts(e) for e in record["entities"]}
        self.db.executemany(
            "INSERT INTO entities (document_id, id, name, type, label, mentions, record, facts) "
            "VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    document_id,
                    e["id"],
                    e["name"],
                    e["type"],
                    e["label"],
                    dump(e["mentions"]),
                    dump(e, ensure_ascii=False),
                    facts[e["id"]],
                )
                for e in record["entities"]
            ],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO names VALUES (?,?,?)",
            [(e["name"], e["type"], facts[e["id"]]) for e in record["entities"] if facts[e["id"]]],
        )
        tally = Counter(
            (s["speaker"]["name"], s["speaker"]["kind"], s["speaker"].get("entity"))
            for s in record["statements"]
            if s["speaker"]["name"] and s["speaker"]["kind"] != "unresolved"
        )
        self.db.executemany(
            "INSERT INTO speakers VALUES (?,?,?,?,?,?)",
            [
                (document_id, name, kind, entity, facts.get(entity), count)
                for (name, kind, entity), count in tally.items()
            ],
        )
        kinds = {e["id"]: _member_kind(e["type"]) for e in record["entities"]}
        names = {e["id"]: e["name"] for e in record["entities"]}
        self.db.executemany(
            "INSERT OR IGNORE INTO statement_members VALUES (?,?,?,?,?,?)",
            [
                (document_id, s["id"], names[member], kinds[member], member, facts.get(member))
                for s in record["statements"]
                if len(s["speaker"].get("members") or ()) > 1
                for member in s["speaker"]["members"]
                if member in names
            ],
        )
        self.db.executemany(
            "INSERT INTO questions VALUES (?,?,?,?)",
            [
                (document_id, q["id"], q["answered"], dump(q, ensure_ascii=False))
                for q in record["questions"]
            ],
        )

        self._cluster(
            document_id, record["figures"], self.breakdowns(document_id, record["figures"])
        )

    def breakdowns(
        self, document_id: str, figures: list[dict[str, Any]]
    ) -> dict[str, dict[str, Any]]:
        """The breakdowns of a stored document's figures, by figure id
        (`merge.figures.breakdowns`), from its stored text and entities: what every clustering
        path gives `merge.figures.breakdowns_apart` (a fresh ingest, the clusters computed again
        by migration 6, a caller of `merge.figures.cluster`), so that none of them joins the
        poll breakdowns another keeps apart."""
        (text,) = self.db.execute(
            "SELECT text FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        entities = [
            orjson.loads(record)
            for (record,) in self.db.execute(
                "SELECT record FROM entities WHERE document_id = ? AND record IS NOT NULL "
                "ORDER BY rowid",
                (document_id,),
            )
        ]
        return breakdowns(text, figures, entities)

    def _cluster(
        self,
        document_id: str,
        figures: list[dict[str, Any]],
        breakdown_of: dict[str, dict[str, Any]],
    ) -> None:
        """Put each figure of a new document in the cluster of the quantity it measures, or in
        a new one: the incremental form of `merge.figures.cluster`, over the whole store.

        Candidates are the clusters sharing SHARED_TERMS index terms (words or the value) with
        the figure, in order of creation; the figure joins the one it `fit`s best (`choose`),
        and the others it fits that are `joinable` with that one become part of it.
        `breakdown_of` gives the figures of a poll's breakdowns theirs, by figure id
        (`breakdowns`, `merge.figures.breakdowns_apart`).
        """
        db = self.db
        for figure in figures:
            home = 0
            figure = with_breakdown(figure, breakdown_of.get(figure["id"]))
            if not trivial(figure):
                dimension, own = terms(figure)
                source = ((figure.get("source") or {}).get("name") or "").lower()
                home, others = self._home(dimension, own, figure, (document_id, source))
                if home is None:
                    home = db.execute(
                        "SELECT coalesce(max(cluster), 0) + 1 FROM figure_keys"
                    ).fetchone()[0]
                member = {
                    k: figure.get(k) for k in ("value", "low", "high", "qualifier", "quantity")
                }
                if not member["quantity"]:  # a record stored before quantity keys
                    member.update({k: figure.get(k) for k in _OLD_KEY_FIELDS})
                if "breakdown" in figure:
                    member["breakdown"] = figure["breakdown"]
                given = figure.get("source") or {}
                if given.get("kind") == "person":  # who gives it (`merge.figures.said_alike`)
                    member["source"] = {"name": given.get("name"), "kind": "person"}
                db.execute(
                    "INSERT INTO figure_keys VALUES (?, ?, ?, ?, ?)",
                    (home, document_id, figure["id"], source, json.dumps(member)),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO figure_terms VALUES (?, ?, ?)",
                    [(dimension, term, home) for term in own],
                )
                for other in others:
                    if joinable(self._members(home), self._members(other)):
                        self._join_clusters(home, other)
            db.execute(
                "UPDATE figures SET cluster = ? WHERE document_id = ? AND id = ?",
                (home, document_id, figure["id"]),
            )

    def _members(self, number: int) -> list[dict[str, Any]]:
        """The first COMPARED members of a cluster, as `merge.figures.fit` takes them."""
        return [
            {"document": row[0], "source_key": row[1], "figure": orjson.loads(row[2])}
            for row in self.db.execute(
                "SELECT document_id, source, figure FROM figure_keys WHERE cluster = ? "
                "ORDER BY rowid LIMIT ?",
                (number, COMPARED),
            )
        ]

    def _join_clusters(self, home: int, other: int) -> None:
        """Make cluster `other` part of cluster `home`: its members, figures and index terms."""
        db = self.db
        db.execute("UPDATE figure_keys SET cluster = ? WHERE cluster = ?", (home, other))
        db.execute("UPDATE figures SET cluster = ? WHERE cluster = ?", (home, other))
        db.execute(
            "INSERT OR IGNORE INTO figure_terms SELECT dimension, term, ? FROM figure_terms "
            "WHERE cluster = ?",
            (home, other),
        )
        db.execute("DELETE FROM figure_terms WHERE cluster = ?", (other,))

    def _home(
        self, dimension: str, own: set[str], figure: dict[str, Any], place: tuple[str, str]
    ) -> tuple[int | None, list[int]]:
        """The cluster a figure joins (None: a new one) and the others it fits besides."""
        if not own:
            return None, []
        marks = ",".join("?" * len(own))
        candidates = self.db.execute(
            f"SELECT cluster FROM figure_terms WHERE dimension = ? AND term IN ({marks}) "
            "GROUP BY cluster HAVING count(*) >= ? ORDER BY cluster",
            (dimension, *sorted(own), SHARED_TERMS),
        ).fetchall()
        scores = [
            (int(number), fit(figure, self._members(int(number)), place))
            for (number,) in candidates
        ]
        chosen = choose(scores)
        if chosen is None and magnitude(figure) is not None:
            return self._magnitude_home(dimension, figure, place), []
        return chosen, [] if chosen is None else bridged(scores, chosen)

    def _magnitude_home(
        self, dimension: str, figure: dict[str, Any], place: tuple[str, str]
    ) -> int | None:
        """The one cluster holding another article's count of its noun that a count with no
        number fitting no cluster may stand for (`merge.figures.magnitude_home`)."""
        reached = sorted(magnitude_terms(figure))
        marks = ",".join("?" * len(reached))
        numbers = self.db.execute(
            f"SELECT DISTINCT cluster FROM figure_terms WHERE dimension = ? AND term IN ({marks}) "
            "ORDER BY cluster",
            (dimension, *reached),
        ).fetchall()
        return magnitude_home(figure, [(int(n), self._members(int(n))) for (n,) in numbers], place)

    def _backfill_clusters(self) -> None:
        rows = self.db.execute(
            "SELECT f.document_id, f.record FROM figures f JOIN documents d "
            "ON d.id = f.document_id ORDER BY d.rowid, f.rowid"
        )
        by_document: dict[str, list[dict[str, Any]]] = {}
        for document_id, record in rows:
            by_document.setdefault(document_id, []).append(orjson.loads(record))
        for document_id, figures in by_document.items():
            self._cluster(document_id, figures, self.breakdowns(document_id, figures))

    def add_signature(self, document_id: str, minhash: bytes) -> None:
        """Store a document's MinHash signature and its LSH band keys."""
        with self.transaction():
            self._add_bands(document_id, minhash)

    def _add_bands(self, document_id: str, minhash: bytes) -> None:
        self.db.execute("INSERT OR REPLACE INTO signatures VALUES (?, ?)", (document_id, minhash))
        self.db.executemany(
            "INSERT OR IGNORE INTO bands VALUES (?, ?, ?)",
            [(band, key, document_id) for band, key in band_keys(minhash)],
        )

    def has_signature(self, document_id: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM signatures WHERE document_id = ?", (document_id,)
        ).fetchone()
        return row is not None

    def add_copy(self, document_id: str, original_id: str, kind: str, similarity: float) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?)",
                (document_id, original_id, kind, similarity),
            )

    def add_failure(self, failure: Failure) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO failures VALUES (?,?,?,?)",
                (failure.origin, failure.stage, failure.message, _now()),
            )

    # -- reading -------------------------------------------------------------------------

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """What the store holds, row by row: documents, outlets, speaker names as stored (one
        per spelling), statements, figure values, and documents found to copy another."""
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

    def documents(
        self,
        limit: int | None = None,
        offset: int = 0,
        sort: str = "published",
        descending: bool = False,
        outlet: str | None = None,
    ) -> list[dict[str, Any]]:
        """Documents, oldest first (or by `sort`: published, outlet, title, ingested_at; undated
        and untitled last), optionally of one `outlet`."""
        if sort not in _SORTS:
            raise ValueError(f"cannot sort documents by {sort!r}; use one of {', '.join(_SORTS)}")
        way = "DESC" if descending else "ASC"
        order = f"{sort} IS NULL, {sort} {way}, published {way}, id"
        where, args = ("WHERE outlet = ?", [outlet]) if outlet else ("", [])
        rows = self.db.execute(
            f"SELECT {_LIST_COLUMNS} FROM documents {where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*args, -1 if limit is None else limit, offset),
        )
        return [dict(row) for row in rows]

    def outlets(self) -> list[tuple[str | None, int]]:
        """(outlet, documents) for every outlet, the largest first."""
        rows = self.db.execute(
            "SELECT outlet, count(*) FROM documents GROUP BY outlet ORDER BY 2 DESC, 1"
        )
        return [(row[0], int(row[1])) for row in rows]

    def figure_clusters(self, document_id: str) -> dict[str, int]:
        """Figure id -> the number of the cluster it belongs to, for one document's figures
        that are clustered (small exact numbers no one asserts are not)."""
        rows = self.db.execute(
            "SELECT id, cluster FROM figures WHERE document_id = ? AND cluster > 0", (document_id,)
        )
        return {row[0]: int(row[1]) for row in rows}

    def cluster_documents(self, clusters: list[int]) -> set[str]:
        """Ids of the documents with a figure in one of these clusters."""
        found: set[str] = set()
        for chunk in _chunks(sorted(set(clusters))):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT DISTINCT document_id FROM figures WHERE cluster IN ({marks})", chunk
            )
            found.update(row[0] for row in rows)
        return found

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

    def search(
        self, query: str, limit: int = 20, marks: tuple[str, str] = ("[", "]")
    ) -> list[dict[str, Any]]:
        """Full-text search; every word of `query` must match (porter-stemmed). Each hit's
        snippet puts the words matched between `marks`."""
        terms = _fts_terms(query)
        if not terms:
            return []
        rows = self.db.execute(
            f"SELECT {', '.join('d.' + c for c in _LIST_COLUMNS.split(', '))}, "
            "snippet(documents_fts, 1, ?, ?, ' … ', 16) AS snippet "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (*marks, terms, limit),
        )
        return [dict(row) for row in rows]

    def signatures(self) -> list[tuple[str, bytes]]:
        return [
            (r[0], r[1]) for r in self.db.execute("SELECT document_id, minhash FROM signatures")
        ]

    def candidates(self, keys: list[tuple[int, int]]) -> set[str]:
        """Documents sharing an LSH band key with these: candidates for copies."""
        wanted = set(keys)
        rows = self.db.execute(
            f"SELECT band, key, document_id FROM bands WHERE key IN ({','.join('?' * len(keys))})",
            [key for _, key in keys],
        )
        return {row[2] for row in rows if (row[0], row[1]) in wanted}

    def published(self, document_ids: list[str]) -> dict[str, str | None]:
        marks = ",".join("?" * len(document_ids))
        rows = self.db.execute(
            f"SELECT id, published FROM documents WHERE id IN ({marks})", document_ids
        )
        return {row[0]: row[1] for row in rows}

    def copies(self) -> dict[str, dict[str, Any]]:
        """Copy id -> {"original", "kind", "similarity"}, for every document that is a copy."""
        rows = self.db.execute("SELECT document_id, original_id, kind, similarity FROM copies")
        return {r[0]: {"original": r[1], "kind": r[2], "similarity": r[3]} for r in rows}

    def texts(self, document_ids: list[str], length: int | None = None) -> dict[str, str]:
        """Each document's clean text, or its first `length` characters."""
        column = "text" if length is None else f"substr(text, 1, {int(length)})"
        return {
            row[0]: row[1]
            for chunk in _chunks(document_ids)
            for row in self.db.execute(
                f"SELECT id, {column} FROM documents WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        }

    def select(
        self, about: str | None = None, since: str | None = None, until: str | None = None
    ) -> list[dict[str, Any]]:
        """Documents about a query (full text, or a person or organisation named by it under
        any of its names: "Chuck Schumer" finds "Charles E. Schumer") within a date span."""
        rows = self.documents()
        if about:
            matching = self.matching(about)
            words = [w for w in query_words(about) if len(w) > 2]
            if words:
                # the distinct names first (a small table), then their documents by index
                clause = " AND ".join("name LIKE ?" for _ in words)
                matching |= {
                    r[0]
                    for r in self.db.execute(
                        "SELECT DISTINCT document_id FROM entities WHERE name IN "
                        f"(SELECT name FROM names WHERE {clause})",
                        [f"%{w}%" for w in words],
                    )
                }
            spelled = sorted(self.spellings(about))
            for chunk in _chunks(spelled):
                marks = ",".join("?" * len(chunk))
                for sql in (
                    f"SELECT DISTINCT document_id FROM entities WHERE name IN ({marks})",
                    f"SELECT DISTINCT document_id FROM speakers WHERE speaker IN ({marks})",
                ):
                    matching |= {r[0] for r in self.db.execute(sql, chunk)}
            rows = [r for r in rows if r["id"] in matching]
        if since:
            rows = [r for r in rows if r["published"] and r["published"][:10] >= since]
        if until:
            rows = [r for r in rows if r["published"] and r["published"][:10] <= until]
        return rows

    def spellings(self, name: str) -> set[str]:
        """Every name the records give whom `name` stands for, by the merge's identity
        (merge/people.py) over the whole store: "Pelosi" -> "Nancy Pelosi", "Speaker Nancy
        Pelosi", "Pelosi", … where the store has one Pelosi. Only the distinct names sharing a
        word with `name` are read (the `names` table and the speakers' names); `name` itself is
        always among them."""
        reading = " ".join(query_words(name))  # at most MAX_QUERY_WORDS, no control characters
        reading = reading.title() if reading.islower() else reading  # "chuck schumer"
        parsed = person_name(reading)
        words = [parsed.surname] if parsed else [w for w in query_words(name) if len(w) > 2]
        if not words:
            return {name}
        like = [f"%{w}%" for w in words]
        either = " OR ".join("{column} LIKE ?" for _ in words)
        entities = self.db.execute(
            f"SELECT name, type, facts FROM names WHERE {either.format(column='name')}", like
        ).fetchall()
        speakers = self.db.execute(
            f"SELECT DISTINCT speaker, kind FROM speakers WHERE {either.format(column='speaker')}",
            like,
        ).fetchall()
        people = People(
            [{"name": n, "type": t, **orjson.loads(f or "{}")} for n, t, f in entities],
            lambda surnames: self.namesakes(None, surnames),
        )
        wanted = people.resolve(reading)
        found = {name, *wanted}
        for raw, kind in [(n, t) for n, t, _ in entities] + [tuple(r) for r in speakers]:
            if people.canonical(raw, kind) in wanted:
                found.add(raw)
                as_person = person_name(raw) if kind == "person" else None
                if as_person is not None:
                    found.add(as_person.text)  # the form a brief may show
        return found

    def version(self) -> tuple[int, int]:
        """Changes whenever a document is added: (documents, largest rowid)."""
        row = self.db.execute("SELECT count(*), coalesce(max(rowid), 0) FROM documents").fetchone()
        return int(row[0]), int(row[1])

    def records(
        self,
        table: str,
        document_ids: list[str],
        only: set[tuple[str, str]] | None = None,
    ) -> list[tuple[str, dict[str, Any]]]:
        """(document id, record) for every statement, figure, event or question of the documents
        (or `only` those (document id, record id) pairs), without the parts the merge does not
        read (certainty cues, fragments, answer spans)."""
        if table not in _MERGE_FIELDS:
            raise ValueError(f"no such record table: {table}")
        if only is not None:
            order = {document_id: n for n, document_id in enumerate(document_ids)}
            found = []
            for pairs in _chunks(sorted(only)):
                marks = ",".join("(?, ?)" for _ in pairs)
                rows = self.db.execute(
                    f"SELECT document_id, {_MERGE_FIELDS[table]} FROM {table} "
                    f"WHERE (document_id, id) IN (VALUES {marks}) ORDER BY rowid",
                    [value for pair in pairs for value in pair],
                )
                found.extend((row[0], orjson.loads(row[1])) for row in rows)
            found.sort(key=lambda row: order.get(row[0], -1))
            return found
        rows = self._within(
            f"SELECT document_id, {_MERGE_FIELDS[table]} FROM {table} WHERE {{within}} "
            "ORDER BY document_id, rowid",
            document_ids,
        )
        return [(row[0], orjson.loads(row[1])) for row in rows]

    def clustered_figures(self, document_ids: list[str]) -> list[tuple[Any, ...]]:
        """The clustered figures of the documents, in storage order, as the columns a brief
        ranks clusters by: (cluster, document id, id, value, low, high, qualifier, hedged,
        source, source kind, [value, low, high] in the dimension's one unit as JSON or None,
        who set the amount where it is asked for or offered, or None, the dimension, whether
        it is an ordinal count ("for the third time"), whose the amount is, or None, and the
        step a span of time told in decades is rounded to, or None)."""
        return [
            tuple(row)
            for row in self._within(
                "SELECT cluster, document_id, id, value, low, high, qualifier, hedged, source, "
                "source_kind, json_extract(record, '$.quantity.base'), "
                "json_extract(record, '$.quantity.setter'), "
                "json_extract(record, '$.quantity.dimension'), "
                "json_extract(record, '$.quantity.ordinal'), "
                "json_extract(record, '$.quantity.owner'), "
                "json_extract(record, '$.quantity.step') FROM figures "
                "WHERE cluster > 0 AND {within} ORDER BY rowid",
                document_ids,
            )
        ]

    def names(self, document_ids: list[str]) -> list[dict[str, Any]]:
        """Each distinct person and organisation of the documents with its facts (descriptor
        texts, aliases, affiliation): what the merge needs to tie names across documents."""
        distinct = {
            tuple(row)
            for row in self._within(
                "SELECT DISTINCT name, type, facts FROM entities "
                "WHERE type IN ('person', 'organization') AND {within}",
                document_ids,
                everything="SELECT name, type, facts FROM names",
            )
        }
        return [
            {"name": name, "type": kind, **orjson.loads(facts or "{}")}
            for name, kind, facts in sorted(distinct, key=lambda r: (r[0], r[1], r[2] or ""))
        ]

    def namesakes(self, document_ids: list[str] | None, surnames: list[str]) -> list[set[str]]:
        """For each of the documents (None: every one), the names of its people that contain
        one of these surnames: what tells a father from his son within one article. The
        distinct names first (the `names` table), then their documents by the name index."""
        if not surnames:
            return []
        like = " OR ".join("name LIKE ?" for _ in surnames)
        names = [
            row[0]
            for row in self.db.execute(
                f"SELECT DISTINCT name FROM names WHERE type = 'person' AND ({like})",
                [f"%{surname}%" for surname in surnames],
            )
        ]
        wanted = None if document_ids is None else set(document_ids)
        found: dict[str, set[str]] = {}
        for chunk in _chunks(names):
            rows = self.db.execute(
                "SELECT document_id, name FROM entities "
                f"WHERE name IN ({','.join('?' * len(chunk))}) AND type = 'person'",
                chunk,
            )
            for document_id, name in rows:
                if wanted is None or document_id in wanted:
                    found.setdefault(document_id, set()).add(name)
        return list(found.values())

    def speaker_totals(self, document_ids: list[str]) -> list[tuple[str, str, str | None, int]]:
        """(speaker, kind, the entity's facts, statements) over the documents."""
        return [
            tuple(row)
            for row in self._within(
                "SELECT speaker, kind, facts, sum(statements) FROM speakers WHERE {within} "
                "GROUP BY 1, 2, 3",
                document_ids,
            )
        ]

    def speaker_counts(
        self, document_ids: list[str], speakers: list[str]
    ) -> list[tuple[str, str, str, str | None, str | None, int]]:
        """(document id, speaker, kind, entity id, the entity's facts, statements) for each of
        these speaker names in each of the documents."""
        return [
            tuple(row)
            for row in self._naming(
                "SELECT document_id, speaker, kind, entity, facts, statements FROM speakers "
                "WHERE speaker IN (?NAMES)",
                speakers,
                document_ids,
            )
        ]

    def statements_by(
        self, document_ids: list[str], speakers: list[str] | None
    ) -> list[tuple[str, dict[str, Any]]]:
        """(document id, record) of the statements of the documents by these speaker names (by
        anyone: None), in the documents' order."""
        if speakers is None:
            return _in_order(self.records("statements", document_ids), document_ids)
        if not speakers:
            return []
        rows = self._naming(
            f"SELECT document_id, {_MERGE_FIELDS['statements']} FROM statements "
            "WHERE speaker IN (?NAMES) ORDER BY document_id, rowid",
            speakers,
            document_ids,
        )
        return _in_order([(d, orjson.loads(r)) for d, r in rows], document_ids)

    def statement_members(
        self, document_ids: list[str]
    ) -> list[tuple[str, str, str, str, str | None]]:
        """(document id, statement id, name, kind, the entity's facts) of every member of a
        joint source in the documents: "Mark Madden" of "Mr. Madden and Mr. Cancian said"."""
        rows = self._within(
            "SELECT document_id, statement_id, name, kind, facts FROM statement_members "
            "WHERE {within} ORDER BY document_id, statement_id, rowid",
            document_ids,
        )
        return [tuple(row) for row in rows]

    def statements_with(
        self, document_ids: list[str], members: list[str]
    ) -> list[tuple[str, dict[str, Any], str, str, str | None]]:
        """(document id, record, member name, kind, the entity's facts) of the joint
        statements of the documents that have one of these names among their members."""
        rows = self._naming(
            f"SELECT m.document_id, {_MERGE_FIELDS['statements']}, m.name, m.kind, m.facts "
            "FROM statement_members m JOIN statements s "
            "ON s.document_id = m.document_id AND s.id = m.statement_id "
            "WHERE m.name IN (?NAMES) ORDER BY m.document_id, s.rowid",
            members,
            document_ids,
        )
        return _in_order([(d, orjson.loads(r), n, k, f) for d, r, n, k, f in rows], document_ids)

    def _naming(self, sql: str, names: list[str], document_ids: list[str]) -> list[Any]:
        """The rows of `sql` for these names (its `?NAMES` the list, asked in chunks SQLite
        takes) whose first column is one of the documents."""
        wanted = set(document_ids)
        found = []
        for chunk in _chunks(names):
            query = sql.replace("?NAMES", ",".join("?" * len(chunk)))
            found.extend(row for row in self.db.execute(query, chunk) if row[0] in wanted)
        return found

    def event_keys(self, document_ids: list[str]) -> list[dict[str, Any]]:
        """What the timeline groups events by, for every event of the documents: document, id,
        date and precision, phrase, predicate, label, actor, the statement it is told in, its
        sentence and its offsets, and its mode (asserted, negated, …; None for records made
        before it)."""
        fields = ("document", "id", "date", "phrase", "precision", "label", "actor")
        fields += ("statement", "span_start", "span_end", "mode", "sentence", "predicate")
        return [
            dict(zip(fields, row, strict=True))
            for row in self._within(
                "SELECT document_id, id, date, phrase, json_extract(record, '$.date.precision'), "
                "json_extract(record, '$.label'), json_extract(record, '$.actor.name'), "
                "json_extract(record, '$.statement'), json_extract(record, '$.span.start'), "
                "json_extract(record, '$.span.end'), json_extract(record, '$.mode'), "
                "json_extract(record, '$.span.text'), json_extract(record, '$.predicate') "
                "FROM events WHERE {within} "
                "ORDER BY document_id, rowid",
                document_ids,
            )
        ]

    def _within(
        self, sql: str, document_ids: list[str], everything: str | None = None
    ) -> Iterator[sqlite3.Row]:
        """The rows of `sql`, whose `{within}` stands for "document_id is one of these": in
        chunks of ids, or in one unfiltered scan (or the query `everything`) when they are
        every document in the store."""
        if len(set(document_ids)) >= self.count():
            yield from self.db.execute(everything or sql.replace("{within}", "1"))
            return
        for chunk in _chunks(document_ids):
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(sql.replace("{within}", f"document_id IN ({marks})"), chunk)

    def each_document(self) -> Iterator[dict[str, Any]]:
        """Every document with its clean text and the version and model that extracted it,
        in storage order, streamed (for exports)."""
        rows = self.db.execute(
            f"SELECT {', '.join('d.' + c for c in _LIST_COLUMNS.split(', '))}, d.text, "
            "json_extract(x.extractor, '$.version') AS extractor_version, "
            "json_extract(x.extractor, '$.model') AS model "
            "FROM documents d LEFT JOIN extractions x ON x.document_id = d.id ORDER BY d.rowid"
        )
        for row in rows:
            yield dict(row)

    def each_record(self, table: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        """(the document's id, outlet, published and extractor version; the full record) of
        every statement, figure, entity, event or question, in storage order, streamed; a
        figure's record carries its cluster number as "cluster"."""
        if table not in (*_MERGE_FIELDS, "entities"):
            raise ValueError(f"no such record table: {table}")
        cluster = ", r.cluster" if table == "figures" else ""
        rows = self.db.execute(
            f"SELECT d.id, d.outlet, d.published, json_extract(x.extractor, '$.version'), "
            f"r.record{cluster} FROM {table} r JOIN documents d ON d.id = r.document_id "
            "LEFT JOIN extractions x ON x.document_id = d.id ORDER BY d.rowid, r.rowid"
        )
        for row in rows:
            record = orjson.loads(row[4])
            if cluster:
                record["cluster"] = row[5]
            yield (
                {"id": row[0], "outlet": row[1], "published": row[2], "extractor_version": row[3]},
                record,
            )

    def failures(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM failures ORDER BY rowid")]


# The tables of a document's records, rewritten when it is re-extracted.
_RECORD_TABLES = (
    "statements",
    "statement_members",
    "figures",
    "figure_keys",
    "events",
    "entities",
    "questions",
    "speakers",
)

# What the merge reads of each record: the full JSON, less the parts it never uses.
_MERGE_FIELDS = {
    "statements": "json_remove(record, '$.certainty.cues', '$.speaker.mention.text')",
    "figures": "json_remove(record, '$.certainty.cues', '$.qualifier_span')",
    "events": "record",
    "questions": "json_remove(record, '$.answer')",
}


def _member_kind(entity_type: str) -> str:
    """A member's speaker kind by its entity's type (`attribution.speakers.entity_kind`)."""
    if entity_type == "person":
        return "person"
    return "organization" if entity_type in ("organization", "place") else "group"


def _facts(entity: dict[str, Any]) -> str | None:
    """What the merge reads of an entity record, as a small JSON object."""
    if entity["type"] not in ("person", "organization"):
        return None
    return json.dumps(
        {
            "descriptors": [d["text"] for d in entity.get("descriptors") or []],
            "aliases": list(entity.get("aliases") or []),
            "affiliation": entity.get("affiliation"),
            "gender": entity.get("gender"),
        },
        ensure_ascii=False,
    )


# At most this many distinct words of a query are searched. A query is the user's text: "the"
# 500 times took 117 s of CPU on 41 documents, 20,000 times held both cores for 10 minutes,
# and 1,000 distinct words overflowed SQLite's expression tree (a 500).
MAX_QUERY_WORDS = 32
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def query_words(query: str) -> list[str]:
    """The distinct words of a query (case-folded, first spelling kept), control characters
    (NUL) dropped, at most MAX_QUERY_WORDS of them."""
    distinct: dict[str, str] = {}
    for word in _CONTROL.sub(" ", query).split():
        distinct.setdefault(word.casefold(), word)
        if len(distinct) == MAX_QUERY_WORDS:
            break
    return list(distinct.values())


def _fts_terms(query: str) -> str:
    """Every word of the query as a quoted FTS5 term: user text is never FTS syntax."""
    return " ".join('"' + term.replace('"', '""') + '"' for term in query_words(query))


def _statements(script: str) -> Iterator[str]:
    """The SQL statements of a script, one by one (a trigger's body stays whole)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement
            statement = ""
    if statement.strip():
        yield statement


def _in_order(rows: list[Any], document_ids: list[str]) -> list[Any]:
    """Rows by their first column in the documents' order (stable: a document's own order
    stays)."""
    order = {document_id: n for n, document_id in enumerate(document_ids)}
    return sorted(rows, key=lambda row: order[row[0]])


def _chunks(ids: list[Any], size: int = 500) -> list[list[Any]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
