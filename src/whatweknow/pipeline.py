"""The chain, one link after another: ingest -> clean -> parse -> extract (-> store).

    for result in run(["news/"]):        # Extraction | Duplicate | Failure, in input order
        ...

Documents are parsed in batches through `nlp.pipe`; results come out in input order, so a
failure or a duplicate in the middle of a batch keeps its place.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from spacy.language import Language

from .clean import clean
from .errors import WhatWeKnowError
from .extract import extract_doc
from .language import language_failure
from .model import Article, Document, Extraction, Failure
from .nlp import load_nlp, parse
from .settings import Settings, load_settings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A document whose content hash is already known (in the store or earlier in this run)."""

    document_id: str
    origin: str


Result = Extraction | Duplicate | Failure

# With several workers, each batch of documents goes out as this many tasks.
TASKS_PER_BATCH = 4


def run(
    items: Iterable[Article | Failure],
    settings: Settings | None = None,
    nlp: Language | None = None,
    known: Callable[[str], bool] = lambda _id: False,
    workers: int = 1,
    pool: ProcessPoolExecutor | None = None,
) -> Iterator[Result]:
    """Clean, parse and extract every article; `known(id)` marks documents to skip.

    With `workers` > 1 the parse and extraction run in that many processes, each loading the
    model once and sending back records, not spaCy Docs. Results keep the input order, and at
    most two batches per worker are in flight (as small tasks), so memory stays flat whatever
    the input size. A `pool` from `worker_pool` is used as it is, and left running (a server
    keeps one for all its ingests).
    """
    settings = settings or load_settings()
    batch_size: int = settings["nlp"]["batch_size"]
    if pool is not None:
        yield from _in_pool(pool, items, settings, known, pool._max_workers)  # type: ignore[attr-defined]
        return
    if workers <= 1:
        for segment in _segments(items, settings, known, batch_size):
            yield from _flush(segment, nlp or load_nlp(settings), batch_size)
        return
    load_nlp(settings)  # fails here, clearly, if the model is missing; forked workers share it
    with worker_pool(workers, settings) as own:
        yield from _in_pool(own, items, settings, known, workers)


def worker_pool(
    workers: int, settings: Settings, method: str | None = None, nice: int = 0
) -> ProcessPoolExecutor:
    """Processes that parse and extract, each loading the model once, ending with their parent.
    fork (the default where it exists) starts them fast and shares a model already loaded;
    "spawn" is the safe choice in a process running threads (a server). `nice` lowers their
    priority (background work beside a server)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context(method or ("fork" if "fork" in methods else "spawn"))
    return ProcessPoolExecutor(
        workers, context, initializer=_start_worker, initargs=(settings, nice)
    )


def _in_pool(
    pool: ProcessPoolExecutor,
    items: Iterable[Article | Failure],
    settings: Settings,
    known: Callable[[str], bool],
    workers: int,
) -> Iterator[Result]:
    # Small tasks keep every worker busy to the end (a 32-document task left to one worker
    # while the other idles cost a tenth of a run); as many documents stay in flight.
    batch_size: int = settings["nlp"]["batch_size"]
    task_size = max(1, batch_size // TASKS_PER_BATCH)
    in_flight: deque[tuple[list, Future]] = deque()
    for segment in _segments(items, settings, known, task_size):
        documents = [p for p in segment if isinstance(p, Document)]
        in_flight.append((segment, pool.submit(_extract_in_worker, documents, batch_size)))
        if len(in_flight) >= 2 * TASKS_PER_BATCH * workers:
            yield from _merge(*in_flight.popleft())
    while in_flight:
        yield from _merge(*in_flight.popleft())


def _segments(
    items: Iterable[Article | Failure],
    settings: Settings,
    known: Callable[[str], bool],
    batch_size: int,
) -> Iterator[list[Document | Duplicate | Failure]]:
    """The input, cleaned, in runs holding `batch_size` new documents each."""
    seen: set[str] = set()
    pending: list[Document | Duplicate | Failure] = []
    for item in items:
        if isinstance(item, Article):
            item = _clean(item, settings)
        if isinstance(item, Document):
            if item.id in seen or known(item.id):
                item = Duplicate(item.id, item.origin)
            elif (failure := language_failure(item, settings)) is not None:
                item = failure  # not English: nothing to extract
            else:
                seen.add(item.id)
        pending.append(item)
        if sum(isinstance(p, Document) for p in pending) >= batch_size:
            yield pending
            pending = []
    if pending:
        yield pending


_worker_nlp: Language | None = None


def _start_worker(settings: Settings, nice: int = 0) -> None:
    global _worker_nlp
    _exit_with(os.getppid())
    if nice and hasattr(os, "nice"):
        os.nice(nice)
    _worker_nlp = load_nlp(settings)


def _exit_with(parent: int) -> None:
    """End this worker when `parent` goes, however it went: after a `kill -9` of the run no
    one is left to shut the pool down, and a worker would wait on its queue for ever (holding
    its model's memory). Linux says so at once; elsewhere a thread checks every second."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent went before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _extract_in_worker(documents: list[Document], batch_size: int) -> list[Result]:
    assert _worker_nlp is not None, "worker not started"
    return list(_flush(list(documents), _worker_nlp, batch_size))


def _merge(segment: list[Document | Duplicate | Failure], future: Future) -> Iterator[Result]:
    """The segment's items in order, its documents replaced by what the worker made of them."""
    try:
        extracted = iter(future.result())
    except BrokenProcessPool:
        raise WhatWeKnowError(
            "a worker process died (out of memory, or killed). Everything stored so far is "
            "complete; rerun to resume, with --workers 1 to see the error."
        ) from None
    for item in segment:
        yield next(extracted) if isinstance(item, Document) else item


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
    limit = settings["nlp"]["max_document_chars"]
    if len(document.text) > limit:
        return Failure(
            article.origin,
            "parse",
            f"{article.origin}: {len(document.text):,} characters, over the {limit:,} one "
            "document may have (a book, not an article; extraction slows with the square of "
            "the length). Split it into articles, or raise nlp.max_document_chars.",
        )
    return document


def _flush(
    pending: list[Document | Duplicate | Failure], nlp: Language, batch_size: int
) -> Iterator[Result]:
    documents = [p for p in pending if isinstance(p, Document)]
    docs = _parsed(nlp, documents, batch_size)
    for item in pending:
        if not isinstance(item, Document):
            yield item
            continue
        doc = next(docs)
        try:
            if isinstance(doc, Exception):
                raise doc
            yield extract_doc(item, doc, nlp)
        except Exception as err:  # one bad document must not stop the others
            stage = "parse" if isinstance(doc, Exception) else "extract"
            log.debug("%s failed for %s", stage, item.origin, exc_info=True)
            yield Failure(
                item.origin,
                stage,
                f"{item.origin}: {'parsing' if stage == 'parse' else 'extraction'} failed "
                f"({type(err).__name__}: {err}). Please report it with this input.",
            )


def _parsed(nlp: Language, documents: list[Document], batch_size: int) -> Iterator[Any]:
    """Each document's Doc, in order; when the batch's parse fails, the documents not yet
    parsed are parsed one by one, and the one that fails gets its exception instead."""
    done = 0
    try:
        for doc in parse(nlp, (d.text for d in documents), batch_size):
            done += 1
            yield doc
        return
    except Exception:
        log.debug("parsing a batch failed; parsing its documents one by one", exc_info=True)
    for document in documents[done:]:
        try:
            yield next(parse(nlp, [document.text]))
        except Exception as err:
            yield err


def ingest_into(
    store: Any,
    items: Iterable[Article | Failure] | Iterable[Extraction],
    settings: Settings | None = None,
    workers: int = 1,
    report: Callable[[Result], None] = lambda _result: None,
    extracted: bool = False,
    pool: ProcessPoolExecutor | None = None,
) -> dict[str, int]:
    """Store every result in one transaction each and link copies; count what happened.

    `items` are articles to extract or, with `extracted=True`, extractions made elsewhere
    (a batch run). `report` sees every result as it is stored (for progress and errors).
    """
    from .merge import Linker

    counts = {"ingested": 0, "duplicates": 0, "failed": 0}
    linker: Linker | None = None
    results: Iterable[Any] = (
        items
        if extracted
        else run(
            items,
            settings,
            known=store.has,
            workers=workers,  # type: ignore[arg-type]
            pool=pool,
        )
    )
    for result in results:
        if isinstance(result, Extraction):
            linker = linker or Linker(store)
            # the document, its records, its copy-detection signature and its copy link (or
            # the failure to find one) are one transaction: a kill leaves all or nothing
            with store.transaction():
                stored = store.add(result)
                failure = link_copies(store, linker, result.document.id, result) if stored else None
                if failure is not None:
                    store.add_failure(failure)
            if stored:
                counts["ingested"] += 1
                if failure is not None:
                    counts["failed"] += 1
                    report(failure)
            else:
                counts["duplicates"] += 1
        elif isinstance(result, Duplicate):
            counts["duplicates"] += 1
        else:
            store.add_failure(result)
            counts["failed"] += 1
        report(result)
    return counts


def link_copies(
    store: Any, linker: Any, document_id: str, result: Extraction, done: str = "stored"
) -> Failure | None:
    """Find the copies of the document stored under `document_id`, just `done` (stored, or
    re-extracted); a failure here undoes only the linking, and keeps the document."""
    document = result.document
    try:
        with store.savepoint():
            linker.link(document_id, document.text, document.published)
    except WhatWeKnowError:
        raise  # the store itself failed: the caller's transaction is undone
    except Exception as err:  # the document is stored; only its copy link is missing
        log.debug("linking %s failed", document.origin, exc_info=True)
        return Failure(
            document.origin,
            "link",
            f"{document.origin}: {done}, but checking for copies failed "
            f"({type(err).__name__}: {err}). Please report it.",
        )
    return None
