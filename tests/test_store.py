"""The store: idempotent ingest, full-text search, migrations, one transaction per document."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from whatweknow import Failure, Store, StoreError, read, run
from whatweknow.model import Extraction
from whatweknow.store.migrations import MIGRATIONS

from .conftest import FIXTURES, SEED, poll_articles


@pytest.fixture(scope="module")
def extractions(nlp):
    inputs = [str(SEED), str(FIXTURES / "article.html"), str(FIXTURES / "atom.xml")]
    return [r for r in run(read(inputs), nlp=nlp) if isinstance(r, Extraction)]


def test_adding_a_document_twice_stores_it_once(tmp_path, extractions):
    with Store(tmp_path / "news.db") as store:
        assert store.add(extractions[0]) is True
        assert store.add(extractions[0]) is False
        assert store.count() == 1
        assert store.has(extractions[0].document.id)


def test_stored_record_is_exactly_what_extract_prints(tmp_path, extractions):
    with Store(tmp_path / "news.db") as store:
        store.add(extractions[0])
        assert store.extraction(extractions[0].document.id) == extractions[0].to_dict()


def test_document_by_id_prefix_and_listing(tmp_path, extractions):
    with Store(tmp_path / "news.db") as store:
        for extraction in extractions:
            store.add(extraction)
        first = extractions[0].document
        row = store.document(first.id[:6])
        assert row["text"] == first.text and row["raw"] == first.raw
        assert store.document("") is None  # ambiguous
        assert [d["id"] for d in store.documents()].count(first.id) == 1
        assert len(store.documents(limit=2)) == 2


def test_full_text_search_stems_and_ranks(tmp_path, extractions):
    with Store(tmp_path / "news.db") as store:
        for extraction in extractions:
            store.add(extraction)
        hits = store.search("storm corps")
        assert [h["id"] for h in hits] == [extractions[0].document.id]
        assert "[Storm]" in hits[0]["snippet"]
        assert {h["title"] for h in store.search("treaty")} == {"Putin signs law ratifying pact"}
        assert store.search('"unbalanced quote') == []  # FTS syntax in a query is just text


def test_schema_is_migrated_and_the_file_uses_wal(tmp_path):
    with Store(tmp_path / "news.db") as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "news.db") as store:  # reopening migrates nothing twice
        assert store.schema_version == len(MIGRATIONS)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    sqlite3.connect(path).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer whatweknow"):
        Store(path)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database" * 100, "utf-8")
    with pytest.raises(StoreError, match="cannot open as a whatweknow store"):
        Store(path)


def test_a_failed_document_leaves_nothing_half_written(tmp_path, extractions):
    with Store(tmp_path / "news.db") as store:
        store.add(extractions[0])
        store.db.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON entities "
            f"WHEN new.document_id = '{extractions[1].document.id}' "
            "BEGIN SELECT RAISE(ABORT, 'boom'); END"
        )
        with pytest.raises(StoreError, match="boom"):
            store.add(extractions[1])
        assert not store.has(extractions[1].document.id)
        assert store.count() == 1
        store.add(extractions[2])
        assert store.count() == 2


def test_failures_are_recorded(tmp_path):
    with Store(tmp_path / "news.db") as store:
        store.add_failure(Failure("x.txt", "ingest", "x.txt: empty."))
        assert [(f["origin"], f["stage"]) for f in store.failures()] == [("x.txt", "ingest")]


def _version_2_store(path: Path, extractions: list[Extraction], ingested_at: str) -> Path:
    """A store as schema version 2 wrote it (documents, extractions, entities), holding
    `extractions`: what later migrations must backfill from."""
    import json

    old = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:2], start=1):
        old.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    for extraction in extractions:
        doc, record = extraction.document, extraction.to_dict()
        old.execute(
            "INSERT INTO documents (id, origin, kind, text, raw, offsets, captions, ingested_at) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (doc.id, doc.origin, doc.kind, doc.text, doc.raw, "[]", "[]", ingested_at),
        )
        old.execute("INSERT INTO extractions VALUES (?,?,?)", (doc.id, "{}", json.dumps(record)))
        old.executemany(
            "INSERT INTO entities VALUES (?,?,?,?,?,?)",
            [
                (doc.id, e["id"], e["name"], e["type"], e["label"], json.dumps(e["mentions"]))
                for e in record["entities"]
            ],
        )
    old.commit()
    old.close()
    return path


def test_a_version_2_store_is_migrated_with_its_records_backfilled(tmp_path, extractions):
    extraction = extractions[0]
    doc = extraction.document
    path = _version_2_store(tmp_path / "old.db", [extraction], "2024-11-05")
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        statements = store.records("statements", [doc.id])
        assert len(statements) == len(extraction.statements) > 0
        assert len(store.records("figures", [doc.id])) == len(extraction.figures)
        people = [e.name for e in extraction.entities if e.type in ("person", "organization")]
        assert sorted(e["name"] for e in store.names([doc.id])) == sorted(people)
        # the incremental ledger is backfilled: every figure has its cluster, speakers counted
        assert (
            store.db.execute("SELECT count(*) FROM figures WHERE cluster IS NULL").fetchone()[0]
            == 0
        )
        assert store.speaker_totals([doc.id])


def _clusters(store: Store) -> set[frozenset[tuple[str, str]]]:
    """The store's figure clusters, each as the (document, figure id) of its members."""
    groups: dict[int, set[tuple[str, str]]] = {}
    for document_id, figure_id, number in store.db.execute(
        "SELECT document_id, id, cluster FROM figures WHERE cluster != 0"
    ):
        groups.setdefault(number, set()).add((document_id, figure_id))
    return {frozenset(group) for group in groups.values()}


def test_clusters_computed_again_by_migration_6_are_those_of_a_fresh_ingest(tmp_path, nlp):
    """The backfill of migration 6 clusters with the poll breakdowns a fresh ingest uses
    (`Store.breakdowns`): the shares of two breakdowns of one poll stay two quantities."""
    extractions = [r for r in run(poll_articles(), nlp=nlp) if isinstance(r, Extraction)]
    with Store(tmp_path / "fresh.db") as store:
        for extraction in extractions:
            store.add(extraction)
        fresh = _clusters(store)
    path = _version_2_store(tmp_path / "old.db", extractions, "2016-01-20")
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        migrated = _clusters(store)
    assert migrated == fresh
    # each share or lead of each breakdown its own quantity: "48 percent" for Clinton against
    # Cruz and for Rubio against Clinton, Clinton's 38 percent in two match-ups, two leads
    # of 7 points
    assert len(migrated) >= 12 and all(len(group) == 1 for group in migrated)


def test_an_old_store_opened_by_several_at_once_is_migrated_once(tmp_path):
    import threading

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:3], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.close()
    errors: list[Exception] = []

    def open_it() -> None:
        try:
            Store(path).close()
        except Exception as err:
            errors.append(err)

    threads = [threading.Thread(target=open_it) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)


def test_a_cluster_s_index_terms_are_found_by_cluster(tmp_path):
    """Joining two figure clusters moves and deletes one cluster's index terms by its number:
    an index search, not a scan of every term of the store."""
    with Store(tmp_path / "news.db") as store:
        plan = store.db.execute(
            "EXPLAIN QUERY PLAN DELETE FROM figure_terms WHERE cluster = 3"
        ).fetchall()
    assert "figure_terms_cluster" in " ".join(str(tuple(row)) for row in plan)


def test_a_version_7_store_gets_the_members_of_its_joint_statements(tmp_path):
    from whatweknow import Article, run

    path = tmp_path / "old.db"
    text = (
        "Mark Marsden, a fellow at the Stimson Center, and Mark Kessian, an adviser at CSIS, "
        "spoke on Monday. Mr. Marsden and Mr. Kessian said the troops were unlikely to change "
        "the war."
    )
    with Store(path) as store:
        for result in run([Article(raw=text, origin="a.txt", kind="text")]):
            store.add(result)
        made = store.statement_members([d["id"] for d in store.documents()])
    assert [(name, kind) for _, _, name, kind, _ in made] == [
        ("Mark Marsden", "person"),
        ("Mark Kessian", "person"),
    ]
    old = sqlite3.connect(path)
    old.executescript(
        "BEGIN; DROP TABLE statement_members; DROP INDEX figure_terms_cluster; "
        "PRAGMA user_version = 7; COMMIT;"
    )
    old.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        ids = [d["id"] for d in store.documents()]
        assert store.statement_members(ids) == made
