"""Quotation marks paired into quotes, robust to what real articles do.

- Curly quotes pair by type (“ with ”), straight quotes by alternation within a paragraph; an
  opening curly mark with no curly closer in its paragraph takes a straight one, and so does
  one whose first straight mark closes a quote before its cue (“…," Suthers said. "…”); an
  opening straight mark takes a curly closer that comes before the next straight mark.
- A quote may run over several paragraphs: each continued paragraph opens with a mark and only
  the last one closes ("“…\n\n“…”").
- An unmatched mark is ignored; it never fails the document.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING = "“"
CLOSING = "”"
STRAIGHT = '"'


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the end of the last paragraph, if unclosed)
    fragments: tuple[tuple[int, int], ...]  # text inside the marks, one per paragraph

    @property
    def inner_start(self) -> int:
        return self.fragments[0][0]

    @property
    def inner_end(self) -> int:
        return self.fragments[-1][1]


def quotes(text: str) -> list[Quote]:
    """Every quote in `text`, in order, outermost only."""
    found: list[Quote] = []
    paragraphs = _paragraph_ranges(text)
    i = 0
    while i < len(paragraphs):
        start, end = paragraphs[i]
        pos = start
        while pos < end:
            char = text[pos]
            if char == OPENING:
                close = text.find(CLOSING, pos + 1, end)
                nested_open = text.find(OPENING, pos + 1, close if close != -1 else end)
                straight = text.find(STRAIGHT, pos + 1, close)
                if close != -1 and nested_open == -1 and _closes(text, straight):
                    # a curly quote closed by a straight mark before its cue, the rest reopened
                    # straight and closed curly: “Because …," Suthers said. "However, …”
                    found.append(Quote(pos, straight + 1, ((pos + 1, straight),)))
                    pos = straight + 1
                    continue
                if close != -1 and nested_open == -1:
                    found.append(Quote(pos, close + 1, ((pos + 1, close),)))
                    pos = close + 1
                    continue
                if close == -1 and nested_open == -1:
                    # Maybe a quote running on into the next paragraphs.
                    # (not past a straight mark that may close it here: “Immunity …," he said)
                    bare = text.find(STRAIGHT, pos + 1, end) == -1
                    run = _continued(text, paragraphs, i, pos, CLOSING, bare)
                    if run is not None:
                        quote, i = run
                        found.append(quote)
                        break
                    # Or one closed with a straight mark: “Immunity deals …," Chaffetz said
                    straight = text.find(STRAIGHT, pos + 1, end)
                    if straight != -1:
                        found.append(Quote(pos, straight + 1, ((pos + 1, straight),)))
                        pos = straight + 1
                        continue
                pos += 1
                continue
            if char == STRAIGHT:
                close = text.find(STRAIGHT, pos + 1, end)
                # or one closed with a curly mark before any straight one: "It is a failed
                # trade policy … ‘No, …,’ ” Sanders said on CBS' "Face the Nation."
                curly = text.find(CLOSING, pos + 1, close if close != -1 else end)
                if curly != -1 and text.find(OPENING, pos + 1, curly) == -1:
                    close = curly
                if close != -1:
                    found.append(Quote(pos, close + 1, ((pos + 1, close),)))
                    pos = close + 1
                    continue
                if text.find(OPENING, pos + 1, end) == -1:
                    # the paragraph's last mark opens a quote running on into the next ones
                    run = _continued(text, paragraphs, i, pos, STRAIGHT, True)
                    if run is not None:
                        quote, i = run
                        found.append(quote)
                        break
            pos += 1
        i += 1
    return [q for q in found if q.inner_end > q.inner_start]


def _continued(
    text: str,
    paragraphs: list[tuple[int, int]],
    i: int,
    open_at: int,
    closer: str,
    bare_ok: bool,
) -> tuple[Quote, int] | None:
    """A quote opened at `open_at` in paragraph i and closed in a later paragraph, with
    `closer` (a curly or a straight mark). Each paragraph it runs on into either opens with a
    mark again ("“…\n\n“…”", the convention) or, as a quoted letter or a blockquote does
    ("Politico reports: “A Republican … said …\n\nThose markets house …\n\nThe pollster
    … Party.”"), has no mark at all until the one that closes it, in at most two paragraphs
    without one."""
    opener = OPENING if closer == CLOSING else STRAIGHT
    if not text[open_at + 1 : paragraphs[i][1]].strip():
        return None  # a stray mark closing the paragraph opens nothing
    fragments = [(open_at + 1, paragraphs[i][1])]
    bare = 0
    j = i + 1
    while j < len(paragraphs):
        start, end = paragraphs[j]
        if text[start] == opener:
            if bare:
                return None  # a blockquote's paragraphs do not open again: a quote of its own
            close = text.find(closer, start + 1, end)
            nested = text.find(OPENING, start + 1, close if close != -1 else end)
            if nested != -1 or (
                closer == STRAIGHT and close != -1 and _marks(text, start, end) % 2
            ):
                return None
            inner = start + 1
        else:
            close = _first_mark(text, start, end)
            if close != -1 and (
                text[close] != closer or (closer == STRAIGHT and _marks(text, start, end) % 2 == 0)
            ):
                return None  # a quote of its own, or marks that pair within it
            bare += 1
            if not bare_ok or bare > 2:
                return None
            inner = start
        if close != -1:
            fragments.append((inner, close))
            return Quote(open_at, close + 1, tuple(fragments)), j
        fragments.append((inner, end))
        j += 1
    return None


def _closes(text: str, at: int) -> bool:
    """Whether the straight mark at `at` (-1: none) closes a quote: it follows the quote's
    last punctuation and a space follows it (`…," he said`), where a straight mark that opens
    a quote nested in a curly one follows a space (“I said "no," and left”)."""
    return at > 0 and text[at - 1] in ",.?!" and text[at + 1 : at + 2] in ("", " ")


def _first_mark(text: str, start: int, end: int) -> int:
    """Where the first quotation mark of text[start:end] is, or -1."""
    at = [p for p in (text.find(m, start, end) for m in (OPENING, CLOSING, STRAIGHT)) if p != -1]
    return min(at) if at else -1


def _marks(text: str, start: int, end: int) -> int:
    """How many straight marks text[start:end] holds."""
    return text.count(STRAIGHT, start, end)


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    ranges, pos = [], 0
    for piece in text.split("\n\n"):
        if piece.strip():
            ranges.append((pos, pos + len(piece)))
        pos += len(piece) + 2
    return ranges
