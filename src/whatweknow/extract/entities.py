"""Entities within one document: NER mentions grouped, named and described.

- NER's usual slips corrected: photo agencies and squares are not people, "Bloomberg" and
  "the Center for Strategic and International Studies" are organisations, not places.
- People: titles dropped ("Lt. Gen. (retd) Chun" -> "Chun"), a surname or a title + surname
  joins the full name it belongs to ("Mr. Cancian" -> "Mark Cancian"; "Chun" -> "Chun In-bum").
- Acronyms join their long form: "Center for Strategic and International Studies (CSIS)".
- Descriptors from appositions and "of"/"at" phrases; the first organisation in them is the
  affiliation.
- Metonymy: a capital used as an actor stands for its country ("Pyongyang needs money");
  a nationality adjective ties to its country ("North Korean" -> North Korea).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import lexicon
from ..model import Entity, Span
from ..names import name_tokens
from ..nlp import text_of

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
_WORD = re.compile(r"[\w][\w'’.-]*")
_ACRONYM = re.compile(r"\(([A-Z][A-Z&.]{1,9})\)")


@dataclass
class _Group:
    type: str
    label: str
    key: tuple[str, ...]
    mentions: list[Span] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    descriptors: list[Span] = field(default_factory=list)
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The entities of a document, and which entity each mention belongs to."""

    entities: tuple[Entity, ...]
    by_offset: dict[int, Entity]  # mention start -> entity

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention inside [start, end), preferring the leftmost."""
        for offset in range(start, end):
            entity = self.by_offset.get(offset)
            if entity is not None:
                return entity
        return None

    def containing(self, offset: int) -> Entity | None:
        """The entity with a mention that covers `offset`."""
        for entity in self.entities:
            if any(m.start <= offset < m.end for m in entity.mentions):
                return entity
        return None

    def person(self, words: tuple[str, ...]) -> Entity | None:
        """The person entity a bare name refers to, or None."""
        if not words:
            return None
        words = tuple(w.lower() for w in words)
        people = [
            (e, tuple(w.lower() for w in name_tokens(e.name)))
            for e in self.entities
            if e.type == "person"
        ]
        for entity, name in people:
            if name == words:
                return entity
        candidates = [e for e, name in people if words[-1] in name]
        return candidates[0] if len(candidates) == 1 else None


def build_index(doc: Doc) -> EntityIndex:
    groups: list[_Group] = []
    by_key: dict[tuple[str, tuple[str, ...]], _Group] = {}
    pending_people: list[tuple[Span, tuple[str, ...], str]] = []
    for ent in doc.ents:
        kind = ENTITY_TYPES.get(ent.label_)
        if kind is None:
            continue
        span = _trimmed(doc, ent.start_char, ent.end_char)
        if span is None:
            continue
        kind = _corrected_type(kind, span.text)
        if kind is None:
            continue
        if kind == "person":
            span = _with_first_names(doc, ent, span)
            words = name_tokens(span.text)
            if words:
                pending_people.append((span, words, ent.label_))
            continue
        name = _LEADING_THE.sub("", span.text)
        key = (kind, (name.lower(),))
        if key not in by_key:
            by_key[key] = _Group(kind, ent.label_, key[1])
            groups.append(by_key[key])
        by_key[key].mentions.append(span)
        by_key[key].names.append(name)
    _add_people(groups, pending_people)
    _merge_people_known_by_surname(groups)
    _merge_acronyms(text_of(doc), groups)
    groups.sort(key=lambda g: g.mentions[0].start)
    return _index(doc, groups)


def _with_first_names(doc: Doc, ent: SpacySpan, span: Span) -> Span:
    """NER sometimes keeps only the surname: "Rustem [Umerov]". Take the given names back."""
    start = ent.start
    while start > 0:
        prev = doc[start - 1]
        if prev.pos_ != "PROPN" or prev.ent_type_ not in ("", "PERSON") or not prev.is_title:
            break
        if prev.lower_.rstrip(".") in lexicon.TITLES:
            break
        start -= 1
    if start == ent.start:
        return span
    return Span(doc[start].idx, span.end, text_of(doc)[doc[start].idx : span.end])


def _trimmed(doc: Doc, start: int, end: int) -> Span | None:
    text = text_of(doc)[start:end]
    trimmed = _POSSESSIVE.sub("", text).rstrip(" ,.")
    if not trimmed.strip():
        return None
    lead = len(trimmed) - len(trimmed.lstrip())
    return Span(start + lead, start + len(trimmed), trimmed.strip())


def _corrected_type(kind: str, text: str) -> str | None:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    if kind == "person" and set(words) & lexicon.NOT_PEOPLE_WORDS:
        return "place" if words[-1] in ("square", "street", "avenue", "palace", "hall") else None
    if kind in ("place", "person", "group") and (
        " ".join(words) in lexicon.KNOWN_ORGANIZATIONS or set(words) & lexicon.ORGANIZATION_WORDS
    ):
        return "organization"
    return kind


def _add_people(groups: list[_Group], people: list[tuple[Span, tuple[str, ...], str]]) -> None:
    """Full names first; then each short mention joins the full name it belongs to."""
    full: list[_Group] = []
    for span, words, label in people:
        if len(words) < 2:
            continue
        group = next((g for g in full if g.key == words), None)
        if group is None:
            group = _Group("person", label, words)
            full.append(group)
            groups.append(group)
        group.mentions.append(span)
        group.names.append(span.text)
    short: dict[tuple[str, ...], _Group] = {}
    for span, words, label in people:
        if len(words) >= 2:
            continue
        group = _full_name_for(words[0], span.start, full)
        if group is None:
            group = short.get(words)
            if group is None:
                group = short[words] = _Group("person", label, words)
                groups.append(group)
        group.mentions.append(span)
        group.names.append(span.text)


def _full_name_for(word: str, at: int, full: list[_Group]) -> _Group | None:
    """The full name whose surname (or, failing that, first name) is `word`, nearest before."""
    for position in (-1, 0):
        matches = [g for g in full if g.key[position] == word]
        if matches:
            before = [g for g in matches if g.mentions[0].start < at]
            return (before or matches)[-1] if before else matches[0]
    return None


def _merge_people_known_by_surname(groups: list[_Group]) -> None:
    """NER sometimes tags a lone surname as NORP or ORG ("Cancian agrees"): fold it in."""
    people = [g for g in groups if g.type == "person" and len(g.key) >= 2]
    for group in list(groups):
        if group.type in ("group", "organization") and len(group.names[0].split()) == 1:
            word = group.names[0]
            if word.lower() in lexicon.DEMONYMS:
                continue
            target = _full_name_for(word, group.mentions[0].start, people)
            if target is not None:
                target.mentions.extend(group.mentions)
                target.names.extend(group.names)
                target.mentions.sort(key=lambda s: s.start)
                groups.remove(group)


def _merge_acronyms(text: str, groups: list[_Group]) -> None:
    """ "Long Name (LN)": the acronym's mentions join the long form's entity."""
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1).replace(".", "")
        before = text[: match.start()].rstrip()
        long_form = next((g for g in groups if any(m.end == len(before) for m in g.mentions)), None)
        if long_form is None or not _initials_match(long_form.names[0], acronym):
            continue
        short = next(
            (g for g in groups if g is not long_form and g.key == (acronym.lower(),)), None
        )
        if short is not None:
            long_form.mentions.extend(short.mentions)
            long_form.names.extend(short.names)
            long_form.mentions.sort(key=lambda s: s.start)
            groups.remove(short)
        if acronym not in long_form.names:
            long_form.names.append(acronym)


def _initials_match(name: str, acronym: str) -> bool:
    capitals = "".join(w[0] for w in _WORD.findall(name) if w[0].isupper())
    return capitals.upper() == acronym.upper() or capitals.upper().startswith(acronym.upper())


def _index(doc: Doc, groups: list[_Group]) -> EntityIndex:
    entities = []
    by_offset: dict[int, Entity] = {}
    for number, group in enumerate(groups, start=1):
        name = _canonical(group)
        aliases = sorted({n for n in group.names if n != name})
        descriptors = _descriptors(doc, group) if group.type == "person" else []
        entity = Entity(
            id=f"e{number}",
            name=name,
            type=group.type,
            label=group.label,
            mentions=tuple(sorted(group.mentions, key=lambda s: s.start)),
            aliases=tuple(aliases),
            descriptors=tuple(descriptors),
            affiliation=_affiliation(doc, descriptors),
            stands_for=_stands_for(doc, group),
        )
        entities.append(entity)
        for mention in entity.mentions:
            by_offset[mention.start] = entity
    return EntityIndex(tuple(entities), by_offset)


def _canonical(group: _Group) -> str:
    if group.type == "person":
        return " ".join(group.key)
    longest = max(group.names, key=lambda n: (len(n.split()), len(n)))
    return _LEADING_THE.sub("", longest)


def _descriptors(doc: Doc, group: _Group) -> list[Span]:
    """Appositions and of/at phrases after a person's mentions."""
    found: list[Span] = []
    for mention in group.mentions:
        head = _head_token(doc, mention)
        if head is None:
            continue
        for child in head.children:
            # A person's apposition is one role ("a retired general"), never a plural noun.
            role = (
                child.dep_ == "appos"
                and child.tag_ in ("NN", "NNP")
                and child.ent_type_ != "PERSON"
            )
            if role or (
                child.dep_ == "prep" and child.lower_ in ("of", "at", "from") and child.i > head.i
            ):
                span = _subtree_span(doc, child)
                if span and span.text not in {f.text for f in found}:
                    found.append(span)
    return found


def _affiliation(doc: Doc, descriptors: list[Span]) -> str | None:
    """The organisation in "… at the Stimson Center in Washington", "of the CSIS"."""
    for descriptor in descriptors:
        tokens = doc.char_span(descriptor.start, descriptor.end, alignment_mode="expand")
        for token in tokens:
            if (
                token.dep_ == "pobj"
                and token.head.lower_ in ("at", "of", "with", "from")
                and (token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "GPE", "FAC"))
            ):
                words = [t for t in token.subtree if not _outside_name(t, token)]
                name = text_of(doc)[words[0].idx : words[-1].idx + len(words[-1])]
                name = _LEADING_THE.sub("", re.sub(r"\s*\([^)]*\)?$", "", name))
                if name:
                    return name
    return None


def _outside_name(token: Token, head: Token) -> bool:
    """Tokens of a noun phrase that are not part of an organisation's name ("in Washington")."""
    for ancestor in (token, *token.ancestors):
        if ancestor == head:
            return False
        if ancestor.dep_ in ("prep", "relcl", "acl", "appos") and ancestor.lower_ not in (
            "of",
            "for",
        ):
            return True
    return False


def _stands_for(doc: Doc, group: _Group) -> str | None:
    name = group.names[0].lower()
    if group.type == "group":
        return lexicon.DEMONYMS.get(name)
    country = lexicon.CAPITALS.get(name)
    if country is None:
        return None
    for mention in group.mentions:
        head = _head_token(doc, mention)
        if (
            head is not None
            and head.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "pobj")
            and (head.dep_ != "pobj" or head.head.lower_ in ("to", "by"))
        ):
            return country
    return None


def _head_token(doc: Doc, span: Span) -> Token | None:
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    return tokens.root if tokens is not None and len(tokens) else None


def _subtree_span(doc: Doc, token: Token) -> Span | None:
    tokens = list(token.subtree)
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ")”"):
        tokens.pop()
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Span(start, end, text_of(doc)[start:end])


def entities(doc: Doc) -> tuple[Entity, ...]:
    return build_index(doc).entities
