"""What a visitor can send the web app: nothing takes it down, reads a server file, or costs
more than a bounded amount of work (issue 18). Some checks talk to a real server over a socket,
where what is read before answering can be seen."""

from __future__ import annotations

import json
import socket
import sys
import threading
import time

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from whatweknow import Store
from whatweknow.cli import cli
from whatweknow.errors import StoreError
from whatweknow.web import create_app

from .conftest import FIXTURES, SEED, ingest_seed_and_coverage

TOKEN = "s3cret-token"
UNICODE_TOKEN = "clé-секрет"


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "news.db"
    return ingest_seed_and_coverage(db)


@pytest.fixture(scope="module")
def client(database):
    return TestClient(create_app(database, TOKEN))


def _count(database) -> int:
    with Store(database, read_only=True) as store:
        return store.count()


BEARER = {"Authorization": f"Bearer {TOKEN}"}


# -- the URL field is a URL, never a server path ---------------------------------------------


@pytest.mark.parametrize("url", ["/etc/os-release", "/etc", "-", "file:///etc/passwd", "README.md"])
def test_the_url_field_takes_http_urls_only(client, database, url):
    before = _count(database)
    api = client.post("/api/ingest", headers=BEARER, data={"url": url})
    assert api.status_code == 422
    assert "not an http(s) URL" in api.json()["error"]
    form = client.post("/ingest", data={"token": TOKEN, "url": url})
    assert form.status_code == 422 and "not an http(s) URL" in form.text
    assert _count(database) == before


# -- the token ---------------------------------------------------------------------------------


def test_an_empty_token_is_refused_at_start(database):
    with pytest.raises(ValueError, match="empty"):
        create_app(database, "")
    result = CliRunner().invoke(cli, ["serve", str(database), "--token", "  "])
    assert result.exit_code == 2
    assert "an empty token would let anyone write" in result.output


def test_a_non_ascii_token_works_and_a_wrong_one_is_401_not_500(database):
    client = TestClient(create_app(database, UNICODE_TOKEN))
    text = {"text": "Officials said 17 ferries were cancelled on Sunday in the storm."}
    right = {"Authorization": b"Bearer " + UNICODE_TOKEN.encode()}
    wrong = {"Authorization": "Bearer clé-wrong".encode()}
    assert client.post("/api/ingest", data=text, headers=wrong).status_code == 401
    assert client.post("/api/ingest", data={**text, "token": "ключ"}).status_code == 401
    ok = client.post("/api/ingest", data=text, headers=right)
    assert ok.status_code == 200, ok.text
    form = client.post(
        "/ingest", data={"token": UNICODE_TOKEN, "text": "Police said 3 cars burned on Friday."}
    )
    assert form.status_code == 200  # followed the redirect to the new document


def test_a_blank_form_token_is_401(client):
    response = client.post("/ingest", data={"token": "", "text": "Police said 3 cars burned."})
    assert response.status_code == 401


# -- search terms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        " ".join(["the"] * 500),
        " ".join(["a"] * 20_000),
        "troops\x00",
        " ".join(f"word{i}" for i in range(1_000)),
    ],
    ids=["the x 500", "a x 20000", "NUL", "1000 words"],
)
def test_hostile_queries_are_answered_quickly_and_cleanly(client, query):
    # "the" x 500 cost 117 s of CPU; NUL and 1,000 words answered 500. CPU time of this
    # process (the app runs in it), not wall time: other work on the machine must not fail it
    started = time.process_time()
    for path, name in (
        ("/search", "q"),
        ("/api/search", "q"),
        ("/brief", "about"),
        ("/api/brief", "about"),
        ("/api/figures", "about"),
    ):
        response = client.get(path, params={name: query})
        assert response.status_code == 200, (path, response.text[:200])
    assert time.process_time() - started < 20


# -- links and headers -----------------------------------------------------------------------


EVIL_URLS = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    " \tjavascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]


@pytest.fixture(scope="module")
def evil(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evil")
    dump = folder / "evil.jsonl"
    lines = [
        {
            "text": f"Officials said {10 + i} rockets hit the port of Odesa on Monday.",
            "url": url,
            "title": f"Story <img src=x onerror=alert({i})> {i}",
            "outlet": "Feed",
        }
        for i, url in enumerate(EVIL_URLS)
    ]
    dump.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    db = folder / "evil.db"
    result = CliRunner().invoke(cli, ["ingest", str(db), str(dump), "--workers", "1"])
    assert result.exit_code == 0, result.output
    return db


def _hrefs(html: str) -> list[str]:
    import re

    return re.findall(r'href="([^"]*)"', html)


def test_feed_urls_that_are_not_http_never_become_links(evil):
    client = TestClient(create_app(evil))
    ids = [d["id"] for d in client.get("/api/documents").json()]
    assert len(ids) == len(EVIL_URLS)
    pages = [client.get(f"/documents/{i}").text for i in ids] + [client.get("/brief").text]
    for html in pages:
        for href in _hrefs(html):
            assert href.startswith(("/", "?", "#", "http://", "https://")), href
    runner = CliRunner()
    brief = runner.invoke(cli, ["brief", str(evil), "--format", "html"])
    assert brief.exit_code == 0
    assert all(h.startswith(("#", "http")) for h in _hrefs(brief.stdout))
    assert "Content-Security-Policy" in brief.stdout
    markdown = runner.invoke(cli, ["brief", str(evil)]).stdout
    assert "javascript:" not in markdown.lower() and "data:text" not in markdown
    assert "\\<img src=x" in markdown and "<img" not in markdown.replace("\\<", "")


def test_every_response_carries_the_security_headers(client):
    for response in (
        client.get("/"),
        client.get("/api/documents"),
        client.get("/documents/ffffffffffffffff"),
        client.post("/api/ingest", data={"text": "x"}),
    ):
        headers = response.headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "script-src" not in headers["content-security-policy"]  # none at all
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


# -- briefs while documents arrive -------------------------------------------------------------


@pytest.fixture
def commit_during_brief(tmp_path, monkeypatch):
    """A store of the seed; while a brief reads the figures, just after it has counted the
    store's documents and before it scans their rows, another process's documents commit (what
    happened under one ingest a second)."""
    db = tmp_path / "news.db"
    runner = CliRunner()
    runner.invoke(
        cli, ["ingest", str(db), str(SEED), "--published", "2024-11-05", "--workers", "1"]
    )
    from whatweknow import read, run
    from whatweknow.pipeline import ingest_into

    other = list(run(read([str(FIXTURES / "coverage.jsonl")])))
    real_count = Store.count
    done = []

    def count(self):
        counted = real_count(self)
        callers = {sys._getframe(depth).f_code.co_name for depth in range(1, 5)}
        # only in the brief asked for: the one the server warms at start runs in its own thread
        # and, on a loaded machine, got here first, so the request read after the commit
        warming = threading.current_thread().name == "warm-brief"
        if not done and not warming and "clustered_figures" in callers:
            done.append(True)
            with Store(db) as writer:
                ingest_into(writer, other, extracted=True)
        return counted

    monkeypatch.setattr(Store, "count", count)
    yield db
    assert done, "the commit never happened: the test no longer tests the race"


def test_a_brief_reads_one_snapshot_while_documents_commit(commit_during_brief):
    client = TestClient(create_app(commit_during_brief))
    # a selection of its own: the brief the server warms at start is not the one asked for
    response = client.get("/api/brief", params={"since": "2024-01-01"})  # was a KeyError, 500
    assert response.status_code == 200, response.text[:300]
    assert response.json()["coverage"]["articles"] == 1


def test_the_cli_brief_reads_one_snapshot_too(commit_during_brief):
    result = CliRunner().invoke(cli, ["brief", str(commit_during_brief), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["coverage"]["articles"] == 1


# -- ingest failures say why -----------------------------------------------------------------


def test_an_api_ingest_that_stores_nothing_answers_422_with_the_reason(client):
    upload = {"upload": ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "text/plain")}
    response = client.post("/api/ingest", headers=BEARER, files=upload)
    assert response.status_code == 422
    assert response.json() == {
        "error": "photo.txt: not text or HTML (looks like a PNG image). "
        "Convert it to text first, or leave it out.",
        "status": 422,
    }


def test_an_api_ingest_with_some_failures_lists_them(client):
    response = client.post(
        "/api/ingest",
        headers=BEARER,
        data={"text": "Rescuers said 8 climbers were found alive on Saturday."},
        files={"upload": ("empty.txt", b"   ", "text/plain")},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["ingested"] == 1 and body["failed"] == 1
    failed = [r["message"] for r in body["results"] if r["kind"] == "failed"]
    assert failed == ["empty.txt: empty. Nothing to ingest; check the file was saved fully."]


# -- broken stores -----------------------------------------------------------------------------


def test_serving_a_file_that_is_not_a_store_fails_at_start(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot open as a whatweknow store"):
        create_app(broken)
    result = CliRunner().invoke(cli, ["serve", str(broken)])
    assert result.exit_code == 1
    assert "cannot open as a whatweknow store" in result.stderr
    assert "serving " not in result.stderr.replace(str(broken), "")


def test_health_says_when_the_store_breaks_under_the_server(tmp_path):
    db = tmp_path / "news.db"
    Store(db).close()
    client = TestClient(create_app(db))
    assert client.get("/health").json()["ok"] is True
    db.write_bytes(b"garbage" * 1000)
    health = client.get("/health")
    assert health.status_code == 503 and health.json()["ok"] is False
    page = client.get("/api/documents")
    assert page.status_code == 503 and "cannot open" in page.json()["error"]


# -- a real server: what it reads before it answers ------------------------------------------


@pytest.fixture(scope="module")
def served(database):
    """(host, port) of uvicorn serving the store: writable with TOKEN, 1 MB document limit."""
    import uvicorn

    from whatweknow.settings import load_settings

    settings = load_settings()
    settings["ingest"]["max_document_bytes"] = 1_000_000
    config = uvicorn.Config(
        create_app(database, TOKEN, settings), host="127.0.0.1", port=0, log_level="error"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield "127.0.0.1", port
    server.should_exit = True
    thread.join(5)


def _answer_to_headers(served, path: str, headers: dict[str, str]) -> str:
    """Send only a request's headers (its body never comes) and read the answer."""
    with socket.create_connection(served, timeout=5) as conn:
        lines = [f"POST {path} HTTP/1.1", f"Host: {served[0]}"]
        lines += [f"{k}: {v}" for k, v in headers.items()]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return _read_answer(conn)


def _read_answer(conn: socket.socket) -> str:
    """One HTTP response: its head and as much body as its Content-Length says."""
    data = b""
    while b"\r\n\r\n" not in data and (chunk := conn.recv(65536)):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        (
            int(line.split(b":")[1])
            for line in head.lower().split(b"\r\n")
            if line.startswith(b"content-length:")
        ),
        0,
    )
    while len(body) < length and (chunk := conn.recv(65536)):
        body += chunk
    return (head + b"\r\n\r\n" + body).decode("utf-8", "replace")


def test_a_declared_huge_upload_is_refused_before_its_body_is_read(served):
    big = {"Content-Length": str(1_450_000_000), "Content-Type": "multipart/form-data; boundary=x"}
    answer = _answer_to_headers(served, "/api/ingest", {**big, **BEARER})
    assert answer.startswith("HTTP/1.1 413")
    assert "over the 1.9 MB limit" in answer


@pytest.mark.parametrize("path", ["/api/ingest", "/api/ingest/"])
def test_the_api_token_is_checked_before_the_body_is_read(served, path):
    big = {"Content-Length": "50000", "Content-Type": "multipart/form-data; boundary=x"}
    answer = _answer_to_headers(served, path, {**big, "Authorization": "Bearer nope"})
    assert answer.startswith("HTTP/1.1 401")
    assert '"status":401' in answer


def test_a_chunked_body_is_cut_off_at_the_limit(served):
    with socket.create_connection(served, timeout=10) as conn:
        head = (
            "POST /ingest HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            "Content-Type: multipart/form-data; boundary=b\r\n\r\n"
        )
        part = '--b\r\nContent-Disposition: form-data; name="upload"; filename="a.txt"\r\n\r\n'
        conn.sendall(head.encode() + b"%x\r\n%s\r\n" % (len(part), part.encode()))
        chunk = b"x" * 65536
        sent = 0
        try:
            while sent < 50_000_000:
                conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
        except OSError:
            pass  # the server stopped reading and answered
        answer = _read_answer(conn)
    assert sent < 10_000_000
    assert answer.startswith("HTTP/1.1 413")
