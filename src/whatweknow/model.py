"""The records that flow through the pipeline: frozen, slotted, JSON-ready.

Every offset is a character offset into `Document.text` (the clean text), end-exclusive.
`Span.text` is redundant on purpose: tests prove that `document.text[start:end] == text`.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import asdict, dataclass, field
from typing import Any


def document_id(raw: str) -> str:
    """A document's id: a hash of its raw text as ingested, whitespace runs collapsed. It does
    not depend on cleaning, so new clean settings or a new version never change a document's
    id, and the same article ingested twice gets the same one. Never change this function:
    stored ids and the citations in briefs depend on it."""
    return hashlib.sha256(" ".join(raw.split()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps clean-text offsets back to raw-text offsets.

    The clean text is a sequence of segments. A *copied* segment is raw text carried over
    character for character (possibly with a 1:1 character substitution such as a quote
    normalised), so offset i in it maps to `raw_start + (i - clean_start)`. An *inserted*
    segment (a space added between glued words, a paragraph break) has no raw counterpart and
    maps to the raw position where it was inserted.
    """

    clean_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    copied: tuple[bool, ...]

    def to_raw(self, offset: int) -> int:
        if not self.clean_starts:
            return offset
        k = max(bisect_right(self.clean_starts, offset) - 1, 0)
        if self.copied[k]:
            return self.raw_starts[k] + (offset - self.clean_starts[k])
        return self.raw_starts[k]

    def to_list(self) -> list[list[int]]:
        return [
            [c, r, int(k)]
            for c, r, k in zip(self.clean_starts, self.raw_starts, self.copied, strict=True)
        ]

    @classmethod
    def from_list(cls, rows: list[list[int]]) -> OffsetMap:
        return cls(
            tuple(r[0] for r in rows), tuple(r[1] for r in rows), tuple(bool(r[2]) for r in rows)
        )


@dataclass(frozen=True, slots=True)
class Article:
    """What ingest produces: raw text as found, with its metadata, before cleaning."""

    raw: str
    origin: str  # where it came from: a path, a URL, "dump.jsonl:12", "feed.xml#3"
    kind: str  # text | html | feed | jsonl
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date or date-time
    outlet: str | None = None
    author: str | None = None
    locale: str | None = None  # "en", "de-DE": decides how "1,5" and "20 000" read


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned article: the stored clean text, the raw text and the map between them."""

    id: str
    text: str
    raw: str
    origin: str
    kind: str
    offsets: OffsetMap
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    locale: str | None = None
    captions: tuple[Span, ...] = ()  # photo captions kept in the text, not article prose

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def in_caption(self, offset: int) -> bool:
        return any(c.start <= offset < c.end for c in self.captions)

    def metadata(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "outlet": self.outlet,
            "author": self.author,
            "locale": self.locale,
            "origin": self.origin,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str  # person | organization | place | group | other
    label: str  # the spaCy NER label it came from
    mentions: tuple[Span, ...]
    aliases: tuple[str, ...] = ()  # other names in the text: "Cancian", "Mr. Cancian", "CSIS"
    descriptors: tuple[Span, ...] = ()  # "a North Korea expert at the Stimson Center"
    affiliation: str | None = None  # the organisation named in a descriptor
    stands_for: str | None = None  # metonymy: "Pyongyang" as an actor -> "North Korea"
    gender: str | None = None  # "male" | "female" where the text tells ("Mr.", "his wife")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "label": self.label,
            "aliases": list(self.aliases),
            "descriptors": [d.to_dict() for d in self.descriptors],
            "affiliation": self.affiliation,
            "stands_for": self.stands_for,
            "gender": self.gender,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document; `to_dict` is the `wwk extract` contract."""

    document: Document
    entities: tuple[Entity, ...] = ()
    statements: tuple[Any, ...] = ()
    figures: tuple[Any, ...] = ()
    events: tuple[Any, ...] = ()
    questions: tuple[Any, ...] = ()
    extractor: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        return {
            "document": {
                **doc.metadata(),
                "text": doc.text,
                "captions": [c.to_dict() for c in doc.captions],
            },
            "entities": [e.to_dict() for e in self.entities],
            "statements": [_as_dict(s) for s in self.statements],
            "figures": [_as_dict(f) for f in self.figures],
            "events": [_as_dict(e) for e in self.events],
            "questions": [_as_dict(q) for q in self.questions],
            "extractor": dict(self.extractor),
        }


def _as_dict(record: Any) -> dict[str, Any]:
    if isinstance(record, dict):
        return record  # already a record (rebuilt from a batch shard)
    if hasattr(record, "to_dict"):
        return record.to_dict()  # type: ignore[no-any-return]
    return asdict(record)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input, or one record inside it, that could not be processed: data, not a crash."""

    origin: str
    stage: str  # ingest | clean | extract | store
    message: str  # names the input and the fix


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to, resolved to a canonical name where the text allows."""

    name: str | None  # "Mark Cancian" (not "he", "Mr. Cancian"); "unnamed sources"
    kind: str  # person | organization | group | document | anonymous | unresolved
    mention: Span | None  # what the text actually says: "he", "Lt. Gen. (retd) Chun"
    entity: str | None = None  # id of the entity record
    members: tuple[str, ...] = ()  # entity ids of a joint source: "Mr. Madden and Mr. Cancian"

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "entity": self.entity,
            "kind": self.kind,
            "mention": self.mention.to_dict() if self.mention else None,
            "members": list(self.members),
        }


@dataclass(frozen=True, slots=True)
class Statement:
    """An attribution: a speaker, a cue ("said", "according to") and what is attributed."""

    id: str
    speaker: Speaker
    cue: Span | None  # None only for a quote that continues a speaker's earlier quote
    content: Span
    fragments: tuple[Span, ...]  # the content's pieces when it is split around the cue
    form: str  # direct | indirect | mixed
    nested_in: str | None = None  # id of the statement that reports this one
    certainty: dict[str, Any] | None = None  # cues, ICD 203 level, basis (see extract.certainty)
    negated: bool = False  # the text says the source did NOT say it: "did not say that …"
    extractor: str = "statements"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.to_dict(),
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "fragments": [f.to_dict() for f in self.fragments],
            "form": self.form,
            "nested_in": self.nested_in,
            "certainty": self.certainty,
            "negated": self.negated,
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in the text, normalised, with its bounds, unit, rate, meaning and source."""

    id: str
    span: Span
    value: float | None  # the number stated; for a range its midpoint; for vague, the low end
    low: float | None  # lower bound, when the text gives one ("at least", a range, "thousands")
    high: float | None  # upper bound ("as many as", "up to", a range)
    qualifier: str  # exact | approx | lower | upper | range | vague
    qualifier_span: Span | None  # "about", "as many as", "between … and"
    unit: str | None  # measure units: "km", "%", "tonnes", "mph"
    currency: str | None  # ISO 4217: "USD", "GBP"
    per: tuple[str, ...]  # rate denominators: ("soldier", "month")
    counted: str | None  # the counted noun: "troops", "soldiers", "times"
    measure: str | None  # short normalised phrase of what is measured
    source: dict[str, Any] | None  # who asserts it: the speaker of the enclosing statement
    statement: str | None  # id of that statement
    equivalents: tuple[dict[str, Any], ...]  # "$2,000 (£1,585)": the £1,585 as an equivalent
    hedged: bool  # inside "may", "reportedly", "believed to", "estimates"
    direction: str | None = None  # up | down: "rose 5%", "fell to 20"
    certainty: dict[str, Any] | None = None  # cues, ICD 203 level, basis (see extract.certainty)
    tally: tuple[float, ...] | None = None  # a vote or score, both counts: "97-1" -> (97, 1)
    quantity: dict[str, Any] | None = None  # what is measured, for clusters (merge.figures)
    extractor: str = "figures"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.span.text,
            "start": self.span.start,
            "end": self.span.end,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "qualifier_span": self.qualifier_span.to_dict() if self.qualifier_span else None,
            "unit": self.unit,
            "currency": self.currency,
            "per": list(self.per),
            "counted": self.counted,
            "measure": self.measure,
            "source": self.source,
            "statement": self.statement,
            "equivalents": list(self.equivalents),
            "hedged": self.hedged,
            "direction": self.direction,
            "certainty": self.certainty,
            "tally": list(self.tally) if self.tally else None,
            "quantity": self.quantity,
        }


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening: who did what to whom, where and when."""

    id: str
    span: Span  # the sentence that tells it
    predicate: str  # "blow up", "sign", "invasion"
    phrase: str  # a short phrase of what happened: "blow up parts of two roads"
    actor: dict[str, Any] | None  # {"name", "entity", "mention"}
    target: dict[str, Any] | None
    place: dict[str, Any] | None
    date: dict[str, Any]  # {"text", "start", "end", "iso", "precision", "resolved", "note"}
    caption: bool = False  # told in a photo caption, not the article's prose
    statement: str | None = None  # the statement that reports it, if any
    label: str = ""  # who did what, in the text's words: "Senate overrode the veto"
    # how the text holds it: asserted (a timeline event), negated, conditional, hypothetical,
    # generic ("they rely on today") or fragment (no one doing anything)
    mode: str = "asserted"
    quoted: bool = False  # the date is inside quotation marks (direct speech)
    extractor: str = "events"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": self.span.to_dict(),
            "predicate": self.predicate,
            "phrase": self.phrase,
            "actor": self.actor,
            "target": self.target,
            "place": self.place,
            "date": self.date,
            "caption": self.caption,
            "statement": self.statement,
            "label": self.label,
            "mode": self.mode,
            "quoted": self.quoted,
        }


@dataclass(frozen=True, slots=True)
class Question:
    """A question the article asks, with the text that answers it."""

    id: str
    span: Span
    heading: bool  # a section heading: short, plain, a paragraph of its own
    answer: Span | None  # the text under the heading, or after the question
    answered: bool  # false when the answer says it cannot say and no one answers it
    answered_by: tuple[str, ...] = ()  # speakers quoted in the answer who answer it
    cannot_say: Span | None = None  # "it's hard to say"
    framing: bool = False  # the question the article as a whole answers
    extractor: str = "questions"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "span": self.span.to_dict(),
            "heading": self.heading,
            "answer": self.answer.to_dict() if self.answer else None,
            "answered": self.answered,
            "answered_by": list(self.answered_by),
            "cannot_say": self.cannot_say.to_dict() if self.cannot_say else None,
            "framing": self.framing,
        }
