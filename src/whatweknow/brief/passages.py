"""An article's text as HTML with its passages marked: the web app's document page and the
sources of the standalone brief.

Every passage a brief can cite (a statement, a figure, an event, a question) is an element
whose id is the brief's link to it (`d-<document>-<start>-<end>`), so a click on a citation
scrolls to it and CSS `:target` highlights it: no JavaScript. Passages nest (a figure inside a
quote) or cross (an event's sentence and a quote); a crossing passage is split, and its later
pieces carry `data-of="<id>"` so that `continued_style` can highlight them with the first.

The text is untrusted: every piece of it is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True, slots=True)
class Passage:
    """A span of the text: an `anchor` (an element with that id), or text that links to
    `link` and carries `classes` (the innermost link over a piece of text wins)."""

    start: int
    end: int
    anchor: str | None = None
    link: str | None = None
    classes: str = ""
    label: str | None = None  # the link's title


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    html: Markup
    records: list[Any] = field(default_factory=list)
    caption: bool = False  # a photo caption the scrape left in the text, marked as such


def anchor_id(document_id: str, start: int, end: int) -> str:
    """The id a brief links to: `d-<document>-<start>-<end>`."""
    return f"d-{document_id}-{start}-{end}"


def paragraphs(text: str, passages: list[Passage]) -> tuple[list[Paragraph], list[str]]:
    """The text's paragraphs (split at blank lines) as HTML with its passages marked, and the
    ids of passages split by another (see `continued_style`)."""
    anchors: dict[str, Passage] = {}
    for passage in passages:
        if passage.anchor and passage.end > passage.start:
            anchors.setdefault(passage.anchor, passage)
    wrappers = sorted(anchors.values(), key=lambda p: (p.start, -p.end, p.anchor))
    marks = [p for p in passages if (p.link or p.classes) and p.end > p.start]
    started: set[str] = set()
    split: set[str] = set()
    out = []
    for start, end in _paragraph_bounds(text):
        html = _paragraph(text, start, end, wrappers, marks, started, split)
        out.append(Paragraph(start, end, html))
    return out, sorted(split)


def continued_style(split: list[str]) -> Markup:
    """CSS that highlights the later pieces of a split passage when its id is the target, with
    what is inside them (a quote's speaker colour), as `.psg:target *` does in the first."""
    rules = "".join(
        f'body:has([id="{i}"]:target) [data-of="{i}"],'
        f'body:has([id="{i}"]:target) [data-of="{i}"] *{{background:var(--target)!important}}'
        for i in split
    )
    return Markup(f"<style>{rules}</style>") if rules else Markup("")


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        if gap.start() > start:
            bounds.append((start, gap.start()))
        start = gap.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def _paragraph(
    text: str,
    start: int,
    end: int,
    wrappers: list[Passage],
    marks: list[Passage],
    started: set[str],
    split: set[str],
) -> Markup:
    """One paragraph: pieces of text between passage bounds, inside the anchors covering them
    (outermost first), each piece linked to the innermost passage with a link."""
    wrappers = [p for p in wrappers if p.start < end and p.end > start]
    marks = [p for p in marks if p.start < end and p.end > start]
    cuts = {start, end} | {x for p in (*wrappers, *marks) for x in (p.start, p.end)}
    bounds = sorted(x for x in cuts if start <= x <= end)
    opened: list[Passage] = []
    out: list[str] = []
    for left, right in pairwise(bounds):
        chain = [p for p in wrappers if p.start <= left and right <= p.end]
        keep = 0
        while keep < min(len(opened), len(chain)) and opened[keep] is chain[keep]:
            keep += 1
        out.extend("</span>" for _ in opened[keep:])
        opened = opened[:keep]
        for passage in chain[keep:]:
            name = escape(passage.anchor)
            if passage.anchor in started:
                split.add(str(passage.anchor))
                out.append(f'<span class="psg" data-of="{name}">')
            else:
                started.add(str(passage.anchor))
                out.append(f'<span class="psg" id="{name}">')
            opened.append(passage)
        out.append(
            _piece(text[left:right], [p for p in marks if p.start <= left and right <= p.end])
        )
    out.extend("</span>" for _ in opened)
    return Markup("".join(out))


def _piece(text: str, marks: list[Passage]) -> str:
    piece = escape(text)
    classes = " ".join(dict.fromkeys(c for p in marks for c in p.classes.split()))
    linked = [p for p in marks if p.link]
    if linked:
        inner = min(linked, key=lambda p: p.end - p.start)
        title = f' title="{escape(inner.label)}"' if inner.label else ""
        return f'<a href="{escape(inner.link)}" class="{classes}"{title}>{piece}</a>'
    if classes:
        return f'<span class="{classes}">{piece}</span>'
    return str(piece)
