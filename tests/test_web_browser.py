"""The web app in headless Chromium (Debian's, driven by Playwright): what a reader does.

Screenshots of each page land in test-artifacts/screenshots/.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow.cli import cli

from .conftest import FIXTURES, ROOT, SEED

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
TOKEN = "browser-token"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from whatweknow.web import create_app

    db = tmp_path_factory.mktemp("browser") / "news.db"
    runner = CliRunner()
    runner.invoke(
        cli, ["ingest", str(db), str(SEED), "--published", "2024-11-05", "--outlet", "BBC"]
    )
    runner.invoke(cli, ["ingest", str(db), str(FIXTURES / "coverage.jsonl")])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(create_app(db, TOKEN), host="127.0.0.1", port=port, log_level="error")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not instance.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    yield opened
    context.close()


def test_home_page_shows_the_counts(server, page):
    page.goto(server + "/")
    assert page.locator(".counts").inner_text().count("documents") == 1
    page.screenshot(path=SHOTS / "home.png", full_page=True)


def test_search_from_the_header(server, page):
    page.goto(server + "/")
    page.fill("input[name=q]", "Kursk")
    page.click("header button[type=submit]")
    page.wait_for_url("**/search?q=Kursk")
    assert page.locator("ul.results li").count() >= 1
    page.screenshot(path=SHOTS / "search.png", full_page=True)


def test_the_seeds_brief_shows_the_dispute(server, page):
    page.goto(server + "/brief?about=north+korean+troops")
    assert "What we know about north korean troops" in page.locator("h1").inner_text()
    disputed = page.locator("h2:has-text('Disputed') + h3")
    assert disputed.count() >= 1
    assert page.locator("svg.chart").count() >= 1
    page.screenshot(path=SHOTS / "brief.png", full_page=True)


def test_clicking_a_highlighted_quote_shows_its_speaker(server, page):
    page.goto(server + "/search?q=Stimson")
    page.click("ul.results a")
    quote = page.locator("a.quote[data-speaker='Michael Madden']").first
    target = quote.get_attribute("href")
    assert not page.locator(target).is_visible()
    quote.click()
    record = page.locator(target)
    record.wait_for(state="visible")
    assert "Michael Madden" in record.locator(".speaker").inner_text()
    page.screenshot(path=SHOTS / "document.png", full_page=True)


def test_ingest_a_pasted_article_with_the_token(server, page):
    page.goto(server + "/ingest")
    page.fill("input[name=title]", "Pasted in the browser")
    page.fill(
        "textarea[name=text]",
        "Officials in Seoul said 300 soldiers crossed the border on "
        "Friday, according to the defence ministry.",
    )
    page.fill("input[name=token]", TOKEN)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/documents/*")
    assert "Pasted in the browser" in page.locator("h1").inner_text()
    page.screenshot(path=SHOTS / "ingested.png", full_page=True)
