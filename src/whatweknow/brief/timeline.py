"""The timeline as the brief shows it: dates said as precisely as they are known, events grouped
by date, and an SVG chart on a real date axis (events placed by their dates, with ticks),
each mark linking to the sentence that tells it."""

from __future__ import annotations

import math
from datetime import date, timedelta
from itertools import accumulate, groupby
from typing import Any

from markupsafe import Markup

_SEASONS = {3: "spring", 6: "summer", 9: "fall", 12: "winter"}


def when(item: dict[str, Any]) -> str:
    """A date as precisely as the text gave it: "2019-01-19 (Saturday)", "week of 2019-01-14
    (2019-W03)", "2019-01", "summer 2019", "2019", "2005–2008", and a decade as the text
    names it, "1970s" (the timeline said "1970–1979" for "at their lowest levels since the
    1970s")."""
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
        if _decade(start, end):
            return f"{start}s"
        return f"{start}–{end}"
    if precision == "month":
        return f"{first:%B %Y}"
    return iso


def _decade(start: str, end: str) -> bool:
    """Whether a range of years is one decade, from its year 0 to its year 9."""
    if not (start.isdigit() and end.isdigit() and len(start) == len(end) == 4):
        return False
    return int(start) % 10 == 0 and int(end) == int(start) + 9


def grouped(items: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """The items under their date, in date order."""
    return [(when(first), list(rest)) for first, rest in _runs(items)]


def _runs(items: list[dict[str, Any]]):
    for _, run in groupby(items, key=lambda i: (i["date"], i["precision"])):
        run = list(run)
        yield run[0], run


def chart(items: list[dict[str, Any]], href: Any) -> Markup:
    """The timeline as two SVGs, each mark linking to its source: `wide`, a horizontal date
    axis for a page wider than a phone, and `narrow`, a vertical one for a phone (the page's
    CSS shows one of them), so the text is never scaled below its size."""
    if not items:
        return Markup("")
    return wide(items, href) + narrow(items, href) + key(items)


def key(items: list[dict[str, Any]]) -> Markup:
    """What the chart's marks mean, for the kinds it draws: a dashed outline ("2017") is a
    date known only to the year, month, season or week, never a time the event lasted."""
    kinds = {"day" if i["precision"] == "day" else i["precision"] == "range" for i in items}
    said = []
    if "day" in kinds:
        said.append("a dot is a day")
    if True in kinds:
        said.append("a filled bar is a time the event lasted")
    if False in kinds:
        said.append(
            "a dashed outline is a date the articles give only as a week, month, season or "
            "year: the event happened some time in it"
        )
    if not said:
        return Markup("")
    text = "; ".join(said)
    return Markup('<p class="meta chart-key">{}.</p>').format(text[:1].upper() + text[1:])


def wide(items: list[dict[str, Any]], href: Any) -> Markup:
    """A horizontal date axis with ticks, each event a dot (a day) or a bar (a week, month,
    season, year or range) at its dates, labelled by who did what on the side with room
    (shortened to fit, never cut by the edge), in rows where no two labels meet."""
    width, left, right, top, row_height = WIDE, 14, 14, 34, 22
    first, last, origin, days = _span(items)
    scale = (width - left - right) / days

    def x(day: date) -> float:
        return left + (day - origin).days * scale

    # the stretches each row has taken, and whether each ends in a label's text (left, right)
    rows: list[list[tuple[float, float, bool, bool]]] = []
    tall: list[int] = []  # the most lines a label of each row takes
    marks = []
    for item in items:
        start = x(date.fromisoformat(item["first_day"]))
        end = max(x(date.fromisoformat(item["last_day"]) + timedelta(days=1)), start + 4)
        room_right, room_left = width - right - (end + 7), start - 7 - left
        flip = text_width(item["label"], FONT) > room_right and room_left > room_right
        # a time as long as most of the axis ("2017" in a story of June 2017) leaves no room
        # on either side: its label goes over its bar, as much of it as the bar is long
        over = (
            item["precision"] != "day"
            and text_width(item["label"], FONT) > max(room_right, room_left)
            and end - start > max(room_right, room_left)
        )
        # a label longer than its side's room goes on two lines, never cut after a few words
        # ("Donald Trump told NBC's Lester Holt he fired then-FBI…")
        lines = (
            [fitted(item["label"], end - start - 4, FONT)]
            if over
            else _wrapped(item["label"], room_left if flip else room_right, FONT)
        )
        size = max(text_width(line, FONT) for line in lines)
        if over:
            taking = (start, end, False, False)
        else:
            taking = (
                (start - 7 - size, end, True, False)
                if flip
                else (start, end + 7 + size, False, True)
            )
        row = next(
            (n for n, taken in enumerate(rows) if all(_apart(taking, t) for t in taken)),
            len(rows),
        )
        if row == len(rows):
            rows.append([])
            tall.append(1)
        rows[row].append(taking)
        extent = taking[:2]
        tall[row] = max(tall[row], len(lines))
        marks.append((item, start, end, row, lines, flip, over, extent))
    line_height = 14  # a label's second line
    heights = [row_height + line_height * (n - 1) for n in tall]  # each row, its labels' lines
    offsets = [0, *accumulate(heights)]  # where each row starts below the first
    height = top + offsets[-1] + 12
    parts = [
        Markup(
            '<svg class="timeline" role="group" aria-label="Timeline" viewBox="0 0 {w} {h}" '
            'width="{w}" height="{h}">'
        ).format(w=width, h=height),
        Markup("<title>Timeline: {} to {}</title>").format(first.isoformat(), last.isoformat()),
        Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" class="spine"/>').format(
            left, top, width - right, top
        ),
    ]
    for tick, text in ticks(origin, origin + timedelta(days=days)):
        half = text_width(text, FONT) / 2
        at = min(max(x(tick), left + half), width - right - half)  # the tick's text inside
        parts.append(
            Markup(
                '<line x1="{x:.1f}" y1="{a}" x2="{x:.1f}" y2="{b}" class="tick"/>'
                '<text x="{t:.1f}" y="{ty}" class="axis" text-anchor="middle">{text}</text>'
            ).format(x=x(tick), t=at, a=top - 4, b=top + 4, ty=top - 10, text=text)
        )
    guides, drawn = [], []  # every guide under every mark: a later row's guide crossed the dots
    for item, start, end, row, lines, flip, over, extent in marks:
        y = top + 16 + offsets[row]
        bar = y + 7 if over else y  # under its label when the label is over it
        guides.append(
            Markup('<line x1="{x:.1f}" y1="{a}" x2="{x:.1f}" y2="{b}" class="guide"/>').format(
                x=start, a=top, b=bar
            )
        )
        high = 11 if over else 9
        drawn.append(
            _link(
                item,
                href,
                extent[0] - 2,
                y - high,
                extent[1] - extent[0] + 4,
                2 * high + line_height * (len(lines) - 1),
            )
        )
        drawn.append(_mark(item, start, bar, end - start, horizontal=True))
        x_text, anchor = (
            (start + 4, "start") if over else (start - 7, "end") if flip else (end + 7, "start")
        )
        spans = (
            Markup("").join(
                Markup('<tspan x="{:.1f}" dy="{}">{}</tspan>').format(
                    x_text, line_height if n else 0, line
                )
                for n, line in enumerate(lines)
            )
            if len(lines) > 1
            else Markup("{}").format(lines[0])
        )
        drawn.append(
            Markup('<text x="{:.1f}" y="{}" class="event" text-anchor="{}">{}</text></a>').format(
                x_text, y + (-1 if over else 4), anchor, spans
            )
        )
    parts += guides + drawn
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def narrow(items: list[dict[str, Any]], href: Any) -> Markup:
    """A vertical timeline for a phone: the dates in order down a spine, each written out
    beside its mark (a dot for a day, a bar for a longer time), its events under it wrapped on
    up to two lines; the gap between two dates grows with the time between them."""
    width, spine, text_x, top, line = NARROW, 10, 26, 8, 17
    room = width - text_x - 2
    parts: list[Markup] = []
    y = top
    previous: date | None = None
    for item, run in _runs(items):
        first = date.fromisoformat(item["first_day"])
        if previous is not None:
            y += 8 + min(36, 6 * math.log2(1 + max((first - previous).days, 0)))
        previous = date.fromisoformat(item["last_day"])
        heading = when(item)
        parts.append(_mark(item, spine, y + line / 2 - 2, line - 2, horizontal=False))
        parts.append(
            Markup('<text x="{}" y="{:.1f}" class="axis">{}</text>').format(
                text_x, y + line - 4, heading
            )
        )
        y += line
        for event in run:
            lines = _wrapped(event["label"], room, NARROW_FONT)
            size = max(text_width(t, NARROW_FONT) for t in lines)
            parts.append(_link(event, href, text_x - 2, y, size + 4, len(lines) * line))
            spans = Markup("").join(
                Markup('<tspan x="{}" dy="{}">{}</tspan>').format(text_x, line if n else 0, t)
                for n, t in enumerate(lines)
            )
            parts.append(
                Markup('<text x="{}" y="{:.1f}" class="event">{}</text></a>').format(
                    text_x, y + line - 4, spans
                )
            )
            y += len(lines) * line + 3
    height = y + 6
    return Markup("").join(
        [
            Markup(
                '<svg class="timeline-narrow" role="group" aria-label="Timeline" '
                'viewBox="0 0 {w} {h:.0f}" width="{w}" height="{h:.0f}">'
            ).format(w=width, h=height),
            Markup("<title>Timeline: {} to {}</title>").format(
                items[0]["first_day"], max(i["last_day"] for i in items)
            ),
            Markup('<line x1="{x}" y1="{t}" x2="{x}" y2="{b:.0f}" class="spine"/>').format(
                x=spine, t=top, b=height - 4
            ),
            *parts,
            Markup("</svg>"),
        ]
    )


def _span(items: list[dict[str, Any]]) -> tuple[date, date, date, float]:
    """The first and last day of the items, and the axis's origin and length in days."""
    first = min(date.fromisoformat(i["first_day"]) for i in items)
    last = max(date.fromisoformat(i["last_day"]) for i in items) + timedelta(days=1)
    pad = max((last - first).days * 0.04, 1.0)
    return (
        first,
        last - timedelta(days=1),
        first - timedelta(days=pad),
        (last - first).days + 2 * pad,
    )


def _apart(a: tuple[float, float, bool, bool], b: tuple[float, float, bool, bool]) -> bool:
    """Whether two stretches of a row leave room between them: 8 px beside a mark, 28 px where
    two labels' text would face each other, which read as one line ("Donald Trump fired him
    a news dump", the reviewer of BASIL 87609973: one label right of its dot, the next left of
    its own)."""
    if a[0] > b[0]:
        a, b = b, a
    gap = 28 if a[3] and b[2] else 8
    return a[1] + gap <= b[0]


def _link(item: dict[str, Any], href: Any, x: float, y: float, w: float, h: float) -> Markup:
    """The opening of a mark's link to its source, with a title and a target the size of the
    mark and its label."""
    title = f"{when(item)}: {item['label']} ({', '.join(item['outlets'])})"
    return Markup(
        '<a href="{}"><title>{}</title><rect x="{:.1f}" y="{:.1f}" width="{:.1f}" '
        'height="{:.1f}" fill="transparent"/>'
    ).format(href(item["source"]), title, x, y, w, h)


def _mark(item: dict[str, Any], x: float, y: float, length: float, horizontal: bool) -> Markup:
    """A dot for a day, a bar along the axis for a time the event lasted (a range), and a
    dashed outline for a date the articles give only as a week, month, season or year: the
    event happened some time in it, it did not last it ("2017" is not a year-long event)."""
    if item["precision"] == "day":
        return Markup('<circle cx="{:.1f}" cy="{:.1f}" r="4" class="dot"/>').format(x, y)
    box = (x, y - 4, length, 8) if horizontal else (x - 4, y, 8, length)
    kind = "span" if item["precision"] == "range" else "within"
    return Markup(
        '<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" rx="3" class="{}"/>'
    ).format(*box, kind)


def ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Ticks for the axis from `first` to `last`: days, Mondays, months or years, at most
    about eight."""
    span = (last - first).days
    if span <= 70:
        if span <= 10:
            days = [first + timedelta(days=n) for n in range(span + 1)]
        else:
            monday = first + timedelta(days=(7 - first.weekday()) % 7)
            step = 7 * max(1, -(-span // 56))
            days = [d for n in range(0, span, step) if (d := monday + timedelta(days=n)) <= last]
        # an axis across a new year names it, on its first tick and the first of the new one
        # ("Dec 19, 2016", "Jan 2, 2017"), where "Dec 19, Jan 2" could be any year's
        across = first.year != last.year
        return [
            (
                d,
                f"{d:%b} {d.day}, {d.year}"
                if across and (i == 0 or d.year != days[i - 1].year)
                else f"{d:%b} {d.day}",
            )
            for i, d in enumerate(days)
        ]
    if span <= 3 * 366:
        months = []
        day = date(first.year, first.month, 1)
        while day <= last:
            if day >= first:
                months.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        step = max(1, -(-len(months) // 8))
        # the year on the first tick and on each tick of a new year: a step of three months
        # from December never lands on a January ("Dec 2016, Mar, …, Jun" for 2018)
        picked = months[::step]
        return [
            (d, f"{d:%b %Y}" if i == 0 or d.year != picked[i - 1].year else f"{d:%b}")
            for i, d in enumerate(picked)
        ]
    years = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
    step = max(1, -(-len(years) // 8))
    return [(d, str(d.year)) for d in years[::step]]


# The charts' text: the wide chart is drawn at its own width (680 px) wherever a page is wider
# than a phone; the narrow one at a phone's content width (about 360 px of a 390 px screen,
# drawn 320 wide: 13 px text shows at about 14 px, and at 12 px on a 300 px one).
WIDE, NARROW = 680, 320
FONT, NARROW_FONT = 12.0, 13.0
# Advance widths of DejaVu Sans, the widest of the common sans-serif faces (units of 1/2048 em):
# a label measured by them fits in any of the others.
_ADVANCE = (
    dict(
        zip(
            "abcdefghijklmnopqrstuvwxyz",
            [
                1255,
                1300,
                1126,
                1300,
                1260,
                721,
                1300,
                1298,
                569,
                569,
                1186,
                569,
                1995,
                1298,
                1253,
                1300,
                1300,
                842,
                1067,
                803,
                1298,
                1212,
                1675,
                1212,
                1212,
                1075,
            ],
            strict=True,
        )
    )
    | dict(
        zip(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            [
                1401,
                1405,
                1430,
                1577,
                1294,
                1178,
                1587,
                1540,
                604,
                604,
                1343,
                1141,
                1767,
                1532,
                1612,
                1235,
                1612,
                1423,
                1300,
                1251,
                1499,
                1401,
                2025,
                1403,
                1251,
                1403,
            ],
            strict=True,
        )
    )
    | dict.fromkeys("0123456789$%", 1303)
    | {
        " ": 651,
        ".": 651,
        ",": 651,
        "’": 561,
        "'": 561,
        "-": 739,
        "…": 2048,
        "(": 799,
        ")": 799,
        ":": 690,
        ";": 690,
        "/": 690,
    }
)


def text_width(text: str, size: float) -> float:
    """How wide `text` is at `size` px, measured by the widest common sans-serif face."""
    return sum(_ADVANCE.get(c, 1400) for c in text) * size / 2048


def fitted(text: str, room: float, size: float) -> str:
    """`text`, or as many of its words as fit in `room` px with an ellipsis."""
    if text_width(text, size) <= room:
        return text
    words = text.split()
    while words and text_width(" ".join(words) + "…", size) > room:
        words.pop()
    return " ".join(words) + "…" if words else ""


def _wrapped(text: str, room: float, size: float, most: int = 2) -> list[str]:
    """`text` on lines of at most `room` px, at most `most` lines (the last shortened)."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", size) <= room:
            line += " " + words.pop(0)
        lines.append(fitted(line, room, size) or line[:20])
    if words:
        lines[-1] = fitted(f"{lines[-1]} {' '.join(words)}", room, size)
    return lines
