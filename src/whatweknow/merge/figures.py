"""Figure clusters: one real-world quantity each, across documents, compared as intervals.

What a figure measures is its `quantity` key (`extract.quantities`): a dimension (a count, a
currency, a physical dimension in pint's base units), the counted noun, the words that say what
is counted or measured, the places and years its phrase is tied to, the times (dates) its
clause gives it. Two figures give the same
quantity (`same_quantity`) when they share the dimension and rate, name no different places or
years, and
- state the same value (after normalisation: "40 miles" is "64 km") with a word in common, or
  from one person (`said_alike`: 'a "1 in 3" chance', "a one-in-three chance of losing", both
  Boehner's), or a `distinctive` one ("$1.375 billion", a vote of "234-193") with no other
  counted noun; a small count (under 10) needs the same counted noun as well ("two officers");
  in one article, two words in common or no different counted noun or owner and no value
  about so much of one significant digit (`told_apart`: "$100,000 from Harlan Crow", "the
  group also raised $100,000 checks" are two, and so are "about 100 people who gathered",
  "drew about 100 people");
- or, in two articles of the coverage, state the same value of a sum of money or a physical
  measure under no different counted noun, with no word in common (`retold`: "would cost about
  $8 billion", "the price tag at around $8 billion"; "in 21 days", "for three weeks"), or a
  count of one noun within APPROX of the other's, the two agreeing (`recounted`: "at least 30
  national emergencies in effect", "31 of those prior emergencies remain active"), or an
  amount within APPROX of the other's, the two agreeing (`reckoned`: "about $3.6 billion",
  "to the tune of $3.5 billion"), or the
  same count from RESTATED up with two significant digits under any noun (`restated`: "27
  amendments", "as has been done 27 times"), or the same age of no two different people
  (`aged_alike`: "a 14-year-old girl", "when she was 14"), or one span of time exact in a smaller
  unit and rounded to a bound in a larger one (`bracketed`: "his 22-month investigation", "the
  nearly two-year probe"), or one share told by its size in digits in both, with a word in
  common (`sized_alike`: "trails front-runner Hillary Clinton by double digits", "Clinton with
  a double-digit lead"); such a figure joins a cluster it is one quantity with by the rules
  around this one first, and never joins two clusters;
- or, with different values, count the same noun (or the same unit with no noun) with most of
  the words of the shorter description in common, at least two ("North Korean troops
  deployed", "troops deploy"; three without a noun). Only such figures can dispute each other.
A count with no number that fits no cluster by these is the one count of its noun another
article gives in its range, where the coverage gives exactly one (`magnitude_home`:
"hundreds of thousands of immigrants brought to the U.S. as kids", "roughly 700,000 young
undocumented immigrants").

Each figure becomes an interval from its value and qualifier: exact [v, v], or for a round
number the values it may stand for (`rounding`: "$43 million" is $42.5 to $44 million, so it
agrees with "$43,885,310"; "$43,000" agrees with "$43,350"); approx ±10% (or its rounding, if
wider); lower [v, inf); upper [0, v]; range [low, high]; vague [low, inf) ("thousands" is at
least a thousand, so it agrees with 300,000 and disputes 500), or [low, high] for a count with
no number ("a handful" is 3 to 10). Two values `disagree` when their
intervals do not overlap, or their central values are more than DISPUTE_RATIO apart (so "about
11,000" and "as many as 100,000" disagree, though the second's bound technically admits the
first). Values that disagree join one cluster only on strong evidence that they measure one
quantity (`disputable`, checked against every member the new value disagrees with, so a
dispute is never two values that only a chain of other members joined), and never when each
figure's clause ties it to another time (`_at_two_times`: "$2.3 million through the end of
June", "about $100,000 in the 72 hours since the scandal erupted" are one measure at two
times, a change, not a dispute), nor, inside one article, when one is the article's own value
and the other a source's (`stated_beside`: a writer reporting a disagreement names both sides).
A cluster is
- `disputed` when two independent sources' values disagree;
- `corroborated` when at least two independent sources agree;
- `single-source` otherwise.
Independent means a different original source: a different speaker (however many outlets
relay them) or, for figures the articles state themselves, a different syndication group (a
wire copy and its reprint are one source); an outlet credited by another is the same source.
A later figure from the same source supersedes its earlier one.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from typing import Any

from ..dates import interval as date_interval
from .joins import Groups
from .people import PersonName, fold, person_name, same_person

APPROX = 0.10
# Central values further apart than this factor are a dispute even when the bounds overlap.
DISPUTE_RATIO = 2.0
# Values this close are the same number written twice ("700,000", "roughly 700,000", "more
# than 700,000", "$5.7 billion" and "$5,700,000,000"); "$800 million" and "$805 million" are two.
SAME_VALUE = 0.001
# A count under this is common enough that an equal value alone does not make one quantity.
SMALL = 10
# A count from this up, of two significant digits, that two outlets state is one quantity
# under any noun (`restated`); under it, "a dozen" or "18" are common counts of many things.
RESTATED = 20
# Whole numbers from this up may be rounded ("43,000" for 43,350); smaller ones are read as
# exact counts ("11 nations", "23 actions"). Read on BASIL: reporters round sums of money and
# counts in the thousands, and give small counts exactly.
ROUND = 1000
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

# The width of a step of log10 a count is indexed under: wider than log10(1 + APPROX), so that
# two counts within APPROX of each other lie in one step or two next to each other.
COUNT_STEP = 0.05
# A span of time given as a bound of a round value in a larger unit ("nearly two years") is
# another outlet's exact span in a smaller unit ("22 months") within this share of it
# (`bracketed`): writers round 22 months to nearly two years, 12 days to almost two weeks.
BRACKET = 0.2
# The width of a step of log10 a span of time is indexed under (`span_terms`): about 26%,
# wider than BRACKET, so a span and a bound within BRACKET of it lie in one step or the next.
SPAN_STEP = 0.1
# A count with no number ("hundreds of thousands") names counts up to this many times its
# least value (`magnitude`): a count of the next magnitude has a word of its own ("millions").
MAGNITUDE = 10
# A span of time written in a unit from this up (a year's seconds, of 365 days: pint's year is
# 365.25) is one of years or decades, which many things of a story last (`round_span`).
YEAR = 365 * 24 * 3600
# How well a figure fits a cluster (`fit`): whether it is one quantity with a member by
# `same_quantity` (not only `retold`), whether it states the same value, whether both values
# are precise, and how many words the two share. Compared as a tuple, the first most.
Score = tuple[bool, bool, bool, int]

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
    "F": "cannot be judged",
}


def source_named(item: dict[str, Any]) -> str:
    """A figure's source as every line of a brief names it: its name, with whom it came
    through ("unnamed sources via Bloomberg", as its statement is shown: one relay named one
    way), and the adverb of time its statement gives it ("Pentagon, originally":
    `brief.context.cue_time`). `item` is a cluster's value or one of its `sources`; the
    dispute's "Why" line, the "Sources" line, each value's line and the dispute's list all
    name a source through this."""
    name = str(item.get("source") or "")
    through = [v for v in item.get("via") or [] if v]
    if through:
        name += f" via {', '.join(through)}"
    return name + (f", {item['said_when']}" if item.get("said_when") else "")


def rounding(value: float | None) -> float:
    """How far from its value a round number may lie: the place of its last non-zero digit,
    for whole numbers from ROUND up ("$43 million": 1,000,000; "43,000": 1,000; "43,350": 10),
    and of its last decimal for a decimal ("35.7 percent": 0.1, so it is the "35.72" of a tax
    return), else 0. A writer rounds to that place or cuts the digits after it, so the number
    stands for [v - place/2, v + place): "$43 million" for $43,885,310, "$43,000" for $43,350."""
    if value is None or not math.isfinite(value):
        return 0.0
    whole = round(abs(value))
    if abs(abs(value) - whole) > 1e-6 * max(abs(value), 1.0):
        decimals = repr(abs(value)).partition(".")[2]
        return 10.0 ** -len(decimals) if "e" not in repr(value) and len(decimals) <= 4 else 0.0
    if abs(value) < ROUND:
        return 0.0
    place = 1
    while whole % 10 == 0:
        whole //= 10
        place *= 10
    return float(place) if place > 1 else 0.0


def interval(figure: dict[str, Any]) -> tuple[float, float]:
    """The values a figure admits. A round value's `rounding` comes from the value itself, or
    from `precision` where the value is in other units than it was written in (base units)."""
    value, qualifier = figure["value"], figure["qualifier"]
    low, high = figure.get("low"), figure.get("high")
    if qualifier == "range" and low is not None and high is not None:
        return low, high
    if qualifier == "vague" and low is not None:
        # "thousands" (its value its low end) is open above; a count the text gives no number
        # ("a handful", "several") is bounded by what its word can mean: a handful is not 63
        return low, (high if value is None and high is not None else math.inf)
    if value is None:
        return -math.inf, math.inf
    if qualifier == "lower":
        return value, math.inf
    if qualifier == "upper":
        return (0.0 if value >= 0 else -math.inf), value
    place = figure["precision"] if "precision" in figure else rounding(value)
    bottom, top = value - place / 2, value + place
    if qualifier == "approx":
        spread = abs(value) * APPROX
        return min(bottom, value - spread), max(top, value + spread)
    return bottom, top


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
    """A figure that says nothing about what it measures: a bare number with no counted noun
    and no unit, small ("two in Toronto", "one Republican and one Democratic") or with no word
    around it. Kept in its document's records, left out of clusters. A sum of money, a
    duration or a count of a noun always has a cluster, a single-source one at least, even
    with no word around it ("potentially less than the $5.7 billion")."""
    key = key_of(figure)
    value = figure.get("value")
    if key["noun"] or key["dimension"] != "count":
        return False
    if value is None:
        return not key["words"]
    if not key["words"]:
        return not distinctive(figure)  # "1,275,000" says enough on its own
    return abs(value) < SMALL


def _log_step(value: float) -> int:
    """The step of the log scale a positive value is indexed under (`COUNT_STEP` wide)."""
    return math.floor(math.log10(value) / COUNT_STEP)


def terms(figure: dict[str, Any]) -> tuple[str, set[str]]:
    """The store's index terms of a figure: its dimension, and its words and its value."""
    key = key_of(figure)
    found = set(key["words"])
    number = _number(figure, key)
    if number is not None:
        found.add(f"={number:.3g}")
        if distinctive(figure):  # enough on its own to find the clusters stating it
            found.add(f"#{number:.9g}")
            if amount(key):  # and another outlet's sum rounding it: "$1.375 billion", "$1.4"
                found |= {f"={number:.2g}", f"&{number:.2g}"}
        elif amount(key) or restatable(figure) or key["dimension"] == "year of age":
            # with the value, enough to find another outlet's same sum, the same count under
            # another noun, or the same age of the same person (`aged_alike`)
            found.add(f"&{number:.3g}")
    if key.get("digits") and figure.get("low") is not None:
        # "double digits": with a word, enough to find another outlet's share of that size
        # (`sized_alike`)
        found.add(f"+digits:{figure['low']}")
    if number is None and figure["qualifier"] == "vague" and amount(key):
        # "billions of dollars": enough to find another outlet's sum of the same magnitude
        found |= {f"=~{figure.get('low')}", f"&~{figure.get('low')}"}
    if key["noun"] and number is not None and key["dimension"] == "count" and number > 0:
        # with the noun, enough to find another outlet's count of it within APPROX
        # (`recounted`): values that near lie in one step of the log scale or the next
        step = _log_step(number)
        found |= {f"%{key['noun']}:{step}", f"%{key['noun']}:{step + 1}"}
    if amount(key) and number is not None and number > 0:
        # with a word, enough to find another outlet's amount within APPROX (`reckoned`)
        step = _log_step(number)
        found |= {f"$~{step - 1}", f"$~{step}", f"$~{step + 1}"}
    found |= span_terms(figure)
    person = speaker(figure)
    if person is not None and number is not None:  # with the value, the same person's value
        found.add(f"^{fold(person.surname)}={number:.3g}")
    if key.get("owner"):  # with its word, enough to find a cluster of the owner's amount
        found.add(f"@{key['owner']}")
    found |= {f"!{word}" for word in key.get("names") or ()}  # "at Best Buy": best, buy
    # a word's first letters find the round value of a precise one ("charitable", "charity")
    found |= {f"~{stem}" for stem in _stems(set(key["words"])) if len(stem) == STEM}
    return key["dimension"], found


def amount(key: dict[str, Any]) -> bool:
    """Whether a quantity key is of a sum of money or a measure in a physical unit (a span of
    time, a length): not a count, a share, an age or a rate, which a story gives many of with
    one value ("47 percent" of two poll questions; "two" of anything; "56" of two people)."""
    dimension = key["dimension"]
    return dimension.startswith(("currency:", "[")) and " per " not in dimension


def retold(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of two articles of one story's coverage are one amount retold: the
    same value of one sum of money or one physical measure (after conversion to its one unit:
    "21 days" and "three weeks"), under no different counted noun, nothing in `conflict`.
    Outlets describe one sum in their own words ("about $8 billion", "a price tag of around $8
    billion"; "$4 billion … to hire police officers", "would spend $4 billion"), so no word in
    common is needed, nor the same digits where one rounds the other, the precise one stated
    as exact (`rounds`: "$1.4 billion for border security", "$1.375 billion for the wall");
    within one article the same value with other words may be two sums. A span of time "more
    than" or "nearly" some value is no span of that value (`same_value`). A sum of the same
    magnitude in the same words ("could cost the world's largest retailer billions of
    dollars", "Billions of dollars are at stake") is one sum retold too: read on BASIL, of
    the stories where two outlets write one magnitude of money, both are one sum each (2 of
    2: the wall Trump demanded, the back pay at stake); magnitudes apart ("tens of millions",
    "millions") are not joined by this. A round span of years (`round_span`) is one many
    things of a story last, so two of them need a word or the verb in common
    (`_measured_alike`)."""
    ka, kb = key_of(a), key_of(b)
    nouns = {ka["noun"], kb["noun"]} - {None}
    return (
        ka["dimension"] == kb["dimension"]
        and amount(ka)
        and len(nouns) <= 1
        and not (round_span(a) and round_span(b) and not _measured_alike(ka, kb))
        and (
            same_value(a, b)
            or (rounds(a, b) and _stated_exactly(a, b))
            or (_said_again(a, b) and a.get("low") is not None)
        )
        and not conflict(a, b)
    )


def round_span(figure: dict[str, Any]) -> bool:
    """A span of time of one significant digit written in years or decades (YEAR up): "two
    years", "20 years", "two decades". Such a span is one many things of a story last, as "50"
    is a count many things of it round to (`restated`): two outlets' "within two years" that
    Russia would pull out of its slump (Putin's prediction) and "collapsed in the past two
    years" (a trader's business); "We have spent 20 years demonizing the liberal mainstream
    media" (a radio host) and "The ones who have been here 20 years" (Trump of immigrants)
    (PolNeAR 2015-12, 2016-08). A story's own news lasts days, weeks or months, which outlets
    retell in their own words ("closed for four days", "lasted for four days"; "For two
    months, Democrats in Congress have been enmeshed in stalled negotiations", "a grinding
    two-month battle with lawmakers"), and a span written to two digits ("75 years") is told
    for what it measures."""
    unit = _span_unit(figure)
    return unit is not None and unit >= YEAR and _one_digit(figure)


def sized_alike(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of two articles of one story's coverage are one share told by its
    size in digits ("double digits", "a double-digit lead": `extract.numbers`, 10 to 99 percent)
    in both: the same size, under no different counted noun, no different owners where both
    have one, a word in common other than what any share of a race has ("lead", "polls":
    `_WHAT_A_SHARE_IS`), nothing in `conflict`. Outlets tell one poll lead by its size
    in their own words, one of it as what the candidate does ("where he trails front-runner
    Hillary Clinton by double digits in most polls"), the other as a noun ("recent polls show
    Clinton with a double-digit lead"), so no noun in common is needed (PolNeAR 2016-04
    Sanders in New York, 2016-02 New Hampshire). Such a size is no value, so only the words
    say which share it is: another contest's margin in the same coverage ("McCain defeated
    George W. Bush by double digits in New Hampshire in 2000", "A dramatic double-digit
    victory here in 1984") shares no word or owner with the lead and stays apart."""
    ka, kb = key_of(a), key_of(b)
    owners = ka.get("owner"), kb.get("owner")
    return (
        bool(ka.get("digits") and kb.get("digits"))
        and ka["dimension"] == kb["dimension"]
        and _said_again(a, b)
        and len({ka["noun"], kb["noun"]} - {None}) <= 1
        and not (all(owners) and owners[0] != owners[1])
        and bool(set(ka["words"]) & set(kb["words"]) - _WHAT_A_SHARE_IS)
        and not conflict(a, b)
    )


# Words any share of a race may have ("lead", "polls"): two sizes in digits that share only
# these are no one share ("Donald Trump leads Ted Cruz by double digits in most polls" and
# "polls … show Hillary Clinton with a double-digit lead over Bernie Sanders": the leads of
# two races; `sized_alike`).
_WHAT_A_SHARE_IS = frozenset(
    "lead leads led poll polls margin point points percent race edge advantage gap share vote "
    "votes win victory".split()
)


def recounted(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of two articles of one story's coverage are one count told twice:
    the same counted noun of the same kind, from SMALL up, values within APPROX of each other
    that do not `disagree`, nothing in `conflict`, no different verbs or owners where both
    have one ("at least 50 people killed" is not "53 people wounded"). Outlets count one thing
    each in their own words and from their own sources ("at least 30 national emergencies in
    effect", "31 of those prior emergencies remain active"), so no other word in common is
    needed."""
    ka, kb = key_of(a), key_of(b)
    numbers = _number(a, ka), _number(b, kb)
    verbs, owners = (ka.get("verb"), kb.get("verb")), (ka.get("owner"), kb.get("owner"))
    return (
        ka["dimension"] == kb["dimension"] == "count"
        and ka["noun"] is not None
        and ka["noun"] == kb["noun"]
        and sorted(ka.get("kind") or ()) == sorted(kb.get("kind") or ())
        and not (all(verbs) and verbs[0] != verbs[1])  # "at least 50 killed", "53 wounded"
        and not (all(owners) and owners[0] != owners[1])
        and None not in numbers
        and min(abs(numbers[0]), abs(numbers[1])) >= SMALL
        and _near(abs(numbers[0]), abs(numbers[1]))
        and not disagree(in_base(a), in_base(b))
        and not conflict(a, b)
    )


def reckoned(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of two articles of one story's coverage are one amount reckoned
    twice: a sum of money or a physical measure, values within APPROX of each other that do
    not `disagree`, under no different counted noun, no different owners where both have one,
    a verb or a word of what is measured in common (`_measured_alike`), nothing in
    `conflict`. Outlets round one sum each their own way, from their own sources
    and in their own words, as they count one thing (`recounted`): "Obama has cut $716
    billion from Medicare", "roughly $700 billion" of the same savings (2012 Medicare); "$916
    million" and "more than $915 million" of Trump's 1995 loss (PolNeAR 2016-10). BASIL 2019's
    "to the tune of $3.5 billion" shares no word with "use about $3.6 billion from Defense
    Department construction projects" and stays apart. Two values apart by more than APPROX
    or by more than the coarser's last digit (`_a_digit_apart`) stay apart, and so do two sums
    of one article, which may be two sums, and a round sum stated exactly
    (`_rounded_loosely`)."""
    ka, kb = key_of(a), key_of(b)
    numbers = _number(a, ka), _number(b, kb)
    owners = ka.get("owner"), kb.get("owner")
    return (
        ka["dimension"] == kb["dimension"]
        and amount(ka)
        and len({ka["noun"], kb["noun"]} - {None}) <= 1
        and not (all(owners) and owners[0] != owners[1])
        and _measured_alike(ka, kb)
        and None not in numbers
        and _near(abs(numbers[0]), abs(numbers[1]))
        and _rounded_loosely(a)
        and _rounded_loosely(b)
        and _a_digit_apart(a, b)
        and not disagree(in_base(a), in_base(b))
        and not conflict(a, b)
    )


def _measured_alike(ka: dict[str, Any], kb: dict[str, Any]) -> bool:
    """Two amounts something beyond their value says are one: the verb they hang on, or a
    word of what they measure that is not whose they are ("divert $3.6 billion from military
    construction projects", "about $3.6 billion from Defense Department construction
    projects"). Two outlets' close sums of nothing in common are two sums ("approved $1.4
    billion for border fencing", "use $1.5 billion from a Treasury forfeiture fund"), and so
    are two of one owner in other words ("The wall will cost $3.6 billion in steel", "… $3.5
    billion in labor": the wall is whose they are, steel and labor are what)."""
    verbs = ka.get("verb"), kb.get("verb")
    owners = {ka.get("owner"), kb.get("owner")}
    shared = set(ka["words"]) & set(kb["words"]) - owners
    return bool(shared) or (all(verbs) and verbs[0] == verbs[1])


def _rounded_loosely(figure: dict[str, Any]) -> bool:
    """A value another outlet's close one may be a rounding of: written with two significant
    digits or more ("$3.5 billion", "$716 billion"), or said to be about so much ("roughly
    $700 billion"). A round sum of one digit stated exactly or as a bound is a sum of its own
    ("contributing $5 million", "almost $5 million in cash" are not "took in $4.8 million",
    PolNeAR 2016-03 super PAC donors)."""
    value = figure.get("value")
    if value is None:
        return False
    return _significant_digits(value) >= 2 or figure["qualifier"] == "approx"


def _one_digit(figure: dict[str, Any]) -> bool:
    """A value of one significant digit ("100", "4 in 10", "40 percent", "800,000")."""
    value = figure.get("value")
    if value is None or not math.isfinite(value) or value == 0:
        return False
    return _significant_digits(value) == 1


def _significant_digits(value: float) -> int:
    """How many significant digits a value is written with, up to seven ("$3.5 billion" 2,
    "800,000" 1)."""
    return len(f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0"))


def _a_digit_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two values no further apart than the last written digit of the coarser: one sum two
    outlets rounded their own way ("$3.6 billion", "$3.5 billion"; "$716 billion", "roughly
    $700 billion"), not two sums each written to its own last digit ("$139 million in adjusted
    gross income", "earned roughly $141 million", BASIL 2015 Clinton tax returns)."""
    one, other = in_base(a), in_base(b)
    place = max(one["precision"], other["precision"])
    return abs(one["value"] - other["value"]) <= place * (1 + 1e-9)


def restated(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of two articles of one story's coverage are one count restated
    under another noun, or none: the same value of a count, from RESTATED up, written with at
    least two significant digits (`restatable`), no different owners where both have one,
    nothing in `conflict`. Outlets name one counted thing in their own words ("volunteers gave
    voice to the seven articles and 27 amendments", "just amended, as has been done 27 times
    in history"; "the 1.6 million
    arrests that happened in 2000", "apprehensions have fallen … from a peak of 1.6 million";
    "all 42 members of the GOP caucus", "signed by all 42 Senate Republicans"), so no word in
    common is needed. Read on 60 BASIL stories (the 20 of the story gold and 40 others): of
    the pairs of two outlets' counts this joins that nothing else did, those from RESTATED up
    are one quantity (3 of 3, three stories); under it, counts of a dozen or so are common
    and were two of three times two things ("a 12-person task force", "a dozen officers"). A
    value of one significant digit ("50", "800,000") is one many counts of a story round to,
    so it needs a word in common (`same_quantity`)."""
    ka, kb = key_of(a), key_of(b)
    owners = ka.get("owner"), kb.get("owner")
    return (
        ka["dimension"] == kb["dimension"] == "count"
        and restatable(a)
        and same_value(a, b)
        and not (all(owners) and owners[0] != owners[1])  # "Trump's 42", "Clinton's 42"
        and not conflict(a, b)
    )


def aged_alike(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of two articles of one story's coverage are one person's age told
    twice: the same age, exact or bounded alike, of no two different people (owners, sexes),
    nothing in `conflict` (a person's age then is not their age now). Outlets tell one
    person's age in their own words, and often without the name beside it ("molested a
    14-year-old girl in 1979", "had approached a 14-year-old", "when she was 14"), and an age
    a law sets the same way ("anyone 19 or older", "someone who is 19 or older"; "adults over
    21", "anyone 21 or older"), so no word in common is needed. Read on the story gold: the
    pairs of two outlets' ages of one value with no different owners are one quantity in the
    two stories that have them (2017 Moore: the accuser's age, the law's threshold; 2014
    Colorado marijuana: the legal age)."""
    ka, kb = key_of(a), key_of(b)
    owners, sexes = (ka.get("owner"), kb.get("owner")), (ka.get("owner_sex"), kb.get("owner_sex"))
    return (
        ka["dimension"] == kb["dimension"] == "year of age"
        and a["qualifier"] == b["qualifier"]
        and same_value(a, b)
        and not (all(owners) and owners[0] != owners[1])
        and not (all(sexes) and sexes[0] != sexes[1])
        and not conflict(a, b)
    )


def _span_unit(figure: dict[str, Any]) -> float | None:
    """The size of the unit a span of time is written in, in the dimension's base unit (a
    month's seconds for "22-month"); None for any other figure or a span with no value."""
    key = key_of(figure)
    number, value = _number(figure, key), figure.get("value")
    if key["dimension"] != "[time]" or number is None or not value:
        return None
    return number / value


def _bracket(figure: dict[str, Any]) -> tuple[float, float] | None:
    """The exact spans another outlet may have rounded to a span's bound: "nearly two years"
    from 80% of two years up to two, "more than a month" from one month to 120% of it; None for
    a span that is no bound, or any other figure."""
    if _span_unit(figure) is None or figure["qualifier"] not in BOUNDS:
        return None
    number = _number(figure, key_of(figure)) or 0.0
    if figure["qualifier"] == "upper":
        return number * (1 - BRACKET), number
    return number, number * (1 + BRACKET)


def span_terms(figure: dict[str, Any]) -> set[str]:
    """The index terms of a span of time for `bracketed`, two per step of the log scale
    (SPAN_STEP), so that a span and a bound that may be it share two (SHARED_TERMS): an exact
    span its step and the next, a bound the steps of its `_bracket`."""
    unit = _span_unit(figure)
    if unit is None or figure["qualifier"] not in ("exact", *BOUNDS):
        return set()
    number = _number(figure, key_of(figure)) or 0.0
    if number <= 0:
        return set()
    span = _bracket(figure)
    if span is None:
        first = math.floor(math.log10(number) / SPAN_STEP)
        steps = range(first, first + 2)
    else:
        first, last = (math.floor(math.log10(bound) / SPAN_STEP) for bound in span)
        steps = range(first, last + 2)
    return {f"{tag}span:{step}" for step in steps for tag in ("%", "%%")}


def bracketed(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of two articles of one story's coverage are one span of time, one
    outlet giving it exactly in a smaller unit, the other as a bound of a round value in a
    larger unit that it lies inside, within BRACKET of the round value: "Mueller … completed
    his 22-month investigation", "after the nearly two-year probe came to an end"; "after 12
    days of protests", "shot … almost two weeks earlier"; "for as long as 18 years", "for
    nearly two decades"; "forced to work without pay for 35 days", "the shutdown that has
    dragged on for more than a month". A writer rounds a span up to the next unit with
    "nearly" or down with "more than"; in one unit, "more than a week" is no span of a week
    (`same_value`), and a bound of a value in its own unit says nothing of which one. Nothing
    in `conflict`; the two nouns may differ ("investigation", "probe"), as a span's noun is
    what lasted, which outlets name in their own words."""
    for bound, exact in ((a, b), (b, a)):
        span, number = _bracket(bound), _number(exact, key_of(exact))
        unit, smaller = _span_unit(bound), _span_unit(exact)
        if span is None or exact["qualifier"] != "exact" or number is None:
            continue
        if unit is None or smaller is None or smaller >= unit:
            continue  # "more than a week" is no span of "ten days" rounded
        upper = bound["qualifier"] == "upper"
        inside = span[0] <= number < span[1] if upper else span[0] < number <= span[1]
        if inside and not conflict(a, b):
            return True
    return False


def magnitude(figure: dict[str, Any]) -> tuple[float, float] | None:
    """The counts a count of a noun with no number names, read as its magnitude: from its
    least value up to MAGNITUDE times it ("hundreds of thousands of immigrants": 100,000 up to
    a million), or to its word's bound ("a handful": 3 to 10); None for any other figure."""
    key = key_of(figure)
    low = figure.get("low")
    if figure["qualifier"] != "vague" or key["dimension"] != "count" or not key["noun"]:
        return None
    if low is None or low <= 0:
        return None
    high = figure.get("high")
    return low, (high if figure.get("value") is None and high else low * MAGNITUDE)


def magnitude_terms(figure: dict[str, Any]) -> set[str]:
    """The index terms of the counts of its noun a count with no number may stand for: the
    steps of the log scale its `magnitude` spans (`terms` gives a count of a noun the step of
    its value and the next)."""
    span = magnitude(figure)
    if span is None:
        return set()
    noun = key_of(figure)["noun"]
    first, last = (_log_step(bound) for bound in span)
    return {f"%{noun}:{step}" for step in range(first, last + 1)}


def magnitude_of(vague: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether another article's count is one a count with no number may stand for: of the
    same counted noun and kind, its number inside the other's `magnitude`, no different owners,
    nothing in `conflict` ("hundreds of thousands of immigrants brought to the U.S. as kids",
    "roughly 700,000 young undocumented immigrants"). Evidence only where the coverage has
    one such count (`magnitude_home`)."""
    span = magnitude(vague)
    ka, kb = key_of(vague), key_of(other)
    number = _number(other, kb)
    owners = ka.get("owner"), kb.get("owner")
    return (
        span is not None
        and number is not None
        and kb["dimension"] == "count"
        and kb["noun"] == ka["noun"]
        and sorted(ka.get("kind") or ()) == sorted(kb.get("kind") or ())
        and not (all(owners) and owners[0] != owners[1])
        and span[0] <= abs(number) < span[1]
        and not conflict(vague, other)
    )


def magnitude_home(
    figure: dict[str, Any],
    candidates: list[tuple[int, list[dict[str, Any]]]],
    place: tuple[str, str],
) -> int | None:
    """The cluster a count with no number that fits no cluster joins (candidates: cluster,
    members): the one cluster holding another article's count it may stand for
    (`magnitude_of`), none of whose members `rejects` it; None where no cluster or more than
    one does. A magnitude names no value of its own, as a bare surname names no one person:
    it is the one count of its noun in its range the coverage gives, and none where the
    coverage gives two (BASIL 2016 Orlando: HuffPost's "scores of others injured" against
    the 50 killed and the 53 wounded, both counts of people). Read on the 38 stories of the
    story gold: of the counts with no number whose noun another article counts in their
    range, those with one such cluster were one quantity with it (2 of 2: the Dreamers, the
    federal workers); the one with two was one of the two."""
    homes = [
        number
        for number, members in candidates
        if any(
            m["document"] != place[0] and magnitude_of(figure, m["figure"])
            for m in members[:COMPARED]
        )
        and not any(rejects(figure, place, m, by_noun=False) for m in members[:COMPARED])
    ]
    return homes[0] if len(homes) == 1 else None


def restatable(figure: dict[str, Any]) -> bool:
    """A count another outlet may restate under another noun (`restated`): an exact or
    bounded value, not a magnitude or a range, from RESTATED up, with at least two
    significant digits ("27", "42", "1.6 million"; not "50", "800,000", nor "a dozen")."""
    key = key_of(figure)
    if key["dimension"] != "count" or figure["qualifier"] in ("vague", "range"):
        return False
    number = _number(figure, key)
    if number is None or abs(number) < RESTATED or number != round(number):
        return False
    digits = str(round(abs(number))).rstrip("0")
    return len(digits) >= 2


def _stated_exactly(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether the precise one of two values one `rounds` the other of is given as exact:
    "$1.375 billion" that "$1.4 billion" rounds, not "roughly $1.35 billion in fiscal 2012",
    a sum as loose as the round one, which another story's "$1.4 billion" may be near."""
    return all(f["qualifier"] == "exact" for f in (a, b) if distinctive(f))


BOUNDS = frozenset({"lower", "upper"})


def _one_bound(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One value a bound ("more than", "nearly") and the other not that bound."""
    return a["qualifier"] != b["qualifier"] and bool({a["qualifier"], b["qualifier"]} & BOUNDS)


def distinctive(figure: dict[str, Any]) -> bool:
    """A value few other quantities share, so that stating it is evidence enough of one
    quantity: a vote with both counts ("234-193"), or an amount from ROUND up with three or
    more significant digits ("$1.375 billion", "2,750"), not a round one ("$8 billion"), nor
    odds ("1 in 3": a chance many things have)."""
    key = key_of(figure)
    if key.get("counts") and not key.get("odds"):
        return True
    value = figure.get("value")
    if figure["qualifier"] in ("vague", "range") or value is None or abs(value) < ROUND:
        return False
    place = rounding(value)
    return not place or abs(value) / place >= 100


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


def disagree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two values (in one unit) cannot both be right: their intervals do not overlap,
    or their central values lie more than DISPUTE_RATIO apart."""
    return not overlap(interval(a), interval(b)) or apart(central(a), central(b))


def in_base(figure: dict[str, Any]) -> dict[str, Any]:
    """A stored figure's value, bounds and rounding in its dimension's one unit (the quantity
    key's base), as `disagree` compares them: "40 miles" against "64 km"."""
    key = key_of(figure)
    base = [*(key.get("base") or ()), None, None, None]
    value = figure.get("value")
    scale = base[0] / value if value and base[0] is not None else 1.0
    return {
        "value": base[0] if base[0] is not None else value,
        "low": base[1] if base[1] is not None else figure.get("low"),
        "high": base[2] if base[2] is not None else figure.get("high"),
        "qualifier": figure["qualifier"],
        # "two decades" is rounded to a decade ("step", `extract.figures`), not to a year
        "precision": max(rounding(value) * scale, key.get("step") or 0.0),
    }


def _equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= SAME_VALUE * max(abs(a), abs(b))


def same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same number stated: ranges by both ends, other values by the number written; for
    a span of time, not a bound against any other value ("more than a year ago" is not "one
    year to the date", "more than a week of unrest" not "nearly a week", "the nearly two-year
    probe" not "spent two years … lying and leaking": a span of nearly or more than N is not
    one of N)."""
    ka, kb = key_of(a), key_of(b)
    if a["qualifier"] == "vague" or b["qualifier"] == "vague":
        return False
    if ka["dimension"] == "[time]" and _one_bound(a, b):
        return False
    if (a["qualifier"] == "range") != (b["qualifier"] == "range"):
        return False
    if a["qualifier"] == "range":
        return _equal(ka["base"][1], kb["base"][1]) and _equal(ka["base"][2], kb["base"][2])
    counts = ka.get("counts"), kb.get("counts")
    if all(counts) and counts[0] != counts[1]:
        return False  # a vote of 234-193 is not one of 234-190
    return _equal(_number(a, ka), _number(b, kb))


# Words sharing their first STEM letters are one word where a precise value meets the round
# one it rounds: "charitable contributions" and "to charity".
STEM = 6


def _stems(words: set[str]) -> set[str]:
    return {w[:STEM] for w in words}


def rounds(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one value is a precise one (`distinctive`) and the other, written to a coarser
    place with at least two significant digits, that value rounded ("$15 million" or "nearly
    $15 million" for "$14,959,450", "$13.6 million" for "$13,625,777"): the same number
    written twice, as much as "700,000" and "roughly 700,000" are."""
    for precise, round_ in ((a, b), (b, a)):
        if not distinctive(precise) or round_["qualifier"] not in ("exact", "approx", "upper"):
            continue  # "nearly $15 million" (upper) for "$14,959,450" too
        value, place = in_base(round_)["value"], in_base(round_)["precision"]
        exact, finer = in_base(precise)["value"], in_base(precise)["precision"]
        if value is None or exact is None or not place or finer >= place:
            continue  # the round one must be the coarser: "$13.6 million", "$13,625,777"
        if abs(value) / place < 10:
            continue  # one significant digit says little: "$800 million" is not "$805 million"
        if value - place / 2 <= exact < value + place:
            return True
    return False


def conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One denied and one stated; tied to different places or years ("troops in Syria",
    "troops in South Korea"), spans of time of different things ("two years of
    investigation", "two years of attacks"), a margin and a count ("a 214-delegate
    advantage", "214 delegates at stake"), given for different counts ("a three-year
    extension to 300,000 people", "… for 700,000 DACA recipients"), the ages of different
    people, counts of a noun of different kinds ("felony fraud counts", "tax counts"), or
    amounts at different named businesses ("at Walt Disney World", "at Best Buy")."""
    ka, kb = key_of(a), key_of(b)
    if bool(ka.get("negated")) != bool(kb.get("negated")):
        return True  # "we do not need 2,000 miles of wall" states no length of the wall
    for field in ("places", "years"):
        mine, theirs = set(ka.get(field) or ()), set(kb.get(field) or ())
        if mine and theirs and not mine & theirs:
            return True
    if ka.get("of") and kb.get("of") and ka["of"] != kb["of"]:
        return True  # "two years of investigation" is not "two years of attacks"
    if bool(ka.get("margin")) != bool(kb.get("margin")):
        return True  # "a 214-delegate advantage" is no count of "214 delegates at stake"
    kinds = set(ka.get("kind") or ()), set(kb.get("kind") or ())
    if all(kinds) and not kinds[0] & kinds[1] and ka.get("noun") == kb.get("noun"):
        return True  # "one felony fraud count" is not "one tax count"
    owners = ka.get("owner"), kb.get("owner")
    if ka["dimension"] == "year of age" and all(owners) and owners[0] != owners[1]:
        return True  # "Ms. Pelosi, 76," and "Mr. Clyburn, 76,": two people's ages
    if (
        ka["dimension"] == kb["dimension"] == "year of age"
        and bool(ka.get("then")) != bool(kb.get("then"))
        and disagree(in_base(a), in_base(b))
    ):
        return True  # "when she was 14", "Leigh Corfman, now 53": her age then and now
    sexes = ka.get("owner_sex"), kb.get("owner_sex")
    if owners[0] == owners[1] and all(sexes) and sexes[0] != sexes[1]:
        return True  # "she was paid … for 41 speeches", "Mr. Clinton … also for 41 speeches"
    if ka.get("names") and kb.get("names") and not _named_alike(ka, kb):
        return True  # "$2,306.08 at Walt Disney World" is not "over $10,000 at Best Buy"
    mine, theirs = ka.get("ties") or (), kb.get("ties") or ()
    return bool(mine and theirs) and not any(_near(x, y) for x in mine for y in theirs)


def _named_alike(ka: dict[str, Any], kb: dict[str, Any]) -> bool:
    """Whether two amounts are tied to one named business or venue: a word of three letters or
    more in common ("Best Buy"; "Martha’s Vineyard Holistic Retreat")."""
    shared = set(ka.get("names") or ()) & set(kb.get("names") or ())
    return any(len(word) >= 3 for word in shared)


def _near(a: float, b: float) -> bool:
    """Two counts that may be one count written twice: "700,000" and "roughly 700,000"."""
    return a == b or (a > 0 and b > 0 and max(a, b) / min(a, b) <= 1 + APPROX)


def same_quantity(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures give a value of one real-world quantity (the module docstring)."""
    ka, kb = key_of(a), key_of(b)
    if ka["dimension"] != kb["dimension"] or conflict(a, b):
        return False
    if _named_alike(ka, kb) and (not disagree(in_base(a), in_base(b)) or disputable(a, b)):
        return True  # "over $10,000 at Best Buy", "$10,977.74 worth of … at Best Buy"
    mine, theirs = set(ka["words"]), set(kb["words"])
    shared = mine & theirs
    nouns = ka["noun"], kb["noun"]
    if not same_value(a, b) and rounds(a, b):  # "$15 million" for "$14,959,450"
        return bool(_stems(mine) & _stems(theirs)) and (None in nouns or nouns[0] == nouns[1])
    if same_value(a, b):
        number = abs(_number(a, ka) or 0)
        # one person stating one value twice is as much evidence of one quantity as a word in
        # common (`said_alike`: "a one-in-three chance of losing control", 'a "1 in 3" chance')
        told = bool(shared) or said_alike(a, b)
        if ka["dimension"] == "count" and number < SMALL:
            return nouns[0] is not None and nouns[0] == nouns[1] and told
        if distinctive(a) and distinctive(b) and (None in nouns or nouns[0] == nouns[1]):
            return True  # "$1.375 billion for the wall", "provided $1.375 billion for fencing"
        # from SMALL up, writers vary the noun of one count ("23 steps he took without
        # congressional action", "23 executive actions"; "at least 30 other countries", "more
        # than 30 nations"): the value and a word in common are enough. Read on the 22 BASIL
        # tuning stories: of the cross-outlet pairs with one value from 10 to 999 under two
        # nouns, those sharing a word were one quantity (2 of 2), the one sharing none was not.
        # Under ten, a share or a count keeps its noun ("a two-thirds vote", "two-thirds of
        # state legislatures").
        return told and (None in nouns or nouns[0] == nouns[1] or number >= SMALL)
    if nouns[0] != nouns[1]:
        return False
    smaller = min(len(mine), len(theirs))
    # With no counted noun (a percentage, a sum of money) only the words say what it is of:
    # one more in common. Read on BASIL: "21 percent" and "17 percent" of two polls' questions,
    # "$5.7 billion" and "$1.4 billion" for two parts of a bill shared two words.
    needed = 2 if nouns[0] else 3
    loose = len(shared) >= needed and len(shared) >= SHARED_WORDS * smaller
    return loose or disputable(a, b)  # strong evidence is evidence enough


def speaker(figure: dict[str, Any]) -> PersonName | None:
    """The person who gives a figure, read as a name; None where its source is no person (a
    poll, a document, an organisation, the article itself)."""
    source = figure.get("source") or {}
    if source.get("kind") != "person" or not source.get("name"):
        return None
    return person_name(source["name"])


def said_alike(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether one person gives both figures: their names can be one person's ("John A.
    Boehner", "John Boehner"; a bare surname, "Boehner", for either). A person who states one
    value twice, in one article or quoted by two outlets, restates one quantity in other words
    ("Republicans had a one-in-three chance of losing control of the House", 'there's a "1 in 3"
    chance'; "$1.1 million is the estimated cost", "The amount I get is nearly $1.1 million"),
    so no word in common is needed beside the same value (`same_quantity`). Read on the 44
    stories of the story gold: of the pairs of one value of one dimension from one person's
    names, all that the gold has both of are one quantity (28 of 28, 11 stories); those no
    other rule joined were in 4 (Boehner's one-in-three chance, Keating's estimated cost,
    Ziegler's "40 years"; McConnell's "60 votes", which a negation keeps apart)."""
    one, other = speaker(a), speaker(b)
    if one is None or other is None:
        return False
    if one.given is None or other.given is None:
        return fold(one.surname) == fold(other.surname)
    return same_person(one, other)


def disputable(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Strong evidence that two figures measure one quantity, which two whose values disagree
    need before their disagreement is a dispute: the same counted noun of the same kind
    ("three state senators" are not "the state's two senators"), the same verb where both have
    one ("a chance of losing" is not "a chance of winning"), the same owner and the same years
    where both name one, an owner on both where one is a count for its owner ("42 votes for
    Trump" is his share of "the 1,590 votes cast", no rival count of them), and most of all
    their other words in common, among them the verb, the owner or at least two words (three
    without a noun). A shared noun alone is no tie ("51 votes" to confirm, "the 41 votes" to
    filibuster)."""
    ka, kb = key_of(a), key_of(b)
    if _ages_of_one_person(ka, kb) and not conflict(a, b):
        return True  # "Labrador, who is 46," and "a 46-year-old Mormon father"
    if (
        ka["dimension"] == kb["dimension"]
        and _named_alike(ka, kb)
        and distinctive(a)
        and distinctive(b)
        and not conflict(a, b)
    ):
        # two precise sums at one named place are one record copied twice: "$5,687.75 on
        # Martha's Vineyard Holistic Retreat" against "a $5,587.75 vacation at the Martha’s
        # Vineyard Holistic Retreat"; not two round ones, which may be two purchases
        return True
    if ka["dimension"] != kb["dimension"] or ka["noun"] != kb["noun"] or conflict(a, b):
        return False
    if sorted(ka.get("kind") or ()) != sorted(kb.get("kind") or ()):
        return False
    verbs = ka.get("verb"), kb.get("verb")
    if all(verbs) and verbs[0] != verbs[1]:
        return False
    owners = ka.get("owner"), kb.get("owner")
    if all(owners) and owners[0] != owners[1]:
        return False  # "Bush's tax rate" is not "the Clintons' tax rate"
    if (ka.get("beneficiary") or kb.get("beneficiary")) and not all(owners):
        return False  # "42 votes for Trump" is his share of "the 1,590 votes cast", no rival
    years = set(ka.get("years") or ()), set(kb.get("years") or ())
    if all(years) and years[0] != years[1]:
        return False  # "from 2007 through 2014" is not "for 2014"
    if _at_two_times(a, b):
        return False  # "$2.3 million through the end of June", "$100,000 in the 72 hours"
    noun = {ka["noun"]} - {None}
    mine, theirs = set(ka["words"]) - noun, set(kb["words"]) - noun
    shared = mine & theirs
    # the same verb ties a counted noun ("troops being deployed", "may deploy … troops"), the
    # same owner any amount ("the wall would cost $25 billion", "… cost $70 billion")
    tied = (
        len(shared) >= (2 if noun else 3)
        or (bool(noun) and all(verbs))
        or (all(owners) and owners[0] in shared)
    )
    # most of all their words, not only of the shorter description: "the tax rate for federal,
    # state and local taxes" is not "the effective tax rate" over 2007-2014
    return tied and len(shared) >= SHARED_WORDS * len(mine | theirs)


def _at_two_times(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two values that disagree are given for two times: each figure's clause ties it
    to other dates or spans (`extract.quantities.times`). A value that changed is two values
    of one measure at two times, not two sources disagreeing: "Canova has raised $2.3
    million through the end of June" and "he's raised about $100,000 in the 72 hours since
    the scandal erupted"; "the joint primary of 2008, when 42% of eligible voters
    participated" and "More than 17% of eligible Republican voters
    participated in the first 12 primaries of 2016". A time on one side only says nothing
    ("12 people were killed in the attack on Sunday" against "at least 20"; the Clintons'
    "2014" rate against the "30 percent" Trump gave), nor are values that agree asked. Times
    are compared as the dates the events read in them (`_one_time`), so "on Sunday" and
    "yesterday" a day later are one time. Read on the PolNeAR tuning stories: the disputes so
    told apart were false in three (the DNC e-mails' primary challenger, the March 15 turnout,
    the delegates Trump must win "going into Tuesday's contests" and "after March 15")."""
    if not disagree(in_base(a), in_base(b)):
        return False
    ones, others = key_of(a).get("times") or (), key_of(b).get("times") or ()
    return bool(ones and others) and not any(
        _one_time(one, other) for one in ones for other in others
    )


def _one_time(one: str, other: str) -> bool:
    """Two times of figures (`extract.quantities.dated_times`) that may be one: the same words,
    or ISO dates whose days overlap ("2016-03" holds "2016-03-08")."""
    if one == other:
        return True
    first, second = date_interval(one, None), date_interval(other, None)
    return (
        first is not None
        and second is not None
        and not (first[1] < second[0] or second[1] < first[0])
    )


def _ages_of_one_person(ka: dict[str, Any], kb: dict[str, Any]) -> bool:
    """Two ages of one named person: one quantity whatever else their sentences say ("Cesar
    Sayoc, 56," and "a white male in his 50s" after the text named him), as two people's ages
    are two (`conflict`)."""
    owners = ka.get("owner"), kb.get("owner")
    return (
        ka["dimension"] == kb["dimension"] == "year of age"
        and owners[0] is not None
        and owners[0] == owners[1]
    )


def _said_again(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two counts with no number in the same words ("lied many times" quoted twice in one
    article): one count said again, not two values of one source."""
    return a["qualifier"] == b["qualifier"] == "vague" and (
        a.get("value"),
        a.get("low"),
        a.get("high"),
    ) == (b.get("value"), b.get("low"), b.get("high"))


def fit(
    figure: dict[str, Any],
    members: list[dict[str, Any]],
    place: tuple[str, str],
) -> Score | None:
    """How well a figure joins a cluster of these members (each with `figure`, `document`,
    `source_key`), or None where it does not: it must be one quantity with at least one, in
    conflict with none, `disputable` with every one whose value it disagrees with, and give no
    other value than its own source gives in its own document (one source giving two values
    in one article measures two things: "17% of men, 21% of women"). How well (`Score`):
    whether it is one quantity with a member by `same_quantity`, which is evidence, or only
    `retold`, a value another outlet may share by chance ("more than $700 billion" Obama took
    out of Medicare fits "$716 billion" cut by its owner and Medicare, and "roughly $700
    billion" of savings in Ryan's budget by its value alone: it joins the cut); then whether
    the best-matching member states the same value, whether both are precise (not
    "thousands"), and how many words the two share."""
    best: Score | None = None
    words = set(key_of(figure)["words"])
    for member in members[:COMPARED]:
        other = member["figure"]
        if rejects(figure, place, member):
            return None
        strong = same_quantity(figure, other) and not (
            member["document"] == place[0] and told_apart(figure, other)
        )
        if strong or (
            member["document"] != place[0]
            and (
                retold(figure, other)
                or recounted(figure, other)
                or reckoned(figure, other)
                or restated(figure, other)
                or aged_alike(figure, other)
                or bracketed(figure, other)
                or sized_alike(figure, other)
            )
        ):
            same = same_value(figure, other)
            precise = figure["qualifier"] != "vague" and other["qualifier"] != "vague"
            score = (strong, same, precise, len(words & set(key_of(other)["words"])))
            best = score if best is None else max(best, score)
    return best


def told_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of one article that state the same value are two quantities: one
    word in common at most, different counted nouns or owners (`_told_of_two`) or either value
    about so much of one significant digit (a rounding many things share), no one person
    giving both (`said_alike`), and the value not `distinctive`. An article gives one common
    value to several things ("$100,000 from Harlan Crow", "$100,000 checks" from other
    donors), and restates one in more of the same words ("Mrs. Clinton has support from 52
    percent of Democratic primary voters"), in one breakdown told twice (`breakdowns_apart`:
    the same other values and people), or in other words ("A gunman killed 49 people",
    "Officials said 49 people died"; "would cost $8 billion", "the $8 billion price"): few
    words in common is no evidence alone. One group's exact share told of two predicates ("a large
    number of voters - 62 percent" distrust Trump, "left 62 percent of voters saying race
    relations are growing worse") looks like such a restatement and stays joined; one noun
    under two verbs does too, unless the noun itself is described two ways ("winning 14
    delegates in Wyoming", "its preferred 14 delegates": `described_apart`). Across
    articles, writers tell one value in their own words (`same_quantity`)."""
    if not same_value(a, b) or said_alike(a, b) or (distinctive(a) and distinctive(b)):
        return False
    one, other = a.get("breakdown"), b.get("breakdown")
    if one and other and (one["others"], one["people"]) == (other["others"], other["people"]):
        return False  # one poll breakdown told twice, in the lede and the body
    if len(set(key_of(a)["words"]) & set(key_of(b)["words"])) >= 2:
        return False
    # about so much of one significant digit is a rounding many things of an article share:
    # "about 100 people" who gathered at City Hall and a rally that "drew about 100 people"
    # are two crowds, though no noun or owner tells them apart ("About 42 million" borrowers
    # told twice, "Some 14" candidates and "the 14" are one)
    if "approx" in (a["qualifier"], b["qualifier"]) and _one_digit(a):
        return True
    return _told_of_two(key_of(a), key_of(b))


def _told_of_two(ka: dict[str, Any], kb: dict[str, Any]) -> bool:
    """Positive evidence that one article's two mentions of one value are of two things, which
    few words in common is not (a restatement is told in other words: "A gunman killed 49
    people", "Officials said 49 people died"; "would cost $8 billion", "the $8 billion price"):
    two different counted nouns, or two different owners ("Our Principles raised … $100,000
    from Harlan Crow", "the group also raised $100,000 checks from other major donors")."""
    nouns, owners = (ka.get("noun"), kb.get("noun")), (ka.get("owner"), kb.get("owner"))
    return any(all(pair) and pair[0] != pair[1] for pair in (nouns, owners))


# Where a sentence ends: after ".", "!" or "?" (and a closing quote) before a capital or an
# opening quote, or at a line break; not after a short capitalised abbreviation ("Mr.", "Sen.",
# "U.S.", "R-Tex.").
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(A-Z])|\n+")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|[A-Z.-]+)\.$")


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for end in _SENTENCE_END.finditer(text):
        before = text[max(0, end.start() - 6) : end.start() + 1]
        if end.group().startswith(".") and _ABBREVIATION.search(before):
            continue
        starts.append(end.end())
    return starts


def breakdowns(
    text: str, figures: list[dict[str, Any]], entities: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """Each figure given in a sentence with other values of its dimension (a breakdown:
    "Clinton wins with 38 percent support; Cruz comes in second with 34 percent while
    Bloomberg receives 11 percent"), by its id: the sentence, the other values, the people the
    sentence names (entity ids, one per person in the article). A poll story gives many
    breakdowns, one share or lead in several (`breakdowns_apart`)."""
    starts = _sentence_starts(text)

    def sentence(offset: int) -> int:
        return bisect_right(starts, offset) - 1

    people: dict[int, set[str]] = {}
    for entity in entities:
        if entity.get("type") == "person":
            for mention in entity.get("mentions") or ():
                people.setdefault(sentence(mention["start"]), set()).add(entity["id"])
    values: dict[tuple[int, str], list[tuple[str, float]]] = {}
    for figure in figures:
        key = figure.get("quantity") or {}
        number = (key.get("base") or [figure.get("value")])[0]
        if key.get("dimension") and number is not None and figure["qualifier"] != "vague":
            place = (sentence(figure["start"]), key["dimension"])
            values.setdefault(place, []).append((figure["id"], number))
    found = {}
    for (sentence_number, _), given in values.items():
        for own, value in given:
            others = sorted({v for _, v in given if not _equal(v, value)})
            if others:
                found[own] = {
                    "sentence": sentence_number,
                    "others": others,
                    "people": sorted(people.get(sentence_number, ())),
                }
    return found


def with_breakdown(figure: dict[str, Any], breakdown: dict[str, Any] | None) -> dict[str, Any]:
    """A figure with its breakdown (`breakdowns`), where it is in one, as `breakdowns_apart`
    reads it: every clustering path (`cluster`, `Store._cluster`) puts them on the same way."""
    return {**figure, "breakdown": breakdown} if breakdown else figure


def breakdowns_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures of one article, each in a breakdown (`breakdowns`) of another
    sentence, are in two different breakdowns, so two quantities:
    - one value in two breakdowns with other values beside it or other people named: "48
      percent chose Clinton while 45 percent chose Cruz", "When it came to Rubio, 48 percent
      chose him while 45 percent chose Clinton"; "college graduates back Clinton by 19 points,
      while those without a degree support Sanders by 7 points", "Sanders holds a 4-point
      edge with men, and Clinton leads by 7 points among female voters";
    - any values in two match-ups, breakdowns naming two or more people each and not the same
      ones: "Trump received 37 percent, Clinton had 36 percent and Bloomberg snagged 13
      percent", "Clinton received 38 percent, while Rubio held 33 percent and Bloomberg had 10
      percent" (Clinton's shares in two match-ups dispute nothing);
    - two values in two breakdowns of one match-up, the same people named: what the poll
      gives of two groups ("Clinton leads by 21 points among those who are “somewhat
      liberal”", "Clinton leads by 7 points among female voters"), whoever the article says
      gives each (the poll, the writer).
    One breakdown told twice names the same values and people. Different values of one
    quantity are given in breakdowns that are no match-ups ("what he said was the Clintons’
    2014 tax rate: 30 percent", "an effective federal tax rate of 35.72 percent … 45.8 percent
    for federal, state and local taxes": a dispute the gold keeps). Read on the PolNeAR tuning
    stories: the values one article gives in two such breakdowns were two quantities in three
    stories (the Bloomberg, Clinton and California polls)."""
    one, other = a.get("breakdown"), b.get("breakdown")
    if one is None or other is None or one["sentence"] == other["sentence"]:
        return False
    if same_value(a, b) and (one["others"] != other["others"] or one["people"] != other["people"]):
        return True
    match_ups = len(one["people"]) >= 2 and len(other["people"]) >= 2
    return match_ups and (one["people"] != other["people"] or not same_value(a, b))


def rejects(
    figure: dict[str, Any],
    place: tuple[str, str],
    member: dict[str, Any],
    by_noun: bool = True,
) -> bool:
    """Whether a figure (given by `place`: its document and source) can never share a cluster with
    a member: another value of its own source in its own document, anything in `conflict`,
    another counted noun with another value (but for another article's span it is `bracketed`
    with) (or, in one article, under ROUND, the same value; not `by_noun` where the cluster is
    already one count under several nouns and the figure counts one of them: `magnitude_home`),
    a value of its own article in another breakdown of a poll (`breakdowns_apart`), a count of
    its own article of the same value and noun described otherwise (`described_apart`), a value
    of its own article bounding its value from the other side (`bounded_apart`), a value of its
    own article with a number where one of the two is a magnitude word (`magnitude_beside`), a
    value of its own article it disagrees with where one of the two is the article's own and the
    other a source's (`stated_beside`), or a value it disagrees with that is not `disputable`
    with it."""
    other = member["figure"]
    same = same_value(figure, other)
    if (member["document"], member["source_key"]) == place and not (
        same or _said_again(figure, other)
    ):
        return True
    if conflict(figure, other):
        return True
    if member["document"] == place[0] and breakdowns_apart(figure, other):
        return True  # two breakdowns of a poll in one article: two quantities
    if member["document"] == place[0] and described_apart(figure, other):
        return True  # "winning 14 delegates in Wyoming", "its preferred 14 delegates"
    if member["document"] == place[0] and bounded_apart(figure, other):
        return True  # "Almost four in 10 have …", "A little more than four in 10 have …"
    if member["document"] == place[0] and magnitude_beside(figure, other):
        return True  # "hundreds of golf courses", "Almost 650 18-hole golf courses"
    if stated_beside(figure, place, member):
        return True  # the writer's "$12.7 million" beside a source's "more than $1.1 million"
    counts = key_of(figure).get("counts"), key_of(other).get("counts")
    if member["document"] == place[0] and all(counts) and counts[0] != counts[1]:
        return True  # one article's two tallies: two contests, groups or times, never a dispute
    nouns = key_of(figure)["noun"], key_of(other)["noun"]
    if by_noun and all(nouns) and nouns[0] != nouns[1] and not same:
        # troops against soldiers; not a span another outlet rounds to a bound, which names
        # what lasted in its own words ("22-month investigation", "nearly two-year probe")
        return member["document"] == place[0] or not bracketed(figure, other)
    if (
        all(nouns)
        and nouns[0] != nouns[1]
        and member["document"] == place[0]
        and abs(figure["value"] or 0) < ROUND
    ):
        # one article giving one value under two nouns names two things ("75 new
        # immigration judge teams" in Trump's offer, "75 new immigration judges" in the
        # Democrats' bill): only across outlets do writers vary the noun of one count
        return True
    # "two senators" and "three state senators" dispute nothing
    return not same and disagree(in_base(figure), in_base(other)) and not disputable(figure, other)


def bounded_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two figures bound one value from its two sides, one below it ("nearly", "almost",
    "up to") and the other above it ("more than", "at least"): one article giving both gives
    two quantities, as the one lies under the value and the other over it, never one quantity
    told twice (a writer restating one may drop its bound, "700,000" and "more than 700,000",
    not turn it).
    "More than half of Clinton's support (57 percent) comes from women, and almost half of her
    support (44 percent) comes from nonwhite voters" (PolNeAR 2016-08, The Washington Post);
    "Almost four in 10 have a positive reaction", "A little more than four in 10 have a positive
    reaction" of two candidates' voters (USA Today). Read on the story gold: the pairs of one
    article bounding one value from its two sides were two quantities in all seven (among them
    "more than a week of unrest" and "nearly a week" in charge in Ferguson, "more than 60
    Democrats voted against her" and "nearly 60 seats" lost). Across articles two outlets may
    bound one count from two sides, which `disagree` reads as agreeing."""
    ka, kb = key_of(a), key_of(b)
    return {a["qualifier"], b["qualifier"]} == BOUNDS and _equal(_number(a, ka), _number(b, kb))


def magnitude_word(figure: dict[str, Any]) -> bool:
    """A value the text gives as a magnitude word, with no number: "hundreds", "dozens",
    "hundreds of thousands of dollars", "billions of dollars" (a vague value with its least
    value set); not a few-word with no value ("several", "a handful", "multiple")."""
    return figure["qualifier"] == "vague" and figure.get("value") is not None


def magnitude_beside(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether, of two figures of one article, one is a magnitude word (`magnitude_word`) and
    the other a value with a number, not hung on one verb: two quantities. A writer who has a
    number for a thing gives it, and the magnitude beside it is of something else: "the fate
    of hundreds of golf courses" and "Almost 650 18-hole golf courses have closed since 2006";
    "the 154 meetings Clinton had" and "the hundreds of meetings" the campaign said the count
    excluded; "He has given away only $2.8 million through his Donald J. Trump Foundation" and
    "My father has given me and my foundation hundreds of thousands of dollars". A lede's
    magnitude that the body gives the number of hangs on the body's verb ("tax returns
    showing the Clintons paid tens of millions of dollars in federal taxes", "the Clintons
    have paid $43 million in federal taxes since 2007") and stays one quantity. Across
    articles an outlet's magnitude stands for another's number as before ("hundreds of
    thousands of workers" furloughed, another outlet's "800,000 federal workers"). Read on
    the story gold's tuning folders (232 stories): of the pairs of one article of a magnitude
    word and a number of one dimension, not on one verb, 598 of 616 are two quantities, and
    none of the 18 that are one ("billions of dollars" and "$5.7 billion" for the wall,
    "millions" and "4.2 million" workers) was one cluster; those that were, were two ("the
    dozens of other Democrats who initially voted Friday to block the spending bill" and
    "support from 33 Democrats" to end it, and the three above)."""
    verbs = key_of(a).get("verb"), key_of(b).get("verb")
    if all(verbs) and verbs[0] == verbs[1]:
        return False  # "paid tens of millions of dollars", "have paid $43 million"
    return (magnitude_word(a) and b["qualifier"] != "vague") or (
        magnitude_word(b) and a["qualifier"] != "vague"
    )


def stated_beside(figure: dict[str, Any], place: tuple[str, str], member: dict[str, Any]) -> bool:
    """Whether a figure (given by `place`: its document and source) and a member of its own
    article disagree, one stated in the article's own words and the other given a source: two
    measures the writer sets side by side, never a dispute. A writer who reports a
    disagreement names both sides ("originally put at about 11,000 by the Pentagon", "as many
    as 100,000 troops", according to unnamed sources); a value it states itself beside a
    source's is something else the source did not give: "As the International Business Times
    noted, Clinton raised more than $1.1 million from the securities and investment industry
    for her 2000 Senate campaign" and "Over her career as a senator and her 2008 presidential
    bid, Clinton raised $12.7 million from the securities and investment industry" (PolNeAR
    2015-11, HuffPost); the Texas Tribune poll's Cruz and Trump, who "each have the support of
    27 percent of likely Republican voters", and the "25 percent of likely Republican voters"
    who "would definitely not support" Bush (PolNeAR 2015-11, Politico). Read on the story
    gold: the disputes inside one article between the article's own value and a source's were
    false in both tuning stories that had them, as in two PolNeAR dev articles outside the
    gold (the Tax Policy Center's "$78,000" beside the writer's incomes "of more than
    $750,000"; a slide's "$30,253" beside the writer's "almost $8,000"). Across articles an
    outlet's own value disputes another's source as before (`disputable`)."""
    return (
        member["document"] == place[0]
        and (place[1] == "") != (member["source_key"] == "")
        and disagree(in_base(figure), in_base(member["figure"]))
    )


def described_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two counts of one value and one counted noun say which of its things they count
    in no word alike (`extract.quantities.described`): "Cruz … winning 14 delegates in
    Wyoming" and "the names of its preferred 14 delegates"; "the 25 delegates selected
    Sunday" and "its list of 25 recommended delegates"; "secure the 1,237 delegates needed to
    clinch the nomination" and "58 percent of the 1,237 outstanding delegates". Within one
    article a writer telling one count again keeps its description or drops it ("A gunman
    killed 49 people", "49 people died"); two descriptions of one value and noun are two
    groups of it. Read on the story gold: such pairs of one article were two quantities in
    five delegate stories (PolNeAR 2016)."""
    ka, kb = key_of(a), key_of(b)
    mine, theirs = set(ka.get("described") or ()), set(kb.get("described") or ())
    return (
        ka["noun"] is not None
        and ka["noun"] == kb["noun"]
        and bool(mine and theirs)
        and not mine & theirs
        and same_value(a, b)
    )


def joinable(one: list[dict[str, Any]], another: list[dict[str, Any]]) -> bool:
    """Whether two clusters that one new figure `fit`s both of are one quantity: no member of
    either `rejects` a member of the other (the first COMPARED of each). The figure is the
    evidence that joins them: where clusters are built as documents arrive, one article's
    "$5.7 billion he initially demanded" and its "less than $5.7 billion … for his border
    wall" start two clusters (in one article the same value in other words may be two sums),
    and the outlets after them join one or the other; the outlet whose figure fits both says
    they are one ("Trump requested $5.7 billion for construction of the wall")."""
    for member in another[:COMPARED]:
        place = (member["document"], member["source_key"])
        if any(rejects(member["figure"], place, other) for other in one[:COMPARED]):
            return False
    return True


def fits(
    figure: dict[str, Any],
    members: list[dict[str, Any]],
    place: tuple[str, str],
) -> bool:
    """Whether a figure may join a cluster of these members (`fit`)."""
    return fit(figure, members, place) is not None


def choose(scores: list[tuple[int, Score | None]]) -> int | None:
    """The cluster a figure joins among its candidates (cluster, `fit`), in order of creation:
    the best fit, the oldest of equals; None when none fits."""
    fitting = [(score, -number, number) for number, score in scores if score is not None]
    return max(fitting)[2] if fitting else None


def cluster(values: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group figure values (each with `figure`, `document`, `source_key`, and `breakdown`, its
    figure's in its document: `breakdowns`, which `Store.breakdowns` computes from a stored
    document as the store does for its own clustering) by quantity, all at once: the
    definition the store's incremental assignment (`Store._cluster`, as documents arrive)
    follows, and is tested against; without `breakdown`, the shares of two breakdowns of one
    poll (`breakdowns_apart`) may join. Each value joins the cluster it `fit`s best (the
    oldest of equals), among those sharing SHARED_TERMS index terms with it, or starts one:
    the best, not the first, so that the order documents arrive in matters less; and the other
    clusters it fits that are `joinable` with that one join it too, so that what one article's
    values started apart, another's that fits both brings together."""
    clusters: list[list[dict[str, Any]]] = []
    index: dict[tuple[str, str], set[int]] = {}
    for value in values:
        figure = with_breakdown(value["figure"], value.get("breakdown"))
        value = {**value, "figure": figure}
        dimension, own = terms(figure)
        place = (value["document"], value["source_key"])
        shared: dict[int, int] = {}
        for term in own:
            for number in index.get((dimension, term), ()):
                shared[number] = shared.get(number, 0) + 1
        candidates = sorted(n for n, count in shared.items() if count >= SHARED_TERMS)
        scores = [(n, fit(figure, clusters[n], place)) for n in candidates]
        chosen = choose(scores)
        if chosen is None and magnitude(figure) is not None:
            reached = {
                n for term in magnitude_terms(figure) for n in index.get((dimension, term), ())
            }
            chosen = magnitude_home(figure, [(n, clusters[n]) for n in sorted(reached)], place)
        if chosen is None:
            chosen = len(clusters)
            clusters.append([])
        clusters[chosen].append(value)
        for term in own:
            index.setdefault((dimension, term), set()).add(chosen)
        for number in bridged(scores, chosen):
            if joinable(clusters[chosen], clusters[number]):
                clusters[chosen] += clusters[number]
                clusters[number] = []
                for holding in index.values():
                    if number in holding:
                        holding.discard(number)
                        holding.add(chosen)
    return [group for group in clusters if group]


def bridged(scores: list[tuple[int, Score | None]], chosen: int) -> list[int]:
    """The clusters besides the chosen one that a figure fits as one quantity with a member
    (`same_quantity`, not only `retold`), in order of creation: those it may join to the
    chosen one (`joinable`) where it fits that one so too."""
    strong = [number for number, score in scores if score is not None and score[0]]
    return [number for number in strong if number != chosen] if chosen in strong else []


# Head nouns of sources that are documents: "tax returns", "the documents", "an analysis from
# Standard & Poor's", "the ad"; and "ones", the pro-form a text uses for documents it has
# named when they "show" figures ("The new ones show that … the couple paid $43,885,310").
DOCUMENT_NOUNS = frozenset(
    """return document record filing report analysis study survey poll ad advertisement
    commercial letter memo list disclosure release data budget complaint lawsuit suit
    indictment ruling returns documents records filings reports ads letters ones""".split()
)


def document_author(name: str | None) -> str | None:
    """For a source that is a document, its author: "" when the text names none ("tax
    returns", "the documents", "advertisement"), the possessor or the "from"/"by" name when it
    does ("Mrs. Clinton’s tax return": clinton; "an analysis from Standard & Poor’s":
    standardpoors); None for a source that is no document."""
    if not name:
        return None
    parts = re.split(r"\s+(?:from|by)\s+", name, maxsplit=1)
    head, author = parts[0], parts[1] if len(parts) > 1 else ""
    words = head.lower().split()
    if not words or words[-1].strip(".,’'") not in DOCUMENT_NOUNS:
        return None
    if not author:
        owners = [w for w in words[:-1] if w.endswith(("’s", "'s"))]
        author = owners[-1][:-2] if owners else ""
        if author in ("his", "her", "their", "its"):
            author = ""
    return re.sub(r"[^a-z0-9]", "", author.lower().removesuffix("’s").removesuffix("'s"))


def originals(members: list[dict[str, Any]]) -> None:
    """Each member's original source, in place: `source_key` becomes the key of the source
    that one value goes back to, and `own_key` keeps the source the value is given by (which
    disputes and supersession read). Sources are one original source when
    - the amount is asked for or offered by someone (`setter`: "Trump's demand for $5.7
      billion", "the $5.7 billion that Mr. Trump requested"): every value of it is theirs;
    - one article gives the same value twice (precise values that agree): an article's own
      "$43,885,310" beside "nearly $44 million, according to tax returns" is the returns',
      "the Romney team" and the RNC chair quoted in one article count once;
    - they are documents of no other author that agree: "documents", "tax returns" and "Mrs.
      Clinton’s tax return" are one set of returns, "the ad" and "the advertisement" one ad;
    - an article states someone's own amount that they give themselves, and the two agree
      ("Bush paid an effective tax rate of roughly 36 percent" beside "Mr. Bush said his
      average federal tax rate was 36 percent"): the amount is theirs, disclosed once.
    A value whose source was the article's own (or relayed an asker) is shown as the original
    source's, except a duration: "workers … forced to work without pay for 35 days" beside "in
    the five weeks the government was partly shuttered, according to an analysis" stays the
    article's (it counts once with the analysis, but is not the analysis's finding)."""
    sources: Groups[str] = Groups()
    names: dict[str, str | None] = {}
    find = sources.find

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a.startswith("article:") and not b.startswith("article:"):
            a, b = b, a  # a named source is the original, not the article relaying it
        sources.join(a, b)

    for member in members:
        member.setdefault("own_key", member["source_key"])
        names.setdefault(member["own_key"], member["source"])
        find(member["own_key"])
        if member.get("setter"):
            asker = f"speaker:{re.sub(r'[^a-z0-9]', '', member['setter'].lower())}"
            names[asker] = member["setter"]
            union(asker, member["own_key"])
    speakers = [
        (re.sub(r"[^a-z0-9 ]", "", (m["source"] or "").lower()).split(), m) for m in members
    ]
    for member in members:  # an article's own value of someone's own amount that they give
        owner = (member.get("owner") or "").lower()
        if member["source"] is not None or len(owner) < 3:
            continue
        for words, other in speakers:
            author = document_author(other["source"]) if other["source"] else None
            named = words[-1:] if author is None else [author]
            if named and named[0].rstrip("s") == owner.rstrip("s"):
                if not disagree(member["figure"], other["figure"]):
                    union(other["own_key"], member["own_key"])
                break
    precise = [m for m in members if m["figure"]["qualifier"] != "vague"]
    by_article: dict[str, list[dict[str, Any]]] = {}
    for member in precise:
        by_article.setdefault(member.get("group") or member["document"], []).append(member)
    shown: dict[int, dict[str, Any]] = {}  # an article's own value: whose value it restates
    for values in by_article.values():
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                if a["own_key"] != b["own_key"] and not disagree(a["figure"], b["figure"]):
                    union(a["own_key"], b["own_key"])
                    for mine, theirs in ((a, b), (b, a)):
                        if mine["source"] is None and theirs["source"] is not None:
                            shown.setdefault(id(mine), theirs)
    documents: list[tuple[str, dict[str, Any]]] = []
    for member in precise:
        author = document_author(member["source"])
        if author is None:
            continue
        for other_author, other in documents:
            compatible = not author or not other_author or author == other_author
            if compatible and not disagree(member["figure"], other["figure"]):
                union(other["own_key"], member["own_key"])
                break
        documents.append((author, member))
    for member in members:
        root = find(member["own_key"])
        member["source_key"] = root
        if member.get("setter"):
            member["source"] = names.get(root) or member["source"]
    for member in members:  # after the askers: a restated asked amount is the asker's
        root = member["source_key"]
        if member.get("dimension") == "[time]":
            continue  # "for 35 days": how long something lasted, the article's own words
        if member["source"] is None and not root.startswith("article:"):
            restated = shown.get(id(member))
            member["source"] = (restated or {}).get("source") or names.get(root)


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
        own = _own(member)
        earlier = latest.get(own)
        if (
            earlier is not None
            and earlier["figure"]["value"] != member["figure"]["value"]
            and not _copied_apart(earlier, member)
        ):
            earlier["superseded_by"] = member["ref"]
        latest[own] = member
    current = [m for m in members if "superseded_by" not in m]
    sources = {m["source_key"] for m in current}
    facts = [(m, interval(m["figure"]), central(m["figure"])) for m in current]
    disputes = []
    candidates = _extremes(facts)
    for i, (a, _, _) in enumerate(candidates):
        for b, _, _ in candidates[i + 1 :]:
            independent = _own(a) != _own(b) or _copied_apart(a, b)
            if independent and disagree(a["figure"], b["figure"]):
                disputes.append((a["ref"], b["ref"]))
    # With no disagreement, any two independent sources agree.
    status = "disputed" if disputes else "corroborated" if len(sources) >= 2 else "single-source"
    if len(current) == 1:
        span = list(interval(current[0]["figure"]))
    else:  # from the lowest to the highest value stated, not to a bound's open end
        centrals = [c for _, _, c in facts if c is not None]
        bounds = [b for _, b, _ in facts]  # magnitudes only: from the least of them up
        span = (
            [min(centrals), max(centrals)]
            if centrals
            else [min(b[0] for b in bounds), max(b[1] for b in bounds)]
        )
    return {
        "status": status,
        "independent_sources": len(sources),
        "disputes": disputes,
        "range": span,
    }


Fact = tuple[dict[str, Any], tuple[float, float], float | None]


def _relay(member: dict[str, Any]) -> tuple[str, str]:
    """The source a value is given by and the outlet (syndication group) relaying it."""
    return _own(member), str(member.get("group") or member.get("outlet") or "")


def _copied_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two outlets relaying one source on the same day with different values: they copied it
    differently ("$5,687.75" and "$5,587.75" from one court record), a dispute between the
    relays; a later day's value from the source supersedes an earlier one."""
    same_day = (a.get("published") or "")[:10] == (b.get("published") or "")[:10]
    return same_day and _relay(a) != _relay(b)


def _own(member: dict[str, Any]) -> str:
    """The source a value is given by (before `originals` traces it to an original one)."""
    return member.get("own_key") or member["source_key"]


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
        best: dict[tuple[str, str], Fact] = {}
        for fact in pool:
            source = _relay(fact[0])
            if source not in best or key(fact) < key(best[source]):
                best[source] = fact
        for fact in sorted(best.values(), key=key)[:2]:
            chosen[id(fact[0])] = fact
    return sorted(chosen.values(), key=lambda f: f[0]["ref"])


def incidental(dimension: str | None, ordinal: bool | None) -> bool:
    """A figure a brief ranks after the amounts, counts, tallies and rates a reader comes for:
    a duration ("wore glasses for two months", "eight years of tax returns"), an age, or an
    ordinal count ("for the third time", "a second payment"). The story gold keeps them as
    figures ("its fifth week", "a three-year extension"); they are seldom what the story is
    about."""
    return bool(ordinal) or dimension in ("[time]", "year of age", "month of age")


def credibility(status: str, hedged: bool, denied: bool = False) -> int:
    """Admiralty information credibility (1-6) from corroboration; a value the text only
    denies ("we do not need 2,000 miles") cannot be judged."""
    if denied:
        return 6
    if status == "corroborated":
        return 1
    if status == "disputed":
        return 4
    if status == "single-source":
        return 3 if hedged else 2
    return 6
