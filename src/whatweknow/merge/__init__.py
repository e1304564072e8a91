"""Merge the per-document records of a set of documents into one ledger.

    ledger = merge(store, store.select(about="north korean troops"))

The ledger holds: syndication groups (copies folded), speakers merged across documents with
their statements, figure clusters with status and Admiralty grade, the timeline, the questions.
Everything in it points back at a document and character offsets; nothing is invented.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..settings import Settings, load_settings
from . import figures as figure_clusters
from .people import People, loose
from .syndication import Linker, groups, wire_credit

__all__ = ["Linker", "merge"]

# Statements of one speaker in several outlets that share this much of their words are one.
SAME_STATEMENT = 0.5
_WORD = re.compile(r"\w+")


def merge(store: Any, documents: list[dict[str, Any]], settings: Settings | None = None) -> dict:
    settings = settings or load_settings()
    ids = [d["id"] for d in documents]
    by_id = {d["id"]: d for d in documents}
    texts = store.texts(ids)
    root = groups(store.copies(), ids)
    wires = {i: wire_credit(by_id[i], texts.get(i, "")) for i in ids}
    independent = {i: wires[i] or root[i] for i in ids}
    entity_rows = store.entity_rows(ids)
    people = People(entity_rows)
    reliability = _reliability(settings)

    def ref(document_id: str, start: int, end: int) -> dict[str, Any]:
        doc = by_id[document_id]
        return {
            "document": document_id,
            "start": start,
            "end": end,
            "outlet": doc.get("outlet"),
            "published": doc.get("published"),
            "title": doc.get("title"),
        }

    speakers = _speakers(store, ids, people, ref, root, entity_rows)
    clusters = _figures(store, ids, people, ref, independent, reliability)
    timeline = _timeline(store, ids, ref, root)
    questions = _questions(store, ids, ref, root)
    outlets = sorted({d.get("outlet") or "unknown outlet" for d in documents})
    dates = sorted(d["published"][:10] for d in documents if d.get("published"))
    copies = {i: root[i] for i in ids if root[i] != i}
    return {
        "documents": documents,
        "copies": copies,
        "wires": {i: w for i, w in wires.items() if w},
        "coverage": {
            "articles": len(ids),
            "independent_articles": len(set(root.values())),
            "copies_folded": len(copies),
            "outlets": outlets,
            "from": dates[0] if dates else None,
            "to": dates[-1] if dates else None,
        },
        "speakers": speakers,
        "figures": clusters,
        "timeline": timeline,
        "questions": questions,
    }


def _reliability(settings: Settings) -> dict[str, str]:
    table = settings.get("reliability", {})
    sources = {loose(k): v for k, v in (table.get("sources") or {}).items()}
    sources[""] = table.get("default", "F")
    return sources


def _grade(reliability: dict[str, str], source: str | None, outlet: str | None) -> str:
    for key in (loose(source or ""), loose(outlet or "")):
        if key and key in reliability:
            return reliability[key]
    return reliability[""]


def _speakers(
    store: Any,
    ids: list[str],
    people: People,
    ref: Any,
    root: dict[str, str],
    entity_rows: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    entities: dict[tuple[str, str], dict[str, Any]] = {
        (e["document_id"], e.get("id", "")): e for e in entity_rows
    }
    grouped: dict[str, dict[str, Any]] = {}
    for document_id, statement in store.records("statements", ids):
        speaker = statement["speaker"]
        if not speaker.get("name") or speaker.get("kind") == "unresolved":
            continue
        entity = entities.get((document_id, speaker.get("entity") or ""))
        descriptors = [d["text"] for d in (entity or {}).get("descriptors") or []]
        name = people.canonical(speaker["name"], speaker["kind"], descriptors)
        entry = grouped.setdefault(
            name,
            {
                "name": name,
                "kind": speaker["kind"],
                "descriptors": [],
                "affiliations": [],
                "statements": [],
            },
        )
        for descriptor in descriptors + people.descriptors.get(name, []):
            if descriptor not in entry["descriptors"]:
                entry["descriptors"].append(descriptor)
        affiliation = (entity or {}).get("affiliation")
        if affiliation and affiliation not in entry["affiliations"]:
            entry["affiliations"].append(affiliation)
        content = statement["content"]
        item = {
            "id": f"{document_id}/{statement['id']}",
            "text": content["text"],
            "cue": (statement.get("cue") or {}).get("text"),
            "form": statement["form"],
            "hedged": (statement.get("certainty") or {}).get("hedged", False),
            "basis": (statement.get("certainty") or {}).get("basis"),
            "source": ref(document_id, content["start"], content["end"]),
            "copy_of": root[document_id] if root[document_id] != document_id else None,
            "also_in": [],
        }
        same = _same_statement(entry, item)
        if same is not None:
            same["also_in"].append(item["source"])
        else:
            _remember(entry, item)
    ordered = sorted(grouped.values(), key=lambda s: (-len(s["statements"]), s["name"]))
    for entry in ordered:
        entry.pop("_index", None)
        entry["outlets"] = sorted(
            {
                s["source"]["outlet"] or "unknown outlet"
                for s in entry["statements"]
                for s in (s, *[{"source": a} for a in s["also_in"]])
            }
        )
    return ordered


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 3)


def _remember(entry: dict[str, Any], item: dict[str, Any]) -> None:
    """Add a statement to its speaker, indexed by its content words for `_same_statement`."""
    index = entry.setdefault("_index", defaultdict(set))
    number = len(entry["statements"])
    entry["statements"].append(item)
    for word in _content_words(item["text"]):
        index[word].add(number)


def _same_statement(entry: dict[str, Any], item: dict[str, Any]) -> dict[str, Any] | None:
    """The speaker's statement from another document with mostly the same words, if any."""
    words = _content_words(item["text"])
    index = entry.get("_index")
    if not words or not index:
        return None
    shared: dict[int, int] = defaultdict(int)
    for word in words:
        for number in index.get(word, ()):
            shared[number] += 1
    for number, count in sorted(shared.items(), key=lambda kv: -kv[1]):
        other = entry["statements"][number]
        theirs = _content_words(other["text"])
        if count / len(words | theirs) < SAME_STATEMENT:
            break
        if other["source"]["document"] != item["source"]["document"]:
            return other
    return None


def _figures(
    store: Any,
    ids: list[str],
    people: People,
    ref: Any,
    independent: dict[str, str],
    reliability: dict[str, str],
) -> list[dict[str, Any]]:
    values = []
    for document_id, figure in store.records("figures", ids):
        if _trivial(figure):
            continue
        source = figure.get("source") or {}
        name = people.canonical(source.get("name"), source.get("kind"))
        values.append(
            {
                "figure": figure,
                "ref": f"{document_id}/{figure['id']}",
                "document": document_id,
                "source": name,
                "via": source.get("via") or [],
                # Named sources are independent of each other; unattributed figures are the
                # articles' own, independent only across syndication groups.
                "source_key": f"speaker:{loose(name)}"
                if name
                else f"article:{independent[document_id]}",
                "published": ref(document_id, 0, 0)["published"],
                "location": ref(document_id, figure["start"], figure["end"]),
            }
        )
    clusters = []
    for number, members in enumerate(figure_clusters.cluster(values), start=1):
        verdict = figure_clusters.assess(members)
        hedged = all(m["figure"]["hedged"] for m in members)
        credibility = figure_clusters.credibility(verdict["status"], hedged)
        items = []
        for member in members:
            figure = member["figure"]
            location = member["location"]
            items.append(
                {
                    "id": member["ref"],
                    "text": figure["text"],
                    "value": figure["value"],
                    "low": figure["low"],
                    "high": figure["high"],
                    "qualifier": figure["qualifier"],
                    "unit": figure["unit"],
                    "currency": figure["currency"],
                    "per": figure["per"],
                    "counted": figure["counted"],
                    "hedged": figure["hedged"],
                    "source": member["source"],
                    "via": member["via"],
                    "reliability": _grade(reliability, member["source"], location["outlet"]),
                    "superseded_by": member.get("superseded_by"),
                    "location": location,
                }
            )
        clusters.append(
            {
                "id": f"c{number}",
                "measure": _label(members),
                "status": verdict["status"],
                "range": verdict["range"],
                "independent_sources": verdict["independent_sources"],
                "disputes": verdict["disputes"],
                "credibility": credibility,
                "credibility_label": figure_clusters.CREDIBILITY[credibility],
                "values": items,
            }
        )
    rank = {"disputed": 0, "corroborated": 1, "single-source": 2}
    clusters.sort(key=lambda c: (rank[c["status"]], -len(c["values"]), c["id"]))
    return clusters


def _trivial(figure: dict[str, Any]) -> bool:
    """Small exact numbers no one asserts ("two roads", "two months"): kept in the documents'
    records, left out of key figures so the brief stays readable."""
    value = figure.get("value")
    return (
        not figure.get("source")
        and not figure.get("currency")
        and value is not None
        and abs(value) < 10
        and figure["qualifier"] == "exact"
    )


def _label(members: list[dict[str, Any]]) -> str:
    """A cluster's name from its own words: the commonest counted noun and measure."""
    counts: dict[str, int] = defaultdict(int)
    for member in members:
        figure = member["figure"]
        label = figure.get("counted") or figure.get("unit") or figure.get("currency") or ""
        if figure.get("per"):
            label = f"{label} per {' per '.join(figure['per'])}".strip()
        counts[label] += 1
    best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    measure = members[0]["figure"].get("measure") or ""
    return best or measure


def _timeline(store: Any, ids: list[str], ref: Any, root: dict[str, str]) -> list[dict[str, Any]]:
    items = []
    seen = set()
    for document_id, event in store.records("events", ids):
        key = (root[document_id], event["phrase"], event["date"].get("iso"))
        if key in seen:
            continue
        seen.add(key)
        span = event["span"]
        items.append(
            {
                "date": event["date"].get("iso"),
                "precision": event["date"].get("precision"),
                "expression": event["date"].get("text"),
                "resolved": event["date"].get("resolved"),
                "phrase": event["phrase"],
                "actor": (event.get("actor") or {}).get("name"),
                "text": span["text"],
                "caption": event.get("caption", False),
                "source": ref(document_id, span["start"], span["end"]),
            }
        )
    return sorted(items, key=lambda e: (e["date"] is None, e["date"] or "", e["phrase"]))


def _questions(store: Any, ids: list[str], ref: Any, root: dict[str, str]) -> list[dict[str, Any]]:
    items = []
    seen = set()
    for document_id, question in store.records("questions", ids):
        text = question["span"]["text"]
        if (root[document_id], text) in seen:
            continue
        seen.add((root[document_id], text))
        span = question["span"]
        items.append(
            {
                "question": text,
                "heading": question["heading"],
                "answered": question["answered"],
                "answered_by": question.get("answered_by", []),
                "cannot_say": (question.get("cannot_say") or {}).get("text"),
                "source": ref(document_id, span["start"], span["end"]),
            }
        )
    return items
