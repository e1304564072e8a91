"""Screenshots of the web app as a reader sees it, at desktop and phone widths.

    python benchmarks/screenshots.py ../shared/data/basil [--store basil.db] [--out DIR]

Builds the store (the seed plus BASIL's 216 articles, as benchmarks/web_latency.py does) or
reuses one, serves it, and saves PNGs with Debian's headless Chromium (Playwright) to DIR
(default test-artifacts/screenshots/): the brief, a citation landed on its passage, a figure's
record opened inside a quote, the outlet comparison, and the brief and a document on a phone.
README.md says what each shows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_latency import build, serve

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("basil", type=Path)
    parser.add_argument("--store", type=Path, help="an existing store to serve")
    parser.add_argument("--out", type=Path, default=ROOT / "test-artifacts" / "screenshots")
    args = parser.parse_args()
    db = args.store or build(args.basil)
    base, server, thread = serve(db)
    args.out.mkdir(parents=True, exist_ok=True)
    seed_brief = "/brief?" + urlencode({"about": "north korean troops"})
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        desktop = browser.new_page(viewport=DESKTOP)
        phone = browser.new_page(viewport=PHONE, device_scale_factor=2)

        def shot(page, path: str, name: str, scroll_to: str | None = None) -> None:
            page.goto(base + path)
            if scroll_to:
                page.locator(scroll_to).first.scroll_into_view_if_needed()
                page.evaluate(
                    "selector => document.querySelector(selector).scrollIntoView()", scroll_to
                )
            page.screenshot(path=args.out / name)
            wide = page.evaluate("document.documentElement.scrollWidth")
            print(f"{name}: {path} ({wide} px wide)")

        shot(desktop, seed_brief, "brief.png")
        shot(desktop, seed_brief, "brief-disputed.png", "#disputed")
        citation = desktop.locator("#speakers a.cite").first.get_attribute("href")
        shot(desktop, citation, "document-citation.png")
        shot(desktop, seed_brief, "brief-sentence.png", "#figures")
        desktop.locator("#figures details.ctx summary").first.click()
        desktop.screenshot(path=args.out / "brief-sentence.png")  # the sentence opened
        document = citation.split("#")[0]
        desktop.goto(base + document)
        desktop.locator(".text a.fig", has_text="as many as 100,000").click()
        desktop.screenshot(path=args.out / "document-figure-record.png")
        print(f"document-figure-record.png: {document} (the figure inside a quote, clicked)")
        shot(desktop, "/compare?about=Trump", "compare.png", "#shared-claims")
        shot(desktop, "/compare?about=Trump", "compare-figures.png", "#shared-figures")
        shot(phone, seed_brief, "mobile-brief.png")
        shot(phone, seed_brief, "mobile-brief-disputed.png", "#disputed")
        shot(phone, citation, "mobile-document-citation.png")
        shot(phone, "/compare?about=Trump", "mobile-compare.png", "#shared-claims")
        browser.close()
    server.should_exit = True
    thread.join(timeout=10)


if __name__ == "__main__":
    main()
