"""`wwk serve` under load, and the memory the bad inputs of issue 18 cost.

    python benchmarks/load.py ../shared/data/basil [--store basil.db] [--clients 30]
        [--seconds 30] [--skip-memory] [--skip-load]

Load: serves the store (the seed plus BASIL's 216 articles, built as in web_latency.py) with
`wwk serve` in its own process, then 30 clients request the pages people read, as fast as the
server answers, for `--seconds`: once with nothing else going on, once while a new article
(a PolNeAR text, about 900 words) is posted to `/api/ingest` every second. Prints requests
per second, the median, 99th percentile and largest latency, the status codes, dropped
connections and the server's largest memory.

Memory: runs `wwk ingest` (each in a fresh process) on a gzip bomb, a gzipped JSONL of 100 MB,
a 2 MB article, a 5 MB run of letters, a JSONL line of 30 MB and a long article under the
character limit, and posts the bomb to the server; prints the largest memory of the process
and its workers, the time and what the command said.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_latency import build

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "load-token"
WWK = [sys.executable, "-m", "whatweknow"]


# -- memory of a process tree ------------------------------------------------------------------


class Peak:
    """The largest resident memory of a process and its children, sampled every 20 ms."""

    def __init__(self, pid: int):
        self.process = psutil.Process(pid)
        self.mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                tree = [self.process, *self.process.children(recursive=True)]
                self.mb = max(self.mb, sum(p.memory_info().rss for p in tree) / 1e6)
            except psutil.Error:
                pass
            time.sleep(0.02)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.mb


def measured(command: list[str]) -> tuple[float, float, str]:
    """(seconds, largest MB, the last line of stderr) of a command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = Peak(process.pid)
    _, err = process.communicate()
    lines = err.decode().strip().splitlines()
    said = next((line for line in lines if line.startswith("error")), lines[-1])
    return time.perf_counter() - started, peak.stop(), said


def bad_inputs(folder: Path, polnear: Path) -> dict[str, Path]:
    """The inputs of the memory cases, written into `folder`."""
    made = {}
    bomb = folder / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as out:
        for _ in range(1000):
            out.write(b"a " * 500_000)  # 1 GB unpacked, about 1 MB packed
    made["gzip bomb (1 MB packed, 1 GB unpacked)"] = bomb
    texts = [p.read_text("utf-8") for p in sorted(polnear.glob("*.txt"))]
    dump = folder / "dump.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as out:
        size, n = 0, 0
        while size < 100_000_000:
            line = json.dumps({"text": texts[n % len(texts)] + f" ({n})"}) + "\n"
            out.write(line)
            size += len(line)
            n += 1
    made[f"gzipped JSONL, 100 MB unpacked ({n:,} lines; first 200 read)"] = dump
    article = folder / "two-mb.txt"
    article.write_text(("\n\n".join(texts) * 10)[:2_000_000], "utf-8")
    made["2 MB article"] = article
    run = folder / "run.txt"
    run.write_text("x" * 5_000_000, "utf-8")
    made["5 MB run of letters"] = run
    line = folder / "line.jsonl"
    line.write_bytes(b'{"text": "' + b"x" * 30_000_000 + b'"}\n')
    made["a 30 MB JSONL line"] = line
    long = folder / "long.txt"
    long.write_text(("\n\n".join(texts))[:290_000], "utf-8")
    made["290,000-character article (under the limit: parsed in parts)"] = long
    return made


def memory_cases(polnear: Path) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bad-inputs-"))
    print("| input | `wwk ingest` seconds | largest MB (with workers) | what it said |")
    print("| --- | ---: | ---: | --- |")
    for name, path in bad_inputs(folder, polnear).items():
        db = folder / f"{path.stem}.db"
        command = [*WWK, "ingest", str(db), str(path), "--workers", "2"]
        if path.name == "dump.jsonl.gz":  # 200 lines are enough to show it streams
            head = folder / "head.jsonl.gz"
            with gzip.open(path, "rb") as full, gzip.open(head, "wb") as out:
                for _ in range(200):
                    out.write(full.readline())
            # the size check and the stream: the whole dump is read line by line
            command = [*WWK, "ingest", str(db), str(head), "--workers", "2"]
        seconds, mb, said = measured(command)
        print(f"| {name} | {seconds:.1f} | {mb:,.0f} | {said[:140]} |")
    long_page(folder / "long.db")
    server_bomb(folder, folder / "bomb.txt.gz")


def long_page(db: Path) -> None:
    """How long the web app takes to show the long article's page and a brief of it."""
    from fastapi.testclient import TestClient

    from whatweknow.web import create_app

    client = TestClient(create_app(db))
    (document,) = client.get("/api/documents").json()
    for path in (f"/documents/{document['id']}", "/brief"):
        started = time.perf_counter()
        status = client.get(path).status_code
        print(f"\n`{path}` of the long article: {status} in {time.perf_counter() - started:.1f} s")


def server_bomb(folder: Path, bomb: Path) -> None:
    db = folder / "served.db"
    subprocess.run([*WWK, "ingest", str(db), str(ROOT / "examples" / "north-korean-troops.txt")])
    base, process = serve(db)
    try:
        before = psutil.Process(process.pid).memory_info().rss / 1e6
        peak = Peak(process.pid)
        started = time.perf_counter()
        answer = httpx.post(
            f"{base}/api/ingest",
            headers={"Authorization": f"Bearer {TOKEN}"},
            files={"upload": ("bomb.txt.gz", bomb.read_bytes(), "application/gzip")},
            timeout=300,
        )
        seconds = time.perf_counter() - started
        print(
            f"\nThe bomb posted to `wwk serve`: {answer.status_code} in {seconds:.1f} s, "
            f"server {before:,.0f} MB before, largest {peak.stop():,.0f} MB: "
            f"{answer.text[:160]}"
        )
    finally:
        process.terminate()
        process.wait(10)


# -- load ------------------------------------------------------------------------------------------


def serve(db: Path) -> tuple[str, subprocess.Popen]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "WWK_TOKEN": TOKEN}
    # the server's own log, read back when a request fails (LOAD_DEBUG names where it goes)
    log = open(os.environ.get("LOAD_DEBUG") or db.with_suffix(".server.log"), "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [*WWK, "serve", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return base, process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


async def load(
    base: str, pages: list[str], clients: int, seconds: float, articles: list[str] | None
) -> dict:
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    dropped: Counter[str] = Counter()
    failed: Counter[str] = Counter()  # "status path" of every answer that is not a 200
    ingests: list[tuple[int, float]] = []
    # one connection per client, always busy: an idle kept-alive connection closed by the
    # server would show as a dropped request that the server never saw
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with (
        httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client,
        httpx.AsyncClient(base_url=base, timeout=600) as writes,
    ):
        stop_at = time.perf_counter() + seconds

        async def reader(number: int) -> None:
            i = number
            while time.perf_counter() < stop_at:
                path = pages[i % len(pages)]
                i += 1
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    statuses[response.status_code] += 1
                    if response.status_code != 200:
                        failed[f"{response.status_code} {path}"] += 1
                except httpx.HTTPError as err:
                    dropped[type(err).__name__] += 1
                    failed[f"{type(err).__name__} {path}"] += 1
                    if os.environ.get("LOAD_DEBUG"):
                        print(path, repr(err), time.perf_counter() - started, file=sys.stderr)
                    continue
                latencies.append(time.perf_counter() - started)

        async def one_ingest(text: str) -> None:
            started = time.perf_counter()
            try:
                response = await writes.post(
                    "/api/ingest",
                    data={"text": text, "title": f"Load {time.time_ns()}"},
                    headers={"Authorization": f"Bearer {TOKEN}"},
                    timeout=600,
                )
                ingests.append((response.status_code, time.perf_counter() - started))
            except httpx.HTTPError as err:
                dropped[f"ingest {type(err).__name__}"] += 1

        async def writer() -> None:
            posted = []
            n = 0
            run = time.time_ns()  # a new text each time: a stored one is skipped unparsed
            while articles and time.perf_counter() < stop_at:
                text = f"{articles[n % len(articles)]}\n\n(Load run {run}, article {n}.)"
                posted.append(asyncio.create_task(one_ingest(text)))
                n += 1
                await asyncio.sleep(1.0)
            await asyncio.gather(*posted)

        started = time.perf_counter()
        await asyncio.gather(*(reader(i) for i in range(clients)), writer())
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "per_second": len(latencies) / seconds,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "max": latencies[-1] * 1000,
        "statuses": dict(statuses),
        "dropped": dict(dropped),
        "failed": failed,
        "ingests": ingests,
        "elapsed": elapsed,
    }


def load_cases(
    basil: Path,
    store: Path | None,
    polnear: Path,
    clients: int,
    seconds: float,
    cases: list[str],
    heavy: bool,
) -> None:
    db = store or build(basil)
    base, process = serve(db)
    try:
        documents = httpx.get(f"{base}/api/documents", params={"limit": 1000}).json()
        seed = next(d["id"] for d in documents if d["outlet"] == "BBC")
        other = documents[len(documents) // 2]["id"]
        # what a reader of one story opens, and (--heavy) the pages of the whole coverage:
        # the brief of every Trump article is 460 KB of HTML, 100 ms to render
        pages = [
            "/",
            "/search?q=troops",
            f"/documents/{seed}",
            "/brief?about=north+korean+troops",
            "/api/brief?about=north+korean+troops",
            "/api/search?q=troops",
            "/api/documents",
            "/health",
        ]
        if heavy:
            pages += [f"/documents/{other}", "/brief?about=Trump", "/speakers"]
        for path in pages:  # warm the caches, as a server that has run a while has them
            httpx.get(f"{base}{path}", timeout=120)
        httpx.post(  # and has started its ingest process
            f"{base}/api/ingest",
            data={"text": f"Officials said {time.time_ns()} people were counted on Monday."},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=300,
        )
        articles = [p.read_text("utf-8") for p in sorted(polnear.glob("*.txt"))[:120]]
        print(
            f"{len(documents)} documents; {clients} clients for {seconds:g} s over "
            f"{len(pages)} pages\n"
        )
        print(
            "| case | requests/s | p50 ms | p99 ms | max ms | statuses | dropped "
            "| ingests (status: count, median s) | server MB |"
        )
        print("| --- | ---: | ---: | ---: | ---: | --- | --- | --- | ---: |")
        failures: Counter[str] = Counter()
        for case in cases:
            name, posted = ("idle", None) if case == "idle" else ("one ingest a second", articles)
            peak = Peak(process.pid)
            result = asyncio.run(load(base, pages, clients, seconds, posted))
            mb = peak.stop()
            done = Counter(status for status, _ in result["ingests"])
            took = [s for _, s in result["ingests"]]
            ingested = f"{dict(done)}, {statistics.median(took):.1f} s" if took else "–"
            print(
                f"| {name} | {result['per_second']:.0f} | {result['p50']:.0f} | "
                f"{result['p99']:.0f} | {result['max']:.0f} | {result['statuses']} | "
                f"{result['dropped'] or 0} | {ingested} | {mb:,.0f} |"
            )
            failures.update(result["failed"])
        if failures:
            print("\nAnswers that were not a 200, by page:")
            for what, count in failures.most_common():
                print(f"  {count:6}  {what}")
            log = Path(os.environ.get("LOAD_DEBUG") or db.with_suffix(".server.log"))
            errors = [
                line
                for line in log.read_text("utf-8", "replace").splitlines()
                if "Error" in line or "Traceback" in line
            ]
            print(f"\nThe server's log ({log}), its error lines:")
            for line, count in Counter(errors).most_common(10):
                print(f"  {count:6}  {line[:200]}")
    finally:
        process.terminate()
        process.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path)
    parser.add_argument("--store", type=Path, help="an existing store to serve")
    parser.add_argument(
        "--polnear",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "polnear" / "train" / "text",
        help="texts to ingest during the load and to make the memory cases from",
    )
    parser.add_argument("--clients", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--cases", default="idle,ingest", help="idle, ingest or both")
    parser.add_argument("--heavy", action="store_true", help="add the whole coverage's pages")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    if not args.skip_load:
        cases = args.cases.split(",")
        load_cases(
            args.basil, args.store, args.polnear, args.clients, args.seconds, cases, args.heavy
        )
        print()
    if not args.skip_memory:
        memory_cases(args.polnear)


if __name__ == "__main__":
    main()
