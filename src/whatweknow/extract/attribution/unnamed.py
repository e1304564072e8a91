"""Unnamed sources named again: a definite description that takes up one the text introduced.

A source the text introduces with "a", "an" or "one" and never names ("said a senior Cruz
adviser", "A witness interviewed by congressional staff said …", "said a prominent Republican
National Committee member who supports Trump") is often quoted again by the noun of that
description with "the": "said the senior Cruz adviser", "The witness said …", "the RNC member
said". That description names the same unnamed source, not the person named last as a
subject nor the one the article is about (Politico, Huffington Post 2016: PolNeAR train).
"""

from __future__ import annotations

import re

from spacy.tokens import Span as Tokens
from spacy.tokens import Token

from ... import lexicon
from ...model import Span, Speaker, Statement
from . import descriptions
from .context import Context

# Articles that introduce someone the text does not name: "a senior Cruz adviser", "one
# official".
_INTRODUCING = frozenset("a an one".split())
# ... and another one: "another witness".
_ANOTHER = _INTRODUCING | {"another"}
# The kinds of source a person description takes up: not a document ("the poll" after "an NBC
# News/Wall Street Journal poll of …" is left to the documents' own resolution).
_PEOPLE = frozenset("person anonymous group".split())


def speaker_again(
    ctx: Context, head: Token, span: Span, earlier: list[Statement]
) -> Speaker | None:
    """The unnamed source that a definite description of one person ("the witness", "the
    senior Cruz adviser", "the official") takes up: the last earlier speaker whose mention
    the description's noun heads in the singular, where that speaker is no person the text
    names nor a document, the text introduced them with "a", "an" or "one", and the noun
    introduces or describes no one else between that mention and the description. None
    elsewhere: "said the senior Cruz adviser" after "said Jeff Roe, a senior Cruz adviser" is
    left to the description's resolution, and so is one after "Cruz's advisers say"."""
    noun = head.lemma_.lower()
    if not (descriptions.person_description(head) or _unnamed_noun(head, noun)):
        return None
    same: list[tuple[Statement, Tokens]] = []
    for statement in earlier:
        mention = statement.speaker.mention
        if mention is None or mention.end > head.idx:
            continue
        tokens = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if tokens is not None and _one(tokens.root, noun):
            same.append((statement, tokens))
    if not same:
        return None
    last, tokens = max(same, key=lambda pair: pair[1].start)
    said = last.speaker
    if said.kind not in _PEOPLE or not said.name or said.members or _a_person(ctx, said.entity):
        return None
    introduced = any(
        s.speaker.name == said.name and mention[0].lower_ in _INTRODUCING for s, mention in same
    )
    if not introduced:
        return None
    theirs = {t.i for s, mention in same if s.speaker.name == said.name for t in mention}
    if any(
        _one(t, noun) and t.i not in theirs and not ctx.inside_quote(t) and _someone_else(t)
        for t in ctx.doc[tokens.end : head.i]
    ):
        return None  # "… Another witness, Jane Doe, said …": either
    return Speaker(said.name, said.kind, span, said.entity, said.members)


def _one(token: Token, noun: str) -> bool:
    """The token is the noun in the singular: "a senior Cruz adviser", not "Cruz's advisers"."""
    return token.tag_ == "NN" and token.lemma_.lower() == noun


def _a_person(ctx: Context, entity: str | None) -> bool:
    """The entity is a person the text names (not the group an unnamed one is counted in)."""
    return any(e.id == entity and e.type == "person" for e in ctx.index.entities)


def _someone_else(noun: Token) -> bool:
    """The noun introduces or describes someone: "another witness", "a member of the
    committee", "the lawyer, Mark D. Sheridan" (not a credit line's bare "Republican National
    Committee member.")."""
    return (
        descriptions.article_of(noun) in _ANOTHER
        or noun.dep_ == "appos"
        or any(c.dep_ == "appos" for c in noun.children)
    )


def _unnamed_noun(head: Token, noun: str) -> bool:
    """A definite "the official", "the source": a noun the news gives unnamed people, which
    `descriptions.person_description` leaves out."""
    return (
        head.tag_ == "NN"
        and noun in lexicon.ANONYMOUS_NOUNS
        and descriptions.article_of(head) == "the"
    )


def one_of_sex(
    ctx: Context, said: Speaker, gender: str | None, described: str | None, until: int
) -> bool:
    """The unnamed source `said` is one person of `gender` ("he" or "she"), whom the pronoun
    may go on with: one singular noun the text introduces with "a", "an", "one" or "another"
    ("a fashion designer for the G-III Apparel Group") or that says only a sex ("the
    woman"), not a group, a document, "unnamed reports" or a definite description that may
    stand for someone named ("The billionaire businessman says …. But he also says …"), of
    the sex its noun gives (`described`, as the speakers' `_described_sex` reads it) or, where
    the noun gives none, the sex of a "he" or "she" that is a subject in a clause on the noun
    ("one former campaign staffer, who said he left on good terms"). A noun of the other sex,
    or none and no such pronoun, is no one the pronoun goes on with, nor is a source after
    whom, before `until` (the pronoun), the text introduces another unnamed person the
    pronoun may be ("… after the man had posted …. In September, the home of a 26-year-old
    Berlin man was raided …, after he had posted": that man) or names a person not of the
    other sex ("The woman who started it all identified herself … as a 52-year-old …
    resident named Caroline. “…,” she said": Caroline)."""
    if gender is None or said.kind != "anonymous" or said.entity or said.members:
        return False
    if said.mention is None:
        return False
    tokens = ctx.doc.char_span(said.mention.start, said.mention.end, alignment_mode="expand")
    if tokens is None:
        return False
    if not _RIGHT_AFTER_A_QUOTE.search(ctx.doc.text, 0, until) and tokens.sent.end_char <= until:
        # "“…,” she said", or a pronoun in the source's own sentence ("said the woman, who
        # spoke on the condition of anonymity because she feared …"): "‘I like her a lot,’
        # said one woman in the crowd. … In her speech, she said the minimum wage must rise"
        # is the candidate (a code reviewer's near-miss; every case the rule was read on is
        # a quotation the pronoun closes or the source's own sentence)
        return False
    if tokens.root.tag_ != "NN":
        return False
    head = tokens.root
    introduced = descriptions.article_of(head) in _ANOTHER or any(
        c.dep_ == "nummod" and c.lower_ == "one" for c in head.children
    )
    if not introduced and head.lemma_.lower() not in descriptions.SEX_NOUNS:
        return False  # "The billionaire businessman says …" may be whom the text named before
    if any(_introduces_one_of(t, gender) for t in ctx.doc[tokens.end : _token_at(ctx, until)]):
        return False
    if any(
        e.type == "person"
        and not ctx.index.other_sex(e.id, gender)
        and any(said.mention.start <= m.start < until for m in e.mentions)
        for e in ctx.index.entities
    ):
        return False  # "The woman who started it all … named Caroline. “…,” she said": Caroline
    if described is not None:
        return described == gender
    told = {
        lexicon.PRONOUN_SEX[t.lower_]
        for clause in head.children
        if clause.dep_ in ("relcl", "acl")
        for t in clause.subtree
        if t.lower_ in lexicon.PRONOUN_SEX
        and t.dep_ in ("nsubj", "nsubjpass")
        and not ctx.inside_quote(t)
    }
    return told == {gender}


# A quotation closed right before the pronoun: "“…,” she said".
_RIGHT_AFTER_A_QUOTE = re.compile(r"[”\"]\s*$")


def _token_at(ctx: Context, offset: int) -> int:
    """The index of the token at or just after character `offset`."""
    found = ctx.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return found.start if found is not None else len(ctx.doc)


def _introduces_one_of(token: Token, gender: str) -> bool:
    """The token introduces someone unnamed who may be of `gender`: a singular person noun
    with "a", "an", "one" or "another" ("a 26-year-old Berlin man", "a spokesman"), not of the
    other sex by its noun."""
    if token.tag_ != "NN":
        return False
    noun = token.lemma_.lower()
    sex = lexicon.WORD_SEX.get(noun) or descriptions.SEX_NOUNS.get(noun)
    if sex is None and noun not in lexicon.PERSON_NOUNS:
        return False
    introduced = descriptions.article_of(token) in _ANOTHER or any(
        c.dep_ == "nummod" and c.lower_ == "one" for c in token.children
    )
    return introduced and sex in (None, gender)
