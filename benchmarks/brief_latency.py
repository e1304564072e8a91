"""How long `wwk brief` takes on stores of 1,000 and 10,000 documents.

    python benchmarks/brief_latency.py ../shared/data/basil --sizes 1000 10000

Builds a base store from real articles (BASIL's triplets, through the whole pipeline), then
grows it to each size by copying the stored rows under new document ids (cheap, and the brief
does the same work as on distinct articles), and times building the brief for everything and
for an --about query, rendered as Markdown and as HTML. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))

from basil import ingest, to_jsonl

from whatweknow import Store
from whatweknow.brief import brief_html, brief_markdown, build

TABLES = ("documents", "extractions", "entities", "statements", "figures", "events", "questions")


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
    store: Store, about: str | None, limit: int | None = None
) -> tuple[float, float, float, int]:
    started = time.perf_counter()
    documents = store.select(about)[:limit] if limit else None
    made = build(store, about=about, documents=documents)
    built = time.perf_counter() - started
    started = time.perf_counter()
    brief_markdown(made)
    markdown = time.perf_counter() - started
    started = time.perf_counter()
    brief_html(made, store)
    html = time.perf_counter() - started
    return built, markdown, html, made["coverage"]["articles"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path, help="../shared/data/basil")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--about", default="Trump")
    parser.add_argument(
        "--store",
        type=Path,
        help="time an existing store's first N documents instead of building one",
    )
    args = parser.parse_args()
    if args.store:
        report_existing(args.store, args.sizes, args.about)
        return
    workdir = Path(tempfile.mkdtemp(prefix="brief-bench-"))
    db = workdir / "bench.db"
    to_jsonl(args.basil, workdir / "basil.jsonl")
    count, seconds = ingest(workdir / "basil.jsonl", db)
    print(f"base store: {count} BASIL articles ingested in {seconds:.0f} s\n")
    header = "documents in store | selection | documents briefed | build s | Markdown s | HTML s"
    print(f"| {header} | total s |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for size in args.sizes:
        grow(db, size)
        with Store(db) as store:
            for about in (None, args.about):
                built, markdown, html, n = timed(store, about)
                label = f"--about {about}" if about else "everything"
                print(
                    f"| {size:,} | {label} | {n:,} | {built:.2f} | {markdown:.2f} | {html:.2f} "
                    f"| {built + max(markdown, html):.2f} |"
                )


def report_existing(db: Path, sizes: list[int], about: str) -> None:
    header = "documents briefed | selection | build s | Markdown s | HTML s"
    print(f"| {header} |")
    print("| ---: | --- | ---: | ---: | ---: |")
    with Store(db) as store:
        for size in sizes:
            for selection in (None, about):
                built, markdown, html, n = timed(store, selection, size)
                label = f"--about {selection}" if selection else "everything"
                print(f"| {n:,} | {label} | {built:.2f} | {markdown:.2f} | {html:.2f} |")


if __name__ == "__main__":
    main()
