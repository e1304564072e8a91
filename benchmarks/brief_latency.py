"""How long `wwk brief` takes on stores of 1,000 and 10,000 documents.

    python benchmarks/brief_latency.py ../shared/data/basil --sizes 1000 10000

Builds a base store from real articles (BASIL's triplets, through the whole pipeline), then
grows it to each size by copying the stored rows under new document ids (cheap, and the brief
does the same work as on distinct articles; a copy's figures keep their clusters, as ingesting
the same text again would give them). For everything and for an --about query, with the
default rows and with --all, it times building the brief and rendering Markdown and HTML in
this process, and the whole `wwk brief` command (a fresh process: start-up, import, build,
Markdown). Each number is the best of --repeat runs. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))

from basil import ingest, to_jsonl

from whatweknow import Store
from whatweknow.brief import brief_html, brief_markdown, build

TABLES = (
    "documents",
    "extractions",
    "entities",
    "statements",
    "figures",
    "events",
    "questions",
    "speakers",
)


def grow(db: Path, size: int) -> None:
    """Copy the base documents under new ids until the store holds `size` documents."""
    conn = sqlite3.connect(db)
    base = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY rowid")]
    have = len(base)
    while have < size:
        for source in base:
            if have >= size:
                break
            new = hashlib.sha256(f"{source}:{have}".encode()).hexdigest()[:16]
            with conn:
                conn.execute(
                    "INSERT INTO documents SELECT ?, title, url, published, outlet, author, "
                    "origin, kind, text, raw, offsets, captions, ingested_at, locale "
                    "FROM documents WHERE id = ?",
                    (new, source),
                )
                for table in TABLES[1:]:
                    columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})")]
                    rest = ", ".join(c for c in columns if c != "document_id")
                    conn.execute(
                        f"INSERT INTO {table} (document_id, {rest}) "
                        f"SELECT ?, {rest} FROM {table} WHERE document_id = ?",
                        (new, source),
                    )
            have += 1
    conn.close()


def timed(
    store: Store, about: str | None, everything: bool, repeat: int
) -> tuple[float, float, float, int]:
    best = [float("inf")] * 3
    for _ in range(repeat):
        started = time.perf_counter()
        made = build(store, about=about, everything=everything)
        built = time.perf_counter() - started
        started = time.perf_counter()
        brief_markdown(made)
        markdown = time.perf_counter() - started
        started = time.perf_counter()
        brief_html(made, store)
        html = time.perf_counter() - started
        best = [min(b, t) for b, t in zip(best, (built, markdown, html), strict=True)]
    return best[0], best[1], best[2], made["coverage"]["articles"]


def command(db: Path, about: str | None, everything: bool, repeat: int) -> float:
    """Wall time of `wwk brief` in a fresh process, Markdown to /dev/null."""
    args = [sys.executable, "-m", "whatweknow", "brief", str(db)]
    args += ["--about", about] if about else []
    args += ["--all"] if everything else []
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - started)
    return best


HEADER = (
    "| documents in store | selection | rows | documents briefed | build s | Markdown s | HTML s "
    "| `wwk brief` s |\n| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |"
)


def report(db: Path, size: int, about: str, repeat: int) -> None:
    with Store(db) as store:
        for selection in (None, about):
            for everything in (False, True):
                built, markdown, html, n = timed(store, selection, everything, repeat)
                wall = command(db, selection, everything, repeat)
                label = f"--about {selection}" if selection else "everything"
                rows = "all" if everything else "default (40)"
                print(
                    f"| {size:,} | {label} | {rows} | {n:,} | {built:.2f} | {markdown:.2f} "
                    f"| {html:.2f} | {wall:.2f} |"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path, help="../shared/data/basil")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--about", default="Trump")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--store", type=Path, help="time this existing store instead of building one"
    )
    args = parser.parse_args()
    if args.store:
        print(HEADER)
        with Store(args.store) as store:
            size = store.count()
        report(args.store, size, args.about, args.repeat)
        return
    workdir = Path(tempfile.mkdtemp(prefix="brief-bench-"))
    db = workdir / "bench.db"
    to_jsonl(args.basil, workdir / "basil.jsonl")
    count, seconds = ingest(workdir / "basil.jsonl", db)
    print(f"base store: {count} BASIL articles ingested in {seconds:.0f} s\n")
    print(HEADER)
    for size in args.sizes:
        grow(db, size)
        report(db, size, args.about, args.repeat)


if __name__ == "__main__":
    main()
