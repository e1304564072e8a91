"""Whose words a quotation is, for a figure inside it that no statement holds.

A quotation is one speaker's words: where the statement finder took only a part of it for the
content of a statement ("“Last week’s document production also includes material from a records
cache of thousands of new Clinton State Department records … The new material shows the State
Department compiled extensive … dossiers on Republican and Democrat senators,” according to
Judicial Watch": the content is the second sentence), a figure in the rest of the same
quotation is that statement's speaker's too: "thousands" is Judicial Watch's, as the story gold
gives it.

Only a speaker named outside the quotation marks: someone the quoted speaker names inside
them ("“Jones told me it costs $5 billion. It costs $10 billion”") says only what their own
statement holds. Only one speaker: a quotation whose parts are given to two speakers (a quote
nested in another, "“I said, ‘…,’ and he said, ‘Eight years, no daylight.’”") gives a figure
outside both to neither.

A quotation that opens its paragraph, with no statement found in it, after a paragraph whose
last sentence holds a cue and closes with a colon, is left alone: the colon hands on the cue's
speaker's words ("81-year-old Parker Eaton … said that given the crop of candidates on both
sides:") as often as another's the sentence names ("Smith said the group released the
following statement:", "The spokesman said Trump tweeted:"), and the text alone does not tell
which (the round-67 code review: 7 of 7 such sentences given to the wrong speaker).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Statement
from .quotes import Quote, quotes


@dataclass(frozen=True, slots=True)
class Quotations:
    """A text's quotations, paired once (`quotes.quotes`), and the statements told in them."""

    text: str
    found: tuple[Quote, ...]

    @classmethod
    def of(cls, text: str) -> Quotations:
        return cls(text, tuple(quotes(text)))

    def around(self, at: int) -> Quote | None:
        """The quotation whose marks hold offset `at`, inside one of its fragments."""
        for quote in self.found:
            if quote.start > at:
                break
            if any(start <= at < end for start, end in quote.fragments):
                return quote
        return None

    def speaker_of(self, at: int, statements: Iterable[Statement]) -> Statement | None:
        """The statement whose speaker says the quotation that holds offset `at`: a statement
        with content inside the quotation, its speaker named outside the marks, and no other
        speaker given a part of the quotation. None where the quotation has no such statement
        or its parts are given to two speakers."""
        quote = self.around(at)
        if quote is None:
            return None
        inside = [
            s
            for s in statements
            if any(
                start < piece.end and piece.start < end
                for piece in s.fragments or (s.content,)
                for start, end in quote.fragments
            )
        ]
        if not inside:
            return None  # a quotation after a colon: the cue's, or the words it introduces
        if len({(s.speaker.name, s.speaker.kind) for s in inside}) != 1:
            return None  # two speakers in one quotation: a quote nested in another
        own = [
            s
            for s in inside
            if not s.negated
            and s.speaker.name
            and s.speaker.kind != "unresolved"
            and s.speaker.mention is not None
            and not quote.start <= s.speaker.mention.start < quote.end
        ]
        return own[0] if own else None
