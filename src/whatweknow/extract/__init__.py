"""Extractors: read a parsed spaCy Doc, return frozen records; they never change the Doc.

extraction = extract(document)                  # parse and extract one document
for extraction in extract_many(documents): ...  # the same, batched through nlp.pipe
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .. import __version__
from ..model import Document, Extraction
from ..nlp import load_nlp
from .entities import build_index, entities
from .statements import statements

__all__ = ["entities", "extract", "extract_doc", "extract_many", "statements"]


def extract_doc(document: Document, doc: Doc, nlp: Language) -> Extraction:
    """Every extractor over an already parsed Doc of `document.text`."""
    index = build_index(doc)
    return Extraction(
        document=document,
        entities=index.entities,
        statements=statements(doc, document, index),
        extractor=extractor_info(nlp),
    )


def extract(document: Document, nlp: Language | None = None) -> Extraction:
    nlp = nlp or load_nlp()
    return extract_doc(document, nlp(document.text), nlp)


def extract_many(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[Extraction]:
    nlp = nlp or load_nlp()
    pairs = nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=batch_size)
    for doc, document in pairs:
        yield extract_doc(document, doc, nlp)


def extractor_info(nlp: Language) -> dict[str, str]:
    return {
        "name": "whatweknow",
        "version": __version__,
        "model": f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}",
    }
