"""Numbers as the brief prints them: values with their qualifier, intervals, currencies.

A cluster's range, as readers see it (`range_text`), is made of the values the articles state:
the lowest and the highest stated value or bound, each with its own qualifier ("about 11,000 to
as many as 100,000 troops"), never the interval the merge matches values with ("approximately
$30 million" is compared as $25 million to $40 million; it is shown as "approximately $30
million"). Numbers have one style: "1.28 million", "$4.5 trillion", "$140,937,785".
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache
from typing import Any

from ..merge.figures import RELIABILITY, source_named

_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
# How a figure bounds its value, in a reader's words: the one name every page and the
# Markdown brief give it ("about", never the stored code "approx").
QUALIFIERS = {
    "exact": "exact",
    "approx": "about",
    "lower": "at least",
    "upper": "up to",
    "range": "a range",
    "vague": "a vague amount",
}


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# The words before a number that say how it bounds ("as many as", "nearly", "more than"): the
# text's own qualifier is shown, not ours.
_NUMBER_START = re.compile(
    r"(?i)[$£€¥]|\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"billion|trillion|dozen|half|several|tens|hundreds|thousands|millions|billions)\b"
)


def number(value: float | None, words: bool = True) -> str:
    """ "11,000", "1.28 million", "4.5 trillion", "140,937,785", "35.72"; with `words` false,
    always digits."""
    if value is None:
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if words and _scale(value):
        size, word = _scale(value)  # type: ignore[misc]
        return f"{value / size:.3f}".rstrip("0").rstrip(".") + f" {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _scale(value: float) -> tuple[float, str] | None:
    """The scale word a number is written with: a million or more that it gives exactly with
    at most three decimals ("1.275 million"; "140,937,785" has none)."""
    for size, word in _SCALES:
        if abs(value) >= size:
            exact = abs(value / size * 1000 - round(value / size * 1000)) < 1e-6
            return (size, word) if exact else None
    return None


def interval_text(bounds: list[float]) -> str:
    low, high = bounds
    if low == high:
        return number(low)
    if math.isinf(high):
        return f"at least {number(low)}"
    if low <= 0 < high:
        return f"up to {number(high)}"
    return f"{number(low)} to {number(high)}"


def who_gives(value: dict[str, Any]) -> str:
    """Who a value is per: its source as every line names it (`merge.figures.source_named`:
    "Pentagon, originally", "unnamed sources via Bloomberg"), or for a value the
    article states itself, its outlet ("Fox News"), named so on every line of a cluster ("the
    article" only for an article of no outlet)."""
    if value.get("source"):
        return source_named(value)
    return (value.get("location") or {}).get("outlet") or "the article"


def sources_named(cluster: dict[str, Any]) -> list[str]:
    """Each original source of a cluster's values, named once: "Justice Department, reported
    by Fox News, HuffPost"; an outlet's own reporting by its name alone, and where two of its
    articles each state the figure (two independent sources, as the grade counts them), once,
    with how often: "The New York Times (twice)", not "The New York Times; The New York
    Times"."""
    named = []
    for source in cluster.get("sources") or []:
        who = str(source.get("source") or "the articles themselves")
        # an outlet is never "reported by" itself: a copy's "The New York Times, reported by
        # Fox News", not "…, reported by The New York Times, Fox News"
        itself = (source.get("source"), who)
        reported = [o for o in source.get("reported_by") or [] if o not in itself]
        if source.get("source"):
            who = source_named(source)  # "Pentagon, originally, reported by BBC"
        named.append(f"{who}, reported by {', '.join(reported)}" if reported else who)
    counts = Counter(named)
    return [n if counts[n] == 1 else f"{n} ({_times(counts[n])})" for n in dict.fromkeys(named)]


def sources_label(cluster: dict[str, Any]) -> str:
    """What heads the line naming a cluster's sources: "Sources", and where the line names
    more sources than its heading counts independent ones, what the count counts: "Sources
    (counted as 1 independent source)". Sources one original source joins (`originals`: the
    same value given twice in one article, an amount someone asked for, one set of documents)
    are each named but count once: BASIL 1e41e98b's "three weeks", the Times's own, Donald
    Trump's and Lindsey Graham's, under "1 independent source"; BASIL 06ffda2d's "$84,000",
    Blake Farenthold's, the Times's own and Politico's (which HuffPost gives beside
    Farenthold's), under "2 independent sources"."""
    counted = cluster.get("independent_sources")
    if not counted or len(cluster.get("sources") or []) <= counted:
        return "Sources"
    many = "source" if counted == 1 else "sources"
    return f"Sources (counted as {counted:,} independent {many})"


def _times(count: int) -> str:
    return "twice" if count == 2 else f"{count} times"


# The note on a figure its source denies ("we do not need 2,000 miles of concrete wall"): on
# its line, and on its cluster's heading when every value is denied (`context.add_context`).
DENIED = "denied, not stated"


def describe_value(value: dict[str, Any], values: list[dict[str, Any]] = ()) -> str:
    """ "“as many as 100,000” troops, per unnamed sources via Bloomberg (hedged)"; a value a
    later one superseded names that one as a reader finds it among `values` (its cluster's),
    never by its record id."""
    parts = [stated(value)]
    if value.get("per"):
        parts.append("per " + " per ".join(value["per"]))
    if value.get("source"):
        parts.append(f"per {source_named(value)}")
    else:
        parts.append(f"stated by {who_gives(value)}")
    notes = [qualifier_words(value["qualifier"])]
    if value.get("hedged"):
        notes.append("hedged")
    if value.get("negated"):
        notes.append(DENIED)
    if value.get("superseded_by"):
        notes.append(f"superseded by {_later(value['superseded_by'], values)}")
    notes.append(reliability_words(value["reliability"]))
    return " ".join(parts) + f" ({'; '.join(notes)})"


def reliability_words(letter: str) -> str:
    """ "source reliability F, cannot be judged": the Admiralty letter with its meaning, as the
    cluster's "credibility 2, probably true" is written; a bare "F" on every line read as a
    failing grade (the round-67 reader of BASIL 2f3e86b6). A letter the code does not know
    stays bare."""
    meaning = RELIABILITY.get(letter)
    return f"source reliability {letter}, {meaning}" if meaning else f"source reliability {letter}"


def qualifier_words(qualifier: str | None) -> str:
    """How a figure bounds its value, as a reader says it: "about", "up to", "at least" (a
    code the brief does not know stays as stored)."""
    return QUALIFIERS.get(qualifier or "", qualifier or "")


def _later(ref: str, values: list[dict[str, Any]]) -> str:
    """The value with the id `ref`, as the reader finds it in the cluster: "“$5 billion”, Fox
    News, 2019-01-04", or "a later figure" where the cluster shown lacks it."""
    for later in values:
        if later.get("id") == ref:
            where = later.get("location") or {}
            said = ", ".join(
                part for part in (where.get("outlet"), (where.get("published") or "")[:10]) if part
            )
            return ", ".join(part for part in (stated(later), said) if part)
    return "a later figure"


def stated(value: dict[str, Any]) -> str:
    """A value in the article's words with what it counts: "“about 11,000” troops", and one
    written joined to its noun as written, “four-page”."""
    joined = _joined_to_its_noun(value)
    if joined or not value.get("counted") or _ends_with_its_noun(value):
        return f"“{joined or value['text']}”"
    return f"“{value['text']}” {value['counted']}"


def _ends_with_its_noun(value: dict[str, Any]) -> bool:
    """A figure whose words already end in what it counts ("a second surgery", BASIL
    58f414e5): the noun again would read “a second surgery” surgery."""
    text, counted = (value.get("text") or "").casefold(), str(value["counted"]).casefold()
    return text.endswith(counted) and not text[: len(text) - len(counted)][-1:].isalnum()


def _joined_to_its_noun(value: dict[str, Any]) -> str | None:
    """A figure written joined to what it counts, as written: “four-page” (of "the four-page
    summary"), “two-term”, not “four” page (BASIL b7021938, c99adbdd, 1ed4f378)."""
    sentence, counted = value.get("context"), value.get("counted")
    if not sentence or not counted:
        return None
    at = value["location"]["end"] - sentence["start"]
    after = sentence["text"][at : at + len(counted) + 2]
    if not after.casefold().startswith(f"-{counted.casefold()}"):
        return None
    if after[len(counted) + 1 : len(counted) + 2].isalpha():
        return None  # "-pages", another word
    return value["text"] + after[: len(counted) + 1]


def compact(value: float, currency: str | None = None) -> str:
    """A tick label: "0", "2,500", "25k", "1.5m", "$3.96bn"."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    for threshold, size, suffix in (
        (1e12, 1e12, "tn"),
        (1e9, 1e9, "bn"),
        (1e6, 1e6, "m"),
        (1e4, 1e3, "k"),
    ):
        if value >= threshold:
            text = f"{value / size:.3g}{suffix}"
            break
    else:
        text = f"{value:,.4g}" if value < 1 else f"{value:,.0f}"
    symbol = _SYMBOLS.get(currency or "", "")
    return f"{sign}{symbol}{text}"


def ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values from `low` (or below) to `high` (or above), about `count` of them:
    steps of 1, 2, 2.5 or 5 times a power of ten."""
    if high <= low:
        high = low + 1
    rough = (high - low) / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= rough)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    return [first + i * step for i in range(round((last - first) / step) + 1)]


def range_text(cluster: dict[str, Any]) -> str:
    """What a cluster's values state, from the lowest to the highest, with their qualifiers and
    unit: "about 11,000 to as many as 100,000 troops", "$43 million to nearly $44 million",
    "approximately $30 million" (one value, or all the same): never the matching interval."""
    values = [v for v in cluster["values"] if not v.get("superseded_by")] or cluster["values"]
    # in order of value, the plainest first where two state the same ("$700 billion" before
    # "more than $700 billion")
    points = sorted(
        (p for v in values for p in _points(v)),
        key=lambda p: (p[0] is None, p[0] or 0.0, p[1].get("qualifier") != "exact"),
    )
    if not points:
        return "?"
    placed = [p for p in points if p[0] is not None] or points
    low, top = placed[0], placed[-1]
    high = next(p for p in placed if p[0] is None or top[0] is None or _same(p[0], top[0]))
    if high[0] is not None and low[0] is not None and _same(low[0], high[0]):
        high = low
    ends = [low] if high is low else [low, high]
    digits = any(e[2] >= 1e6 and not _scale(e[2]) for e in ends if e[2] is not None)
    texts = [(_stated(e, not digits), _unit(e)) for e in ends]
    if len(texts) == 2 and texts[0][1] == texts[1][1]:
        stated = f"{texts[0][0]} to {_with_unit(texts[1][0], texts[1][1], ends[1])}"
    else:
        stated = " to ".join(
            _with_unit(text, unit, end) for (text, unit), end in zip(texts, ends, strict=True)
        )
    return _in_line(stated)


def _in_line(stated: str) -> str:
    """A range told after a heading's colon, its first word as it reads there: the capital a
    value's sentence gave its opening word goes ("Years: almost 1 year", not "Almost 1 year";
    "Several packages", "More than 650,000 people", "At least 1 state"); a word in capitals
    ("U.S."), or one capital, stays."""
    if stated[:1].isupper() and stated[1:2].islower():
        return stated[:1].lower() + stated[1:]
    return stated


# A point a value states: (its number in the dimension's base unit, for ordering; its value;
# its number as written; its words before the number; the value)
Point = tuple[float | None, dict[str, Any], float | None, str, str]


def _points(value: dict[str, Any]) -> list[Point]:
    """The numbers a value states: a range both its ends, any other value its number (a vague
    amount, "thousands", its text)."""
    base = list((value.get("quantity") or {}).get("base") or ())
    base += [None] * (3 - len(base))
    qualifier = value.get("qualifier")
    if qualifier == "range" and value.get("low") is not None and value.get("high") is not None:
        return [
            (_first(base[1], value["low"]), value, value["low"], "", "number"),
            (_first(base[2], value["high"]), value, value["high"], "", "number"),
        ]
    if qualifier == "vague":
        low = _first(base[1], value.get("low"))
        return [(low if low is not None and math.isfinite(low) else None, value, None, "", "text")]
    if value.get("value") is None:
        return []
    counts = (value.get("quantity") or {}).get("counts") or []
    if (value.get("quantity") or {}).get("odds"):  # "six in 10": as the text says it
        return [(_first(base[0], value["value"]), value, value["value"], "", "words")]
    if (value.get("quantity") or {}).get("dimension") == "tally" and len(counts) > 1:
        return [(_first(base[0], value["value"]), value, value["value"], "", "tally")]
    if value.get("unit") == "fraction" or (value.get("quantity") or {}).get("share"):
        # "two-thirds", "more than half": as the text says it, never "66.67%"
        return [(_first(base[0], value["value"]), value, value["value"], "", "text")]
    if (value.get("quantity") or {}).get("ordinal") and (value.get("unit") or value.get("counted")):
        # "its third year": as the text says it, never "3 years" (it has lasted two and more);
        # "a second surgery" (BASIL 58f414e5), never "2 surgeries" (there were two in all)
        return [(_first(base[0], value["value"]), value, value["value"], "", "ordinal")]
    if _part_of_one_in_words(value):
        # "a half-century", "half an hour": as the text says it, never "0.5 centuries"
        return [(_first(base[0], value["value"]), value, value["value"], "", "words")]
    words = ""
    if qualifier in ("approx", "lower", "upper"):
        words = _bound_as_written(value)
    return [(_first(base[0], value["value"]), value, value["value"], words, "number")]


def _part_of_one_in_words(value: dict[str, Any]) -> bool:
    """A part of one unit the text writes in words ("a half-century", "half an hour"): its
    number in digits ("0.5 centuries") is a conversion no article printed. A value with no
    text to show keeps its number ("0.5 hours", never "? hours")."""
    number_ = value.get("value")
    text = (value.get("text") or "").strip()
    return (
        number_ is not None and 0 < abs(number_) < 1 and bool(text) and not re.search(r"\d", text)
    )


def _first(a: float | None, b: float | None) -> float | None:
    return a if a is not None else b


def _bound_as_written(value: dict[str, Any]) -> str:
    """The text's words before its number ("as many as", "nearly"), else ours ("about")."""
    text = value.get("text") or ""
    found = _NUMBER_START.search(text)
    before = text[: found.start()].strip() if found else ""
    if before and len(before.split()) <= 4 and re.fullmatch(r"[A-Za-z ]+", before):
        return before
    qualifier = value.get("qualifier") or ""
    return QUALIFIERS[qualifier] if qualifier in ("approx", "lower", "upper") else ""


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _stated(point: Point, words: bool) -> str:
    _, value, written, before, kind = point
    if kind in ("text", "ordinal", "words"):
        return value.get("text") or "?"
    if kind == "tally":  # "an 11-2 victory": both counts, never the winner's alone
        return "-".join(number(c, False) for c in value["quantity"]["counts"])
    currency = value.get("currency")
    shown = _cents(written, words) if currency else number(written, words)
    symbol = _SYMBOLS.get(currency or "")
    if symbol:
        shown = ("-" + symbol + shown[1:]) if shown.startswith("-") else symbol + shown
    elif currency:
        shown = f"{shown} {currency}"
    return f"{before} {shown}" if before else shown


def _cents(written: float | None, words: bool) -> str:
    """An amount of money with cents as money is written: "$466.30", "$6.50", never "$466.3"
    (BASIL f506aafc "a $466.30 dinner", 450755dd "$6.50"; PolNeAR "$16.50 an hour", "$7.50");
    whole amounts and amounts in words as `number` writes them ("$3,544", "$1.28 million")."""
    if (
        written is None
        or float(written).is_integer()
        or (words and _scale(written))
        or abs(written * 100 - round(written * 100)) > 1e-6
    ):
        return number(written, words)
    return f"{written:,.2f}"


def _unit(point: Point) -> str:
    """The unit or counted noun after a point's number, in the plural unless it is one
    ("2 months", "1 interview"); "per" its rate ("a month")."""
    value = point[1]
    unit = value.get("unit") or value.get("counted") or ""
    if point[4] == "ordinal":
        # "third year", not "third year years"; "second" of "the second time": "second time"
        return "" if _names_its_unit(point, unit) else unit
    if unit == "fraction" or _names_its_unit(point, unit):
        unit = ""  # "two-thirds", not "0.67 fractions"
    if unit and not (point[4] == "number" and point[2] is not None and abs(point[2]) == 1):
        unit = plural(unit)
    if value.get("per"):
        unit = " ".join([unit, *(f"per {p}" for p in value["per"])]).strip()
    return unit


def _names_its_unit(point: Point, unit: str) -> bool:
    """A value shown in its words that already say its unit ("a half-century", "half an
    hour"): the unit again would read "a half-century centuries"."""
    if point[4] not in ("words", "ordinal") or not unit:
        return False
    return bool(re.search(rf"(?i)\b{re.escape(unit)}", point[1].get("text") or ""))


# Vague counts written straight before their noun: "multiple occasions", "several officials".
_BEFORE_A_NOUN = frozenset({"multiple", "several", "a few", "few", "many", "numerous"})


def _with_unit(text: str, unit: str, point: Point) -> str:
    if not unit:
        return text
    if unit == "%" and point[4] == "text":
        return text  # a share in words: "the vast majority", "double-digit", never "majority%"
    if unit == "%" or unit.startswith("% "):
        return text + unit
    if point[4] == "text" and not unit.startswith("per ") and text.lower() not in _BEFORE_A_NOUN:
        return f"{text} of {unit}"  # "thousands of balloons", "a handful of lawmakers"
    return f"{text} {unit}"


def plural(noun: str) -> str:
    """A unit's or counted noun's plural: "month" -> "months", "percentage point" ->
    "percentage points", "month of age" -> "months of age"; abbreviations ("km", "mph") and
    plurals as they are."""
    words = noun.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if w in ("of", "per") and i), len(words) - 1)
    word = words[head]
    if not re.fullmatch(r"[a-z]{3,}", word) or not re.search(r"[aeiouy]", word):
        return noun
    words[head] = _plural_word(word)
    return " ".join(words)


# Singular nouns ending in "men", not a "-man" noun's plural.
_SINGULAR_MEN = frozenset(
    "specimen regimen abdomen acumen stamen omen amen hymen lumen semen".split()
)
# Nouns that are already plural or have none, though they end in no "s".
_NO_PLURAL = frozenset("people police staff personnel data media cattle livestock".split())


@cache
def _plural_word(word: str) -> str:
    if word.endswith("s") or word in _NO_PLURAL:
        return word  # "troops", "casualties", "series"
    from lemminflect import getInflection, getLemma  # 0.2 s to load: only when needed

    if getLemma(word, upos="NOUN")[0] != word:
        return word  # an irregular plural already: "children", "women" (not "childrens")
    if word.endswith("men") and word not in _SINGULAR_MEN:
        return word  # "congressmen", "servicemen": a "-man" noun's plural
    found = getInflection(word, tag="NNS")
    return found[0] if found else word


def unit_name(unit: str) -> str:
    """A unit in words, in the plural, for a heading ("Feet: at least 30 ft", not "Ft: …"): a
    symbol CLDR writes for one unit (babel's short form, "ft", "km/h", "sq mi", "°C") is that
    unit's long name ("feet", "kilometres per hour", "square miles", "degrees Celsius"), a
    symbol CLDR lacks is named by `_UNIT_WORDS`, and a word is its plural ("tonnes", "years of
    age")."""
    return _UNIT_WORDS.get(unit) or _cldr_unit_names().get(unit) or plural(unit)


# CLDR's international English: "metres", "litres", as the headings have always spelt them.
_UNIT_LOCALE = "en_001"
# What CLDR lacks or names otherwise: the symbols it has no unit for (the watt-hours past
# "kWh", "mAh", "rpm", "lb-ft"), and two it names otherwise: "%" ("per cent" in international
# English; the figures write "percent") and "°" (CLDR's "degrees temperature").
_UNIT_WORDS = {
    "%": "percent",
    "°": "degrees",
    "MWh": "megawatt-hours",
    "GWh": "gigawatt-hours",
    "TWh": "terawatt-hours",
    "mAh": "milliamp-hours",
    "rpm": "revolutions per minute",
    "lb-ft": "pound-feet",
}


@cache
def _cldr_unit_names() -> dict[str, str]:
    """CLDR's unit symbols (the short form of two of them, "ft" of "2 ft") to their long names
    ("feet" of "2 feet"); a symbol two units share ("pt": point and pint) is neither's."""
    from babel import Locale
    from babel.units import format_unit

    def form(unit: str, length: str) -> str:
        return re.sub(r"^2\s*|\s*2$", "", format_unit(2, unit, length=length, locale=_UNIT_LOCALE))

    names: dict[str, str] = {}
    shared: set[str] = set()
    for unit in Locale.parse(_UNIT_LOCALE).unit_display_names:
        symbol = form(unit, "short")
        if symbol in names:
            shared.add(symbol)
        names[symbol] = form(unit, "long")
    return {symbol: name for symbol, name in names.items() if symbol not in shared}
