"""Numbers as the brief prints them: values with their qualifier, intervals, currencies."""

from __future__ import annotations

import math
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
