"""Scale: parallel workers, streaming, a kill and a rerun, and batch mode on a LocalCluster."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from whatweknow import Store, read, run
from whatweknow.cli import cli
from whatweknow.model import Extraction

from .conftest import FIXTURES, SEED


def _records(db):
    with Store(db) as store:
        return {d["id"]: store.extraction(d["id"]) for d in store.documents()}


def _without_times(record):
    return {k: v for k, v in record.items() if k != "extractor"}


def test_two_workers_give_the_same_results_in_the_same_order():
    inputs = [str(SEED), str(FIXTURES / "coverage.jsonl"), str(FIXTURES / "feed.xml")]
    one = [r.to_dict() if isinstance(r, Extraction) else r for r in run(read(inputs))]
    two = [r.to_dict() if isinstance(r, Extraction) else r for r in run(read(inputs), workers=2)]
    assert one == two


def test_ingest_with_workers_stores_what_a_single_process_stores(tmp_path):
    runner = CliRunner()
    for name, workers in (("one.db", "1"), ("two.db", "2")):
        result = runner.invoke(
            cli,
            [
                "ingest",
                str(tmp_path / name),
                str(FIXTURES / "coverage.jsonl"),
                "--workers",
                workers,
            ],
        )
        assert result.exit_code == 0, result.output
    assert _records(tmp_path / "one.db") == _records(tmp_path / "two.db")


@pytest.fixture
def many_articles(tmp_path):
    """60 short distinct articles in one JSONL file (written for this test)."""
    path = tmp_path / "many.jsonl"
    with path.open("w") as out:
        for i in range(60):
            text = (
                f"Officials said {1000 + i} troops had arrived in region {i} on Tuesday. "
                f"The ministry said the convoy number {i} travelled {10 + i} km overnight."
            )
            out.write(
                json.dumps({"text": text, "title": f"Story {i}", "outlet": "Test Wire"}) + "\n"
            )
    return path


def test_a_killed_ingest_resumes_with_nothing_lost_or_duplicated(tmp_path, many_articles):
    db = tmp_path / "news.db"
    command = [
        sys.executable,
        "-m",
        "whatweknow",
        "ingest",
        str(db),
        str(many_articles),
        "--workers",
        "1",
    ]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 5:
            process.send_signal(signal.SIGKILL)
            break
    process.wait()
    assert 0 < stored < 60, "the run was not interrupted half-way"
    rerun = subprocess.run(command, capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 60
        assert conn.execute("SELECT count(DISTINCT id) FROM documents").fetchone()[0] == 60
        assert conn.execute("SELECT count(*) FROM extractions").fetchone()[0] == 60


def test_batch_on_a_local_cluster_gives_exactly_what_ingest_gives(tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    lines = (FIXTURES / "coverage.jsonl").read_text("utf-8").splitlines()
    (shards / "a.jsonl").write_text("\n".join(lines[:4]) + "\n", "utf-8")
    (shards / "b.jsonl").write_text("\n".join(lines[4:]) + "\n", "utf-8")
    runner = CliRunner()
    batched = runner.invoke(
        cli, ["batch", str(shards / "*.jsonl"), str(tmp_path / "out"), "--local", "1"]
    )
    assert batched.exit_code == 0, batched.output
    loaded = runner.invoke(cli, ["load", str(tmp_path / "batch.db"), str(tmp_path / "out")])
    assert loaded.exit_code == 0, loaded.output
    ingested = runner.invoke(
        cli,
        ["ingest", str(tmp_path / "ingest.db"), str(shards / "a.jsonl"), str(shards / "b.jsonl")],
    )
    assert ingested.exit_code == 0, ingested.output
    assert _records(tmp_path / "batch.db") == _records(tmp_path / "ingest.db")
    with Store(tmp_path / "batch.db") as a, Store(tmp_path / "ingest.db") as b:
        assert a.copies() == b.copies()  # the wire story and its reprint are linked either way
    again = runner.invoke(
        cli, ["batch", str(shards / "*.jsonl"), str(tmp_path / "out"), "--local", "1"]
    )
    assert "shards processed 0, skipped 2" in again.stderr
