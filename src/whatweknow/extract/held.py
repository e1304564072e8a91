"""Clauses a date is in that tell what someone holds, not what happened.

    held(verb)   # "I hope that the articles … are the subject of hearings … early in 2019"

A clause under a verb or noun of hoping, believing, fearing, suspecting or foreseeing
(`lexicon.HELD_VERBS`, `lexicon.HELD_NOUNS`) says what someone has in mind; its date is read as
any other (a reader may want it), but nothing in the clause is a happening of that date:
`clauses.mode` makes it hypothetical, so the timeline leaves it out. The timeline of BASIL
86e6e27d (NYT 2019-01-04) had filed Representative Sherman's hope as "2019: articles of
impeachment are the subject of hearings". The verb that holds the clause is itself told
("said on Friday that he hoped …" is Friday's saying; "hoped on Friday that …" Friday's
hope), and a clause a verb holds true ("learned that he had resigned in 2016", "knew") or
plans ("expects that the Senate will vote on Tuesday") stays dated. So does a belief about the
past, told in the past tense with no modal (`lexicon.FORESEEING` says which words look ahead):
"I think maybe 1,500 people were killed last year" (Clinton on Libya, The Western Journal
2016), "Police believe the gunman entered the school at 9 a.m. Monday" are hedged happenings
of their dates; "believes the battle will continue until … July" is not.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import FORESEEING, HELD_NOUNS, HELD_VERBS
from .attribution.cues import lemma

# How many clauses up from the dated verb a holding verb may be: "I hope the committee will
# find that he lied in 2017" holds the lie two clauses down.
_REACH = 4
# The links from a clause up to the clause it is part of: its conjunct's, a complement's, a
# "to" clause's.
_UP = frozenset({"conj", "ccomp", "xcomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def held(verb: Token) -> bool:
    """Whether the dated verb's clause is in one a verb or noun of holding takes (see the
    module): its "that" clause, or the clause of a verb joined to it ("will backfire and
    strengthen"), climbing complements up to `_REACH` clauses."""
    node = verb
    for _ in range(_REACH):
        head = node.head
        if head.i == node.i or node.dep_ not in _UP | {"acl"}:
            return False
        held_verb = head.pos_ in ("VERB", "AUX") and lemma(head) in HELD_VERBS
        if node.dep_ == "ccomp" and held_verb and _its_clause(node):
            return lemma(head) in FORESEEING or not _past(verb, head)
        if node.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and _of_a_held_noun(node):
            return head.lemma_.lower() in FORESEEING or not _past(verb, head)
        if node.dep_ == "acl":
            return False  # a clause on a thing ("the bill they passed"): no clause above
        node = head
    return False


def _its_clause(clause: Token) -> bool:
    """Whether a clause the parse hangs on a verb of holding is what that verb holds: a clause
    of its own (with its subject) that opens after the verb, not one set off before it or
    after a comma or a closing quote, which the parse sometimes hangs there: "Netanyahu came
    to Washington in May 2009, he felt blindsided", "Hillary Clinton thinks …, former
    President Bill Clinton said this week", "“… they cannot believe what they're finding,”
    Trump told NBC's “Today” show on Thursday"; nor a verb without a subject, or with two, a
    main clause the parse put below ("Democrats … hoping to pass legislation … were put on
    notice … Wednesday morning"), nor the verb that tells who spoke a quotation, after its
    closing mark ("“We think that the message … will resonate,” he said at a Sunday news
    conference")."""
    first = clause.left_edge
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    closed = any(c.tag_ == "''" and c.i < clause.i for c in clause.children)
    set_off = first.is_punct or first.is_quote or first.i < clause.head.i
    return len(subjects) == 1 and not closed and not set_off


def _of_a_held_noun(clause: Token) -> bool:
    """ "the hope that …", "suspicions that …": the noun's "that" clause, not one that only
    describes the noun ("the fear he showed on Monday"), nor one the noun denies ("left no
    doubt that he would endorse")."""
    noun = clause.head
    opened = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    denied = any(c.lower_ == "no" or c.dep_ == "neg" for c in noun.children)
    return opened and not denied and noun.lemma_.lower() in HELD_NOUNS


def _past(verb: Token, holder: Token) -> bool:
    """Whether the dated verb is told in the past tense, with no modal on it or on any clause
    between it and the word that holds it ("were killed last year", "entered the school on
    Monday"; not "will continue until … July", "could strengthen Mr. Trump in 2020")."""
    node = verb
    while node.i != holder.i and node.head.i != node.i:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
            return False
        node = node.head
    return verb.tag_ in ("VBD", "VBN")
