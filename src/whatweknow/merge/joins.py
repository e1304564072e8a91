"""Items joined into groups: one disjoint-set (union-find) for the merge's joins."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class Groups(Generic[T]):
    """Items joined into groups, each group named by its root item.

    `join(keep, other)` puts `other`'s group under `keep`'s root, so a caller decides which
    item names the group (a named source over the article relaying it). Iteration yields the
    items in the order they were first seen.

    >>> groups = Groups(["poll", "survey", "ad"])
    >>> groups.join("poll", "survey")
    >>> groups.find("survey"), groups.find("ad")
    ('poll', 'ad')
    """

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._parent: dict[T, T] = {}
        for item in items:
            self.add(item)

    def add(self, item: T) -> None:
        self._parent.setdefault(item, item)

    def find(self, item: T) -> T:
        """The root of `item`'s group (an unseen item is its own group), halving the path."""
        parent = self._parent
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, keep: T, other: T) -> None:
        keep, other = self.find(keep), self.find(other)
        if keep != other:
            self._parent[other] = keep

    def __iter__(self) -> Iterator[T]:
        return iter(self._parent)

    def __contains__(self, item: object) -> bool:
        return item in self._parent
