"""Figure clusters: one real-world quantity each, across documents, compared as intervals.

What a figure measures is its `quantity` key (`extract.quantities`): a dimension (a count, a
currency, a physical dimension in pint's base units), the counted noun, the words that say what
is counted or measured, the places and years its phrase is tied to. Two figures give the same
quantity (`same_quantity`) when they share the dimension and rate, name no different places or
years, and
- state the same value (after normalisation: "40 miles" is "64 km") with a word in common;
  a small count (under 10) needs the same counted noun as well ("two officers");
- or, with different values, count the same noun (or the same unit with no noun) with most of
  the words of the shorter description in common, at least two ("North Korean troops
  deployed", "troops deploy"; three without a noun). Only such figures can dispute each other.

Each figure becomes an interval from its value and qualifier: exact [v, v]; approx ±10%; lower
[v, inf); upper [0, v]; range [low, high]; vague [low, inf) ("thousands" is at least a
thousand, so it agrees with 300,000 and disputes 500). A cluster is
- `disputed` when two independent sources' intervals do not overlap, or their central values
  are more than DISPUTE_RATIO apart (so "about 11,000" and "as many as 100,000" disagree, though
  the second's bound technically admits the first);
- `corroborated` when at least two independent sources agree;
- `single-source` otherwise.
Independent means a different original source: a different speaker (however many outlets
relay them) or, for figures the articles state themselves, a different syndication group (a
wire copy and its reprint are one source); an outlet credited by another is the same source.
A later figure from the same source supersedes its earlier one.
"""

from __future__ import annotations

import math
from typing import Any

APPROX = 0.10
# Central values further apart than this factor are a dispute even when the bounds overlap.
DISPUTE_RATIO = 2.0
# Values this close are the same number written twice ("700,000", "roughly 700,000", "more
# than 700,000", "$5.7 billion" and "$5,700,000,000"); "$800 million" and "$805 million" are two.
SAME_VALUE = 0.001
# A count under this is common enough that an equal value alone does not make one quantity.
SMALL = 10
# Different values are one quantity only when the shorter description shares this share of
# its words (and at least two) with the other. Tuned by reading the BASIL clusters: at 1/3
# "troops leaving Afghanistan" met "troops in South Korea".
SHARED_WORDS = 0.5
# A new figure is compared with at most this many members of a candidate cluster (the first).
COMPARED = 50
# Index terms a cluster must share with a figure to be a candidate: `same_quantity` needs the
# same value and a word, or two words (three without a noun), so no cluster sharing fewer can
# hold the figure.
SHARED_TERMS = 2


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
        return low, math.inf
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
    if figure["qualifier"] == "vague":
        return None  # a magnitude, not a value: it disputes only by its bound
    if figure["qualifier"] == "range" and figure.get("low") is not None:
        high = figure.get("high") or figure["low"]
        return (figure["low"] + high) / 2
    return figure["value"]


def key_of(figure: dict[str, Any]) -> dict[str, Any]:
    """The figure's quantity key; for records stored before keys existed, one made of their
    unit, counted noun and measure words."""
    if figure.get("quantity"):
        return figure["quantity"]
    unit = figure.get("unit")
    currency = figure.get("currency")
    per = list(figure.get("per") or ())
    dimension = f"currency:{currency}" if currency else unit or "count"
    noun = (figure.get("counted") or "").lower() or None
    skip = {*per, str(unit), str(currency), "per"}
    words = {w for w in (figure.get("measure") or "").split() if w not in skip}
    return {
        "dimension": " per ".join((dimension, *per)),
        "base": [figure.get("value"), figure.get("low"), figure.get("high")],
        "noun": noun,
        "words": sorted(words | ({noun} if noun else set())),
        "places": [],
        "years": [],
    }


def trivial(figure: dict[str, Any]) -> bool:
    """A figure that says nothing about what it measures (a bare small number, no noun, no
    unit, no words): kept in its document's records, left out of clusters."""
    key = key_of(figure)
    value = figure.get("value")
    if value is None:
        return not key["words"]
    return not key["words"] or (
        not key["noun"] and key["dimension"] == "count" and abs(value) < SMALL
    )


def terms(figure: dict[str, Any]) -> tuple[str, set[str]]:
    """The store's index terms of a figure: its dimension, and its words and its value."""
    key = key_of(figure)
    found = set(key["words"])
    number = _number(figure, key)
    if number is not None:
        found.add(f"={number:.3g}")
    return key["dimension"], found


def _number(figure: dict[str, Any], key: dict[str, Any]) -> float | None:
    if figure["qualifier"] == "vague":
        return None
    base = key.get("base") or [figure.get("value")]
    return base[0]


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def apart(a: float | None, b: float | None) -> bool:
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) > DISPUTE_RATIO


def _equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b))


def same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same number stated: ranges by both ends, other values by the number written."""
    ka, kb = key_of(a), key_of(b)
    if a["qualifier"] == "vague" or b["qualifier"] == "vague":
        return False
    if (a["qualifier"] == "range") != (b["qualifier"] == "range"):
        return False
    if a["qualifier"] == "range":
        return _equal(ka["base"][1], kb["base"][1]) and _equal(ka["base"][2], kb["base"][2])
    return _equal(_number(a, ka), _number(b, kb))


def conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Tied to different places or years: "troops in Syria", "troops in South Korea"."""
    ka, kb = key_of(a), key_of(b)
    for field in ("places", "years"):
        mine, theirs = set(ka.get(field) or ()), set(kb.get(field) or ())
        if mine and theirs and not mine & theirs:
            return True
    return False


def same_quantity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures give a value of one real-world quantity (the module docstring)."""
    ka, kb = key_of(a), key_of(b)
    if ka["dimension"] != kb["dimension"] or conflict(a, b):
        return False
    mine, theirs = set(ka["words"]), set(kb["words"])
    shared = mine & theirs
    nouns = ka["noun"], kb["noun"]
    if same_value(a, b):
        number = abs(_number(a, ka) or 0)
        if ka["dimension"] == "count" and number < SMALL:
            return nouns[0] is not None and nouns[0] == nouns[1] and bool(shared)
        return bool(shared) and (None in nouns or nouns[0] == nouns[1] or number >= 1000)
    if nouns[0] != nouns[1]:
        return False
    smaller = min(len(mine), len(theirs))
    # With no counted noun (a percentage, a sum of money) only the words say what it is of:
    # one more in common. Read on BASIL: "21 percent" and "17 percent" of two polls' questions,
    # "$5.7 billion" and "$1.4 billion" for two parts of a bill shared two words.
    needed = 2 if nouns[0] else 3
    return len(shared) >= needed and len(shared) >= SHARED_WORDS * smaller


def fits(
    figure: dict[str, Any],
    members: list[dict[str, Any]],
    place: tuple[str, str],
) -> bool:
    """Whether a figure joins a cluster of these members (each with `figure`, `document`,
    `source_key`): one quantity with at least one, in conflict with none, and no other value
    from its own source in its own document (one source giving two values in one article
    measures two things: "17% of men, 21% of women")."""
    matched = False
    for member in members[:COMPARED]:
        other = member["figure"]
        if (member["document"], member["source_key"]) == place and not same_value(figure, other):
            return False
        if conflict(figure, other):
            return False
        nouns = key_of(figure)["noun"], key_of(other)["noun"]
        if all(nouns) and nouns[0] != nouns[1] and not same_value(figure, other):
            return False  # troops against soldiers
        matched = matched or same_quantity(figure, other)
    return matched


def cluster(values: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group figure values (each with `figure`, `document`, `source_key`) by quantity, all at
    once: the definition the store's incremental assignment (`Store._cluster`, as documents
    arrive) follows, and is tested against. Each value joins the first cluster (in order of
    creation) that it `fits`, among those sharing SHARED_TERMS index terms with it, or starts
    one."""
    clusters: list[list[dict[str, Any]]] = []
    index: dict[tuple[str, str], set[int]] = {}
    for value in values:
        figure = value["figure"]
        dimension, own = terms(figure)
        place = (value["document"], value["source_key"])
        shared: dict[int, int] = {}
        for term in own:
            for number in index.get((dimension, term), ()):
                shared[number] = shared.get(number, 0) + 1
        candidates = sorted(n for n, count in shared.items() if count >= SHARED_TERMS)
        home = next((n for n in candidates if fits(figure, clusters[n], place)), None)
        if home is None:
            home = len(clusters)
            clusters.append([])
        clusters[home].append(value)
        for term in own:
            index.setdefault((dimension, term), set()).add(home)
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
