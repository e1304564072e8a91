"""The "What we know" brief as data: the ledger of a set of documents, under a title.

Every item keeps its source: document id, character offsets, outlet and date. The renderers
(Markdown, HTML) only lay this out; they add fixed template words, never claims.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from .. import __version__
from ..merge import merge
from ..settings import Settings, load_settings
from .context import add_context

_WHAT_WE_KNOW = re.compile(r"(?i)^what we know(?: so far)? about\s+")


def build(
    store: Any,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    settings: Settings | None = None,
    documents: list[dict[str, Any]] | None = None,
    everything: bool = False,
) -> dict[str, Any]:
    """The brief of the documents `about` a query within a date span (or of `documents`): the
    top rows of each part (settings `[brief] rows`), or `everything`."""
    settings = settings or load_settings()
    documents = documents if documents is not None else store.select(about, since, until)
    limit = None if everything else settings["brief"]["rows"]
    ledger = merge(store, documents, settings, limit)
    made = {
        "title": _title(about, documents, ledger, store),
        "about": about,
        "since": since,
        "until": until,
        "generated_by": f"whatweknow {__version__}",
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **ledger,
        "disputed": [c for c in ledger["figures"] if c["status"] == "disputed"],
    }
    add_context(store, made)
    return made


def jsonable(value: Any) -> Any:
    """The brief as strict JSON: an open bound (infinity) becomes null."""
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return None
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _title(
    about: str | None, documents: list[dict[str, Any]], ledger: dict[str, Any], store: Any = None
) -> str:
    """The subject of the one story briefed (its "What we know about …" headline, or its
    title), whether a query chose it or not; else the query as the articles write it ("north
    korean troops" -> "North Korean troops"); else how much was briefed, never one article's
    headline for many."""
    if not documents:
        if about:
            return f"What we know about {about}"
        return "What we know: nothing yet (no documents match)"
    if ledger["coverage"]["independent_articles"] == 1:
        title = (documents[0].get("title") or "").strip()
        if _WHAT_WE_KNOW.match(title):
            return f"What we know about {_WHAT_WE_KNOW.sub('', title).rstrip('?.')}"
        if title and not about:
            return f"What we know: {title}"
    if about:
        return f"What we know about {_as_written(about, documents, store)}"
    coverage = ledger["coverage"]
    outlets = len(coverage["outlets"])
    return (
        f"What we know from {coverage['articles']:,} article{'s' * (coverage['articles'] != 1)}"
        f" and {outlets:,} outlet{'s' * (outlets != 1)}"
    )


# How many of the chosen articles' texts are searched for the query as they write it.
_WRITTEN_IN = 20


def _as_written(about: str, documents: list[dict[str, Any]], store: Any) -> str:
    """The query as the articles write it, where they do ("north korean troops" -> "North
    Korean troops"), from their texts, else their titles; else word by word; else as typed."""
    words = about.split()
    if not words or any(w != w.lower() for w in words):
        return about  # typed with capitals: as typed
    pattern = re.compile(r"(?i)\b" + r"\s+".join(re.escape(w) for w in words) + r"\b")
    sources = []  # the texts first: headlines are often in title case
    if store is not None and hasattr(store, "texts"):
        chosen = [d["id"] for d in documents[:_WRITTEN_IN]]
        sources += list(store.texts(chosen).values())
    sources += [d.get("title") or "" for d in documents]
    for source in sources:
        found = pattern.search(source)
        if found and found.group() != found.group().upper():  # not a shouting headline
            return " ".join(found.group().split())
    # word by word, each as the articles most often write it ("clinton" -> "Clinton")
    written = []
    for word in words:
        forms = Counter(
            m.group()
            for source in sources
            for m in re.finditer(rf"(?i)\b{re.escape(word)}\b", source)
            if m.group() != m.group().upper() or len(word) == 1
        )
        written.append(forms.most_common(1)[0][0] if forms else word)
    return " ".join(written)
