"""Publication dates to ISO 8601, through `dateparser` (never a hand-rolled calendar)."""

from __future__ import annotations

import re
import time
from datetime import date, datetime

_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)
# Years a publication date may have. Outside them lie the placeholders databases write for "no
# date" (0001-01-01, 9999-12-31), and date arithmetic on them ("last week" in an article
# published in the year 1) overflows.
YEARS = range(1000, 9000)


def iso_date(value: object) -> str | None:
    """An ISO 8601 date or date-time for `value`, or None when it is not a date (a month 13, a
    day 45) or lies outside YEARS."""
    if value is None or value == "":
        return None
    try:
        if isinstance(value, time.struct_time):
            return _checked(datetime(*value[:6]))
        if isinstance(value, datetime | date):
            return _checked(value)
    except (ValueError, OverflowError):
        return None
    text = str(value).strip()
    if _ISO.match(text):
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return text.replace(" ", "T") if parsed.year in YEARS else None
    import dateparser  # slow to import: only when a non-ISO date turns up

    try:
        parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    except (ValueError, OverflowError):
        return None
    if parsed is None or parsed.year not in YEARS:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d", text):
        return parsed.date().isoformat()
    return parsed.isoformat()


def _checked(value: date) -> str | None:
    return value.isoformat() if value.year in YEARS else None
