"""Dates and events: expressions resolved against the publication date, and who did what."""

from __future__ import annotations

from datetime import datetime
from functools import cache

import pytest

from whatweknow import clean, extract, load_nlp
from whatweknow.extract.events import resolve
from whatweknow.model import Article

from .conftest import SEED

PUBLISHED = datetime(2024, 11, 5)


@pytest.mark.parametrize(
    "expression, future, iso, precision",
    [
        ("in October", False, "2024-10", "month"),
        ("on September 9, 2018", False, "2018-09-09", "day"),
        ("in 2022", False, "2022", "year"),
        ("June 19, 2024", False, "2024-06-19", "day"),
        ("yesterday", False, "2024-11-04", "day"),
        ("two weeks ago", False, "2024-10-22", "day"),
        ("last week", False, "2024-W44", "week"),
        ("last month", False, "2024-10", "month"),
        ("last year", False, "2023", "year"),
        ("this year", False, "2024", "year"),
        ("in December", False, "2023-12", "month"),
        ("in December", True, "2024-12", "month"),
        ("next month", True, "2024-12", "month"),
        ("March 2023", False, "2023-03", "month"),
        ("early 2021", False, "2021", "year"),
        ("on 9 September", False, "2024-09-09", "day"),
        ("Sept. 11", False, "2024-09-11", "day"),
        ("in mid-October", False, "2024-10", "month"),
        ("the 1990s", False, "1990/1999", "range"),
        ("2014-2017", False, "2014/2017", "range"),
        ("between 2014 and 2017", False, "2014/2017", "range"),
    ],
)
def test_date_expressions_resolve_against_the_publication_date(expression, future, iso, precision):
    date = resolve(expression, PUBLISHED, future)
    assert (date["iso"], date["precision"], date["resolved"]) == (iso, precision, True)


def test_without_a_publication_date_a_month_stays_unresolved_and_says_so():
    date = resolve("in October", None)
    assert date["iso"] is None and date["resolved"] is False
    assert date["note"] == "no publication date to resolve it against"


def test_without_a_publication_date_a_year_still_resolves():
    assert resolve("in 2022", None)["iso"] == "2022"


@cache
def events_of(text: str, published: str | None = "2024-11-05"):
    article = Article(text, "test", "text", published=published)
    return extract(clean(article), load_nlp()).events


@pytest.mark.parametrize(
    "text, predicate, actor, target, place, iso",
    [
        (
            "Russia invaded Ukraine in February 2022.",
            "invade",
            "Russia",
            "Ukraine",
            None,
            "2022-02",
        ),
        (
            "In October, the North blew up parts of two roads.",
            "blow up",
            "North",
            "parts of two roads",
            None,
            "2024-10",
        ),
        (
            "In September, Russian President Vladimir Putin issued an order to expand his army.",
            "issue",
            "Vladimir Putin",
            "order",
            None,
            "2024-09",
        ),
        (
            "Protesters gathered in Seoul on Saturday.",
            "gather",
            "Protesters",
            None,
            "Seoul",
            "2024-11-02",
        ),
        (
            "When rumors first emerged in October, it was not clear what role they would play.",
            "emerge",
            "rumors",
            None,
            None,
            "2024-10",
        ),
        (
            "The summit will be held in Beijing next month.",
            "hold",
            "summit",
            None,
            "Beijing",
            "2024-12",
        ),
        (
            "Kim Jong Un and Vladimir Putin signed a pact in June.",
            "sign",
            "Kim Jong Un and Vladimir Putin",
            "pact",
            None,
            "2024-06",
        ),
    ],
)
def test_events(text, predicate, actor, target, place, iso):
    (event,) = events_of(text)
    assert event.predicate == predicate
    assert (event.actor or {}).get("name") == actor
    assert (event.target or {}).get("name") == target
    assert (event.place or {}).get("name") == place
    assert event.date["iso"] == iso


@pytest.mark.parametrize(
    "text",
    [
        "The war has lasted two years.",
        "Prices rise every year.",
        "The talks went on for months.",
    ],
)
def test_durations_and_habits_are_not_dated_events(text):
    assert events_of(text) == ()


@pytest.fixture(scope="module")
def seed_events():
    return events_of(SEED.read_text("utf-8"))


@pytest.mark.parametrize(
    "phrase, iso, caption",
    [
        ("rumors emerge", "2024-10", False),
        ("sign a pact", "2024-06", True),
        ("invasion of ukraine", "2022", False),
        ("issue an order", "2024-09", False),
        ("blow up parts of two roads", "2024-10", False),
    ],
)
def test_seed_events_with_the_published_date(seed_events, phrase, iso, caption):
    (event,) = [e for e in seed_events if e.phrase == phrase]
    assert event.date["iso"] == iso
    assert event.caption is caption
