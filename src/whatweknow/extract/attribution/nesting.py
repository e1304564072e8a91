"""Statements inside statements: "According to Bloomberg, unnamed sources believe …"."""

from __future__ import annotations

from dataclasses import replace

from ...model import Statement
from ..intervals import Intervals


def nest(
    results: list[Statement],
    speech: set[str] | None = None,
    framing: set[str] | None = None,
    asides: set[str] | None = None,
    supposed: set[str] | None = None,
) -> tuple[Statement, ...]:
    """A statement whose cue lies in another's longer content is reported by it. Nesting only
    into a strictly longer content keeps the chain acyclic.

    A speaker's own words inside their own statement are part of it, not a second statement:
    in "Trump said he wants to build a wall" only the saying is kept, and in "she highlighted
    the millions she said they had paid" only the highlighting. What they said inside what
    they refused or wanted (`framing`) is still said, and so is what they did that an aside
    says they said before (`asides`: "calling the senator a liar, as he has alleged").

    What a speaker says another should, could or would say (`supposed`: "Nadler said the
    president should insist that …", "according to the tweet, he would have known …", "a
    Democratic commander in chief could cite …") is no statement of the other's: a brief
    showed it on the other's page as said (BASIL c6a0e65c, 0c78e748, 3ae35b16)."""
    speech = speech or set()
    supposed = supposed or set()
    framing = framing or set()
    asides = asides or set()
    contents = _contents(results)
    results = [s for s in results if s.id not in supposed or _outer(s, contents) is None]
    contents = _contents(results)
    kept = [
        s
        for s in results
        if not s.speaker.name
        or (outer := _outer(s, contents)) is None
        or s.speaker.name != outer.speaker.name
        # what they said inside what they refused or wanted is still said: "refused to
        # discuss appointees, aside from saying he wants a diverse delegation"
        or (s.id in speech and outer.id in framing)
        or outer.id in asides
    ]
    ids = {s.id: f"s{number}" for number, s in enumerate(kept, 1)}
    nested = []
    contents = _contents(kept)
    for statement in kept:
        outer = _outer(statement, contents)
        nested.append(
            replace(
                statement,
                id=ids[statement.id],
                nested_in=ids[outer.id] if outer is not None else None,
            )
        )
    return tuple(nested)


def _contents(statements: list[Statement]) -> Intervals[Statement]:
    return Intervals((s.content.start, s.content.end, s) for s in statements)


def _outer(statement: Statement, contents: Intervals[Statement]) -> Statement | None:
    """The shortest statement whose content holds this one's cue (the first of two as long).
    A quote in fragments holds only its fragments: in "“A,” Trump said, adding that B. “C.”"
    the cue "adding" lies between "A" and "C", in Trump's narration, not inside his quote."""
    if statement.cue is None:
        return None
    own = statement.content.end - statement.content.start
    at = statement.cue.start
    outer = None
    for other in contents.covering(at):
        length = other.content.end - other.content.start
        if other is statement or (length <= own and not _relays(other, statement)):
            continue
        pieces = other.fragments or (other.content,)
        if any(p.start <= at < p.end for p in pieces) and (
            outer is None or length < outer.content.end - outer.content.start
        ):
            outer = other
    return outer


def _relays(other: Statement, statement: Statement) -> bool:
    """ "“…,” Mr. Steele said, according to a video of his remarks …. “…”": the source after
    "according to" reports the quote and its cue (its content runs to the cue), where the
    quote, in fragments either side of it, is longer than what it reports; its own cue
    outside the quote, it can hold the quote's speaker without a cycle (BASIL 2b95d2cf,
    d4a4bc34; PolNeAR train Breitbart 2016-07-25, Politico 2016-02-19)."""
    if other.cue is None or statement.cue is None:
        return False
    pieces = statement.fragments or (statement.content,)
    return (
        other.cue.text.lower().startswith("according")
        and other.content.start <= statement.cue.start < other.content.end
        and not any(p.start <= other.cue.start < p.end for p in pieces)
    )
