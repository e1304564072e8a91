"""Dates and events: expressions resolved against the publication date, and who did what."""

from __future__ import annotations

from datetime import datetime
from functools import cache

import pytest

from whatweknow import clean, extract, load_nlp
from whatweknow.dates import resolve
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
        ("two weeks ago", False, "2024-W43", "week"),
        ("three days ago", False, "2024-11-02", "day"),
        ("nearly a month ago", False, "2024-10", "month"),
        ("two years ago", False, "2022", "year"),
        ("next week", True, "2024-W46", "week"),
        ("this week", False, "2024-W45", "week"),
        ("over the weekend", False, "2024-W44", "week"),
        ("this weekend", True, "2024-W45", "week"),
        ("last summer", False, "2024-06/2024-08", "season"),
        ("this spring", True, "2025-03/2025-05", "season"),
        ("winter 2018", False, "2018-12/2019-02", "season"),
        ("New Year's Day 2014", False, "2014-01-01", "day"),
        ("on Christmas Eve", True, "2024-12-24", "day"),
        ("the end of July", False, "2024-07", "month"),
        ("the end of July", True, "2025-07", "month"),
        ("later Friday", False, "2024-11-01", "day"),
        ("last Tuesday", False, "2024-10-29", "day"),
        ("next Tuesday", True, "2024-11-12", "day"),
        ("Tuesday", False, "2024-11-05", "day"),
        ("Tuesday", True, "2024-11-05", "day"),
        ("Thursday", True, "2024-11-07", "day"),
        ("February 28, 2019", True, "2019-02-28", "day"),
        ("March 31-April 4", False, "2024-03-31/2024-04-04", "range"),
        ("the 1970s-era", False, "1970/1979", "range"),
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


def test_a_vague_distance_is_not_resolved_and_says_why():
    date = resolve("a few years ago", PUBLISHED)
    assert (date["iso"], date["resolved"]) == (None, False)
    assert date["note"] == "a vague distance ('a few years ago')"


def test_a_date_counted_from_a_time_known_only_to_the_year_is_not_made_precise():
    assert resolve("next year", PUBLISHED, grain="year")["iso"] == "2025"
    date = resolve("Tuesday", PUBLISHED, grain="year")
    assert (date["iso"], date["resolved"]) == (None, False)
    assert "only to the year" in date["note"]


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


# The cases and their classes, each a sentence with its publication date: the date
# hangs on a verb whose tense, aspect and words ("will", "is scheduled for", "plans to",
# "until") give the direction; a weekday that is the publication day is that day.
@pytest.mark.parametrize(
    "text, published, expression, iso, precision",
    [
        (  # HuffPost, Tuesday 2018-08-21: the publication day is that day, not a week back
            "Rep. Duncan Hunter was indicted Tuesday on charges of misusing campaign funds.",
            "2018-08-21",
            "Tuesday",
            "2018-08-21",
            "day",
        ),
        (  # NYT and HuffPost, Thursday 2014-12-18
            "Nebraska and Oklahoma filed a lawsuit against Colorado on Thursday.",
            "2014-12-18",
            "Thursday",
            "2014-12-18",
            "day",
        ),
        (
            "Mr. Hunter will be arraigned Thursday in San Diego.",
            "2018-08-21",
            "Thursday",
            "2018-08-23",
            "day",
        ),
        (
            "He met the prosecutors last Tuesday.",
            "2018-08-21",
            "last Tuesday",
            "2018-08-14",
            "day",
        ),
        (
            "The committee is expected to vote on the nomination next Tuesday.",
            "2018-08-21",
            "next Tuesday",
            "2018-08-28",
            "day",
        ),
        (  # NYT 2018-01-22: a prospect, not last November
            "They accused the Democratic leader of capitulating to protect senators up for "
            "re-election in November.",
            "2018-01-22",
            "November",
            "2018-11",
            "month",
        ),
        (  # NYT 2019-01-25: the end of a span is the nearer Feb. 15
            "Mr. Trump signed it on Friday night, restoring normal operations at a series of "
            "federal agencies until Feb. 15.",
            "2019-01-25",
            "Feb. 15",
            "2019-02-15",
            "day",
        ),
        (
            "Mr. Trump signed it on Friday night, restoring normal operations at a series of "
            "federal agencies until Feb. 15.",
            "2019-01-25",
            "Friday night",
            "2019-01-25",
            "day",
        ),
        (  # an explicit year is kept as written
            "The end date for my tenure is February 28, 2019.",
            "2018-12-20",
            "February 28, 2019",
            "2019-02-28",
            "day",
        ),
        (
            "The Senate passed the measure later Friday.",
            "2019-01-25",
            "later Friday",
            "2019-01-25",
            "day",
        ),
        (
            "The agency ran out of money at the end of July.",
            "2019-08-02",
            "the end of July",
            "2019-07",
            "month",
        ),
        (
            "The House passed the bill last week.",
            "2018-12-20",
            "last week",
            "2018-W50",
            "week",
        ),
        (
            "The Senate plans to vote on the bill this week.",
            "2018-12-20",
            "this week",
            "2018-W51",
            "week",
        ),
        (
            "The Senate will take up the bill next week.",
            "2018-12-20",
            "next week",
            "2018-W52",
            "week",
        ),
        (
            "The company will open the plant this summer.",
            "2019-01-22",
            "this summer",
            "2019-06/2019-08",
            "season",
        ),
        (
            "The law was passed two years ago.",
            "2019-01-22",
            "two years ago",
            "2017",
            "year",
        ),
        (  # NYT 2019-01-19, a Saturday: a plain present is the coming day
            "Noting that Tuesday is the deadline, the senator urged a vote.",
            "2019-01-19",
            "Tuesday",
            "2019-01-22",
            "day",
        ),
        (  # HuffPost, Wednesday 2017-06-14: a schedule is the coming day
            "This year's game is scheduled for Thursday night.",
            "2017-06-14",
            "Thursday night",
            "2017-06-15",
            "day",
        ),
        (
            "This year's game is scheduled for Thursday night.",
            "2017-06-14",
            "This year",
            "2017",
            "year",
        ),
        (  # a schedule set in the past is still ahead
            "The judge set the sentencing for June 28.",
            "2013-02-20",
            "June 28",
            "2013-06-28",
            "day",
        ),
        (  # NYT 2017-06-15: counted from the story's own day
            "A day earlier, a gunman had opened fire on members of the team.",
            "2017-06-15",
            "A day earlier",
            "2017-06-14",
            "day",
        ),
        (  # counted from the last month the story named
            "In May, Mr. Trump fired Mr. Comey. The following month, Mr. Comey testified "
            "before the Senate.",
            "2017-12-04",
            "The following month",
            "2017-06",
            "month",
        ),
        (  # HuffPost, dated Wednesday 2017-06-14 and updated on Thursday
            "Steve Scalise was still in critical condition on Thursday after a gunman opened "
            "fire Wednesday morning.",
            "2017-06-14",
            "Thursday",
            "2017-06-15",
            "day",
        ),
        (
            "Steve Scalise was still in critical condition on Thursday after a gunman opened "
            "fire Wednesday morning.",
            "2017-06-14",
            "Wednesday morning",
            "2017-06-14",
            "day",
        ),
        (  # a quote counted from its own time, where the text gives it
            "In a 2015 interview, Mr. Smith said that the plant would open next year.",
            "2019-01-22",
            "next year",
            "2016",
            "year",
        ),
        (
            "The growers have sold marijuana in stores since January.",
            "2014-12-19",
            "January",
            "2014-01",
            "month",
        ),
    ],
)
def test_dates_resolve_in_the_direction_of_their_clause(
    text, published, expression, iso, precision
):
    found = [e for e in events_of(text, published) if e.date["text"] == expression]
    assert found, [e.date["text"] for e in events_of(text, published)]
    assert (found[0].date["iso"], found[0].date["precision"]) == (iso, precision)


def test_a_quoted_weekday_said_at_a_time_known_only_to_the_year_stays_unresolved():
    text = "In a 2015 interview, Mr. Smith said that he had met the governor on Tuesday."
    (event,) = [e for e in events_of(text, "2019-01-22") if e.date["text"] == "Tuesday"]
    assert event.date["resolved"] is False and event.date["iso"] is None
    assert "only to the year" in event.date["note"]


def test_every_date_of_a_clause_gets_its_own_event():
    text = "Republicans held the seat from 2009 to 2013, and Democrats won it back in 2014."
    assert {e.date["iso"] for e in events_of(text, "2019-01-22")} >= {"2009", "2013", "2014"}


@pytest.mark.parametrize(
    "text, label",
    [
        ("The Senate overrode the veto on Tuesday.", "Senate overrode the veto"),
        ("She made no apologies for the remark on Friday.", "She made no apologies"),
        (
            "Sen. Bernie Sanders confirmed on Wednesday that Hodgkinson had volunteered for "
            "his campaign.",
            "Bernie Sanders confirmed Hodgkinson had volunteered for his campaign",
        ),
    ],
)
def test_an_event_is_labelled_by_who_did_what_in_the_texts_words(text, label):
    (event,) = events_of(text, "2017-06-14")
    assert event.label == label


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
