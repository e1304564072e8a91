"""whatweknow as a spaCy pipeline component, for your own pipeline:

    import spacy
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("whatweknow")              # found through the `spacy_factories` entry point
    doc = nlp(text)
    doc._.statements, doc._.figures, doc._.entities, doc._.events, doc._.questions
    doc._.extraction.to_dict()              # what `wwk extract` prints, less the cleaning

The same extractors as `wwk extract`, over the Doc as it is: every span is an end-exclusive
character offset into `doc.text` (the text you gave, not cleaned), and the records are the
frozen dataclasses of `whatweknow.model` (each has `to_dict()`). The component needs the
parser and, for entities, statements and events, the NER: put it after them (the default, last).

    nlp.add_pipe("whatweknow", config={"parts": ["figures"]})   # only what you need
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Document, Extraction, OffsetMap, document_id

__all__ = ["EXTENSIONS", "WhatWeKnow", "make_whatweknow", "register_extensions"]

EXTENSIONS = ("entities", "statements", "figures", "events", "questions")


def register_extensions() -> None:
    """`doc._.statements`, `doc._.figures`, … and `doc._.extraction`: once per process."""
    for name in (*EXTENSIONS, "extraction"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None if name == "extraction" else ())


@Language.factory(
    "whatweknow",
    assigns=[*(f"doc._.{name}" for name in EXTENSIONS), "doc._.extraction"],
    requires=["token.dep", "doc.ents"],
    default_config={"parts": list(EXTENSIONS)},
)
def make_whatweknow(nlp: Language, name: str, parts: list[str]) -> WhatWeKnow:
    return WhatWeKnow(nlp, name, tuple(parts))


class WhatWeKnow:
    """Sets the whatweknow records of each Doc; never changes the Doc's own annotations."""

    def __init__(self, nlp: Language, name: str = "whatweknow", parts: tuple[str, ...] = ()):
        from ..extract import EXTRACTORS

        unknown = sorted(set(parts) - set(EXTRACTORS))
        if unknown:
            raise ValueError(
                f"whatweknow component: unknown parts {unknown}; choose from {list(EXTRACTORS)}."
            )
        self.nlp = nlp
        self.name = name
        self.parts = parts or EXTRACTORS
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from ..extract import extract_doc

        text = doc.text
        document = Document(
            id=document_id(text),
            text=text,
            raw=text,
            origin=self.name,
            kind="text",
            offsets=OffsetMap((0,), (0,), (True,)),  # the text is its own raw text
        )
        extraction: Extraction = extract_doc(document, doc, self.nlp, self.parts)
        for name in EXTENSIONS:
            setattr(doc._, name, getattr(extraction, name))
        doc._.extraction = extraction
        return doc

    def pipe(self, docs: Any, batch_size: int = 32) -> Any:
        for doc in docs:
            yield self(doc)
