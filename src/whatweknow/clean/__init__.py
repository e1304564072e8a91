"""Clean raw article text while keeping a map from every clean offset back to the raw text.

    cleaned = clean_text(raw)            # Cleaned(text, offsets, captions)
    document = clean(article)            # Document with id, clean text, raw text and the map

What cleaning does, in order:
1. characters: quotes, dashes and odd spaces normalised one for one (offsets do not move);
   zero-width characters and soft hyphens dropped;
2. lines: photo credits dropped, captions kept but marked (see `captions`); hard-wrapped
   paragraphs rejoined; paragraphs separated by one blank line;
3. words: runs of spaces collapsed; words glued by a scraper split (see `glued`); a word whose
   UTF-8 was read as Latin-1 or cp1252 (mojibake: "PeÃ±a", "FranÃ§ois") repaired by ftfy, only
   the characters that change mapped anew and normalised as in 1, then split and quoted as any
   word (`_repaired_word`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import ftfy

from ..model import Article, Document, OffsetMap, Span, document_id
from ..settings import Settings, load_settings
from . import captions as _captions
from .glued import split_points

__all__ = ["Cleaned", "clean", "clean_text", "document_id"]

# One-for-one substitutions: typographic variants to the forms spaCy knows best. Curly quotes
# are kept (they tell an opening quote from a closing one); rarer marks map onto them.
_CHAR_MAP = str.maketrans(
    {
        "\u201e": "\u201c",  # „ low double quote opens
        "\u201f": "\u201c",
        "\u00ab": "\u201c",  # « guillemets
        "\u00bb": "\u201d",
        "\u2033": "\u201d",  # ″ double prime used as a quote
        "\u201a": "\u2018",  # ‚ low single quote
        "\u201b": "\u2018",
        "\u2032": "\u2019",  # ′ prime used as an apostrophe
        "\u2015": "\u2014",  # ― horizontal bar as a dash
        "\u2012": "\u2013",  # ‒ figure dash
        "\u2212": "-",  # − minus sign
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\t": " ",
        "\f": " ",
        "\v": " ",
    }
)
# A left single quote inside a word is an apostrophe typed the wrong way ("Donald Trump‘s
# attack", "don‘t": HuffPost, Breitbart, The Western Journal in PolNeAR): read as an opening
# quote, it kept "Donald Trump‘s" as a speaker of its own. After any letter or digit
# ("Debré‘s", "1990‘s", "TRUMP‘S"), never after a space or a mark, so an opening quote stays
# one. One for one, offsets do not move.
_TURNED_APOSTROPHE = re.compile(r"(?<=[^\W_])\u2018(?=(?:s|t|re|ve|ll|d|m)\b)", re.IGNORECASE)
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DROPPED = dict.fromkeys(map(ord, _INVISIBLE))
# Mojibake whose second byte a compatibility normalisation (NFKD) then spelled out: a UTF-8
# continuation byte read as Latin-1 is a sign (0xA1-0xBF), and some signs decompose, "¼" into
# "1⁄4", "º" into "o", "¨" into a space and a combining diaeresis ("GÃ1⁄4len" for "Gülen",
# "SÃ©golÃ ̈ne" for "Ségolène", "RaÃÂol" for "Raúl" read twice). Each spelling goes back to its
# sign after the lead it follows, "Â" or "Ã" (composed or not), for ftfy to judge; the space of
# a spelled-out accent stays inside the word.
_SPELLED_SIGNS = {
    unicodedata.normalize("NFKD", sign): sign
    for sign in map(chr, range(0xA1, 0xC0))
    if unicodedata.normalize("NFKD", sign) != sign
}
_MOJIBAKE_LEAD = "\u00c2\u00c3\u0302\u0303"
_SPELLED_SIGN = re.compile(
    rf"(?<=[{_MOJIBAKE_LEAD}])(?:"
    + "|".join(map(re.escape, sorted(_SPELLED_SIGNS, key=len, reverse=True)))
    + ")"
)
# A soft hyphen after a lead is a second byte too (0xAD: "GarcÃ\u00ada" for "García"), which
# cleaning would drop as invisible, cutting the word before ftfy sees it: it stays in the word,
# and goes only where the word is not repaired.
_TOKEN = re.compile(
    rf"(?:[^\s{_INVISIBLE}]|(?<=[{_MOJIBAKE_LEAD}])(?: (?=[\u0300-\u036f])|\u00ad))+"
)


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    offsets: OffsetMap
    captions: tuple[Span, ...]


class _Builder:
    """Accumulates clean text and the segments of its offset map."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.clean_starts: list[int] = []
        self.raw_starts: list[int] = []
        self.copied: list[bool] = []
        self.length = 0

    def copy(self, text: str, raw_start: int) -> None:
        if not text:
            return
        extends = (
            self.copied
            and self.copied[-1]
            and self.raw_starts[-1] + (self.length - self.clean_starts[-1]) == raw_start
        )
        if not extends:
            self._segment(raw_start, copied=True)
        self.parts.append(text)
        self.length += len(text)

    def insert(self, text: str, raw_at: int) -> None:
        self._segment(raw_at, copied=False)
        self.parts.append(text)
        self.length += len(text)

    def _segment(self, raw_start: int, copied: bool) -> None:
        self.clean_starts.append(self.length)
        self.raw_starts.append(raw_start)
        self.copied.append(copied)

    def build(self, caption_spans: list[tuple[int, int]]) -> Cleaned:
        text = "".join(self.parts)
        offsets = OffsetMap(tuple(self.clean_starts), tuple(self.raw_starts), tuple(self.copied))
        return Cleaned(text, offsets, tuple(Span(s, e, text[s:e]) for s, e in caption_spans))


def clean_text(raw: str, settings: Settings | None = None) -> Cleaned:
    """Clean `raw` text; the result maps every clean offset back into `raw`."""
    options = (settings or load_settings())["clean"]
    glue = (options["min_part_zipf"], options["max_joined_zipf"], options["min_glued_length"])
    norm = _TURNED_APOSTROPHE.sub("\u2019", raw.translate(_CHAR_MAP))
    if "\n" not in norm:
        norm = norm.replace("\r", "\n")  # old Mac line ends
    norm = norm.replace("\r", " ")
    builder = _Builder()
    caption_spans: list[tuple[int, int]] = []
    after_credit = False
    for paragraph in _paragraphs(norm):
        first_start, first_end = paragraph[0]
        line = norm[first_start:first_end].strip()
        single = len(paragraph) == 1
        if single and _captions.is_credit(line):
            after_credit = True
            continue
        credit_tail = single and _captions.credit_tail_start(line) < len(line)
        # A line ending in a credit ("… Photograph: KCNA/Reuters") is a caption.
        is_caption = credit_tail or (single and after_credit and _captions.looks_like_caption(line))
        after_credit = False
        skip = _captions.caption_label_length(line) if single else 0
        if skip:
            is_caption = True
        ranges = []
        for i, (line_start, line_end) in enumerate(paragraph):
            text = norm[line_start:line_end]
            lead = len(text) - len(text.lstrip()) + (skip if i == 0 else 0)
            ranges.append(
                (line_start + lead, line_start + _captions.credit_tail_start(text.rstrip()))
            )
        if not any(_TOKEN.search(norm, s, e) for s, e in ranges):
            continue
        if builder.length:
            builder.insert("\n\n", first_start)
        start = builder.length
        for i, (range_start, range_end) in enumerate(ranges):
            if i:
                builder.insert(" ", range_start)
            _copy_words(builder, norm, range_start, range_end, glue)
        if is_caption:
            caption_spans.append((start, builder.length))
    return builder.build(caption_spans)


def _paragraphs(norm: str) -> list[list[tuple[int, int]]]:
    """Paragraphs as lists of (start, end) line ranges, blank lines dropped."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for piece in norm.split("\n"):
        lines.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    blocks: list[list[tuple[int, int]]] = [[]]
    for start, end in lines:
        if norm[start:end].strip(" " + _INVISIBLE):
            blocks[-1].append((start, end))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    if not _hard_wrapped(norm, blocks):
        return [[line] for block in blocks for line in block]
    return blocks


def _hard_wrapped(norm: str, blocks: list[list[tuple[int, int]]]) -> bool:
    """Text wrapped at a fixed width: blocks of several short lines that break mid-sentence."""
    multi = [b for b in blocks if len(b) > 1]
    if not multi or len(multi) < len(blocks) / 3:
        return False
    if max(end - start for block in blocks for start, end in block) > 100:
        return False
    inner = [norm[start:end].rstrip() for block in multi for start, end in block[:-1]]
    mid_sentence = sum(1 for line in inner if not line.endswith((".", "!", "?", "”", '"', ":")))
    return mid_sentence >= len(inner) / 2


def _copy_words(
    builder: _Builder, norm: str, start: int, end: int, glue: tuple[float, float, int]
) -> None:
    """Copy norm[start:end] word by word: one space between words, glued words split."""
    first, previous_end = True, start
    for match in _TOKEN.finditer(norm, start, end):
        if not first:
            gap = norm[previous_end : match.start()]
            if " " in gap:
                builder.copy(" ", previous_end + gap.index(" "))
        first = False
        previous_end = match.end()
        word = _word(match.group(), match.start())
        prev = 0
        for cut in split_points(word.text, *glue):
            _copy_quoting(builder, word, prev, cut)
            builder.insert(" ", word.raw_at(cut))
            prev = cut
        _copy_quoting(builder, word, prev, len(word.text))


@dataclass(frozen=True, slots=True)
class _Word:
    """A word's text and where it comes from in the raw text, as (start in the word, raw start,
    copied) runs like the offset map's. A word as found is one copied run; a repaired word is
    copied where it matches its raw form and has its new characters inserted, so the glue split
    and the quoting run on the repaired characters with the map to the raw text kept exact."""

    text: str
    runs: tuple[tuple[int, int, bool], ...]

    def raw_at(self, at: int) -> int:
        """The raw offset of the word's character `at` (or of its end)."""
        start, raw_start, copied = next(r for r in reversed(self.runs) if r[0] <= at)
        return raw_start + (at - start if copied else 0)

    def copy(self, builder: _Builder, start: int, end: int) -> None:
        """Copy text[start:end] into `builder`, each run as copied or inserted."""
        ends = [r[0] for r in self.runs[1:]] + [len(self.text)]
        for (run_start, raw_start, copied), run_end in zip(self.runs, ends, strict=True):
            lo, hi = max(start, run_start), min(end, run_end)
            if lo >= hi:
                continue
            if copied:
                builder.copy(self.text[lo:hi], raw_start + lo - run_start)
            else:
                builder.insert(self.text[lo:hi], raw_start)


def _word(token: str, token_start: int) -> _Word:
    """The word to copy for `token`: as found, or repaired where it is mojibake."""
    repaired = _repaired(token)
    if repaired:
        return _repaired_word(token, repaired, token_start)
    if "\u00ad" not in token:
        return _Word(token, ((0, token_start, True),))
    # a soft hyphen kept for the repair that did not come: dropped as anywhere else
    runs, text, at = [], "", 0
    for part in token.split("\u00ad"):
        if part:
            runs.append((len(text), token_start + at, True))
            text += part
        at += len(part) + 1
    return _Word(text, tuple(runs))


def _repaired(token: str) -> str | None:
    """The word as its writer typed it, where it reached us as mojibake, else None.

    PolNeAR's texts carry UTF-8 read as Latin-1 or cp1252, some twice, some then decomposed
    ("PeA\u0303\u00b1a" for "Peña": 51 words in 32 of its 924 articles): a reader sees
    "PeÃ±a" in every heading and quote, and "Peña" in one outlet never meets "Peña" in another.
    ftfy repairs only what its badness measure calls mojibake, so "Ã" in a real word stays; a
    word whose second byte was spelled out ("GÃ1⁄4len") has it put back first (`_SPELLED_SIGN`),
    and is repaired only where ftfy then repairs it."""
    if token.isascii():
        return None
    composed = unicodedata.normalize("NFC", token)
    respelled = _SPELLED_SIGN.sub(lambda spelled: _SPELLED_SIGNS[spelled.group()], composed)
    for candidate in dict.fromkeys((respelled, composed)):
        fixed = ftfy.fix_encoding(candidate).translate(_DROPPED)
        if fixed != candidate:
            return fixed
    return None


def _repaired_word(token: str, repaired: str, token_start: int) -> _Word:
    """A repaired word: the characters it shares with the raw word at either end are copied
    (their offsets stay true), only the broken middle is inserted at its raw start, so a span
    that ends in "Peña" still ends where "PeÃ±a" ends in the raw text. The middle goes through
    the character map as the raw text did ("âˆ’5" is "−5", then "-5")."""
    head = 0
    while head < min(len(token), len(repaired)) and token[head] == repaired[head]:
        head += 1
    tail = 0
    while (
        tail < min(len(token), len(repaired)) - head
        and token[len(token) - 1 - tail] == repaired[len(repaired) - 1 - tail]
    ):
        tail += 1
    middle = repaired[head : len(repaired) - tail].translate(_CHAR_MAP)
    runs = [
        (0, token_start, True),
        (head, token_start + head, False),
        (head + len(middle), token_start + len(token) - tail, True),
    ]
    lengths = (head, len(middle), tail)
    # the repaired word's marks are turned as the raw text's were ("Trumpâ€˜s" is "Trump’s")
    text = _TURNED_APOSTROPHE.sub("\u2019", token[:head] + middle + token[len(token) - tail :])
    return _Word(text, tuple(run for run, length in zip(runs, lengths, strict=True) if length))


_DOUBLED_QUOTE = re.compile(r"''|``")


def _copy_quoting(builder: _Builder, word: _Word, start: int, end: int) -> None:
    """Copy word.text[start:end], turning typewriter quotes made of two marks ('' and ``) into
    “ and ”."""
    prev = start
    for match in _DOUBLED_QUOTE.finditer(word.text, start, end):
        word.copy(builder, prev, match.start())
        opening = match.group() == "``" or (match.start() == start and match.end() < end)
        builder.insert("“" if opening else "”", word.raw_at(match.start()))
        prev = match.end()
    word.copy(builder, prev, end)


def _repaired_title(title: str | None) -> str | None:
    """The title with its mojibake words repaired as the text's are (no offsets to keep)."""
    if not title:
        return title
    return _TOKEN.sub(lambda word: _repaired(word.group()) or word.group(), title)


def clean(article: Article, settings: Settings | None = None) -> Document:
    """Turn an ingested article into a Document with clean text and its offset map."""
    cleaned = clean_text(article.raw, settings)
    return Document(
        id=document_id(article.raw),
        text=cleaned.text,
        raw=article.raw,
        origin=article.origin,
        kind=article.kind,
        offsets=cleaned.offsets,
        title=_repaired_title(article.title),
        url=article.url,
        published=article.published,
        outlet=article.outlet,
        author=article.author,
        locale=article.locale,
        captions=cleaned.captions,
    )
