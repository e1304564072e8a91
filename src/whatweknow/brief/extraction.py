"""One document's extraction as Markdown: for reading what `wwk extract` found."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from .html import is_word, negation
from .numbers import number, plural

_TYPE_HEADINGS = {
    "person": "People",
    "organization": "Organizations",
    "place": "Places",
    "group": "Groups",
    "other": "Other",
}


def extraction_markdown(record: dict[str, Any]) -> str:
    doc = record["document"]
    lines = [f"# {doc['title'] or doc['origin']}", ""]
    meta = [
        f"{label}: {doc[key]}"
        for key, label in (
            ("outlet", "Outlet"),
            ("published", "Published"),
            ("url", "URL"),
            ("author", "By"),
        )
        if doc.get(key)
    ]
    meta.append(f"Document: `{doc['id']}` ({len(doc['text'].split())} words, from {doc['origin']})")
    lines += [f"- {m}" for m in meta] + [""]
    by_type: dict[str, list[dict[str, Any]]] = {}
    for entity in record["entities"]:
        by_type.setdefault(entity["type"], []).append(entity)
    if by_type:
        lines += ["## Entities", ""]
        for kind, heading in _TYPE_HEADINGS.items():
            if kind in by_type:
                names = ", ".join(f"{e['name']} ({len(e['mentions'])})" for e in by_type[kind])
                lines.append(f"- **{heading}**: {names}")
        lines.append("")
    counts = ", ".join(
        f"{len(record[k])} {k}" for k in ("statements", "figures", "events", "questions")
    )
    lines += [f"_{counts}._", ""]
    lines += _listed("Statements", record["statements"], _statement)
    lines += _listed("Figures", record["figures"], _figure)
    lines += _listed("Events", record["events"], _event)
    lines += _listed("Questions", record["questions"], _question)
    return "\n".join(lines)


def _listed(heading: str, items: list[dict[str, Any]], line: Any) -> list[str]:
    if not items:
        return []
    return [f"## {heading}", "", *(f"- {line(item)}" for item in items), ""]


def _at(span: dict[str, Any]) -> str:
    return f"`@{span['start']}-{span['end']}`"


def _statement(s: dict[str, Any]) -> str:
    speaker = s["speaker"]["name"] or "unresolved speaker"
    cue = f" {s['cue']['text']}" if s["cue"] and is_word(s["cue"]["text"]) else ""
    if negation(s):
        cue = f" **not**{cue}"
    elif s.get("negated") and cue:
        cue = f" **{cue.strip()}**"  # "declined": the cue holds the words back itself
    hedge = " _(hedged)_" if (s.get("certainty") or {}).get("hedged") else ""
    nested = f" (inside {s['nested_in']})" if s["nested_in"] else ""
    content = s["content"]
    return f"**{speaker}**{cue}: “{content['text']}” ({s['form']}){hedge}{nested} {_at(content)}"


def _figure(f: dict[str, Any]) -> str:
    """ "“about 11,000” = 11,000 (approx; per Pentagon)", "“1.28 million” = 1.28 million
    soldiers", "“$2.222” = 2.222 USD": the value as extracted, in the brief's number style
    (`_exact`), never "1.28e+06"; an ordinal unit of time ("its third year", two years and
    some) as the text says it, as the brief shows it, never "3 year"."""
    source = (f.get("source") or {}).get("name") or "the article"
    hedge = ", hedged" if f["hedged"] else ""
    notes = f"({f['qualifier']}{hedge}; per {source}) {_at(f)}"
    if (f.get("quantity") or {}).get("ordinal") and f.get("unit"):
        return f"“{f['text']}” {notes}"
    if (f.get("quantity") or {}).get("share") and f["value"] is not None:
        # "“Two-thirds” = 66.666667 % of insiders": a share of a whole in percent, of what
        of_what = f" of {f['counted']}" if f.get("counted") else ""
        return f"“{f['text']}” = {_exact(f['value'], '%')} %{of_what} {notes}"
    # "“Two-thirds” = 2/3 of the 1.6 million", not "2/3 fractions": the brief writes no unit
    # of a fraction (`numbers._unit`); nor "3 folds" of "threefold"
    unit = None if f.get("unit") == "fraction" else f.get("unit")
    if unit and unit != "fold" and f["value"] is not None and abs(f["value"]) != 1:
        unit = plural(unit)  # "24 years", as the brief writes it
    what = " ".join(x for x in (f.get("counted"), unit, f.get("currency")) if x)
    per = f" per {' per '.join(f['per'])}" if f["per"] else ""
    value = " ".join(x for x in (_exact(f["value"], f.get("unit")), what) if x)
    return f"“{f['text']}” = {value}{per} {notes}"


def _exact(value: float | None, unit: str | None) -> str:
    """The value as extracted, not rounded to the brief's two decimals: "0.125", "3.875"
    (the brief's `number` wrote "0.13" and "3.88"); a fraction as one ("“Two-thirds” = 2/3",
    not "0.67"); whole numbers and scale words as the brief writes them ("11,000", "1.28
    million")."""
    if value is None or float(value).is_integer() or number(value) != number(value, False):
        return number(value)
    if unit == "fraction":
        fraction = Fraction(value).limit_denominator(100)
        if abs(float(fraction) - value) < 1e-9:
            return f"{fraction.numerator}/{fraction.denominator}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def _event(e: dict[str, Any]) -> str:
    when = e["date"]["iso"] or f"{e['date']['text']} (unresolved)"
    caption = " _(photo caption)_" if e["caption"] else ""
    return f"**{when}**: {e['phrase']}{caption} {_at(e['span'])}"


def _question(q: dict[str, Any]) -> str:
    state = "answered" if q["answered"] else "unanswered"
    return f"{q['span']['text']} ({state}) {_at(q['span'])}"
