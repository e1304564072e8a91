"""Re-extract stored documents with this version: clean and extract again from the stored raw
text, in place, so a store improves with the extractors.

    with Store("news.db") as store:
        ids, resumed = plan(store, where="outlet = 'BBC'")
        counts = reextract(store, ids)

Which documents: those another version extracted (every one with `everything=True`), narrowed
by `where`, an SQL condition on the documents' columns and `extractor_version`. The choice is
written to the store first; each document is then replaced in one transaction (its id and
metadata stay, its clean text, offsets and every record are new, and its extraction records the
version that made it) and leaves the list. A killed run loses nothing: the next run finishes
the list it left, whatever it is asked, before it chooses anew.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterator
from typing import Any

from . import __version__
from .model import Article, Extraction, Failure
from .settings import Settings, load_settings

__all__ = ["plan", "reextract"]

log = logging.getLogger(__name__)


def plan(store: Any, where: str | None = None, everything: bool = False) -> tuple[list[str], bool]:
    """The ids to re-extract, in storage order, and whether they are an interrupted run's."""
    pending = store.pending_reextract()
    if pending:
        return pending, True
    store.queue_reextract(where, stale=None if everything else __version__)
    return store.pending_reextract(), False


def reextract(
    store: Any,
    ids: list[str],
    settings: Settings | None = None,
    workers: int = 1,
    report: Callable[[object], None] = lambda _result: None,
) -> dict[str, int]:
    """Clean and extract the documents again from their raw text and replace them in place;
    count what happened. A document that fails keeps its old records."""
    from .merge import Linker
    from .pipeline import Duplicate, link_copies, run

    settings = copy.deepcopy(settings or load_settings())
    settings["ingest"]["language"] = "en"  # stored documents were accepted once; keep them
    counts = {"reextracted": 0, "text_changed": 0, "failed": 0}
    linker = Linker(store)
    pairs = iter(_stored(store, ids))
    current: list[str] = []

    def articles() -> Iterator[Article]:
        for stored_id, article in pairs:
            current.append(stored_id)
            yield article

    for result in run(articles(), settings, known=lambda _id: False, workers=workers):
        stored_id = current.pop(0)
        failure = result if isinstance(result, Failure) else None
        # the new records, the signature and copy link, and leaving the list are one
        # transaction: a kill leaves the document as it was, still on the list, or done
        with store.transaction():
            if isinstance(result, Extraction):
                changed = store.replace(stored_id, result)
                counts["reextracted"] += 1
                counts["text_changed"] += changed
                if changed or not store.has_signature(stored_id):  # copies found again
                    failure = link_copies(store, linker, stored_id, result, "re-extracted")
            elif isinstance(result, Duplicate):  # two stored documents with one raw text
                log.info("%s: the same raw text as another document; left as it is", stored_id)
            if failure is not None:
                store.add_failure(failure)
                counts["failed"] += 1
            store.done_reextract(stored_id)
        if failure is not None and failure is not result:
            report(failure)
        report(result)
    return counts


def _stored(store: Any, ids: list[str], chunk: int = 100) -> Iterator[tuple[str, Article]]:
    """The documents' stored raw text and metadata, read a chunk at a time."""
    for start in range(0, len(ids), chunk):
        yield from store.articles(ids[start : start + chunk])
