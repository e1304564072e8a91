"""The timeline of a set of documents: dated events on a real date axis, merged across outlets.

    items, background = timeline(store, ids, ref, root, coverage_from, limit, more)

Each item is one happening: who did what (the event's label, in the text's words), its date
with its precision and the first and last day it covers, and every article that reports it
(its outlets listed; copies count once). Events of one date are one happening when they share
their verb and their actor or object, or most of their words. Items come in date order, the
coarser first on a shared first day (July before July 15).

Background is what the coverage recalls rather than reports: dates a year or more before the
first article, whole years before the coverage's own year ("since its invasion of Ukraine in
2022"), and history told inside a quote. It is kept apart, short. Dates that could not be
placed are only counted (`more["unplaced"]`). With a `limit`, the items the most independent
articles report are kept, and `more` says how many were left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from ..dates import interval, precision_grain

# A background section stays short whatever the limit: it is context, not the story.
BACKGROUND_ROWS = 10
# Events of one date are one happening when this share of the smaller one's words is shared.
SAME_HAPPENING = 0.6
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    """the a an of to in on at for and or but with by from as that this it its his her their
    they he she we i you be is are was were been has have had will would not no""".split()
)


def timeline(
    store: Any,
    ids: list[str],
    ref: Any,
    root: dict[str, str],
    coverage_from: str | None,
    limit: int | None,
    more: dict[str, int],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    start = _day(coverage_from)
    groups: list[dict[str, Any]] = []
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    unplaced = 0
    for row in store.event_keys(ids):
        bounds = interval(row["date"], row["precision"])
        if bounds is None:
            unplaced += 1
            continue
        words = _words(row)
        group = next(
            (
                g
                for g in by_date[row["date"]]
                if _same(g, row, words)
                and (
                    root[row["document"]] not in g["roots"]
                    or any(r["phrase"] == row["phrase"] for r in g["rows"])
                )
            ),
            None,
        )
        if group is None:
            group = {
                "rows": [],
                "roots": set(),
                "bounds": bounds,
                "words": words,
                "verb": _verb(row),
                "actor": (row["actor"] or "").casefold(),
                "background": _background(bounds, row, start),
            }
            groups.append(group)
            by_date[row["date"]].append(group)
        group["rows"].append(row)
        group["roots"].add(root[row["document"]])
        group["background"] = group["background"] and _background(bounds, row, start)
    if unplaced:
        more["unplaced"] = unplaced
    main = [g for g in groups if not g["background"]]
    background = [g for g in groups if g["background"]]
    main = _top(main, limit, more, "timeline")
    background = _top(background, BACKGROUND_ROWS if limit else None, more, "background")
    wanted = {(r["document"], r["id"]) for g in main + background for r in g["rows"][:1]}
    records = {(d, e["id"]): e for d, e in store.records("events", ids, wanted)}
    return (
        [_item(g, records, ref) for g in _ordered(main)],
        [_item(g, records, ref) for g in _ordered(background)],
    )


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _words(row: dict[str, Any]) -> set[str]:
    text = " ".join(x for x in (row["label"], row["phrase"], row["actor"]) if x).casefold()
    return {w for w in _WORD.findall(text) if w not in _STOP}


def _verb(row: dict[str, Any]) -> str:
    return (row["phrase"] or "").split(" ", 1)[0]


def _same(group: dict[str, Any], row: dict[str, Any], words: set[str]) -> bool:
    """One happening: the same verb with the same actor or a shared object word, or most of
    the words of the smaller description shared."""
    shared = group["words"] & words
    if _verb(row) == group["verb"] and (
        (row["actor"] or "").casefold() == group["actor"] != "" or len(shared) >= 2
    ):
        return True
    smaller = min(len(group["words"]), len(words))
    return smaller > 0 and len(shared) / smaller >= SAME_HAPPENING


def _background(bounds: tuple[date, date], row: dict[str, Any], start: date | None) -> bool:
    """Recalled rather than reported: a year or more before the coverage, a whole year before
    the coverage's year, or history inside a quote."""
    if start is None:
        return False
    last = bounds[1]
    if last < start - timedelta(days=365):
        return True
    if precision_grain(row["precision"]) >= precision_grain("year") and last.year < start.year:
        return True
    return bool(row["statement"]) and last < start - timedelta(days=31)


def _top(
    groups: list[dict[str, Any]], limit: int | None, more: dict[str, int], part: str
) -> list[dict[str, Any]]:
    if limit is None or len(groups) <= limit:
        return groups
    more[part] = len(groups) - limit
    ranked = sorted(range(len(groups)), key=lambda i: (-len(groups[i]["roots"]), i))
    return [groups[i] for i in sorted(ranked[:limit])]


def _ordered(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(
        groups,
        key=lambda g: (g["bounds"][0], -precision_grain(g["rows"][0]["precision"]), g["bounds"][1]),
    )


def _item(group: dict[str, Any], records: dict[tuple[str, str], Any], ref: Any) -> dict[str, Any]:
    first = group["rows"][0]
    event = records[(first["document"], first["id"])]
    sources = [ref(r["document"], r["span_start"], r["span_end"]) for r in group["rows"]]
    outlets = sorted({s["outlet"] or "unknown outlet" for s in sources})
    return {
        "date": first["date"],
        "precision": first["precision"],
        "first_day": group["bounds"][0].isoformat(),
        "last_day": group["bounds"][1].isoformat(),
        "expression": event["date"].get("text"),
        "resolved": True,
        "label": event.get("label") or event["phrase"],
        "phrase": event["phrase"],
        "actor": (event.get("actor") or {}).get("name"),
        "text": event["span"]["text"],
        "caption": event.get("caption", False),
        "quoted": bool(event.get("statement")),
        "outlets": outlets,
        "reported_by": len(group["roots"]),
        "background": group["background"],
        "source": sources[0],
        "also_in": sources[1:],
    }
