"""Words that a scraper ran together: "soldierstheir", "campaignthere", "themshortly".

We only split when we are confident: the joined form is unknown to `wordfreq`, both halves are
common words, and the run is all lower case (so names such as "Cancian" are never touched).
Two more glues are split when both sides are known words: a lower-case word run into a
capitalised one ("troopsThe"), and a sentence end without its space ("troops.The").
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

# A run of ASCII lower case bounded by no letter of any script: "lenist" in "Gülenist" is no run.
_LOWER_RUN = re.compile(r"(?<![\w.@/#-])[a-z]+(?![\w@/#])")
_CAMEL = re.compile(r"(?<![A-Za-z.@/#_])([a-z]{3,})([A-Z][a-z]{2,})(?![A-Za-z])")
_DIGIT_WORD = re.compile(r"(?<![\w.])(\d{4})([A-Z][a-z]{2,})(?![A-Za-z])")
_SENTENCE_GLUE = re.compile(r"(?<![A-Za-z.@/#_])([a-z]{2,}[.!?])([A-Z][a-z]{1,})(?![A-Za-z.])")
_URLISH = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|edu|co|uk|io)\b", re.IGNORECASE)
# Two-letter words are only accepted as a half when they are this common ("of", "to", "he").
_MIN_SHORT_ZIPF = 5.5
# The longest half we try. The longest lower-case word wordfreq rates at zipf 2.0 or more has 22
# letters ("pricewaterhousecoopers"; at the default min_part_zipf 3.0, 18: "telecommunications"),
# so a longer half is never common enough, and a run over twice this is never two words. The cap
# keeps the splitter linear in a text's length: a 5 MB run of letters costs one length check.
MAX_HALF = 24


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    return zipf_frequency(word.lower(), "en")


def split_points(token: str, min_part: float, max_joined: float, min_length: int) -> list[int]:
    """Offsets inside `token` where a space should be inserted (sorted, maybe empty)."""
    if _URLISH.search(token):
        return []
    points: list[int] = []
    for match in _LOWER_RUN.finditer(token):
        run = match.group()
        if min_length <= len(run) <= 2 * MAX_HALF and zipf(run) < max_joined:
            cut = best_split(run, min_part)
            if cut:
                points.append(match.start() + cut)
    for pattern in (_CAMEL, _SENTENCE_GLUE):
        for match in pattern.finditer(token):
            left, right = match.group(1).rstrip(".!?"), match.group(2)
            joined = zipf(left + right)
            if zipf(left) >= min_part and zipf(right) >= min_part and joined < max_joined:
                points.append(match.start(2))
    points.extend(m.start(2) for m in _DIGIT_WORD.finditer(token) if zipf(m.group(2)) >= min_part)
    return sorted(set(points))


def best_split(run: str, min_part: float) -> int:
    """The cut that makes the two most common halves, or 0 when no cut is confident.

    Only cuts leaving both halves at most MAX_HALF letters are tried (a bounded number)."""
    best, best_score = 0, min_part
    for cut in range(max(2, len(run) - MAX_HALF), min(len(run) - 1, MAX_HALF + 1)):
        left, right = run[:cut], run[cut:]
        score = min(_part_zipf(left), _part_zipf(right))
        if score >= best_score:
            best, best_score = cut, score
    return best


def _part_zipf(part: str) -> float:
    value = zipf(part)
    if len(part) <= 2 and value < _MIN_SHORT_ZIPF:
        return 0.0
    return value
