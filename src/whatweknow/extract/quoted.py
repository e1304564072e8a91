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

A quotation that opens its paragraph, with no statement found in it, is the speaker's whose
cue the sentence closing the paragraph before with a colon holds, named in that sentence
("… Parker Eaton … said that given the crop of candidates on both sides:" before the
paragraph of his words); a colon after no cue ("… a cultish blind faith in Obama's word:")
gives the quotation no one.
"""

from __future__ import annotations

import re
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
            return self._introduced(quote, statements)
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

    def _introduced(self, quote: Quote, statements: Iterable[Statement]) -> Statement | None:
        """The statement whose cue closes, with a colon, the paragraph before a quotation that
        opens its own ("81-year-old Parker Eaton … said that given the crop of candidates on
        both sides:\n\n“There’s only one: Trump. … Clinton has already got millions of
        dollars from China and Japan …”": Eaton's), in the sentence the colon ends, its
        speaker named there too. One speaker only, as in a quotation."""
        opening = self.text.rfind("\n", 0, quote.start) + 1
        if self.text[opening : quote.start].strip():
            return None  # the quotation does not open its paragraph
        before = self.text[:opening].rstrip()
        if not before.endswith(":"):
            return None
        colon = len(before) - 1
        paragraph = before.rfind("\n") + 1
        stops = list(_SENTENCE_END.finditer(self.text, paragraph, colon))
        sentence = stops[-1].end() if stops else paragraph
        cued = [
            s
            for s in statements
            if s.cue is not None
            and sentence <= s.cue.start < colon
            and not s.negated
            and s.speaker.name
            and s.speaker.kind != "unresolved"
            and s.speaker.mention is not None
            and sentence <= s.speaker.mention.start < colon
        ]
        if len({(s.speaker.name, s.speaker.kind) for s in cued}) != 1:
            return None
        return cued[0]


# The end of a sentence inside a paragraph: a full stop, a question or an exclamation mark,
# then a space.
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s+(?=[A-Z\"\u201c])")
