"""Numbers as the brief prints them: values with their qualifier, intervals, currencies."""

from __future__ import annotations

import math
import re
from typing import Any

_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}
_QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about ",
    "lower": "at least ",
    "upper": "up to ",
    "vague": "",
    "range": "",
}


def number(value: float | None) -> str:
    if value is None:
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if abs(value) >= 1e9 and value % 1e7 == 0:
        return f"{value / 1e9:g} billion"
    if abs(value) >= 1e6 and value % 1e4 == 0:
        return f"{value / 1e6:g} million"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def interval_text(bounds: list[float]) -> str:
    low, high = bounds
    if low == high:
        return number(low)
    if math.isinf(high):
        return f"at least {number(low)}"
    if low <= 0 < high:
        return f"up to {number(high)}"
    return f"{number(low)} to {number(high)}"


def describe_value(value: dict[str, Any]) -> str:
    """ "“as many as 100,000” troops, per unnamed sources via Bloomberg (hedged)"."""
    parts = [f"“{value['text']}”"]
    if value.get("counted"):
        parts.append(value["counted"])
    if value.get("per"):
        parts.append("per " + " per ".join(value["per"]))
    if value.get("source"):
        via = f" via {', '.join(v for v in value['via'] if v)}" if value.get("via") else ""
        parts.append(f"per {value['source']}{via}")
    else:
        parts.append("stated by the article")
    notes = [value["qualifier"]]
    if value.get("hedged"):
        notes.append("hedged")
    if value.get("superseded_by"):
        notes.append(f"superseded by {value['superseded_by']}")
    notes.append(f"source reliability {value['reliability']}")
    return " ".join(parts) + f" ({'; '.join(notes)})"


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
    """A cluster's range with its currency or unit: "$5 billion to $5.7 billion", "11,000 to
    100,000 troops"."""
    currencies = [v["currency"] for v in cluster["values"] if v.get("currency")]
    text = interval_text(cluster["range"])
    if currencies:
        symbol = _SYMBOLS.get(currencies[0])
        if symbol:
            return re.sub(r"(?<![\w.,])(\d)", symbol + r"\1", text)
        return f"{text} {currencies[0]}"
    unit = cluster.get("unit")
    return f"{text} {unit}" if unit else text
