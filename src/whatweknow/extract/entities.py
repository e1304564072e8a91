"""Named entities from spaCy's NER, grouped into one record per entity within a document."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Entity, Span

# spaCy label -> our entity type. Numeric labels (DATE, MONEY, CARDINAL, ...) are not entities:
# figures and events pick them up.
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "other",
    "LAW": "other",
    "WORK_OF_ART": "other",
    "PRODUCT": "other",
    "LANGUAGE": "other",
}
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def entities(doc: Doc) -> tuple[Entity, ...]:
    """One Entity per distinct (type, name), with every mention, in order of first mention."""
    groups: dict[tuple[str, str], list[tuple[str, Span]]] = {}
    for ent in doc.ents:
        kind = ENTITY_TYPES.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start_char, ent.end_char
        text = doc.text[start:end]
        trimmed = _POSSESSIVE.sub("", text).rstrip()
        end -= len(text) - len(trimmed)
        if not trimmed:
            continue
        name = _LEADING_THE.sub("", trimmed)
        groups.setdefault((kind, name.lower()), []).append(
            (ent.label_, Span(start, end, doc.text[start:end]))
        )
    records = []
    for number, ((kind, _), mentions) in enumerate(groups.items(), start=1):
        first = mentions[0][1].text
        records.append(
            Entity(
                id=f"e{number}",
                name=_LEADING_THE.sub("", first),
                type=kind,
                label=mentions[0][0],
                mentions=tuple(span for _, span in mentions),
            )
        )
    return tuple(records)
