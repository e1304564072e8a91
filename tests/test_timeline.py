"""The brief's timeline: who did what on a real date axis, merged across outlets, background
apart, cut with a count (merge/timeline.py, brief/timeline.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


@contextmanager
def stored(path: Path, rows: list[tuple[str, str, str]], origin: str) -> Iterator[Store]:
    """A store of the (outlet, published, text) rows, each article's origin written by
    `origin` from its outlet and date."""
    articles = [
        Article(
            text,
            origin.format(outlet=outlet, published=published),
            "text",
            published=published,
            outlet=outlet,
        )
        for outlet, published, text in rows
    ]
    with Store(path) as store:
        for result in run(articles):
            store.add(result)
        yield store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "news.db"
    with stored(path, ARTICLES, "{outlet}.txt") as store:
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
    (line,) = [x for x in timeline.splitlines() if x.startswith("- Senate overrode the veto")]
    assert re.fullmatch(
        r"- Senate overrode the veto — \[Wire Daily, .*\] \[Metro Herald, .*\]", line
    )
    assert line.count("Wire Daily") == 1 and line.count("Metro Herald") == 1  # T8


def test_the_html_chart_places_events_on_a_date_axis_with_ticks(store):
    html = brief_html(build(store, everything=True), store)
    svg = html[
        html.index('<svg class="timeline"') : html.index("</svg>", html.index('class="timeline"'))
    ]
    assert svg.count('class="tick"') >= 3
    dots = [float(x) for x in re.findall(r'<circle cx="([\d.]+)"', svg)]
    assert len(dots) == 2 and dots[0] < dots[1]  # Tuesday, then Friday, three days apart
    (bar,) = re.findall(
        r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="8.0" rx="3" class="within"', svg
    )  # next week: some time in it, an outline, not a bar it lasted
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
        ({"date": "1970/1979", "precision": "range", "first_day": "1970-01-01"}, "1970s"),
        ({"date": "2010/2020", "precision": "range", "first_day": "2010-01-01"}, "2010–2020"),
        ({"date": "2011/2020", "precision": "range", "first_day": "2011-01-01"}, "2011–2020"),
        ({"date": "2009", "precision": "year", "first_day": "2009-01-01"}, "2009"),
    ],
)
def test_a_date_is_said_as_precisely_as_the_text_gave_it(item, text):
    assert when(item) == text


def test_a_decade_the_text_names_is_shown_as_that_decade(tmp_path):
    """HuffPost (BASIL 3ae35b16), 2019-02-15: the background said "1970–1979" for "since the
    1970s"; a reader of the brief sees the decade the text names."""
    text = (
        "In fact, arrests for illegal border crossings are at their lowest levels since the "
        "1970s. Border agents made 520,000 arrests from 2005 to 2008."
    )
    rows = [("HuffPost", "2019-02-15", text)]
    with stored(tmp_path / "news.db", rows, "{outlet}.txt") as store:
        markdown = brief_markdown(build(store, everything=True))
    assert "- **1970s**: " in markdown and "1970–1979" not in markdown
    assert "- **2005–2008**: " in markdown


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


def test_each_new_year_on_an_axis_is_named():
    """The round-63 reader (BASIL ad409798, events from November 2016 to August 2018): ticks
    every three months from December never land on a January, so the axis read "Dec 2016, Mar,
    Jun, …, Mar, Jun" and the summer of 2018 looked like 2017's. The first tick of each year
    names it."""
    from datetime import date

    assert [t for _, t in ticks(date(2016, 11, 8), date(2018, 8, 18))] == [
        "Dec 2016",
        "Mar 2017",
        "Jun",
        "Sep",
        "Dec",
        "Mar 2018",
        "Jun",
    ]
    # the day and week axes, across a new year (the round-63 code review), and within one
    assert [t for _, t in ticks(date(2016, 12, 1), date(2017, 1, 31))] == [
        "Dec 5, 2016",
        "Dec 19",
        "Jan 2, 2017",
        "Jan 16",
        "Jan 30",
    ]
    assert [t for _, t in ticks(date(2016, 12, 30), date(2017, 1, 2))] == [
        "Dec 30, 2016",
        "Dec 31",
        "Jan 1, 2017",
        "Jan 2",
    ]
    assert [t for _, t in ticks(date(2019, 1, 20), date(2019, 1, 22))] == [
        "Jan 20",
        "Jan 21",
        "Jan 22",
    ]


# Reader review 1, T3, T5, T7: the reader's stories, names as printed, sentences shortened.
REVIEW = [
    (
        "The New York Times",
        "2012-08-14",
        "In an interview on Fox News on Tuesday, Mr. Ryan said he welcomed the back-and-forth. "
        "But the Romney campaign said Tuesday that Mr. Romney would restore the money.",
    ),
    (
        "Fox News",
        "2012-08-15",
        "Paul Ryan, in his first one-on-one interview as the running mate, told Fox News on "
        "Tuesday he thinks Medicare can be a winning issue. The Romney campaign retorted with "
        "an ad of its own Tuesday.",
    ),
    (
        "The New York Times",
        "2019-01-25",
        "On Friday, Speaker Nancy Pelosi said she would work with Mr. Trump. On Twitter on Friday "
        "night, President Trump said: “This was in no way a concession.” Mr. Trump said that "
        "the deal would keep the government open until Feb. 15. If Republicans and Democrats "
        "cannot reach agreement by the February deadline, he said that he was ready to renew "
        "the confrontation.",
    ),
    (
        "Fox News",
        "2019-01-25",
        "President Trump said Friday that he will support a short-term spending bill. “If we "
        "don’t get a fair deal, the government will either shut down on Feb. 15, or I will use "
        "the powers afforded to me,” Trump said.",
    ),
]


@pytest.fixture(scope="module")
def review_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("review") / "news.db"
    with stored(path, REVIEW, "{outlet}-{published}.txt") as store:
        yield store


@pytest.fixture(scope="module")
def review(review_store):
    return build(review_store, everything=True)


def _labelled(brief, start):
    return [e for e in brief["timeline"] if e["label"].startswith(start)]


def test_one_actor_saying_things_on_one_day_is_one_happening_only_when_it_is_one_thing(review):
    """T5: Ryan's Fox News interview in two outlets is one item, each outlet with its own
    sentence; the Romney campaign's statement and its ad, and Trump's tweet and his
    announcement, are two each."""
    (ryan,) = _labelled(review, "Ryan said he welcomed")
    assert ryan["outlets"] == ["Fox News", "The New York Times"]
    assert ryan["also_in"][0]["label"].startswith("Paul Ryan told Fox News")
    assert ryan["also_in"][0]["text"].startswith("Paul Ryan, in his first one-on-one interview")
    assert len(_labelled(review, "Romney campaign")) == 2
    (tweet,) = _labelled(review, "Trump said “This was in no way a concession”")
    assert tweet["outlets"] == ["The New York Times"]


def test_different_actors_saying_things_on_one_day_are_not_one_happening(review):
    (pelosi,) = _labelled(review, "Nancy Pelosi said she would work with Mr. Trump")
    assert pelosi["outlets"] == ["The New York Times"]


def test_conditional_events_are_not_on_the_timeline(review):
    """T3: "If … cannot reach agreement by the February deadline", "the government will
    either shut down on Feb. 15" after an "if"."""
    labels = [e["label"] for e in [*review["timeline"], *review["background"]]]
    assert not any("reach agreement" in label or "shut down" in label for label in labels)
    assert any(e["date"] == "2019-02-15" for e in review["timeline"])  # the deal's end


def test_only_direct_quotes_say_in_a_quote_and_reported_speech_says_who_reports_it(review):
    """T7: "(in a quote)" only inside quotation marks; "the deal would keep the government
    open" is reported by Trump without them (and until Feb. 15, the day it is shown on: the
    end of the span, not the day of the deal)."""
    (deal,) = _labelled(review, "deal would keep the government open")
    assert deal["quoted"] is False and deal["said_by"] == "Trump"
    text = brief_markdown(review)
    assert (
        "deal would keep the government open until Feb. 15 _(reported by Trump)_ — [The New" in text
    )
    assert "(in a quote)" not in text.split("## Timeline")[1].split("## Open")[0]


def test_chart_labels_fit_the_chart_and_never_meet(review):
    """W2: each label inside the chart, measured by the widest common sans-serif face, and no
    two labels of one row closer than 8 px."""
    from whatweknow.brief.timeline import FONT, WIDE, text_width, wide

    svg = str(wide(review["timeline"], lambda source: "#"))
    rows: dict[str, list[tuple[float, float]]] = {}
    for x, y, anchor, text in re.findall(
        r'<text x="([\d.]+)" y="(\d+)" class="event" text-anchor="(\w+)">([^<]*)</text>', svg
    ):
        size = text_width(text.replace("&#39;", "'"), FONT)
        left = float(x) - size if anchor == "end" else float(x)
        assert left >= 0 and left + size <= WIDE, text
        rows.setdefault(y, []).append((left, left + size))
    assert rows
    for spans in rows.values():
        spans.sort()
        assert all(a[1] + 8 <= b[0] for a, b in itertools.pairwise(spans))


def test_a_long_label_is_shortened_to_its_room_by_words():
    from whatweknow.brief.timeline import FONT, fitted, text_width

    label = "Every former secretary of the Department of Homeland Security sent a letter"
    short = fitted(label, 200, FONT)
    assert short.endswith("…") and label.startswith(short[:-1])
    assert text_width(short, FONT) <= 200
    assert fitted("Trump signed it", 200, FONT) == "Trump signed it"


_CHROMIUM = Path("/usr/bin/chromium")
# Every visible timeline text: inside its chart, not meeting another, at 12 px or more as shown.
_CHECK = """() => {
  const found = [];
  for (const svg of document.querySelectorAll('svg.timeline, svg.timeline-narrow')) {
    if (getComputedStyle(svg).display === 'none') continue;
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')].map(t => ({
      r: t.getBoundingClientRect(), s: t.textContent,
      px: parseFloat(getComputedStyle(t).fontSize) * scale}));
    for (const t of texts) {
      if (t.r.left < box.left - 0.5 || t.r.right > box.right + 0.5) found.push('cut: ' + t.s);
      if (t.px < 12) found.push('small: ' + t.s);
    }
    texts.forEach((a, i) => texts.slice(i + 1).forEach(b => {
      if (a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 &&
          a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1) found.push(a.s + ' | ' + b.s);
    }));
    found.push('shown: ' + svg.getAttribute('class') + ' ' + texts.length);
  }
  return found;
}"""


@pytest.mark.skipif(not _CHROMIUM.exists(), reason="Debian's chromium is not installed")
@pytest.mark.parametrize("width, shown", [(1280, "timeline"), (390, "timeline-narrow")])
def test_timeline_text_is_readable_and_apart_on_a_desktop_and_a_phone(
    review_store, review, width, shown
):
    """W2: at 1280 px the horizontal chart, at 390 px the vertical one; neither scaled below
    12 px, no label cut by the edge or over another."""
    from playwright.sync_api import sync_playwright

    html = brief_html(review, review_store)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(_CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": width, "height": 900})
        page.set_content(html)
        found = page.evaluate(_CHECK)
        wide = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    charts = [f.split()[1] for f in found if f.startswith("shown: ")]
    assert charts == [shown]
    assert [f for f in found if not f.startswith("shown: ")] == []
    assert wide <= width


def test_a_sentence_with_two_dates_of_one_happening_is_cited_once(tmp_path):
    """BASIL 13792511 (Fox): "today at 11am" are two dates of one day in one sentence; the
    timeline's item cites the sentence once, not once and again as "also"."""
    text = (
        "New Jersey Governor Chris Christie expected to become the latest Republican to throw "
        "his hat in the ring for 2016. He’ll make the announcement today at 11am from his "
        "hometown of Livingston, New Jersey."
    )
    with stored(tmp_path / "news.db", [("Fox News", "2015-06-30", text)], "fox.txt") as store:
        brief = build(store, everything=True)
    (item,) = [e for e in brief["timeline"] if "announcement" in e["label"]]
    assert item["also_in"] == []


def _event(label: str, precision: str, first: str, last: str, date: str) -> dict:
    return {
        "date": date,
        "precision": precision,
        "first_day": first,
        "last_day": last,
        "label": label,
        "outlets": ["fox"],
        "source": {"document": "d", "start": 0, "end": 1},
    }


def test_a_time_as_long_as_the_axis_keeps_its_label_over_its_bar():
    """Reader, round 31 (BASIL 58f414e5): "This year's town halls … have been particularly
    rowdy" (2017) in a story of June 2017 drew a bar across the whole axis with an empty
    label, no room on either side; its label now goes over its bar, inside the chart and
    apart from every other. A short time keeps its label beside its mark."""
    from whatweknow.brief.timeline import FONT, WIDE, text_width, wide

    items = [
        _event(
            "town halls have been particularly rowdy", "year", "2017-01-01", "2017-12-31", "2017"
        ),
        _event(
            "lawmakers trotted from their dugouts",
            "season",
            "2017-06-01",
            "2017-08-31",
            "2017-06/2017-08",
        ),
        _event("gunman opened fire", "day", "2017-06-14", "2017-06-14", "2017-06-14"),
        _event(
            "Democrats secured their final out", "day", "2017-06-15", "2017-06-15", "2017-06-15"
        ),
    ]
    svg = str(wide(items, lambda source: "#"))
    texts = re.findall(
        r'<text x="([\d.]+)" y="(\d+)" class="event" text-anchor="(\w+)">([^<]*)</text>', svg
    )
    assert [t[3] for t in texts] == [i["label"] for i in items]
    (year,) = re.findall(
        r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*class="within"', svg
    )[:1]
    x, y, anchor, _ = texts[0]
    assert anchor == "start" and float(year[0]) < float(x) < float(year[0]) + float(year[2])
    assert int(y) < float(year[1])  # over the bar, not on it
    assert float(x) + text_width(texts[0][3], FONT) <= WIDE
    assert texts[2][2] == "start" and float(texts[2][0]) > 0  # a day: beside its dot


def test_the_guides_of_later_rows_pass_under_the_marks():
    """Events of one day stack in rows, each with a guide from the axis: the guide of a later
    row was drawn over the dots above it (they read as "C"s); every guide comes first now."""
    from whatweknow.brief.timeline import wide

    items = [
        _event(f"event number {n}", "day", "2017-06-14", "2017-06-14", "2017-06-14")
        for n in range(4)
    ] + [_event("the game was played", "day", "2017-06-20", "2017-06-20", "2017-06-20")]
    svg = str(wide(items, lambda source: "#"))
    assert svg.rindex('class="guide"') < svg.index("<circle")
    assert svg.count('class="guide"') == svg.count("<circle") == 5


def test_a_sentence_dated_twice_one_date_within_the_other_is_on_the_timeline_once(tmp_path):
    """PolNeAR dev, The Western Journal 2016-09-26: "this year’s first presidential debate"
    (2016) and "Monday’s showdown" (2016-09-26) put the sentence on the timeline twice, at the
    year and at the day (3 sentences in the week's brief); it is shown at the day alone. Two
    dates apart in one sentence stay two items."""
    texts = {
        "The Western Journal": "Hillary Clinton’s campaign has asked NBC’s Lester Holt, the "
        "moderator for this year’s first presidential debate, to fact check Donald Trump during "
        "Monday’s showdown at Hofstra University in New York.",
        "Fox News": "Ted Cruz refused to endorse Trump in July. Ted Cruz endorsed Trump on "
        "Friday, two months later.",
    }
    rows = [(outlet, "2016-09-26", text) for outlet, text in texts.items()]
    with stored(tmp_path / "news.db", rows, "{outlet}.txt") as store:
        brief = build(store, everything=True)
    cited = [(e["date"], e["source"]["start"]) for e in brief["timeline"] + brief["background"]]
    debate = [date for date, start in cited if start == 0 and date.startswith("2016")]
    assert debate.count("2016") == 0 and "2016-09-26" in debate
    assert len([e for e in brief["timeline"] if "Cruz" in e["label"]]) == 2


def test_a_sentence_is_one_item_at_one_date(tmp_path):
    """PolNeAR dev, The Washington Post 2016-09-26: "the city lifted a midnight curfew" was on
    the timeline twice at one date, as "city lifted a midnight curfew" and "city lifted a
    curfew" (3 sentences in the week's brief); the label that says the most stays."""
    text = (
        "Late Sunday night, the city lifted a midnight curfew it put in place Thursday after "
        "several days of protests."
    )
    rows = [("The Washington Post", "2016-09-26", text)]
    with stored(tmp_path / "news.db", rows, "wp.txt") as store:
        brief = build(store, everything=True)
    sunday = [e["label"] for e in brief["timeline"] if e["date"] == "2016-09-25"]
    assert sunday == ["city lifted a midnight curfew"], sunday


def test_a_distance_set_off_after_a_date_puts_each_event_on_its_own_day(tmp_path):
    """BASIL e71d149d (Fox News 2019-03-25): "on Saturday, one day before Barr released …" put
    "Beto O’Rourke charged and on Saturday, one day before Attorney General William Barr
    released …" on the Friday and Barr's release on the Saturday; the charge is the Saturday's,
    the release the Sunday's."""
    text = (
        "And on Saturday, one day before Attorney General William Barr released a short summary "
        "of Mueller’s findings, former Texas Rep. Beto O’Rourke charged on the campaign trail in "
        "South Carolina that you “have a president, who in my opinion beyond the shadow of a "
        "doubt, sought to, however ham-handedly, collude with the Russian government.”"
    )
    with stored(tmp_path / "news.db", [("Fox News", "2019-03-25", text)], "fox.txt") as store:
        brief = build(store, everything=True)
    dated = {e["date"]: e["label"] for e in brief["timeline"]}
    assert dated == {
        "2019-03-23": "Beto O’Rourke charged you “have a president”",
        "2019-03-24": "William Barr released a short summary of Mueller’s findings",
    }


def test_two_labels_facing_each_other_in_a_row_are_kept_well_apart():
    """The reviewer (BASIL 87609973): a label right of its dot and the next one left of its
    own, 8 px apart in one row, read as one line ("Donald Trump fired him a news dump"); text
    facing text is 28 px apart at least (it was 10 and 20 px here), text beside a mark 8 px."""
    from whatweknow.brief.timeline import FONT, text_width, wide

    for day in ("2017-05-28", "2017-05-29"):
        items = [
            _event("Donald Trump fired him", "day", "2017-05-01", "2017-05-01", "2017-05-01"),
            _event("a news dump", "day", day, day, day),
            _event("State Department released emails", "day", "2017-07-01", "2017-07-01", "x"),
        ]
        svg = str(wide(items, lambda source: "#"))
        rows: dict[str, list[tuple[float, float, str]]] = {}
        for x, y, anchor, text in re.findall(
            r'<text x="([\d.]+)" y="(\d+)" class="event" text-anchor="(\w+)">([^<]*)</text>', svg
        ):
            size = text_width(text, FONT)
            left = float(x) - size if anchor == "end" else float(x)
            rows.setdefault(y, []).append((left, left + size, anchor))
        for spans in rows.values():
            spans.sort()
            for a, b in itertools.pairwise(spans):
                gap = 28 if (a[2], b[2]) == ("start", "end") else 8  # text, then text
                assert a[1] + gap <= b[0], (day, a, b)


def test_a_named_day_in_general_and_a_year_an_act_comes_before_are_not_on_the_timeline(tmp_path):
    """BASIL 2f3e86b6 (the House's election-reform bill, 2019-03-08): a reader found the
    timeline's first entry placing the proposal of "designating Election Day as a federal
    holiday" on 2018-11-06 (The New York Times) and 2020-11-03 (Fox News), and "a campaign
    platform ahead of 2020" filed under 2020; the day of every year and a year the act comes
    before date nothing that happened. The bill's passing stays on its day."""
    rows = [
        (
            "The New York Times",
            "2019-03-08",
            "The House on Friday passed legislation to overhaul the nation's election laws. It "
            "also serves as a campaign platform for Democrats ahead of 2020.\n\n"
            "The ambitious compendium, at nearly 700 pages, includes proposals designating "
            "Election Day as a federal holiday, automatically registering citizens to vote, and "
            "restoring voting rights to people who have served felony sentences.",
        ),
        (
            "Fox News",
            "2019-03-08",
            "It institutes a public financing system for congressional campaigns, requires "
            "presidential candidates to disclose tax returns and makes Election Day a federal "
            "holiday.",
        ),
    ]
    with stored(tmp_path / "news.db", rows, "{outlet}.txt") as store:
        brief = build(store, everything=True)
    dated = sorted({e["date"] for e in brief["timeline"] + brief["background"]})
    assert dated == ["2019-03-08"], [(e["date"], e["label"]) for e in brief["timeline"]]


def test_a_hope_is_not_on_the_timeline_and_the_act_beside_it_is(tmp_path):
    """BASIL 86e6e27d (NYT, 2019-01-04): a reader found "2019: articles of impeachment are the
    subject of hearings" on the timeline, from Representative Sherman's "I hope …"; the article
    of impeachment he introduced on Thursday stays on its day."""
    rows = [
        (
            "The New York Times",
            "2019-01-04",
            "Representatives Brad Sherman of California and Al Green of Texas formally "
            "introduced an article of impeachment on Thursday, charging that Mr. Trump had "
            "obstructed justice in firing James B. Comey, the F.B.I. director.\n\n"
            "“I hope that the articles of impeachment are the subject of hearings before the "
            "Judiciary Committee early in 2019.”",
        ),
    ]
    with stored(tmp_path / "news.db", rows, "{outlet}.txt") as store:
        brief = build(store, everything=True)
    shown = [(e["date"], e["label"]) for e in brief["timeline"] + brief["background"]]
    assert shown == [
        (
            "2019-01-03",
            "Representatives Brad Sherman of California and Al Green formally introduced an "
            "article of impeachment",
        )
    ]
