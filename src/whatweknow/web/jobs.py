"""Ingests from the web, run off the event loop: one at a time in a worker thread (one writer,
one model in memory), each a job whose progress and results a page can show while it runs."""

from __future__ import annotations

import os
import re
import secrets
import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Article, Extraction, Failure
from ..pipeline import Duplicate, ingest_into, worker_pool
from ..settings import Settings
from ..store import Store

# Jobs kept for their pages to show; the oldest are forgotten first.
KEEP = 100
# How much lower the ingest process's priority is than the server's (Unix nice, 0 to 19).
INGEST_NICENESS = 10


@dataclass
class Job:
    id: str
    what: str  # "pasted text", the URL, the file name
    state: str = "waiting"  # waiting | reading | extracting | done
    results: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    started: float = field(default_factory=time.time)
    finished: float | None = None
    future: Future | None = None
    language: str | None = None  # "en": every article read as English

    @property
    def done(self) -> bool:
        return self.state == "done"

    @property
    def seconds(self) -> float:
        return (self.finished or time.time()) - self.started

    @property
    def stored(self) -> list[str]:
        return [r["document"] for r in self.results if r["kind"] == "stored"]


class Ingests:
    def __init__(self, database: str | Path, settings: Settings):
        self.database = database
        self.settings = settings
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wwk-ingest")
        self.extractor: ProcessPoolExecutor | None = None

    def _extractor(self) -> ProcessPoolExecutor:
        """The process that parses and extracts, started at the first ingest and kept: its
        work never holds the interpreter lock the pages need (in the server's own process an
        ingest a second cut page throughput by half), and at a lower priority it leaves the
        cores to the pages first. Spawned, not forked: the server runs threads. A worker that
        died (out of memory) is replaced at the next ingest."""
        if self.extractor is None or getattr(self.extractor, "_broken", False):
            self.extractor = worker_pool(1, self.settings, "spawn", nice=INGEST_NICENESS)
            weakref.finalize(self, self.extractor.shutdown, wait=False, cancel_futures=True)
        return self.extractor

    def warm(self) -> None:
        """Start the ingest process now, in the background: the first ingest then finds the
        model loaded (it takes seconds) instead of waiting for it."""
        self.pool.submit(lambda: self._extractor().submit(os.getpid).result())

    def start(
        self,
        what: str,
        items: Callable[[], Iterable[Article | Failure]],
        language: str | None = None,
    ) -> Job:
        """Queue an ingest of `items()` (called in the worker: fetching a URL is work too);
        `language` "en" reads every article as English (the CLI's --language en)."""
        job = Job(secrets.token_urlsafe(9), what)
        job.language = language
        with self.lock:
            self.jobs[job.id] = job
            while len(self.jobs) > KEEP:
                self.jobs.popitem(last=False)
        job.future = self.pool.submit(self._run, job, items)
        return job

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def _run(self, job: Job, items: Callable[[], Iterable[Article | Failure]]) -> Job:
        try:
            with Store(self.database) as db:
                job.state = "reading"
                settings = self.settings
                if job.language:
                    settings = {**settings, "ingest": {**settings["ingest"], "language": "en"}}
                job.counts = ingest_into(
                    db,
                    self._watched(job, items()),
                    settings,
                    report=self._noter(job, db),
                    pool=self._extractor(),
                )
        except Exception as err:  # the job page says what went wrong; the server goes on
            job.error = f"{type(err).__name__}: {err}"
        finally:
            job.state = "done"
            job.finished = time.time()
        return job

    def _watched(self, job: Job, items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        for item in items:
            if isinstance(item, Article):
                job.state = "extracting"
            yield item

    @staticmethod
    def _noter(job: Job, db: Store) -> Callable[[Any], None]:
        def note(result: Any) -> None:
            if isinstance(result, Extraction):
                document = result.document
                job.results.append(
                    {
                        "kind": "stored",
                        "document": document.id,
                        "title": document.title or document.origin,
                        "origin": document.origin,
                    }
                )
            elif isinstance(result, Duplicate):
                row = db.document(result.document_id) or {}
                job.results.append(
                    {
                        "kind": "duplicate",
                        "document": result.document_id,
                        "title": row.get("title") or result.origin,
                        "origin": result.origin,
                    }
                )
            elif isinstance(result, Failure):
                job.results.append(
                    {
                        "kind": "failed",
                        "document": None,
                        "title": result.origin,
                        "origin": result.origin,
                        "stage": result.stage,
                        "message": _on_the_web(result.message),
                    }
                )

        return note


# A language refusal names the CLI's override; on the web form it is the Language field.
_CLI_LANGUAGE = re.compile(r"If it is in English, pass --language en\.$")


def _on_the_web(message: str) -> str:
    return _CLI_LANGUAGE.sub(
        "If it is in English, choose “English” under Language and ingest it again.", message
    )
