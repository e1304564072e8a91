"""Items on character intervals of a text, looked up by offset without a scan of all of them.

    spans = Intervals((s.content.start, s.content.end, s) for s in statements)
    spans.covering(offset)      # the items whose [start, end) holds offset, in the given order
    spans.overlaps(start, end)  # whether any item shares a character with [start, end)

Extractors ask such questions once per figure, date or statement; a scan of every statement
each time made extraction quadratic in a document's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Intervals(Generic[T]):
    """Sorted by start, with the longest interval and the furthest end reached so far: the
    items covering an offset start at most the longest length before it, and some item
    overlaps a range when the furthest end of those starting before the range's end passes
    the range's start. Both answers are exact; `covering` costs the number of items starting
    within the longest length before the offset."""

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        entries = sorted(
            ((start, end, n, item) for n, (start, end, item) in enumerate(items)),
            key=lambda entry: (entry[0], entry[2]),
        )
        self._entries = entries
        self._starts = [entry[0] for entry in entries]
        self._longest = max((end - start for start, end, _, _ in entries), default=0)
        self._reach: list[int] = []
        furthest = -1
        for _, end, _, _ in entries:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def __len__(self) -> int:
        return len(self._entries)

    def covering(self, offset: int) -> list[T]:
        """The items with start <= offset < end, in the order they were given."""
        low = bisect_left(self._starts, offset - self._longest)
        high = bisect_right(self._starts, offset)
        found = [(n, item) for _, end, n, item in self._entries[low:high] if offset < end]
        found.sort(key=lambda pair: pair[0])
        return [item for _, item in found]

    def overlaps(self, start: int, end: int) -> bool:
        """Some item has item.start < end and start < item.end."""
        before = bisect_left(self._starts, end)  # the items starting before `end`
        return before > 0 and self._reach[before - 1] > start
