"""The same speaker across documents, never two people merged without evidence.

Within a document the entity index has already tied "Mr. Cancian" to "Mark Cancian". Across
documents:
- full names are keys, spelled loosely ("Kim Jong Un" = "Kim Jong-un");
- a bare surname joins a full name only when exactly one full name in the coverage has it, or
  when the descriptors or affiliation agree; "Kim" with both "Kim Jong Un" and "Lami Kim" in
  the coverage stays "Kim";
- organisations join on their name or an acronym a document tied to it ("CSIS").
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..names import name_tokens


def loose(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


class People:
    def __init__(self, entities: list[dict[str, Any]]):
        self.full: dict[str, str] = {}  # loose key -> canonical full name
        self.by_word: dict[str, set[str]] = defaultdict(set)
        self.descriptors: dict[str, list[str]] = defaultdict(list)
        self.affiliations: dict[str, set[str]] = defaultdict(set)
        self.aliases: dict[str, str] = {}  # loose acronym or alias -> canonical organisation
        self._known: dict[tuple[str, str | None, tuple[str, ...]], str | None] = {}
        for entity in entities:
            name = entity.get("name") or ""
            if entity.get("type") == "person":
                words = name_tokens(name)
                if len(words) >= 2:
                    key = loose(" ".join(words))
                    canonical = self.full.setdefault(key, " ".join(words))
                    for word in words:
                        self.by_word[word.lower()].add(canonical)
                    for descriptor in entity.get("descriptors") or []:
                        if descriptor not in self.descriptors[canonical]:
                            self.descriptors[canonical].append(descriptor)
                    if entity.get("affiliation"):
                        self.affiliations[canonical].add(entity["affiliation"])
            elif entity.get("type") == "organization":
                for alias in entity.get("aliases") or []:
                    self.aliases.setdefault(loose(alias), name)

    def canonical(
        self, name: str | None, kind: str | None, descriptors: list[str] | None = None
    ) -> str | None:
        """The name `name` goes by across the coverage (memoised: names repeat a lot)."""
        if not name:
            return name
        key = (name, kind, tuple(descriptors or ()))
        if key not in self._known:
            self._known[key] = self._canonical(name, kind, descriptors)
        return self._known[key]

    def _canonical(self, name: str, kind: str | None, descriptors: list[str] | None) -> str:
        if kind == "person":
            words = name_tokens(name)
            if len(words) >= 2:
                return self.full.get(loose(" ".join(words)), " ".join(words))
            if len(words) == 1:
                candidates = self.by_word.get(words[0].lower(), set())
                if len(candidates) == 1:
                    return next(iter(candidates))
                for candidate in sorted(candidates):
                    if descriptors and set(descriptors) & set(self.descriptors[candidate]):
                        return candidate
                return words[0]
            return name
        return self.aliases.get(loose(name), name)
