"""The web app's pages and JSON API through FastAPI's test client, bad inputs included."""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from whatweknow.cli import cli
from whatweknow.web import create_app

from .conftest import LONG_WAIT, SEED, Gate, ingest_seed_and_coverage

TOKEN = "test-token"
pytestmark = pytest.mark.usefixtures("form_waits_for_its_ingest")
# One claim carried by two outlets, a day apart (names changed from real coverage).
UMEROV = [
    {
        "title": "Minister: troops already fighting",
        "outlet": "Kyiv Courier",
        "published": "2024-11-06",
        "text": "Ukraine's defence minister Rustem Umerov said North Korean troops were "
        "already fighting in the Kursk region.",
    },
    {
        "title": "North Korean troops in combat, Kyiv says",
        "outlet": "Seoul Daily",
        "published": "2024-11-07",
        "text": "North Korean troops are already fighting in the Kursk region, Ukraine's "
        "defence minister Rustem Umerov said on Tuesday.",
    },
]


def _app_of(folder: Path, name: str, *articles: dict) -> TestClient:
    """The app over a store of `articles`, ingested as `wwk ingest` does from a JSONL dump
    `name`.jsonl in `folder`."""
    source = folder / f"{name}.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), "utf-8")
    db = folder / "news.db"
    CliRunner().invoke(cli, ["ingest", str(db), str(source)])
    return TestClient(create_app(db, None))


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    db = folder / "news.db"
    shared = folder / "umerov.jsonl"
    shared.write_text("".join(json.dumps(a) + "\n" for a in UMEROV), "utf-8")
    return ingest_seed_and_coverage(db, shared)


@pytest.fixture(scope="module")
def client(database):
    return TestClient(create_app(database, TOKEN))


@pytest.fixture(scope="module")
def read_only(database):
    return TestClient(create_app(database, None))


@pytest.fixture(scope="module")
def seed_id(client):
    return next(d["id"] for d in client.get("/api/documents").json() if d["outlet"] == "BBC")


@pytest.mark.parametrize(
    "path, text",
    [
        ("/", "Latest articles"),
        ("/search?q=Kursk", "results for “Kursk”"),
        ("/brief?about=north+korean+troops", "What we know about North Korean troops"),
        ("/brief?disputed=true", "Disputed"),
        ("/brief?outlet=BBC&speaker=Mark+Cancian", "Mark Cancian"),
        ("/speakers/Mark%20Cancian", "Mark Cancian"),
        ("/speakers?q=cancian", "Mark Cancian"),
        ("/documents?sort=outlet&order=asc", "Documents"),
        ("/figures?status=disputed", "Figure clusters"),
        ("/compare?about=Umerov", "Compare the outlets"),
        ("/docs", "/api/brief"),
        ("/help", "Credibility"),
        ("/ingest", "Ingest an article"),
    ],
)
def test_pages_render(client, path, text):
    response = client.get(path)
    assert response.status_code == 200
    assert text in response.text
    assert "<script" not in response.text
    assert 'href="#main"' in response.text and "<nav" in response.text  # skip link, navigation


def _citations(brief: dict) -> list[dict]:
    found = [v["location"] for c in brief["figures"] for v in c["values"]]
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            found += [statement["source"], *statement["also_in"]]
    found += [item["source"] for part in ("timeline", "questions") for item in brief[part]]
    return found


def test_every_citation_of_a_brief_lands_on_an_element_of_its_document_page(client):
    brief = client.get("/api/brief", params={"all": True}).json()
    citations = _citations(brief)
    assert len(citations) > 50
    pages: dict[str, str] = {}
    for source in citations:
        document = source["document"]
        if document not in pages:
            pages[document] = client.get(f"/documents/{document}").text
        anchor = f'id="d-{document}-{source["start"]}-{source["end"]}"'
        assert anchor in pages[document], source
    brief_page = client.get("/brief", params={"show": "all"}).text
    links = set(re.findall(r'href="/documents/([0-9a-f]{16})#(d-[0-9a-f-]+)"', brief_page))
    assert len(links) > 50
    assert all(f'id="{anchor}"' in pages[document] for document, anchor in links)


def test_a_figure_inside_a_quote_has_its_own_record_with_its_cluster_and_status(client, seed_id):
    html = client.get(f"/documents/{seed_id}").text
    record = client.get(f"/api/documents/{seed_id}").json()
    figure = next(f for f in record["figures"] if f["text"] == "as many as 100,000")
    inside = next(s for s in record["statements"] if s["id"] == figure["statement"])
    assert inside["content"]["start"] <= figure["start"] < inside["content"]["end"]
    link = re.search(
        rf'<a href="#rec-{figure["id"]}" class="([^"]*)"[^>]*>as many as 100,000</a>', html
    )
    assert link and "q" in link.group(1).split() and "fig" in link.group(1).split()
    card = html.split(f'id="rec-{figure["id"]}"')[1].split('<div class="record"')[0]
    assert "unnamed sources" in card and "Bloomberg" in card
    assert re.search(r'href="/figures/c\d+"', card) and 'class="status disputed"' in card
    heading = re.search(r'href="/figures/c\d+">([^<:]+):', card).group(1)
    assert "deployed" in heading  # what the cluster measures, in the articles' words


def test_brief_shows_each_figure_and_statement_with_its_sentence(client):
    html = client.get("/brief", params={"about": "north korean troops"}).text
    # the cluster says what is measured ("… troops had been deployed"), not just "troops",
    # and its range is the values stated, not the interval they are matched with
    assert re.search(
        r'<a href="/figures/c\d+[^"]*">[^<]+deployed</a>: about 11,000 to as many as 100,000 '
        r"troops",
        html,
    )
    sentence = "originally put at <mark>about 11,000</mark> by the Pentagon"
    assert sentence in html and '<details class="ctx">' in html
    assert "believes <mark>that Pyongyang’s army is" in html  # Cancian's, in its sentence
    assert 'href="/help#credibility"' in html  # grades explained where shown


def test_cite_links_name_the_passage(client):
    html = client.get("/brief", params={"about": "north korean troops"}).text
    assert 'BBC, 2024-11-05<span class="vh">: the passage “as many as 100,000”</span></a>' in html


def test_speaker_page_api_and_brief_filter_agree_with_the_brief(client):
    brief = client.get("/api/brief", params={"all": True}).json()
    entry = next(s for s in brief["speakers"] if s["name"] == "Mark Cancian")
    # reached by a surname: the same merge decides who "Cancian" is
    page = client.get("/speakers/Cancian", follow_redirects=False)
    assert page.status_code == 307 and page.headers["location"] == "/speakers/Mark%20Cancian"
    # his page adds what he said jointly ("Mr. Madden and Mr. Cancian said"), which the brief
    # lists under the two of them
    joint = next(s for s in brief["speakers"] if "Mark Cancian" in s.get("members", []))
    together = [s["text"] for s in joint["statements"]]
    html = client.get("/speakers/Cancian").text
    total = entry["statements_in_coverage"] + joint["statements_in_coverage"]
    count = f"{total} statements in {len(entry['outlets'])} outlets"
    assert count in html and all(outlet in html for outlet in entry["outlets"])
    statements = client.get("/api/statements", params={"speaker": "Cancian"}).json()
    assert {s["speaker"] for s in statements} == {"Mark Cancian"}
    assert [s["text"] for s in statements if not s.get("with")] == [
        s["text"] for s in entry["statements"]
    ]
    assert [s["text"] for s in statements if s.get("with")] == together
    filtered = client.get("/api/brief", params={"speaker": "cancian", "all": True}).json()
    assert [s["name"] for s in filtered["speakers"]] == ["Mark Cancian"]
    assert filtered["speakers"][0]["statements_in_coverage"] == total
    assert filtered["speakers"][0]["outlets"] == entry["outlets"]


def test_a_speaker_page_says_rows_are_merged_only_where_one_is(client):
    """Umerov's words two outlets print are one row, and his page says so; Cancian's page,
    where every row is one article's, does not (the round-63 reader saw "one said in several
    articles is one row" under two single rows)."""
    note = "one said in several articles is one row"
    assert note in client.get("/speakers/Rustem Umerov").text
    assert note not in client.get("/speakers/Mark Cancian").text


def test_an_unknown_speaker_is_said_with_suggestions(client):
    html = client.get("/brief", params={"speaker": "Nobody Atall"}).text
    assert "No one named “Nobody Atall” is quoted" in html
    assert client.get("/speakers/Nobody%20Atall").status_code == 404


def test_compare_shows_one_claim_carried_by_two_outlets_and_who_had_it_first(client):
    html = client.get("/compare", params={"about": "Umerov"}).text
    claims = html.split('id="shared-claims"')[1]
    row = next(r for r in claims.split("<tr>") if "Rustem Umerov" in r)
    cells = re.findall(r'<td data-label="([^"]+)">(.*?)</td>', row, re.S)
    assert {label for label, _ in cells} == {"Kyiv Courier", "Seoul Daily"}
    first = [label for label, cell in cells if 'class="badge first"' in cell]
    assert first == ["Kyiv Courier"]
    assert all(re.search(r'href="/documents/[0-9a-f]{16}#d-', cell) for _, cell in cells)


def test_compare_puts_a_claim_in_quotation_marks_once(tmp_path):
    """Reviewer, round 58 (BASIL 1e41e98b): the claims row read “that he was “very proud to
    announce” … government.””; words of the reporter's that hold the speaker's in their own
    marks are shown as they are, as the brief shows them."""
    said = (
        "that he was “very proud to announce” what he called “a deal to end the shutdown and "
        "reopen the federal government.”"
    )
    articles = tmp_path / "deal.jsonl"
    articles.write_text(
        "".join(
            json.dumps(
                {
                    "title": f"Deal {n}",
                    "outlet": outlet,
                    "published": f"2019-01-2{5 + n}",
                    "text": f"{who} began his remarks as if he had emerged victorious, saying "
                    + said,
                }
            )
            + "\n"
            for n, (outlet, who) in enumerate(
                (("Daily Test", "Mr. Trump"), ("Evening Ledger", "President Trump"))
            )
        ),
        "utf-8",
    )
    database = tmp_path / "news.db"
    assert CliRunner().invoke(cli, ["ingest", str(database), str(articles)]).exit_code == 0
    html = TestClient(create_app(database, None)).get("/compare").text
    claims = html.split('id="shared-claims"')[1]
    row = next(r for r in claims.split("<tr>") if "very proud" in r)
    heading = row.split("</th>")[0]
    assert f": {said} <details" in heading
    assert "”” " not in heading and "““" not in heading


def test_compare_puts_another_outlets_words_in_marks_only_where_they_quote(tmp_path):
    """Reviewer, round 63 (BASIL ad409798): the cell of the outlet printing other words read
    “that “too many voices are being destroyed””; a mixed quote is shown as written, a direct
    one in marks ("Censorship is …")."""
    texts = (
        (
            "HuffPost",
            "Trump tweeted that “too many voices are being destroyed, some good and some "
            "bad, and that cannot be allowed to happen.” “Censorship is a very dangerous thing "
            "& impossible to police,” he added.",
        ),
        (
            "Fox News",
            "President Trump on Saturday took aim at social media tech giants for "
            "“discriminating” against Republicans and conservatives -- saying that “too many "
            "voices are being destroyed” and promising that his administration would not allow "
            "it to happen. He went on to call censorship “a dangerous thing” and then took a "
            "swipe at CNN and MSNBC.",
        ),
    )
    articles = tmp_path / "voices.jsonl"
    articles.write_text(
        "".join(
            json.dumps(
                {"title": f"Voices {n}", "outlet": outlet, "published": "2018-08-18", "text": text}
            )
            + "\n"
            for n, (outlet, text) in enumerate(texts)
        ),
        "utf-8",
    )
    database = tmp_path / "news.db"
    assert CliRunner().invoke(cli, ["ingest", str(database), str(articles)]).exit_code == 0
    claims = TestClient(create_app(database, None)).get("/compare").text
    claims = claims.split('id="shared-claims"')[1]
    row = next(r for r in claims.split("<tr>") if "too many voices" in r)
    assert '<span class="also">that “too many voices are being destroyed, some good' in row, row
    shown = re.sub(r'<span class="vh">.*?</span>', "", row.split("</tr>")[0])  # as read
    assert "““" not in shown and "””" not in shown and "“that" not in shown
    row = next(r for r in claims.split("<tr>") if "dangerous thing" in r)
    assert '<span class="also">“Censorship is a very dangerous thing &amp; impossible' in row


def test_brief_links_to_the_comparison_and_downloads(client):
    html = client.get("/brief", params={"about": "north korean troops"}).text
    assert 'href="/compare?about=north+korean+troops"' in html
    for extension, kind, start in (
        ("md", "text/markdown", "# What we know about North Korean troops"),
        ("html", "text/html", "<!DOCTYPE html>"),
        ("json", "application/json", "{"),
        ("csv", "text/csv", "part,group,status"),
    ):
        assert f'href="/brief.{extension}?about=north+korean+troops"' in html
        response = client.get(f"/brief.{extension}", params={"about": "north korean troops"})
        assert response.status_code == 200 and response.headers["content-type"].startswith(kind)
        assert response.text.startswith(start)
        assert "attachment" in response.headers["content-disposition"]
    assert client.get("/brief.pdf").status_code == 404


def test_the_whole_store_brief_is_not_titled_after_one_article(client):
    brief = client.get("/api/brief").json()
    assert brief["title"].startswith("What we know from ")
    assert "North Korean troops in Ukraine" not in brief["title"]


def test_home_records_no_visitor_queries(client):
    client.get("/brief", params={"about": "zzqx junk query"})
    assert "zzqx" not in client.get("/").text


def test_documents_index_pages_and_sorts(client):
    listed = client.get("/api/documents", params={"sort": "outlet", "order": "desc"}).json()
    outlets = [d["outlet"] or "" for d in listed]
    assert outlets == sorted(outlets, reverse=True)
    html = client.get("/documents", params={"outlet": "Metro Herald"}).text
    assert "2 documents from Metro Herald" in html


def test_figures_index_filters_by_status(client):
    html = client.get("/figures", params={"status": "disputed"}).text
    statuses = set(re.findall(r'class="status ([a-z-]+)"', html))
    assert statuses == {"disputed"}
    assert client.get("/figures", params={"status": "bogus"}).status_code == 422


def test_api_documents_and_document(client, seed_id):
    listed = client.get("/api/documents", params={"limit": 2}).json()
    assert len(listed) == 2
    record = client.get(f"/api/documents/{seed_id}").json()
    assert record["document"]["id"] == seed_id
    entities = client.get("/api/entities", params={"document": seed_id}).json()
    assert any(e["name"] == "Mark Cancian" for e in entities)


def test_api_statements_filter_by_speaker_outlet_and_date(client):
    cancian = client.get("/api/statements", params={"speaker": "Mark Cancian"}).json()
    assert cancian and {s["speaker"] for s in cancian} == {"Mark Cancian"}
    outlet = client.get("/api/statements", params={"outlet": "Metro Herald"}).json()
    assert outlet and all(s["source"]["outlet"] == "Metro Herald" for s in outlet)
    dated = client.get(
        "/api/statements", params={"since": "2024-11-04", "until": "2024-11-04"}
    ).json()
    assert dated and all(s["source"]["published"] == "2024-11-04" for s in dated)


def test_api_speakers_finds_anyone_by_any_name(client):
    found = client.get("/api/speakers", params={"q": "cancian"}).json()
    assert found[0]["name"] == "Mark Cancian"
    assert all("cancian" in " ".join([s["name"], *s["names"]]).lower() for s in found)
    assert "Mr. Cancian" in found[0]["names"] or "Cancian" in found[0]["names"]


def test_api_brief_takes_the_brief_pages_query(database, monkeypatch):
    import whatweknow.web

    monkeypatch.setattr(whatweknow.web, "PAGE_ROWS", 2)
    client = TestClient(create_app(database, None))
    top = client.get("/api/brief").json()
    assert any(top["more"].values())
    every = client.get("/api/brief", params={"all": True}).json()
    assert not any(every["more"].values())
    assert client.get("/api/brief", params={"show": "all"}).json() == every


def test_api_brief_figures_and_search(client):
    brief = client.get("/api/brief", params={"about": "north korean troops"}).json()
    assert brief["title"].startswith("What we know about")
    assert client.get("/api/figures").json()
    assert client.get("/api/search", params={"q": "Kharkiv"}).json()


def test_openapi_describes_the_api(client):
    spec = client.get("/openapi.json").json()
    assert {
        "/api/documents",
        "/api/statements",
        "/api/speakers",
        "/api/figures",
        "/api/brief",
        "/api/entities",
        "/api/ingest",
    } <= set(spec["paths"])


def test_unknown_ids_are_404_with_a_json_error(client):
    response = client.get("/api/documents/ffffffffffffffff")
    assert response.status_code == 404
    assert response.json()["error"].startswith("no document")
    assert client.get("/api/entities", params={"document": "ffff"}).status_code == 404
    assert client.get("/documents/ffffffffffffffff").status_code == 404
    assert client.get("/speakers/Nobody%20Atall").status_code == 404
    assert client.get("/figures/c99999").status_code == 404


@pytest.mark.parametrize(
    "path, status",
    [
        ("/api/nowhere", 404),
        ("/api/documents?limit=5000", 422),
        ("/api/search", 422),
        ("/api/entities", 422),
    ],
)
def test_every_api_error_is_json_with_error_and_status(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error", "status"} and body["status"] == status and body["error"]


@pytest.mark.parametrize(
    "path, status", [("/nowhere", 404), ("/documents?page=zero", 422), ("/figures/x1", 404)]
)
def test_page_errors_are_html_pages(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in response.text and "<nav" in response.text


def test_ingest_needs_the_token(client, read_only):
    text = {"text": "Officials said 40 people were hurt in the blast on Monday in the port city."}
    assert client.post("/api/ingest", data=text).status_code == 401
    assert (
        client.post("/api/ingest", data=text, headers={"Authorization": "Bearer wrong"}).status_code
        == 401
    )
    assert (
        read_only.post(
            "/api/ingest", data=text, headers={"Authorization": f"Bearer {TOKEN}"}
        ).status_code
        == 403
    )
    ok = client.post("/api/ingest", data=text, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["ingested"] == 1


def test_ingest_form_redirects_to_the_new_document_with_its_outlet_and_date(client):
    response = client.post(
        "/ingest",
        data={
            "token": TOKEN,
            "title": "Pasted",
            "outlet": "Harbour Gazette",
            "published": "2024-11-08",
            "url": "https://gazette.example/boats",
            "text": "Witnesses said 12 boats were seen near the coast.",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    document = response.headers["location"].removeprefix("/documents/")
    stored = client.get(f"/api/documents/{document}").json()["document"]
    assert (stored["outlet"], stored["published"], stored["url"]) == (
        "Harbour Gazette",
        "2024-11-08",
        "https://gazette.example/boats",
    )


@pytest.mark.parametrize(
    "fields, status, said",
    [
        ({"token": "wrong"}, 401, "a valid token is required"),
        ({"token": TOKEN, "text": " "}, 422, "give the article"),
        ({"token": TOKEN, "published": "the day after"}, 422, "is not a date"),
    ],
)
def test_ingest_form_errors_are_said_inline_and_keep_the_text(client, fields, status, said):
    data = {"text": "Residents said 30 homes <were> flooded.", "title": "Floods", **fields}
    response = client.post("/ingest", data=data)
    assert response.status_code == status
    assert said in response.text and 'role="alert"' in response.text
    kept = data["text"]
    assert f">{kept.replace('<', '&lt;').replace('>', '&gt;')}</textarea>" in response.text
    assert 'value="Floods"' in response.text


def test_ingest_form_says_already_stored_with_a_link(client):
    text = "The council said 18 bridges needed repairs before the winter."
    data = {"token": TOKEN, "text": text}
    first = client.post("/ingest", data=data, follow_redirects=False)
    document = first.headers["location"].removeprefix("/documents/")
    again = client.post("/ingest", data=data)
    assert "Already stored" in again.text and f'href="/documents/{document}"' in again.text


def test_ingest_form_shows_why_a_url_failed(client, web):
    base, _ = web
    response = client.post("/ingest", data={"token": TOKEN, "url": f"{base}/gone"})
    assert response.status_code == 200
    assert "Failed" in response.text and "404" in response.text


def test_oversize_upload_and_paste_are_refused(database):
    from whatweknow.settings import load_settings

    settings = load_settings()
    settings["ingest"]["max_document_bytes"] = 1000
    small = TestClient(create_app(database, TOKEN, settings))
    headers = {"Authorization": f"Bearer {TOKEN}"}
    upload = small.post(
        "/api/ingest", headers=headers, files={"upload": ("big.txt", b"word " * 1000, "text/plain")}
    )
    assert upload.status_code == 413
    paste = small.post("/api/ingest", headers=headers, data={"text": "x" * 300_000})
    assert paste.status_code == 413
    assert small.post("/api/ingest", headers=headers, data={}).status_code == 422


def test_article_markup_is_escaped_everywhere(client):
    evil = (
        "Officials said 40 people <script>alert(1)</script> were hurt, "
        'the mayor said. <img src=x onerror="alert(2)">'
    )
    response = client.post(
        "/api/ingest",
        data={"text": evil, "title": "<b>bold</b>"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    document = response.json()["documents"][0]
    for path in (f"/documents/{document}", "/brief", "/search?q=officials", "/compare"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html


def test_pages_answer_while_an_ingest_is_running(database, web):
    """The ingest (here of a URL whose answer is held until the pages have answered) runs off
    the event loop."""
    import uvicorn

    base, routes = web
    held = Gate()
    routes["/slow"] = (200, "text/plain", b"The mayor said 25 roads were closed." * 20, held)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(database, TOKEN), host="127.0.0.1", port=port, log_level="error")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    app = f"http://127.0.0.1:{port}"
    try:
        done = threading.Event()

        def ingest() -> None:
            httpx.post(
                f"{app}/api/ingest",
                data={"url": f"{base}/slow"},
                headers={"Authorization": f"Bearer {TOKEN}"},
                timeout=LONG_WAIT,
            )
            done.set()

        threading.Thread(target=ingest, daemon=True).start()
        assert held.reached.wait(LONG_WAIT)  # the ingest is fetching the page
        for path in ("/", "/documents", f"/speakers/{quote('Mark Cancian')}"):
            assert httpx.get(app + path, timeout=LONG_WAIT).status_code == 200
        assert not done.is_set(), "the pages answered only after the ingest"
        held.opened.set()
        assert done.wait(LONG_WAIT)
    finally:
        held.opened.set()
        server.should_exit = True
        thread.join(timeout=10)


def test_a_slow_ingest_goes_on_in_the_background_with_a_progress_page(client, web, monkeypatch):
    import whatweknow.web

    base, routes = web
    held = Gate()  # the page answers once the progress page has been read
    routes["/slow-page"] = (
        200,
        "text/plain",
        b"Firefighters said 45 homes were evacuated overnight in the valley.",
        held,
    )
    monkeypatch.setattr(whatweknow.web, "FORM_WAIT_SECONDS", 0.1)
    try:
        sent = client.post(
            "/ingest", data={"token": TOKEN, "url": f"{base}/slow-page"}, follow_redirects=False
        )
        assert sent.status_code == 303 and sent.headers["location"].startswith("/ingest/jobs/")
        running = client.get(sent.headers["location"]).text
        assert 'http-equiv="refresh"' in running and "/slow-page" in running
    finally:
        held.opened.set()
    deadline = time.monotonic() + LONG_WAIT
    while time.monotonic() < deadline:
        done = client.get(sent.headers["location"]).text
        if "Done" in done:
            break
        time.sleep(0.1)
    assert 'http-equiv="refresh"' not in done and "Stored:" in done
    assert client.get("/ingest/jobs/nothing-here").status_code == 404


def test_the_comparison_is_offered_only_for_coverage_of_several_outlets(client):
    one = client.get("/brief", params={"outlet": "BBC"}).text
    assert 'href="/compare' not in one.split("<main")[1]  # the site's menu still has it
    several = client.get("/brief").text
    assert re.search(r'<a href="/compare[^"]*">Compare the \d+ outlets</a>', several)


def test_coverage_dates_do_not_break_inside(client):
    html = client.get("/brief", params={"about": "north korean troops"}).text
    assert re.search(r'<span class="date">2024-11-\d\d</span>', html)  # "2024-11-\n05" at 390 px


def test_a_refused_language_is_said_for_the_form_and_english_can_be_chosen(client):
    from .test_language import GERMAN

    data = {"token": TOKEN, "text": GERMAN, "title": "Scholz"}
    refused = client.post("/ingest", data=data).text
    assert "written in German (de, detected)" in refused
    assert "choose “English” under Language" in refused and "--language" not in refused
    forced = client.post("/ingest", data={**data, "language": "en"}, follow_redirects=False)
    assert forced.status_code == 303 and forced.headers["location"].startswith("/documents/")
    wrong = client.post("/ingest", data={**data, "language": "de"})
    assert wrong.status_code == 422 and "choose auto or en" in wrong.text


def test_the_ingest_form_shows_no_example_values_in_its_fields(client):
    form = client.get("/ingest").text.split('class="ingest"')[1]
    assert "placeholder" not in form  # a grey "BBC" or "2024-11-05" read as filled in
    assert '<select id="language" name="language">' in form


def test_a_record_card_shows_the_speaker_as_the_text_gives_them(client, seed_id):
    html = client.get(f"/documents/{seed_id}").text
    cards = html.split('<div class="record"')[1:]
    assert not any(">reported by<" in card for card in cards)  # the cue is the reporting verb
    assert any("<dt>reporting verb</dt><dd>“said”</dd>" in card for card in cards)
    # the speaker as the text names them first, then who they were taken to be
    assert any(
        '<strong class="speaker">“Mr. Cancian”</strong> <span class="meta">in the text, taken '
        "to be</span> <strong>Mark Cancian</strong>" in card
        for card in cards
    )


def test_the_document_page_marks_captions_and_shows_the_title_once(client, seed_id):
    html = client.get(f"/documents/{seed_id}").text
    text = html.split('<div class="text">')[1]
    assert re.search(
        r'class="caption"><span class="label">Photo caption</span> (<[^>]+>)*Kim Jong Un and', text
    )
    assert "What we know about North Korean troops in Ukraine" not in text  # the <h1> has it


def test_a_speakers_page_describes_them_as_the_brief_does(client):
    brief = client.get("/api/brief").json()  # the top rows: some of their statements
    page = client.get("/speakers/Mark%20Cancian").text  # all of them
    entry = next(s for s in brief["speakers"] if s["name"] == "Mark Cancian")
    from whatweknow.brief.html import described as describe

    described = describe(entry)
    assert described and re.search(rf"person · {re.escape(described)}( · [^<]+)?</p>", page)


def test_a_unit_heading_has_its_sentence_beside_it_on_every_page(client):
    clusters = client.get("/api/figures").json()
    plain = [c for c in clusters if c["heading_sentence"]]
    assert plain, "no cluster without a phrase of its own in the test coverage"
    cluster = plain[0]
    sentence = cluster["heading_sentence"]["context"]["text"]
    assert cluster["heading"] and cluster["stated"]
    page = client.get(f"/figures/{cluster['id']}").text
    index = client.get("/figures").text
    escaped = sentence.replace("&", "&amp;").replace("<", "&lt;")
    for html in (page, index):
        assert re.sub(r"</?mark>", "", html).count(escaped[-30:]) >= 1


def test_readers_asking_for_one_uncached_brief_wait_for_one_drawing(database, monkeypatch):
    """Under load, a new document empties the cache and 30 readers of the brief drew it 30
    times at once (p99 10 s with an ingest a second); now the others wait for the one."""
    import threading

    import whatweknow.web as web

    drawn = []
    real = web.build

    def slow_build(db, about, *args, **kwargs):
        drawn.append(about)  # the app also warms the brief of everything (about None)
        time.sleep(0.3)
        return real(db, about, *args, **kwargs)

    monkeypatch.setattr(web, "build", slow_build)
    client = TestClient(create_app(database, None))  # a cold cache of its own
    answers = []

    def ask():
        answers.append(client.get("/api/brief", params={"about": "troops"}).status_code)

    readers = [threading.Thread(target=ask) for _ in range(6)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert answers == [200] * 6
    assert drawn.count("troops") == 1


def test_readers_are_given_the_earlier_brief_while_a_new_document_is_drawn_in(
    tmp_path, monkeypatch
):
    """After a new document, one reader draws the brief anew and the others meanwhile get it
    as drawn before that document (with an ingest a second, p99 1.05 s -> 0.68 s)."""
    import whatweknow.web as web

    db = tmp_path / "news.db"
    runner = CliRunner()
    runner.invoke(cli, ["ingest", str(db), str(SEED), "--published", "2024-11-05"])
    client = TestClient(create_app(db, None))
    before = client.get("/api/brief", params={"about": "troops"}).json()
    assert len(before["documents"]) == 1
    other = tmp_path / "umerov.jsonl"
    other.write_text("".join(json.dumps(a) + "\n" for a in UMEROV), "utf-8")
    runner.invoke(cli, ["ingest", str(db), str(other)])

    drawn = []
    real = web.build
    started, release = threading.Event(), threading.Event()

    def slow_build(store, about, *args, **kwargs):
        drawn.append(about)
        started.set()
        release.wait(10)  # held until the other reader has been answered (not a clock)
        return real(store, about, *args, **kwargs)

    monkeypatch.setattr(web, "build", slow_build)
    answers = []

    def ask():
        answers.append(client.get("/api/brief", params={"about": "troops"}).json())

    drawing = threading.Thread(target=ask)
    drawing.start()
    assert started.wait(10)  # it is drawing now
    ask()  # given the brief as it was
    release.set()
    drawing.join()
    assert drawn.count("troops") == 1
    assert answers[0]["documents"] == before["documents"]
    assert len(answers[1]["documents"]) > 1


def test_a_status_filter_of_the_figures_does_not_say_disputed_first(client):
    """The figures of a story with no dispute (16 of 16 BASIL stories read) under "disputed"
    said "0 clusters disputed, disputed first, then the largest"; the order is said only for
    the list of every status."""
    every = client.get("/figures").text
    assert "disputed first, then the largest." in every
    for status in ("disputed", "corroborated", "single-source"):
        page = client.get("/figures", params={"status": status}).text
        assert "disputed first" not in page
        assert re.search(rf"\d+ clusters? {status}\.", page)


def test_a_name_two_speakers_share_is_said_to_be_several_not_no_one(tmp_path):
    """Twenty-sixth held-out read in the app: the speaker filter "Khan" (Khizr and Ghazala
    Khan, USA Today 2016-08-09) and "Trump" (Donald J. Trump and Donald Trump Jr., NYT
    2016-07-21) answered "No one named “Khan” is quoted in this coverage", and /speakers/Khan
    was a 404 "no speaker named Khan": the name is several speakers', so the brief says so and
    lists them, and the speaker's address lists them on the index. A name no one has keeps
    its "No one named"."""
    article = {
        "title": "Khans say rhetoric stirs ugliness",
        "outlet": "USA Today",
        "published": "2016-08-09",
        "text": "Khizr Khan said the political rhetoric had made the election season worse.\n\n"
        "Ghazala Khan said the photo of her son would have made her break down in tears.",
    }
    client = _app_of(tmp_path, "khans", article)
    html = client.get("/brief", params={"speaker": "Khan"}).text
    assert "“Khan” is more than one speaker in this coverage" in html
    assert "No one named “Khan”" not in html
    assert "speaker=Khizr%20Khan" in html and "speaker=Ghazala%20Khan" in html
    listed = client.get("/speakers/Khan", follow_redirects=False)
    assert listed.status_code == 307 and listed.headers["location"] == "/speakers?q=Khan"
    index = client.get("/speakers/Khan").text
    assert "Khizr Khan" in index and "Ghazala Khan" in index
    assert client.get("/speakers/Khizr%20Khan").status_code == 200
    assert "No one named “Kahn” is quoted" in client.get("/brief", params={"speaker": "Kahn"}).text
    assert client.get("/speakers/Kahn").status_code == 404


def _khans_client(tmp_path):
    article = {
        "title": "Khans say rhetoric stirs ugliness",
        "outlet": "USA Today",
        "published": "2016-08-09",
        "text": "Khizr Khan said the political rhetoric had made the election season worse.\n\n"
        "Ghazala Khan said the photo of her son would have made her break down in tears.\n\n"
        "Rep. Ro Khanna said the convention had been a success.",
    }
    return _app_of(tmp_path, "khans", article)


def test_a_name_several_speakers_share_lists_only_those_it_names(tmp_path):
    """ "“Khan” is more than one speaker …: pick one of" listed every speaker a word of whose
    name only begins with "Khan" (Ro Khanna) beside Khizr and Ghazala Khan (c885867)."""
    client = _khans_client(tmp_path)
    html = client.get("/brief", params={"speaker": "Khan"}).text
    assert "“Khan” is more than one speaker in this coverage" in html
    notice = html.split("is more than one speaker", 1)[1].split("</p>", 1)[0]
    assert "Khizr Khan" in notice and "Ghazala Khan" in notice
    assert "Khanna" not in notice


def test_a_name_several_speakers_share_keeps_the_selection_on_the_index(tmp_path):
    """/speakers/Khan?outlet=…&since=… sent to /speakers?q=Khan, the whole coverage: the
    index takes the same selection, and keeps it (c885867)."""
    client = _khans_client(tmp_path)
    listed = client.get(
        "/speakers/Khan",
        params={"outlet": "USA Today", "since": "2016-08-01"},
        follow_redirects=False,
    )
    assert listed.status_code == 307
    assert parse_qs(urlsplit(listed.headers["location"]).query) == {
        "q": ["Khan"],
        "outlet": ["USA Today"],
        "since": ["2016-08-01"],
    }


def test_the_speakers_index_finds_a_speaker_by_a_name_with_a_title(client):
    """Reader, round 31: "Any of their names" on /speakers answered "No one named “President
    Trump”" (or "Sen. Rand Paul", "Mrs. Clinton") while /speakers/President%20Trump and the
    brief's speaker filter found him; the index now finds whom the speaker's page finds."""
    for name in ("Mr. Cancian", "Dr. Mark Cancian", "Cancian"):
        assert str(client.get(f"/speakers/{quote(name)}").url).endswith("/speakers/Mark%20Cancian")
        html = client.get("/speakers", params={"q": name}).text
        assert 'href="/speakers/Mark%20Cancian"' in html, name
        assert "No one named" not in html
    assert "No one named “Mr. Nobody”" in client.get("/speakers", params={"q": "Mr. Nobody"}).text


def test_the_speakers_index_lists_first_the_speaker_a_titled_name_is(tmp_path):
    """ "Mr. Rubio" listed "Mr. Rubio's campaign manager" alone (the only speaker whose name
    holds both words), not Marco Rubio, whom /speakers/Mr.%20Rubio opens (PolNeAR, NYT
    2016-02-25; names changed)."""
    article = {
        "title": "Senator presses on",
        "outlet": "Harbour Gazette",
        "published": "2016-02-25",
        "text": "Senator Marco Delgado said the race was far from over.\n\nMr. Delgado's "
        "campaign manager said the senator would win Florida by a wide margin.",
    }
    client = _app_of(tmp_path, "delgado", article)
    html = client.get("/speakers", params={"q": "Mr. Delgado"}).text
    listed = re.findall(r'<td><a href="/speakers/([^"]*)"', html)
    assert listed == ["Marco%20Delgado", "Mr.%20Delgado%27s%20campaign%20manager"]
    assert "2 speakers named" in html


def test_a_speakers_page_shows_the_other_names_they_go_by(client):
    """/speakers/Cancian opens Mark Cancian's page, which never said "Cancian": it now lists
    the other names the records give them, as the index's "Also named" does."""
    html = client.get("/speakers/Cancian").text
    head = html.split("<h1>", 1)[1].split("</p>", 1)[0]
    assert "Mark Cancian</h1>" in head and "also named Cancian" in head
    alone = client.get("/speakers/Lami%20Kim").text.split("<h1>", 1)[1].split("</p>", 1)[0]
    assert "also named" not in alone


def test_the_speakers_index_keeps_its_selection_in_the_form_and_the_pager(tmp_path, monkeypatch):
    """/speakers?q=Khan&outlet=…&since=… (where /speakers/Khan sends) lost the outlet and the
    dates on the next search from its form and on its next page: both kept "about" only."""
    import whatweknow.web

    monkeypatch.setattr(whatweknow.web, "INDEX_ROWS", 1)
    client = _khans_client(tmp_path)
    html = client.get(
        "/speakers", params={"q": "Khan", "outlet": "USA Today", "since": "2016-08-01"}
    ).text
    form = html.split('<form action="/speakers"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="outlet" value="USA Today">' in form
    assert '<input type="hidden" name="since" value="2016-08-01">' in form
    assert 'name="about"' not in form and 'name="until"' not in form
    assert "in USA Today, since 2016-08-01" in html
    following = re.search(r'<a href="([^"]*)" rel="next">', html)
    assert following, "no next page"
    query = parse_qs(urlsplit(following.group(1).replace("&amp;", "&")).query)
    assert query == {
        "q": ["Khan"],
        "outlet": ["USA Today"],
        "since": ["2016-08-01"],
        "page": ["2"],
    }


def test_search_marks_the_words_it_matched_and_shows_the_rest_as_written(tmp_path):
    """Reader, round 31: the search page showed the snippet's match markers as brackets ("…
    [Capitol] [Police] officers …"), which a reader cannot tell from the article's own
    brackets; the page marks the words matched (<mark>), escapes the rest, and the CLI and
    the API keep their brackets."""
    article = {
        "title": "Harbour board meets",
        "outlet": "Harbour Gazette",
        "published": "2024-11-09",
        "text": "The harbour board [sic] said <b>Capitol Police</b> officers would patrol the "
        "quay, and Capitol Police said they had done so since June.",
    }
    client = _app_of(tmp_path, "harbour", article)
    html = client.get("/search", params={"q": "capitol police"}).text
    snippet = html.split('<ul class="results">', 1)[1].split("</ul>", 1)[0]
    assert "<mark>Capitol</mark> <mark>Police</mark>" in snippet
    assert "[Capitol]" not in snippet and "[sic]" in snippet
    assert "&lt;b&gt;" in snippet and "<b>" not in snippet
    api = client.get("/api/search", params={"q": "capitol police"}).json()
    assert "[Capitol] [Police]" in api[0]["snippet"]


def test_a_speakers_page_does_not_repeat_a_place_its_description_names(client, tmp_path):
    """Reader, round 31 (BASIL 58f414e5, 6 of 23 speakers; PolNeAR 2016 stories): a speaker's
    page read "person · Republican of Kentucky · Kentucky" and, for the seed's Mark Cancian,
    "of the Center for Strategic and International Studies (CSIS) · Center for Strategic and
    International Studies": the affiliation the description already names is not said
    again; one it does not name stays."""
    from whatweknow.web import _not_said

    head = client.get("/speakers/Mark%20Cancian").text.split("<h1>", 1)[1].split("</p>", 1)[0]
    assert "(CSIS)" in head and "· Center for" not in head, head
    article = {
        "title": "Senators react",
        "outlet": "Harbour Gazette",
        "published": "2017-06-15",
        "text": "Senator Rand Pauling, Republican of Kentucky, said the game must go on.",
    }
    page = _app_of(tmp_path, "senators", article).get("/speakers/Rand%20Pauling").text
    assert '<p class="meta">person · Republican of Kentucky</p>' in page
    assert _not_said(["Kentucky", "Stimson Center"], "Republican of Kentucky") == ["Stimson Center"]
    assert _not_said(["New York"], "of New Yorkers for Safety") == ["New York"]  # whole words


# Two outlets on one person (names changed from BASIL 2ec04201, 2012-08-14/15): the first
# gives his whole name, the second only "Mr. Moreau".
MOREAU = [
    {
        "title": "Budget plan under fire",
        "outlet": "Harbour Gazette",
        "published": "2012-08-14",
        "text": "Representative Daniel Moreau of Wisconsin said the budget plan would protect "
        "the program for seniors.\n\nCritics said the plan would cut benefits.",
    },
    {
        "title": "Moreau hits back",
        "outlet": "Valley Times",
        "published": "2012-08-15",
        "text": "In an interview on Tuesday, Mr. Moreau said he welcomed the debate over the "
        'program.\n\n"This is a debate we want to have," Mr. Moreau said.',
    },
]


@pytest.fixture(scope="module")
def moreau(tmp_path_factory):
    folder = tmp_path_factory.mktemp("moreau")
    client = _app_of(folder, "moreau", *MOREAU)
    ids = {d["outlet"]: d["id"] for d in client.get("/api/documents").json()}
    return client, ids


def test_the_article_view_names_each_speaker_as_the_brief_merges_them(moreau):
    """Reader, round 31 (BASIL: Fox News' "Obama" and "Carney" beside "Jay Carney", two
    colours for one man; NYT's "Paul D. Ryan"): the article view named a speaker as the article
    does, its legend linking /speakers/Moreau where the brief and the speakers index say
    "Daniel Moreau". The legend, the quotes' titles and the records now name them as the
    brief does, the record keeping the article's words ("“Mr. Moreau” in the text, taken to
    be Daniel Moreau"); a speaker the coverage names one way (Critics) is left as it is."""
    client, ids = moreau
    assert [s["name"] for s in client.get("/api/speakers").json()] == ["Daniel Moreau", "Critics"]
    html = client.get(f"/documents/{ids['Valley Times']}").text
    legend = html.split('<ul class="legend"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'href="/speakers/([^"]+)"', legend) == ["Daniel%20Moreau"]
    assert 'title="Moreau"' not in html and 'title="Daniel Moreau"' in html
    assert (
        '<strong class="speaker">“Mr. Moreau”</strong> <span class="meta">in the text, taken to '
        "be</span> <strong>Daniel Moreau</strong>" in html
    )
    assert "Everything Daniel Moreau says in the coverage" in html
    other = client.get(f"/documents/{ids['Harbour Gazette']}").text
    legend = other.split('<ul class="legend"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'href="/speakers/([^"]+)"', legend) == ["Daniel%20Moreau", "Critics"]


def test_a_speakers_whole_name_finds_them_in_a_selection_that_names_them_otherwise(moreau):
    """Reader, round 31: /speakers/Barack%20Obama?outlet=Fox%20News was a 404 because Fox
    News says only "Obama": the name the whole coverage knows the person by finds them in the
    selection under the name it gives them, on their page and in the brief's filter. A name
    no one in the coverage has is still no one."""
    client, _ = moreau
    found = client.get(
        "/speakers/Daniel%20Moreau", params={"outlet": "Valley Times"}, follow_redirects=False
    )
    assert found.status_code == 307
    assert found.headers["location"] == "/speakers/Moreau?outlet=Valley+Times"
    assert client.get(found.headers["location"]).status_code == 200
    brief = client.get("/brief", params={"speaker": "Daniel Moreau", "outlet": "Valley Times"})
    assert "Only the articles quoting Moreau" in brief.text and "No one named" not in brief.text
    assert client.get("/speakers/Daniel%20Moreau").status_code == 200  # the whole coverage
    missing = client.get("/speakers/Daniel%20Morrow", params={"outlet": "Valley Times"})
    assert missing.status_code == 404
    # a selection that does not quote them at all: no one
    assert client.get("/speakers/Critics", params={"outlet": "Valley Times"}).status_code == 404


def test_a_search_result_links_to_the_words_it_found(moreau):
    """Reader, round 31: a search result opened its article at the top, however far down the
    words were; its link now names where they are (?hit=START-END#hit) and the document page
    wraps them in the element #hit (highlighted as a cited passage is). A hit the page cannot
    place (not two offsets within the text) is ignored."""
    client, ids = moreau
    document = ids["Valley Times"]
    html = client.get("/search", params={"q": "debate we want"}).text
    link = re.search(r'<li><a href="(/documents/[^"]+)"', html).group(1)
    assert re.fullmatch(rf"/documents/{document}\?hit=\d+-\d+#hit", link), link
    start, end = map(int, re.search(r"hit=(\d+)-(\d+)", link).groups())
    text = client.get(f"/api/documents/{document}").json()["document"]["text"]
    assert text[start:end] == "debate we want"
    page = client.get(link.split("#")[0]).text
    marked = re.search(r'<span class="psg" id="hit">(.*?)</span>', page).group(1)
    assert re.sub(r"<[^>]+>", "", marked) == "debate we want"  # inside the quote's link
    for bad in ("9-3", "0-99999", "x", "-1-4"):
        shown = client.get(f"/documents/{document}", params={"hit": bad})
        assert shown.status_code == 200 and 'id="hit"' not in shown.text
    # a match in the title only: the link opens the article as before
    html = client.get("/search", params={"q": "hits back"}).text
    assert f'<a href="/documents/{document}">' in html


def test_a_name_with_mr_or_mrs_finds_the_one_of_that_sex(tmp_path):
    """Reader, round 33 (a week of PolNeAR dev, 2016-09-12..18): /speakers/Mr.%20Trump was a
    404 beside Melania Trump, and /speakers/Mrs.%20Clinton, beside Bill Clinton, opened the
    page of "speech Mrs. Clinton delivered at New York University", the one speaker whose
    name holds both words. The honorific says the sex, as it does in an article ("Mr. Trump"
    beside Ivanka and Melania is Donald); a bare surname they share still lists both."""
    article = {
        "title": "Trump on the bomb",
        "outlet": "Politico",
        "published": "2016-09-17",
        "text": "Donald Trump said that \u201ca bomb\u201d had gone off in New York.\n\n"
        "Melania Trump said she would discuss her immigration history \u201cin a few "
        "weeks.\u201d",
    }
    client = _app_of(tmp_path, "trumps", article)
    for name, page in (("Mr. Trump", "Donald%20Trump"), ("Mrs. Trump", "Melania%20Trump")):
        found = client.get(f"/speakers/{quote(name)}", follow_redirects=False)
        assert found.status_code == 307, (name, found.status_code)
        assert found.headers["location"] == f"/speakers/{page}", name
    both = client.get("/speakers/Trump", follow_redirects=False)
    assert both.headers["location"] == "/speakers?q=Trump"


def test_a_speakers_page_names_the_surname_the_others_share(tmp_path):
    """Reader, round 34 (PolNeAR dev, week of 2016-09-12): Hillary Clinton's page listed
    "Others with that name: Bill Clinton (1)", though no one else is named Hillary Clinton;
    the name they share is the surname, and the page says so; a name that only begins with
    it ("Khanna" on Khizr Khan's page) is no other with it."""
    client = _khans_client(tmp_path)
    html = client.get("/speakers/Khizr%20Khan").text
    assert "Others named Khan: " in html
    assert "Others with that name" not in html
    others = html.split("Others named Khan: ", 1)[1].split("</p>", 1)[0]
    assert "Ghazala Khan" in others and "Khanna" not in others


def test_a_speakers_page_names_the_surname_not_a_generations_suffix(tmp_path):
    """Review, round 34 (BASIL, NYT on the Wal-Mart suit 2011, as printed): Theodore J.
    Boutrous Jr.'s page read "Others named Jr.: Samuel A. Alito Jr."; the surname is
    Boutrous, which no one else quoted bears."""
    article = {
        "title": "Justices Take Up Crucial Issue in Wal-Mart Suit",
        "outlet": "The New York Times",
        "published": "2011-03-29",
        "text": "Theodore J. Boutrous Jr., a lawyer for Wal-Mart, said the handful of women "
        "named as plaintiffs who seek to represent the entire class did not have typical "
        "experiences at the company.\n\nJustice Samuel A. Alito Jr. said he was concerned "
        "about companies whose pay and promotion gaps mirror national numbers where there is "
        "no proof of a discriminatory policy.",
    }
    client = _app_of(tmp_path, "walmart", article)
    html = client.get("/speakers/Theodore%20J.%20Boutrous%20Jr.").text
    assert "Theodore J. Boutrous Jr." in html
    assert "Others named" not in html and "Alito" not in html


def test_home_counts_say_one_in_the_singular(tmp_path):
    """A store of one article from one outlet reads "1 document", "1 outlet" (a reviewer saw
    "1 documents", "1 outlets")."""
    db = tmp_path / "one.db"
    ran = CliRunner().invoke(
        cli, ["ingest", str(db), str(SEED), "--published", "2024-11-05", "--outlet", "BBC"]
    )
    assert ran.exit_code == 0, ran.output
    counts = re.search(
        r'<ul class="counts".*?</ul>', TestClient(create_app(db, None)).get("/").text, re.S
    )
    words = re.sub(r"<[^>]+>", " ", counts.group(0)).split()
    assert words[:4] == ["1", "document", "1", "outlet"]
    for number, word in zip(words[4:10:2], words[5:10:2], strict=True):  # speakers, figures, copies
        assert word.endswith(("s", "ies")) is (number != "1"), (number, word)


def test_home_counts_are_those_of_the_pages_they_link_to(tmp_path):
    """The home page's speakers and figures are the rows of /speakers and /figures, as the
    brief merges them: not the store's names per spelling nor its figure values (a reviewer
    saw "16 figures" on the home page and 15 clusters on /figures)."""
    from whatweknow.store import Store

    db = ingest_seed_and_coverage(tmp_path / "coverage.db")
    client = TestClient(create_app(db, None))
    counts = re.search(r'<ul class="counts".*?</ul>', client.get("/").text, re.S).group(0)
    shown = {w: int(n.replace(",", "")) for n, w in re.findall(r"([\d,]+)</strong>(\w+)", counts)}
    speakers = re.search(r"([\d,]+) speakers?, the most quoted", client.get("/speakers").text)
    figures = re.search(r"across the articles: ([\d,]+) clusters?", client.get("/figures").text)
    assert shown["speakers"] == int(speakers.group(1))
    assert shown["figures"] == int(figures.group(1))
    with Store(db) as store:
        raw = store.counts()
    # the fixture tells the two counts apart, else this test would prove nothing
    assert raw["speakers"] != shown["speakers"] and raw["figures"] != shown["figures"]


def test_a_described_speaker_is_capitalised_on_the_index_as_in_the_brief(tmp_path):
    """The round-64 review (BASIL 06ffda2d in the app): the brief headed "Other aides" and
    "Fellow Republicans", /speakers and the home page listed "other aides"; a description
    standing for a speaker starts with a capital wherever it heads or lists one
    (`brief.html.headed`), and its address keeps the name as it is."""
    article = {
        "title": "Aides describe a harsh temper",
        "outlet": "The New York Times",
        "published": "2018-04-06",
        "text": "Other aides said the congressman had a harsh temper and berated his staff.",
    }
    client = _app_of(tmp_path, "aides", article)
    (speaker,) = [
        s for s in client.get("/api/speakers").json() if s["name"].lower() == "other aides"
    ]
    assert speaker["name"] == "other aides"
    for page in ("/speakers", "/"):
        html = client.get(page).text
        assert '/speakers/other%20aides">Other aides</a>' in html, page
