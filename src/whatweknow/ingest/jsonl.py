"""JSONL dumps: one article per line, streamed, so a file of any size reads in flat memory.

Each line is an object with `text` or `html`, and optional `url`, `title`, `published`
(or `date`), `outlet` (or `source`, `publisher`) and `author`. A file that opens on a bare
"{" or on "[" is one JSON document (laid out over many lines, or a list on one), read whole:
one such object (a BASIL article, its text in `body-paragraphs`) or a list of them; so is
one opening on `{"key": …,` when its next line goes on with the object.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import IngestError, WhatWeKnowError
from ..model import Article, Failure
from .dates import iso_date
from .html import article_from_html

log = logging.getLogger(__name__)


# BASIL (Fan et al., 2019) names its three outlets by a code in `source`; a brief shows the
# outlet's name. No well-kept register of outlet names is at hand (a page's own name comes
# from its HTML, `og:site_name`), so the corpus's own key is spelled out here.
BASIL_OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}


@dataclass(frozen=True, slots=True)
class LongLine:
    """A line over the size limit, skipped unread: only its size is kept."""

    size: int


def lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | LongLine]:
    """The lines of a stream, none held longer than `max_bytes` + 1: a file that is one huge
    line (no newline in gigabytes) streams past in flat memory as a LongLine."""
    while line := stream.readline(max_bytes + 1):
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while more := stream.readline(1 << 20):
            size += len(more)
            if more.endswith(b"\n"):
                break
        yield LongLine(size)


def jsonl_articles(
    lines: Iterable[bytes | LongLine], origin: str, max_bytes: int
) -> Iterator[Article | Failure]:
    opened = False  # whether a line with content has been read
    ahead: list[bytes | LongLine] = []  # lines read ahead, read again before the rest
    lines = _read_again_first(ahead, iter(lines))  # a document reads on from its first line
    for number, line in enumerate(lines, start=1):
        line_origin = f"{origin}:{number}"
        if isinstance(line, LongLine):
            yield Failure(line_origin, "ingest", _too_long(line_origin, line.size, max_bytes))
            continue
        if not line.strip():
            continue
        opening = line.strip().removeprefix(codecs.BOM_UTF8).lstrip()
        if not opened and (opening == b"{" or opening.startswith(b"[")):
            # a JSON document laid out over many lines (BASIL's articles, an export), a BOM
            # before it or not: no line of it is an article, the document whole is one, or a
            # list of them ("[", "[{…", a list on one line: no JSONL line is a list)
            yield from _document_articles(line, lines, origin, max_bytes)
            return
        if not opened and opening.startswith(b"{") and _cut_between_tokens(opening):
            # its first key on the "{" line: a laid-out document when the next line with
            # content goes on with the object, a JSONL dump's broken record when it opens one
            # (or when none follows: a one-record file missing its end)
            ahead.extend(list(_until_content(lines)))  # read whole before it is put back
            going_on = ahead[-1] if ahead else None
            if (
                isinstance(going_on, bytes)
                and going_on.strip()
                and not going_on.lstrip().startswith(b"{")
            ):
                yield from _document_articles(line, lines, origin, max_bytes)
                return
        opened = True
        try:
            yield _record_article(line, line_origin, max_bytes)
        except WhatWeKnowError as err:
            yield Failure(line_origin, "ingest", str(err))


def _cut_between_tokens(line: bytes) -> bool:
    """The line is the start of a JSON object cut where a line of a laid-out one may end,
    between two tokens (`{"title": "…",`): JSON runs out of input at its very end. A whole
    object is none, and neither is a record broken inside a string (a newline left raw in its
    text, `{"text": "first paragraph`: no JSON string spans lines) or by a wrong token, which
    is a broken JSONL record and its dump's good lines are still read."""
    text = line.decode("utf-8", "replace")  # not UTF-8: the whole document's one failure
    try:
        json.loads(text)
    except json.JSONDecodeError as err:
        return err.pos == len(text)
    return False


def _read_again_first(
    ahead: list[bytes | LongLine], lines: Iterator[bytes | LongLine]
) -> Iterator[bytes | LongLine]:
    """`lines`, each time after the lines put in `ahead` since (read ahead, not yet used)."""
    for line in lines:
        while ahead:
            yield ahead.pop(0)
        yield line
    while ahead:
        yield ahead.pop(0)


def _until_content(lines: Iterator[bytes | LongLine]) -> Iterator[bytes | LongLine]:
    """The lines up to and with the next one that has content (or the last line)."""
    for line in lines:
        yield line
        if isinstance(line, LongLine) or line.strip():
            return


def _document_articles(
    first: bytes, rest: Iterable[bytes | LongLine], origin: str, max_bytes: int
) -> Iterator[Article | Failure]:
    """A JSON document laid out over many lines, read whole: one article object (a BASIL
    article, `_paragraphs`) or a list of them, each as a JSONL line is read. One failure
    naming the file where it is no valid JSON or larger than a document may be."""
    parts, size = [first], len(first)
    for line in rest:
        size += line.size if isinstance(line, LongLine) else len(line)
        if size > max_bytes:  # read no further: its whole size is not known, only the limit's
            yield Failure(origin, "ingest", _document_too_long(origin, max_bytes))
            return
        parts.append(line)  # type: ignore[arg-type]
    try:
        # lines split off an upload lost their newlines, a stream's kept them
        document = json.loads((b"" if first.endswith(b"\n") else b"\n").join(parts))
    except UnicodeDecodeError:
        yield Failure(origin, "ingest", f"{origin}: not UTF-8. Re-encode the file as UTF-8.")
        return
    except json.JSONDecodeError as err:
        yield Failure(origin, "ingest", _one_document(origin, err))
        return
    if document == []:
        yield Failure(origin, "ingest", f"{origin}: an empty JSON list, no article in it.")
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        record_origin = origin if isinstance(document, dict) else f"{origin}[{number}]"
        try:
            yield _object_article(record, record_origin, "that object")
        except WhatWeKnowError as err:
            yield Failure(record_origin, "ingest", str(err))


def _record_article(line: bytes, origin: str, max_bytes: int) -> Article:
    if len(line) > max_bytes:
        raise IngestError(_too_long(origin, len(line), max_bytes))
    try:
        record = json.loads(line.rstrip(b"\r\n"))  # its column counted on its own line
    except UnicodeDecodeError:
        raise IngestError(f"{origin}: not UTF-8. Re-encode the file as UTF-8.") from None
    except json.JSONDecodeError as err:
        raise IngestError(
            f"{origin}: not valid JSON ({_what(err)} at column {err.colno}). "
            "Fix or remove that line."
        ) from None
    return _object_article(record, origin, "that line")


def _object_article(record: object, origin: str, where: str) -> Article:
    if not isinstance(record, dict):
        raise IngestError(f"{origin}: a JSON {type(record).__name__}, not an object. Fix {where}.")
    url = _text(record, "url", "link")
    given = _text(record, "published", "date", "publication_date")
    published = iso_date(given)
    if given and published is None:
        log.warning(
            "%s: published %r is not a date between the years 1000 and 9000; stored undated. "
            "Fix the date to date it.",
            origin,
            given,
        )
    meta = {
        "title": _text(record, "title", "headline"),
        "published": published,
        "outlet": _outlet(record),
        "author": _text(record, "author"),
        "locale": _text(record, "locale", "language", "lang"),
    }
    text = _text(record, "text", "body") or _paragraphs(record.get("body-paragraphs"))
    if text:
        return Article(text, origin, "jsonl", url=url, **meta)
    if _text(record, "html"):
        page = article_from_html(record["html"], origin, url=url)
        filled = {k: v or getattr(page, k) for k, v in meta.items()}
        return Article(page.raw, origin, "jsonl", url=url or page.url, **filled)
    raise IngestError(
        f'{origin}: the object has neither "text" nor "html". Add one or drop {where}.'
    )


def _outlet(record: dict) -> str | None:
    """The record's outlet; a BASIL article's `source` code ("fox", "nyt", "hpo") as the
    outlet's name, so that its brief cites "Fox News", not "fox"."""
    outlet = _text(record, "outlet", "source", "publisher")
    if _text(record, "outlet") is None and "body-paragraphs" in record:
        return BASIL_OUTLETS.get((outlet or "").strip().lower(), outlet)
    return outlet


def _document_too_long(origin: str, max_bytes: int) -> str:
    return (
        f"{origin}: one JSON document over the {max_bytes / 1e6:g} MB limit for one document. "
        "Make JSON Lines of it, streamed whatever its size (`jq -c '.[]' FILE > FILE.jsonl` "
        "for a list), or raise ingest.max_document_bytes in a settings file."
    )


def _paragraphs(paragraphs: object) -> str | None:
    """BASIL's `body-paragraphs`, each a list of sentences (or a string): the sentences of a
    paragraph joined by a space, the paragraphs by a blank line, as BASIL's gold reads them
    (`../shared/data/basil-gold/README.md`)."""
    if not isinstance(paragraphs, list):
        return None
    joined = []
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            paragraph = " ".join(s for s in paragraph if isinstance(s, str))
        if isinstance(paragraph, str) and paragraph.strip():
            joined.append(paragraph)
    return "\n\n".join(joined) or None


def _one_document(origin: str, err: json.JSONDecodeError) -> str:
    return (
        f"{origin}: not valid JSON ({_what(err)}: line {err.lineno}, column {err.colno}). "
        "Fix the file: it opens as one JSON document (an article object, or a list of them), "
        "not as JSON Lines (one article object per line)."
    )


def _what(err: json.JSONDecodeError) -> str:
    """What is wrong, without the "at" some of json's messages end on ("Invalid control
    character at")."""
    return err.msg.removesuffix(" at")


def _too_long(origin: str, size: int, max_bytes: int) -> str:
    return (
        f"{origin}: a {size / 1e6:.1f} MB record, over the {max_bytes / 1e6:g} MB limit. "
        "Split it, or raise ingest.max_document_bytes in a settings file."
    )


def _text(record: dict, *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None
