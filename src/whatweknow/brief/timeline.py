"""The timeline as the brief shows it: dates said as precisely as they are known, events grouped
by date, and an SVG chart on a real date axis (events placed by their dates, with ticks),
each mark linking to the sentence that tells it."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import groupby
from typing import Any

from markupsafe import Markup

_SEASONS = {3: "spring", 6: "summer", 9: "fall", 12: "winter"}


def when(item: dict[str, Any]) -> str:
    """A date as precisely as the text gave it: "2019-01-19 (Saturday)", "week of 2019-01-14
    (2019-W03)", "2019-01", "summer 2019", "2019", "2005–2008"."""
    iso, precision = item["date"], item["precision"]
    first = date.fromisoformat(item["first_day"])
    if precision == "day":
        return f"{iso} ({first:%A})"
    if precision == "week":
        return f"week of {first.isoformat()} ({iso})"
    if precision == "season":
        return f"{_SEASONS.get(first.month, 'season')} {first.year}"
    if precision == "range":
        start, end = iso.split("/", 1)
        return f"{start}–{end}"
    if precision == "month":
        return f"{first:%B %Y}"
    return iso


def grouped(items: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The items under their date, in date order."""
    return [(when(first), list(rest)) for first, rest in _runs(items)]


def _runs(items: list[dict[str, Any]]):
    for _, run in groupby(items, key=lambda i: (i["date"], i["precision"])):
        run = list(run)
        yield run[0], run


def chart(items: list[dict[str, Any]], href: Any) -> Markup:
    """An SVG timeline: a date axis with ticks, each event a dot (a day) or a bar (a week,
    month, season, year or range) at its dates, labelled by who did what, in rows that do not
    overlap; each mark links to its source."""
    if not items:
        return Markup("")
    width, left, right, top, row_height = 680, 14, 14, 34, 22
    first = min(date.fromisoformat(i["first_day"]) for i in items)
    last = max(date.fromisoformat(i["last_day"]) for i in items) + timedelta(days=1)
    pad = max((last - first).days * 0.04, 1.0)
    origin = first - timedelta(days=pad)
    days = (last - first).days + 2 * pad
    scale = (width - left - right) / days

    def x(day: date) -> float:
        return left + (day - origin).days * scale

    rows: list[float] = []  # where each row is free from
    marks = []
    for item in items:
        start = x(date.fromisoformat(item["first_day"]))
        end = max(x(date.fromisoformat(item["last_day"]) + timedelta(days=1)), start + 4)
        label = _short(item["label"], 46)
        text_width = 6.2 * len(label) + 10
        flip = start + text_width > width - right  # the label left of the mark at the far end
        extent = (start - text_width, end) if flip else (start, max(end, start + text_width))
        row = next((n for n, free in enumerate(rows) if free <= extent[0]), len(rows))
        if row == len(rows):
            rows.append(0.0)
        rows[row] = extent[1] + 8
        marks.append((item, start, end, row, label, flip))
    height = top + row_height * len(rows) + 12
    parts = [
        Markup(
            '<svg class="timeline" role="group" aria-label="Timeline" viewBox="0 0 {w} {h}" '
            'width="{w}" height="{h}">'
        ).format(w=width, h=height),
        Markup("<title>Timeline: {} to {}</title>").format(
            first.isoformat(), (last - timedelta(days=1)).isoformat()
        ),
        Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" class="spine"/>').format(
            left, top, width - right, top
        ),
    ]
    for tick, text in ticks(origin, origin + timedelta(days=days)):
        parts.append(
            Markup(
                '<line x1="{x:.1f}" y1="{a}" x2="{x:.1f}" y2="{b}" class="tick"/>'
                '<text x="{x:.1f}" y="{t}" class="axis" text-anchor="middle">{text}</text>'
            ).format(x=x(tick), a=top - 4, b=top + 4, t=top - 10, text=text)
        )
    for item, start, end, row, label, flip in marks:
        y = top + 16 + row * row_height
        title = f"{when(item)}: {item['label']} ({', '.join(item['outlets'])})"
        parts.append(
            Markup('<line x1="{x:.1f}" y1="{a}" x2="{x:.1f}" y2="{b}" class="guide"/>').format(
                x=start, a=top, b=y
            )
        )
        reach = 6.2 * len(label) + 20  # the link covers the mark and its label
        parts.append(
            Markup(
                '<a href="{}"><title>{}</title><rect x="{:.1f}" y="{}" width="{:.1f}" '
                'height="18" fill="transparent"/>'
            ).format(
                href(item["source"]), title, start - reach if flip else start - 6, y - 9, reach
            )
        )
        if item["precision"] == "day":
            parts.append(Markup('<circle cx="{:.1f}" cy="{}" r="4" class="dot"/>').format(start, y))
        else:
            parts.append(
                Markup(
                    '<rect x="{:.1f}" y="{}" width="{:.1f}" height="8" rx="3" class="span"/>'
                ).format(start, y - 4, end - start)
            )
        anchor_at = "end" if flip else "start"
        parts.append(
            Markup('<text x="{:.1f}" y="{}" class="event" text-anchor="{}">{}</text></a>').format(
                start - 7 if flip else max(end, start) + 7, y + 4, anchor_at, label
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Ticks for the axis from `first` to `last`: days, Mondays, months or years, at most
    about eight."""
    span = (last - first).days
    if span <= 10:
        days = [first + timedelta(days=n) for n in range(span + 1)]
        return [(d, f"{d:%b} {d.day}") for d in days]
    if span <= 70:
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        step = 7 * max(1, -(-span // 56))
        days = [monday + timedelta(days=n) for n in range(0, span, step)]
        return [(d, f"{d:%b} {d.day}") for d in days if d <= last]
    if span <= 3 * 366:
        months = []
        day = date(first.year, first.month, 1)
        while day <= last:
            if day >= first:
                months.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        step = max(1, -(-len(months) // 8))
        return [
            (d, f"{d:%b %Y}" if d.month == 1 or i == 0 else f"{d:%b}")
            for i, d in enumerate(months[::step])
        ]
    years = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
    step = max(1, -(-len(years) // 8))
    return [(d, str(d.year)) for d in years[::step]]


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"
