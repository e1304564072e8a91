"""The brief's timeline: who did what on a real date axis, merged across outlets, background
apart, cut with a count (merge/timeline.py, brief/timeline.py)."""

from __future__ import annotations

import re

import pytest

from whatweknow import Store, run
from whatweknow.brief import brief_markdown, build
from whatweknow.brief.html import brief_html
from whatweknow.brief.timeline import ticks, when
from whatweknow.model import Article

ARTICLES = [
    (
        "Wire Daily",
        "2019-01-25",
        "The Senate overrode the veto on Tuesday. Senators will vote on the budget next week.\n\n"
        "The law was first passed in 2009.",
    ),
    (
        "Metro Herald",
        "2019-01-25",
        "The Senate overrode the veto on Tuesday, handing the governor a defeat.\n\n"
        "The governor signed the budget on Friday.",
    ),
    (
        "Valley Post",
        "2019-01-26",
        "The governor signed the budget on Friday after weeks of talks. In January 2017, the "
        "Senate rejected a similar bill.",
    ),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "news.db"
    articles = [
        Article(text, f"{outlet}.txt", "text", published=published, outlet=outlet)
        for outlet, published, text in ARTICLES
    ]
    with Store(path) as store:
        for result in run(articles):
            store.add(result)
        yield store


def test_events_reported_by_several_outlets_are_one_item_with_their_outlets(store):
    brief = build(store, everything=True)
    (veto,) = [e for e in brief["timeline"] if e["label"] == "Senate overrode the veto"]
    assert veto["date"] == "2019-01-22"
    assert veto["outlets"] == ["Metro Herald", "Wire Daily"]
    assert veto["reported_by"] == 2 and len(veto["also_in"]) == 1
    (signed,) = [e for e in brief["timeline"] if e["label"] == "governor signed the budget"]
    assert signed["outlets"] == ["Metro Herald", "Valley Post"]


def test_the_timeline_is_in_date_order_and_background_is_apart(store):
    brief = build(store, everything=True)
    days = [e["first_day"] for e in brief["timeline"]]
    assert days == sorted(days)
    assert [e["date"] for e in brief["timeline"]] == ["2019-01-22", "2019-01-25", "2019-W05"]
    assert [e["date"] for e in brief["background"]] == ["2009", "2017-01"]


def test_a_cut_timeline_keeps_the_most_reported_and_says_how_many_more(store):
    from whatweknow.merge import merge

    ledger = merge(store, store.select(), limit=2)
    assert len(ledger["timeline"]) == 2 and ledger["more"]["timeline"] == 1
    assert all(e["reported_by"] == 2 for e in ledger["timeline"])


def test_markdown_groups_the_timeline_by_date(store):
    text = brief_markdown(build(store, everything=True))
    timeline = text.split("## Timeline")[1].split("## Open questions")[0]
    assert "### 2019-01-22 (Tuesday)" in timeline
    assert "### week of 2019-01-28 (2019-W05)" in timeline
    assert "### Background" in timeline
    assert re.search(
        r"- Senate overrode the veto — Metro Herald, Wire Daily \[.*\] \[.*\]", timeline
    )


def test_the_html_chart_places_events_on_a_date_axis_with_ticks(store):
    html = brief_html(build(store, everything=True), store)
    svg = html[
        html.index('<svg class="timeline"') : html.index("</svg>", html.index('class="timeline"'))
    ]
    assert svg.count('class="tick"') >= 3
    dots = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert len(dots) == 2 and dots[0] < dots[1]  # Tuesday, then Friday, three days apart
    (bar,) = re.findall(
        r'<rect x="([\d.]+)" y="\d+" width="([\d.]+)" height="8" rx="3" class="span"', svg
    )  # next week
    per_day = (dots[1] - dots[0]) / 3
    assert float(bar[1]) == pytest.approx(7 * per_day, rel=0.01)


@pytest.mark.parametrize(
    "item, text",
    [
        (
            {"date": "2019-01-22", "precision": "day", "first_day": "2019-01-22"},
            "2019-01-22 (Tuesday)",
        ),
        (
            {"date": "2019-W05", "precision": "week", "first_day": "2019-01-28"},
            "week of 2019-01-28 (2019-W05)",
        ),
        ({"date": "2018-01", "precision": "month", "first_day": "2018-01-01"}, "January 2018"),
        (
            {"date": "2019-06/2019-08", "precision": "season", "first_day": "2019-06-01"},
            "summer 2019",
        ),
        ({"date": "2005/2008", "precision": "range", "first_day": "2005-01-01"}, "2005–2008"),
        ({"date": "2009", "precision": "year", "first_day": "2009-01-01"}, "2009"),
    ],
)
def test_a_date_is_said_as_precisely_as_the_text_gave_it(item, text):
    assert when(item) == text


def test_axis_ticks_step_with_the_span():
    from datetime import date

    assert len(ticks(date(2019, 1, 20), date(2019, 1, 26))) == 7  # days
    assert all(d.weekday() == 0 for d, _ in ticks(date(2019, 1, 1), date(2019, 2, 20)))  # Mondays
    assert [t for _, t in ticks(date(2018, 11, 15), date(2019, 3, 1))][:3] == [
        "Dec 2018",
        "Jan 2019",
        "Feb",
    ]
    assert [t for _, t in ticks(date(2001, 1, 1), date(2004, 6, 1))] == ["2002", "2003", "2004"]
