"""`wwk`: the command line, a thin layer over the Python API.

Results go to stdout; logs, progress and summaries to stderr. Exit status: 0 when everything
went through, 1 when any input failed (the others are still done), 2 for usage errors.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from . import __version__
from .brief import brief_html, brief_markdown, build, extraction_markdown, jsonable
from .errors import StoreError, WhatWeKnowError
from .export import FORMATS, TABLES
from .model import Extraction, Failure
from .settings import Settings, load_settings
from .store import Store

log = logging.getLogger("whatweknow")
stderr = Console(stderr=True, soft_wrap=True)


class _Context:
    def __init__(self, settings_path: str | None, quiet: bool = False):
        self.settings_path = settings_path
        self.quiet = quiet

    @property
    def settings(self) -> Settings:
        with _fail_cleanly():
            return load_settings(self.settings_path)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wwk")
@click.option("-v", "--verbose", count=True, help="More logging on stderr (-vv for debug).")
@click.option(
    "-q", "--quiet", is_flag=True, help="No progress bars or summaries on stderr; errors only."
)
@click.option(
    "--settings",
    "settings_path",
    type=click.Path(dir_okay=False),
    envvar="WWK_SETTINGS",
    help="A TOML file overlaying the default settings.",
)
@click.pass_context
def cli(ctx: click.Context, verbose: int, quiet: bool, settings_path: str | None) -> None:
    """whatweknow: a sourced ledger of who claims what in the news.

    \b
    Example:
      wwk ingest news.db examples/north-korean-troops.txt
      wwk docs news.db
    """
    level = logging.ERROR if quiet else logging.WARNING - 10 * verbose
    logging.basicConfig(
        level=max(level, logging.DEBUG),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    ctx.obj = _Context(settings_path, quiet)


# A worker holds the model and a batch of parses: about 560 MB at its peak on PolNeAR's long
# articles (README, Measured); the default counts 600 MB a worker.
WORKER_MB = 600


def default_workers() -> int:
    """As many workers as there are cores and as the available memory holds, at least one."""
    cores = os.cpu_count() or 1
    available = _available_mb()
    if available is None:
        return cores
    return max(1, min(cores, available // WORKER_MB))


def _available_mb() -> int | None:
    """The memory this process may still use, in MB: the system's available memory, less
    under a container's (cgroup v2) limit; None where neither can be read."""
    found = []
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    found.append(int(line.split()[1]) // 1024)
    except (OSError, ValueError):
        pass
    try:
        with open("/sys/fs/cgroup/memory.max", encoding="ascii") as limit_file:
            limit = limit_file.read().strip()
        with open("/sys/fs/cgroup/memory.current", encoding="ascii") as used_file:
            used = int(used_file.read().strip())
        if limit != "max":
            found.append((int(limit) - used) // 2**20)
    except (OSError, ValueError):
        pass
    return min(found) if found else None


workers_option = click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=default_workers,
    show_default=f"the cores that the memory holds at {WORKER_MB} MB each",
    help="Processes parsing in parallel.",
)

_metadata_options = [
    click.option("--encoding", help="Decode inputs with this encoding instead of UTF-8."),
    click.option("--published", help="Publication date for a single input (any date format)."),
    click.option("--outlet", help="Outlet name for a single input."),
    click.option("--title", help="Title for a single input."),
    click.option("--locale", help="Locale for a single input, e.g. de-DE (reads 1,5 as 1.5)."),
    workers_option,
]


def metadata_options(func: Any) -> Any:
    for option in reversed(_metadata_options):
        func = option(func)
    return language_option(func)


language_option = click.option(
    "--language",
    type=click.Choice(["auto", "en"]),
    default=None,
    help="auto (default): refuse articles not in English; en: treat every article as English.",
)


def _with_language(settings: Settings, language: str | None) -> Settings:
    if language:
        settings["ingest"]["language"] = language
    return settings


def _overrides(
    inputs: tuple[str, ...],
    published: str | None,
    outlet: str | None,
    title: str | None,
    locale: str | None,
) -> dict[str, str | None]:
    if (published or outlet or title or locale) and len(inputs) != 1:
        raise click.UsageError(
            "--published, --outlet, --title and --locale apply to a single input."
        )
    if published:
        from .ingest.dates import iso_date

        iso = iso_date(published)
        if iso is None:
            raise click.BadParameter(
                f"{published!r} is not a date (try 2024-11-05).", param_hint="--published"
            )
        published = iso
    return {"published": published, "outlet": outlet, "title": title, "locale": locale}


@cli.command()
@click.argument("database", type=click.Path(dir_okay=False))
@click.argument("inputs", nargs=-1, required=True)
@metadata_options
@click.pass_obj
def ingest(
    obj: _Context,
    database: str,
    inputs: tuple[str, ...],
    encoding: str | None,
    published: str | None,
    outlet: str | None,
    title: str | None,
    locale: str | None,
    workers: int,
    language: str | None,
) -> None:
    """Ingest files, directories, feeds, JSONL dumps, URLs or - (stdin) into DATABASE.

    Each article is cleaned, parsed and extracted, then stored in one transaction. Re-running
    is safe: a document already stored (same content hash) is skipped. An article not in
    English is refused (an error naming its language); --language en forces it through.

    \b
    Example:
      wwk ingest news.db examples/north-korean-troops.txt --published 2024-11-05
      wwk ingest news.db coverage/ https://example.org/feed.xml dump.jsonl
    """
    from .ingest import read  # heavy: only the commands that ingest import them
    from .pipeline import ingest_into

    settings = _with_language(obj.settings, language)
    overrides = _overrides(inputs, published, outlet, title, locale)
    with _fail_cleanly(), Store(database) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)

        def report(result: object) -> None:
            if isinstance(result, Failure):
                progress.console.print(f"[red]error[/red] {result.message}", highlight=False)
            progress.advance(task)

        items = read(inputs, settings, encoding, overrides)
        try:
            counts = ingest_into(store, items, settings, workers, report)
        except KeyboardInterrupt:
            stderr.print("interrupted: every document stored so far is complete; rerun to resume.")
            sys.exit(130)
    _summary(counts)
    if counts["failed"]:
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "md"]),
    default="json",
    show_default=True,
    help="One JSON object per line, or Markdown.",
)
@click.option("--pretty", is_flag=True, help="Indent the JSON (one document per block).")
@metadata_options
@click.pass_obj
def extract(
    obj: _Context,
    inputs: tuple[str, ...],
    fmt: str,
    pretty: bool,
    encoding: str | None,
    published: str | None,
    outlet: str | None,
    title: str | None,
    locale: str | None,
    workers: int,
    language: str | None,
) -> None:
    """Extract from files, directories, feeds, JSONL or URLs; print, store nothing.

    Prints one JSON object per document, in input order, as described by `wwk schema`;
    with --format md, each document as Markdown to read (a value as extracted, "2.222", a
    fraction as one, "2/3").

    \b
    Example:
      wwk extract examples/north-korean-troops.txt --format md
      wwk extract coverage/ > extractions.jsonl
    """
    from .ingest import read
    from .pipeline import run

    settings = _with_language(obj.settings, language)
    overrides = _overrides(inputs, published, outlet, title, locale)
    failed = 0
    # a bar only while the results go to a file or a pipe, not over them on the screen
    with _fail_cleanly(), _progress(hidden=sys.stdout.isatty()) as progress:
        task = progress.add_task("extracting", total=None)
        for result in run(read(inputs, settings, encoding, overrides), settings, workers=workers):
            progress.advance(task)
            if isinstance(result, Failure):
                failed += 1
                progress.console.print(f"[red]error[/red] {result.message}", highlight=False)
            elif isinstance(result, Extraction):
                record = result.to_dict()
                if fmt == "md":
                    click.echo(extraction_markdown(record))
                else:
                    click.echo(json.dumps(record, ensure_ascii=False, indent=2 if pretty else None))
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, default=None, help="At most this many documents.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def docs(obj: _Context, database: str, limit: int | None, as_json: bool) -> None:
    """List the documents in DATABASE, oldest first.

    \b
    Example:
      wwk docs news.db --limit 20
    """
    with _fail_cleanly(), Store(database, read_only=True) as store:
        for row in store.documents(limit):
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                click.echo(
                    "\t".join(str(row[k] or "-") for k in ("id", "published", "outlet", "title"))
                )


@cli.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.argument("document_id")
@click.option("--json", "as_json", is_flag=True, help="The stored extraction record as JSON.")
@click.pass_obj
def show(obj: _Context, database: str, document_id: str, as_json: bool) -> None:
    """Print one document (clean text with its metadata); ID may be a unique prefix.

    \b
    Example:
      wwk show news.db 3f2a9c
    """
    with _fail_cleanly(), Store(database, read_only=True) as store:
        row = store.document(document_id)
        if row is None:
            raise click.ClickException(
                f"no single document with id {document_id!r} in {database}; "
                "list them with `wwk docs`."
            )
        if as_json:
            click.echo(json.dumps(store.extraction(row["id"]), ensure_ascii=False, indent=2))
            return
        for key in ("id", "title", "outlet", "published", "url", "author", "origin"):
            if row[key]:
                click.echo(f"{key}: {row[key]}")
        click.echo("")
        click.echo(row["text"])


@cli.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.pass_obj
def search(obj: _Context, database: str, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over titles and texts; every word must match.

    \b
    Example:
      wwk search news.db "north korean troops"
    """
    with _fail_cleanly(), Store(database, read_only=True) as store:
        for row in store.search(query, limit):
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            else:
                click.echo(f"{row['id']}\t{row['title'] or '-'}\n    {row['snippet']}")


@cli.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--about",
    help="Only documents matching this (full text, or a person's or organisation's name).",
)
@click.option(
    "--since",
    callback=lambda _ctx, _param, value: _day(value, "--since", last=False),
    help="Only documents published on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).",
)
@click.option(
    "--until",
    callback=lambda _ctx, _param, value: _day(value, "--until", last=True),
    help="Only documents published on or before this date (YYYY-MM-DD, YYYY-MM or YYYY).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    callback=lambda _ctx, _param, value: _output_path(value),
    help="Write here, not stdout.",
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Every speaker, figure cluster, event and question, not only the top rows.",
)
@click.pass_obj
def brief(
    obj: _Context,
    database: str,
    about: str | None,
    since: str | None,
    until: str | None,
    fmt: str,
    output: str | None,
    everything: bool,
) -> None:
    """Write the "What we know" brief: key figures, disputes, who says what, timeline,
    open questions and sources, every line linked to the sentence it comes from.

    \b
    Example:
      wwk brief news.db --about "north korean troops" --format html -o brief.html
    """
    settings = obj.settings
    with _fail_cleanly(), Store(database, read_only=True) as store, store.snapshot():
        made = build(store, about, since, until, settings, everything=everything)
        if fmt == "json":
            text = json.dumps(jsonable(made), ensure_ascii=False, indent=2, allow_nan=False)
        elif fmt == "html":
            text = brief_html(made, store)
        else:
            text = brief_markdown(made)
    if output:
        with _fail_cleanly(), open(output, "w", encoding="utf-8") as out:
            out.write(text)
        _note(f"wrote {output}")
    else:
        click.echo(text)


def _day(value: str | None, option: str, last: bool) -> str | None:
    """A --since/--until date as YYYY-MM-DD; a month or a year stands for its first day
    (--since) or its last (--until)."""
    if value is None:
        return None
    import calendar
    from datetime import date

    parts = value.strip().split("-")
    try:
        if not (1 <= len(parts) <= 3 and len(parts[0]) == 4 and all(p.isdigit() for p in parts)):
            raise ValueError
        year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else (12 if last else 1)
        days = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        day = int(parts[2]) if len(parts) > 2 else (days if last else 1)
        return date(year, month, day).isoformat()
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date. Use YYYY-MM-DD (or YYYY-MM, YYYY), e.g. {option} "
            "2024-11-05.",
            param_hint=option,
        ) from None


def _output_path(value: str | None) -> str | None:
    """An output file whose folder exists and can be written, checked before any work."""
    if value is None or value == "-":
        return value
    folder = Path(value).expanduser().absolute().parent
    if not folder.is_dir():
        raise click.BadParameter(
            f"{value}: the folder {folder} does not exist. Create it first, or write elsewhere.",
            param_hint="-o",
        )
    if not os.access(folder, os.W_OK):
        raise click.BadParameter(
            f"{value}: cannot write in {folder}. Choose a folder you can write to.",
            param_hint="-o",
        )
    return value


@cli.command()
@click.argument("pattern")
@click.argument("output", type=click.Path(file_okay=False))
@click.option("--scheduler", help="Address of a running Dask scheduler (tcp://host:8786).")
@click.option("--local", type=click.IntRange(min=1), help="Start a LocalCluster of N processes.")
@click.pass_obj
def batch(
    obj: _Context, pattern: str, output: str, scheduler: str | None, local: int | None
) -> None:
    """Extract shards of input (JSONL or Parquet files matching PATTERN) on a Dask cluster
    into Parquet shards of records under OUTPUT; load them with `wwk load`.

    Each shard is one task; a shard whose output exists is skipped, so re-running resumes.

    \b
    Example:
      wwk batch 'dumps/*.jsonl' out/ --local 2
      wwk load news.db out/
    """
    from .batch import run_batch, shards

    settings = obj.settings
    with _fail_cleanly(), _progress() as progress:
        task = progress.add_task("shards", total=len(shards(pattern)))
        summaries = run_batch(
            pattern,
            output,
            scheduler,
            local or (None if scheduler else 1),
            settings,
            report=lambda _summary: progress.advance(task),
        )
    done = sum(1 for s in summaries if not s["skipped"])
    documents = sum(s.get("documents", 0) for s in summaries)
    failed = sum(s.get("failures", 0) for s in summaries)
    _note(
        f"shards processed {done}, skipped {len(summaries) - done}; documents "
        f"{documents}, failed {failed}"
    )
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("database", type=click.Path(dir_okay=False))
@click.argument("output", type=click.Path(exists=True, file_okay=False))
@click.pass_obj
def load(obj: _Context, database: str, output: str) -> None:
    """Load the Parquet shards that `wwk batch` wrote into DATABASE (idempotent).

    \b
    Example:
      wwk load news.db out/
    """
    from .batch import extractions, failures
    from .pipeline import ingest_into

    with _fail_cleanly(), Store(database) as store, _progress() as progress:
        task = progress.add_task("loading", total=None)
        counts = ingest_into(
            store,
            extractions(output),
            extracted=True,
            report=lambda _result: progress.advance(task),
        )
        for failure in failures(output):
            store.add_failure(failure)
            counts["failed"] += 1
    _summary(counts)
    if counts["failed"]:
        sys.exit(1)


@cli.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--where",
    help="Only documents matching this SQL condition on their columns (outlet, published, "
    "title, url, origin, kind, locale, ingested_at, extractor_version, ...).",
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Every (matching) document, not only those another version extracted.",
)
@workers_option
@click.pass_obj
def reextract(
    obj: _Context, database: str, where: str | None, everything: bool, workers: int
) -> None:
    """Clean and extract stored documents again, from their raw text, with this version, in
    place: ids and metadata stay, text offsets and records are new.

    Without --all, only documents another version extracted. Each document is replaced in one
    transaction; a killed run resumes where it stopped when run again.

    \b
    Example:
      wwk reextract news.db
      wwk reextract news.db --all --where "outlet = 'BBC' AND published >= '2024-11-01'"
    """
    from .reextract import plan
    from .reextract import reextract as run_reextract

    settings = obj.settings
    with _fail_cleanly(), Store(database) as store:
        try:
            ids, resumed = plan(store, where, everything)
        except StoreError as err:
            raise click.BadParameter(str(err), param_hint="--where") from None
        if resumed:
            _note(f"resuming an interrupted reextract: {len(ids)} documents left")
        with _progress() as progress:
            task = progress.add_task("re-extracting", total=len(ids))

            def report(result: object) -> None:
                if isinstance(result, Failure):
                    progress.console.print(f"[red]error[/red] {result.message}", highlight=False)
                progress.advance(task)

            try:
                counts = run_reextract(store, ids, settings, workers, report)
            except KeyboardInterrupt:
                stderr.print(
                    "interrupted: every document replaced so far is complete; rerun to resume."
                )
                sys.exit(130)
    _note(
        f"re-extracted {counts['reextracted']} (clean text changed in {counts['text_changed']}), "
        f"failed {counts['failed']}"
    )
    if counts["failed"]:
        sys.exit(1)


@cli.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.option("--table", type=click.Choice(TABLES), required=True, help="What to export.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Default: from the -o file's suffix, else csv.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    callback=lambda _ctx, _param, value: _output_path(value),
    help="Write here, not stdout (Parquet needs a file).",
)
@click.pass_obj
def export(obj: _Context, database: str, table: str, fmt: str | None, output: str | None) -> None:
    """Export one table of the ledger with flat, typed columns: one row per document,
    statement, figure, figure cluster, entity, event or question, each with its document's
    id, outlet and date, its span (start, end, text) and the extractor version.

    \b
    Example:
      wwk export news.db --table figures -o figures.csv
      wwk export news.db --table statements --format parquet -o statements.parquet
      wwk export news.db --table clusters --format jsonl
    """
    from .export import rows, write

    suffix = Path(output).suffix.lstrip(".").lower() if output else ""
    fmt = fmt or {"ndjson": "jsonl", "pq": "parquet"}.get(suffix, suffix)
    if fmt not in FORMATS:
        fmt = "csv"
    with _fail_cleanly(), Store(database) as store:
        count = write(rows(store, table), table, fmt, output)
    _note(f"exported {count} {table}" + (f" to {output}" if output else ""))


@cli.command()
@click.argument("database", type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True)
@click.option(
    "--token", envvar="WWK_TOKEN", help="Allow ingesting through the web with this token."
)
@click.pass_obj
def serve(obj: _Context, database: str, host: str, port: int, token: str | None) -> None:
    """Serve the ledger in a browser: search, briefs, documents, speakers, figures, and a
    JSON API under /api/ (OpenAPI at /openapi.json). Read-only unless --token is given.

    \b
    Example:
      wwk serve news.db --port 8000
      WWK_TOKEN=s3cret wwk serve news.db
    """
    try:
        import uvicorn

        from .web import create_app
    except ImportError:
        raise click.ClickException(
            "the web app needs FastAPI and uvicorn: pip install 'whatweknow[web]'"
        ) from None
    if token is not None and not token.strip():
        raise click.BadParameter(
            "an empty token would let anyone write. Give a real one, or none to serve read-only.",
            param_hint="--token / WWK_TOKEN",
        )
    settings = obj.settings
    with _fail_cleanly():
        app = create_app(database, token, settings)
    _note(
        f"serving {database} on http://{host}:{port} "
        f"({'writable with the token' if token else 'read-only'})"
    )
    # Connections kept alive 30 s, not uvicorn's 5: a client reusing one the server has just
    # closed sees its request dropped (30 clients under load saw a few a minute).
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=30)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of `wwk extract` output.

    \b
    Example:
      wwk schema > extraction.schema.json
    """
    from .schema import extraction_schema

    click.echo(json.dumps(extraction_schema(), indent=2))


@contextmanager
def _fail_cleanly() -> Iterator[None]:
    """Library errors become one-line messages and exit status 1."""
    try:
        yield
    except WhatWeKnowError as err:
        raise click.ClickException(str(err)) from None
    except BrokenPipeError:  # stdout closed early (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    except OSError as err:  # a file we were asked to write or read: the system's own words
        where = f"{err.filename}: " if err.filename else ""
        raise click.ClickException(f"{where}{err.strerror or err}.") from None


def _quiet() -> bool:
    context = click.get_current_context(silent=True)
    obj = context.find_root().obj if context else None
    return bool(getattr(obj, "quiet", False))


@contextmanager
def _progress(hidden: bool = False) -> Iterator[Progress]:
    """A progress bar on stderr while it is a terminal (never with --quiet); the bar leaves
    stdout alone, so results still go where they were sent."""
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    disable = hidden or _quiet() or not stderr.is_terminal
    with Progress(
        *columns,
        console=stderr,
        transient=True,
        disable=disable,
        redirect_stdout=False,
        redirect_stderr=False,
    ) as bar:
        yield bar


def _note(message: str) -> None:
    """A summary or a note on stderr, unless --quiet."""
    if not _quiet():
        stderr.print(message, highlight=False)


def _summary(counts: dict[str, int]) -> None:
    _note(
        f"ingested {counts['ingested']}, duplicates skipped {counts['duplicates']}, "
        f"failed {counts['failed']}"
    )


def main() -> None:
    cli(prog_name="wwk")
