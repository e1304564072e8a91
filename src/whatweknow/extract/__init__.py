"""Extractors: read a parsed spaCy Doc, return frozen records; they never change the Doc.

extraction = extract(document)                  # parse and extract one document
for extraction in extract_many(documents): ...  # the same, batched through nlp.pipe
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .. import __version__
from ..model import Document, Extraction
from ..nlp import load_nlp, parse
from .attribution import statements
from .entities import build_index, entities
from .events import events
from .figures import figures
from .quantities import dated_times
from .questions import questions

__all__ = [
    "entities",
    "events",
    "extract",
    "extract_doc",
    "extract_many",
    "figures",
    "questions",
    "statements",
]


EXTRACTORS = ("entities", "statements", "figures", "events", "questions")
# The spaCy components each extractor reads.
NEEDS = {
    "entities": {"ner"},
    "statements": {"ner", "parser"},
    "figures": {"parser"},
    "events": {"ner", "parser"},
    "questions": {"parser"},
}


def unneeded_components(parts: tuple[str, ...] = EXTRACTORS) -> tuple[str, ...]:
    """Components no chosen extractor reads: leave them out of the pipeline for speed."""
    needed = set().union(*(NEEDS[p] for p in parts)) if parts else set()
    return tuple(c for c in ("ner",) if c not in needed)


def extract_doc(
    document: Document, doc: Doc, nlp: Language, parts: tuple[str, ...] = EXTRACTORS
) -> Extraction:
    """Every chosen extractor over an already parsed Doc of `document.text`."""
    needs_index = {"entities", "statements", "events"} & set(parts)
    index = build_index(doc) if needs_index else None
    found = statements(doc, document, index) if index is not None and "statements" in parts else ()
    numbers = figures(doc, document, found, index) if "figures" in parts else ()
    dated = events(doc, document, index, found) if index is not None and "events" in parts else ()
    dated_times(numbers, dated)
    return Extraction(
        document=document,
        entities=index.entities if index is not None and "entities" in parts else (),
        statements=found,
        figures=numbers,
        events=dated,
        questions=questions(doc, document, found, index) if "questions" in parts else (),
        extractor=extractor_info(nlp),
    )


def extract(
    document: Document, nlp: Language | None = None, parts: tuple[str, ...] = EXTRACTORS
) -> Extraction:
    nlp = nlp or load_nlp(exclude=unneeded_components(parts))
    return extract_doc(document, next(parse(nlp, [document.text])), nlp, parts)


def extract_many(
    documents: Iterable[Document],
    nlp: Language | None = None,
    batch_size: int = 32,
    parts: tuple[str, ...] = EXTRACTORS,
) -> Iterator[Extraction]:
    nlp = nlp or load_nlp(exclude=unneeded_components(parts))
    waiting: deque[Document] = deque()  # read by the parse, not yet extracted

    def texts() -> Iterator[str]:
        for document in documents:
            waiting.append(document)
            yield document.text

    for doc in parse(nlp, texts(), batch_size):
        yield extract_doc(waiting.popleft(), doc, nlp, parts)


def extractor_info(nlp: Language) -> dict[str, str]:
    return {
        "name": "whatweknow",
        "version": __version__,
        "model": f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}",
    }
