"""The brief as one self-contained HTML file: inline CSS, SVG charts, no CDN, no script.

Every line links to its source sentence: the documents the brief cites are included at the
end, with each cited span highlighted and anchored (`#d-<document>-<start>-<end>`).
Article text is untrusted: the template escapes everything it prints.
"""

from __future__ import annotations

import math
from functools import cache
from itertools import pairwise
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .. import __version__
from .numbers import describe_value, interval_text, number


@cache
def environment(folder: str = "data/templates") -> Environment:
    """Jinja2 templates from a package folder, autoescaped, with the brief's filters and charts
    (the standalone brief uses the default folder, the web app its own)."""
    env = Environment(
        loader=PackageLoader("whatweknow", folder),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        {"describe": describe_value, "interval": interval_text, "number": number, "anchor": anchor}
    )
    env.globals.update(
        {"figure_chart": figure_chart, "timeline_chart": timeline_chart, "version": __version__}
    )
    return env


def anchor(source: dict[str, Any]) -> str:
    return f"d-{source['document']}-{source['start']}-{source['end']}"


def brief_html(brief: dict[str, Any], store: Any) -> str:
    cited = _cited(brief)
    texts = store.texts(list(cited))
    documents = [
        {**d, "body": highlighted(texts.get(d["id"], ""), d["id"], cited.get(d["id"], []))}
        for d in brief["documents"]
        if d["id"] in cited
    ]
    return environment().get_template("brief.html.j2").render(brief=brief, documents=documents)


def _cited(brief: dict[str, Any]) -> dict[str, list[tuple[int, int]]]:
    spans: dict[str, list[tuple[int, int]]] = {}

    def add(source: dict[str, Any]) -> None:
        spans.setdefault(source["document"], []).append((source["start"], source["end"]))

    for cluster in brief["figures"]:
        for value in cluster["values"]:
            add(value["location"])
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            add(statement["source"])
            for other in statement["also_in"]:
                add(other)
    for event in brief["timeline"]:
        add(event["source"])
    for question in brief["questions"]:
        add(question["source"])
    return spans


def highlighted(text: str, document_id: str, spans: list[tuple[int, int]]) -> Markup:
    """The document text, escaped, with cited spans marked and every span start anchored."""
    bounds = sorted({0, len(text)} | {p for span in spans for p in span if 0 <= p <= len(text)})
    starts: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        starts.setdefault(span[0], []).append(span)
    out = []
    for left, right in pairwise(bounds):
        for span in starts.get(left, []):
            out.append(Markup('<a class="anchor" id="d-{}-{}-{}"></a>').format(document_id, *span))
        piece = escape(text[left:right]).replace("\n\n", Markup("</p><p>"))
        covered = any(s <= left and right <= e for s, e in spans)
        out.append(Markup("<mark>{}</mark>").format(piece) if covered else piece)
    return Markup("<p>") + Markup("").join(out) + Markup("</p>")


def figure_chart(cluster: dict[str, Any]) -> Markup:
    """An SVG strip of a cluster's values by source: intervals as bars, values as dots."""
    values = [v for v in cluster["values"] if v["value"] is not None]
    if not values:
        return Markup("")
    finite = [x for v in values for x in _bounds(v) if not math.isinf(x)] or [0.0, 1.0]
    top = max(finite) * 1.1 or 1.0
    width, row, left = 560, 26, 170
    height = row * len(values) + 30
    parts = [
        Markup('<svg class="chart" role="img" viewBox="0 0 {} {}" width="{}" height="{}">').format(
            width, height, width, height
        )
    ]
    parts.append(Markup("<title>{}</title>").format(f"Values of {cluster['measure']} by source"))
    scale = (width - left - 20) / top
    for i, value in enumerate(values):
        y = 20 + i * row
        low, high = _bounds(value)
        x1 = left + max(low, 0) * scale
        x2 = left + (top if math.isinf(high) else high) * scale
        label = value["source"] or value["location"]["outlet"] or "article"
        parts.append(Markup('<text x="4" y="{}" class="label">{}</text>').format(y + 4, label[:26]))
        parts.append(
            Markup('<line x1="{:.1f}" y1="{}" x2="{:.1f}" y2="{}" class="bar"/>').format(
                x1, y, x2, y
            )
        )
        parts.append(
            Markup(
                '<circle cx="{:.1f}" cy="{}" r="5" class="dot"><title>{}</title></circle>'
            ).format(left + value["value"] * scale, y, value["text"])
        )
    axis_y = height - 6
    parts.append(Markup('<text x="{}" y="{}" class="axis">0</text>').format(left, axis_y))
    parts.append(
        Markup('<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>').format(
            width - 20, axis_y, number(top)
        )
    )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _bounds(value: dict[str, Any]) -> tuple[float, float]:
    from ..merge.figures import interval

    return interval(value)


def timeline_chart(events: list[dict[str, Any]]) -> Markup:
    """An SVG timeline: resolved events in date order, evenly spaced, labelled."""
    dated = [e for e in events if e["date"]]
    if not dated:
        return Markup("")
    width, row = 640, 24
    height = row * len(dated) + 20
    parts = [
        Markup(
            '<svg class="timeline" role="img" viewBox="0 0 {} {}" width="{}" height="{}">'
        ).format(width, height, width, height),
        Markup("<title>Timeline</title>"),
        Markup('<line x1="100" y1="10" x2="100" y2="{}" class="spine"/>').format(height - 10),
    ]
    for i, event in enumerate(dated):
        y = 20 + i * row
        parts.append(
            Markup('<text x="92" y="{}" class="date" text-anchor="end">{}</text>').format(
                y + 4, event["date"]
            )
        )
        parts.append(Markup('<circle cx="100" cy="{}" r="4" class="dot"/>').format(y))
        parts.append(
            Markup('<a href="#{}"><text x="112" y="{}" class="event">{}</text></a>').format(
                anchor(event["source"]), y + 4, event["phrase"][:70]
            )
        )
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
