"""Dated events: who did what to whom, where and when.

A date expression (spaCy's DATE entities) anchors an event; the parse gives the predicate it
modifies (a verb, or an event noun such as "invasion"), its actor, target and place. Dates are
resolved with `dateparser` against the document's publication date: "in October" in an article
published 2024-11-05 is 2024-10 (precision month). With no publication date, an expression
without a year stays unresolved and says so.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..model import Document, Event, Span, Statement
from ..nlp import text_of
from .entities import EntityIndex

_DURATION = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:past|last|next|first|coming|previous)\s+)?(?:\w+\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)(?:\s+old)?$"
)
_NOT_A_POINT = re.compile(
    r"(?i)^(?:daily|weekly|monthly|annually|yearly|years|decades|centuries|today's|"
    r"(?:its|their|the)\s+\w+\s+year|a\s+(?:day|week|month|year)|each\s+\w+|every\s+\w+|"
    r"recent\s+years|the\s+years|the\s+day|this\s+time|the\s+time|some\s+time|"
    r"\d+-year|\w+-year-old|the\s+future|the\s+past)$"
)
_MONTH = re.compile(
    r"(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_YEAR_SPAN = re.compile(
    r"^(?:(1[89]\d\d|20\d\d)\s*(?:-|–|to|and)\s*(1[89]\d\d|20\d\d)|(?P<decade>(?:1[89]|20)\d0)s)$"
)
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_WEEKDAY = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_RELATIVE = re.compile(r"(?i)\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this)\b")
_EVENT_NOUNS = frozenset(
    """invasion attack war election vote summit meeting rally pact treaty deal agreement visit
    talks strike offensive launch test ceasefire protest coup crash explosion blast deployment
    order decision ruling announcement speech referendum inauguration annexation occupation
    withdrawal bombing shooting arrest trial hearing sale merger purchase""".split()
)


def events(
    doc: Doc, document: Document, index: EntityIndex, statements: tuple[Statement, ...]
) -> tuple[Event, ...]:
    base = _base_date(document.published)
    found: list[Event] = []
    seen: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "DATE" or not _is_point_in_time(ent.text):
            continue
        predicate = _predicate(ent)
        if predicate is None or predicate.i in seen:
            continue
        seen.add(predicate.i)
        date = resolve(ent.text, base, future=_is_future(predicate))
        date.update({"start": ent.start_char, "end": ent.end_char, "text": ent.text})
        clause = _clause(predicate, ent)
        found.append(
            Event(
                id=f"v{len(found) + 1}",
                span=Span(clause[0], clause[1], text_of(doc)[clause[0] : clause[1]]),
                predicate=_predicate_text(predicate),
                phrase=_phrase(predicate, ent),
                actor=_participant(doc, index, _actor(predicate), ent),
                target=_participant(doc, index, _target(predicate), ent),
                place=_place(doc, index, predicate, ent),
                date=date,
                caption=document.in_caption(ent.start_char),
                statement=_statement_at(statements, ent.start_char),
            )
        )
    return tuple(found)


def _base_date(published: str | None) -> datetime | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def _is_point_in_time(text: str) -> bool:
    text = text.strip()
    if _NOT_A_POINT.match(text) or (_DURATION.match(text) and not _RELATIVE.search(text)):
        return False
    return bool(
        _MONTH.search(text) or _YEAR.search(text) or _WEEKDAY.search(text) or _RELATIVE.search(text)
    )


def resolve(expression: str, base: datetime | None, future: bool = False) -> dict[str, Any]:
    """An ISO date with its precision; unresolved (and saying so) when nothing anchors it."""
    import dateparser  # slow to import: only when an article has dates

    text = expression.strip()
    while True:  # "in mid-October" -> "October"
        shorter = re.sub(
            r"(?i)^(?:on|in|at|since|by|from|until|during|early|late|the|mid|between)(?:\s+|-)",
            "",
            text,
        )
        if shorter == text:
            break
        text = shorter
    span = _YEAR_SPAN.search(text)
    if span:  # "the 1990s", "2014-2017", "between 2014 and 2017"
        decade = span.group("decade")
        first, last = (decade, decade[:3] + "9") if decade else (span.group(1), span.group(2))
        return {"iso": f"{first}/{last}", "precision": "range", "resolved": True, "note": None}
    precision = _precision(text)
    absolute = bool(_YEAR.search(text))
    if base is None and not absolute:
        return {
            "iso": None,
            "precision": precision,
            "resolved": False,
            "note": "no publication date to resolve it against",
        }
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = base
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return {
            "iso": None,
            "precision": precision,
            "resolved": False,
            "note": "not a date dateparser can read",
        }
    iso = {
        "year": parsed.strftime("%Y"),
        "month": parsed.strftime("%Y-%m"),
        "week": parsed.strftime("%G-W%V"),
    }.get(precision, parsed.strftime("%Y-%m-%d"))
    return {"iso": iso, "precision": precision, "resolved": True, "note": None}


def _precision(text: str) -> str:
    if _WEEKDAY.search(text) or re.search(
        r"(?i)\b(?:yesterday|today|tomorrow|tonight|ago)\b", text
    ):
        return "day"
    if _MONTH.search(text):
        without_year = _YEAR.sub("", text)
        return "day" if _DAY.search(without_year) else "month"
    if re.search(r"(?i)\b(?:last|next|this)\s+month\b", text):
        return "month"
    if re.search(r"(?i)\b(?:last|next|this)\s+week\b", text):
        return "week"
    return "year"


def _predicate(ent: SpacySpan) -> Token | None:
    """The verb (or event noun) the date modifies."""
    node = ent.root
    for _ in range(4):
        if node.head.i == node.i:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
        if node.pos_ == "VERB":
            return node
        if node.pos_ == "NOUN" and node.lemma_.lower() in _EVENT_NOUNS:
            return node
    return None


def _is_future(predicate: Token) -> bool:
    return any(c.lower_ in ("will", "shall", "'ll", "’ll") for c in predicate.children)


def _predicate_text(predicate: Token) -> str:
    particles = [c.lower_ for c in predicate.children if c.dep_ == "prt"]
    return " ".join([predicate.lemma_.lower(), *particles])


def _actor(predicate: Token) -> Token | None:
    if predicate.pos_ == "NOUN":
        return next((c for c in predicate.children if c.dep_ == "poss"), None)
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        and predicate.dep_ in ("conj", "xcomp", "advcl")
        and predicate.head.pos_ == "VERB"
    ):
        subject = next((c for c in predicate.head.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in predicate.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), subject)
    return subject


def _target(predicate: Token) -> Token | None:
    if predicate.pos_ == "NOUN":
        of = next((c for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return next((c for c in predicate.children if c.dep_ in ("dobj", "attr")), None)


_NP_DEPS = frozenset(
    (
        "det",
        "amod",
        "compound",
        "nummod",
        "poss",
        "nmod",
        "quantmod",
        "case",
        "cc",
        "conj",
        "flat",
        "prep",
        "pobj",
        "advmod",
    )
)


def _noun_phrase(token: Token, date: SpacySpan | None = None) -> list[Token]:
    """A participant's words: modifiers, conjuncts and "of" phrases; no clauses, no date."""
    keep = [token]
    for child in token.children:
        if child.is_space or child.dep_ not in _NP_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        keep.extend(_noun_phrase(child, date))
    if date is not None:
        keep = [t for t in keep if not (date.start <= t.i < date.end)]
    return sorted(keep, key=lambda t: t.i)


def _participant(
    doc: Doc, index: EntityIndex, token: Token | None, date: SpacySpan | None = None
) -> dict[str, Any] | None:
    if token is None:
        return None
    words = _noun_phrase(token, date)
    if not words:
        return None  # the participant is the date itself ("2019 saw …")
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    mention = Span(start, end, text_of(doc)[start:end])
    entity = index.containing(token.idx)
    if entity is None and token.pos_ == "PRON" and token.lower_ in ("its", "it", "their", "they"):
        entity = _previous_place(index, token.sent.start_char)
    if token.conjuncts or entity is None:
        name = re.sub(r"(?i)^(?:the|a|an)\s+", "", mention.text)  # "the summit" -> "summit"
        return {"name": name, "entity": None, "mention": mention.to_dict()}
    name = entity.stands_for or entity.name
    return {"name": name, "entity": entity.id, "mention": mention.to_dict()}


def _previous_place(index: EntityIndex, before: int):
    """ "its invasion": the country or organisation named last before this sentence."""
    best = None
    for entity in index.entities:
        if entity.type not in ("place", "organization"):
            continue
        for mention in entity.mentions:
            if mention.start < before and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None


def _place(
    doc: Doc, index: EntityIndex, predicate: Token, date: SpacySpan
) -> dict[str, Any] | None:
    """A place the predicate happens in: "in Pyongyang", "near Kursk"."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near", "around", "outside"):
            continue
        for token in prep.children:
            if (
                token.dep_ == "pobj"
                and token.ent_type_ in ("GPE", "LOC", "FAC")
                and not (date.start <= token.i < date.end)
            ):
                return _participant(doc, index, token)
    return None


def _phrase(predicate: Token, date: SpacySpan) -> str:
    """ "blow up parts of two roads": the predicate and its object, date and clauses left out."""
    words = [_predicate_text(predicate)]
    target = _target(predicate)
    if target is not None and predicate.pos_ == "NOUN":
        words.append("of")  # "invasion of ukraine"
    if target is not None:
        words.extend(t.lower_ for t in _noun_phrase(target, date)[:8] if not t.is_punct)
    else:
        actor = _actor(predicate)
        if actor is not None and actor.pos_ == "NOUN":
            words.insert(0, actor.lower_)  # "rumors emerge"
    return " ".join(words)


def _clause(predicate: Token, date: SpacySpan) -> tuple[int, int]:
    sentence = predicate.sent
    start = min(sentence.start_char, date.start_char)
    end = max(sentence.end_char, date.end_char)
    text = text_of(predicate.doc)
    while end > start and text[end - 1] in " \n":
        end -= 1
    return start, end


def _statement_at(statements: tuple[Statement, ...], offset: int) -> str | None:
    for statement in statements:
        pieces = statement.fragments or (statement.content,)
        if any(p.start <= offset < p.end for p in pieces):
            return statement.id
    return None
