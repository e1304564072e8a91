"""The store under faults: a kill mid-document, read-only disks, someone else's SQLite file, an
older store; and ingest workers that end with their parent (issue 18)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow import Store, StoreError, read, run
from whatweknow.cli import cli
from whatweknow.merge import syndication
from whatweknow.pipeline import ingest_into

from .conftest import FIXTURES, SEED


@pytest.fixture(scope="module")
def results(nlp):
    return list(run(read([str(FIXTURES / "coverage.jsonl")]), nlp=nlp))


def _table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "extractions", "signatures", "bands", "copies", "figures")
        }


# -- a document and its copy-detection signature: one transaction ----------------------------


def test_an_interrupt_while_looking_for_copies_stores_nothing_of_the_document(
    tmp_path, results, monkeypatch
):
    db = tmp_path / "news.db"

    def interrupted(self, *args):
        raise KeyboardInterrupt  # Ctrl-C, or a kill, between the document and its signature

    monkeypatch.setattr(syndication.Linker, "link", interrupted)
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        ingest_into(store, results, extracted=True)
    assert _table_counts(db)["documents"] == 0  # was: stored, with no signature, never re-linked
    monkeypatch.undo()
    with Store(db) as store:
        counts = ingest_into(store, results, extracted=True)
    assert counts["ingested"] == len(results)
    stored = _table_counts(db)
    assert stored["documents"] == stored["signatures"] == len(results)
    assert stored["copies"] == 1  # the wire story and its reprint, linked on the rerun


def test_a_failure_to_find_copies_keeps_the_document_and_says_so(tmp_path, results, monkeypatch):
    db = tmp_path / "news.db"
    real = syndication.Linker.link

    def half_done(self, document_id, text, published):
        real(self, document_id, text, published)  # signature and bands written...
        raise RuntimeError("boom")  # ...then a bug

    monkeypatch.setattr(syndication.Linker, "link", half_done)
    with Store(db) as store:
        counts = ingest_into(store, results[:1], extracted=True)
        (failure,) = store.failures()
    assert counts == {"ingested": 1, "duplicates": 0, "failed": 1}
    assert failure["stage"] == "link" and "RuntimeError: boom" in failure["message"]
    stored = _table_counts(db)
    assert stored["documents"] == 1
    assert stored["signatures"] == stored["bands"] == 0  # the half-done link undone, not half kept


def test_a_killed_ingest_with_two_workers_never_leaves_a_document_without_its_signature(
    tmp_path,
):
    dump = tmp_path / "many.jsonl"
    with dump.open("w") as out:
        for i in range(80):
            text = (
                f"Officials said {1000 + i} troops had arrived in region {i} on Tuesday. "
                f"The ministry said convoy {i} travelled {10 + i} km overnight."
            )
            out.write(json.dumps({"text": text, "title": f"Story {i}"}) + "\n")
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "whatweknow", "ingest", str(db), str(dump)]
    process = subprocess.Popen(
        [*command, "--workers", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    stored = _wait_for_documents(db, process, at_least=10)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < stored < 80, "the run was not interrupted half-way"
    counts = _table_counts(db)
    assert counts["documents"] == counts["signatures"]
    rerun = subprocess.run([*command, "--workers", "1"], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    counts = _table_counts(db)
    assert counts["documents"] == counts["signatures"] == 80


def _wait_for_documents(db: Path, process: subprocess.Popen, at_least: int) -> int:
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and process.poll() is None and stored < at_least:
        time.sleep(0.1)
        with contextlib.suppress(sqlite3.Error), sqlite3.connect(db, timeout=1) as conn:
            stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    return stored


# -- workers end with their parent -----------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_exit_when_the_ingest_parent_is_killed(tmp_path):
    dump = tmp_path / "many.jsonl"
    with dump.open("w") as out:
        for i in range(400):
            out.write(json.dumps({"text": f"Officials said {i} troops arrived."}) + "\n")
    command = ["ingest", str(tmp_path / "n.db"), str(dump), "--workers", "2"]
    process = subprocess.Popen(
        [sys.executable, "-m", "whatweknow", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.time() + 60
        while time.time() < deadline and len(workers) < 2:
            time.sleep(0.2)
            workers = _children(process.pid)
        assert len(workers) == 2, "the workers never started"
        time.sleep(1.0)  # inside their initialiser or at work
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.time() + 10
        while time.time() < deadline and any(_alive(w) for w in workers):
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), "workers outlived their parent"
    finally:
        process.kill()
        for pid in workers:  # only if the test failed: they are ours to end
            with contextlib.suppress(OSError):
                if _alive(pid):
                    os.kill(pid, signal.SIGKILL)


# -- read-only stores, foreign files, older stores -----------------------------------------------


@pytest.fixture(scope="module")
def store_file(tmp_path_factory):
    db = tmp_path_factory.mktemp("ro") / "news.db"
    result = CliRunner().invoke(cli, ["ingest", str(db), str(SEED), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def test_a_read_only_store_refuses_writes(store_file, results):
    with Store(store_file, read_only=True) as store:
        assert store.count() == 1
        with pytest.raises(StoreError, match="readonly"):
            store.add(results[0])


@pytest.fixture
def immutable_store(store_file, tmp_path):
    """A copy of the store on what is, even for root, a read-only disk (chattr +i on the file
    and its folder: no -wal or -shm file can be made)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "news.db"
    with sqlite3.connect(store_file) as source, sqlite3.connect(db) as target:
        source.backup(target)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
    for extra in folder.glob("news.db-*"):
        extra.unlink()
    made = subprocess.run(["chattr", "+i", str(db), str(folder)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not allowed here: {made.stderr.decode().strip()}")
    try:
        yield db
    finally:
        subprocess.run(["chattr", "-i", str(db), str(folder)], check=False)


def test_the_reading_commands_work_on_a_read_only_disk(immutable_store):
    runner = CliRunner()
    docs = runner.invoke(cli, ["docs", str(immutable_store)])
    assert docs.exit_code == 0, docs.output  # was: "unable to open database file"
    document_id = docs.stdout.split("\t")[0]
    for command in (
        ["show", str(immutable_store), document_id],
        ["search", str(immutable_store), "troops"],
        ["brief", str(immutable_store)],
    ):
        result = runner.invoke(cli, command)
        assert result.exit_code == 0, (command, result.output)
    from fastapi.testclient import TestClient

    from whatweknow.web import create_app

    client = TestClient(create_app(immutable_store))
    assert client.get("/").status_code == 200
    assert client.get("/health").json()["documents"] == 1


def test_someone_elses_sqlite_file_gets_no_tables(tmp_path):
    theirs = tmp_path / "theirs.db"
    with sqlite3.connect(theirs) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER, total REAL)")
    runner = CliRunner()
    docs = runner.invoke(cli, ["docs", str(theirs)])
    assert docs.exit_code == 1
    assert "not a whatweknow store" in docs.stderr
    ingest = runner.invoke(cli, ["ingest", str(theirs), str(SEED), "--workers", "1"])
    assert ingest.exit_code == 1
    assert "a SQLite file that is not a whatweknow store (it has tables invoices)" in ingest.stderr
    with sqlite3.connect(theirs) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert tables == ["invoices"]  # was: 20 tables added by `wwk docs`


def test_an_empty_file_is_no_store_to_read_but_one_to_ingest_into(tmp_path):
    empty = tmp_path / "new.db"
    empty.touch()
    runner = CliRunner()
    docs = runner.invoke(cli, ["docs", str(empty)])
    assert docs.exit_code == 1 and "not a whatweknow store" in docs.stderr
    ingest = runner.invoke(cli, ["ingest", str(empty), str(SEED), "--workers", "1"])
    assert ingest.exit_code == 0, ingest.output


def test_an_older_store_is_upgraded_once_by_a_reading_command(tmp_path):
    from whatweknow.store import _statements
    from whatweknow.store.migrations import MIGRATIONS

    old = tmp_path / "old.db"
    with sqlite3.connect(old) as conn:  # a store made before the last migration
        for script in MIGRATIONS[:-1]:
            for statement in _statements(script):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    with Store(old, read_only=True) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.count() == 0
