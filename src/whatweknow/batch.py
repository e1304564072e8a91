"""Batch mode on Dask: shards of input -> Parquet shards of records -> a store.

    wwk batch 'dumps/*.jsonl' out/ --local 2          # a LocalCluster with 2 worker processes
    wwk batch 'dumps/*.jsonl' out/ --scheduler tcp://scheduler:8786
    wwk load news.db out/

Each input shard (JSONL, or Parquet with the same columns) becomes one task. A task writes its
Parquet files (the tables of `wwk export`, with the same flat typed columns, and the full
extraction records that `wwk load` reads) into a temporary folder and renames it into place
when done, so a shard whose output folder exists is finished: re-running skips it, and a task
killed half-way leaves nothing behind and is simply retried. The model is loaded once per
worker process.
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .errors import WhatWeKnowError
from .model import Article, Document, Entity, Extraction, Failure, OffsetMap, Span
from .settings import Settings, load_settings

RECORD_TABLES = ("entities", "statements", "figures", "events", "questions")
# Beside the export's documents columns: what `wwk load` needs to rebuild a document.
_LOAD_COLUMNS = ("raw", "offsets", "captions")
INSTALL_HINT = "pip install 'whatweknow[batch]'"


class BatchError(WhatWeKnowError):
    """A batch run that cannot start: no inputs, no Dask, an unreachable scheduler."""


def _require() -> None:
    try:
        import dask.distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise BatchError(
            f"batch mode needs Dask and pyarrow. Install them: {INSTALL_HINT}"
        ) from None


def shards(pattern: str) -> list[str]:
    found = sorted(p for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
    if not found:
        raise BatchError(f"{pattern}: no input files match. Check the pattern (quote it).")
    return found


def shard_name(path: str) -> str:
    """A stable output folder name for an input shard (the same on every run and machine)."""
    digest = hashlib.sha256(os.path.abspath(path).encode()).hexdigest()[:8]
    return f"{Path(path).name.replace('.', '_')}-{digest}"


def process_shard(path: str, output: str, settings: Settings | None = None) -> dict[str, Any]:
    """Extract one shard into `output/<shard>/*.parquet`; skip it if already done."""
    from .pipeline import run

    target = Path(output) / shard_name(path)
    if target.is_dir():
        return {"shard": path, "skipped": True}
    settings = settings or load_settings()
    rows: dict[str, list[dict[str, Any]]] = {
        t: [] for t in ("documents", "extractions", "failures", *RECORD_TABLES)
    }
    for result in run(_articles(path, settings), settings):
        if isinstance(result, Extraction):
            _collect(result, rows)
        elif isinstance(result, Failure):
            rows["failures"].append(
                {"origin": result.origin, "stage": result.stage, "message": result.message}
            )
    partial = Path(output) / f".{target.name}.{uuid.uuid4().hex}.partial"
    partial.mkdir(parents=True)
    try:
        for table, table_rows in rows.items():
            _write(partial / f"{table}.parquet", table, table_rows)
        os.replace(partial, target)  # atomic: the shard is done or absent
    finally:
        if partial.exists():
            shutil.rmtree(partial, ignore_errors=True)
    return {
        "shard": path,
        "skipped": False,
        "documents": len(rows["documents"]),
        "failures": len(rows["failures"]),
    }


def _articles(path: str, settings: Settings) -> Iterator[Article | Failure]:
    from .ingest import read
    from .ingest.dates import iso_date

    if path.endswith(".parquet"):
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        for number, row in enumerate(table.to_pylist(), start=1):
            text = row.get("text")
            if not text:
                yield Failure(
                    f"{path}:{number}",
                    "ingest",
                    f"{path}:{number}: no text column value. Give each row a text.",
                )
                continue
            yield Article(
                text,
                f"{path}:{number}",
                "jsonl",
                row.get("title"),
                row.get("url"),
                iso_date(row.get("published")),
                row.get("outlet"),
                row.get("author"),
                row.get("locale"),
            )
        return
    yield from read([path], settings)


def _collect(extraction: Extraction, rows: dict[str, list[dict[str, Any]]]) -> None:
    from .export import flatten

    doc = extraction.document
    record = extraction.to_dict()
    meta = {**doc.metadata(), "extractor_version": extraction.extractor.get("version")}
    rows["documents"].append(
        {
            **meta,
            "document_id": doc.id,
            "words": len(doc.text.split()),
            "model": extraction.extractor.get("model"),
            "text": doc.text,
            "raw": doc.raw,
            "offsets": json.dumps(doc.offsets.to_list()),
            "captions": json.dumps([c.to_dict() for c in doc.captions]),
        }
    )
    rows["extractions"].append(
        {"document_id": doc.id, "record": json.dumps(record, ensure_ascii=False)}
    )
    for table in RECORD_TABLES:
        rows[table].extend(flatten(table, item, meta) for item in record[table])


def _write(path: Path, table: str, rows: list[dict[str, Any]]) -> None:
    """A table of the shard: the export's typed columns for documents and records; the
    extraction records and failures as strings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .export import COLUMNS, arrow_table

    if table in COLUMNS:
        typed = arrow_table(rows, table)
        if table == "documents":
            for name in _LOAD_COLUMNS:
                typed = typed.append_column(name, pa.array([r[name] for r in rows], pa.string()))
    else:
        names = (
            ("document_id", "record") if table == "extractions" else ("origin", "stage", "message")
        )
        schema = pa.schema([(name, pa.string()) for name in names])
        typed = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(typed, path)


def run_batch(
    pattern: str,
    output: str,
    scheduler: str | None = None,
    local: int | None = None,
    settings: Settings | None = None,
    report: Callable[[dict[str, Any]], None] = lambda _summary: None,
) -> list[dict[str, Any]]:
    """Map every shard to a task on a Dask cluster; return each shard's summary (`report`
    sees each as its shard finishes)."""
    _require()
    from dask.distributed import Client, LocalCluster, as_completed

    for name in (
        "distributed",
        "distributed.scheduler",
        "distributed.nanny",
        "distributed.core",
        "distributed.http.proxy",
    ):
        logging.getLogger(name).setLevel(logging.ERROR)

    inputs = shards(pattern)
    Path(output).mkdir(parents=True, exist_ok=True)
    settings = settings or load_settings()
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as err:
            raise BatchError(
                f"{scheduler}: cannot reach the Dask scheduler ({err}). Check the "
                "address, or use --local N."
            ) from None
        cluster = None
    else:
        cluster = LocalCluster(
            n_workers=local or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        futures = client.map(
            process_shard, inputs, output=output, settings=settings, retries=2, pure=False
        )
        summaries = []
        for future in as_completed(futures):
            summaries.append(future.result())
            report(summaries[-1])
        return summaries
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def done_shards(output: str) -> list[Path]:
    return sorted(p for p in Path(output).iterdir() if p.is_dir() and not p.name.startswith("."))


def extractions(output: str) -> Iterator[Extraction]:
    """Every extraction in finished shards, rebuilt as the records `Store.add` takes."""
    _require()
    import pyarrow.parquet as pq

    for shard in done_shards(output):
        documents = {
            row.get("document_id") or row["id"]: row  # shards before typed columns: "id"
            for row in pq.read_table(shard / "documents.parquet").to_pylist()
        }
        for row in pq.read_table(shard / "extractions.parquet").to_pylist():
            if "record" not in row:
                continue
            yield rebuild(json.loads(row["record"]), documents[row["document_id"]])


def failures(output: str) -> Iterator[Failure]:
    import pyarrow.parquet as pq

    for shard in done_shards(output):
        for row in pq.read_table(shard / "failures.parquet").to_pylist():
            if "origin" in row:
                yield Failure(row["origin"], row["stage"], row["message"])


def rebuild(record: dict[str, Any], stored: dict[str, Any]) -> Extraction:
    doc = record["document"]
    document = Document(
        id=doc["id"],
        text=stored["text"],
        raw=stored["raw"],
        origin=doc["origin"],
        kind=doc["kind"],
        offsets=OffsetMap.from_list(json.loads(stored["offsets"])),
        title=doc.get("title"),
        url=doc.get("url"),
        published=doc.get("published"),
        outlet=doc.get("outlet"),
        author=doc.get("author"),
        locale=doc.get("locale"),
        captions=tuple(Span(**c) for c in json.loads(stored["captions"])),
    )
    entities = tuple(
        Entity(
            id=e["id"],
            name=e["name"],
            type=e["type"],
            label=e["label"],
            mentions=tuple(Span(**m) for m in e["mentions"]),
            aliases=tuple(e.get("aliases") or ()),
            descriptors=tuple(Span(**d) for d in e.get("descriptors") or ()),
            affiliation=e.get("affiliation"),
            stands_for=e.get("stands_for"),
            gender=e.get("gender"),
        )
        for e in record["entities"]
    )
    return Extraction(
        document,
        entities,
        tuple(record["statements"]),
        tuple(record["figures"]),
        tuple(record["events"]),
        tuple(record["questions"]),
        dict(record["extractor"]),
    )
