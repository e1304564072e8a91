"""`wwk serve`: read the ledger in a browser, and a JSON API under /api/.

Pages are rendered on the server with Jinja2 (autoescaped: article text is untrusted), with no
JavaScript and no CDN. Writing (the ingest page and POST /api/ingest) is off unless the app is
started with a token; then requests must carry it. No request path reaches the file system.
Each request opens its own SQLite connection, and FastAPI runs the handlers in a thread pool,
so one slow request does not hold up the others.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, File, Form, Header, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from jinja2 import Environment

from .. import __version__
from ..brief import build, jsonable
from ..brief.html import environment
from ..ingest import read, read_bytes
from ..model import Article
from ..pipeline import ingest_into
from ..settings import Settings, load_settings
from ..store import Store

MAX_PASTE_CHARS = 200_000
# Rows of figure clusters and of speakers a brief page shows before "show all".
PAGE_ROWS = 40
COLOURS = ("#fde2b3", "#cde8f6", "#d9f2d0", "#f6d3e4", "#e4dcf6", "#f9e0cc", "#d2f0ec", "#f0efc2")


def templates() -> Environment:
    return environment("data/templates/web")


def create_app(
    database: str | Path, token: str | None = None, settings: Settings | None = None
) -> FastAPI:
    settings = settings or load_settings()
    limit = settings["ingest"]["max_document_bytes"]
    page_settings = {**settings, "brief": {**settings["brief"], "rows": PAGE_ROWS}}
    recent: deque[str] = deque(maxlen=10)
    app = FastAPI(
        title="whatweknow",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="The sourced ledger of who claims what, and its briefs.",
    )

    @contextmanager
    def store() -> Iterator[Store]:
        with Store(database) as opened:
            yield opened

    def page(name: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = templates().get_template(name).render(writable=bool(token), **context)
        return HTMLResponse(html, status_code=status)

    def check(given: str | None) -> None:
        if token is None:
            raise HTTPException(403, "writing is off: start the server with --token to allow it")
        if not given or not secrets.compare_digest(given.removeprefix("Bearer ").strip(), token):
            raise HTTPException(401, "a valid token is required")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail, "status": exc.status_code}, exc.status_code)
        return page("error.html.j2", exc.status_code, code=exc.status_code, message=exc.detail)

    # -- pages -------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        with store() as db:
            counts = db.counts()
        return page("home.html.j2", counts=counts, recent=list(recent))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = "") -> HTMLResponse:
        with store() as db:
            hits = db.search(q, limit=50) if q.strip() else []
        return page("search.html.j2", query=q, hits=hits)

    @app.get("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        speaker: str | None = None,
        disputed: bool = False,
        show: str | None = None,
    ) -> HTMLResponse:
        made = _brief(about, since, until, outlet, speaker, disputed, everything=show == "all")
        if about:
            if about in recent:
                recent.remove(about)
            recent.appendleft(about)
        hidden = made["more"]  # a page, not a dump: the rest is one click away
        query = {
            "about": about,
            "since": since,
            "until": until,
            "outlet": outlet,
            "speaker": speaker,
            "disputed": "true" if disputed else None,
        }
        return page(
            "brief.html.j2",
            brief=made,
            about=about or "",
            since=since or "",
            until=until or "",
            outlet=outlet or "",
            speaker=speaker or "",
            disputed=disputed,
            hidden=hidden,
            request_query=urlencode({k: v for k, v in query.items() if v}),
        )

    briefs: dict[tuple[Any, ...], dict[str, Any]] = {}

    def _brief(
        about: str | None,
        since: str | None,
        until: str | None,
        outlet: str | None,
        speaker: str | None,
        disputed: bool,
        everything: bool = True,
    ) -> dict[str, Any]:
        """The brief for a selection (the top PAGE_ROWS of each part unless `everything`);
        cached until the store changes (a brief is a pure function of the stored records and
        the selection)."""
        everything = everything or bool(speaker)  # a speaker's page shows all they said
        with store() as db:
            key = (about, since, until, outlet, speaker, everything, db.version())
            made = briefs.get(key)
            if made is None:
                documents = db.select(about or None, since or None, until or None)
                if outlet:
                    documents = [d for d in documents if d.get("outlet") == outlet]
                if speaker:
                    quoting = db.quoting(speaker)
                    documents = [d for d in documents if d["id"] in quoting]
                made = build(
                    db,
                    about or None,
                    since or None,
                    until or None,
                    page_settings,
                    documents,
                    everything,
                )
                if speaker:
                    made["speakers"] = [s for s in made["speakers"] if s["name"] == speaker]
                if len(briefs) >= 32:
                    briefs.pop(next(iter(briefs)))
                briefs[key] = made
        if disputed:
            return {**made, "figures": made["disputed"]}
        return made

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(document_id: str) -> HTMLResponse:
        with store() as db:
            row = db.document(document_id)
            if row is None:
                raise HTTPException(404, f"no document {document_id}")
            record = db.extraction(row["id"])
        return page(
            "document.html.j2", document=row, record=record, body=_annotated(row["text"], record)
        )

    @app.get("/speakers/{name}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(name: str) -> HTMLResponse:
        made = _brief(None, None, None, None, name, False)
        if not made["speakers"]:
            raise HTTPException(404, f"no speaker named {name}")
        return page("speaker.html.j2", speaker=made["speakers"][0])

    @app.get("/figures/{cluster_id}", response_class=HTMLResponse, include_in_schema=False)
    def figure_page(cluster_id: str, about: str | None = None) -> HTMLResponse:
        made = _brief(about, None, None, None, None, False)
        cluster = next((c for c in made["figures"] if c["id"] == cluster_id), None)
        if cluster is None:
            raise HTTPException(404, f"no figure cluster {cluster_id}")
        return page("figure.html.j2", cluster=cluster, about=about or "")

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_page() -> HTMLResponse:
        return page("ingest.html.j2", result=None)

    @app.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
    async def ingest_form(
        token_field: Annotated[str | None, Form(alias="token")] = None,
        text: Annotated[str | None, Form()] = None,
        title: Annotated[str | None, Form()] = None,
        url: Annotated[str | None, Form()] = None,
        upload: Annotated[UploadFile | None, File()] = None,
    ) -> Any:
        check(token_field)
        counts, ids = await _ingest(text, title, url, upload)
        if len(ids) == 1:
            return RedirectResponse(f"/documents/{ids[0]}", status_code=303)
        return page("ingest.html.j2", result=counts)

    async def _ingest(
        text: str | None, title: str | None, url: str | None, upload: UploadFile | None
    ) -> tuple[dict[str, int], list[str]]:
        items: list[Any] = []
        if text and text.strip():
            if len(text) > MAX_PASTE_CHARS:
                raise HTTPException(413, f"pasted text over {MAX_PASTE_CHARS:,} characters")
            items.append(Article(text, "pasted text", "text", title=title or None))
        if url and url.strip():
            items.extend(read([url.strip()], settings))
        if upload is not None and upload.filename:
            data = await upload.read(limit + 1)
            if len(data) > limit:
                raise HTTPException(413, f"upload over the {limit / 1e6:g} MB limit")
            items.extend(read_bytes(data, Path(upload.filename).name, settings))
        if not items:
            raise HTTPException(422, "give text, a URL or a file to ingest")
        stored: list[str] = []

        def note(result: Any) -> None:
            document = getattr(result, "document", None)
            if document is not None:
                stored.append(document.id)
            elif hasattr(result, "document_id"):
                stored.append(result.document_id)

        with store() as db:
            counts = ingest_into(db, items, settings, report=note)
        return counts, stored

    # -- JSON API ----------------------------------------------------------------------------

    @app.get("/api/documents", tags=["documents"])
    def api_documents(
        limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0)] = 0
    ) -> list[dict[str, Any]]:
        with store() as db:
            return db.documents(limit, offset)

    @app.get("/api/documents/{document_id}", tags=["documents"])
    def api_document(document_id: str) -> dict[str, Any]:
        with store() as db:
            row = db.document(document_id)
            if row is None:
                raise HTTPException(404, f"no document {document_id}")
            return db.extraction(row["id"]) or {}

    @app.get("/api/search", tags=["documents"])
    def api_search(q: str, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict[str, Any]]:
        with store() as db:
            return db.search(q, limit)

    @app.get("/api/statements", tags=["ledger"])
    def api_statements(
        speaker: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        made = _brief(None, since, until, outlet, speaker, False)
        return [
            {"speaker": s["name"], "kind": s["kind"], **statement}
            for s in made["speakers"]
            for statement in s["statements"]
        ]

    @app.get("/api/figures", tags=["ledger"])
    def api_figures(about: str | None = None, disputed: bool = False) -> list[dict[str, Any]]:
        return jsonable(_brief(about, None, None, None, None, disputed)["figures"])

    @app.get("/api/entities", tags=["ledger"])
    def api_entities(document: str) -> list[dict[str, Any]]:
        with store() as db:
            row = db.document(document)
            if row is None:
                raise HTTPException(404, f"no document {document}")
            return (db.extraction(row["id"]) or {}).get("entities", [])

    @app.get("/api/brief", tags=["ledger"])
    def api_brief(
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        speaker: str | None = None,
        disputed: bool = False,
        show_all: Annotated[bool, Query(alias="all")] = False,
    ) -> dict[str, Any]:
        """The top rows of each part (`more` counts the rest), or every row with `all=true`."""
        return jsonable(_brief(about, since, until, outlet, speaker, disputed, everything=show_all))

    @app.post("/api/ingest", tags=["documents"])
    async def api_ingest(
        authorization: Annotated[str | None, Header()] = None,
        text: Annotated[str | None, Form()] = None,
        title: Annotated[str | None, Form()] = None,
        url: Annotated[str | None, Form()] = None,
        upload: Annotated[UploadFile | None, File()] = None,
    ) -> dict[str, Any]:
        check(authorization)
        counts, ids = await _ingest(text, title, url, upload)
        return {**counts, "documents": ids}

    def warm() -> None:
        with suppress(Exception):  # a cold cache is only slower
            _brief(None, None, None, None, None, False, everything=False)

    threading.Thread(target=warm, daemon=True, name="warm-brief").start()

    @app.get("/health", include_in_schema=False)
    def health() -> dict[str, Any]:
        return {"ok": True, "version": __version__, "time": time.time()}

    return app


def _annotated(text: str, record: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The document text cut into pieces, each with the statements and figures over it."""
    if not record:
        return [{"text": text, "statements": [], "figures": [], "cue": False}]
    speakers: dict[str, str] = {}
    marks = []
    for statement in record["statements"]:
        name = statement["speaker"]["name"] or "unresolved"
        colour = speakers.setdefault(name, COLOURS[len(speakers) % len(COLOURS)])
        for piece in statement["fragments"] or [statement["content"]]:
            marks.append(("statement", piece["start"], piece["end"], statement, colour))
        if statement.get("cue"):
            cue = statement["cue"]
            marks.append(("cue", cue["start"], cue["end"], statement, colour))
    for figure in record["figures"]:
        marks.append(("figure", figure["start"], figure["end"], figure, None))
    bounds = sorted({0, len(text)} | {p for m in marks for p in (m[1], m[2])})
    pieces = []
    for left, right in pairwise(bounds):
        over = [m for m in marks if m[1] <= left and right <= m[2]]
        statements = [m for m in over if m[0] == "statement"]
        pieces.append(
            {
                "text": text[left:right],
                "statement": statements[-1][3] if statements else None,
                "colour": statements[-1][4] if statements else None,
                "cue": any(m[0] == "cue" for m in over),
                "figure": next((m[3] for m in over if m[0] == "figure"), None),
            }
        )
    return pieces
