"""What the web pages show, made from the store's records: the document page's marked text and
records, and the API reference rendered from the OpenAPI description."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from markupsafe import Markup, escape

from ..brief.context import add_context, context, headed
from ..brief.passages import Passage, anchor_id, paragraphs
from ..merge import clusters as merged_clusters
from ..settings import Settings

# Speaker colours (CSS classes c0..c11 on the document page); the page's legend names who has
# which, so a colour used twice in a long article is still told apart.
COLOURS = 12
# The legend's name for statements whose speaker is no one named: no speaker page to link to.
UNRESOLVED = "unresolved speaker"


# What the search page's snippets put around a word matched: characters no article keeps, so
# the page can mark them whatever brackets the text has.
_MATCHED = ("\x02", "\x03")


def search_hits(db: Any, query: str) -> list[dict[str, Any]]:
    """The best 50 documents for `query`, each snippet with the words matched in <mark>."""
    hits = db.search(query, limit=50, marks=_MATCHED)
    for hit in hits:
        shown = str(escape(hit["snippet"] or ""))
        hit["snippet"] = Markup(
            shown.replace(_MATCHED[0], "<mark>").replace(_MATCHED[1], "</mark>")
        )
    return hits


def document_view(
    db: Any, row: dict[str, Any], record: dict[str, Any] | None, settings: Settings
) -> dict[str, Any]:
    """The document's text in paragraphs with every statement, figure, event and question
    marked (each anchored with the id briefs link to), each statement's and figure's record
    after the paragraph it starts in, and the legend of speaker colours."""
    text = row["text"]
    if not record:
        body, split = paragraphs(text, [])
        return {
            "paragraphs": _without_headline(text, body, row.get("title")),
            "split": split,
            "legend": [],
        }
    document_id = row["id"]
    colours: dict[str, str] = {}
    counts: dict[str, int] = {}
    passages: list[Passage] = []
    records: list[tuple[int, dict[str, Any]]] = []
    entities = {e["id"]: e for e in record["entities"]}
    figures_in: dict[str, list[dict[str, Any]]] = {}
    for figure in record["figures"]:
        if figure.get("statement"):
            figures_in.setdefault(figure["statement"], []).append(figure)
    for statement in record["statements"]:
        name = statement["speaker"]["name"] or UNRESOLVED
        colour = colours.setdefault(name, f"c{len(colours) % COLOURS}")
        counts[name] = counts.get(name, 0) + 1
        content = statement["content"]
        target = anchor_id(document_id, content["start"], content["end"])
        passages.append(Passage(content["start"], content["end"], anchor=target))
        link = f"#rec-{statement['id']}"
        for piece in statement["fragments"] or [content]:
            passages.append(
                Passage(piece["start"], piece["end"], link=link, classes=f"q {colour}", label=name)
            )
        if statement.get("cue"):
            cue = statement["cue"]
            passages.append(
                Passage(cue["start"], cue["end"], link=link, classes=f"cue {colour}", label=name)
            )
        entity = entities.get(statement["speaker"].get("entity") or "", {})
        mention = (statement["speaker"].get("mention") or {}).get("text")
        records.append(
            (
                content["start"],
                {
                    "kind": "statement",
                    "item": statement,
                    "anchor": target,
                    "descriptors": [d["text"] for d in entity.get("descriptors") or []],
                    "figures": figures_in.get(statement["id"], []),
                    # the speaker as the text gives them, when the name taken differs
                    "mention": mention if mention and mention != name else None,
                    "titles": _titles(text, entity),
                },
            )
        )
    clusters = _clusters(db, document_id, settings)
    numbers = db.figure_clusters(document_id)
    for figure in record["figures"]:
        target = anchor_id(document_id, figure["start"], figure["end"])
        passages.append(Passage(figure["start"], figure["end"], anchor=target))
        passages.append(
            Passage(
                figure["start"],
                figure["end"],
                link=f"#rec-{figure['id']}",
                classes="fig",
                label=f"figure: {figure['text']}",
            )
        )
        records.append(
            (
                figure["start"],
                {
                    "kind": "figure",
                    "item": figure,
                    "anchor": target,
                    "measures": _measures(text, figure),
                    "cluster": clusters.get(f"c{numbers[figure['id']]}")
                    if figure["id"] in numbers
                    else None,
                },
            )
        )
    # events and questions: an anchor the brief's citations link to, nothing marked
    for item in (*record["events"], *record["questions"]):
        span = item["span"]
        passages.append(
            Passage(
                span["start"],
                span["end"],
                anchor=anchor_id(document_id, span["start"], span["end"]),
            )
        )
    body, split = paragraphs(text, passages)
    captions = [(c["start"], c["end"]) for c in record["document"].get("captions") or ()]
    for paragraph in body:
        paragraph.caption = any(
            paragraph.start <= start and end <= paragraph.end for start, end in captions
        )
    body = _without_headline(text, body, row.get("title"))
    starts = [p.start for p in body]
    for start, item in sorted(records, key=lambda r: r[0]):
        body[max(bisect_right(starts, start) - 1, 0)].records.append(item)
    legend = [
        {"name": n, "colour": colours[n], "count": counts[n], "page": n != UNRESOLVED}
        for n in colours
    ]
    return {"paragraphs": body, "split": split, "legend": legend}


def _without_headline(text: str, body: list[Any], title: str | None) -> list[Any]:
    """The paragraphs less a first one that is only the title the page already shows as its
    heading, unless something in it is marked (a statement, a figure, a date)."""
    if body and title:
        first = body[0]
        if text[first.start : first.end].strip() == title.strip() and "<" not in first.html:
            return body[1:]
    return body


_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")


def _titles(text: str, entity: dict[str, Any]) -> list[str]:
    """The titles ("Mr.", "Mrs.") the text puts before the entity's mentions, when they are
    of both sexes: a sign that two people with one surname were taken for one."""
    found = set()
    for mention in entity.get("mentions") or ():
        start = mention["start"]
        title = _TITLE_BEFORE.search(text[max(0, start - 6) : start]) or re.match(
            r"(Mr|Mrs|Ms|Miss)\b", mention["text"]
        )
        if title:
            found.add(title.group(1))
    men, women = {"Mr"} & found, found - {"Mr"}
    return sorted(f"{t}." for t in found) if men and women else []


def _clusters(db: Any, document_id: str, settings: Settings) -> dict[str, dict[str, Any]]:
    """The figure clusters this document's figures belong to, judged over the whole store."""
    numbers = set(db.figure_clusters(document_id).values())
    if not numbers:
        return {}
    holding = db.cluster_documents(sorted(numbers))
    documents = [d for d in db.documents() if d["id"] in holding]
    found, _ = merged_clusters(db, documents, settings, only=numbers, limit=len(numbers))
    add_context(db, {"figures": found, "speakers": []})
    return {cluster["id"]: cluster for cluster in found}


def _measures(text: str, figure: dict[str, Any]) -> str | None:
    """What one figure measures, in its own sentence's words."""
    value = {
        **figure,
        "location": {"start": figure["start"], "end": figure["end"]},
        "context": context(text, figure["start"], figure["end"]),
    }
    found = headed({"values": [value], "measure": None})
    return None if found["sentence"] else found["heading"]  # only a phrase of the text


def api_reference(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI description as a list of operations, for the offline API page."""
    schemas = spec.get("components", {}).get("schemas", {})
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = [
                {
                    "name": p["name"],
                    "in": p["in"],
                    "required": p.get("required", False),
                    "type": _type(p.get("schema", {})),
                    "description": p.get("description", ""),
                }
                for p in operation.get("parameters", [])
            ]
            body = operation.get("requestBody", {}).get("content", {})
            for media in body.values():
                schema = media.get("schema", {})
                if "$ref" in schema:
                    schema = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
                for name, field in schema.get("properties", {}).items():
                    parameters.append(
                        {
                            "name": name,
                            "in": "form",
                            "required": name in schema.get("required", []),
                            "type": _type(field),
                            "description": field.get("description", ""),
                        }
                    )
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "tag": (operation.get("tags") or ["other"])[0],
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "responses": {
                        code: answer.get("description", "")
                        for code, answer in operation.get("responses", {}).items()
                    },
                }
            )
    return sorted(operations, key=lambda o: (o["tag"], o["path"], o["method"]))


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    kind = schema.get("type", "object")
    if kind == "array":
        return f"list of {_type(schema.get('items', {}))}"
    if schema.get("format") == "binary":
        return "file"
    limits = [
        f"{word} {schema[key]}"
        for key, word in (("minimum", "≥"), ("maximum", "≤"))
        if key in schema
    ]
    return kind + (f" ({', '.join(limits)})" if limits else "")
