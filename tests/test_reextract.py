"""`wwk reextract`: stored documents cleaned and extracted again from their raw text, in place;
ids that no clean setting changes; a killed run resumes; an old store keeps working."""

from __future__ import annotations

import hashlib
import json
import signal
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from whatweknow import Store, __version__, read, run
from whatweknow.cli import cli
from whatweknow.model import Extraction, document_id
from whatweknow.store.migrations import MIGRATIONS

from .conftest import FIXTURES, SEED, assert_spans_point_into_text


@pytest.fixture
def store_path(tmp_path):
    path = tmp_path / "news.db"
    result = CliRunner().invoke(
        cli, ["ingest", str(path), str(SEED), str(FIXTURES / "coverage.jsonl"), "--workers", "1"]
    )
    assert result.exit_code == 0, result.stderr
    return path


def _age(path, where="1"):
    """Make the matching documents look extracted by an older version, with records lost."""
    with sqlite3.connect(path) as db:
        ids = [r[0] for r in db.execute(f"SELECT id FROM documents WHERE {where}")]
        for document_id_ in ids:
            db.execute(
                "UPDATE extractions SET extractor = json_set(extractor, '$.version', '0.0.1'), "
                "record = json_set(record, '$.extractor.version', '0.0.1') WHERE document_id = ?",
                (document_id_,),
            )
            db.execute("DELETE FROM statements WHERE document_id = ?", (document_id_,))
    return ids


def _snapshot(path):
    with Store(path) as store:
        return {
            d["id"]: (
                store.extraction(d["id"]),
                len(store.records("statements", [d["id"]])),
                store.db.execute(
                    "SELECT count(*), count(DISTINCT id) FROM figure_keys WHERE document_id = ?",
                    (d["id"],),
                ).fetchone()[:],
            )
            for d in store.documents()
        }


def test_reextract_redoes_the_documents_an_older_version_made_and_only_those(store_path):
    before = _snapshot(store_path)
    aged = _age(store_path, "outlet = 'Test Wire' OR title LIKE 'What we know%'")
    assert 0 < len(aged) < len(before)
    result = CliRunner().invoke(cli, ["reextract", str(store_path), "--workers", "1"])
    assert result.exit_code == 0, result.stderr
    assert f"re-extracted {len(aged)} (clean text changed in 0), failed 0" in result.stderr
    assert _snapshot(store_path) == before  # ids, records and the version that made them
    with Store(store_path) as store:
        versions = {
            json.loads(r[0])["version"]
            for r in store.db.execute("SELECT extractor FROM extractions")
        }
        assert versions == {__version__}
        assert store.pending_reextract() == []


def test_reextract_where_narrows_and_a_bad_condition_is_a_usage_error(store_path):
    aged = _age(store_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["reextract", str(store_path), "--where", "title LIKE 'What we%'"])
    assert result.exit_code == 0, result.stderr
    assert "re-extracted 1 " in result.stderr
    with Store(store_path) as store:
        stale = [
            r[0]
            for r in store.db.execute(
                "SELECT document_id FROM extractions WHERE json_extract(extractor, '$.version') = '0.0.1'"
            )
        ]
    assert len(stale) == len(aged) - 1
    bad = runner.invoke(cli, ["reextract", str(store_path), "--where", "colour = 'red'"])
    assert bad.exit_code == 2
    assert "no such column: colour" in bad.stderr and "--where \"outlet = 'BBC'\"" in bad.stderr


def test_new_clean_settings_change_the_text_but_never_the_id(store_path, tmp_path):
    seed_id = document_id(SEED.read_text("utf-8"))
    with Store(store_path) as store:
        assert "soldiers their" in store.document(seed_id)["text"]
        ids = [d["id"] for d in store.documents()]
    settings = tmp_path / "no-splitting.toml"
    settings.write_text("[clean]\nmin_part_zipf = 9.0\n", "utf-8")  # split no glued words
    result = CliRunner().invoke(
        cli, ["--settings", str(settings), "reextract", str(store_path), "--all"]
    )
    assert result.exit_code == 0, result.stderr
    assert "clean text changed in 1)" in result.stderr
    with Store(store_path) as store:
        assert [d["id"] for d in store.documents()] == ids
        row = store.document(seed_id)
        assert "soldierstheir" in row["text"]
        record = store.extraction(seed_id)
        assert record["document"]["id"] == seed_id
        assert_spans_point_into_text(record, row["text"])
        assert [h["id"] for h in store.search("soldierstheir")] == [seed_id]  # index follows
        assert store.has_signature(seed_id)


def test_a_document_id_is_the_hash_of_its_raw_text_not_of_its_cleaning():
    raw = SEED.read_text("utf-8")
    (extraction,) = run(read([str(SEED)]))
    assert extraction.document.id == document_id(raw) == document_id(raw.replace("\n", "\r\n"))
    assert (
        extraction.document.id != hashlib.sha256(extraction.document.text.encode()).hexdigest()[:16]
    )


def test_a_store_with_ids_of_the_clean_text_is_migrated_and_keeps_them(tmp_path, nlp):
    (extraction,) = [r for r in run(read([str(SEED)]), nlp=nlp) if isinstance(r, Extraction)]
    doc, record = extraction.document, extraction.to_dict()
    old_id = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:16]  # ids before schema 7
    record["document"]["id"] = old_id
    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:6], start=1):
        old.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    old.execute(
        "INSERT INTO documents (id, title, origin, kind, text, raw, offsets, captions, "
        "ingested_at) VALUES (?,?,?,?,?,?,?,?,?)",
        (old_id, doc.title, doc.origin, doc.kind, doc.text, doc.raw, "[]", "[]", "2024-11-05"),
    )
    old.execute(
        "INSERT INTO extractions VALUES (?,?,?)",
        (old_id, json.dumps({"version": "0.0.9"}), json.dumps(record)),
    )
    old.commit()
    old.close()
    with Store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.has(old_id) and store.has(doc.id)  # found by its old id and its key
        assert store.add(extraction) is False  # the same article again is not stored twice
        assert [h["id"] for h in store.search("Cancian")] == [old_id]  # index rebuilt
    result = CliRunner().invoke(cli, ["reextract", str(path)])
    assert result.exit_code == 0, result.stderr
    with Store(path) as store:
        assert [d["id"] for d in store.documents()] == [old_id]
        assert len(store.records("statements", [old_id])) == len(extraction.statements) > 0
        assert store.extraction(old_id)["document"]["id"] == old_id


def test_the_full_text_index_is_declared_as_datasette_detects_it(tmp_path):
    # datasette's detect_fts(): a virtual table USING FTS with content="documents" (not the
    # content='documents' of schemas before 7, which datasette did not see)
    detect = """select name from sqlite_master where rootpage = 0 and (
        sql like '%VIRTUAL TABLE%USING FTS%content="documents"%'
        or sql like '%VIRTUAL TABLE%USING FTS%content=[documents]%'
        or (tbl_name = 'documents' and sql like '%VIRTUAL TABLE%USING FTS%'))"""
    old = sqlite3.connect(tmp_path / "old.db")
    for number, script in enumerate(MIGRATIONS[:6], start=1):
        old.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    assert old.execute(detect).fetchall() == []
    old.close()
    for name in ("old.db", "new.db"):
        with Store(tmp_path / name) as store:
            assert [tuple(r) for r in store.db.execute(detect)] == [("documents_fts",)]


@pytest.fixture
def thirty_articles(tmp_path):
    path = tmp_path / "thirty.jsonl"
    with path.open("w") as out:
        for i in range(30):
            text = (
                f"Officials said {1000 + i} troops had arrived in region {i} on Tuesday. "
                f"The ministry said the convoy number {i} travelled {10 + i} km overnight."
            )
            out.write(json.dumps({"text": text, "title": f"Story {i}"}) + "\n")
    return path


# `wwk reextract`, killed with SIGKILL inside the sixth document's transaction: at a fixed
# point, not by a timer racing the machine's load (five documents done, the sixth undone).
KILLED_AT_THE_SIXTH = """
import os, signal, sys
from whatweknow.cli import cli
from whatweknow.store import Store
finish = Store.done_reextract
finished = []
def finish_or_die(self, document_id):
    finished.append(document_id)
    if len(finished) == 6:
        os.kill(os.getpid(), signal.SIGKILL)
    return finish(self, document_id)
Store.done_reextract = finish_or_die
cli(sys.argv[1:])
"""


def test_a_killed_reextract_resumes_where_it_stopped(tmp_path, thirty_articles):
    db = tmp_path / "news.db"
    wwk = [sys.executable, "-m", "whatweknow"]
    subprocess.run(
        [*wwk, "ingest", str(db), str(thirty_articles), "--workers", "1"],
        check=True,
        capture_output=True,
    )
    before = _snapshot(db)
    arguments = ["reextract", str(db), "--all", "--workers", "1"]
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_AT_THE_SIXTH, *arguments], capture_output=True, text=True
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with sqlite3.connect(db) as conn:
        left = conn.execute("SELECT count(*) FROM reextract_pending").fetchone()[0]
    assert left == 25  # five done; the sixth, killed inside its transaction, still listed
    rerun = subprocess.run([*wwk, *arguments], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert "resuming an interrupted reextract" in rerun.stderr
    assert int(rerun.stderr.split("re-extracted ")[1].split()[0]) == 25  # only what was left
    assert _snapshot(db) == before  # nothing lost, nothing doubled


def test_a_failed_copy_check_keeps_the_new_records_and_is_reported(store_path, monkeypatch):
    from whatweknow.merge import Linker
    from whatweknow.reextract import plan, reextract

    def broken(*_args):
        raise RuntimeError("no signatures today")

    monkeypatch.setattr(Linker, "link", broken)
    seed_id = document_id(SEED.read_text("utf-8"))
    with Store(store_path) as store:
        store.db.execute("DELETE FROM signatures WHERE document_id = ?", (seed_id,))
        store.db.commit()
        ids, resumed = plan(store, where=f"id = '{seed_id}'", everything=True)
        assert (ids, resumed) == ([seed_id], False)
        counts = reextract(store, ids, workers=1)
        assert counts == {"reextracted": 1, "text_changed": 0, "failed": 1}
        assert store.pending_reextract() == []
        assert store.records("statements", [seed_id])
        (failure,) = store.failures()
        assert failure["stage"] == "link" and "no signatures today" in failure["message"]
