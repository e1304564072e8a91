"""Publication dates to ISO 8601, through `dateparser` (never a hand-rolled calendar)."""

from __future__ import annotations

import re
import time
from datetime import datetime

_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)


def iso_date(value: object) -> str | None:
    """An ISO 8601 date or date-time for `value`, or None when it is not a date."""
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return datetime(*value[:6]).isoformat()
    if isinstance(value, datetime):
        return value.isoformat()
    text = str(value).strip()
    if _ISO.match(text):
        return text.replace(" ", "T")
    import dateparser  # slow to import: only when a non-ISO date turns up

    parsed = dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    if parsed.hour == parsed.minute == parsed.second == 0 and not re.search(r"\d:\d", text):
        return parsed.date().isoformat()
    return parsed.isoformat()
