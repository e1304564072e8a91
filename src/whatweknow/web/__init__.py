"""`wwk serve`: read the ledger in a browser, and a JSON API under /api/.

Pages are rendered on the server with Jinja2 (autoescaped: article text is untrusted), with no
JavaScript and no CDN. Writing (the ingest page and POST /api/ingest) is off unless the app is
started with a token; then requests must carry it. No request path reaches the file system.
Each request opens its own SQLite connection; page handlers run in FastAPI's thread pool and
ingests in a worker thread of their own, so neither a slow page nor an ingest holds up the
others. Errors are an HTML page for pages and `{"error": …, "status": …}` for the API.
"""

from __future__ import annotations

import asyncio
import hmac
import math
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, File, Form, Header, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..brief import brief_html, brief_markdown, build, jsonable
from ..brief.compare import compare
from ..brief.context import add_context
from ..brief.html import described, environment
from ..brief.table import brief_csv
from ..errors import StoreError
from ..ingest import read, read_bytes
from ..ingest.dates import iso_date
from ..ingest.urls import is_url
from ..merge import clusters as merged_clusters
from ..merge import speaker as merged_speaker
from ..merge import speakers_index
from ..merge.people import person_name
from ..model import Article
from ..settings import Settings, load_settings
from ..store import Store
from .jobs import Ingests, Job
from .views import api_reference, document_view, hit_span, search_hits

MAX_PASTE_CHARS = 200_000
# Rows of figure clusters and of speakers a brief page shows before "show all".
PAGE_ROWS = 40
# Statements of each speaker and values of each figure a brief page shows (the latest, values
# in dispute first); the speaker's and the cluster's pages have every one.
STATEMENT_ROWS = 8
# Rows of an index page (documents, speakers, figure clusters).
INDEX_ROWS = 50
# How long the ingest form waits for its job before sending the reader to the job's page.
FORM_WAIT_SECONDS = 4.0
STATUSES = ("disputed", "corroborated", "single-source")
# A request body may hold one document at the size limit, a paste (UTF-8: up to 4 bytes a
# character) and the form's own fields; anything larger is refused before it is read.
FORM_OVERHEAD = 4 * MAX_PASTE_CHARS + 64_000
WRITE_PATHS = ("/ingest", "/api/ingest")
# Sent with every response. No page runs JavaScript or loads anything from elsewhere: inline
# CSS and SVG only, forms post to this server.
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' "
    "data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
}


@dataclass(frozen=True)
class BriefQuery:
    """What the brief page and its downloads are asked for (the same query string)."""

    about: str | None
    since: str | None
    until: str | None
    outlet: str | None
    speaker: str | None
    disputed: bool
    everything: bool

    def query(self) -> dict[str, str]:
        """The selection as a query string's fields (the row limit left out), for links."""
        fields = {
            "about": self.about,
            "since": self.since,
            "until": self.until,
            "outlet": self.outlet,
            "speaker": self.speaker,
            "disputed": "true" if self.disputed else None,
        }
        return {k: v for k, v in fields.items() if v}


def brief_query(
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    speaker: str | None = None,
    disputed: bool = False,
    show: str | None = None,
) -> BriefQuery:
    """The brief's query parameters, read once for every route that shows a brief
    (`show=all` lifts the row limits)."""
    return BriefQuery(about, since, until, outlet, speaker, disputed, show == "all")


def templates() -> Environment:
    return environment()


def create_app(
    database: str | Path, token: str | None = None, settings: Settings | None = None
) -> FastAPI:
    """The app over `database`. Writing is on only with a `token` (a non-empty string); the
    store is checked here, so a file that is not a readable store fails at start, not in
    every page."""
    if token is not None and not token.strip():
        raise ValueError("the token is empty: give a real one, or none to serve read-only")
    with Store(database, read_only=True):
        pass  # raises StoreError, with the reason, for a broken or foreign file
    settings = settings or load_settings()
    limit = settings["ingest"]["max_document_bytes"]
    page_settings = {**settings, "brief": {**settings["brief"], "rows": PAGE_ROWS}}
    ingests = Ingests(database, settings)
    if token is not None:
        ingests.warm()
    app = FastAPI(
        title="whatweknow",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="The sourced ledger of who claims what, and its briefs. Every item cites "
        "a document id and character offsets into its stored text. Errors are "
        '`{"error": "…", "status": N}`.',
    )

    @contextmanager
    def store() -> Iterator[Store]:
        """The store, read-only (the ingest jobs write through their own connection)."""
        try:
            opened = Store(database, read_only=True)
        except StoreError as err:
            raise HTTPException(503, str(err)) from None
        with opened:
            yield opened

    def render(name: str, **context: Any) -> str:
        return (
            templates()
            .get_template(f"web/{name}")
            .render(writable=bool(token), web=True, **context)
        )

    def page(name: str, http_status: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(render(name, **context), status_code=http_status)

    def check(given: str | bytes | None) -> None:
        """The token, compared as bytes in constant time: a form field arrives as text, a
        header as the bytes the client sent (UTF-8 for a non-ASCII token)."""
        if token is None:
            raise HTTPException(403, "writing is off: start the server with --token to allow it")
        if isinstance(given, str):
            given = given.encode("utf-8")
        given = (given or b"").strip().removeprefix(b"Bearer ").strip()
        if not given or not hmac.compare_digest(given, token.strip().encode("utf-8")):
            raise HTTPException(401, "a valid token is required")

    def error(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message, "status": status}, status)
        return page("error.html.j2", status, code=status, message=message, path=request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        elif exc.status_code == 405 and message == "Method Not Allowed":
            message = f"{request.method} is not allowed on {request.url.path}"
        return error(request, exc.status_code, str(message))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error(request, 422, _invalid(exc))

    # -- selections, cached until the store changes -------------------------------------------

    cache: dict[tuple[Any, ...], Any] = {}
    cache_lock = threading.Lock()
    making: dict[tuple[Any, ...], threading.Lock] = {}  # one lock per key being made
    last: dict[tuple[Any, ...], Any] = {}  # the last made of each key, whatever the version

    def cached(key: tuple[Any, ...], make: Callable[[Store], Any]) -> Any:
        """`make(db)`, kept for the same key until a document is added (pages are pure
        functions of the stored records and the request). Made once: when a new document
        empties the cache, one reader draws the page and the others asking for it meanwhile
        are given the page as it was drawn before that document (a consistent earlier state,
        a fraction of a second old), or wait for the drawing where there is none; 30 readers
        of a brief drew it 30 times at once."""
        with store() as db, db.snapshot():  # one read transaction: a commit meanwhile is unseen
            versioned = (*key, db.version())
            with cache_lock:
                if versioned in cache:
                    return cache[versioned]
                lock = making.setdefault(versioned, threading.Lock())
                before = last.get(key)
            if not lock.acquire(blocking=False):
                if before is not None:
                    return before
                lock.acquire()
            try:
                with cache_lock:
                    if versioned in cache:
                        return cache[versioned]
                made = make(db)
                with cache_lock:
                    if len(cache) >= 64:
                        cache.pop(next(iter(cache)))
                    cache[versioned] = made
                    if len(last) >= 64 and key not in last:
                        last.pop(next(iter(last)))
                    last[key] = made
                return made
            finally:
                with cache_lock:
                    making.pop(versioned, None)
                lock.release()

    def selected(
        db: Store, about: str | None, since: str | None, until: str | None, outlet: str | None
    ) -> list[dict[str, Any]]:
        documents = db.select(about or None, since or None, until or None)
        if outlet:
            documents = [d for d in documents if (d.get("outlet") or "") == outlet]
        return documents

    def quoted_in(
        about: str | None, since: str | None, until: str | None, outlet: str | None
    ) -> list[dict[str, Any]]:
        """Everyone quoted in a selection, as the brief merges them, the most quoted first."""
        return cached(
            ("speakers", about, since, until, outlet),
            lambda db: speakers_index(db, selected(db, about, since, until, outlet), settings),
        )

    def _brief(
        about: str | None,
        since: str | None,
        until: str | None,
        outlet: str | None,
        speaker: str | None,
        disputed: bool,
        everything: bool = True,
    ) -> dict[str, Any]:
        """The brief of a selection (the top PAGE_ROWS of each part unless `everything`). With
        a `speaker` (any of their names), only the articles quoting them, and them alone under
        "who says what", exactly as the brief of the selection shows them (`speaker_entry`;
        None when no one of that name is quoted)."""

        def make(db: Store) -> dict[str, Any]:
            documents = selected(db, about, since, until, outlet)
            entry = None
            if speaker:
                entry = speaker_of(about, since, until, outlet, speaker)
                quoting = {
                    ref["document"]
                    for s in (entry or {}).get("statements", [])
                    for ref in (s["source"], *s["also_in"])
                }
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
                made["speakers"] = [entry] if entry else []
                made["more"].pop("speakers", None)
            made["speaker_entry"] = entry
            return made

        made = cached(("brief", about, since, until, outlet, speaker, everything), make)
        if disputed:
            return {**made, "figures": made["disputed"]}
        return made

    def speaker_of(
        about: str | None, since: str | None, until: str | None, outlet: str | None, name: str
    ) -> dict[str, Any] | None:
        """The speaker `name` (any of their names) stands for in a selection, with every
        statement and its sentence, as the brief of the selection merges them."""

        def make(db: Store) -> dict[str, Any] | None:
            documents = selected(db, about, since, until, outlet)
            entry = merged_speaker(db, documents, name, settings)
            if entry is None and (about or since or until or outlet):
                # a name the selection's articles never give ("Barack Obama" where Fox News
                # says only "Obama"): the person the whole coverage knows by it, under a name
                # the selection gives them, if one speaker of the selection is theirs
                whole = speaker_of(None, None, None, None, name)
                names = next(
                    (
                        s["names"]
                        for s in quoted_in(None, None, None, None)
                        if whole and s["name"] == whole["name"]
                    ),
                    [],
                )
                found = {}
                for other in names:
                    if other != name:
                        match = merged_speaker(db, documents, other, settings)
                        if match:
                            found[match["name"]] = match
                entry = next(iter(found.values())) if len(found) == 1 else None
            if entry:
                add_context(db, {"figures": [], "speakers": [entry]})
            return entry

        return cached(("speaker", about, since, until, outlet, name), make)

    def selection(
        about: str | None, since: str | None, until: str | None, outlet: str | None
    ) -> str:
        """The query string that keeps a selection across pages ("" for all the coverage)."""
        query = {"about": about, "since": since, "until": until, "outlet": outlet}
        encoded = urlencode({k: v for k, v in query.items() if v})
        return f"?{encoded}" if encoded else ""

    def outlet_names() -> list[str]:
        return cached(("outlets",), lambda db: [o or "unknown outlet" for o, _ in db.outlets()])

    def extraction_of(document_id: str) -> dict[str, Any]:
        """One document's stored extraction (its id may be a unique prefix); 404 if none."""
        with store() as db:
            row = db.document(document_id)
            if row is None:
                raise HTTPException(404, f"no document {document_id}")
            return db.extraction(row["id"]) or {}

    # -- pages -------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        def make(db: Store) -> dict[str, Any]:
            everything = db.select()
            # the clusters in the brief's order, the disputed first: the disputed among the
            # first five are shown, and the total is the count /figures lists
            first, total = merged_clusters(db, everything, settings, limit=5)
            disputed = [c for c in first if c["status"] == "disputed"]
            add_context(db, {"figures": disputed, "speakers": []})
            # the speakers /speakers lists, as the merge names them (the store keeps a name
            # per spelling, and a row per figure value)
            everyone = speakers_index(db, everything, settings)
            return {
                "counts": {**db.counts(), "speakers": len(everyone), "figures": total},
                "latest": db.documents(6, sort="published", descending=True),
                "speakers": everyone[:8],
                "disputed": disputed,
            }

        return page("home.html.j2", section="/", **cached(("home",), make))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: str = "") -> HTMLResponse:
        # the words matched are marked on the page, not put between brackets as the CLI and
        # the API put them (a reader saw "… [Capitol] [Police] officers …")
        hits = cached(("search page", q), lambda db: search_hits(db, q)) if q.strip() else []
        return page("search.html.j2", query=q, hits=hits)

    @app.get("/help", response_class=HTMLResponse, include_in_schema=False)
    def help_page() -> HTMLResponse:
        return page("help.html.j2")

    def brief_for(asked: BriefQuery) -> dict[str, Any]:
        return _brief(
            asked.about,
            asked.since,
            asked.until,
            asked.outlet,
            asked.speaker,
            asked.disputed,
            everything=asked.everything,
        )

    @app.get("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(asked: Annotated[BriefQuery, Depends(brief_query)]) -> HTMLResponse:
        made = brief_for(asked)
        picked = (asked.about, asked.since, asked.until, asked.outlet)
        suggestions = []
        several = False
        if asked.speaker and not made["speaker_entry"]:
            quoted = quoted_in(*picked)
            whole = _named(asked.speaker, quoted, whole=True)
            several = len(whole) > 1  # theirs to pick from, not "Khanna" beside the Khans
            suggestions = (whole if several else _named(asked.speaker, quoted))[:5]
        query = asked.query()
        return page(
            "brief.html.j2",
            section="/brief",
            brief=made,
            about=asked.about or "",
            since=asked.since or "",
            until=asked.until or "",
            outlet=asked.outlet or "",
            speaker=asked.speaker or "",
            speaker_entry=made["speaker_entry"],
            suggestions=suggestions,
            several=several,
            disputed=asked.disputed,
            hidden=made["more"],
            outlets=outlet_names(),
            selection=selection(*picked),
            request_query=urlencode(query),
            statement_rows=None if asked.everything or asked.speaker else STATEMENT_ROWS,
            value_rows=None if asked.everything else STATEMENT_ROWS,
            query_without_speaker=urlencode({k: v for k, v in query.items() if k != "speaker"}),
        )

    @app.get("/brief.{extension}", include_in_schema=False)
    def brief_download(
        extension: str, asked: Annotated[BriefQuery, Depends(brief_query)]
    ) -> Response:
        """The brief on the page, as a file: Markdown, standalone HTML, JSON or CSV."""
        kinds = {
            "md": "text/markdown; charset=utf-8",
            "html": "text/html; charset=utf-8",
            "json": "application/json",
            "csv": "text/csv; charset=utf-8",
        }
        if extension not in kinds:
            raise HTTPException(404, f"no brief as .{extension}; try .md, .html, .json or .csv")
        made = brief_for(asked)
        made = {k: v for k, v in made.items() if k != "speaker_entry"}
        if extension == "md":
            body = brief_markdown(made)
        elif extension == "csv":
            body = brief_csv(made)
        elif extension == "json":
            return JSONResponse(jsonable(made), headers=_attachment(made, "json"))
        else:
            with store() as db:
                body = brief_html(made, db)
        return Response(body, media_type=kinds[extension], headers=_attachment(made, extension))

    @app.get("/compare", response_class=HTMLResponse, include_in_schema=False)
    def compare_page(
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
    ) -> HTMLResponse:
        made = _brief(about, since, until, None, None, False)
        table = compare(made)
        return page(
            "compare.html.j2",
            section="/compare",
            brief=made,
            table=table,
            about=about or "",
            since=since or "",
            until=until or "",
            selection=selection(about, since, until, None),
        )

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(
        page_number: Annotated[int, Query(alias="page", ge=1)] = 1,
        sort: Annotated[str, Query(pattern="^(published|outlet|title|ingested_at)$")] = "published",
        order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
        outlet: str | None = None,
    ) -> HTMLResponse:
        with store() as db:
            rows = db.documents(
                INDEX_ROWS + 1,
                (page_number - 1) * INDEX_ROWS,
                sort=sort,
                descending=order == "desc",
                outlet=outlet or None,
            )
            total = sum(n for o, n in db.outlets() if not outlet or o == outlet)
            copies = db.copies()
        return page(
            "documents.html.j2",
            section="/documents",
            rows=rows[:INDEX_ROWS],
            page_number=page_number,
            pages=max(1, math.ceil(total / INDEX_ROWS)),
            total=total,
            sort=sort,
            order=order,
            outlet=outlet or "",
            outlets=outlet_names(),
            copies=copies,
        )

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(document_id: str, hit: str | None = None) -> HTMLResponse:
        """A document; `hit` ("START-END", from a search result) marks the words found, which
        the result's link (`#hit`) scrolls to and highlights."""

        def make(db: Store) -> str | None:
            row = db.document(document_id)
            if row is None:
                return None
            record = db.extraction(row["id"])
            copy = db.copies().get(row["id"])
            return render(
                "document.html.j2",
                section="/documents",
                document=row,
                record=record,
                copy_of=copy["original"] if copy else None,
                **document_view(db, row, record, settings, hit_span(hit, row["text"])),
            )

        # the most read page after the brief, and the dearest to draw (50-130 ms for a long
        # article): drawn once per version of the store
        html = cached(("document", document_id, hit), make)
        if html is None:
            raise HTTPException(404, f"no document {document_id}")
        return HTMLResponse(html)

    @app.get("/speakers", response_class=HTMLResponse, include_in_schema=False)
    def speakers_page(
        q: str = "",
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        page_number: Annotated[int, Query(alias="page", ge=1)] = 1,
    ) -> HTMLResponse:
        everyone = quoted_in(about, since, until, outlet)
        found = _named(q, everyone) if q.strip() else everyone
        entry = speaker_of(about, since, until, outlet, q) if q.strip() else None
        if entry is not None and entry["name"] not in {s["name"] for s in found}:
            # a name in a form no record gives ("President Trump", "Sen. Rand Paul", "Mrs.
            # Clinton") finds, first, the speaker their page and the brief's filter find ("Mr.
            # Rubio" listed "Mr. Rubio's campaign manager" alone, not Marco Rubio)
            named = [s for s in everyone if s["name"] == entry["name"]]
            named = named or _named(entry["name"], everyone, True)
            found = named + [s for s in found if s not in named]
        start = (page_number - 1) * INDEX_ROWS
        return page(
            "speakers.html.j2",
            section="/speakers",
            rows=found[start : start + INDEX_ROWS],
            total=len(found),
            everyone=len(everyone),
            q=q,
            page_number=page_number,
            pages=max(1, math.ceil(len(found) / INDEX_ROWS)),
            about=about or "",
            picked={"about": about, "since": since, "until": until, "outlet": outlet},
            selection=selection(about, since, until, outlet),
        )

    @app.get("/speakers/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(
        request: Request,
        name: str,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
    ) -> Response:
        entry = speaker_of(about, since, until, outlet, name)
        if entry is None and len(_named(name, quoted_in(about, since, until, outlet), True)) > 1:
            # "Trump" is Donald J. Trump and Donald Trump Jr.: the index lists them
            picked = {"about": about, "since": since, "until": until, "outlet": outlet}
            query = urlencode({"q": name, **{k: v for k, v in picked.items() if v}})
            return RedirectResponse(f"/speakers?{query}", 307)
        if entry is None:
            raise HTTPException(404, f"no speaker named {name} in this coverage")
        if entry["name"] != name:  # reached by another of their names
            query = f"?{request.url.query}" if request.url.query else ""
            return RedirectResponse(f"/speakers/{quote(entry['name'], safe='')}{query}", 307)
        everyone = quoted_in(about, since, until, outlet)
        surname = _surname(name, entry["kind"])
        others = [
            s
            for s in _named(surname, everyone, whole=True)
            if s["name"] != name and s["kind"] == entry["kind"]
        ][:8]
        # the other names the records give them ("Trump", reached by /speakers/Trump)
        indexed = next((s for s in everyone if s["name"] == name), {"names": []})
        return page(
            "speaker.html.j2",
            section="/speakers",
            speaker=entry,
            affiliations=_not_said(entry.get("affiliations") or [], described(entry)),
            also_named=[n for n in indexed["names"] if n != name],
            others=others,
            surname=surname,
            selection=selection(about, since, until, outlet),
            about=about or "",
        )

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures_page(
        status: Annotated[
            str | None, Query(pattern="^(disputed|corroborated|single-source)$")
        ] = None,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        page_number: Annotated[int, Query(alias="page", ge=1)] = 1,
    ) -> HTMLResponse:
        def make(db: Store) -> tuple[list[dict[str, Any]], int]:
            found, total = merged_clusters(
                db,
                selected(db, about, since, until, outlet),
                settings,
                status=status,
                limit=INDEX_ROWS,
                offset=(page_number - 1) * INDEX_ROWS,
            )
            add_context(db, {"figures": found, "speakers": []})
            return found, total

        found, total = cached(("figures", status, about, since, until, outlet, page_number), make)
        return page(
            "figures.html.j2",
            section="/figures",
            clusters=found,
            total=total,
            status=status or "",
            statuses=STATUSES,
            page_number=page_number,
            pages=max(1, math.ceil(total / INDEX_ROWS)),
            about=about or "",
            selection=selection(about, since, until, outlet),
        )

    @app.get("/figures/{cluster_id}", response_class=HTMLResponse, include_in_schema=False)
    def figure_page(
        cluster_id: str,
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
    ) -> HTMLResponse:
        number = int(cluster_id[1:]) if re.fullmatch(r"c\d{1,9}", cluster_id) else None

        def make(db: Store) -> dict[str, Any] | None:
            if number is None:
                return None
            holding = db.cluster_documents([number])
            documents = [d for d in selected(db, about, since, until, outlet) if d["id"] in holding]
            found, _ = merged_clusters(db, documents, settings, only={number})
            add_context(db, {"figures": found, "speakers": []})
            return found[0] if found else None

        cluster = cached(("figure", number, about, since, until, outlet), make)
        if cluster is None:
            raise HTTPException(404, f"no figure cluster {cluster_id} in this coverage")
        return page(
            "figure.html.j2",
            section="/figures",
            cluster=cluster,
            about=about or "",
            selection=selection(about, since, until, outlet),
        )

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return page("docs.html.j2", section="/docs", operations=api_reference(app.openapi()))

    # -- ingest ------------------------------------------------------------------------------

    @app.get("/ingest", response_class=HTMLResponse, include_in_schema=False)
    def ingest_page() -> HTMLResponse:
        return page("ingest.html.j2", section="/ingest", form={}, job=None)

    @app.post("/ingest", response_class=HTMLResponse, include_in_schema=False)
    async def ingest_form(
        token_field: Annotated[str | None, Form(alias="token")] = None,
        text: Annotated[str | None, Form()] = None,
        title: Annotated[str | None, Form()] = None,
        url: Annotated[str | None, Form()] = None,
        outlet: Annotated[str | None, Form()] = None,
        published: Annotated[str | None, Form()] = None,
        language: Annotated[str | None, Form()] = None,
        upload: Annotated[UploadFile | None, File()] = None,
    ) -> Any:
        form = {
            "text": text,
            "title": title,
            "url": url,
            "outlet": outlet,
            "published": published,
            "language": language,
        }
        try:
            check(token_field)
            job = await start_ingest(text, title, url, outlet, published, upload, language)
        except HTTPException as err:  # said on the form, with everything given kept
            return page(
                "ingest.html.j2",
                err.status_code,
                section="/ingest",
                form=form,
                job=None,
                problem=str(err.detail),
            )
        await finished(job, FORM_WAIT_SECONDS)
        if not job.done:
            return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)
        if len(job.results) == 1 and job.stored:
            return RedirectResponse(f"/documents/{job.stored[0]}", status_code=303)
        return page("ingest.html.j2", section="/ingest", form={}, job=job)

    @app.get("/ingest/jobs/{job_id}", response_class=HTMLResponse, include_in_schema=False)
    def ingest_job(job_id: str) -> HTMLResponse:
        job = ingests.get(job_id)
        if job is None:
            raise HTTPException(404, f"no ingest {job_id} (the server keeps the latest 100)")
        return page("ingest.html.j2", section="/ingest", form={}, job=job)

    async def start_ingest(
        text: str | None,
        title: str | None,
        url: str | None,
        outlet: str | None,
        published: str | None,
        upload: UploadFile | None,
        language: str | None = None,
    ) -> Job:
        """Check what was sent and queue its ingest; nothing blocking runs here. `language`:
        "auto" (each article's language detected, any but English refused) or "en" (every
        article read as English)."""
        if language not in (None, "", "auto", "en"):
            raise HTTPException(422, f"language “{language}”: choose auto or en")
        text = text if text and text.strip() else None
        url = url.strip() if url and url.strip() else None
        when = None
        if published and published.strip():
            when = iso_date(published.strip())
            if when is None:
                raise HTTPException(422, f"“{published}” is not a date: write it as 2024-11-05")
        fields = {"title": title or None, "outlet": outlet or None, "published": when}
        data, name = None, None
        if upload is not None and upload.filename:
            data = await upload.read(limit + 1)
            if len(data) > limit:
                raise HTTPException(413, f"upload over the {limit / 1e6:g} MB limit")
            name = Path(upload.filename).name
        if text is not None and len(text) > MAX_PASTE_CHARS:
            raise HTTPException(413, f"pasted text over {MAX_PASTE_CHARS:,} characters")
        if text is None and url is None and data is None:
            raise HTTPException(422, "give the article's text, its URL or a file to ingest")
        if url is not None and text is None and not is_url(url):
            # never a path, a folder or "-" (stdin): those are the server's, not the user's
            raise HTTPException(422, f"{url[:200]}: not an http(s) URL. Give one.")

        def items() -> Iterator[Any]:
            if text is not None:  # a URL given with the text is its address, not fetched
                yield Article(text, "pasted text", "text", url=url, **fields)
            elif url is not None:
                yield from read([url], settings, overrides=fields)
            if data is not None and name is not None:
                for item in read_bytes(data, name, settings):
                    if isinstance(item, Article):
                        item = _with(item, fields)
                    yield item

        what = "pasted text" if text is not None else url or name or "?"
        return ingests.start(what, items, "en" if language == "en" else None)

    async def finished(job: Job, timeout: float | None) -> None:
        assert job.future is not None
        with suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(job.future)), timeout)

    # -- JSON API ----------------------------------------------------------------------------

    @app.get("/api/documents", tags=["documents"])
    def api_documents(
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
        sort: Annotated[str, Query(pattern="^(published|outlet|title|ingested_at)$")] = "published",
        order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
        outlet: str | None = None,
    ) -> list[dict[str, Any]]:
        """Documents, oldest first (or sorted by `sort`), optionally of one outlet."""
        return cached(
            ("documents", limit, offset, sort, order, outlet),
            lambda db: db.documents(limit, offset, sort, order == "desc", outlet),
        )

    @app.get("/api/documents/{document_id}", tags=["documents"])
    def api_document(document_id: str) -> dict[str, Any]:
        """One document's full extraction (its id may be a unique prefix)."""
        return extraction_of(document_id)

    @app.get("/api/search", tags=["documents"])
    def api_search(q: str, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict[str, Any]]:
        """Full-text search: every word must match."""
        return cached(("search", q, limit), lambda db: db.search(q, limit))

    @app.get("/api/statements", tags=["ledger"])
    def api_statements(
        speaker: str | None = None,
        about: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[dict[str, Any]]:
        """Statements as the brief of the same selection merges them; `speaker` may be any of
        their names."""
        if speaker:
            entry = speaker_of(about, since, until, outlet, speaker)
            speakers = [entry] if entry else []
        else:
            speakers = _brief(about, since, until, outlet, None, False)["speakers"]
        return [
            {"speaker": s["name"], "kind": s["kind"], **statement}
            for s in speakers
            for statement in s["statements"]
        ]

    @app.get("/api/speakers", tags=["ledger"])
    def api_speakers(
        q: str = "",
        about: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
    ) -> list[dict[str, Any]]:
        """Speakers as the brief merges them, the most quoted first; `q` finds them by any of
        their names."""
        everyone = quoted_in(about, since, until, outlet)
        return _named(q, everyone) if q.strip() else everyone

    @app.get("/api/figures", tags=["ledger"])
    def api_figures(about: str | None = None, disputed: bool = False) -> list[dict[str, Any]]:
        """Figure clusters with their values, status and grades."""
        return jsonable(_brief(about, None, None, None, None, disputed)["figures"])

    @app.get("/api/entities", tags=["ledger"])
    def api_entities(document: str) -> list[dict[str, Any]]:
        """The people, organisations, places and groups of one document."""
        return extraction_of(document).get("entities", [])

    @app.get("/api/brief", tags=["ledger"])
    def api_brief(
        asked: Annotated[BriefQuery, Depends(brief_query)],
        show_all: Annotated[bool, Query(alias="all")] = False,
    ) -> dict[str, Any]:
        """The top rows of each part (`more` counts the rest), or every row with `all=true`
        (or `show=all`, as the brief page takes it)."""
        if show_all:
            asked = replace(asked, everything=True)
        made = brief_for(asked)
        return jsonable({k: v for k, v in made.items() if k != "speaker_entry"})

    @app.post("/api/ingest", tags=["documents"])
    async def api_ingest(
        authorization: Annotated[str | None, Header()] = None,
        text: Annotated[str | None, Form()] = None,
        title: Annotated[str | None, Form()] = None,
        url: Annotated[str | None, Form()] = None,
        outlet: Annotated[str | None, Form()] = None,
        published: Annotated[str | None, Form()] = None,
        language: Annotated[
            str | None,
            Form(description="auto: an article not in English is refused; en: read as English"),
        ] = None,
        upload: Annotated[UploadFile | None, File()] = None,
    ) -> dict[str, Any]:
        """Ingest pasted text (with its URL, title, outlet and date), a URL, or a file.
        Answers when done: counts, the ids stored or already there, and each failure's
        reason."""
        check(authorization.encode("latin-1") if authorization else None)  # the bytes sent
        job = await start_ingest(text, title, url, outlet, published, upload, language)
        await finished(job, None)
        if job.error:
            raise HTTPException(500, f"the ingest failed: {job.error}")
        if not any(r["document"] for r in job.results):  # nothing went in: why, and not a 200
            reasons = [r["message"] for r in job.results if r["kind"] == "failed"]
            raise HTTPException(422, " ".join(reasons) or "nothing to ingest")
        return {
            **job.counts,
            "documents": [r["document"] for r in job.results if r["document"]],
            "results": job.results,
        }

    def warm() -> None:
        with suppress(Exception):  # a cold cache is only slower
            _brief(None, None, None, None, None, False, everything=False)

    threading.Thread(target=warm, daemon=True, name="warm-brief").start()

    @app.get("/health", include_in_schema=False)
    def health() -> Any:
        try:
            with Store(database, read_only=True) as db:
                documents = db.count()
        except StoreError as err:
            return JSONResponse({"ok": False, "error": str(err), "status": 503}, 503)
        return {"ok": True, "version": __version__, "time": time.time(), "documents": documents}

    def refuse(scope: dict[str, Any], status: int, message: str) -> Response:
        if scope["path"].startswith("/api/"):
            return JSONResponse({"error": message, "status": status}, status)
        return page("error.html.j2", status, code=status, message=message, path=scope["path"])

    app.add_middleware(
        _WriteGuard,
        check=check,
        refuse=refuse,
        max_body=limit + FORM_OVERHEAD,
        writable=token is not None,
    )
    app.add_middleware(_SecurityHeaders)
    return app


class _WriteGuard:
    """Before a write request's body is read: writing off (403), a missing or wrong bearer
    token on the API (401), a declared body over the limit (413); while it is read, a body that
    grows past the limit (413). A visitor can make the server read no more than `max_body`."""

    def __init__(self, app: Any, check: Any, refuse: Any, max_body: int, writable: bool):
        self.app, self.check, self.refuse = app, check, refuse
        self.max_body, self.writable = max_body, writable

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "").removeprefix(scope.get("root_path", "")).rstrip("/")
        if scope["type"] != "http" or scope["method"] != "POST" or path not in WRITE_PATHS:
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        try:
            if not self.writable or path.startswith("/api/"):
                self.check(headers.get(b"authorization"))  # the form's token is in its body
            declared = int(headers.get(b"content-length") or 0)
        except HTTPException as err:
            await self.refuse(scope, err.status_code, err.detail)(scope, receive, _closing(send))
            return
        except ValueError:
            refusal = self.refuse(scope, 400, "a malformed Content-Length")
            await refusal(scope, receive, _closing(send))
            return
        if declared > self.max_body:
            message = f"a request over the {self.max_body / 1e6:.1f} MB limit"
            await self.refuse(scope, 413, message)(scope, receive, _closing(send))
            return
        seen = 0

        async def counted() -> Any:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:  # a chunked body that outgrows the limit
                raise HTTPException(413, f"a request over the {self.max_body / 1e6:.1f} MB limit")
            return message

        await self.app(scope, counted, _closing(send, lambda: seen > self.max_body))


def _closing(send: Any, when: Any = lambda: True) -> Any:
    """`send`, closing the connection after a response given before the body was read: the
    server would otherwise read the rest of the body to keep the connection."""

    async def closing(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start" and when():
            message["headers"] = [*message.get("headers", []), (b"connection", b"close")]
        await send(message)

    return closing


class _SecurityHeaders:
    """SECURITY_HEADERS on every response."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(
                        (k.encode(), v.encode())
                        for k, v in SECURITY_HEADERS.items()
                        if k.encode() not in present
                    ),
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


def _named(query: str, speakers: list[dict[str, Any]], whole: bool = False) -> list[dict[str, Any]]:
    """The speakers any of whose names hold every word of the query (case and accents of
    punctuation aside), the most quoted first; a word may begin one of theirs ("Canc"), or
    with `whole` must be one ("Trump" of Donald J. Trump and Donald Trump Jr., not "Trumps")."""
    words = [w for w in re.findall(r"\w+", query.lower())]
    if not words:
        return []
    found = []
    for speaker in speakers:
        names = " ".join([speaker["name"], *speaker["names"]]).lower()
        held = set(re.findall(r"\w+", names))
        if all(w in held or (not whole and any(h.startswith(w) for h in held)) for w in words):
            found.append(speaker)
    return found


def _surname(name: str, kind: str) -> str:
    """The name a speaker's page says the others share: a person's surname, never a
    generation's suffix (Theodore J. Boutrous Jr.'s page listed "Others named Jr.: Samuel A.
    Alito Jr."); else the name's last word."""
    read = person_name(name) if kind == "person" else None
    return read.surname if read is not None else name.split()[-1]


def _not_said(affiliations: list[str], description: str) -> list[str]:
    """The affiliations a speaker's description does not already name, in whole words (the
    page read "Republican of Kentucky · Kentucky", "of the Center for Strategic and
    International Studies (CSIS) · Center for Strategic and International Studies")."""
    return [
        a
        for a in affiliations
        if not re.search(rf"(?<!\w){re.escape(a)}(?!\w)", description, re.IGNORECASE)
    ]


def _with(article: Article, fields: dict[str, str | None]) -> Article:
    return replace(article, **{k: v for k, v in fields.items() if v})


def _attachment(brief: dict[str, Any], extension: str) -> dict[str, str]:
    slug = re.sub(r"[^a-z0-9]+", "-", brief["title"].lower()).strip("-")[:60] or "brief"
    return {"Content-Disposition": f'attachment; filename="{slug}.{extension}"'}


def _invalid(exc: RequestValidationError) -> str:
    """A validation error in words: "limit: Input should be less than or equal to 1000"."""
    said = []
    for problem in exc.errors():
        where = ".".join(
            str(p) for p in problem.get("loc", ()) if p not in ("query", "body", "path")
        )
        said.append(f"{where or 'request'}: {problem.get('msg', 'invalid')}")
    return "; ".join(said) or "invalid request"
