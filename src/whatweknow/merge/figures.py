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


def kind_name(figure: dict[str, Any]) -> str:
    """`kind_key` as one string, for the store's index."""
    unit, per = kind_key(figure)
    return " per ".join((unit, *per))


def trivial(figure: dict[str, Any]) -> bool:
    """Small exact numbers no one asserts ("two roads", "two months"): kept in the documents'
    records, left out of clusters so the brief stays readable."""
    value = figure.get("value")
    return (
        not figure.get("source")
        and not figure.get("currency")
        and value is not None
        and abs(value) < 10
        and figure["qualifier"] == "exact"
    )


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
    """Group figure values (each with `figure`, `document`, `source_key`) by measure, all at
    once: the definition the store's incremental assignment (`Store._cluster`, as documents
    arrive) follows, and is tested against.

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
    """Status, superseded values and the intervals of a cluster.

    Linear in the cluster's size: whether any two independent sources disagree is decided by
    the values at the extremes (the highest lower bound against the lowest upper bound, the
    highest central value against the lowest), and `disputes` lists the disagreeing pairs among
    those extremes, not every pair of a large cluster.
    """
    if len(members) == 1:
        return {
            "status": "single-source",
            "independent_sources": 1,
            "disputes": [],
            "range": list(interval(members[0]["figure"])),
        }
    latest: dict[str, dict[str, Any]] = {}
    for member in sorted(members, key=lambda m: m.get("published") or ""):
        earlier = latest.get(member["source_key"])
        if earlier is not None and earlier["figure"]["value"] != member["figure"]["value"]:
            earlier["superseded_by"] = member["ref"]
        latest[member["source_key"]] = member
    current = [m for m in members if "superseded_by" not in m]
    sources = {m["source_key"] for m in current}
    facts = [(m, interval(m["figure"]), central(m["figure"])) for m in current]
    disputes = []
    candidates = _extremes(facts)
    for i, (a, ia, ca) in enumerate(candidates):
        for b, ib, cb in candidates[i + 1 :]:
            if a["source_key"] != b["source_key"] and (not overlap(ia, ib) or apart(ca, cb)):
                disputes.append((a["ref"], b["ref"]))
    # With no disagreement, any two independent sources agree.
    status = "disputed" if disputes else "corroborated" if len(sources) >= 2 else "single-source"
    if len(current) == 1:
        span = list(interval(current[0]["figure"]))
    else:  # from the lowest to the highest value stated, not to a bound's open end
        centrals = [c for _, _, c in facts if c is not None]
        span = [min(centrals), max(centrals)] if centrals else [-math.inf, math.inf]
    return {
        "status": status,
        "independent_sources": len(sources),
        "disputes": disputes,
        "range": span,
    }


Fact = tuple[dict[str, Any], tuple[float, float], float | None]


def _extremes(facts: list[Fact]) -> list[Fact]:
    """The members two independent sources' disagreement must involve, if there is one.

    For each extreme (highest lower bound, lowest upper bound, highest and lowest positive
    central value) the best member of the best two sources: if some pair of sources disagrees,
    a pair among these does too.
    """
    positive = [f for f in facts if f[2] is not None and f[2] > 0]
    orders = (
        (facts, lambda f: -f[1][0]),
        (facts, lambda f: f[1][1]),
        (positive, lambda f: -f[2]),
        (positive, lambda f: f[2]),
    )
    chosen: dict[int, Fact] = {}
    for pool, key in orders:
        best: dict[str, Fact] = {}
        for fact in pool:
            source = fact[0]["source_key"]
            if source not in best or key(fact) < key(best[source]):
                best[source] = fact
        for fact in sorted(best.values(), key=key)[:2]:
            chosen[id(fact[0])] = fact
    return sorted(chosen.values(), key=lambda f: f[0]["ref"])


def credibility(status: str, hedged: bool) -> int:
    """Admiralty information credibility (1-6) from corroboration."""
    if status == "corroborated":
        return 1
    if status == "disputed":
        return 4
    if status == "single-source":
        return 3 if hedged else 2
    return 6
