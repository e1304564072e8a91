"""What the web pages show, made from the store's records: the document page's marked text and
records, and the API reference rendered from the OpenAPI description."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from markupsafe import Markup, escape

from ..brief.context import add_context, context
from ..brief.headings import headed
from ..brief.passages import Passage, anchor_id, paragraphs
from ..merge import clusters as merged_clusters
from ..merge import speaker_names
from ..settings import Settings

# Speaker colours (CSS classes c0..c11 on the document page); the page's legend names who has
# which, so a colour used twice in a long article is still told apart.
COLOURS = 12
# The legend's name for statements whose speaker is no one named: no speaker page to link to.
UNRESOLVED = "unresolved speaker"
# The id of the words a search result opens its document at (/documents/ID?hit=S-E#hit).
HIT = "hit"


# What the search page's snippets put around a word matched: characters no article keeps, so
# the page can mark them whatever brackets the text has.
_MATCHED = ("\x02", "\x03")


def search_hits(db: Any, query: str) -> list[dict[str, Any]]:
    """The best 50 documents for `query`, each snippet with the words matched in <mark>, and
    where in its document's text the words its snippet marks are (`hit`: "START-END", None
    when the match is in the title only), for a link that opens the document at them."""
    hits = db.search(query, limit=50, marks=_MATCHED)
    texts = db.texts([hit["id"] for hit in hits])
    for hit in hits:
        hit["hit"] = _hit(texts.get(hit["id"], ""), hit["snippet"] or "")
        shown = str(escape(hit["snippet"] or ""))
        hit["snippet"] = Markup(
            shown.replace(_MATCHED[0], "<mark>").replace(_MATCHED[1], "</mark>")
        )
    return hits


def _hit(text: str, snippet: str) -> str | None:
    """Where the words a search snippet marks lie in the text, as "START-END": the longest
    run of marked words one after another ("debate we want" before a lone "debate" earlier),
    the first of the longest (the snippet is the text's own words, cut with " … ")."""
    fragment = snippet.removeprefix(" … ").removesuffix(" … ")
    spans = []  # the marked words' offsets in the fragment without its marks
    plain = []
    at = 0
    for piece in re.split(f"({_MATCHED[0]}[^{_MATCHED[1]}]*{_MATCHED[1]})", fragment):
        word = piece.strip(_MATCHED[0] + _MATCHED[1])
        if piece.startswith(_MATCHED[0]) and word:
            spans.append((at, at + len(word)))
        plain.append(word)
        at += len(word)
    found = text.find("".join(plain))
    if not spans or found < 0:
        return None
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and span[0] - runs[-1][-1][1] <= 2:  # a space or "-" between them
            runs[-1].append(span)
        else:
            runs.append([span])
    run = max(runs, key=len)
    return f"{found + run[0][0]}-{found + run[-1][1]}"


def hit_span(hit: str | None, text: str) -> tuple[int, int] | None:
    """A search hit's "START-END" as offsets within `text`; None if it is not one."""
    found = re.fullmatch(r"(\d{1,9})-(\d{1,9})", hit or "")
    if not found:
        return None
    start, end = int(found.group(1)), int(found.group(2))
    return (start, end) if 0 <= start < end <= len(text) else None


def document_view(
    db: Any,
    row: dict[str, Any],
    record: dict[str, Any] | None,
    settings: Settings,
    hit: tuple[int, int] | None = None,
) -> dict[str, Any]:
    """The document's text in paragraphs with every statement, figure, event and question
    marked (each anchored with the id briefs link to), each statement's and figure's record
    after the paragraph it starts in, and the legend of speaker colours."""
    text = row["text"]
    # a search result opened: its words, the link's target ("#hit")
    found = [Passage(hit[0], hit[1], anchor=HIT)] if hit else []
    if not record:
        body, split = paragraphs(text, found)
        return {
            "paragraphs": _without_headline(text, body, row.get("title")),
            "split": split,
            "legend": [],
        }
    document_id = row["id"]
    colours: dict[str, str] = {}
    counts: dict[str, int] = {}
    passages: list[Passage] = list(found)
    records: list[tuple[int, dict[str, Any]]] = []
    entities = {e["id"]: e for e in record["entities"]}
    figures_in: dict[str, list[dict[str, Any]]] = {}
    for figure in record["figures"]:
        if figure.get("statement"):
            figures_in.setdefault(figure["statement"], []).append(figure)
    # each speaker as the brief of the whole coverage names them, the colour theirs: "Carney"
    # and "Jay Carney" in one article are one speaker with one colour, and the legend and the
    # records name them as the brief and their page do ("Jay Carney")
    merged = speaker_names(
        db,
        db.documents(),
        document_id,
        [s["speaker"]["name"] for s in record["statements"] if s["speaker"]["name"]],
        settings,
    )
    for statement in record["statements"]:
        said = statement["speaker"]
        own = said["name"]
        name = merged.get((own, said.get("kind"), said.get("entity")), own) or UNRESOLVED
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
        mention = (statement["speaker"].get("mention") or {}).get("text") or own
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
                    "name": name if own else None,
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
