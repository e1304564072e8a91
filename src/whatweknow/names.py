"""Personal names, shared by extraction (within a document) and the merge (across them)."""

from __future__ import annotations

import re

from . import lexicon

_WORD = re.compile(r"[\w][\w'’.-]*")


def name_tokens(text: str) -> tuple[str, ...]:
    """A person's name without titles, ranks or parentheses: "Lt. Gen. (retd) Chun" -> (Chun,)."""
    text = re.sub(r"\([^)]*\)", " ", text)
    words = [w.strip(".’'") for w in _WORD.findall(text)]
    words = [w for w in words if w and w.lower().rstrip(".") not in lexicon.TITLES]
    while words and words[-1].lower() in ("s", "jr", "sr", "ii", "iii"):
        words.pop()
    return tuple(words)
