"""The sentence around each cited passage, and what a figure cluster measures, in the articles'
own words.

A brief shows a figure or a statement with its source sentence (`context`: the span of the
stored text, so it stays checkable), and heads a figure cluster with the shortest phrase of its
values' sentences that holds the words of what is measured ("number being deployed"), not the
unit. Nothing here writes a word the articles do not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .. import lexicon
from ..merge.figures import key_of

# A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a capital,
# a digit or an opening quote; or at a line break.
_END = re.compile(r"[.!?][”’\"')\]]*(?=\s+[“‘\"'(\[A-Z0-9])|\n")
# "Lt. Gen. Chun", "Mr. Cancian", "U.S. troops": a full stop after these ends no sentence.
_SHORT = {t.capitalize() for t in lexicon.TITLES if len(t) <= 5} | {
    *"St No Jr Sr Inc Co Corp Mt Ft Jan Feb Aug Sept Oct Nov Dec".split()
}
_ABBREVIATION = re.compile(rf"(?:\b[A-Z]|\b[A-Z]\.[A-Z]|\b(?:{'|'.join(sorted(_SHORT))}))\.$")
# Context is a sentence, but never more than this many characters on either side of the span.
REACH = 320
# A cluster heading is a phrase of at most this many words.
HEADING_WORDS = 8
# Words of a measure that say nothing of what is measured.
_GENERIC = frozenset("per be have do get make say tell show find give take report estimate".split())
_TOKEN = re.compile(r"\w[\w'’-]*")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence(s) holding text[start:end], within REACH of it."""
    floor = max(0, start - REACH)
    left = floor
    for match in _END.finditer(text, floor, min(len(text), start + 2)):
        if match.end() <= start and not _abbreviated(text, match.start()):
            left = match.end()
    ceiling = min(len(text), end + REACH)
    right = ceiling
    for match in _END.finditer(text, max(end - 1, 0), ceiling):
        if match.group() == "\n" or not _abbreviated(text, match.start()):
            right = match.end() if match.group() != "\n" else match.start()
            break
    while left < start and text[left].isspace():
        left += 1
    return left, max(right, end)


def _abbreviated(text: str, stop: int) -> bool:
    return bool(_ABBREVIATION.search(text[max(0, stop - 6) : stop + 1]))


def context(text: str, start: int, end: int) -> dict[str, Any]:
    """The sentence around a span, as a span of the text; `cut` when REACH shortened it."""
    left, right = sentence_bounds(text, start, end)
    return {
        "start": left,
        "end": right,
        "text": text[left:right],
        "cut": (left == start - REACH and left > 0) or right == end + REACH,
    }


def add_context(store: Any, brief: dict[str, Any]) -> None:
    """Give each figure value and statement of the brief its source sentence, and each figure
    cluster a heading in the articles' words (in place)."""
    wanted = {ref["document"] for ref, _ in _cited(brief)}
    texts = store.texts(sorted(wanted))
    for ref, item in _cited(brief):
        text = texts.get(ref["document"], "")
        if ref["end"] <= len(text):
            item["context"] = context(text, ref["start"], ref["end"])
    for cluster in brief["figures"]:
        cluster["heading"] = heading(cluster)
        cluster["unit"] = unit(cluster)


def _cited(brief: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for cluster in brief["figures"]:
        for value in cluster["values"]:
            yield value["location"], value
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            yield statement["source"], statement


def heading(cluster: dict[str, Any]) -> str:
    """What the cluster measures: the shortest phrase of a value's sentence (not the figure
    itself) holding most of the words of its measure; else the merge's label."""
    best: tuple[int, bool, int, str] | None = None
    for value in cluster["values"]:
        found = _phrase(value)
        if found and (best is None or found[:3] < best[:3]):
            best = found
    label = best[3] if best else (cluster.get("measure") or "figure")
    return label[:1].upper() + label[1:]


def unit(cluster: dict[str, Any]) -> str | None:
    """The commonest unit, currency or counted noun of the cluster's values, to print after
    its range (currencies print as a symbol before it, so they are left out here)."""
    found = Counter(
        v.get("unit") or v.get("counted")
        for v in cluster["values"]
        if not v.get("currency") and (v.get("unit") or v.get("counted"))
    )
    return found.most_common(1)[0][0] if found else None


def _phrase(value: dict[str, Any]) -> tuple[int, bool, int, str] | None:
    """(-words covered, without the counted noun, length, phrase) of the best phrase in a
    value's sentence."""
    sentence = value.get("context")
    if not sentence:
        return None
    key = key_of(value)
    counted = (value.get("counted") or key.get("noun") or "").lower()
    skip = {
        *_GENERIC,
        *(value.get("per") or ()),
        str(value.get("unit")),
        str(value.get("currency")),
    }
    measure = {w for w in (value.get("measure") or "").lower().split() if w not in skip}
    wanted = {w.lower() for w in key["words"]} | measure | ({counted} if counted else set())
    prefixes = {w: w[:-1] if len(w) > 4 else w for w in wanted if len(w) > 2}
    if not prefixes:
        return None
    nouns = {w for w, prefix in prefixes.items() if counted.startswith(prefix)}
    offset = sentence["start"]
    figure = value["location"]["start"] - offset, value["location"]["end"] - offset
    tokens = [
        (m.start(), m.end(), _lemma(m.group().lower(), prefixes))
        for m in _TOKEN.finditer(sentence["text"])
        if not (m.start() < figure[1] and m.end() > figure[0])  # the figure is no measure word
    ]
    best = None
    for i, (start, _, lemma) in enumerate(tokens):
        if lemma is None:
            continue
        covered: set[str] = set()
        for j in range(i, min(len(tokens), i + HEADING_WORDS)):
            _, right, other = tokens[j]
            if start < figure[0] < right:
                break  # the phrase would run across the figure
            if other is not None:
                covered.add(other)
                if j - i + 1 <= 3 * len(covered):  # mostly measure words, not a clause
                    score = (-len(covered), not covered & nouns, j - i + 1)
                    candidate = (*score, sentence["text"][start:right])
                    if best is None or candidate[:3] < best[:3]:
                        best = candidate
    return best


def _lemma(token: str, prefixes: dict[str, str]) -> str | None:
    """The measure word a token of the text spells ("deployed" for "deploy", "casualties" for
    "casualty"), if any."""
    token = token.strip("’'")
    for lemma, prefix in prefixes.items():
        if token.startswith(prefix) and len(token) <= len(lemma) + 3:
            return lemma
    return None
