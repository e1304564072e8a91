"""One document's extraction as Markdown: for reading what `wwk extract` found."""

from __future__ import annotations

from typing import Any

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
    return "\n".join(lines)
