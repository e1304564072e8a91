"""What every stage of attribution reads: the parse, its text, the entity index and the
quotes; the candidate record the stages pass along; and the span arithmetic they share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token

from ...model import Document, Entity, Span
from ...nlp import text_of
from ..entities import EntityIndex
from ..quotes import Quote, quotes

EDGE = " ,;:—–-\n"
# Quotation marks, the one list of them: curly double and single ones, and the straight double
# mark, which both opens and closes. A straight single mark is left out, as it is mostly an
# apostrophe ("don't", "'90s"): only the trimming of a span's edges (OPENERS, CLOSERS) strips
# it, with the parentheses.
QUOTE_OPENERS = '“"‘'
QUOTE_CLOSERS = '”"’'
QUOTE_MARKS = frozenset(QUOTE_OPENERS + QUOTE_CLOSERS)
OPENERS = QUOTE_OPENERS + "'("
CLOSERS = QUOTE_CLOSERS + "')"
DATELINE = re.compile(
    # "AUGUSTA, Me. —", "KANSAS CITY, Mo. —": a place in capitals, then its state abbreviated
    r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Z.'’-]+)*(?:, [A-Z][a-z]{1,4}\.)?"
    r"(?:,? [A-Z][a-z]+\.? \d{1,2})?"
    r"(?: \([A-Za-z .]+\))?"
    # "Denver (AP) –": a place in title case, then a news agency in parentheses
    r"|[A-Z][a-z]+(?:[ ,]+[A-Z][a-z.]+){0,3} \([A-Z][A-Za-z .]*\))[ \t]*(?:—|–|--| - )[ \t]*"
)
_CLOSING_AFTER = re.compile(r"[.,!?]?[”\"]")
# A joining word left at the end when the verb it joined was cut off ("warning the shutdown
# could last “years” and | saying he could …"): it joins nothing said.
_TRAILING_JOINER = re.compile(r"\s(?:and|but|or)$")
# Single quotation marks, told from apostrophes ("don't", "Perry's", "'90s") by what is on
# each side: an opening mark follows no word character and precedes a letter; a closing mark
# follows a word character or punctuation and precedes no word character.
_SINGLE_OPENING = re.compile(r"(?<![\w.,!?])[‘'](?=[A-Za-z])")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])[’'](?!\w)")
_SINGLE_CLOSING_AFTER = re.compile(r"[.,!?]?[’'](?!\w)")
# A headline is short and has no closing full stop: the title lines of the BASIL dev and
# tuning stories have 7 to 11 words, their ledes 17 or more and a full stop. 25 words is the
# limit ingest gives a plain-text title line.
_HEADLINE_WORDS = 25
_PROSE_END = re.compile(r"[.!…:;,][”\"’')]*\s*$")


@dataclass
class Candidate:
    """A statement found but not yet named: its cue, content and the tokens of its source."""

    cue: tuple[int, int] | None
    content: list[tuple[int, int]]
    speaker_tokens: list[Token] | None
    speaker_text: tuple[int, int] | None = None  # a speaker found by a text pattern
    negated: bool = False  # "did not say that …"
    inside_quote: bool = False  # reported inside another's quote: "He says he is a Christian"
    post_author: bool = False  # speaker_text is an embedded post's author: that name alone


class Context:
    def __init__(self, doc: Doc, document: Document, index: EntityIndex):
        self.doc = doc
        self.text = text_of(doc)
        self.document = document
        self.index = index
        self.quotes = quotes(self.text)
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]
        self.joins = _glued_joins(document)
        self.headline = headline(document)
        self.deck = deck_head(document)
        # `descriptions.said_of`, per person: read once, asked of every description
        self.said_of: dict[Entity, dict[str, Token]] = {}
        # the offsets of the statement whose speaker is being named (`speakers.speaker`)
        self.speaking: list[tuple[int, int]] = []

    def in_headline(self, offset: int) -> bool:
        return self.headline is not None and self.headline[0] <= offset < self.headline[1]

    def in_deck_head(self, offset: int) -> bool:
        return self.deck is not None and self.deck[0] <= offset < self.deck[1]

    @cached_property
    def token_starts(self) -> list[int]:
        """Each token's offset, in order: built once, on the first `token_at`."""
        return [t.idx for t in self.doc]

    def token_at(self, offset: int) -> int:
        """The index of the token holding character `offset` (or the last before it)."""
        return max(0, bisect_right(self.token_starts, offset) - 1)

    # -- quotes ------------------------------------------------------------------------------

    def quote_at(self, offset: int) -> Quote | None:
        k = bisect_right(self.quote_starts, offset) - 1
        if k >= 0 and self.quotes[k].start <= offset < self.quotes[k].end:
            return self.quotes[k]
        return None

    def quotes_touching(self, start: int, end: int) -> list[Quote]:
        """The quotes that end at or after `start` and start at or before `end`, in order
        (quotes come sorted and never overlap, so their ends are sorted too)."""
        low = bisect_left(self.quote_ends, start)
        return self.quotes[low : bisect_right(self.quote_starts, end)]

    def overlaps_quote(self, start: int, end: int) -> bool:
        """Some non-space character of text[start:end] lies in a quote (marks included)."""
        k = max(bisect_right(self.quote_starts, start) - 1, 0)
        for quote in self.quotes[k:]:
            if quote.start >= end:
                return False
            lo, hi = max(start, quote.start), min(end, quote.end)
            if lo < hi and self.text[lo:hi].strip():
                return True
        return False

    def inside_quote(self, token: Token) -> bool:
        quote = self.quote_at(token.idx)
        return quote is not None and quote.start < token.idx

    # -- spans -------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def after(self, verb: Token) -> list[tuple[int, int]]:
        """The verb's phrase after it, without the closing punctuation."""
        tokens = [t for t in verb.subtree if t.i > verb.i and not (t.head == verb and t.is_punct)]
        return self.runs(tokens)[:1] if tokens else []

    def runs(self, tokens: list[Token]) -> list[tuple[int, int]]:
        """Spans of the contiguous runs in `tokens` (content split around a cue)."""
        runs: list[list[Token]] = []
        for token in sorted(tokens, key=lambda t: t.i):
            if runs and token.i == runs[-1][-1].i + 1:
                runs[-1].append(token)
            else:
                runs.append([token])
        return [self.tokens_span(run) for run in runs if not all(t.is_punct for t in run)]

    def tokens_span(self, tokens: list[Token]) -> tuple[int, int]:
        tokens = sorted(tokens, key=lambda t: t.i)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        text = self.text
        dateline = DATELINE.match(text, start, end)
        if dateline:
            start = dateline.end()  # "WASHINGTON (AP) — Trump has invested …": not said
        while start < end and text[start] in EDGE:
            start += 1
        while end > start and text[end - 1] in EDGE:
            end -= 1
        joiner = _TRAILING_JOINER.search(text, start, end)
        if joiner:
            end = joiner.start()
            while end > start and text[end - 1] in EDGE:
                end -= 1
        closing = _CLOSING_AFTER.match(text, end)
        if (
            closing
            and text[start : start + 1] not in OPENERS
            and (
                text.count("“", start, end) > text.count("”", start, end)
                or text.count('"', start, end) % 2 == 1
            )
        ):
            end = closing.end()  # "calling him “the most ignorant president”": close the quote
        elif text[start : start + 1] not in OPENERS:
            # "Trump said that “ethanol people” “do a fantastic job. And it’s so important.”":
            # a quote opened inside the span runs on past the clause, to its own end
            opened = self.quote_at(end - 1)
            if (
                opened is not None
                and start < opened.start
                and text[end : opened.inner_end].strip(EDGE + ".!?")
            ):
                end = opened.end
        single = _SINGLE_CLOSING_AFTER.match(text, end)
        if single and len(_SINGLE_OPENING.findall(text, start, end)) > len(
            _SINGLE_CLOSING.findall(text, start, end)
        ):
            # "said that our national motto was 'E pluribus unum,'": a quote in single marks
            # opened inside the span closes with it, as one in double marks does
            end = single.end()
        if (
            start > 0
            and text[start - 1] in '“"'
            and not _pairs(text[start:end])
            and _pairs(text[start - 1 : end])
        ):
            # "saying “Atlas Shrugged” triggered his interest": the clause began at the
            # quote's first word; its opening mark belongs with it
            start -= 1
        # Keep quote marks only when they pair up inside the span.
        while start < end and text[start] in OPENERS and not _pairs(text[start:end]):
            start += 1
            while start < end and text[start] in EDGE:
                start += 1
        while end > start and text[end - 1] in CLOSERS and not _pairs(text[start:end]):
            end -= 1
            while end > start and text[end - 1] in EDGE:
                end -= 1
        return (start, end) if end > start else None

    def form(self, fragments: tuple[Span, ...]) -> str:
        """direct: every word inside quotation marks; mixed: some; indirect: none."""
        if not any(self.overlaps_quote(f.start, f.end) for f in fragments):
            return "indirect"
        outside = sum(
            1
            for fragment in fragments
            for match in re.finditer(r"\w+", fragment.text)
            if self.quote_at(fragment.start + match.start()) is None
        )
        return "direct" if outside == 0 else "mixed"

    def unquoted(self, start: int, end: int) -> tuple[int, int]:
        """The inside of a span that is exactly one quote ("Name: “…”"), else the span."""
        while start < end and self.text[start].isspace():
            start += 1
        quote = self.quote_at(start)
        if quote is not None and quote.start == start and self.text[quote.end : end].strip() == "":
            return quote.inner_start, quote.inner_end
        return start, end


def headline(document: Document) -> tuple[int, int] | None:
    """The article's title line, when its text opens with one: a first paragraph that is the
    title the document came with (any length; with a full stop only where ingest cannot have
    made it, `_declared_title`), or one with no closing full stop and short as a title is,
    with the article after it. Its verbs are the editor's ("Report Sees Guns as Path to Safety
    in Schools", "NRA urges states to allow more armed officers"), nobody's statement."""
    text = document.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None  # a text of one paragraph is all article
    first = text[start:end].strip()
    if _declared_title(document, first):
        return start, start + len(first)
    if _PROSE_END.search(first):
        return None  # a lede, even where a plain text's title was taken from its first line
    if _is_title(document, first) or len(first.split()) <= _HEADLINE_WORDS:
        return start, start + len(first)
    return None


def deck_head(document: Document) -> tuple[int, int] | None:
    """A print headline and its deck, when the text opens on them: a first paragraph of two
    lines, the first ending in a semicolon ("Ginsburg apologizes for Trump comments; \nJustice
    vows to be 'more circumspect' with her opinions."), as PolNeAR's USA Today and New York
    Times texts open (16 articles of the eighteenth to twenty-third rounds), one paragraph or
    two in the clean text. `headline` reads its semicolon as a lede's; `statements` keeps from
    it only what someone is said to say."""
    raw = document.raw.lstrip()
    lines = [line.strip() for line in raw[: raw.find("\n\n")].split("\n")]
    if "\n\n" not in raw or len(lines) != 2 or not lines[0].endswith(";") or not all(lines):
        return None  # the cleaner joins the two lines: the raw text keeps their break
    text = document.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n\n", start)
    if end > start and " ".join(text[start:end].split()) == " ".join(lines[0].split()):
        end = text.find("\n\n", end + 2)  # the cleaner gave the title line its own paragraph
    return (start, end) if end > start else None


def _declared_title(document: Document, first: str) -> bool:
    """The first paragraph is the title the document came with, full stop and all: PolNeAR's
    texts open on their headline with a full stop ("Paul Ryan: FBI Decision Not to Indict
    Hillary ‘Defies Explanation,’ Needs More Investigation."; 5 of the eighteenth round's 17
    articles, 4 stories, where its cue was taken as a statement). Ingest never takes a line
    that ends in a full stop for a title (`ingest._first_line_title`), so such a title was
    given with the article; one that ends otherwise ("… Trump As A ‘Disgusting Fraud.’") may
    be ingest's own reading of a first line, judged as one below."""
    return first.endswith(".") and _is_title(document, first)


def _is_title(document: Document, first: str) -> bool:
    """The first paragraph is the document's title, spacing and case aside."""
    title = " ".join((document.title or "").split())
    return bool(title) and " ".join(first.split()).casefold() == title.casefold()


def _pairs(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _glued_joins(document: Document) -> list[int]:
    """Clean-text offsets of the spaces the cleaner put between words a scraper glued
    ("soldierstheir" -> "soldiers their"): where the source lost a comma or a break."""
    offsets, text, raw = document.offsets, document.text, document.raw
    joins = []
    for start, raw_at, copied in zip(
        offsets.clean_starts, offsets.raw_starts, offsets.copied, strict=True
    ):
        if copied or text[start : start + 1] != " " or not 0 < raw_at < len(raw):
            continue
        if raw[raw_at - 1].isalpha() and raw[raw_at].isalpha():
            joins.append(start)
    return joins
