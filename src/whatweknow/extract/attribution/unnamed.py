"""Unnamed sources named again: a definite description that takes up one the text introduced.

A source the text introduces with "a", "an" or "one" and never names ("said a senior Cruz
adviser", "A witness interviewed by congressional staff said …", "said a prominent Republican
National Committee member who supports Trump") is often quoted again by the noun of that
description with "the": "said the senior Cruz adviser", "The witness said …", "the RNC member
said". That description names the same unnamed source, not the person named last as a
subject nor the one the article is about (Politico, Huffington Post 2016: PolNeAR train).
"""

from __future__ import annotations

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
