"""RSS and Atom feeds: each entry becomes an article; its link is fetched when it has no body."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import feedparser

from ..errors import IngestError, WhatWeKnowError
from ..model import Article, Failure
from .dates import iso_date
from .html import text_from_fragment

# An entry body shorter than this is a teaser, not the article: fetch the link instead.
MIN_BODY_WORDS = 60

FetchArticle = Callable[[str, str], Article]  # (url, origin) -> Article


def feed_articles(
    data: bytes, origin: str, fetch_article: FetchArticle
) -> Iterator[Article | Failure]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({reason})" if reason else ""
        raise IngestError(f"{origin}: a feed with no readable entries{detail}. Check the feed.")
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield _entry_article(entry, entry_origin, outlet, fetch_article)
        except WhatWeKnowError as err:
            yield Failure(entry_origin, "ingest", str(err))


def _entry_article(
    entry: dict, origin: str, outlet: str | None, fetch_article: FetchArticle
) -> Article:
    link = entry.get("link") or None
    title = entry.get("title") or None
    published = iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    author = entry.get("author") or None
    body = ""
    if entry.get("content"):
        body = text_from_fragment(entry["content"][0].get("value", ""))
    if len(body.split()) < MIN_BODY_WORDS and entry.get("summary"):
        summary = text_from_fragment(entry["summary"])
        body = summary if len(summary) > len(body) else body
    if len(body.split()) >= MIN_BODY_WORDS or (body.strip() and not link):
        return Article(body, origin, "feed", title, link, published, outlet, author)
    if not link:
        raise IngestError(f"{origin}: feed entry with no text and no link. Fix or drop the entry.")
    fetched = fetch_article(link, origin)
    return Article(
        raw=fetched.raw,
        origin=origin,
        kind="feed",
        title=title or fetched.title,
        url=fetched.url or link,
        published=published or fetched.published,
        outlet=outlet or fetched.outlet,
        author=author or fetched.author,
        locale=fetched.locale,
    )
