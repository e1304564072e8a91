"""The brief as one CSV table: a row per cited item (figure value, statement, event,
question), with where it comes from, for a spreadsheet."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from typing import Any

COLUMNS = (
    "part",
    "group",
    "status",
    "speaker_or_source",
    "text",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "hedged",
    "outlet",
    "published",
    "document",
    "start",
    "end",
    "sentence",
)


def brief_csv(brief: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(_rows(brief))
    return out.getvalue()


def _rows(brief: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for cluster in brief["figures"]:
        for value in cluster["values"]:
            yield _row(
                value["location"],
                part="figure",
                group=cluster.get("heading") or cluster["measure"],
                status=cluster["status"],
                speaker_or_source=value["source"] or "",
                text=value["text"],
                value=value["value"],
                low=value["low"],
                high=value["high"],
                qualifier=value["qualifier"],
                unit=value.get("currency") or value.get("unit") or value.get("counted") or "",
                hedged=value["hedged"],
                sentence=(value.get("context") or {}).get("text", ""),
            )
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            for n, source in enumerate([statement["source"], *statement["also_in"]]):
                yield _row(
                    source,
                    part="statement",
                    group=statement["id"],
                    status="" if n == 0 else "also in",
                    speaker_or_source=speaker["name"],
                    text=statement["text"],
                    hedged=statement["hedged"],
                    sentence=(statement.get("context") or {}).get("text", "") if n == 0 else "",
                )
    for event in brief["timeline"]:
        yield _row(event["source"], part="event", group=event["date"] or "", text=event["text"])
    for question in brief["questions"]:
        state = "answered" if question["answered"] else "unanswered"
        yield _row(question["source"], part="question", status=state, text=question["question"])


def _row(source: dict[str, Any], **fields: Any) -> dict[str, Any]:
    row = {
        "outlet": source.get("outlet") or "",
        "published": (source.get("published") or "")[:10],
        "document": source["document"],
        "start": source["start"],
        "end": source["end"],
        **fields,
    }
    for key, value in row.items():
        if isinstance(value, float) and math.isinf(value):
            row[key] = ""
    return {column: "" if row.get(column) is None else row.get(column) for column in COLUMNS}
