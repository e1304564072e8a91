"""How long each page of `wwk serve` takes on the seed plus BASIL's 216 articles, idle and while
an ingest runs.

    python benchmarks/web_latency.py ../shared/data/basil [--store basil.db] [--repeat 5]

Builds the store (or reuses one), serves it with uvicorn on a free local port, and requests
every page: first with nothing else going on, then while `POST /api/ingest` parses a long new
article in the background (the ingest runs in a worker thread, so pages keep answering).
Prints a Markdown table of the median and the largest time per page in each case.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))

from basil import ingest, to_jsonl

from whatweknow import Store, read
from whatweknow.pipeline import ingest_into
from whatweknow.web import create_app

SEED = Path(__file__).resolve().parents[1] / "examples" / "north-korean-troops.txt"
TOKEN = "bench-token"


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


def serve(db: Path) -> tuple[str, uvicorn.Server, threading.Thread]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(db, TOKEN), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, thread


def timed(client: httpx.Client, path: str) -> tuple[float, int]:
    started = time.perf_counter()
    status = client.get(path).status_code
    return (time.perf_counter() - started) * 1000, status


def long_article(db: Path, words: int) -> str:
    """A new article (never stored before) of about `words` words, made of stored texts."""
    with Store(db) as store:
        texts = store.texts([d["id"] for d in store.documents(60)])
    body = "\n\n".join(texts.values())
    return f"Benchmark article {time.time_ns()}.\n\n" + " ".join(body.split()[:words])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path)
    parser.add_argument("--store", type=Path, help="an existing store to serve")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--words", type=int, default=12_000, help="size of the ingested article")
    args = parser.parse_args()
    db = args.store or build(args.basil)
    base, server, thread = serve(db)
    client = httpx.Client(base_url=base, timeout=120)
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
        "/compare?about=Trump",
        "/documents",
        "/speakers",
        f"/speakers/{quote('Donald Trump')}",
        "/figures?status=disputed",
        f"/figures/{figures[0]['id']}?about=north+korean+troops",
        "/ingest",
        "/docs",
        "/api/brief?about=north+korean+troops",
        f"/api/statements?speaker={quote('Donald Trump')}",
    ]
    idle: dict[str, list[float]] = {}
    for path in pages:
        idle[path] = [timed(client, path)[0] for _ in range(args.repeat)]

    busy: dict[str, list[float]] = {path: [] for path in pages}
    ingesting = threading.Event()
    finished: list[float] = []

    def ingest_one() -> None:
        text = long_article(db, args.words)
        ingesting.set()
        started = time.perf_counter()
        httpx.post(
            f"{base}/api/ingest",
            data={"text": text, "title": "Benchmark"},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=600,
        )
        finished.append(time.perf_counter() - started)

    worker = threading.Thread(target=ingest_one)
    worker.start()
    ingesting.wait()
    rounds = 0
    while worker.is_alive() and rounds < args.repeat:
        for path in pages:
            if worker.is_alive():
                busy[path].append(timed(client, path)[0])
        rounds += 1
    worker.join()
    print(
        f"{len(documents)} documents in the store; the ingest of {args.words:,} words took "
        f"{finished[0]:.1f} s; pages timed during it: {sum(map(len, busy.values()))}\n"
    )
    print("| page | idle median ms | idle max ms | ingesting median ms | ingesting max ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for path in pages:
        during = busy[path]
        shown = f"{statistics.median(during):.0f} | {max(during):.0f}" if during else "– | –"
        print(
            f"| `{path}` | {statistics.median(idle[path]):.0f} | {max(idle[path]):.0f} | {shown} |"
        )
    server.should_exit = True
    thread.join(timeout=10)


if __name__ == "__main__":
    main()
