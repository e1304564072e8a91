"""Outlets side by side: which outlets carry each claim and each figure, who reported it first,
and whose figure differs from the others'.

    table = compare(build(store, about="north korean troops", everything=True))

Rows are the brief's statements (one speaker's words, merged across articles) and figure
clusters that at least two outlets carry; the columns are the outlets. Every cell cites the
passage it stands for. What one outlet alone carries is counted per outlet.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from ..merge.figures import central, disagree, in_base


def compare(brief: dict[str, Any]) -> dict[str, Any]:
    outlets = brief["coverage"]["outlets"]
    only: dict[str, dict[str, int]] = {o: {"claims": 0, "figures": 0} for o in outlets}
    claims = []
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            cells = _cells([statement["source"], *statement["also_in"]])
            if len(cells) < 2:
                for outlet in cells:
                    only[outlet]["claims"] += 1
                continue
            claims.append(
                {
                    "speaker": speaker["name"],
                    "text": statement["text"],
                    # what `words` reads to put only a direct quote in marks, once
                    "fragments": statement.get("fragments"),
                    "form": statement.get("form"),
                    "cue": statement["cue"],
                    "context": statement.get("context"),
                    "source": statement["source"],
                    "cells": cells,
                    "first": _first(cells),
                }
            )
    figures = []
    for cluster in brief["figures"]:
        cells = _cells([v["location"] for v in cluster["values"]], cluster["values"])
        if len(cells) < 2:
            for outlet in cells:
                only[outlet]["figures"] += 1
            continue
        figures.append(
            {
                "cluster": cluster,
                "cells": cells,
                "first": _first(cells),
                "differs": _differs(cells, cluster["status"]),
            }
        )
    claims.sort(key=lambda row: (-len(row["cells"]), row["first"][1] or "", row["speaker"]))
    figures.sort(key=lambda row: (row["cluster"]["status"] != "disputed", -len(row["cells"])))
    return {"outlets": outlets, "claims": claims, "figures": figures, "only": only}


def _cells(
    refs: list[dict[str, Any]], values: list[dict[str, Any]] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Outlet -> what it carries: each distinct value (for a claim, the claim once) with the
    citations that give it, the earliest first."""
    cells: dict[str, dict[str | None, dict[str, Any]]] = defaultdict(dict)
    for n, ref in enumerate(refs):
        value = values[n] if values else None
        said = cells[ref.get("outlet") or "unknown outlet"].setdefault(
            value["text"] if value else None, {"value": value, "sources": []}
        )
        said["sources"].append(ref)
    ordered = {}
    for outlet, found in cells.items():
        for item in found.values():
            item["sources"].sort(key=_date)
            item["source"] = item["sources"][0]
        ordered[outlet] = sorted(found.values(), key=lambda item: _date(item["source"]))
    return ordered


def _date(ref: dict[str, Any]) -> str:
    return (ref.get("published") or "9999")[:10]


def _first(cells: dict[str, list[dict[str, Any]]]) -> tuple[list[str], str | None]:
    """The outlets that carried it on the earliest date (none when every outlet did), and that
    date (None: all undated)."""
    dates = {
        outlet: (items[0]["source"].get("published") or "")[:10] or None
        for outlet, items in cells.items()
    }
    known = [d for d in dates.values() if d]
    if not known:
        return [], None
    earliest = min(known)
    tied = sorted(o for o, d in dates.items() if d == earliest)
    return (tied if len(tied) < len(cells) else []), earliest  # all the same day: none first


def _differs(cells: dict[str, list[dict[str, Any]]], status: str | None = None) -> list[str]:
    """Outlets whose figures all disagree with the middle value of every outlet's figures, as
    the cluster's status judges two values (`disagree`: intervals apart, or central values more
    than twice apart), in the dimension's one unit (`in_base`): BASIL 1e41e98b's "more than a
    month" (a bound 35 days satisfies) and "35th day" (an ordinal of the same count) agree with
    "35 days", though 1 and 35 are far apart. A corroborated cluster has no outlet that differs:
    no two of its independent sources disagree."""
    if status == "corroborated":
        return []
    based = {outlet: [in_base(i["value"]) for i in items] for outlet, items in cells.items()}
    values = [value for values in based.values() for value in values]
    centres = [c for c in (central(v) for v in values) if c is not None]
    if len(centres) < 2:
        return []
    middle = statistics.median_low(centres)
    reference = next(v for v in values if central(v) == middle)
    differing = [o for o, theirs in based.items() if all(disagree(v, reference) for v in theirs)]
    return sorted(differing) if len(differing) < len(cells) else []
