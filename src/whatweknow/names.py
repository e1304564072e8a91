"""Personal names, shared by extraction (within a document) and the merge (across them)."""

from __future__ import annotations

import re

from . import lexicon

_WORD = re.compile(r"[\w][\w'’.-]*")
_POSSESSIVE = re.compile(r"[’']s$")
_LEADING = lexicon.TITLES | lexicon.TITLE_MODIFIERS
# Generational suffixes keep two people apart: "Donald Trump Jr." is not "Donald Trump".
SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}


def name_tokens(text: str) -> tuple[str, ...]:
    """A person's name without titles, ranks or parentheses: "Lt. Gen. (retd) Chun" -> (Chun,).
    A generational suffix stays, written one way: "Donald Trump, Jr." -> (Donald, Trump, Jr.)."""
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r",(?!\s*(?:jr|sr|ii|iii|iv)\b).*", "", text, flags=re.IGNORECASE | re.DOTALL)
    words = [_POSSESSIVE.sub("", w.strip(".’'")) for w in _WORD.findall(text)]
    words = [w for w in words if w]
    # "Lt. Gen. (retd) Chun", "House Speaker Nancy Pelosi": the leading run of titles goes
    run = 0
    while run < len(words) and words[run].lower().rstrip(".") in _LEADING:
        run += 1
    while run and words[run - 1].lower().rstrip(".") not in lexicon.TITLES:
        run -= 1
    words = words[run:]
    suffix = None
    if len(words) > 1 and words[-1].lower() in SUFFIXES:
        suffix = SUFFIXES[words.pop().lower()]
    while words and (words[-1].lower() == "s" or words[-1].lower() in SUFFIXES):
        words.pop()
    return (*words, suffix) if suffix and words else tuple(words)


def surname(words: tuple[str, ...]) -> str:
    """The family name of name_tokens' words: the last word before any suffix."""
    if len(words) > 1 and words[-1] in SUFFIXES.values():
        return words[-2]
    return words[-1]


def suffix(words: tuple[str, ...]) -> str | None:
    return words[-1] if len(words) > 1 and words[-1] in SUFFIXES.values() else None
