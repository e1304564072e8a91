"""Ingest 10,000 documents with `wwk ingest`, tracing memory; optionally kill it half-way and
rerun to show nothing is lost or duplicated.

    python benchmarks/ingest_10k.py ../shared/data/polnear [--documents 10000] [--kill-at 5000]

The documents are made from PolNeAR's train articles: document i is two consecutive
paragraphs of one article plus a line naming it ("Brief 4711."), so every document is distinct
and the set is as large as asked. The JSONL goes through `wwk ingest --workers 2` in a child
process; every two seconds the script reads the stored count from the database and the
resident memory of the command and of each worker (psutil, which the `batch` extra brings).
Prints the trace and a summary as Markdown.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil


def generate(polnear: Path, count: int, path: Path) -> int:
    """Write `count` documents as JSONL; return their words."""
    paragraphs = []
    for text_file in sorted((polnear / "train" / "text").glob("*.txt")):
        parts = [p.strip() for p in text_file.read_text().split("\n\n") if len(p.split()) > 20]
        paragraphs += [(text_file.stem, parts[i], parts[i + 1]) for i in range(len(parts) - 1)]
    words = 0
    with path.open("w") as out:
        for number in range(count):
            name, first, second = paragraphs[number % len(paragraphs)]
            text = f"{first}\n\n{second}\n\nBrief {number}."
            words += len(text.split())
            record = {"id": f"{name}-{number}", "text": text, "outlet": f"Outlet {number % 40}"}
            out.write(json.dumps(record) + "\n")
    return words


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:  # not created yet
        return 0


def trace(command: list[str], db: Path, kill_at: int | None) -> tuple[list[tuple], bool]:
    """Run `command`, sampling (seconds, stored, main MB, [worker MB]) until it ends."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, start_new_session=True)
    process = psutil.Process(child.pid)
    samples: list[tuple] = []
    killed = False
    while child.poll() is None:
        try:
            main = process.memory_info().rss / 2**20
            workers = [c.memory_info().rss / 2**20 for c in process.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        count = stored(db)
        samples.append((time.perf_counter() - started, count, main, workers))
        if kill_at is not None and count >= kill_at:
            os.killpg(child.pid, signal.SIGKILL)  # the command and its workers, at once
            child.wait()
            killed = True
            break
        time.sleep(2)
    child.wait()
    samples.append((time.perf_counter() - started, stored(db), 0.0, []))
    return samples, killed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path, help="../shared/data/polnear")
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-at", type=int, help="kill -9 the run at this many documents")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="ingest-10k-"))
    data, db = workdir / "documents.jsonl", workdir / "news.db"
    words = generate(args.polnear, args.documents, data)
    print(f"{args.documents:,} documents, {words:,} words, {data.stat().st_size / 2**20:.0f} MB")
    command = [sys.executable, "-m", "whatweknow", "ingest", str(db), str(data)]
    command += ["--workers", str(args.workers)]
    runs = [trace(command, db, args.kill_at)]
    if runs[0][1]:
        print(f"killed with -9 at {runs[0][0][-1][1]:,} stored documents; rerunning")
        runs.append(trace(command, db, None))
    print("\n| run | seconds | documents stored | main MB | workers MB |")
    print("| ---: | ---: | ---: | ---: | --- |")
    for number, (samples, _) in enumerate(runs, start=1):
        step = max(1, len(samples) // 12)
        for seconds, count, main_mb, workers in samples[::step] + samples[-1:]:
            sizes = ", ".join(f"{w:.0f}" for w in workers) or "-"
            print(f"| {number} | {seconds:.0f} | {count:,} | {main_mb:.0f} | {sizes} |")
    seconds = sum(samples[-1][0] for samples, _ in runs)
    peak_main = max(s[2] for samples, _ in runs for s in samples)
    peak_worker = max((w for samples, _ in runs for s in samples for w in s[3]), default=0)
    with sqlite3.connect(db) as conn:
        count, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT id) FROM documents"
        ).fetchone()
        origins = conn.execute("SELECT count(DISTINCT origin) FROM documents").fetchone()[0]
    print(
        f"\n{count:,} documents stored ({distinct:,} distinct ids, {origins:,} distinct inputs) "
        f"of {args.documents:,} in {seconds:.0f} s ({args.documents / seconds:.1f} docs/s, "
        f"{words / seconds:,.0f} words/s); peak memory: command {peak_main:.0f} MB, largest "
        f"worker {peak_worker:.0f} MB."
    )


if __name__ == "__main__":
    main()
