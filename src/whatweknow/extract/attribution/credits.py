"""A quote printed over its credit line: HuffPost's pull quotes are a paragraph of their own,
the speaker's name (with their title or body after a comma) on the quote's last line, inside
the marks, and no verb to say who spoke ('"The reality is, if Mrs. Clinton loses Iowa …
problems for her here.\\nS.C. Rep. Jim Clyburn."', '"I worry that we may see … tax cuts.\\nDean
Baker, Center for Economic and Policy Research."'; nine in BASIL and PolNeAR, the story gold
gives each to the name on the line).

The line is a credit only where it is one: the quote's words end a sentence before the line
break, and the line is a short phrase with no verb and a person's name ending what comes
before any comma, closing the quote (the clean text makes the line break a paragraph's, so
the quote runs over two paragraphs, the second with no mark of its own). A quote whose last
line is words of its own ('"We will win.\\nAnd we will win big."') is left to the rules
that find its speaker elsewhere."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import Candidate, Context
from .quotes import ENDS_SENTENCE

# The credit line closing a quote: a name, then its title or body after a comma, a full stop.
_CREDIT = re.compile(r"(?P<name>[A-Z][^\n,“”\"?!:;]{1,60}?)(?:, [^\n“”\"?!:;]{2,80}?)?\.?")
# The most words a credit line has: "Dean Baker, Center for Economic and Policy Research".
_CREDIT_WORDS = 10
# The fewest words the quote must have above its credit.
_QUOTE_WORDS = 4


def credited_quotes(ctx: Context) -> Iterator[tuple[tuple[int, int], Candidate]]:
    """Each paragraph-long quote that closes on a credit line, as a statement of the name on
    the line, with the key it is kept under (where its words start, as `unclaimed` keys a
    quote with no cue)."""
    text = ctx.text
    for quote in ctx.quotes:
        if len(quote.fragments) != 2 or not _whole_paragraph(text, quote.start, quote.end):
            continue
        (start, end), (line, line_end) = quote.fragments
        credit = _CREDIT.fullmatch(text, line, line_end)
        said = ctx.trim(start, end)
        if (
            credit is None
            or text[line - 1] != "\n"  # a paragraph the quote goes on into opens with a mark
            or not _ends_a_sentence(text[start:end].rstrip())
            or not _names_someone(ctx, line, line_end, credit.end("name"))
            or said is None
            or len(text[said[0] : said[1]].split()) < _QUOTE_WORDS
        ):
            continue
        yield (said[0], said[0]), Candidate(None, [said], None, credit.span("name"))


def _ends_a_sentence(words: str) -> bool:
    """The quote's words end a sentence above the line ("… problems for her here.", "… and
    so on…"), not a closing mark alone ("… the word’")."""
    return words.endswith("…") or ENDS_SENTENCE.search(words) is not None


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a paragraph of its own."""
    return (start == 0 or text.startswith("\n\n", start - 2)) and (
        end == len(text) or text.startswith("\n\n", end)
    )


def _names_someone(ctx: Context, start: int, end: int, name_end: int) -> bool:
    """Whether the line is a person's credit: a few words, no verb (words of the quote's own
    on its last line have one), a person's name ending what comes before any comma ("Former
    NAACP president Ben Jealous", "Dean Baker, Center for …"; a body alone names no one)."""
    if len(ctx.text[start:end].split()) > _CREDIT_WORDS:
        return False
    tokens = ctx.doc.char_span(start, end, alignment_mode="expand")
    if tokens is None or any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return False
    name = [t for t in tokens if t.idx < name_end and not t.is_punct]
    if not name or name[-1].ent_type_ != "PERSON":
        return False
    # "Bernie Sanders, Bernie Sanders.": a chant the quote goes on with, no credit (a code
    # reviewer's near-miss); the credit's own words after the comma are a title or a body
    called = ctx.text[name[0].idx : name_end].strip()
    return called not in ctx.text[name_end:end]
