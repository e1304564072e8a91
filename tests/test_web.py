"""The web app's pages and JSON API through FastAPI's test client, bad inputs included."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from whatweknow.cli import cli
from whatweknow.web import create_app

from .conftest import FIXTURES, SEED

TOKEN = "test-token"


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "news.db"
    runner = CliRunner()
    runner.invoke(
        cli, ["ingest", str(db), str(SEED), "--published", "2024-11-05", "--outlet", "BBC"]
    )
    runner.invoke(cli, ["ingest", str(db), str(FIXTURES / "coverage.jsonl")])
    return db


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
        ("/", "documents"),
        ("/search?q=Kursk", "result(s)"),
        ("/brief?about=north+korean+troops", "What we know about north korean troops"),
        ("/brief?disputed=true", "Disputed"),
        ("/brief?outlet=BBC&speaker=Mark+Cancian", "Mark Cancian"),
        ("/speakers/Mark%20Cancian", "Mark Cancian"),
        ("/ingest", "Ingest an article"),
    ],
)
def test_pages_render(client, path, text):
    response = client.get(path)
    assert response.status_code == 200
    assert text in response.text
    assert "<script" not in response.text


def test_document_page_highlights_statements_and_their_records(client, seed_id):
    html = client.get(f"/documents/{seed_id}").text
    assert 'class="quote"' in html and 'id="rec-s1"' in html
    assert "Michael Madden" in html


def test_figure_cluster_page_charts_the_values(client):
    figures = client.get("/api/figures", params={"disputed": True}).json()
    response = client.get(f"/figures/{figures[0]['id']}")
    assert response.status_code == 200 and "<svg" in response.text


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


def test_ingest_form_redirects_to_the_new_document(client):
    response = client.post(
        "/ingest",
        data={
            "token": TOKEN,
            "title": "Pasted",
            "text": "Witnesses said 12 boats were seen near the coast.",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"].startswith("/documents/")


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
    for path in (f"/documents/{document}", "/brief", "/search?q=officials"):
        html = client.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>bold" not in html
