"""Date expressions that date no happening of the clause they are in, though they name a date.

    day_in_general(span)   # "makes Election Day a federal holiday": every year's, none of them
    before_a_year(span)    # "a campaign platform ahead of 2020": some time before that year

The date itself is still read (the expression names the day or the year, and a reader may want
it), but the clause tells nothing that happened on it: `clauses.mode` keeps such an event off
the timeline, which had filed a proposal about Election Day in general on 2018-11-06 from one
outlet and 2020-11-03 from another, and a platform "ahead of 2020" as a 2020 event.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .. import dates

# What a clause may make a named day: a kind of day ("a federal holiday"), not a thing that
# happened on one ("made Election Day a referendum on Obama" is that year's Election Day).
_KINDS_OF_DAY = frozenset({"holiday"})
# The verbs that make a day a kind of day for every year: a law or proposal does. One who
# celebrates, spends or calls a day a holiday does so on one of them ("celebrated Christmas as a
# family holiday in Hawaii", "called Memorial Day a sacred holiday during his speech").
_MAKING = frozenset("make declare designate establish recognize name".split())
# The words that put an act before a date: "before 2017", "ahead of 2020", "prior to 2016".
_BEFORE = frozenset({"before"})
_BEFORE_WITH = frozenset({("ahead", "of"), ("prior", "to")})


def day_in_general(date: SpacySpan) -> bool:
    """ "includes proposals designating Election Day as a federal holiday", "makes Election
    Day a federal holiday", "Election Day is not a federal holiday": a named day with no year
    that its clause says is a holiday is the day of every year, not one of them (a proposal
    about the day, no event on it). "vote for him on Election Day", "Labor Day is barely
    over", "celebrating Bastille Day", "Election Day is Nov. 8", "made Election Day a
    referendum" and "Election Day 2016 was a holiday" stay dated."""
    if dates.YEAR.search(date.text) or not dates.names_a_day(date.text):
        return False
    kind = _what_it_is_made(date.root)
    return kind is not None and kind.lemma_.lower() in _KINDS_OF_DAY and not kind.ent_type_


def _what_it_is_made(day: Token) -> Token | None:
    """The noun a clause makes `day` or says it is: the head of a small clause ("makes
    [Election Day] a federal holiday", parsed with the day as the subject of "holiday"), the
    complement of its verb ("declare [it] a holiday": oprd; "designating [it] as a holiday":
    "as" and its object) or of "be" in the present ("[it] is a holiday": attr). Only a verb
    that makes a day a kind of day (`_MAKING`) counts: "celebrated Christmas as a family
    holiday" and "called Memorial Day a sacred holiday" are that year's day."""
    head = day.head
    if day.dep_ == "nsubj" and head.pos_ == "NOUN" and head.i != day.i:
        return head if head.head.lemma_ in _MAKING else None
    if day.dep_ == "nsubj" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):
        return next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if day.dep_ != "dobj" or head.lemma_ not in _MAKING:
        return None
    for child in head.children:
        if child.dep_ in ("oprd", "xcomp") and child.pos_ == "NOUN":
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def before_a_year(date: SpacySpan) -> bool:
    """ "It also serves as a campaign platform for Democrats ahead of 2020", "don't expect a
    deal before 2017": a year alone, the object of "before", "ahead of" or "prior to", bounds
    the act: it comes some time before that year, not in it. "ahead of the 2020 election"
    (the year of a thing, which the noun dates), "before Tuesday" (a day: the act is at its
    eve), "by 2020", "until 2015" and "in 2020" stay dated."""
    if len(date) != 1 or not dates.YEAR.fullmatch(date.text) or date.root.dep_ != "pobj":
        return False
    after = date.doc[date.end] if date.end < len(date.doc) else None
    if after is not None and (after.pos_ in ("VERB", "AUX") or after.tag_ in ("NNS", "NNPS")):
        return False  # the year opens a clause or counts: "before 2009 saw", "before 2000 people"
    word = date.root.head
    if word.lower_ in _BEFORE:
        return True
    return (word.head.lower_, word.lower_) in _BEFORE_WITH and word.head.i != word.i
