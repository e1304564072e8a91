"""Surnames the tagger took for another kind of word.

A person the text names in full is often quoted again by the surname alone. Where that surname
is also a common word of another kind, the tagger reads the lone surname as that word, and the
cue is left with no one the index knows as its source:
- a nationality: "“It's too early to tell,” said Cuban" after "Mark Cuban" (the index holds
  "Cuban" as the Cubans, speaking for Cuba: `entities._merge_people_known_by_surname` leaves
  demonyms alone, as "the Russian said" is no surname);
- a preposition: "“The circumstances are changed …,” From said" after "Al From".
In the tuning stories (PolNeAR train, Politico 2016-05 and The Washington Post 2016-07) that is
eight statements of Mark Cuban's given to "Cuba" and two of Al From's given to no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import lexicon
from ...model import Entity
from ...names import name_tokens, surname
from .context import Context
from .syntax import SUBJECTS

# Words before the surname that make it a people's or a thing's: "the Cuban", "a Cuban", "the
# Cuban government", "Cuban-American"; a title ("Mr. Cuban") already names the person.
_OWN_WORDS = frozenset(("det", "amod", "compound", "poss", "nummod"))
# The parts of speech of a word that is no name, which the parser may still make a subject.
_OTHER_WORDS = frozenset(("ADP", "SCONJ"))


def person_by_surname(ctx: Context, head: Token, entity: Entity | None) -> Entity | None:
    """The person named in full before `head` whose surname `head` is, where the tagger took
    that surname for another kind of word: a nationality in the singular ("Cuban", not
    "Cubans") or a preposition ("From"), the subject of its cue, capitalised, with no
    determiner, modifier or title of its own, that the index holds as no person. None where
    the text names no one of that surname before it ("Cuban said" with no "Mark Cuban" before
    it stays Cuba's; "From said" with no "Al From" is no one)."""
    if entity is not None and entity.type == "person":
        return None
    nationality = head.tag_ == "NNP" and head.lower_ in lexicon.DEMONYMS
    if (
        not (nationality or head.pos_ in _OTHER_WORDS)
        or head.dep_ not in SUBJECTS
        or _plural(head.head)
        or not head.text.istitle()
        or any(c.dep_ in _OWN_WORDS for c in head.children)
    ):
        return None
    person = ctx.index.person((head.text,))
    if person is None or person.type != "person":
        return None
    words = name_tokens(person.name)
    if len(words) < 2 or surname(words) != head.text:
        return None
    if not person.mentions or person.mentions[0].start >= head.idx:
        return None
    return person


def _plural(verb: Token) -> bool:
    """ "French are saying the law goes too far": a verb in the plural has a people for its
    subject, not a person, whatever surname that people's word shares."""
    return verb.tag_ == "VBP" or any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBP" or c.lower_ in ("are", "were"))
        for c in verb.children
    )
