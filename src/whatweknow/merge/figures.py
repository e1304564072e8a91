"""Figure clusters: the same measure across documents, compared as intervals.

Two figures measure the same thing when they count in the same unit (or the same currency, or
both count things) at the same rate, and their measure phrases share enough words (Jaccard of
the content words at least 1/3: "troop deploy" and "number deploy" do).

Each figure becomes an interval from its value and qualifier: exact [v, v]; approx ±10%; lower
[v, inf); upper [0, v]; range [low, high]; vague [low, 10 x low). A cluster is
- `disputed` when two independent sources' intervals do not overlap, or their central values
  are more than DISPUTE_RATIO apart (so "about 11,000" and "as many as 100,000" disagree, though
  the second's bound technically admits the first);
- `corroborated` when at least two independent sources agree;
- `single-source` otherwise.
Independent means a different source: a different speaker or, for figures the articles state
themselves, a different syndication group (a wire copy and its reprint are one source).
A later figure from the same source supersedes its earlier one.
"""

from __future__ import annotations

import math
from typing import Any

APPROX = 0.10
# Central values further apart than this factor are a dispute even when the bounds overlap.
DISPUTE_RATIO = 2.0
SIMILARITY = 1 / 3
# Words that say nothing about what is measured: function words and generic verbs.
_STOP = frozenset(
    """per be have do get make the a an of and or in on to say tell show find give take report
    estimate put add reach total include cost""".split()
)

CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}


def interval(figure: dict[str, Any]) -> tuple[float, float]:
    value, qualifier = figure["value"], figure["qualifier"]
    low, high = figure.get("low"), figure.get("high")
    if qualifier == "range" and low is not None and high is not None:
        return low, high
    if qualifier == "vague" and low is not None:
        return low, high if high is not None else low * 10
    if value is None:
        return -math.inf, math.inf
    if qualifier == "lower":
        return value, math.inf
    if qualifier == "upper":
        return (0.0 if value >= 0 else -math.inf), value
    if qualifier == "approx":
        spread = abs(value) * APPROX
        return value - spread, value + spread
    return value, value


def central(figure: dict[str, Any]) -> float | None:
    if figure["qualifier"] in ("range", "vague") and figure.get("low") is not None:
        high = figure.get("high") or figure["low"]
        return (figure["low"] + high) / 2
    return figure["value"]


def kind_key(figure: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    return (figure.get("unit") or figure.get("currency") or "count", tuple(figure.get("per") or ()))


def words(figure: dict[str, Any]) -> frozenset[str]:
    """The measure's content words; the unit and rate are compared separately."""
    measure = (figure.get("measure") or "").split()
    skip = {*(figure.get("per") or ()), str(figure.get("unit")), str(figure.get("currency"))}
    return frozenset(w for w in measure if w not in _STOP and w not in skip)


def similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= SIMILARITY


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def apart(a: float | None, b: float | None) -> bool:
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) > DISPUTE_RATIO


def cluster(values: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group figure values (each with `figure`, `document`, `source_key`) by measure.

    One source giving two different values in one article measures two different things ("17%
    of men, 21% of women"): such values never share a cluster. Two sources' values in one
    article may (that is how a single article reports a dispute).

    Candidates come from an index of measure words, so each value is compared only with the
    clusters that share a word with it.
    """
    clusters: list[list[dict[str, Any]]] = []
    member_words: list[list[frozenset[str]]] = []
    stated: list[dict[tuple[str, str], set[Any]]] = []  # (document, source) -> values
    index: dict[tuple[Any, str], set[int]] = {}
    for value in values:
        figure = value["figure"]
        key, own = kind_key(figure), words(figure)
        place = (value["document"], value["source_key"])
        home = None
        candidates = sorted(set().union(*(index.get((key, w), set()) for w in own)) if own else [])
        for number in candidates:
            values_here = stated[number].get(place)
            if values_here and figure["value"] not in values_here:
                continue
            if any(similar(own, theirs) for theirs in member_words[number]):
                home = number
                break
        if home is None:
            home = len(clusters)
            clusters.append([])
            member_words.append([])
            stated.append({})
        clusters[home].append(value)
        member_words[home].append(own)
        stated[home].setdefault(place, set()).add(figure["value"])
        for word in own:
            index.setdefault((key, word), set()).add(home)
    return clusters


def assess(members: list[dict[str, Any]]) -> dict[str, Any]:
    """Status, superseded values and the intervals of a cluster."""
    latest: dict[str, dict[str, Any]] = {}
    for member in sorted(members, key=lambda m: m.get("published") or ""):
        earlier = latest.get(member["source_key"])
        if earlier is not None and earlier["figure"]["value"] != member["figure"]["value"]:
            earlier["superseded_by"] = member["ref"]
        latest[member["source_key"]] = member
    current = [m for m in members if "superseded_by" not in m]
    disputes = []
    agreements = set()
    for i, a in enumerate(current):
        for b in current[i + 1 :]:
            if a["source_key"] == b["source_key"]:
                continue
            ia, ib = interval(a["figure"]), interval(b["figure"])
            if not overlap(ia, ib) or apart(central(a["figure"]), central(b["figure"])):
                disputes.append((a["ref"], b["ref"]))
            else:
                agreements.add(a["source_key"])
                agreements.add(b["source_key"])
    sources = {m["source_key"] for m in current}
    status = "disputed" if disputes else "corroborated" if len(agreements) >= 2 else "single-source"
    if len(current) == 1:
        span = list(interval(current[0]["figure"]))
    else:  # from the lowest to the highest value stated, not to a bound's open end
        centrals = [c for c in (central(m["figure"]) for m in current) if c is not None]
        span = [min(centrals), max(centrals)] if centrals else [-math.inf, math.inf]
    return {
        "status": status,
        "independent_sources": len(sources),
        "disputes": disputes,
        "range": span,
    }


def credibility(status: str, hedged: bool) -> int:
    """Admiralty information credibility (1-6) from corroboration."""
    if status == "corroborated":
        return 1
    if status == "disputed":
        return 4
    if status == "single-source":
        return 3 if hedged else 2
    return 6
