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
from itertools import pairwise

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from wordfreq import zipf_frequency

from .. import lexicon
from ..model import Entity, Span
from ..names import (
    SUFFIXES,
    given_name_listed,
    name_tokens,
    sex_of_given_name,
    state_named,
    suffix,
    surname,
)
from ..nlp import text_of
from .intervals import Intervals
from .numbers import PERCENT_WORDS
from .quotes import quotes

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
    gender: str | None = None  # "male" | "female" when the text tells
    guessed: bool = False  # the gender is the census's guess from the given name
    roles: set[str] = field(default_factory=set)  # titles and relations before its mentions
    # its mentions by the bare surname, with no title or honorific ("Trump said"), so far
    plain: int = 0
    # where the text introduces them as another's relative, and as which ("her husband, Bill
    # Clinton": husband)
    kin: list[tuple[int, str]] = field(default_factory=list)
    # where the text calls them by the surname alone, with or without an honorific
    called: list[int] = field(default_factory=list)
    # where the text names them as the one another holder of their surname is the relative of
    # ("Patricia Smith, mother of Benghazi victim Sean Smith": Sean Smith)
    kin_of: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The entities of a document, and which entity each mention belongs to."""

    entities: tuple[Entity, ...]
    by_offset: dict[int, Entity]  # mention start -> entity
    genders: dict[str, str] = field(default_factory=dict)  # entity id -> "male" | "female"
    guessed: frozenset[str] = frozenset()  # entity ids whose gender only the census gives
    countries: frozenset[str] = frozenset()  # the countries the text names
    # Built from `entities` once, so a lookup per statement or per date reads no other entity.
    _mentions: Intervals[Entity] = field(init=False, repr=False, compare=False)
    _people: dict[tuple[str, ...], Entity] = field(init=False, repr=False, compare=False)
    _people_by_word: dict[str, list[Entity]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        mentions = Intervals((m.start, m.end, e) for e in self.entities for m in e.mentions)
        people: dict[tuple[str, ...], Entity] = {}
        by_word: dict[str, list[Entity]] = {}
        for entity in self.entities:
            if entity.type != "person":
                continue
            name = tuple(w.lower() for w in name_tokens(entity.name))
            people.setdefault(name, entity)
            for word in dict.fromkeys(name):
                by_word.setdefault(word, []).append(entity)
        object.__setattr__(self, "_mentions", mentions)
        object.__setattr__(self, "_people", people)
        object.__setattr__(self, "_people_by_word", by_word)

    def foreign_affairs(self, *more: str) -> bool:
        """Two or more countries named (with `more`): a capital may act for its country."""
        return len(self.countries | set(more)) >= 2

    def gender(self, entity_id: str | None) -> str | None:
        return self.genders.get(entity_id or "")

    def other_sex(self, entity_id: str | None, gender: str | None) -> bool:
        """The text gives this person the sex other than `gender` ("he" is not "Ms. Zimmer");
        False where either is unknown."""
        known = self.gender(entity_id)
        return bool(gender and known and known != gender)

    def gender_guessed(self, entity_id: str | None) -> bool:
        """The text never gives this person's sex; the census guessed it from the name."""
        return (entity_id or "") in self.guessed

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention inside [start, end), preferring the leftmost."""
        for offset in range(start, end):
            entity = self.by_offset.get(offset)
            if entity is not None:
                return entity
        return None

    def containing(self, offset: int) -> Entity | None:
        """The entity with a mention that covers `offset` (the first, if two do)."""
        found = self._mentions.covering(offset)
        return found[0] if found else None

    def person(self, words: tuple[str, ...]) -> Entity | None:
        """The person entity a bare name refers to, or None."""
        if not words:
            return None
        words = tuple(w.lower() for w in words)
        if words in self._people:
            return self._people[words]
        candidates = self._people_by_word.get(words[-1], [])
        if len(candidates) > 1 and len(words) == 1:
            # father and son ("Dennis Hale Sr.", "Dennis Hale"): the one named first, whom the
            # text is about (as `_generation_for` joins the mentions the tagger found)
            family = [e for e in candidates if surname(name_tokens(e.name)).lower() == words[0]]
            if len(family) == len(candidates) and any(
                suffix(name_tokens(e.name)) in ("Jr.", "Sr.") for e in family
            ):
                return min(family, key=lambda e: e.mentions[0].start)
        return candidates[0] if len(candidates) == 1 else None


def build_index(doc: Doc) -> EntityIndex:
    groups: list[_Group] = []
    by_key: dict[tuple[str, tuple[str, ...]], _Group] = {}
    pending_people: list[tuple[Span, tuple[str, ...], str]] = []
    known = _NamesInUse.of(doc)
    surnames = _surnames_after_given_names(doc)
    for ent in _whole_names(doc):
        kind = ENTITY_TYPES.get(ent.label_)
        if kind is None:
            continue
        # a name never runs across two sentences: "in Washington, D.C. Smith's wife" is Smith
        opening = next((t for t in ent[1:] if t.is_sent_start), None)
        if opening is not None:
            ent = SpacySpan(doc, opening.i, ent.end, label=ent.label_)
        if ent.label_ == "PERSON":
            if _an_article_on(ent):
                continue  # "accepting the Purple Heart", "a replica Purple Heart"
            ent = known.after_a_question_s_auxiliary(ent)
            if ent is None:
                continue
            ent = known.name_within(ent)
        dash = next((t for t in reversed(ent[1:-1]) if a_dash(t)), None)
        if dash is not None and ent.label_ != "PERSON":
            # a dateline the tagger ran into the name after it ("CLEVELAND - Donald Trump
            # painted …"): that name, where it is a person's by `_a_person_by_name`, or by
            # its form alone after a dateline in capitals opening the paragraph ("WASHINGTON -
            # Nancy Pelosi said …", where the text may never call her "Pelosi")
            after = SpacySpan(doc, dash.i + 1, ent.end, label="PERSON")
            if _a_person_by_name(doc, after, dateline=_a_dateline(doc, ent.start, dash.i)):
                ent, kind = after, "person"
        if kind != "person" and (named := _name_after_owner_or_role(ent)) is not None:
            ent, kind = named, "person"  # "Fox News’ [Bret Baier]", "CEO [Carly Fiorina]"
        if any(a_dash(t) for t in ent[1:-1]):
            # "referring to Trump ― Pelosi said": two names a dash parts are no one name, nor a
            # name and the words after a spaced hyphen ("according to the Tax Policy Center -
            # half a percentage point of …")
            continue
        span = _trimmed(doc, ent.start_char, ent.end_char)
        if span is None:
            continue
        kind = _corrected_type(kind, span.text)
        if kind is None:
            continue
        if _given_name_before_a_person(doc, ent):
            kind = "person"  # "[Helen] and Frank Carver": the tagger's ORG is her given name
        elif kind != "person" and _a_person_by_name(doc, ent):
            kind = "person"  # "Carly Fiorina said Monday", tagged an organisation
        elif kind != "person" and len(ent) == 1 and ent.text in surnames:
            kind = "person"  # "Adel Nefzi said …. Nefzi, a chemistry professor", tagged a place
        if kind == "person":
            span = _with_first_names(doc, ent, span)
            words = name_tokens(span.text)
            if words and _a_name(words):
                pending_people.append((span, words, ent.label_))
            continue
        if kind == "organization" and ent.start > 0 and doc[ent.start - 1].text in ("U.S.", "US"):
            # "U.S. Capitol Police": the country is part of the agency's name
            start = doc[ent.start - 1].idx
            span = Span(start, span.end, text_of(doc)[start : span.end])
        name = _LEADING_THE.sub("", span.text)
        key = (kind, (name.lower(),))
        if key not in by_key:
            by_key[key] = _Group(kind, ent.label_, key[1])
            groups.append(by_key[key])
        by_key[key].mentions.append(span)
        by_key[key].names.append(name)
    pending_people.extend(_names_the_tagger_missed(doc, pending_people))
    _add_people(doc, groups, pending_people)
    _merge_people_known_by_surname(doc, groups)
    _merge_acronyms(text_of(doc), groups)
    _join_newspapers_by_last_word(groups)
    groups.sort(key=lambda g: g.mentions[0].start)
    _sex_the_pronouns_give(doc, groups)
    return _index(doc, groups)


_DASHES = frozenset("— – ― -- ‒".split())


def a_dash(token: Token) -> bool:
    """A dash between words: one of `_DASHES`, or a hyphen with a space on each side."""
    return token.text in _DASHES or (
        token.text == "-" and bool(token.whitespace_) and bool(token.nbor(-1).whitespace_)
    )


_ARTICLES = frozenset(("a", "an", "the"))


def _an_article_on(ent: SpacySpan) -> bool:
    """Whether a name the tagger took for a person's is one an article sets before it, as
    before a thing's: "he should not have accepted a replica Purple Heart", "criticized for
    accepting the Purple Heart" (a medal, which the brief listed as the speaker of "she said"
    after it). The article is the name's own (its determiner, nothing between but the noun
    the name stands beside: "a replica Purple Heart"); a person keeps a title or an adjective
    between ("the Rev. Al Sharpton", "the late John McCain"), a family its plural ("the
    Clintons"), and a name that only modifies a noun leaves the article to that noun ("the
    Trump campaign")."""
    doc = ent.doc
    root = ent.root
    first = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    if root.tag_ == "NNPS" or first == 0:
        return False
    before = doc[first - 1]
    if before.lower_ in _ARTICLES:
        return before.dep_ == "det" and before.head.i == root.i
    beside = before  # "a replica Purple Heart": the name in apposition to the noun before it
    return (
        root.dep_ in ("appos", "compound")
        and root.head.i == beside.i
        and beside.tag_ in ("NN", "NNS")
        and beside.i > 0
        and doc[beside.i - 1].lower_ in _ARTICLES
        and doc[beside.i - 1].head.i == beside.i
    )


def _whole_names(doc: Doc) -> list[SpacySpan]:
    """The tagger's names, with an organisation's name it cut in two made whole again: "the
    Daniel K Inouye Asia-Pacific Center for Security Studies" (the seed) was "Daniel K", an
    organisation of its own, and "Asia-Pacific Center for Security Studies", "Inouye" in
    neither. Two organisation spans are one name where only capitalised words the tagger left
    out part them (`_one_name_cut`), every proper noun of the first and between is a compound
    within the two, and the last of them, just before the second, modifies the second's words."""
    ents = [part for ent in doc.ents for part in _cut_at_its_cue(ent)]
    whole: list[SpacySpan] = []
    for ent in ents:
        before = whole[-1] if whole else None
        if before is not None and ent.start < before.end:
            continue  # the place or body an organisation's name ran on over
        if before is not None and _one_name_cut(doc, before, ent):
            whole[-1] = SpacySpan(doc, before.start, ent.end, label=ent.label_)
            continue
        whole.append(ent)
        end = _of_its_place_or_body(doc, whole[-1])
        if end is not None:
            whole[-1] = SpacySpan(doc, whole[-1].start, end, label=whole[-1].label_)
    return whole


def _of_its_place_or_body(doc: Doc, ent: SpacySpan) -> int | None:
    """Where an organisation's name ends that the tagger cut before the "of" or "for" that
    names the place or the body it belongs to: "the American Civil Liberties Union [of Ohio]",
    "the Science and Technology Directorate [of the Department of Homeland Security]", "the
    Office of the Inspector General [for the Intelligence Community]", "the U.S. Court of
    Appeals [for the 6th Circuit]" (PolNeAR train). The name's head is a body's word
    ("Union", "Office", "Court"), the "of" or "for" hangs on it straight after the name, and
    its object is a name and nothing more: a place or a body the tagger knows, or a state or
    a country it left untagged. A person, a date, a common noun, a comma or a clause after the
    name leave it as it is ("accused the State Department of Benghazi lies", "the Justice
    Department for the first time", "the Republican Party of Donald Trump"), and so does a
    body after "of" without its "the" ("the Republican Party of Lincoln", a person the tagger
    took for one). "For" names a body's part only after a name with an "of" of its own ("the
    Court of Appeals for the 6th Circuit"), and never a place: elsewhere it says for whom or
    what ("criticised the State Department for Libya", "testified before the Senate
    Intelligence Committee for the FBI", "lobbied the Commerce Department for Boeing"; the
    round-64 code review)."""
    root = ent.root
    if (
        ent.label_ != "ORG"
        or ent.end + 1 >= len(doc)
        or root.pos_ != "PROPN"
        or root.lower_ not in _BODY_WORDS
    ):
        return None
    prep = doc[ent.end]
    if prep.lower_ not in ("of", "for") or prep.head.i != root.i or prep.whitespace_ == "":
        return None
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "PROPN":
        return None
    words = list(place.subtree)
    if words[0].i != prep.i + 1 or words[-1].i - words[0].i + 1 != len(words):
        return None
    of = prep.lower_ == "of"
    if not of and not any(t.lower_ == "of" for t in ent):
        return None  # "for" names a body's part only in an "of" name: "Court of Appeals for"
    if of and place.ent_type_ == "ORG" and words[0].lower_ != "the":
        return None  # "the Republican Party of Lincoln": a person the tagger took for a body
    kinds = _PLACES_OR_BODIES if of else frozenset({"ORG"})
    untagged = False
    for word in words:
        if word.ent_type_ in kinds or (word.lower_ == "the" and word.i == prep.i + 1):
            continue
        if of and word.ent_type_ == "" and word.pos_ == "PROPN" and word.text[:1].isupper():
            untagged = True
            continue
        return None
    name = _LEADING_THE.sub("", doc[words[0].i : words[-1].i + 1].text)
    if untagged and not (state_named(name) or name.lower() in _KNOWN_PLACES):
        return None  # a state or a country the tagger left untagged: "of Ohio"
    end = words[-1].i + 1
    if end < len(doc) and doc[end].ent_iob_ == "I":
        return None  # a name that runs on past the phrase
    return end


# The head words of a body's name that an "of" or "for" phrase may go on: the words of an
# organisation's name, and the units a body is made of.
_BODY_WORDS = lexicon.ORGANIZATION_WORDS | frozenset(
    "directorate bureau division secretariat chapter tribunal caucus".split()
)
_PLACES_OR_BODIES = frozenset("ORG GPE LOC FAC".split())


def _cut_at_its_cue(ent: SpacySpan) -> list[SpacySpan]:
    """A name the tagger ran on from a quote's speaker over the verb of saying and its
    object, taking the three for a title after the closing quotation mark ("… amazing," [Trump
    assured Jones], after …; "… decision," [Trump told Business Insider] in March; "…," [Trump
    told The Associated Press of the prospects for peace]: WORK_OF_ART each, so the speaker was
    a document): the names on either side of the verb, each as an organisation's for the
    checks after to make a person's where the text calls it one. The mark before the span
    closes a quotation: it follows the punctuation a quotation ends on (a curly single one
    after a word is an apostrophe: "the Democrats’ Trump Told Us So ad"). A title in marks is
    left alone because the mark before it opens it: a curly “, or a straight one after a word
    ('said of "Orange Is the New Black"'). After a closing mark, the verb must be a verb of
    saying whose subject is the proper nouns before it: a name whose own verb says nothing
    stays whole ('called it "Obamacare." The Affordable Care Act Works, a new group')."""
    doc = ent.doc
    closing = lexicon.CLOSING_QUOTES
    if ent.label_ == "PERSON" or ent.start < 2 or doc[ent.start - 1].text not in closing:
        return [ent]
    if not doc[ent.start - 2].is_punct or doc[ent.start - 2].text in closing:
        return [ent]
    verb = next((t for t in ent[1:] if t.tag_ in ("VBD", "VBZ")), None)
    if verb is None or verb.lemma_ not in lexicon.REPORTING_VERBS:
        return [ent]
    before = ent[: verb.i - ent.start]
    if not all(t.pos_ == "PROPN" for t in before) or before.root.head.i != verb.i:
        return [ent]
    parts = [SpacySpan(doc, before.start, before.end, label="ORG")]
    after = [t for t in doc[verb.i + 1 : ent.end] if t.pos_ == "PROPN" and t.head.i == verb.i]
    if after:
        # its object's name: "Jones", "Business Insider" (the proper nouns up to the object)
        parts.append(SpacySpan(doc, verb.i + 1, after[0].i + 1, label="ORG"))
    return parts


def _one_name_cut(doc: Doc, first: SpacySpan, second: SpacySpan) -> bool:
    if first.label_ != "ORG" or second.label_ != "ORG" or first.end > second.start:
        return False
    gap = doc[first.end : second.start]
    if any(t.pos_ != "PROPN" or t.ent_type_ for t in gap):
        return False
    words = [t for t in (*first, *gap) if t.pos_ == "PROPN"]
    inside = range(second.start, second.end)
    return (
        bool(words)
        and words[-1].i == second.start - 1
        and words[-1].head.i in inside
        and all(t.dep_ == "compound" and first.start <= t.head.i < second.end for t in words)
    )


@dataclass(frozen=True)
class _NamesInUse:
    """The words the text uses in people's names, to tell where a name the tagger found begins
    and ends. A word at the edge of a person's name that is a common English word, that the
    census does not list as a given name, and that the text uses in no other name, is not part
    of the name where the rest of it is a surname the text uses on its own elsewhere: "[Plus]
    Obama is nominating", the heading "Obama [Willing] to Use Executive Orders" beside
    "President Obama", "Trump’s [Twitter]"; in a heading, any word of the lexicon however rare
    ("Trump [Lashes Out] at Kathy Griffin"), and an inflected verb there even after a word the
    census lists as a given name ("Clinton [Defends] Her Actions", "Deval Patrick [Names]
    Former Chief Of Staff" beside the body's "Mrs. Clinton", "Gov. Deval Patrick"). The name
    the text repeats wins over the one-off
    longer span; "Rush Limbaugh", "Tiger Woods" (no bare "Limbaugh" or "Woods" elsewhere), "Bill
    Clinton" (a given name) and "Scott Brown" beside "Mr. Brown" keep their words."""

    words: dict[str, set[int]]  # a word -> the person mentions (by first token) using it
    surnames: dict[str, set[int]]  # a word -> the person mentions ending in it

    @classmethod
    def of(cls, doc: Doc) -> _NamesInUse:
        words: dict[str, set[int]] = {}
        surnames: dict[str, set[int]] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            named = _name_words(ent)
            for token in named:
                words.setdefault(token.text, set()).add(ent.start)
            if named:
                surnames.setdefault(named[-1].text, set()).add(ent.start)
        return cls(words, surnames)

    def _elsewhere(self, table: dict[str, set[int]], word: str, ent: SpacySpan) -> bool:
        return bool(table.get(word, set()) - {ent.start})

    def _not_a_name(self, token: Token, ent: SpacySpan) -> bool:
        bare = token.lower_
        return (
            bare not in lexicon.TITLES | lexicon.TITLE_MODIFIERS
            and not given_name_listed(token.text)
            # a heading capitalises its rarer words too ("Trump [Lashes] Out", "Glenn Beck
            # [Rips]", "Clinton [Defends] Her Actions"): there any word of the lexicon is one
            and (_in_heading(token) or zipf_frequency(bare, "en") >= _COMMON_WORD)
            and _english_word(bare)
            and not self._elsewhere(self.words, token.text, ent)
        )

    def after_a_question_s_auxiliary(self, ent: SpacySpan) -> SpacySpan | None:
        """A question's opening auxiliary the tagger took for a given name leaves the name:
        "[Will] Sanders come down off the pique?", "As Its Rivals Pair Up, [Will] Twitter [Be
        Next]?" (a heading). The span's first word opens a question that ends in "?", the
        parser makes it a modal or "do" as an auxiliary of a bare verb, and the rest of the
        span, up to that verb, is the verb's subject; a given name the text uses in a person's
        name elsewhere, not so placed, stays one ("Rep. Will Hurd …. Will Hurd vote for it?").
        "Will Smith said", "Will Ferrell starred" (no question, no auxiliary) keep their names.
        None where nothing is left of the span."""
        if not _a_question_s_auxiliary(ent[0]):
            return ent
        word = ent[0].text
        if any(
            start != ent.start and not _a_question_s_auxiliary(ent.doc[start])
            for start in self.words.get(word, set())
        ):
            return ent
        verb = ent[0].head
        end = verb.i if ent.start < verb.i < ent.end else ent.end
        if end <= ent.start + 1:
            return None
        return SpacySpan(ent.doc, ent.start + 1, end, label=ent.label_)

    def name_within(self, ent: SpacySpan) -> SpacySpan:
        """The part of a person's name span that is the name (the span itself, mostly)."""
        named = _name_words(ent)
        first, last = 0, len(named)
        # after a surname the text uses alone, and no given name, a name has ended; after a
        # heading's verb, a given name too ("Clinton Defends")
        while last > 1 and self._not_a_name(named[last - 1], ent):
            last -= 1
        if last < len(named) and (
            (given_name_listed(named[last - 1].text) and not _heading_verb(named[last]))
            or not self._elsewhere(self.surnames, named[last - 1].text, ent)
        ):
            last = len(named)
        # before: a first word whose capital its place explains (a sentence's, a heading's)
        while (
            last - first > 1
            and _capital_of_place(named[first])
            and self._not_a_name(named[first], ent)
        ):
            first += 1
        if first and not self._elsewhere(self.surnames, named[last - 1].text, ent):
            first = 0
        if (first, last) == (0, len(named)):
            return ent
        start = named[first].i
        end = named[last].i if last < len(named) else ent.end
        return SpacySpan(ent.doc, start, end, label=ent.label_)


def _a_question_s_auxiliary(token: Token) -> bool:
    """The opening word of a question that is its auxiliary, the subject after it and a bare
    verb after that: "Will Sanders come down …?", "Did Trump lie?", "Can Clinton win?"; the
    main clause's opening word after a clause set before it and a comma ("As Its Rivals Pair
    Up, Will Twitter Be Next?")."""
    sentence = token.sent
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    verb = token.head
    return (
        (token.i == sentence.start or token.nbor(-1).text == ",")
        and last is not None
        and last.text == "?"
        and token.dep_ == "aux"
        and (token.tag_ == "MD" or token.lemma_.lower() == "do")
        and verb.tag_ == "VB"
        and verb.i > token.i + 1
        and any(c.dep_ in ("nsubj", "nsubjpass") and token.i < c.i < verb.i for c in verb.children)
    )


def _english_word(word: str) -> bool:
    """A word of the English lexicon lemminflect ships ("plus", "willing", "trump"), not a
    name that is only frequent ("obama", "hillary", "joe")."""
    from lemminflect import getAllLemmas  # 0.2 s to load: only when a name's edge asks

    return bool(getAllLemmas(word))


def _capital_of_place(token: Token) -> bool:
    """A capital letter a word owes to where it stands: the first word of a sentence, or any
    word of a heading whose longer words are all capitalised ("Obama Willing to Use Executive
    Orders on Guns")."""
    return token.is_sent_start or token.i == token.sent.start or _in_heading(token)


def _in_heading(token: Token) -> bool:
    """A word of a heading: a sentence whose longer words are all capitalised."""
    words = [t for t in token.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


def _heading_verb(token: Token) -> bool:
    """A heading's word that is an inflected form of an English verb in lemminflect's lexicon,
    however rare ("Defends", "Lashes", "Apologizes", "Names"): the editor's verb, which the
    tagger may take into the name before it ("Clinton Defends Her Actions", "Deval Patrick
    Names Former Chief Of Staff")."""
    if not _in_heading(token):
        return False
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(token.lower_).get("VERB", ())
    return bool(lemmas) and token.lower_ not in lemmas


def _name_words(ent: SpacySpan) -> list[Token]:
    """The words of a person's name the tagger found: no possessive, initial or suffix."""
    return [
        t for t in ent if t.is_alpha and len(t) > 1 and t.lower_ not in SUFFIXES and not t.is_lower
    ]


def _with_first_names(doc: Doc, ent: SpacySpan, span: Span) -> Span:
    """NER sometimes keeps only the surname: "Rustem [Umerov]". Take the given names back, but
    never a title or a place before a full name ("the District of Columbia [Joseph diGenova]",
    "Speaker [Nancy Pelosi]")."""
    if len(ent) > 1:
        return span
    start = ent.start
    while start > 0 and not doc[start].is_sent_start:
        prev = doc[start - 1]
        if prev.pos_ != "PROPN" or prev.ent_type_ not in ("", "PERSON") or not prev.is_title:
            break
        if prev.lower_.rstrip(".") in lexicon.TITLES | lexicon.TITLE_MODIFIERS:
            break
        start -= 1
    if start == ent.start or _quoted_alone(text_of(doc), doc[start].idx, span.end):
        return span  # "as ''Wilayat Twitter,'' or ''the province of Twitter''": a term
    return Span(doc[start].idx, span.end, text_of(doc)[doc[start].idx : span.end])


_OPENS_A_QUOTE = re.compile(r"(?:[“\"‘]|''|``)$")
_CLOSES_A_QUOTE = re.compile(r"^[,.]?(?:[”\"’]|'')")


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """The words text[start:end] are all a quotation holds: a term the text cites ("some
    Twitter accounts … put the location on their profile as ''Wilayat Twitter,''"), not a
    person's given name and surname."""
    before, after = text[max(0, start - 2) : start], text[end : end + 3]
    return bool(_OPENS_A_QUOTE.search(before) and _CLOSES_A_QUOTE.match(after))


_PARTIES = frozenset("democrat democrats republican republicans independent gop".split())
# Capitals and countries the lexicon knows, lower-cased: a one-word name among them is a place
_KNOWN_PLACES = frozenset(lexicon.CAPITALS) | {c.lower() for c in lexicon.CAPITALS.values()}


def _given_names_before(token: Token) -> int:
    """Where the given names before a surname begin (`token.i` where there are none): the
    capitalised proper nouns the parser hangs on it as parts of one name ("Kurt Schrader",
    "Reince Priebus"), which the tagger left out of any entity, and that are no title, party
    or place word."""
    doc = token.doc
    first = token.i
    while first > 0 and not doc[first].is_sent_start:
        given = doc[first - 1]
        if (
            given.pos_ != "PROPN"
            or given.head != token
            or given.dep_ not in ("compound", "flat")
            or not given.text[:1].isupper()
            or given.ent_type_ != ""
            or given.lower_.rstrip(".") in lexicon.TITLES | lexicon.TITLE_MODIFIERS | _PARTIES
        ):
            break
        first -= 1
    return first


def _surnames_after_given_names(doc: Doc) -> frozenset[str]:
    """One-word names the tagger took for an organisation, a place or a group where the text
    gives them, once at least, after a given name, as a person's surname, and calls them the
    subject of a verb: "Adel Nefzi said …. Nefzi, a chemistry professor …, said he", "Reince
    [Priebus], the GOP chairman, … announced" (PolNeAR train: The Washington Post, The
    Western Journal), "Rep. Elijah E. Cummings …. [Cummings] said". The given name is one by
    `_given_name` (the census lists it, or it is no common English word: not the "Fort" of
    "Fort Hale"); a plural ("Latino [Republicans]"), a common English word ("the Bluegrass
    [State]"), a country, its capital, a demonym, a US state, or a word of an organisation's
    or a place's name is no surname."""
    words = {
        ent.text
        for ent in doc.ents
        if len(ent) == 1
        and ent.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC")
        and ent[0].tag_ == "NNP"
        and ent[0].is_alpha
        and zipf_frequency(ent[0].lower_, "en") < _COMMON_WORD
        and ent[0].is_title
        and ent[0].lower_ not in _KNOWN_PLACES
        and ent[0].lower_ not in lexicon.DEMONYMS
        and state_named(ent.text) is None
        and _corrected_type("person", ent.text) == "person"
    }
    found = set()
    subjects = set()
    for token in doc:
        if token.text not in words:
            continue
        if token.dep_ in ("nsubj", "nsubjpass"):
            subjects.add(token.text)
        first = _given_names_before(token)
        if first < token.i and _given_name(doc[first].text):
            found.add(token.text)
    return frozenset(found & subjects)


def _names_the_tagger_missed(
    doc: Doc, people: list[tuple[Span, tuple[str, ...], str]]
) -> list[tuple[Span, tuple[str, ...], str]]:
    """A person's full name NER did not tag where it found the surname elsewhere: "[Mr.
    Schrader] said" after "Representative Kurt Schrader of Oregon, …, said", which it took for
    no entity. The given names before the surname (capitalised proper nouns on it, not titles,
    parties or places) make the name the text gives that person."""
    surnames = {surname(words) for _, words, _ in people}
    found = []
    for token in doc:
        if token.text not in surnames or token.pos_ != "PROPN" or token.ent_type_ != "":
            continue
        first = _given_names_before(token)
        if first == token.i:
            continue
        start, end = doc[first].idx, token.idx + len(token)
        span = Span(start, end, text_of(doc)[start:end])
        words = name_tokens(span.text)
        # "Fort Jackson", "Jackson Hall": a place or an organisation, not a full name
        if (
            len(words) >= 2
            and _a_name(words)
            and _corrected_type("person", span.text)
            and _given_name(doc[first].text)
            and not _quoted_alone(text_of(doc), start, end)  # "as “Wilayat Twitter,”"
        ):
            found.append((span, words, "PERSON"))
    return found


# A word more common than this in English text (wordfreq's Zipf scale: "fort" 4.5, "lake"
# 4.8; "Mitt" 3.3, "Kurt" 3.9) is a given name only where the census lists it as one.
_COMMON_WORD = 4.0


def _given_name(word: str) -> bool:
    """Whether a word the tagger left untagged before a surname can be a given name: the
    census lists it ("Kurt"), it is an initial, or it is no common English word ("Rahm"; not
    the "Fort" of "Fort Hale")."""
    bare = word.strip(".")
    if len(bare) == 1 or given_name_listed(bare):
        return True
    return zipf_frequency(bare.lower(), "en") < _COMMON_WORD


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


def _a_name(words: tuple[str, ...]) -> bool:
    """A name ends in a capitalised word ("diGenova" counts): not a fragment like "’s son"."""
    return any(c.isupper() for c in surname(words))


def _add_people(
    doc: Doc, groups: list[_Group], people: list[tuple[Span, tuple[str, ...], str]]
) -> None:
    """Full names first; then each short mention joins the full name it belongs to."""
    text = text_of(doc)
    people = _sharing_a_surname(text, people)
    called = _called_by_nickname(people)
    full: list[_Group] = []
    for span, words, label in people:
        if len(words) < 2 or (len(words) == 2 and suffix(words)):
            continue
        words = called.get(words, words)
        group = next((g for g in full if g.key == words), None)
        if group is None:
            group = _Group("person", label, words)
            full.append(group)
            groups.append(group)
        group.mentions.append(span)
        group.names.append(span.text)
        group.names.extend(_titled(text, span))
        group.gender = group.gender or _gender_before(text, span.start)
        group.roles |= _roles_before(text, span.start)
        if (relation := _kin_before(text, span.start)) is not None:
            group.kin.append((span.start, relation))
    _relatives_named_for(doc, full)
    for group in full:
        if group.gender is None:
            said = {_gender_said(doc, m) for m in group.mentions} - {None}
            group.gender = said.pop() if len(said) == 1 else None
        if group.gender is None:
            # "Hillary Rodham Clinton" and "former President Bill Clinton", then "Mrs. Clinton":
            # where the text never tells, the given name's sex as the census lists it
            group.gender = sex_of_given_name(group.key[0])
            group.guessed = group.gender is not None
    short: dict[tuple[str, ...], _Group] = {}
    # the titles the text gives each surname alone ("President Trump"): a person of that
    # surname the full names do not show
    titled: dict[str, set[str]] = {}
    for span, words, _ in people:
        if len(words) == 1:
            titled.setdefault(words[0].lower(), set()).update(_roles_before(text, span.start))
    for span, words, label in people:
        if len(words) >= 2 and not (len(words) == 2 and suffix(words)):
            continue
        gender = _gender_before(text, span.start) or _gender_said(doc, span)
        roles = _roles_before(text, span.start)
        group = _generation_for(words, full, gender, roles, titled)
        group = group or _full_name_for(words, span.start, full, gender, roles, text)
        if group is None:
            group = short.get(words)
            if group is None:
                group = short[words] = _Group("person", label, words)
                groups.append(group)
        group.mentions.append(span)
        group.names.append(span.text)
        group.names.extend(_titled(text, span))
        if gender and group.guessed:
            # "Mr. Netanyahu" after "Bibi Netanyahu": the text's sex, not the census's guess
            group.gender, group.guessed = gender, False
        group.gender = group.gender or gender
        if (relation := _kin_before(text, span.start)) is not None:
            group.kin.append((span.start, relation))
        if words[0].lower() == surname(group.key).lower():
            group.called.append(span.start)
        if not gender and not roles and words[0].lower() == surname(group.key).lower():
            group.plain += 1


_QUOTED_NICKNAME = re.compile(r'["“]([^\W\d_]+)["”]')


def _called_by_nickname(
    people: list[tuple[Span, tuple[str, ...], str]],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The nickname and surname of each full name that gives its nickname in quotation marks,
    to that full name: "Bobby Scott" is "Robert C. "Bobby" Scott", "Mo Cowan" is "William
    "Mo" Cowan" (a text names the person both ways)."""
    called: dict[tuple[str, ...], tuple[str, ...]] = {}
    for span, words, _ in people:
        for nickname in _QUOTED_NICKNAME.findall(span.text):
            if len(words) > 2 and nickname in words[1:-1]:
                called.setdefault((nickname, words[-1]), words)
    return called


def _given_name_before_a_person(doc: Doc, ent: SpacySpan) -> bool:
    """One capitalised word the census knows as a given name, then "and" and a person's full
    name: "Hillary and Bill Clinton", whatever the tagger labelled the first word; not a place
    after "of", where a person is from ("Sens. Johnny Isakson of Georgia and John Boozman of
    Arkansas")."""
    following = ent.end + 1
    return (
        len(ent) == 1
        and not (ent.label_ == "GPE" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "of")
        and following < len(doc)
        and doc[ent.end].lower_ in ("and", "&")
        and doc[following].ent_type_ == "PERSON"
        and doc[following].ent_iob_ == "B"
        and sex_of_given_name(ent.text) is not None
    )


def _name_after_owner_or_role(ent: SpacySpan) -> SpacySpan | None:
    """A person's full name at the end of what the tagger took for one organisation or place,
    after an owner's possessive or a word for a person's role: "Fox News’ [Bret Baier]",
    "Fusion’s [Jorge Ramos]", "The New Republic’s [Jeet Heer]", "Hewlett-Packard CEO [Carly
    Fiorina]", "Priorities USA chief strategist [Guy Cecil]", "State Department Deputy
    Spokesperson [Marie Harf]" (PolNeAR train, BASIL). The name is two or three capitalised
    proper nouns, a given name first (one the census lists, or no English word: not the
    "Supremacy Clause" of "the U.S. Constitution's Supremacy Clause") and a surname that is
    no common English word, with no word of an organisation's or a place's name."""
    cut = max(
        (
            t.i
            for t in ent[:-2]
            if t.tag_ == "POS"
            or t.lower_ in lexicon.PERSON_NOUNS | lexicon.ROLE_NOUNS
            or _possessive_apostrophe(t)
        ),
        default=None,
    )
    if cut is None:
        return None
    name = ent.doc[cut + 1 : ent.end]
    if not 2 <= len(name) <= 3:
        return None
    if not all(t.tag_ == "NNP" and t.is_alpha and t.is_title for t in name):
        return None
    given = name[0].text
    if not (given_name_listed(given) or not _english_word(given.lower())):
        return None  # "the U.S. Constitution's Supremacy Clause"
    if zipf_frequency(name[-1].lower_, "en") >= _COMMON_WORD:
        return None
    if _corrected_type("person", name.text) != "person":
        return None
    return SpacySpan(ent.doc, name.start, name.end, label="PERSON")


def _possessive_apostrophe(token: Token) -> bool:
    """An apostrophe after a word's plural "s", which the tagger may read as a closing quote:
    "Fox News’ Bret Baier"."""
    return (
        token.text in ("’", "'")
        and token.i > 0
        and not token.nbor(-1).whitespace_
        and token.nbor(-1).text.endswith("s")
        and bool(token.whitespace_)
    )


def _a_dateline(doc: Doc, start: int, end: int) -> bool:
    """The words doc[start:end] are a dateline: a place in capitals ("WASHINGTON", "NEW
    YORK") that opens its paragraph."""
    words = [t for t in doc[start:end] if not t.is_punct]
    opens = start == 0 or "\n" in doc[start - 1].text_with_ws
    return opens and bool(words) and all(t.is_alpha and t.is_upper for t in words)


def _a_person_by_name(doc: Doc, ent: SpacySpan, dateline: bool = False) -> bool:
    """A person's full name the tagger labelled an organisation, a place or a work: "[Carly
    Fiorina] said Monday. … Fiorina told" (PolNeAR train tags her an organisation in eight
    stories). The name is a given name the census gives one sex, a middle name or none, and a
    surname, every word a capitalised proper noun, no article before it ("the Rose Garden",
    "the George Washington Bridge") and no word of an organisation's or a place's ("Troy
    University", "Tyson Foods"); and the text calls the person by the surname alone, as a
    person: the subject of a verb of saying or thinking ("Fiorina told"), after an honorific
    ("Mr. Pinchuk"), or a name the tagger takes for a person's. A company that speaks goes by
    its whole name or its first word, never its last alone ("Warner Music said"), and a name
    with no such sign stays what the tagger said ("America Rising", "Al Qaeda")."""
    words = list(ent)
    if not 2 <= len(words) <= 3 or (ent.start and doc[ent.start - 1].lower_ in _ARTICLES):
        return False
    if not all(t.tag_ == "NNP" and t.is_alpha and t.is_title for t in words):
        return False
    if sex_of_given_name(words[0].text) is None:
        return False
    if _corrected_type("person", ent.text) != "person":
        return False
    if dateline:
        return True
    root = ent.root
    before = doc[ent.start - 1] if ent.start else None
    if ent.label_ == "ORG" and (
        (root.dep_ == "appos" and root.head.lower_ in lexicon.PERSON_NOUNS)
        or any(c.dep_ == "appos" and c.lower_ in lexicon.PERSON_NOUNS for c in root.children)
        or (before is not None and before.lower_ in lexicon.PERSON_NOUNS and before.head == root)
    ):
        # "A spokesman for the Democratic National Committee, Brad Woodhouse, said" (NYT,
        # BASIL), "Glenn Harlan Reynolds, a University of Tennessee law professor, is" (USA
        # Today, PolNeAR train), "Priorities USA chief strategist Guy Cecil said" (Politico,
        # PolNeAR train): a person's role in apposition or before the name (a place's is a
        # parse slip: "in the suburb of Santa Catarina, a worker named Antonio Arroyo")
        return True
    family = words[-1].text
    for token in doc:
        if token.text != family or ent.start <= token.i < ent.end:
            continue
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            alone = next((e for e in doc.ents if e.start == token.i), None)
            if alone is not None and len(_name_words(alone)) == 1:
                return True
        if token.i and doc[token.i - 1].lower_.rstrip(".") in ("mr", "mrs", "ms"):
            return True
        if token.dep_ == "nsubj" and token.head.lemma_ in lexicon.REPORTING_VERBS:
            return True
    return False


def _sharing_a_surname(
    text: str, people: list[tuple[Span, tuple[str, ...], str]]
) -> list[tuple[Span, tuple[str, ...], str]]:
    """ "Hillary and Bill Clinton", "Duncan and Margaret Hunter": a given name joined by "and"
    to a full name shares its surname."""
    found = list(people)
    for i, ((span, words, label), (after, full, _)) in enumerate(pairwise(people)):
        if (
            len(words) == 1
            and len(full) >= 2
            and not suffix(full)
            and text[span.end : after.start] in (" and ", " & ")
            and sex_of_given_name(words[0]) is not None
            and sex_of_given_name(full[0]) is not None
        ):
            found[i] = (span, (words[0], surname(full)), label)
    return found


# The honorific or titles printed just before a person's name ("Mr. Trump", "Sen. Rand Paul",
# "U.S. Attorney General Eric Holder"): kept as an alias, it carries the sex and role the text
# gives a name to the merge, where a bare surname is told apart across the coverage.
_TITLE_WORD = re.compile(r"([A-Z][A-Za-z.]*)\s+$")
_STATE_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z][A-Za-z.]*\s+)?)([A-Z][A-Za-z.]*)\s+$")


# A title "of" a body in capitals, printed whole before a name: "Director of National
# Intelligence James Clapper", "Secretary of Homeland Security Kirstjen Nielsen".
_OFFICE_OF = re.compile(r"(?<![\w.])([A-Z][a-z]+) of (?:the )?(?:[A-Z][A-Za-z.&]*\s+){1,4}$")
# A full stop after a word, not an abbreviation's: where a sentence ends inside such a match.
_SENTENCE_END = re.compile(r"[a-z]{4,}\.\s")


def _titled(text: str, span: Span) -> list[str]:
    """The mention with the run of honorifics and titles just before it, if it has one."""
    start, titled = span.start, False
    while (found := _TITLE_WORD.search(text, max(0, start - 20), start)) is not None:
        word = found.group(1).rstrip(".").lower()
        word = lexicon.TITLE_ABBREVIATIONS.get(word, word)
        if word in lexicon.HONORIFICS - {"mr", "mrs", "ms", "miss"}:
            break  # "The", "Former": not part of how the person is addressed
        if word in lexicon.TITLES:
            titled = True
        elif word not in lexicon.TITLE_MODIFIERS:
            break
        start = found.start()
    if not titled:
        office = _OFFICE_OF.search(text, max(0, start - 60), start)
        if office is not None and _SENTENCE_END.search(office.group(0)):
            office = None  # "fired the Director of National Intelligence. Dan Coats said"
        word = office.group(1).lower() if office is not None else ""
        if word not in lexicon.TITLES or word in lexicon.HONORIFICS:
            return []
        return [text[office.start() : span.end]]  # "Director of National Intelligence James …"
    # a US state before the titles is the office's, kept as a second alias for the merge
    # ("New York Attorney General Eric Schneiderman": `names.placed_roles`)
    before = _STATE_BEFORE.search(text, max(0, start - 20), start)
    for at in (before.start(1), before.start(2)) if before is not None else ():
        if state_named(text[at:start]) is not None:  # "New York", "Texas", "Calif."
            return [text[start : span.end], text[at : span.end]]
    return [text[start : span.end]]


# Where a sentence may end: a word and a full stop, question or exclamation mark (a quote's
# closing mark with it) before a space, or a line break.
_SENTENCE_END = re.compile(r"(\w*)[.!?][”\"’']?\s+|\n")


def _own_sentence(text: str) -> str:
    """The end of `text` after its last sentence end (not a title's or an initial's period:
    "the Rev. ", "Harold L. "; a line break always) and after its last quotation mark: the
    words of a quote are the quote's, not a title or a relation of the name after it ("“I have
    no intention of being vice president,” Rubio said", HuffPost; "… to be both president and
    commander in chief.”\n\nSanders is pushing", Breitbart; "“… the death of my son,” Patricia
    Smith said", USA Today: PolNeAR train)."""
    start = 0
    for end in _SENTENCE_END.finditer(text):
        word = (end.group(1) or "").lower()
        if "\n" not in end.group(0) and (
            len(word) == 1 or word in lexicon.TITLES or word in lexicon.TITLE_ABBREVIATIONS
        ):
            continue
        start = end.end()
    for mark in _QUOTATION_MARKS:
        found = text.rfind(mark)
        if found >= 0:
            start = max(start, found + len(mark))
    return text[start:]


# Quotation marks, opening or closing ("’" is an apostrophe as often: "the Obamas’ daughter").
_QUOTATION_MARKS = ("“", "”", '"', "''", "``")


# Prepositions after which a name is whom the word before them is for: "a spokeswoman for".
_OWNERS = frozenset("for of to with by".split())


def _gender_before(text: str, at: int) -> str | None:
    """ "Mr. Hunter", "his wife, Margaret Hunter", "first lady Melania Trump": the words just
    before a mention that tell the person's sex, in its own sentence ("… for his wife.\n\n
    Jackson said" says nothing of Jackson)."""
    before = _own_sentence(text[max(0, at - 30) : at])
    words = re.findall(r"[a-z]+", before.lower())[-3:]
    # "a spokeswoman for Speaker Paul Ryan", "the wife of …": the word is someone else's
    words = words[max((n + 1 for n, w in enumerate(words) if w in _OWNERS), default=0) :]
    if words and words[-1] in ("mr", "ms", "mrs", "miss"):
        return lexicon.WORD_SEX[words[-1]]
    if any(w in lexicon.FEMALE_WORDS for w in words):
        return "female"
    if any(w in lexicon.MALE_WORDS for w in words):
        return "male"
    return None


# "'s" inside a phrase: what follows it is the owner's ("his wife's lawyer")
_OWNERS_S = re.compile(r"(?<=\w)['’]s\b")


def _kin_before(text: str, at: int) -> str | None:
    """ "her husband, former President Bill Clinton", "detoured to daughter Chelsea Clinton’s
    apartment": the family noun among the words just before a mention, in its own sentence,
    that names the person as another's relative ("the wife of Bill Clinton" is not his, nor
    is "his wife's lawyer, Ann Clinton" anyone's wife: words before a possessive name its
    owner)."""
    before = _own_sentence(text[max(0, at - 30) : at])
    before = _OWNERS_S.split(before)[-1]
    words = re.findall(r"[a-z]+", before.lower())[-4:]
    words = words[max((n + 1 for n, w in enumerate(words) if w in _OWNERS), default=0) :]
    return next((w for w in reversed(words) if w in lexicon.KIN_NOUNS), None)


# Relatives of a generation after or before the one they are named for.
_YOUNGER_KIN = frozenset("son daughter stepson stepdaughter grandson granddaughter".split())
_ELDER_KIN = frozenset("father mother stepfather stepmother grandfather grandmother".split())


def _for_themself(before: list[_Group], at: int, text: str) -> list[_Group]:
    """Of the holders of a surname named before `at`, those a short mention there may go on
    with: "… Hillary Clinton … her husband, former President Bill Clinton …" then "Clinton
    said" is not the husband, whom the text named as her relative and has not called by the
    surname alone before `at` (it names him in full; one it called "Clinton", before naming
    him her husband or after, stays a candidate); but "his son, Seth Hutchinson … the
    younger Mr. Hutchinson" is the son, as "younger" or "elder" tells (NYT, 2015), and so is
    "Mr. Hutchinson" after it. Nor is it one the text last named as whom the other is the
    relative of ("Patricia Smith, mother of Benghazi victim Sean Smith": `_relatives_named_for`;
    "Mary Cheney, the younger sister of … Liz Cheney …. On Friday, Liz Cheney issued a
    statement …. Cheney sought to clarify" is Liz, named for herself since)."""
    words = re.findall(r"[a-z]+", _own_sentence(text[max(0, at - 20) : at]).lower())[-2:]
    for told, relations in (("younger", _YOUNGER_KIN), ("elder", _ELDER_KIN)):
        if told in words or (told == "elder" and "older" in words):
            of_it = [g for g in before if any(k < at and r in relations for k, r in g.kin)]
            if len(of_it) == 1:
                return of_it
    named_as_kin = [
        g
        for g in before
        if (any(k < at for k, _ in g.kin) or _last_named_as_kin_of(g, at))
        and not any(c < at for c in g.called)
    ]
    return [g for g in before if g not in named_as_kin] or before


def _last_named_as_kin_of(group: _Group, at: int) -> bool:
    """Whether the text last named `group` before `at` as whom another is the relative of."""
    return max(m.start for m in group.mentions if m.start < at) in group.kin_of


# A family noun and "of", then at most four words and no comma, just before a name: "mother of
# Benghazi victim ", "the brother of longtime Democratic strategist ".
_KIN_OF = re.compile(r"\b([a-z]+)\s+of\s+(?:[\w.'’-]+\s+){0,4}$")
# What may part a name from the family noun that describes it: "Patricia Smith, mother of",
# "Tony Podesta, is the brother of", "Mary Cheney, the younger sister of" (a comma or "is",
# an article and at most two words; the noun an apposition or what the name is, never an
# object, "Patricia Smith, who met the mother of …", nor another's, "John Smith, whose lawyer
# is the brother of …").
_DESCRIBED_BY = re.compile(
    r"(?:,\s*(?:(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:who|whose|which|that)\b)[\w-]+\s+){0,2}"
)


def _relatives_named_for(doc: Doc, full: list[_Group]) -> None:
    """Mark each full name the text gives as the one another holder of its surname, named in
    the same sentence, is the relative of: "Patricia Smith, mother of Benghazi victim Sean
    Smith, forcefully rejected Clinton’s claim" (Sean Smith), "The founder and chairman of the
    Podesta Group, Tony Podesta, is the brother of longtime Democratic strategist John Podesta"
    (John Podesta). The sentence is about the relative, whom "Smith said" and "Podesta said"
    go on with (West Journal 2016-03, Politico 2016-08: PolNeAR train), as it is about her and
    not "her husband, former President Bill Clinton" (`_for_themself`). A relation with no
    holder of the surname named before it ("The son of billionaire candidate Donald Trump
    received …", then "Eric Trump’s apartment") describes no one and marks no one."""
    text = text_of(doc)
    for group in full:
        for mention in group.mentions:
            before = _own_sentence(text[max(0, mention.start - 300) : mention.start])
            kin = _KIN_OF.search(before)
            if kin is None or kin.group(1) not in lexicon.KIN_NOUNS:
                continue
            opening = mention.start - len(before)
            relation = opening + kin.start()
            noun = doc.char_span(relation, relation + len(kin.group(1)))
            if noun is None or noun.root.dep_ not in ("appos", "attr"):
                continue
            if noun.root.dep_ == "appos" and not _a_subject(noun.root.head):
                continue  # "founded by Tony Podesta, the brother of John Podesta": not about him
            if any(
                other is not group
                and surname(other.key).lower() == surname(group.key).lower()
                and opening <= m.start
                and _DESCRIBED_BY.fullmatch(text, m.end, relation)
                for other in full
                for m in other.mentions
            ):
                group.kin_of.append(mention.start)


def _a_subject(token: Token) -> bool:
    """Whether a name is its clause's subject, or in apposition to it ("The founder …, Tony
    Podesta, is …"): the one its sentence is about."""
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _roles_before(text: str, at: int) -> set[str]:
    """ "President Trump", "Sen. Romney", "the president’s daughter Ivanka Trump": the title
    or the relation just before a mention, in its own sentence."""
    before = _own_sentence(text[max(0, at - 30) : at])
    words = re.findall(r"[a-z]+", before.lower())
    if not words:
        return set()
    word = lexicon.TITLE_ABBREVIATIONS.get(words[-1], words[-1])
    relations = lexicon.FEMALE_WORDS | lexicon.MALE_WORDS
    if word in lexicon.HONORIFICS or word not in lexicon.TITLES | relations:
        return set()
    return {word}


def _gender_said(doc: Doc, span: Span) -> str | None:
    """ "Trump said that he was deeply saddened": the pronoun that opens what a person says of
    themself."""
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or tokens.root.dep_ != "nsubj":
        return None
    verb = tokens.root.head
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        opening = doc[max(0, clause.left_edge.i - 1) : subject.i] if subject is not None else ()
        if any(t.text in _OPENING_QUOTES for t in opening):
            continue  # "“He reiterated his commitment,” said AshLee Strong": someone else
        if subject is not None and subject.i < verb.i and _quoted_subject(subject, verb):
            continue  # "“… He’s a former president,” Fiorina told": a quote's "he"
        if subject is not None and _across_a_colon_before(doc, subject, tokens):
            continue  # "she issued a plan …: President Obama later adopted …": not his
        if _mandative(clause):
            continue  # "Clinton urged that he read the report": whom she asks, not herself
        if subject is not None and _another_person_before(tokens, subject):
            continue  # "Neera Tanden … asked Eric Holder whether he had thoughts": his
        if subject is not None and subject.lower_ in ("he", "she"):
            return lexicon.PRONOUN_SEX[subject.lower_]
    return None


_OPENING_QUOTES = frozenset('“ " ‘ ``'.split())


def _across_a_colon_before(doc: Doc, subject: Token, mention: SpacySpan) -> bool:
    """Whether a clause's subject comes before the mention with a colon or a semicolon
    between them: "Following a mass shooting last year in Roseburg, Ore., she issued a
    detailed plan to expand gun background checks through executive action: President Obama
    later adopted a similar approach" (The Washington Post, PolNeAR train), where the parser
    hangs the clause before the colon under "adopted". That clause is a sentence of its own,
    not what the mention's person says of themself."""
    return subject.i < mention.start and any(
        t.text in (":", ";") for t in doc[subject.i : mention.start]
    )


def _quoted_subject(subject: Token, verb: Token) -> bool:
    """Whether a "he" or "she" before the cue is inside the quote it frames ("“… He’s a
    former president,” Fiorina told"), not the subject of another quote's cue before it
    ("“You winning?” she said, but …, Melanie said yes": Breitbart 2016-10-02, PolNeAR
    train; she is Melanie). The nearest mark before it in its paragraph tells, a curly one or
    the typewriter's `` and ''; a straight one, which opens and closes alike, leaves it to a
    closing mark between it and the cue."""
    doc = subject.doc
    for token in reversed(doc[: subject.i]):
        if "\n" in token.text + token.whitespace_:
            return False
        if token.text in ("“", "‘", "``"):
            return True
        if token.text in ("”", "’", "''"):
            return False
        if token.text == '"':
            break
    else:
        return False
    return any(t.text in lexicon.CLOSING_QUOTES for t in doc[subject.i : verb.i])


# Verbs whose "that" clause is an act asked of another ("urged that he read the report").
_ASKING_VERBS = frozenset("urge demand request recommend propose require order beg implore".split())


def _mandative(clause: Token) -> bool:
    """A clause that asks an act of someone: after a verb of asking ("urged that he read the
    report", where the parser reads "read" as a past), or in the bare form with no auxiliary,
    the subjunctive ("demanded that she resign"): its subject is whom the request is for."""
    if clause.head.lemma_ in _ASKING_VERBS:
        return True
    return clause.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def _another_person_before(mention: SpacySpan, pronoun: Token) -> bool:
    """Whether the text names another person, or speaks to one by a pronoun, between a
    mention and the "he" or "she" of what it says: "Neera Tanden … asked former Attorney
    General Eric Holder whether he had thoughts" (HuffPost, PolNeAR train), "Senator Chris
    Murphy of Connecticut, who campaigned alongside Mrs. Clinton in his state, said she must
    focus" (NYT, PolNeAR train), "told him that he": the pronoun may be theirs."""
    between = mention.doc[mention.end : pronoun.i]
    return any(
        t.ent_type_ == "PERSON"
        or (t.lower_ in lexicon.PRONOUN_SEX and t.dep_ in ("dobj", "dative", "iobj"))
        for t in between
    )


_NUMERALS = frozenset("II III IV".split())


def _generation_for(
    words: tuple[str, ...],
    full: list[_Group],
    gender: str | None,
    roles: set[str],
    titled: dict[str, set[str]],
) -> _Group | None:
    """The one of a family's generations a bare surname is ("Mr. Brooks", "Brooks said"),
    where the text names one with a suffix ("Harold Brooks Jr.", "Harold L. Brooks Jr."): the
    one whose title it carries ("the Rev. Brooks" is the father the text calls "the Rev.
    Harold Brooks"), else the one the text names first, whom it is about (a father named only
    as "his father, the Rev. Harold Brooks" is not "Mr. Brooks"). A lone "Jr." takes the
    surname only where no title the text gives the surname alone ("President Trump") says
    it is someone else."""
    if len(words) != 1:
        return None
    word = words[0].lower()
    family = [
        g
        for g in full
        if surname(g.key).lower() == word
        and len(g.key) - (suffix(g.key) is not None) >= 2  # a given name and the surname
        and not (gender and g.gender and g.gender != gender)
    ]
    sons = [g for g in family if suffix(g.key) in ("Jr.", "Sr.")]
    if not sons:
        return None
    if roles:
        holding = [g for g in family if g.roles & roles]
        if len(holding) == 1:
            return holding[0]
    plain = [g for g in family if suffix(g.key) is None]
    if not plain:
        others = titled.get(word, set())
        lone = sons[0] if len(sons) == 1 else None
        return lone if lone is not None and not (others - lone.roles) else None
    return min(family, key=lambda g: g.mentions[0].start)


def _full_name_for(
    words: tuple[str, ...],
    at: int,
    full: list[_Group],
    gender: str | None = None,
    roles: set[str] | None = None,
    text: str = "",
) -> _Group | None:
    """The full name a short mention belongs to: the one with that surname (or, failing
    that, first name) and the same suffix, of the same sex and role when the text tells,
    mentioned last before it ("Mr. Hunter" after "Duncan Hunter and his wife, Margaret
    Hunter"; "President Trump" is not "the president’s daughter Ivanka Trump"); of two named
    together ("Hillary and Bill Clinton"), the one of the sex the pronouns since speak of
    ("… her campaign website … she and her husband …" then "Clinton said")."""
    word = words[0].lower()
    wanted_suffix = suffix(words)
    # "Mueller" after "Robert S. Mueller III": a numeral is how that one person is named, and
    # the article names no one else of that surname (a "Jr." stays apart: "Trump" beside
    # "Donald Trump Jr." is most often his father)
    numbered = [g for g in full if surname(g.key).lower() == word]
    if (
        wanted_suffix is None
        and len(numbered) == 1
        and suffix(numbered[0].key) in _NUMERALS
        and not (gender and numbered[0].gender and numbered[0].gender != gender)
    ):
        return numbered[0]
    for part in (surname, lambda key: key[0]):
        matches = [
            g
            for g in full
            if part(g.key).lower() == word
            and _same_generation(suffix(g.key), wanted_suffix)
            and not (gender and g.gender and g.gender != gender)
            and not (roles and g.roles and not roles & g.roles)
        ]
        if gender and len(matches) > 1:
            # "Mr. Conway" after "George T. Conway III, … the husband of Kellyanne Conway": of
            # two sharing the surname, the one the text or the census gives the honorific's
            # sex, before one of a sex neither tells
            matches = [g for g in matches if g.gender == gender] or matches
        if roles and matches:
            # "President Obama" beside his daughters Sasha and Malia Obama: the one holding
            # the title; none where several share the surname and none holds it
            holders = [g for g in matches if roles & g.roles]
            if holders:
                matches = holders
            elif len(matches) > 1:
                return None
        if matches:
            before = [g for g in matches if any(m.start < at for m in g.mentions)]
            if not before:
                return matches[0]
            before = _for_themself(before, at, text)
            if gender is None and len(before) > 1:
                since = max(m.end for g in before for m in g.mentions if m.start < at)
                focus = _pronoun_sex(text[since:at])
                of_focus = [g for g in before if focus and g.gender == focus]
                if len(of_focus) == 1:
                    return of_focus[0]
            if gender is None and not roles:
                # "Meet Melania Trump …” / An angry Trump lashed out": a surname alone goes
                # on with the one of its holders the text already calls by it alone; the
                # other it names in full or with "Mrs." (as news style tells two apart)
                plain = [g for g in before if g.plain]
                if len(plain) == 1 and len(before) > 1:
                    return plain[0]
            return max(before, key=lambda g: _named_last_by(g, word, at))
    return _by_first_surname(word, wanted_suffix, full, gender, roles)


def _named_last_by(group: _Group, word: str, at: int) -> tuple[int, int]:
    """Where the text last named `group` by `word` before `at` (its mentions that carry the
    word, in full or alone; -1 where none does), then by any of its names: of two sharing a
    surname, a given name alone is how news style sets the other apart ("Ebeling and her
    husband, Tom", then "Tom told Annette Guessford"), so it makes its holder no one the bare
    surname goes on with, nor does a brand the tagger took for the given name ("a pair of
    slip-on Tom's flat shoes" before "Ebeling and her husband, Tom")."""
    before = [m.start for m in group.mentions if m.start < at]
    by_word = [
        m.start
        for m in group.mentions
        if m.start < at and word in (w.lower() for w in name_tokens(m.text))
    ]
    return max(by_word, default=-1), max(before)


def _by_first_surname(
    word: str,
    wanted_suffix: str | None,
    full: list[_Group],
    gender: str | None,
    roles: set[str] | None,
) -> _Group | None:
    """The one full name of three or more words whose word before the last is the short
    mention, neither an initial nor a given name the census lists: a Spanish naming's first
    surname, the father's ("Ms. Acosta" for "Melba Acosta Febo", NYT style; "Mr. López" for
    "Andrés Manuel López Obrador"), and as well a maiden name kept before the married one ("Ms.
    Rodham" for Hillary Rodham Clinton). "Mr. Walker" is never George Herbert Walker Bush, nor
    "Ms. Ward" John Ward Anderson. The last fallback of `_full_name_for`, reached only when no
    full name ends or begins with the word: "Huckabee" goes to Sarah Huckabee Sanders where
    Mike Huckabee is never named in full."""
    if wanted_suffix is not None or given_name_listed(word):
        return None
    matches = [
        g
        for g in full
        if len(g.key) >= 3
        and suffix(g.key) is None
        and g.key[-2].lower() == word
        and g.key[-2][:1].isupper()
        and len(g.key[-2].rstrip(".")) > 1
        and not (gender and g.gender and g.gender != gender)
        and not (roles and g.roles and not roles & g.roles)
    ]
    return matches[0] if len(matches) == 1 else None


def _same_generation(named: str | None, wanted: str | None) -> bool:
    """A short mention's suffix against a full name's: the same, or none for a numeral ("Mr.
    Conway" for "George T. Conway III"; a "Jr." stays apart)."""
    return named == wanted or (wanted is None and named in _NUMERALS)


_QUOTED = re.compile('“[^”]*”|"[^"]*"')


def _pronoun_sex(text: str) -> str | None:
    """The one sex the third-person pronouns of `text` speak of, outside quotation marks (a
    quote's "he" may be anyone), or None where they speak of both or neither."""
    said = {
        lexicon.PRONOUN_SEX.get(w) for w in re.findall(r"[a-z]+", _QUOTED.sub(" ", text.lower()))
    }
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def _merge_people_known_by_surname(doc: Doc, groups: list[_Group]) -> None:
    """NER sometimes tags a lone surname as NORP, ORG or even GPE ("Cancian agrees",
    "Verderosa said" after "Chief Matthew R. Verderosa"): fold it in. A place stays a place
    where it is a capital or a country the lexicon knows ("Washington"), or where no mention
    of it is a subject ("in Jackson" beside Jesse Jackson)."""
    _fold_firms_taken_for_people(doc, groups)
    people = [g for g in groups if g.type == "person" and len(g.key) >= 2]
    for group in list(groups):
        if (
            group.type in ("group", "organization", "place", "other")
            and len(group.names[0].split()) == 1
        ):
            word = group.names[0]
            if word.lower() in lexicon.DEMONYMS:
                continue
            if group.type == "place" and (
                word.lower() in _KNOWN_PLACES
                or group.label != "GPE"
                or not any(_subject(doc, m) for m in group.mentions)
            ):
                continue
            # "Hunter said he was innocent": the sex the text gives the surname's person
            said = {_gender_said(doc, m) for m in group.mentions} - {None}
            gender = said.pop() if len(said) == 1 else None
            target = _generation_for((word,), people, gender, set(), {})
            target = target or _full_name_for(
                (word,), group.mentions[0].start, people, gender, text=text_of(doc)
            )
            if target is None:
                # "Trump" tagged a person in one sentence and an organisation in the next,
                # where the article never gives his full name
                target = next((g for g in groups if g.type == "person" and g.key == (word,)), None)
            if target is not None:
                target.mentions.extend(group.mentions)
                target.names.extend(group.names)
                target.mentions.sort(key=lambda s: s.start)
                groups.remove(group)


_WHICH_AFTER = re.compile(r",?\s*which\b")


def _fold_firms_taken_for_people(doc: Doc, groups: list[_Group]) -> None:
    """A one-word name the tagger calls an organisation more often than a person, that the text
    takes up as a thing ("Carrier, which has had operations in Monterrey") and that no title
    or honorific marks as anyone's, is the organisation: "Carrier" (the company, tagged ORG
    some twenty times and PERSON six in one NYT story) took "she said" after "Carrier's calls"
    as a person. Its person mentions join the organisation. A surname the tagger calls an
    organisation as often ("Trump" in a Breitbart story, ORG nine times and PERSON four) and
    no "which" follows stays a person, and `_merge_people_known_by_surname` folds the
    organisation's mentions into it."""
    text = text_of(doc)
    for person in [g for g in groups if g.type == "person" and len(g.key) == 1]:
        if person.roles:
            continue  # "Mr. Carrier", "President Carrier"
        firm = next(
            (g for g in groups if g.type == "organization" and g.key == (person.key[0].lower(),)),
            None,
        )
        if (
            firm is not None
            and len(firm.mentions) > len(person.mentions)
            and any(_WHICH_AFTER.match(text, m.end) for m in (*firm.mentions, *person.mentions))
        ):
            firm.mentions.extend(person.mentions)
            firm.names.extend(person.names)
            firm.mentions.sort(key=lambda s: s.start)
            groups.remove(person)


def _sex_the_pronouns_give(doc: Doc, groups: list[_Group]) -> None:
    """A person whose sex only the census guessed, or nothing gave, takes the sex the text's
    own pronouns give them: "Even though Bibi Netanyahu recently decried the use of his name
    …" ("Bibi" is a woman's name in the census; BASIL b4dbeda7). The pronouns are those after
    a mention that is a clause's subject, to the end of its sentence (of its own clause, where
    that is not the main one) or, where it is the main clause's and the next sentence in the
    paragraph has "he" or "she" as its subject, of that one ("a term Obama also used. … And
    she said" is not Obama); before any other person's mention or a noun of one sex ("his
    wife"), outside quotation marks (a quote's "he" may be anyone), and subjects or owners,
    not objects ("Lanny Davis appeared … to defend her" is not a woman), an owner only in the
    clause the mention is the subject of ("Jessica Mackler issued a statement saying his
    comment …" is anyone's), and none inside the mention's own phrase ("Lucy Flores, his top
    recipient"). A pronoun of the sex of another person named since the sentence before, or
    of a pronoun before the mention in its sentence, may be theirs ("Clinton was interviewed
    …. After that interview, … James Comey called her actions extremely careless"; "She said
    Obama had … and reiterated the criteria … she would seek") and tells nothing. Where they
    give both sexes, the person stays as they were."""
    text = text_of(doc)
    quoted = Intervals((q.inner_start, q.inner_end, q) for q in quotes(text))
    people = [g for g in groups if g.type == "person"]
    others = sorted(m.start for g in people for m in g.mentions)
    sexes = {id(g): g.gender for g in people}
    for group in people:
        if group.gender is not None and not group.guessed:
            continue
        said: set[str] = set()
        for mention in group.mentions:
            head = _head_token(doc, mention)
            if head is None or quoted.covering(mention.start):
                continue
            since = doc[head.sent.start - 1].sent.start_char if head.sent.start else 0
            rivals = {
                sexes[id(g)]
                for g in people
                if g is not group and any(since <= m.start < mention.start for m in g.mentions)
            }
            rivals |= {  # "She said Obama had an opportunity … she would seek": hers
                lexicon.PRONOUN_SEX.get(t.lower_) for t in doc[head.sent.start : head.i]
            }
            said |= _pronouns_after(head, mention, others, quoted) - rivals
        if len(said) == 1:
            group.gender, group.guessed = said.pop(), False


# A pronoun that may be the subject's own: a subject or an owner ("decried the use of his name");
# an object ("appeared … to defend her", "asked him") is someone else, the reflexive aside.
_OWN_PRONOUN_DEPS = frozenset(("nsubj", "nsubjpass", "poss"))


def _pronouns_after(head: Token, mention: Span, others: list[int], quoted: Intervals) -> set[str]:
    """The sexes of the pronouns after a subject mention (`head`, its head token) that speak
    of it (see `_sex_the_pronouns_give`)."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    doc = head.doc
    sentence = head.sent
    end = sentence.end
    main = head.head == sentence.root  # "a term Obama also used": no main subject
    if main and end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        following = doc[end].sent
        if any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.lower_ in ("he", "she")
            and t.head == following.root
            for t in following
        ):
            end = following.end
    stop = next((o for o in others if o >= mention.end), len(text_of(doc)))
    found: set[str] = set()
    for token in doc[head.i + 1 : end]:
        if token.idx >= stop or token.lower_ in lexicon.WORD_SEX:
            break
        if head.is_ancestor(token) or (not main and not head.head.is_ancestor(token)):
            continue  # "Lucy Flores, his top recipient"; "She said Obama had …, … she would"
        if token.dep_ == "poss" and _verb_of(token) != head.head:
            continue  # "Jessica Mackler issued a statement saying his comment …": anyone's
        if (
            token.lower_ in lexicon.PRONOUN_SEX
            and (token.dep_ in _OWN_PRONOUN_DEPS or token.lower_ in ("himself", "herself"))
            and not quoted.covering(token.idx)
        ):
            found.add(lexicon.PRONOUN_SEX[token.lower_])
    return found


def _verb_of(token: Token) -> Token | None:
    """The nearest verb above a token: the clause it is part of."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _subject(doc: Doc, span: Span) -> bool:
    head = _head_token(doc, span)
    return head is not None and head.dep_ in ("nsubj", "nsubjpass")


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
            _fold(short, long_form, groups)
        if acronym not in long_form.names:
            long_form.names.append(acronym)
    _join_bare_acronyms(groups)


def _join_bare_acronyms(groups: list[_Group]) -> None:
    """ "the American Civil Liberties Union" and, with no "(ACLU)" to tie them, "the ACLU" in
    the same article: an organisation written in capitals joins the one organisation whose
    words' initials spell it exactly ("Department of Justice" spells DOJ with its "of")."""
    for short in [g for g in groups if g.type == "organization" and " " not in g.names[0]]:
        acronym = short.names[0].replace(".", "")
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            continue
        spelled = [
            g
            for g in groups
            if g is not short
            and g.type == "organization"
            and " " in g.names[0]
            and _spells(g.names[0], acronym)
        ]
        if len(spelled) != 1:
            continue
        _fold(short, spelled[0], groups)


def _join_newspapers_by_last_word(groups: list[_Group]) -> None:
    """ "The Washington Post reported …" and then "The Post noted …": a newspaper named by the
    last word of its masthead alone ("Post", "Times", "Journal") joins the one organisation of
    the article named before it whose name ends in that word (PolNeAR train 547615fd, 07747ee0,
    60602c7f, BASIL 12bf9108 and five more credited "Post", "Times" or "Journal" apart); where
    two end in it ("New York Post", "Washington Post"), neither."""
    for short in [g for g in groups if g.type == "organization" and " " not in g.names[0]]:
        word = short.names[0].lower()
        if word not in lexicon.NEWSPAPER_WORDS:
            continue
        first = min(m.start for m in short.mentions)
        masthead = {
            id(g): g
            for g in groups
            if g is not short
            and g.type == "organization"
            and any(" " in n and n.split()[-1].lower() == word for n in g.names)
        }
        if len(masthead) != 1:
            continue
        (long_form,) = masthead.values()
        if min(m.start for m in long_form.mentions) < first:
            _fold(short, long_form, groups)


def _fold(short: _Group, long_form: _Group, groups: list[_Group]) -> None:
    """An acronym's mentions and names join its long form's entity."""
    long_form.mentions.extend(short.mentions)
    long_form.names.extend(n for n in short.names if n not in long_form.names)
    long_form.mentions.sort(key=lambda s: s.start)
    groups.remove(short)


def _spells(name: str, acronym: str) -> bool:
    words = [w for w in _WORD.findall(name) if w.lower() != "the"]
    capitals = "".join(w[0] for w in words if w[0].isupper())
    every = "".join(w[0] for w in words)
    return acronym.upper() in (capitals.upper(), every.upper())


def _initials_match(name: str, acronym: str) -> bool:
    capitals = "".join(w[0] for w in _WORD.findall(name) if w[0].isupper())
    return capitals.upper() == acronym.upper() or capitals.upper().startswith(acronym.upper())


def _index(doc: Doc, groups: list[_Group]) -> EntityIndex:
    entities = []
    by_offset: dict[int, Entity] = {}
    genders: dict[str, str] = {}
    guessed: set[str] = set()
    countries = _countries(doc, groups)
    foreign = len(countries) >= 2
    quoted = Intervals((q.inner_start, q.inner_end, q) for q in quotes(text_of(doc)))
    for number, group in enumerate(groups, start=1):
        if group.gender:
            genders[f"e{number}"] = group.gender
            if group.guessed:
                guessed.add(f"e{number}")
        name = _canonical(group, text_of(doc))
        aliases = sorted({n for n in group.names if n != name})
        descriptors = _descriptors(doc, group, quoted) if group.type == "person" else []
        entity = Entity(
            id=f"e{number}",
            name=name,
            type=group.type,
            label=group.label,
            mentions=tuple(sorted(group.mentions, key=lambda s: s.start)),
            aliases=tuple(aliases),
            descriptors=tuple(descriptors),
            affiliation=_affiliation(doc, descriptors),
            stands_for=_stands_for(doc, group, foreign),
            gender=group.gender if group.type == "person" else None,
        )
        entities.append(entity)
        for mention in entity.mentions:
            by_offset[mention.start] = entity
    return EntityIndex(tuple(entities), by_offset, genders, frozenset(guessed), countries)


def _canonical(group: _Group, text: str) -> str:
    if group.type == "person":
        return _printed(group) or " ".join(group.key)
    longest = _LEADING_THE.sub("", max(group.names, key=lambda n: (len(n.split()), len(n))))
    if " " not in longest and any(_titled_the(text, m) for m in group.mentions):
        return f"The {longest}"  # "told The Hill": the paper is "The Hill", not "Hill"
    return longest


def _titled_the(text: str, mention: Span) -> bool:
    """A mention written "The X" inside a sentence: the capital makes "The" part of the name."""
    start = mention.start if mention.text.startswith("The ") else mention.start - 4
    if start < 0 or text[start : start + 4] != "The ":
        return False
    before = text[max(0, start - 80) : start].rstrip()  # a bounded look back, not a copy
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’(\n"


def _printed(group: _Group) -> str | None:
    """A person's full name as the text prints it, titles left out: "Matthew R. Verderosa",
    not the key's "Matthew R Verderosa"."""
    for name in group.names:
        if "(" in name or name_tokens(name) != group.key:
            continue
        words = name.split()
        first = next((i for i, w in enumerate(words) if w.strip(".’'") == group.key[0]), None)
        if first is not None:
            words = words[first:]
            ending = suffix(group.key)
            if ending and words[-1].rstrip(".") == ending.rstrip("."):
                words[-1] = ending  # "Jr." whose period ended the sentence
            return " ".join(words)
    return None


def _descriptors(doc: Doc, group: _Group, quoted: Intervals) -> list[Span]:
    """Appositions and of/at phrases after a person's mentions, outside quotations: inside one
    they are the quoted speaker's words ("see what is behind Trump, this false prophet"), not
    the writer's description."""
    found: list[Span] = []
    for mention in group.mentions:
        head = _head_token(doc, mention)
        if head is None:
            continue
        conjuncts = [c for c in head.children if c.dep_ == "conj"]
        for child in (*head.children, *_last_conjuncts_role(head)):
            # A person's apposition is one role ("a retired general"), never a plural noun.
            role = (
                child.dep_ == "appos"
                and child.tag_ in ("NN", "NNP")
                and child.ent_type_ != "PERSON"
            )
            if role and child.head == head and any(c.i < child.i for c in conjuncts):
                continue  # "Mike Pence and Kevin McCarthy, the incoming minority leader"
            if role and _across_a_colon(doc, head, child):
                continue
            if role or (
                child.dep_ == "prep" and child.lower_ in ("of", "at", "from") and child.i > head.i
            ):
                span = _in_brackets(doc, head, child) or _subtree_span(doc, child, to_and=role)
                if (
                    span
                    and not _a_share(doc, span)
                    and not quoted.covering(span.start)
                    and span.text not in {f.text for f in found}
                    and not any(f.start <= span.start and span.end <= f.end for f in found)
                ):
                    found.append(span)
    return _joined(doc, found)


def _across_a_colon(doc: Doc, head: Token, child: Token) -> bool:
    """A colon between a name and the noun the parser hung on it as an apposition: what
    follows is what the person says or faces, never who they are (a headline "Ryan:
    ‘Anti-Semitic Images’ Have ‘No Place …’", "Paul Ryan: FBI Decision …", "another obstacle
    confronting Sanders: Clinton’s massive lead among superdelegates"; PolNeAR train), which
    a brief headed "Bernie Sanders, Clinton’s massive lead among superdelegates"."""
    return any(t.text == ":" for t in doc[head.i + 1 : child.left_edge.i])


# Words that make the number before them a share: "49 percent", "eight percent", "13%", "15
# percentage points": numbers' one-word percent units (with "pct", in none of the BASIL, PolNeAR
# or NewsQuant texts) and "percentage".
_SHARE_WORDS = frozenset(w for w in PERCENT_WORDS if " " not in w) | {"percentage"}


def _a_share(doc: Doc, span: Span) -> bool:
    """A share of a poll or a vote after a name is no description of its person, however the
    parser hung it on the name: "Obama leading Romney, 49 percent to 44 percent, in Florida"
    (BASIL b4dbeda7), "Ben Carson at 2 percent" (af4a3f41), "Bernie Sanders … 73 percent to
    63 percent", "Jill Stein … 15 percent polling threshold" (PolNeAR train); the brief headed
    the candidate "Mitt Romney, 49 percent to 44 percent, in Florida"."""
    words = [t for t in doc.char_span(span.start, span.end, alignment_mode="expand") or ()]
    if words and words[0].lower_ in ("at", "with", "to"):
        words = words[1:]
    return len(words) >= 2 and words[0].like_num and words[1].lower_ in _SHARE_WORDS


def _joined(doc: Doc, found: list[Span]) -> list[Span]:
    """Two descriptors with nothing but a space or a hyphen between them are one the parser
    cut in two: "co-chair of Strengthen Social Security" came out as "co" and "chair of …",
    "the chairwoman of Families Belong Together" as "the chairwoman of Families" and "Belong
    Together", which a brief joined as "co; chair of …" (BASIL 576116e5, f688c56d, af4a3f41)."""
    text = text_of(doc)
    joined: list[Span] = []
    for span in sorted(found, key=lambda f: f.start):
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.end <= span.start
            and not text[last.end : span.start].strip(" -")
        ):
            joined[-1] = Span(last.start, span.end, text[last.start : span.end])
        else:
            joined.append(span)
    return joined


def _in_brackets(doc: Doc, head: Token, child: Token) -> Span | None:
    """A bracket right after the name is one descriptor, however the parser cut it up:
    "Nancy Pelosi (D-Calif.)" is "D-Calif.", not "D" and "Calif."."""
    if head.i + 1 >= len(doc) or doc[head.i + 1].text != "(" or child.i <= head.i + 1:
        return None
    close = next((t for t in doc[head.i + 2 : head.i + 12] if t.text == ")"), None)
    if close is None or child.i >= close.i:
        return None
    start, end = doc[head.i + 2].idx, close.idx
    text = text_of(doc)[start:end]
    return Span(start, end, text) if text.strip() == text and text else None


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


def _countries(doc: Doc, groups: list[_Group]) -> frozenset[str]:
    """The countries the text names (by name, capital or demonym). With two or more a capital
    may act for its country ("Pyongyang needs money"); in a domestic story "Washington" does
    not stand for the United States."""
    countries = set(lexicon.CAPITALS.values()) | set(lexicon.DEMONYMS.values())
    named = set()
    for group in groups:
        name = _LEADING_THE.sub("", group.names[0]).lower()
        for country in (
            lexicon.CAPITALS.get(name),
            lexicon.DEMONYMS.get(name),
            next((c for c in countries if c.lower() == name), None),
        ):
            if country:
                named.add(country)
    named |= {lexicon.CAPITALS[t.lower_] for t in doc if t.lower_ in lexicon.CAPITALS}
    return frozenset(named)


def _stands_for(doc: Doc, group: _Group, foreign: bool) -> str | None:
    name = group.names[0].lower()
    if group.type == "group":
        return lexicon.DEMONYMS.get(name)
    country = lexicon.CAPITALS.get(name)
    if country is None or not foreign:
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


def _last_conjuncts_role(head: Token) -> list[Token]:
    """ "Vice President Mike Pence and Representative Kevin McCarthy of California, the
    incoming minority leader": the role after the last of two names is the last one's, though
    the parser hung it on the first."""
    if head.dep_ != "conj" or any(c.dep_ == "conj" and c.i > head.i for c in head.head.children):
        return []
    return [c for c in head.head.children if c.dep_ == "appos" and c.i > head.i]


def _subtree_span(doc: Doc, token: Token, to_and: bool = False) -> Span | None:
    """The token's phrase; with `to_and`, only up to an "and" that joins others to it ("the
    Democratic leader, and moderate Democratic senators of capitulating …" is the role "the
    Democratic leader"; "then a district attorney and later the chief justice" one role)."""
    tokens = list(token.subtree)
    others = [
        c
        for c in token.children
        if c.dep_ == "conj" and (c.tag_ in ("NNS", "NNPS") or c.ent_type_ == "PERSON")
    ]
    if to_and and others:
        joint = [c.i for c in token.children if c.dep_ == "cc" and c.i < others[0].i]
        cut = min(joint or [others[0].i])
        tokens = [t for t in tokens if t.i < cut]
    aside = _aside_clause(doc, token)
    if aside is not None:
        tokens = [t for t in tokens if t.i < aside]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in ")”"):
        tokens.pop()
    while tokens and tokens[0].text in ",;":  # "Moore, then an assistant district attorney,"
        tokens.pop(0)
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return Span(start, end, text_of(doc)[start:end])


def _aside_clause(doc: Doc, token: Token) -> int | None:
    """Where a relative clause set off by a comma starts in the phrase: "the deputy attorney
    general, who made clear during a news conference that …", "a constitutional law professor
    at Chapman University …, who said the amendment has been misapplied", "R-Utah, whose views
    … have fluctuated" tell what the person did or is, not who they are; a brief put the whole
    clause after the name (BASIL c6a0e65c, f688c56d, 70c75d68, 58f414e5, 9879bbc0, 97b1305c,
    a28a0329 …). A clause with no comma ("a former head … who also served as …") is kept."""
    starts = [
        clause.left_edge.i
        for clause in token.subtree
        if clause.dep_ == "relcl"
        and clause.left_edge.i > token.i
        and doc[clause.left_edge.i - 1].text == ","
    ]
    return min(starts) - 1 if starts else None


def entities(doc: Doc) -> tuple[Entity, ...]:
    return build_index(doc).entities
