"""CLI options shared by the long commands: --quiet, progress bars on stderr, the default
worker count."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from rich.console import Console

from whatweknow import cli as cli_module
from whatweknow.cli import cli, default_workers

from .conftest import FIXTURES, SEED


@pytest.fixture
def terminal(monkeypatch):
    """stderr as a terminal, captured: where the progress bars draw."""
    screen = io.StringIO()
    monkeypatch.setattr(cli_module, "stderr", Console(file=screen, force_terminal=True, width=100))
    return screen


@pytest.mark.parametrize(
    ("command", "label"),
    [
        (["extract", str(SEED)], "extracting"),
        (["ingest", "{db}", str(SEED)], "ingesting"),
        (["reextract", "{db}", "--all"], "re-extracting"),
    ],
)
def test_long_commands_draw_a_progress_bar_on_a_terminal_and_none_with_quiet(
    tmp_path, terminal, command, label
):
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    if command[0] == "reextract":
        assert runner.invoke(cli, ["-q", "ingest", db, str(SEED)]).exit_code == 0
    args = [a.replace("{db}", db) for a in command] + ["--workers", "1"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert label in terminal.getvalue()
    terminal.seek(0)
    terminal.truncate()
    quiet = runner.invoke(cli, ["--quiet", *args])
    assert quiet.exit_code == 0, quiet.output
    assert terminal.getvalue() == ""


def test_quiet_keeps_errors_and_drops_summaries(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "news.db")
    result = runner.invoke(cli, ["-q", "ingest", db, str(FIXTURES / "feed.xml")])
    assert result.exit_code == 1
    assert "feed entry with no text and no link" in result.stderr
    assert "ingested" not in result.stderr
    brief = runner.invoke(cli, ["-q", "brief", db, "-o", str(tmp_path / "b.md")])
    assert brief.exit_code == 0 and brief.stderr == ""


@pytest.mark.parametrize(
    ("cores", "available_mb", "expected"),
    [
        (8, 1000, 1),  # a small machine: one worker, whatever the cores
        (8, 2500, 4),  # 600 MB each
        (2, 24000, 2),  # plenty of memory: the cores
        (4, None, 4),  # memory unknown: the cores
        (4, 100, 1),  # never fewer than one
    ],
)
def test_the_default_worker_count_fits_the_memory(monkeypatch, cores, available_mb, expected):
    monkeypatch.setattr(cli_module.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(cli_module, "_available_mb", lambda: available_mb)
    assert default_workers() == expected


def test_available_memory_is_read_on_this_machine():
    found = cli_module._available_mb()
    assert found is None or found > 0
