"""Flat tables of the ledger for analysts: one row per record, typed columns, no nested JSON.

    wwk export news.db --table figures --format parquet -o figures.parquet

    for row in rows(store, "statements"): ...     # dicts with the columns of COLUMNS[table]
    write(rows(store, "figures"), "figures", "csv", path)

Every table has the document's id, outlet and publication date, the record's span (`start`,
`end`, `text`: offsets into the document's stored clean text) and the version of the extractor
that made it. `wwk batch` writes the same tables as Parquet shards.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

import orjson

from .errors import WhatWeKnowError

__all__ = ["COLUMNS", "FORMATS", "TABLES", "flatten", "rows", "write"]

# Column types: str, int, float, bool, date (a publication date, YYYY-MM-DD).
_RECORD = [("document_id", "str"), ("id", "str"), ("outlet", "str"), ("published", "date")]
_VERSION = [("extractor_version", "str")]
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("document_id", "str"),
        ("title", "str"),
        ("outlet", "str"),
        ("published", "date"),
        ("author", "str"),
        ("url", "str"),
        ("locale", "str"),
        ("origin", "str"),
        ("kind", "str"),
        ("ingested_at", "str"),
        ("words", "int"),
        ("model", "str"),
        *_VERSION,
        ("text", "str"),
    ],
    "statements": [
        *_RECORD,
        ("speaker", "str"),
        ("speaker_kind", "str"),
        ("speaker_entity", "str"),
        ("speaker_mention", "str"),
        ("form", "str"),
        ("cue", "str"),
        ("cue_start", "int"),
        ("cue_end", "int"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("nested_in", "str"),
        ("negated", "bool"),
        ("hedged", "bool"),
        ("certainty_level", "str"),
        ("basis", "str"),
        *_VERSION,
    ],
    "figures": [
        *_RECORD,
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("value", "float"),
        ("low", "float"),
        ("high", "float"),
        ("qualifier", "str"),
        ("unit", "str"),
        ("currency", "str"),
        ("counted", "str"),
        ("per", "str"),
        ("measure", "str"),
        ("source", "str"),
        ("source_kind", "str"),
        ("statement", "str"),
        ("hedged", "bool"),
        ("direction", "str"),
        ("cluster", "str"),
        ("status", "str"),
        *_VERSION,
    ],
    "clusters": [
        ("cluster", "str"),
        ("measure", "str"),
        ("status", "str"),
        ("low", "float"),
        ("high", "float"),
        ("unit", "str"),
        ("values", "int"),
        ("independent_sources", "int"),
        ("sources", "str"),
        ("outlets", "str"),
        ("first_published", "date"),
        ("last_published", "date"),
        ("credibility", "int"),
        ("credibility_label", "str"),
    ],
    "entities": [
        *_RECORD,
        ("name", "str"),
        ("type", "str"),
        ("label", "str"),
        ("mentions", "int"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("aliases", "str"),
        ("descriptors", "str"),
        ("affiliation", "str"),
        ("stands_for", "str"),
        *_VERSION,
    ],
    "events": [
        *_RECORD,
        ("date", "str"),
        ("date_text", "str"),
        ("date_precision", "str"),
        ("date_resolved", "bool"),
        ("predicate", "str"),
        ("phrase", "str"),
        ("actor", "str"),
        ("target", "str"),
        ("place", "str"),
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("statement", "str"),
        *_VERSION,
    ],
    "questions": [
        *_RECORD,
        ("start", "int"),
        ("end", "int"),
        ("text", "str"),
        ("heading", "bool"),
        ("answered", "bool"),
        ("answered_by", "str"),
        *_VERSION,
    ],
}
TABLES = tuple(COLUMNS)
FORMATS = ("csv", "jsonl", "parquet")
# Several values in one column ("aliases", "sources") are joined with this.
JOIN = "; "


class ExportError(WhatWeKnowError):
    """An export that cannot be written: no pyarrow for Parquet, an unknown table."""


def flatten(table: str, record: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """One record (as `wwk extract` prints it) as a row of `table`; `document` gives the
    document's id, outlet, published and extractor_version."""
    return {**_document_columns(document), **_FLATTENERS[table](record)}


def _document_columns(document: dict[str, Any]) -> dict[str, Any]:
    return {
        "document_id": document["id"],
        "outlet": document.get("outlet"),
        "published": document.get("published"),
        "extractor_version": document.get("extractor_version"),
    }


def _span(span: dict[str, Any] | None, prefix: str = "") -> dict[str, Any]:
    span = span or {}
    return {
        f"{prefix}start": span.get("start"),
        f"{prefix}end": span.get("end"),
        prefix.rstrip("_") or "text": span.get("text"),
    }


def _name(part: dict[str, Any] | None) -> str | None:
    return (part or {}).get("name")


def _statement(s: dict[str, Any]) -> dict[str, Any]:
    speaker = s.get("speaker") or {}
    certainty = s.get("certainty") or {}
    return {
        "id": s["id"],
        "speaker": speaker.get("name"),
        "speaker_kind": speaker.get("kind"),
        "speaker_entity": speaker.get("entity"),
        "speaker_mention": (speaker.get("mention") or {}).get("text"),
        "form": s.get("form"),
        **_span(s.get("cue"), "cue_"),
        **_span(s.get("content")),
        "nested_in": s.get("nested_in"),
        "negated": bool(s.get("negated")),  # "did not say that …": never the source asserting
        "hedged": certainty.get("hedged"),
        "certainty_level": certainty.get("level"),
        "basis": certainty.get("basis"),
    }


def _figure(f: dict[str, Any]) -> dict[str, Any]:
    source = f.get("source") or {}
    cluster = f.get("cluster")
    return {
        "id": f["id"],
        "start": f.get("start"),
        "end": f.get("end"),
        "text": f.get("text"),
        **{k: f.get(k) for k in ("value", "low", "high", "qualifier", "unit", "currency")},
        "counted": f.get("counted"),
        "per": "/".join(f.get("per") or []) or None,
        "measure": f.get("measure"),
        "source": source.get("name"),
        "source_kind": source.get("kind"),
        "statement": f.get("statement"),
        "hedged": f.get("hedged"),
        "direction": f.get("direction"),
        "cluster": f"c{cluster}" if cluster else None,
        "status": f.get("status"),
    }


def _entity(e: dict[str, Any]) -> dict[str, Any]:
    mentions = e.get("mentions") or []
    return {
        "id": e["id"],
        "name": e.get("name"),
        "type": e.get("type"),
        "label": e.get("label"),
        "mentions": len(mentions),
        **_span(mentions[0] if mentions else None),
        "aliases": JOIN.join(e.get("aliases") or []) or None,
        "descriptors": JOIN.join(d["text"] for d in e.get("descriptors") or []) or None,
        "affiliation": e.get("affiliation"),
        "stands_for": e.get("stands_for"),
    }


def _event(e: dict[str, Any]) -> dict[str, Any]:
    when = e.get("date") or {}
    return {
        "id": e["id"],
        "date": when.get("iso"),
        "date_text": when.get("text"),
        "date_precision": when.get("precision"),
        "date_resolved": when.get("resolved"),
        "predicate": e.get("predicate"),
        "phrase": e.get("phrase"),
        "actor": _name(e.get("actor")),
        "target": _name(e.get("target")),
        "place": _name(e.get("place")),
        **_span(e.get("span")),
        "statement": e.get("statement"),
    }


def _question(q: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": q["id"],
        **_span(q.get("span")),
        "heading": q.get("heading"),
        "answered": q.get("answered"),
        "answered_by": JOIN.join(q.get("answered_by") or []) or None,
    }


_FLATTENERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "statements": _statement,
    "figures": _figure,
    "entities": _entity,
    "events": _event,
    "questions": _question,
}


def rows(store: Any, table: str) -> Iterator[dict[str, Any]]:
    """The rows of `table` over the whole store, in storage order, streamed."""
    if table not in COLUMNS:
        raise ExportError(f"no table {table!r}; choose one of {', '.join(TABLES)}.")
    if table == "documents":
        for document in store.each_document():
            yield {
                **_document_columns(document),
                **{k: document.get(k) for k in ("title", "author", "url", "locale", "origin")},
                "kind": document.get("kind"),
                "ingested_at": document.get("ingested_at"),
                "words": len(document["text"].split()),
                "model": document.get("model"),
                "text": document["text"],
            }
        return
    if table == "clusters":
        yield from _clusters(store)
        return
    statuses = _statuses(store) if table == "figures" else {}
    for document, record in store.each_record(table):
        if table == "figures" and record.get("cluster"):
            record["status"] = statuses.get(record["cluster"])
        yield flatten(table, record, document)


def _judged(store: Any) -> list[dict[str, Any]]:
    """Every figure cluster of the store as the brief judges it over the whole store."""
    from .merge import clusters

    found, _ = clusters(store, store.documents())
    return found


def _statuses(store: Any) -> dict[int, str]:
    return {int(c["id"].lstrip("c")): c["status"] for c in _judged(store)}


def _clusters(store: Any) -> Iterator[dict[str, Any]]:
    for cluster in _judged(store):
        values = cluster["values"]
        dates = sorted(v["location"]["published"] for v in values if v["location"]["published"])
        low, high = (cluster.get("range") or [None, None])[:2]
        yield {
            "cluster": cluster["id"],
            "measure": cluster.get("measure"),
            "status": cluster["status"],
            "low": low,
            "high": high if high != float("inf") else None,
            "unit": next((v["unit"] or v["currency"] for v in values), None),
            "values": cluster.get("values_in_coverage", len(values)),
            "independent_sources": cluster.get("independent_sources"),
            "sources": JOIN.join(s["source"] for s in cluster.get("sources") or [] if s["source"])
            or None,
            "outlets": JOIN.join(sorted({v["location"]["outlet"] or "" for v in values} - {""}))
            or None,
            "first_published": dates[0] if dates else None,
            "last_published": dates[-1] if dates else None,
            "credibility": cluster.get("credibility"),
            "credibility_label": cluster.get("credibility_label"),
        }


def write(found: Iterable[dict[str, Any]], table: str, fmt: str, output: str | Path | None) -> int:
    """Write the rows to `output` (stdout when None, except Parquet); return how many."""
    if fmt == "parquet":
        if output is None:
            raise ExportError("Parquet is binary: give a file with -o, e.g. -o figures.parquet.")
        return _parquet(found, table, Path(output))
    if output is None:
        return _text(found, table, fmt, sys.stdout)
    with open(output, "w", encoding="utf-8", newline="") as stream:
        return _text(found, table, fmt, stream)


def _text(found: Iterable[dict[str, Any]], table: str, fmt: str, stream: IO[str]) -> int:
    columns = [name for name, _ in COLUMNS[table]]
    types = dict(COLUMNS[table])
    count = 0
    if fmt == "csv":
        writer = csv.writer(stream)
        writer.writerow(columns)
        for row in found:
            writer.writerow(_csv_cell(row.get(c), types[c]) for c in columns)
            count += 1
    else:
        for row in found:
            values = {c: _typed(row.get(c), types[c]) for c in columns}
            stream.write(orjson.dumps(values).decode() + "\n")
            count += 1
    return count


def _typed(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date":
        return str(value)[:10] or None
    if kind == "int":
        return int(value)
    if kind == "float":
        number = float(value)
        return number if number not in (float("inf"), float("-inf")) else None
    if kind == "bool":
        return bool(value)
    return str(value)


def _csv_cell(value: Any, kind: str) -> Any:
    value = _typed(value, kind)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table]])


def arrow_table(found: Iterable[dict[str, Any]], table: str) -> Any:
    """The rows as a pyarrow Table with the table's typed schema."""
    import pyarrow as pa

    schema = arrow_schema(table)
    kinds = dict(COLUMNS[table])
    columns: dict[str, list[Any]] = {name: [] for name in schema.names}
    for row in found:
        for name in schema.names:
            value = _typed(row.get(name), kinds[name])
            if kinds[name] == "date" and value is not None:
                value = _date(value)
            columns[name].append(value)
    return pa.Table.from_pydict(columns, schema=schema)


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _parquet(found: Iterable[dict[str, Any]], table: str, path: Path) -> int:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise ExportError(
            "Parquet needs pyarrow: pip install 'whatweknow[batch]' (or use --format csv)."
        ) from None
    count = 0
    with pq.ParquetWriter(str(path), arrow_schema(table)) as writer:
        for chunk in _chunks(found, 10_000):
            writer.write_table(arrow_table(chunk, table))
            count += len(chunk)
    return count


def _chunks(found: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in found:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
