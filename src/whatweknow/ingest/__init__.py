"""Ingest: files, directories, feeds, JSONL dumps, stdin and URLs -> Articles.

    for item in read(["news/", "feed.xml", "https://example.org/story"]):
        if isinstance(item, Failure): ...   # a bad input is data, not a crash
        else: ...                           # an Article with raw text and metadata

`read` is a generator: inputs stream through one article at a time (a JSONL dump of any size
reads in flat memory), and an input that fails never stops the ones after it.
"""

from __future__ import annotations

import dataclasses
import gzip
import logging
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import DecodeError, IngestError, WhatWeKnowError
from ..model import Article, Failure
from ..settings import Settings, load_settings
from .decode import check_not_binary, decode, gunzip, is_gzip, read_unpacked, sniff
from .feeds import feed_articles
from .html import article_from_html
from .jsonl import jsonl_articles, lines
from .urls import Fetched, check_not_other_url, fetch, is_url

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
# A first line that ends in a full stop is a title up to this many words: 907 of PolNeAR's
# 910 headlines are, and 9 of the 216 BASIL ledes that open an article of more paragraphs.
_STOPPED_TITLE_MAX_WORDS = 19
# A dateline opening a lede: "WASHINGTON —", "DANVILLE, Ky. –-", "WASHINGTON (AP) —",
# "LONDON, Jan. 5 (Reuters) -".
_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z0-9][A-Za-z0-9.]*)*)?"
    r"(?: \([A-Z][\w .&/-]*\))? [—–-]"
)


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
        self.deadline: float = options["http_deadline"]
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
                check_not_other_url(source)
                yield from self._path(Path(source))
        except WhatWeKnowError as err:
            yield Failure(source, "ingest", str(err))
        except OSError as err:  # unreadable: permissions, a device, a vanished file
            yield Failure(source, "ingest", _unreadable(source, err))
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
            yield from self._directory(path)
            return
        if not path.exists():
            raise IngestError(f"{path}: no such file or directory. Check the path.")
        if not path.is_file():
            raise IngestError(f"{path}: not a regular file. Name a file or a directory.")
        origin = str(path)
        with path.open("rb") as stream:
            head = stream.read(8192)
            if is_gzip(head):
                yield from self._gzip(path, origin)
                return
            if sniff(head, path.name) == "jsonl":
                stream.seek(0)
                yield from jsonl_articles(lines(stream, self.max_bytes), origin, self.max_bytes)
                return
        size = path.stat().st_size
        if size > self.max_bytes:
            raise IngestError(
                f"{origin}: {size / 1e6:.1f} MB, over the {self.max_bytes / 1e6:g} MB limit "
                "for one "
                "document. Split it (JSONL streams any size), or raise ingest.max_document_bytes."
            )
        yield from self._bytes(path.read_bytes(), origin, path.name)

    def _gzip(self, path: Path, origin: str) -> Iterator[Article | Failure]:
        """A gzipped file, unpacked as it is read: a JSONL streams whatever its size, anything
        else stops at the size limit (a gzip bomb never fills the memory)."""
        name = path.name.lower().removesuffix(".gz")
        try:
            with gzip.open(path, "rb") as stream:
                head = stream.read(8192)
                stream.seek(0)
                if sniff(head, name) == "jsonl":
                    yield from jsonl_articles(lines(stream, self.max_bytes), origin, self.max_bytes)
                    return
                data = read_unpacked(stream, origin, self.max_bytes)
        except (EOFError, zlib.error, gzip.BadGzipFile) as err:
            raise DecodeError(
                f"{origin}: a broken gzip file ({err}). Re-download or unpack it."
            ) from None
        yield from self._bytes(data, origin, name)

    def _directory(self, root: Path) -> Iterator[Article | Failure]:
        """Every article file under `root`, in sorted order; a folder that cannot be listed is
        a failure of its own, not skipped in silence."""
        files: list[Path] = []
        unreadable: list[OSError] = []
        for folder, folders, names in os.walk(root, onerror=unreadable.append):
            folders[:] = [f for f in folders if not f.startswith(".")]
            for name in names:
                bare = name.lower().removesuffix(".gz")
                if not name.startswith(".") and bare.endswith(ARTICLE_SUFFIXES):
                    file = Path(folder, name)
                    if file.is_file():
                        files.append(file)
        for err in unreadable:
            where = err.filename or str(root)
            yield Failure(where, "ingest", _unreadable(where, err, folder=True))
        for file in sorted(files):
            yield from self.source(str(file))

    def _url(self, url: str) -> Iterator[Article | Failure]:
        fetched = self._fetch(url)
        kind = _kind_from_content_type(fetched.content_type) or sniff(fetched.content, url)
        yield from self._bytes(fetched.content, url, url, fetched=fetched, kind=kind)

    def _fetch(self, url: str) -> Fetched:
        return fetch(
            url, self.timeout, self.max_bytes, self.max_redirects, self.user_agent, self.deadline
        )

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
        data = gunzip(data, origin, self.max_bytes)
        if not data.strip():
            raise IngestError(
                f"{origin}: empty. Nothing to ingest; check the file was saved fully."
            )
        check_not_binary(data, origin, self.encoding)
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


def _unreadable(source: str, err: OSError, folder: bool = False) -> str:
    what = "list the folder" if folder else "read it"
    if isinstance(err, PermissionError):
        return f"{source}: cannot {what} (permission denied). Check its permissions."
    return f"{source}: cannot {what} ({err.strerror or err}). Check the path."


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
    """A plain-text article's headline: a short first line without a closing full stop; or,
    without its closing mark, a shorter one that is a paragraph of its own and ends in a full
    stop ("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.", as 688 PolNeAR
    texts open), or a print headline ending in a semicolon with its deck on the next line
    ("Crucial Wins for Clinton and Trump;", 146 more): 13 of the twenty-sixth round's 14
    plain-text articles were named by their path. A short lede so taken is only the article's
    name: extraction reads a first paragraph with a full stop as a headline only where it is
    the title word for word, its stop included (`attribution.context._declared_title`), so its
    statements stay."""
    lines = text.lstrip().split("\n")
    first = lines[0].strip()
    if not first or len(first.split()) > _TITLE_MAX_WORDS:
        return None
    if not first.endswith((".", ",", ";")):
        return first
    rest = [line.strip() for line in lines[1:4]] + ["", "", ""]
    if first.endswith(";") and rest[0] and not rest[1]:
        return first[:-1].rstrip()  # a headline over its deck
    last = first.split()[-1]
    if (
        not first.endswith(".")
        or len(first.split()) > _STOPPED_TITLE_MAX_WORDS
        or first.endswith("..")
        or "." in last[:-1]  # "… in the U.S.": an abbreviation's stop, no title's
        or rest[0]  # a line of a paragraph that goes on
        or _DATELINE.match(first)  # "WASHINGTON — It is a lesson …": a lede
        or not any(line.strip() for line in lines[1:])
    ):
        return None
    return first[:-1].rstrip()
