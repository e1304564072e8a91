"""How long each page of `wwk serve` takes on the seed plus BASIL's 216 articles.

    python benchmarks/web_latency.py ../shared/data/basil [--store basil.db] [--repeat 5]

Builds the store (or reuses one), then requests every page through the app in-process and
prints the median time per page in a Markdown table (target: under 300 ms each).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))

from basil import ingest, to_jsonl
from fastapi.testclient import TestClient

from whatweknow import Store, read
from whatweknow.pipeline import ingest_into
from whatweknow.web import create_app

SEED = Path(__file__).resolve().parents[1] / "examples" / "north-korean-troops.txt"


def build(basil: Path) -> Path:
    workdir = Path(tempfile.mkdtemp(prefix="web-bench-"))
    db = workdir / "web.db"
    to_jsonl(basil, workdir / "basil.jsonl")
    ingest(workdir / "basil.jsonl", db)
    with Store(db) as store:
        ingest_into(
            store, read([str(SEED)], overrides={"published": "2024-11-05", "outlet": "BBC"})
        )
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path)
    parser.add_argument("--store", type=Path, help="an existing store to serve")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = args.store or build(args.basil)
    client = TestClient(create_app(db, "token"))
    documents = client.get("/api/documents", params={"limit": 1000}).json()
    seed = next(d["id"] for d in documents if d["outlet"] == "BBC")
    figures = client.get("/api/figures", params={"about": "north korean troops"}).json()
    pages = [
        "/",
        "/search?q=Trump",
        f"/documents/{seed}",
        "/brief?about=north+korean+troops",
        "/brief?about=Trump",
        "/brief",
        "/speakers/Donald%20Trump",
        f"/figures/{figures[0]['id']}?about=north+korean+troops",
        "/ingest",
        "/api/brief?about=north+korean+troops",
        "/api/statements?speaker=Donald%20Trump",
    ]
    print(f"{len(documents)} documents in the store\n")
    print("| page | median ms | max ms | status |")
    print("| --- | ---: | ---: | ---: |")
    for path in pages:
        times, status = [], 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            status = client.get(path).status_code
            times.append((time.perf_counter() - started) * 1000)
        print(f"| `{path}` | {statistics.median(times):.0f} | {max(times):.0f} | {status} |")


if __name__ == "__main__":
    main()
