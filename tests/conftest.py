from __future__ import annotations

import http.server
import threading
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "north-korean-troops.txt"
FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = ROOT.parent / "shared" / "data"
# The most a test waits on a condition (an ingest done, a page loaded): never reached on a quiet
# machine, where the wait ends when the condition holds; long enough for one under load.
LONG_WAIT = 600

# HuffPost on Rubio's foreign policy speech, 2015 (names changed): he is quoted once as "the
# presidential hopeful", in an article about him that later describes someone else alike.
RUBIN_SPEECH = (
    "U.S. Sen. Marco Rubin (R-Fla.) set forth a foreign policy vision Wednesday. America's "
    'global influence remains a benevolent force, Rubin said.\n\n"Sadly, I believe '
    'President Obama often disagrees with that simple truth," Rubin added.\n\nIn laying '
    'out what his campaign calls the "Rubin Doctrine," the presidential hopeful said he '
    "was guided by three principles.\n\nFrom his seat on the Senate Foreign Relations "
    "Committee, Rubin has already played a key role in U.S. foreign policy debates.\n\n"
    "In Wednesday's speech the senator also took a swipe at Democratic presidential "
    "hopeful Hillary Clintock."
)

# PolNeAR, three stories of poll breakdowns (Breitbart on a Clinton poll and on a Bloomberg
# poll, Politico on a California poll): one share or lead given in two breakdowns of one
# article is two quantities (`merge.figures.breakdowns_apart`).
POLL_BREAKDOWNS = (
    "In a closer match-up, 48 percent chose Clinton while 45 percent chose Cruz. When it "
    "came to Rubio, 48 percent chose him while 45 percent chose Clinton.",
    "Between Clinton, Cruz and Bloomberg, Clinton wins with 38 percent support; Cruz comes "
    "in second with 34 percent while Bloomberg receives 11 percent. Clinton received 38 "
    "percent, while Rubio held 33 percent and Bloomberg had 10 percent.",
    "The survey shows only a small gender gap. Sanders holds a 4-point edge with men, and "
    "Clinton leads by 7 points among female voters. College graduates back Clinton by 19 "
    "points, while those without a degree support Sanders by 7 points.",
)


def poll_articles() -> list:
    """The POLL_BREAKDOWNS stories, one outlet each."""
    from whatweknow.model import Article

    outlets = ("Breitbart", "Breitbart News", "Politico")
    return [
        Article(text, f"poll-{n}", "text", title=f"Poll {n}", outlet=outlet)
        for n, (text, outlet) in enumerate(zip(POLL_BREAKDOWNS, outlets, strict=True))
    ]


def ingest_seed_and_coverage(db: Path, *more: Path) -> Path:
    """`db` with the seed article (BBC, 2024-11-05) and tests/fixtures/coverage.jsonl (and any
    `more` inputs) ingested through the CLI: the store the brief and web tests read."""
    from click.testing import CliRunner

    from whatweknow.cli import cli

    runner = CliRunner()
    runner.invoke(
        cli, ["ingest", str(db), str(SEED), "--published", "2024-11-05", "--outlet", "BBC"]
    )
    runner.invoke(cli, ["ingest", str(db), str(FIXTURES / "coverage.jsonl"), *map(str, more)])
    return db


def assert_spans_point_into_text(record: dict, text: str) -> int:
    """Every {start, end, text} anywhere in `record` satisfies text[start:end] == span text."""
    count = 0

    def walk(node: object) -> None:
        nonlocal count
        if isinstance(node, dict):
            if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
                assert text[node["start"] : node["end"]] == node["text"], node
                count += 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({k: v for k, v in record.items() if k != "document"})
    walk(record["document"].get("captions", []))
    return count


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def nlp():
    from whatweknow import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside the checkout")
    return SHARED_DATA


class Gate:
    """A route's answer held until the test opens it: `reached` is set when the request
    arrives, and the answer goes out once `opened` is set (a test waits on these, never on a
    clock, so a loaded machine cannot reorder what it checks)."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()


class _Handler(http.server.BaseHTTPRequestHandler):
    """Serves ROUTES: path -> (status, content type, body, delay seconds or a Gate)."""

    routes: typing.ClassVar[dict[str, tuple[int, str, bytes, float | Gate]]] = {}

    def do_GET(self) -> None:
        import time

        status, content_type, body, delay = self.routes.get(
            self.path, (404, "text/plain", b"not found", 0.0)
        )
        if isinstance(delay, Gate):
            delay.reached.set()
            delay.opened.wait(LONG_WAIT)
        elif delay:
            time.sleep(delay)
        if status in (301, 302):
            self.send_response(status)
            self.send_header("Location", body.decode())
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up on purpose (timeout, size cap tests)


@pytest.fixture
def web() -> Iterator[tuple[str, dict]]:
    """A local HTTP server on 127.0.0.1: (base URL, routes dict to fill)."""
    routes: dict[str, tuple[int, str, bytes, float | Gate]] = {}
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = _QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def form_waits_for_its_ingest(monkeypatch) -> None:
    """The ingest form answers once its ingest is done, however long that takes: it waits
    FORM_WAIT_SECONDS (4 s) and then sends the job's progress page instead of the document, which
    a test expecting the document read as a failure when the machine was loaded. On a quiet
    machine the form answers as soon as before."""
    import whatweknow.web

    monkeypatch.setattr(whatweknow.web, "FORM_WAIT_SECONDS", LONG_WAIT)
