"""Ingest: files, directories, feeds, JSONL dumps, stdin and URLs -> Articles.

    for item in read(["news/", "feed.xml", "https://example.org/story"]):
        if isinstance(item, Failure): ...   # a bad input is data, not a crash
        else: ...                           # an Article with raw text and metadata

`read` is a generator: inputs stream through one article at a time (a JSONL dump of any size
reads in flat memory), and an input that fails never stops the ones after it.
"""

from __future__ import annotations

import dataclasses
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import IngestError, WhatWeKnowError
from ..model import Article, Failure
from ..settings import Settings, load_settings
from .decode import check_not_binary, decode, gunzip, sniff
from .feeds import feed_articles
from .html import article_from_html
from .jsonl import jsonl_articles
from .urls import Fetched, fetch, is_url

__all__ = ["Reader", "read", "read_bytes"]

log = logging.getLogger(__name__)

# What a directory walk picks up; a file named on the command line is always read.
ARTICLE_SUFFIXES = (
    ".txt",
    ".text",
    ".md",
    ".html",
    ".htm",
    ".xhtml",
    ".xml",
    ".rss",
    ".atom",
    ".jsonl",
    ".ndjson",
    ".json",
)
_TITLE_MAX_WORDS = 25


def read(
    inputs: Iterable[str],
    settings: Settings | None = None,
    encoding: str | None = None,
    overrides: dict[str, str | None] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Failure]:
    """Articles (or Failures) from each input, in input order."""
    reader = Reader(settings or load_settings(), encoding, stdin)
    fields = {k: v for k, v in (overrides or {}).items() if v}
    for source in inputs:
        for item in reader.source(source):
            if fields and isinstance(item, Article):
                item = dataclasses.replace(item, **fields)
            yield item


def read_bytes(
    data: bytes, name: str, settings: Settings | None = None, encoding: str | None = None
) -> Iterator[Article | Failure]:
    """Articles from bytes already in memory (an upload), sniffed as a file called `name`."""
    reader = Reader(settings or load_settings(), encoding)
    try:
        yield from reader._bytes(data, name, name)
    except WhatWeKnowError as err:
        yield Failure(name, "ingest", str(err))


class Reader:
    def __init__(
        self, settings: Settings, encoding: str | None = None, stdin: BinaryIO | None = None
    ):
        options = settings["ingest"]
        self.max_bytes: int = options["max_document_bytes"]
        self.timeout: float = options["http_timeout"]
        self.max_redirects: int = options["http_max_redirects"]
        self.user_agent: str = options["user_agent"]
        self.encoding = encoding
        self.stdin = stdin

    def source(self, source: str) -> Iterator[Article | Failure]:
        try:
            if source == "-":
                stdin = self.stdin or sys.stdin.buffer
                yield from self._bytes(stdin.read(self.max_bytes + 1), "<stdin>")
            elif is_url(source):
                yield from self._url(source)
            else:
                yield from self._path(Path(source))
        except WhatWeKnowError as err:
            yield Failure(source, "ingest", str(err))
        except Exception as err:  # a bug must not lose the other inputs
            log.debug("unexpected error reading %s", source, exc_info=True)
            yield Failure(
                source,
                "ingest",
                f"{source}: unexpected {type(err).__name__}: {err}. "
                "Please report it with this input.",
            )

    def _path(self, path: Path) -> Iterator[Article | Failure]:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in file.relative_to(path).parts)
                name = file.name.lower().removesuffix(".gz")
                if file.is_file() and not hidden and name.endswith(ARTICLE_SUFFIXES):
                    yield from self.source(str(file))
            return
        if not path.exists():
            raise IngestError(f"{path}: no such file or directory. Check the path.")
        if not path.is_file():
            raise IngestError(f"{path}: not a regular file. Name a file or a directory.")
        origin = str(path)
        with path.open("rb") as stream:
            head = stream.read(8192)
            if not head.startswith(b"\x1f\x8b") and sniff(head, path.name) == "jsonl":
                stream.seek(0)
                yield from jsonl_articles(stream, origin, self.max_bytes)
                return
        size = path.stat().st_size
        if size > self.max_bytes:
            raise IngestError(
                f"{origin}: {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:g} MB limit "
                "for one "
                "document. Split it (JSONL streams any size), or raise ingest.max_document_bytes."
            )
        yield from self._bytes(path.read_bytes(), origin, path.name)

    def _url(self, url: str) -> Iterator[Article | Failure]:
        fetched = self._fetch(url)
        kind = _kind_from_content_type(fetched.content_type) or sniff(fetched.content, url)
        yield from self._bytes(fetched.content, url, url, fetched=fetched, kind=kind)

    def _fetch(self, url: str) -> Fetched:
        return fetch(url, self.timeout, self.max_bytes, self.max_redirects, self.user_agent)

    def _bytes(
        self,
        data: bytes,
        origin: str,
        name: str = "",
        fetched: Fetched | None = None,
        kind: str | None = None,
    ) -> Iterator[Article | Failure]:
        if len(data) > self.max_bytes:
            raise IngestError(
                f"{origin}: over the {self.max_bytes / 1e6:g} MB limit for one "
                "document. Split it, or raise ingest.max_document_bytes."
            )
        data = gunzip(data, origin)
        if not data.strip():
            raise IngestError(
                f"{origin}: empty. Nothing to ingest; check the file was saved fully."
            )
        check_not_binary(data, origin)
        kind = kind or sniff(data, name)
        charset = fetched.charset if fetched else None
        if kind == "jsonl":
            yield from jsonl_articles(data.splitlines(), origin, self.max_bytes)
        elif kind == "feed":
            yield from feed_articles(data, origin, self._fetch_article)
        elif kind == "html":
            html = decode(data, origin, self.encoding, charset)
            yield article_from_html(html, origin, url=fetched.url if fetched else None)
        else:
            text = decode(data, origin, self.encoding, charset)
            if not text.strip():
                raise IngestError(f"{origin}: no text. Nothing to ingest.")
            yield Article(
                text,
                origin,
                "text",
                title=_first_line_title(text),
                url=fetched.url if fetched else None,
            )

    def _fetch_article(self, url: str, origin: str) -> Article:
        fetched = self._fetch(url)
        html = decode(fetched.content, url, self.encoding, fetched.charset)
        return article_from_html(html, origin, url=fetched.url)


def _kind_from_content_type(content_type: str) -> str | None:
    if "rss" in content_type or "atom" in content_type:
        return "feed"
    if content_type in ("text/html", "application/xhtml+xml"):
        return "html"
    if content_type in ("application/jsonl", "application/x-ndjson", "application/json-lines"):
        return "jsonl"
    if content_type == "text/plain":
        return "text"
    return None


def _first_line_title(text: str) -> str | None:
    """A plain-text article's headline: a short first line without a closing full stop."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if first and len(first.split()) <= _TITLE_MAX_WORDS and not first.endswith((".", ",", ";")):
        return first
    return None
