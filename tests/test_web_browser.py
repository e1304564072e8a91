"""The web app in headless Chromium (Debian's, driven by Playwright): what a reader does.

Screenshots of each page land in test-artifacts/screenshots/.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from whatweknow.cli import cli

from .conftest import LONG_WAIT, ROOT, ingest_seed_and_coverage

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
TOKEN = "browser-token"
# The highlight of a passage that is the target of a link (--target in shared.css.j2).
TARGET = "rgb(255, 208, 0)"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "news.db"
    return ingest_seed_and_coverage(db)


@pytest.fixture(scope="module")
def server(database):
    with _serving(database) as url:
        yield url


@contextmanager
def _serving(database):
    """The web app on `database`, at a free port of this machine, while the block runs."""
    import uvicorn

    from whatweknow.web import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(database, TOKEN), host="127.0.0.1", port=port, log_level="error"
    )
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not instance.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
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


def _landed(page) -> dict:
    """Where a followed link landed: the target element, whether it is in the viewport and
    its background."""
    return page.evaluate(
        """() => {
            const target = document.querySelector(':target');
            if (!target) return {id: null};
            const box = target.getBoundingClientRect();
            return {
                id: target.id,
                inView: box.bottom > 0 && box.top < window.innerHeight,
                background: getComputedStyle(target).backgroundColor,
                text: target.textContent,
            };
        }"""
    )


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
    assert "What we know about North Korean troops" in page.locator("h1").inner_text()
    assert page.locator("#disputed h3").count() >= 1
    assert page.locator("#disputed .range-chart .rc-dot").count() >= 2
    page.screenshot(path=SHOTS / "brief.png", full_page=True)


def test_clicking_citations_on_a_brief_of_several_articles_lands_on_the_highlighted_passage(
    server, page
):
    page.goto(server + "/brief?show=all")
    hrefs = page.eval_on_selector_all("a.cite", "links => links.map(a => a.getAttribute('href'))")
    documents = {h.split("#")[0] for h in hrefs}
    assert len(hrefs) > 30 and len(documents) >= 5
    chosen = list(dict.fromkeys(hrefs[:: max(1, len(hrefs) // 14)]))  # every part of the brief
    for href in chosen:
        page.goto(server + "/brief?show=all")
        page.locator(f'a.cite[href="{href}"]').first.click()
        page.wait_for_url(f"**{href}")
        landed = _landed(page)
        assert landed["id"] == href.split("#")[1], href
        assert landed["inView"], f"{href}: the passage is not in view"
        assert landed["background"] == TARGET, f"{href}: the passage is not highlighted"
    page.screenshot(path=SHOTS / "citation-landed.png")


def test_a_timeline_event_links_to_its_passage(server, page):
    page.goto(server + "/brief?about=north+korean+troops")
    page.locator("svg.timeline a").first.click()
    page.wait_for_url("**/documents/*#d-*")
    landed = _landed(page)
    assert landed["inView"] and landed["background"] == TARGET


def test_open_a_figure_inside_a_quote(server, page):
    page.goto(server + "/search?q=Bloomberg")
    page.click("ul.results a")
    figure = page.locator(".text a.fig", has_text="as many as 100,000")
    assert "q" in figure.get_attribute("class").split()  # it sits inside a quote
    target = figure.get_attribute("href")
    assert not page.locator(target).is_visible()
    figure.click()
    record = page.locator(target)
    record.wait_for(state="visible")
    assert "unnamed sources" in record.inner_text() and "disputed" in record.inner_text().lower()
    page.screenshot(path=SHOTS / "figure-record.png")
    record.locator("a[href^='/figures/c']").click()
    page.wait_for_url("**/figures/c*")
    assert page.locator(".range-chart .rc-row").count() >= 3


def test_clicking_a_highlighted_quote_shows_its_speaker(server, page):
    page.goto(server + "/search?q=Stimson")
    page.click("ul.results a")
    quote = page.locator(".text a.q[title='Michael Madden']").first
    target = quote.get_attribute("href")
    assert not page.locator(target).is_visible()
    quote.click()
    record = page.locator(target)
    record.wait_for(state="visible")
    assert "Michael Madden" in record.locator(".speaker").inner_text()
    page.screenshot(path=SHOTS / "document.png", full_page=True)


def test_the_standalone_brief_links_land_in_the_same_file(database, page, tmp_path):
    out = tmp_path / "brief.html"
    CliRunner().invoke(cli, ["brief", str(database), "--format", "html", "-o", str(out)])
    page.goto(out.as_uri())
    hrefs = page.eval_on_selector_all("a.cite", "links => links.map(a => a.getAttribute('href'))")
    for href in [hrefs[0], hrefs[len(hrefs) // 2], hrefs[-1]]:
        page.goto(out.as_uri())
        page.locator(f'a.cite[href="{href}"]').first.click()
        landed = _landed(page)
        assert landed["id"] == href[1:] and landed["inView"] and landed["background"] == TARGET


def test_every_page_fits_a_phone_without_sideways_scroll(server, browser):
    pages = [
        "/",
        "/search?q=Kursk",
        "/brief",
        "/brief?about=north+korean+troops",
        "/brief?speaker=Cancian",
        "/compare",
        "/documents",
        "/speakers",
        "/speakers/Mark%20Cancian",
        "/figures",
        "/figures?status=disputed",
        "/docs",
        "/help",
        "/ingest",
        "/nowhere",
    ]
    for width in (360, 390):
        context = browser.new_context(viewport={"width": width, "height": 844})
        phone = context.new_page()
        phone.goto(server + "/search?q=Bloomberg")
        document = phone.locator("ul.results a").first.get_attribute("href")
        phone.goto(server + "/figures?status=disputed")
        cluster = phone.locator("table a[href^='/figures/c']").first.get_attribute("href")
        for path in [*pages, document, cluster]:
            phone.goto(server + path)
            wide = phone.evaluate("document.documentElement.scrollWidth")
            assert wide <= width, f"{path} scrolls sideways at {width} px ({wide} px wide)"
        if width == 390:
            phone.goto(server + "/brief?about=north+korean+troops#disputed")
            phone.screenshot(path=SHOTS / "mobile-brief.png")
            size = phone.evaluate(
                "parseFloat(getComputedStyle(document.querySelector('.rc-val')).fontSize)"
            )
            assert size >= 12, f"chart text is {size} px on a phone"
        context.close()


def test_a_phone_shows_no_label_with_nothing_after_it(server, browser):
    """A table stacked on a phone labels each cell ("Outlets: BBC"); a cell with nothing in
    it shows no label either (the speakers page read "Also named:" under every speaker the
    coverage names one way only), while a cell with words keeps its label."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.goto(server + "/speakers")
    cells = phone.evaluate(
        """() => [...document.querySelectorAll('table.stack td[data-label]')].map(td => ({
            label: td.dataset.label,
            text: td.textContent.trim(),
            shown: getComputedStyle(td).display !== 'none',
        }))"""
    )
    context.close()
    assert any(c["label"] == "Also named" and not c["text"] for c in cells)  # the case is there
    assert [c for c in cells if c["shown"] and not c["text"]] == []
    assert all(c["shown"] for c in cells if c["text"])
    assert any(c["shown"] and c["label"] == "Outlets" for c in cells)


@pytest.mark.usefixtures("form_waits_for_its_ingest")
def test_ingest_a_pasted_article_with_the_token(server, page):
    page.goto(server + "/ingest")
    page.fill("input[name=title]", "Pasted in the browser")
    page.fill("input[name=outlet]", "Harbour Gazette")
    page.fill("input[name=published]", "2024-11-09")
    page.fill(
        "textarea[name=text]",
        "Officials in Seoul said 300 soldiers crossed the border on "
        "Friday, according to the defence ministry.",
    )
    page.fill("input[name=token]", TOKEN)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/documents/*", timeout=LONG_WAIT * 1000)  # the ingest is done
    assert "Pasted in the browser" in page.locator("h1").inner_text()
    assert re.search(r"Harbour Gazette, 2024-11-09", page.locator("main").inner_text())
    page.screenshot(path=SHOTS / "ingested.png", full_page=True)


def test_a_wrong_token_keeps_the_pasted_text(server, page):
    page.goto(server + "/ingest")
    text = "The port authority said 14 ships were waiting to unload."
    page.fill("textarea[name=text]", text)
    page.fill("input[name=token]", "not-the-token")
    page.click("main form button[type=submit]")
    assert "a valid token is required" in page.locator("[role=alert]").inner_text()
    assert page.locator("textarea[name=text]").input_value() == text


def _quoted(label: str) -> list[str]:
    """The words a citation's label quotes ("…: the passage “…”"), as the pieces that must
    appear in the cited passage in order (fragments joined by " … "; a cut end "...")."""
    quoted = label.split("“", 1)[1].rsplit("”", 1)[0]
    return [piece.removesuffix("...").strip() for piece in quoted.split(" … ")]


def test_every_citation_quotes_the_words_of_the_passage_it_opens(server, page):
    """Each citation's label quotes its own passage, on the brief, the speaker's page and the
    comparison; a statement two outlets carry cites each outlet. The Pentagon's "about 3,000 …
    already" and "about 10,000 … now", in nearly the same words, are two claims: each its own
    line, neither citing the other's passage."""
    cited: dict[str, set[str]] = {}
    for path in (
        "/brief?show=all",
        "/speakers/Pentagon",
        "/speakers/Military analysts",
        "/compare",
    ):
        page.goto(server + path)
        for href, label in page.eval_on_selector_all(
            "a.cite", "ls => ls.map(a => [a.getAttribute('href'), a.textContent])"
        ):
            cited.setdefault(href, set()).add(label)
    by_document: dict[str, list[str]] = {}
    for href in cited:
        by_document.setdefault(href.split("#")[0], []).append(href.split("#")[1])
    wrong = []
    for document, ids in by_document.items():
        page.goto(server + document)
        texts = page.evaluate(
            """ids => Object.fromEntries(ids.map(id => [id, [document.getElementById(id),
                ...document.querySelectorAll(`[data-of="${id}"]`)].map(e => e ? e.textContent
                : '').join(' ')]))""",
            ids,
        )
        for anchor, text in texts.items():
            href = f"{document}#{anchor}"
            for label in cited[href]:
                at = 0
                for piece in _quoted(label):
                    found = text.find(piece, at)
                    if found < 0:
                        wrong.append((href, label, text))
                        break
                    at = found + len(piece)
    assert not wrong, wrong[:3]
    page.goto(server + "/brief?show=all")
    line = page.locator("#speakers li", has_text="about 3,000 North Korean soldiers")
    assert "about 10,000" not in line.inner_text()
    assert page.locator("#speakers li", has_text="about 10,000 North Korean soldiers").count() == 1
    carried = page.locator("#speakers li", has_text="wear down Ukraine's air defences")
    assert carried.locator("a.cite").count() == 2


def test_a_passage_split_by_another_is_highlighted_in_every_piece(server, page):
    """A quote crossed by a dated sentence (the New York Times, 2 January 2019) is split in
    two; following a link to it lights both pieces, not only the first (the second kept its
    speaker's colour over the highlight)."""
    text = (
        "Representative Nancy Pelosi of California, who is in line to be elected speaker on "
        "Thursday, said: \u201cWe are asking the president to open up government. Why would "
        "he not do it?\u201d"
    )
    answer = page.request.post(
        server + "/api/ingest",
        form={"text": text, "title": "Split passage", "published": "2019-01-02"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    document = answer.json()["documents"][0]
    page.goto(f"{server}/documents/{document}")
    split = page.eval_on_selector_all("[data-of]", "ps => ps.map(p => p.dataset.of)")
    assert split, "nothing on the page is split"
    for anchor in dict.fromkeys(split):
        page.goto(f"{server}/documents/{document}#{anchor}")
        unlit = page.evaluate(
            """([id, lit]) => [...document.querySelectorAll(
                `[data-of="${id}"], [data-of="${id}"] *`)]
                .filter(e => getComputedStyle(e).backgroundColor !== lit)
                .map(e => e.textContent)""",
            [anchor, TARGET],
        )
        assert not unlit, f"{anchor}: later pieces not highlighted: {unlit}"


# Three paragraphs from BASIL stories (names changed): a descriptor the parser cut in two
# (576116e5), what one speaker says another should say (c6a0e65c), a call for a clause
# (e71d149d).
READER_TEXT = (
    "Nancy Altmore, co-chair of Strengthen Social Security, a 300-member coalition of national "
    "and state organizations opposed to benefit cuts, said the deal was bad.\n\n"
    "Rep. Jerry Nadel, the top Democrat on the House Judiciary Committee, said the president "
    "should insist that other Americans be present and should demand that Mr. Putin extradite "
    "those indicted.\n\n"
    "Former Rep. John Delmar of Maryland called for the report to be made public.\n"
)


def test_who_says_what_reads_as_the_articles_say_it_on_a_phone_and_a_desk(browser, tmp_path):
    """Reader, eighteenth round: the HTML brief headed a speaker "co; chair of Strengthen
    Social Security", showed "insist: that other Americans be present" as the president's
    own, and "called: for the report …"; clicked, each citation lands on its passage."""
    article, db, out = tmp_path / "story.txt", tmp_path / "news.db", tmp_path / "brief.html"
    article.write_text(READER_TEXT, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(
        cli, ["ingest", str(db), str(article), "--published", "2019-03-25", "--outlet", "BBC"]
    )
    runner.invoke(cli, ["brief", str(db), "--format", "html", "-o", str(out)])
    for width in (1280, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(out.as_uri())
        part = page.locator("#speakers")
        headings = part.locator("h3").all_inner_texts()
        assert any("co-chair of Strengthen Social Security" in h for h in headings), headings
        text = part.inner_text()
        assert "co; chair" not in text and "insist:" not in text and "demand:" not in text
        assert "called for: the report to be made public" in text
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"the brief scrolls sideways at {width} px ({wide} px wide)"
        cite = part.locator("li", has_text="called for:").locator("a.cite").first
        href = cite.get_attribute("href")
        cite.click()
        landed = _landed(page)
        assert landed["id"] == href[1:] and landed["inView"] and landed["background"] == TARGET
        assert landed["text"] == "the report to be made public"
        if width == 390:
            page.screenshot(path=SHOTS / "mobile-brief-speakers.png")
        context.close()


def test_a_search_result_opens_its_article_at_the_words_found(server, page):
    """Reader, round 31: a search result opened its article at the top, the words found
    (here near the seed's end) a long scroll away; it now lands on them, highlighted as a
    cited passage is, at both widths."""
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 844})
        page.goto(server + "/search?q=Lankov")
        page.locator("ul.results a").first.click()
        page.wait_for_url("**/documents/*#hit")
        landed = _landed(page)
        assert landed["id"] == "hit" and landed["text"] == "Lankov", landed
        assert landed["inView"] and landed["background"] == TARGET
        assert page.evaluate("window.scrollY") > 0
        if width == 390:
            page.screenshot(path=SHOTS / "mobile-search-hit.png")


def test_the_highlight_of_a_passage_is_told_apart_from_every_speakers_colour(server, page):
    """Reader, round 31: the cited passage's yellow (#ffe066) was near two speakers' pale
    yellow and peach (#f0efc2, #fde2b3): a reader landing in a quote of either could not see
    the highlight. It is now far from all twelve speaker colours."""
    page.goto(server + "/brief?about=north+korean+troops")
    page.locator("#speakers a.cite").first.click()
    page.wait_for_url("**/documents/*#d-*")
    highlight = _landed(page)["background"]
    colours = page.evaluate(
        """() => [...Array(12).keys()].map(n => {
            const probe = document.createElement('span');
            probe.className = 'c' + n;
            document.body.append(probe);
            return getComputedStyle(probe).backgroundColor;
        })"""
    )
    target = [int(x) for x in re.findall(r"\d+", highlight)]
    for colour in colours:
        rgb = [int(x) for x in re.findall(r"\d+", colour)]
        distance = sum((a - b) ** 2 for a, b in zip(rgb, target, strict=True)) ** 0.5
        assert distance >= 150, f"the highlight {highlight} is near the speaker colour {colour}"


def test_the_refine_form_leaves_a_phone_the_brief_on_its_first_screen(server, browser):
    """Reader, round 31: at 390 px the brief's "Refine the coverage" form, open and one field
    a line, filled the first screen. It is closed until the reader has refined something, and
    open it takes two fields a line."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.goto(server + "/brief")
    assert phone.locator("details.refine").get_attribute("open") is None
    top = phone.evaluate("document.querySelector('nav.toc').getBoundingClientRect().top")
    assert top < 844 * 0.6, f"the brief's parts start {top} px down"
    phone.goto(server + "/brief?speaker=Cancian")
    form = phone.locator("details.refine form")
    assert form.is_visible()
    height = form.bounding_box()["height"]
    assert height < 844 * 0.3, f"the form is {height} px high on a phone"
    phone.screenshot(path=SHOTS / "mobile-brief-refine.png")
    context.close()
    desk = browser.new_page(viewport={"width": 1280, "height": 900})
    desk.goto(server + "/brief?outlet=BBC")
    assert desk.locator("details.refine form").is_visible()  # refined: shown as chosen
    desk.close()


# Politico, 17 September 2016 (PolNeAR dev), told as nine outlets would tell it: one figure
# each outlet gives, so the comparison has a column an outlet (names changed).
NINE_OUTLETS = (
    (
        "Politico",
        "Twenty-nine people were injured tonight in a densely packed Chelsea "
        "neighborhood by an explosion that Mayor Bill Delano described as an intentional act.",
    ),
    (
        "The New York Times",
        "An explosion in Chelsea injured 29 people on Saturday night, and "
        "the police commissioner said the exact cause had not been determined.",
    ),
    (
        "The Washington Post",
        "Officials said 29 people were hurt when a blast tore through a "
        "street in Manhattan; most of them were treated and released.",
    ),
    (
        "USA Today",
        "The mayor said 29 people were injured in the blast, none of them "
        "seriously, and that there was no link to terrorism.",
    ),
    (
        "HuffPost",
        "A bomb went off in a crowded neighborhood of New York, and 29 people were "
        "injured, the fire department said.",
    ),
    (
        "Breitbart",
        "Police confirmed that 29 people were injured after a device exploded near "
        "a dumpster on West 23rd Street.",
    ),
    (
        "The Western Journal",
        "Some 29 people were injured, according to city officials, who "
        "asked residents to stay away from their windows.",
    ),
    (
        "BBC",
        "Twenty-nine people were injured by an explosion in the Chelsea district of New "
        "York City, the city's mayor said.",
    ),
    (
        "Fox News",
        "Authorities said 29 people were injured and a second device was found "
        "four blocks away on 27th Street.",
    ),
)


def test_the_comparison_of_many_outlets_fits_the_page(browser, tmp_path):
    """Reader, round 33 (a week of PolNeAR dev, eight outlets): at 1280 px the comparison's
    table, a column an outlet at least 7rem wide, ran 28 px past the page, which then
    scrolled sideways under a header cut short. It takes the screen's width now (nine
    outlets fit 1280 px), and where even that is too narrow (nine at 1024 px) it scrolls in
    its own box; the page never does, and a cell still opens its passage."""
    import json

    db, dump = tmp_path / "news.db", tmp_path / "nine.jsonl"
    dump.write_text(
        "".join(
            json.dumps(
                {
                    "text": text,
                    "outlet": outlet,
                    "published": "2016-09-17",
                    "title": f"Chelsea explosion ({outlet})",
                }
            )
            + "\n"
            for outlet, text in NINE_OUTLETS
        ),
        encoding="utf-8",
    )
    CliRunner().invoke(cli, ["ingest", str(db), str(dump)])
    with _serving(db) as url:
        for width, fits in ((1280, 9), (1024, 0)):
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            page.goto(url + "/compare")
            columns = page.locator("table.compare thead th").count()
            assert columns >= 9, f"{columns - 1} outlets compared"
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= width, f"/compare scrolls sideways at {width} px ({wide} px wide)"
            box = page.evaluate(
                "(b => [b.scrollWidth, b.clientWidth])(document.querySelector('.compare-box'))"
            )
            if columns - 1 <= fits:
                assert box[0] <= box[1], f"the table scrolls in its box at {width} px"
            if width == 1280:
                page.screenshot(path=SHOTS / "compare-many-outlets.png", full_page=True)
            cell = page.locator("table.compare td a.cite").last
            href = cell.get_attribute("href")
            cell.click()
            page.wait_for_url(f"**{href}")
            landed = _landed(page)
            assert landed["id"] == href.split("#")[1] and landed["background"] == TARGET
            context.close()
