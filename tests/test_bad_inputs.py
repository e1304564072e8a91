"""Inputs that used to take the tool down: each gets a clear Failure for itself alone, in bounded
time and memory, and everything else in the run goes through (issue 18)."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import socketserver
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow import Store, pipeline, read, run
from whatweknow.clean import clean, clean_text, glued
from whatweknow.cli import cli
from whatweknow.model import Article, Extraction
from whatweknow.nlp import split_long
from whatweknow.settings import load_settings

from .conftest import SEED, assert_spans_point_into_text


def _zipf_calls(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = glued.zipf

    def counting(word: str) -> float:
        calls.append(word)
        return real(word)

    monkeypatch.setattr(glued, "zipf", counting)
    return calls


def test_a_long_run_of_letters_costs_the_splitter_nothing(monkeypatch):
    # 16,000 lower-case letters took 17 s and 308 MB: every cut looked up both halves.
    calls = _zipf_calls(monkeypatch)
    raw = "troops " + "a" * 16_000 + " went"
    assert clean_text(raw).text == raw
    assert len(calls) < 100  # the words around it, not the 16,000 cuts


def test_the_splitter_tries_a_bounded_number_of_cuts_per_run(monkeypatch):
    calls = _zipf_calls(monkeypatch)
    run = "soldierstheir" + "x" * 30  # 43 letters: within twice the longest half
    glued.best_split(run, 3.0)
    assert len(calls) <= 2 * 2 * glued.MAX_HALF


def test_glued_words_are_still_split_next_to_the_cap():
    assert clean_text("Ukrainian soldierstheir role").text == "Ukrainian soldiers their role"
    assert clean_text("the telecommunicationsindustry").text == "the telecommunications industry"


def _cpu_seconds(raw: str) -> float:
    """The least CPU time of three cleanings of `raw`: the process's own time, so other
    programs on a loaded machine neither slow it nor make it flaky."""
    times = []
    for _ in range(3):
        started = time.process_time()
        clean_text(raw)
        times.append(time.process_time() - started)
    return min(times)


@pytest.mark.parametrize("unit", ["x", " "], ids=["letters", "spaces"])
def test_five_megabyte_inputs_clean_in_linear_time(unit):
    # A 5 MB run of letters never ended; a line of 50,000 spaces took 83 s (the trailing-credit
    # pattern was searched from every space). Linear, not bounded by the wall clock (flaky on a
    # busy machine): four times the input costs about four times the CPU time of a measured
    # baseline, never the sixteen a quadratic pass takes (the bound, 8, between the two).
    whole = "a" + unit * 5_000_000 + "b"
    assert clean_text(whole).text == ("a b" if unit == " " else whole)
    small, large = ("a" + unit * size + "b" for size in (500_000, 2_000_000))
    baseline = max(_cpu_seconds(small), 0.02)  # a floor: a tiny time is all noise
    assert _cpu_seconds(large) / baseline < 8, (baseline, _cpu_seconds(large))


# -- documents longer than spaCy takes in one piece -----------------------------------------


def test_a_long_text_is_cut_into_parts_at_paragraph_breaks():
    paragraphs = [f"Paragraph {i} says that {i} troops arrived." for i in range(200)]
    text = "\n\n".join(paragraphs)
    parts = split_long(text, 1_000)
    assert "".join(parts) == text
    assert all(len(part) <= 1_000 for part in parts)
    assert all(part.endswith("\n\n") for part in parts[:-1])


def test_a_text_without_breaks_is_cut_at_the_limit():
    parts = split_long("x" * 2_500, 1_000)
    assert [len(p) for p in parts] == [1_000, 1_000, 500]


@pytest.fixture
def short_max_length(nlp, monkeypatch):
    """spaCy refuses a text over nlp.max_length (E088); a small one makes that cheap to test."""
    monkeypatch.setattr(nlp, "max_length", 3_000)
    return nlp


def _long_article(seed_text: str) -> Article:
    text = "\n\n".join(p for p in seed_text.split("\n\n") if p.strip())
    return Article(text + "\n\n" + text.replace("troops", "soldiers"), "long.txt", "text")


def test_a_document_over_spacys_max_length_is_parsed_in_parts_and_nothing_is_lost(
    short_max_length, seed_text
):
    nlp = short_max_length
    long = _long_article(seed_text)
    assert len(long.raw) > 3 * nlp.max_length
    with pytest.raises(ValueError, match="E088"):
        nlp(long.raw)  # what ended every run in a traceback
    items = [
        Article("The minister said 300 troops arrived on Monday.", "a.txt", "text"),
        long,
        Article("Officials said the convoy left on Tuesday.", "b.txt", "text"),
    ]
    results = list(run(items, nlp=nlp))
    assert [type(r).__name__ for r in results] == ["Extraction"] * 3
    record = results[1].to_dict()
    assert record["document"]["text"] == clean(long).text
    assert assert_spans_point_into_text(record, record["document"]["text"]) > 100
    assert len(record["statements"]) > 20


def test_a_document_over_the_character_limit_is_refused_alone(nlp):
    settings = load_settings()
    settings["nlp"]["max_document_chars"] = 100
    items = [
        Article("The minister said 300 troops arrived on Monday.", "a.txt", "text"),
        Article("Officials said the convoy left. " * 10, "book.txt", "text"),
        Article("Officials said the convoy left on Tuesday.", "b.txt", "text"),
    ]
    results = list(run(items, settings, nlp=nlp))
    assert [type(r).__name__ for r in results] == ["Extraction", "Failure", "Extraction"]
    assert results[1].message == (
        "book.txt: 319 characters, over the 100 one document may have (a book, not an "
        "article; extraction slows with the square of the length). Split it into articles, "
        "or raise nlp.max_document_chars."
    )


def test_a_document_the_parser_fails_on_fails_alone(nlp, monkeypatch):
    real = pipeline.parse

    def parse(nlp, texts, batch_size=32):
        for doc in real(nlp, texts, batch_size):
            if "POISON" in doc.text:
                raise ValueError("[E088] Text of length 2000001 exceeds maximum")
            yield doc

    monkeypatch.setattr(pipeline, "parse", parse)
    items = [
        Article("The minister said 300 troops arrived on Monday.", "a.txt", "text"),
        Article("POISON said the convoy left.", "poison.txt", "text"),
        Article("Officials said the convoy left on Tuesday.", "b.txt", "text"),
    ]
    results = list(run(items, nlp=nlp))
    assert [type(r).__name__ for r in results] == ["Extraction", "Failure", "Extraction"]
    assert results[1].stage == "parse"
    assert results[1].message.startswith("poison.txt: parsing failed (ValueError: [E088]")


def test_ingest_extract_and_batch_keep_every_other_document(short_max_length, seed_text, tmp_path):
    from whatweknow.batch import process_shard

    long = seed_text[:4_500]  # over the limit of 3,000, and quick to parse four times
    dump = tmp_path / "dump.jsonl"
    lines = [
        {"text": "The minister said 300 troops arrived on Monday.", "title": "a"},
        {"text": long, "title": "long"},
        {"text": "Officials said the convoy left on Tuesday.", "title": "b"},
    ]
    dump.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    runner = CliRunner()
    for workers in ("1", "2"):
        db = tmp_path / f"news{workers}.db"
        result = runner.invoke(cli, ["ingest", str(db), str(dump), "--workers", workers])
        assert result.exit_code == 0, result.output
        with Store(db) as store:
            assert sorted(d["title"] for d in store.documents()) == ["a", "b", "long"]
    extracted = runner.invoke(cli, ["extract", str(dump), "--workers", "1"])
    assert extracted.exit_code == 0, extracted.output
    assert len(extracted.stdout.splitlines()) == 3
    summary = process_shard(str(dump), str(tmp_path / "out"))
    assert summary["documents"] == 3 and summary["failures"] == 0


# -- URLs: a total deadline, schemes, malformed addresses ----------------------------------------


class _Drip(socketserver.BaseRequestHandler):
    """Answers 200 and then two bytes every 0.2 s, forever: in the headers or in the body."""

    in_headers = False

    def handle(self) -> None:
        with contextlib.suppress(OSError):
            self.request.recv(65536)
            if self.in_headers:
                self.request.sendall(b"HTTP/1.1 200 OK\r\n")
            else:
                self.request.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 99999\r\n\r\n"
                )
            for _ in range(200):
                self.request.sendall(b"X-" if self.in_headers else b"a ")
                time.sleep(0.2)


@pytest.fixture(params=[False, True], ids=["body", "headers"])
def dripping(request):
    handler = type("Drip", (_Drip,), {"in_headers": request.param})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/story"
    finally:
        server.shutdown()
        server.server_close()


def test_a_url_that_drips_bytes_is_stopped_at_the_deadline_and_the_next_input_read(dripping):
    # Two bytes every 0.2 s never trip a per-read timeout: the fetch used to wait forever.
    settings = load_settings()
    settings["ingest"]["http_timeout"] = 1.0
    settings["ingest"]["http_deadline"] = 1.5
    started = time.monotonic()
    items = list(read([dripping, str(SEED)], settings))
    assert time.monotonic() - started < 10
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    assert items[0].message.startswith(f"{dripping}: not fetched within 1.5 s")
    assert "ingest.http_deadline" in items[0].message


@pytest.mark.parametrize(
    "source, message",
    [
        (
            "file:///tmp/story.txt",
            "file:///tmp/story.txt: file:// URLs are not read. Give the path itself, e.g. /tmp/story.txt",
        ),
        (
            "ftp://example.org/story.txt",
            "ftp://example.org/story.txt: ftp:// URLs are not fetched, only http:// and https://.",
        ),
        ("http://[::1", "http://[::1: not a valid URL (Invalid port: ':1')."),
        ("http://", "http://: not a valid URL (no host name)."),
        ("HTTP://127.0.0.1:9/story", "HTTP://127.0.0.1:9/story: cannot connect"),
    ],
)
def test_urls_we_cannot_fetch_get_a_clear_message(source, message):
    (failure,) = read([source])
    assert failure.message.startswith(message)


def test_an_upper_case_scheme_is_a_url(web):
    base, routes = web
    routes["/story"] = (200, "text/plain", b"Officials said 300 troops arrived.", 0)
    (article,) = read([base.upper().replace("HTTP://", "HTTP://") + "/story"])
    assert article.raw == "Officials said 300 troops arrived."


# -- gzip: bounded, and streamed when it is JSONL ------------------------------------------------


def _peak_mb(function) -> float:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def test_a_gzip_bomb_stops_at_the_size_limit(tmp_path):
    bomb = tmp_path / "story.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as out:
        for _ in range(50):
            out.write(b"a " * 1_000_000)  # 100 MB unpacked, 100 KB packed
    assert bomb.stat().st_size < 200_000
    items: list = []
    peak = _peak_mb(lambda: items.extend(read([str(bomb), str(SEED)])))
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    assert items[0].message.startswith(
        f"{bomb}: over the 10 MB limit for one document once unpacked."
    )
    assert peak < 40  # the limit and a buffer, not the 100 MB (it took 2.2 GB)


def test_a_gzip_bomb_served_over_http_stops_at_the_size_limit(web):
    base, routes = web
    routes["/bomb"] = (200, "text/plain", gzip.compress(b"a " * 20_000_000), 0)
    settings = load_settings()
    settings["ingest"]["max_document_bytes"] = 1_000_000
    (failure,) = read([f"{base}/bomb"], settings)
    assert "over the 1 MB limit for one document once unpacked" in failure.message


def test_a_gzipped_jsonl_streams_past_the_size_limit(tmp_path):
    dump = tmp_path / "dump.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as out:
        for i in range(200):
            out.write(json.dumps({"text": f"Officials said {i} troops arrived on Monday."}) + "\n")
    settings = load_settings()
    settings["ingest"]["max_document_bytes"] = 2_000  # the dump unpacks to 11 KB
    items = list(read([str(dump)], settings))
    assert len(items) == 200 and all(isinstance(i, Article) for i in items)
    assert items[-1].origin == f"{dump}:200"


def test_a_jsonl_line_of_gigabytes_is_skipped_in_flat_memory(tmp_path):
    dump = tmp_path / "dump.jsonl"
    with dump.open("wb") as out:
        out.write(json.dumps({"text": "Officials said 300 troops arrived."}).encode() + b"\n")
        out.write(b'{"text": "' + b"x" * 30_000_000)  # no newline to the end of the file
    settings = load_settings()
    settings["ingest"]["max_document_bytes"] = 1_000_000
    items: list = []
    peak = _peak_mb(lambda: items.extend(read([str(dump)], settings)))
    assert [type(i).__name__ for i in items] == ["Article", "Failure"]
    assert items[1].message.startswith(f"{dump}:2: a 30.0 MB record, over the 1 MB limit.")
    assert peak < 10


# -- encodings, unreadable files and folders, settings, dates -------------------------------------


def test_utf16_without_a_bom_reads_with_its_encoding_named(tmp_path):
    story = tmp_path / "story.txt"
    story.write_bytes("Officials said 300 troops arrived.".encode("utf-16-le"))
    (failure,) = read([str(story)])
    assert "NUL bytes" in failure.message
    (article,) = read([str(story)], encoding="utf-16-le")
    assert article.raw == "Officials said 300 troops arrived."


def test_binary_data_named_as_utf16_is_still_refused(tmp_path):
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00" * 64)
    (failure,) = read([str(blob)], encoding="utf-16-le")
    assert failure.message.startswith(f"{blob}: not text in utf-16-le (NUL characters).")


def test_an_unreadable_file_says_so(tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text("Officials said 300 troops arrived.", "utf-8")
    real_open = Path.open

    def denied(self, *args, **kwargs):
        if self == story:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    (failure,) = read([str(story)])
    assert failure.message == f"{story}: cannot read it (permission denied). Check its permissions."


def test_an_unreadable_folder_is_a_failure_not_skipped(tmp_path, monkeypatch):
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text("Officials said 300 troops arrived.", "utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Officials said 200 troops left.", "utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]
    assert items[0].message == (
        f"{tmp_path / 'locked'}: cannot list the folder (permission denied). Check its permissions."
    )


@pytest.mark.parametrize(
    "toml, message",
    [
        (
            '[ingest]\nmax_document_bytes = "ten"\n',
            "ingest.max_document_bytes must be a whole number (got 'ten'",
        ),
        ("[ingest]\nhttp_timeout = true\n", "ingest.http_timeout must be a number (got True"),
        ("[nlp]\nbatch_size = 0\n", "nlp.batch_size must be above 0 (got 0)"),
        ("[reliability]\nsources = 'BBC'\n", "reliability.sources must be a table (got 'BBC'"),
    ],
)
def test_a_setting_of_the_wrong_type_blames_the_settings_file(tmp_path, toml, message):
    settings = tmp_path / "s.toml"
    settings.write_text(toml, "utf-8")
    result = CliRunner().invoke(
        cli, ["--settings", str(settings), "ingest", str(tmp_path / "n.db"), str(SEED)]
    )
    assert result.exit_code == 1
    assert f"{settings}: {message}" in result.stderr
    assert "report it" not in result.stderr


def test_an_integer_stands_for_a_float_setting(tmp_path):
    settings = tmp_path / "s.toml"
    settings.write_text("[ingest]\nhttp_timeout = 5\n", "utf-8")
    assert load_settings(settings)["ingest"]["http_timeout"] == 5


@pytest.mark.parametrize("given", ["0001-01-01", "2024-13-45", "9999-12-31T23:59:59", "2024-02-30"])
def test_a_published_date_that_is_no_date_leaves_the_document_undated(tmp_path, given, caplog):
    dump = tmp_path / "dump.jsonl"
    text = "The minister said on Monday that 300 troops arrived last week."
    dump.write_text(json.dumps({"text": text, "published": given}) + "\n", "utf-8")
    (article,) = read([str(dump)])
    assert article.published is None
    assert f"{dump}:1: published {given!r} is not a date" in caplog.text
    (extraction,) = run([article])  # 0001-01-01 overflowed the date arithmetic: document lost
    assert isinstance(extraction, Extraction)


def test_a_parquet_shard_dates_go_through_the_same_check(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from whatweknow.batch import _articles

    shard = tmp_path / "shard.parquet"
    pq.write_table(
        pa.Table.from_pylist([{"text": "Officials said it.", "published": "0001-01-01"}]), shard
    )
    (article,) = _articles(str(shard), load_settings())
    assert article.published is None
