"""`wwk export`: flat, typed tables of the ledger in CSV, JSONL and Parquet; clean CLI errors for
dates and output paths."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from whatweknow import Store, read, run
from whatweknow.cli import cli
from whatweknow.export import COLUMNS, TABLES, rows
from whatweknow.model import Extraction

from .conftest import FIXTURES, SEED

SPAN_TABLES = ("statements", "figures", "entities", "events", "questions")


@pytest.fixture(scope="module")
def database(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("export") / "news.db"
    inputs = [str(SEED), str(FIXTURES / "coverage.jsonl")]
    with Store(path) as store:
        for result in run(read(inputs), nlp=nlp):
            if isinstance(result, Extraction):
                store.add(result)
    return path


def _export(database, *args):
    result = CliRunner().invoke(cli, ["export", str(database), *args])
    assert result.exit_code == 0, result.stderr
    return result


@pytest.mark.parametrize("table", TABLES)
def test_every_table_exports_its_columns_as_jsonl_with_types(database, table):
    lines = _export(database, "--table", table, "--format", "jsonl").stdout.splitlines()
    found = [json.loads(line) for line in lines]
    assert found, table
    names = [name for name, _ in COLUMNS[table]]
    kinds = {"str": str, "int": int, "float": float, "bool": bool, "date": str}
    for row in found:
        assert list(row) == names
        for name, kind in COLUMNS[table]:
            assert row[name] is None or type(row[name]) is kinds[kind], (name, row[name])


@pytest.mark.parametrize("table", SPAN_TABLES)
def test_every_exported_span_points_into_the_stored_text(database, table):
    with Store(database) as store:
        texts = store.texts([d["id"] for d in store.documents()])
        spans = [r for r in rows(store, table) if r["start"] is not None]
    assert spans
    for row in spans:
        assert texts[row["document_id"]][row["start"] : row["end"]] == row["text"]


def test_figures_carry_value_bounds_source_and_the_status_of_their_cluster(database):
    with Store(database) as store:
        figures = list(rows(store, "figures"))
        clusters = {c["cluster"]: c for c in rows(store, "clusters")}
    pentagon = next(f for f in figures if f["text"] == "about 11,000")
    bloomberg = next(f for f in figures if f["text"] == "as many as 100,000")
    assert (pentagon["value"], pentagon["qualifier"], pentagon["source"]) == (
        11000,
        "approx",
        "Pentagon",
    )
    assert (bloomberg["low"], bloomberg["high"], bloomberg["source"]) == (
        None,
        100000,
        "unnamed sources",
    )
    assert pentagon["cluster"] == bloomberg["cluster"]
    assert pentagon["status"] == clusters[pentagon["cluster"]]["status"] == "disputed"
    assert all(f["status"] == clusters[f["cluster"]]["status"] for f in figures if f["cluster"])


def test_statements_name_speaker_outlet_and_date(database):
    with Store(database) as store:
        statements = list(rows(store, "statements"))
    dated = [s for s in statements if s["published"]]
    assert dated and all(s["outlet"] for s in dated)
    assert any(s["speaker"] == "Mark Cancian" and s["form"] == "direct" for s in statements)
    assert all(s["extractor_version"] == "0.1.0" for s in statements)


def test_a_statement_the_text_denies_is_exported_as_negated(tmp_path, nlp):
    path = tmp_path / "news.db"
    article = tmp_path / "denied.txt"
    article.write_text(
        "The ministry did not say that the convoy had crossed the border on Tuesday.\n\n"
        "The governor said that the convoy had turned back near the river.\n"
    )
    with Store(path) as store:
        for result in run(read([str(article)]), nlp=nlp):
            store.add(result)
        statements = {s["speaker"]: s for s in rows(store, "statements")}
    assert statements["ministry"]["negated"] is True  # never the ministry asserting it
    assert statements["governor"]["negated"] is False


def test_parquet_has_typed_columns(database, tmp_path):
    path = tmp_path / "figures.parquet"
    _export(database, "--table", "figures", "-o", str(path))  # the format from the suffix
    table = pq.read_table(path)
    types = {field.name: str(field.type) for field in table.schema}
    assert types["value"] == types["low"] == "double"
    assert types["start"] == "int64" and types["hedged"] == "bool"
    assert types["published"] == "date32[day]"
    with Store(database) as store:
        assert table.num_rows == store.counts()["figures"]


def test_csv_has_a_header_and_one_row_per_record(database, tmp_path):
    path = tmp_path / "documents.csv"
    result = _export(database, "--table", "documents", "-o", str(path))
    with path.open(encoding="utf-8", newline="") as stream:
        found = list(csv.DictReader(stream))
    with Store(database) as store:
        assert len(found) == store.count()
    assert f"exported {len(found)} documents to {path}" in result.stderr
    assert {r["document_id"] for r in found} >= {"6a297acacef85f21"}


def test_parquet_to_stdout_and_a_missing_folder_are_clear_errors(database):
    runner = CliRunner()
    binary = runner.invoke(
        cli, ["export", str(database), "--table", "figures", "--format", "parquet"]
    )
    assert binary.exit_code == 1 and "give a file with -o" in binary.stderr
    missing = runner.invoke(
        cli, ["export", str(database), "--table", "figures", "-o", "/nonexistent/x.csv"]
    )
    assert missing.exit_code == 2
    assert "the folder /nonexistent does not exist" in missing.stderr
    assert "Traceback" not in missing.output


def test_brief_to_a_missing_folder_is_a_clear_error_before_any_work(database):
    result = CliRunner().invoke(cli, ["brief", str(database), "-o", "/nonexistent/x.md"])
    assert result.exit_code == 2
    assert "/nonexistent/x.md: the folder /nonexistent does not exist" in result.stderr


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_a_date_that_is_not_a_date_is_a_usage_error_naming_the_fix(database, option):
    result = CliRunner().invoke(cli, ["brief", str(database), option, "notadate"])
    assert result.exit_code == 2
    assert "'notadate' is not a date. Use YYYY-MM-DD" in result.stderr
    assert f"{option} 2024-11-05" in result.stderr


def test_a_month_stands_for_its_first_day_since_and_its_last_until(database):
    runner = CliRunner()
    json_brief = lambda *a: json.loads(  # noqa: E731
        runner.invoke(cli, ["brief", str(database), "--format", "json", *a]).stdout
    )
    everything = json_brief()["coverage"]["articles"]
    assert json_brief("--since", "2024-11", "--until", "2024-11")["coverage"]["articles"] > 0
    assert json_brief("--until", "2024-10")["coverage"]["articles"] < everything
    bad = runner.invoke(cli, ["brief", str(database), "--since", "2024-02-30"])
    assert bad.exit_code == 2


def test_jsonl_reads_back_as_the_same_rows(database):
    with Store(database) as store:
        expected = list(rows(store, "events"))
    out = io.StringIO(_export(database, "--table", "events", "--format", "jsonl").stdout)
    found = [json.loads(line) for line in out]
    assert [r["id"] for r in found] == [r["id"] for r in expected]


def test_batch_shards_hold_the_same_typed_tables_and_still_load(tmp_path):
    from whatweknow.batch import extractions, process_shard

    shard = tmp_path / "coverage.jsonl"
    shard.write_text((FIXTURES / "coverage.jsonl").read_text("utf-8"), "utf-8")
    summary = process_shard(str(shard), str(tmp_path / "out"))
    (folder,) = (tmp_path / "out").iterdir()
    for table in ("statements", "figures", "entities", "events", "questions", "documents"):
        schema = pq.read_schema(folder / f"{table}.parquet")
        assert schema.names[: len(COLUMNS[table])] == [name for name, _ in COLUMNS[table]]
    statements = pq.read_table(folder / "statements.parquet")
    types = {field.name: str(field.type) for field in statements.schema}
    assert (types["speaker"], types["start"], types["hedged"], types["published"]) == (
        "string",
        "int64",
        "bool",
        "date32[day]",
    )
    assert statements.num_rows > 0
    assert len(list(extractions(str(tmp_path / "out")))) == summary["documents"] > 0
