"""The chain, one link after another: ingest -> clean -> parse -> extract (-> store).

    for result in run(["news/"]):        # Extraction | Duplicate | Failure, in input order
        ...

Documents are parsed in batches through `nlp.pipe`; results come out in input order, so a
failure or a duplicate in the middle of a batch keeps its place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from .clean import clean
from .errors import WhatWeKnowError
from .extract import extract_doc
from .model import Article, Document, Extraction, Failure
from .nlp import load_nlp
from .settings import Settings, load_settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A document whose content hash is already known (in the store or earlier in this run)."""

    document_id: str
    origin: str


Result = Extraction | Duplicate | Failure


def run(
    items: Iterable[Article | Failure],
    settings: Settings | None = None,
    nlp: Language | None = None,
    known: Callable[[str], bool] = lambda _id: False,
) -> Iterator[Result]:
    """Clean, parse and extract every article; `known(id)` marks documents to skip."""
    settings = settings or load_settings()
    batch_size: int = settings["nlp"]["batch_size"]
    seen: set[str] = set()
    pending: list[Document | Duplicate | Failure] = []
    for item in items:
        if isinstance(item, Article):
            item = _clean(item, settings)
        if isinstance(item, Document):
            if item.id in seen or known(item.id):
                item = Duplicate(item.id, item.origin)
            else:
                seen.add(item.id)
        pending.append(item)
        if sum(isinstance(p, Document) for p in pending) >= batch_size:
            yield from _flush(pending, nlp or load_nlp(settings), batch_size)
            pending = []
    if pending:
        yield from _flush(pending, nlp or load_nlp(settings), batch_size)


def _clean(article: Article, settings: Settings) -> Document | Failure:
    try:
        document = clean(article, settings)
    except WhatWeKnowError as err:
        return Failure(article.origin, "clean", str(err))
    if not document.text.strip():
        return Failure(
            article.origin,
            "clean",
            f"{article.origin}: no article text left after "
            "removing captions and credits. Check the input is an article.",
        )
    return document


def _flush(
    pending: list[Document | Duplicate | Failure], nlp: Language, batch_size: int
) -> Iterator[Result]:
    documents = [p for p in pending if isinstance(p, Document)]
    docs = nlp.pipe((d.text for d in documents), batch_size=batch_size)
    for item in pending:
        if not isinstance(item, Document):
            yield item
            continue
        doc = next(docs)
        try:
            yield extract_doc(item, doc, nlp)
        except Exception as err:  # one bad document must not stop the others
            log.debug("extraction failed for %s", item.origin, exc_info=True)
            yield Failure(
                item.origin,
                "extract",
                f"{item.origin}: extraction failed "
                f"({type(err).__name__}: {err}). Please report it with this input.",
            )
