"""HTML pages to articles: main text and metadata through trafilatura."""

from __future__ import annotations

from urllib.parse import urlparse

import trafilatura

from ..errors import IngestError
from ..model import Article
from .dates import iso_date


def article_from_html(html: str, origin: str, url: str | None = None) -> Article:
    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise IngestError(
            f"{origin}: no article text found in the HTML. "
            "Check that the page is an article, or save its text as a .txt file."
        )
    url = url or result.url
    outlet = result.sitename or (urlparse(url).hostname if url else None) or result.hostname
    return Article(
        raw=text,
        origin=origin,
        kind="html",
        title=result.title or None,
        url=url,
        published=iso_date(result.date),
        outlet=outlet,
        author=result.author or None,
        locale=result.language or _html_lang(html),
    )


def _html_lang(html: str) -> str | None:
    import re

    match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3}(?:-[A-Za-z]{2,4})?)", html[:5000])
    return match.group(1) if match else None


def text_from_fragment(html: str) -> str:
    """Plain text of an HTML fragment (a feed entry's body), one paragraph per line."""
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True
    )
    if text:
        return text
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4"):
        block.tail = "\n" + (block.tail or "")
    return root.text_content()
