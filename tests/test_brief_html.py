"""The pieces the HTML brief and the web pages are drawn with: marked passages, source
sentences, cluster headings, charts and numbers. No model needed."""

from __future__ import annotations

import re

from whatweknow.brief.compare import compare
from whatweknow.brief.context import context, heading
from whatweknow.brief.html import figure_chart
from whatweknow.brief.numbers import compact, range_text, ticks
from whatweknow.brief.passages import Passage, continued_style, paragraphs

# From the seed (examples/north-korean-troops.txt).
DEPLOYED = (
    "Even the number being deployed — originally put at about 11,000 by the Pentagon — has "
    "been debated. According to Bloomberg, unnamed sources believe that Pyongyang may actually "
    "deploy as many as 100,000 troops.\n\nHowever, accurate information is difficult to obtain."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_figure_inside_a_quote_is_its_own_link_inside_the_quotes_anchor():
    quote = _span(DEPLOYED, "that Pyongyang may actually deploy as many as 100,000 troops")
    figure = _span(DEPLOYED, "as many as 100,000")
    body, split = paragraphs(
        DEPLOYED,
        [
            Passage(*quote, anchor="d-x-quote"),
            Passage(*quote, link="#rec-s4", classes="q c1"),
            Passage(*figure, anchor="d-x-figure"),
            Passage(*figure, link="#rec-f2", classes="fig"),
        ],
    )
    html = str(body[0].html)
    assert len(body) == 2 and split == []
    assert '<span class="psg" id="d-x-quote"><a href="#rec-s4" class="q c1">that Pyongyang' in html
    assert (
        '<span class="psg" id="d-x-figure"><a href="#rec-f2" class="q c1 fig">as many as 100,000'
        "</a></span>"
    ) in html
    assert not re.search(r"<a [^>]*>(?:(?!</a>).)*<a ", html)  # no link inside a link
    assert html.count("<span") == html.count("</span>")


def test_crossing_passages_are_split_and_their_later_pieces_named():
    text = "one two three four five"
    body, split = paragraphs(text, [Passage(0, 13, anchor="d-a"), Passage(8, 23, anchor="d-b")])
    html = str(body[0].html)
    assert 'id="d-a"' in html and 'id="d-b"' in html and 'data-of="d-b"' in html
    assert split == ["d-b"]
    assert '[id="d-b"]:target) [data-of="d-b"]' in str(continued_style(split))
    assert re.sub(r"<[^>]+>", "", html) == text


def test_article_text_in_passages_is_escaped():
    text = 'Officials said <script>alert(1)</script> and "x"'
    body, _ = paragraphs(text, [Passage(0, 9, anchor="d-x-0-9", link="#rec-s1")])
    html = str(body[0].html)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_context_is_the_sentence_around_a_span():
    start, end = _span(DEPLOYED, "as many as 100,000")
    sentence = context(DEPLOYED, start, end)
    assert sentence["text"] == (
        "According to Bloomberg, unnamed sources believe that Pyongyang may actually deploy as "
        "many as 100,000 troops."
    )
    assert DEPLOYED[sentence["start"] : sentence["end"]] == sentence["text"]


def test_context_does_not_stop_at_a_title():
    text = (
        "They are not battle-tested at the moment, but soon they will not be,” said Lt. Gen. "
        "(retd) Chun. Still, some experts disagree."
    )
    start, end = _span(text, "soon they will not be")
    assert context(text, start, end)["text"].endswith("said Lt. Gen. (retd) Chun.")


def test_a_cluster_heading_says_what_is_measured_in_the_articles_words():
    start, end = _span(DEPLOYED, "about 11,000")
    value = {
        "text": "about 11,000",
        "measure": "number deploy",
        "counted": None,
        "unit": None,
        "currency": None,
        "per": [],
        "location": {"start": start, "end": end},
        "context": context(DEPLOYED, start, end),
    }
    assert heading({"values": [value], "measure": "troops"}) == "Number being deployed"


def test_chart_ticks_are_round_and_values_short():
    assert ticks(0, 110_000) == [0, 50_000, 100_000, 150_000]
    assert [compact(t, "USD") for t in ticks(0, 3.96e9)] == ["$0", "$2bn", "$4bn"]
    assert compact(25_000) == "25k" and compact(1_500_000) == "1.5m" and compact(2_500) == "2,500"


def _value(text, value, qualifier, low=None, high=None, source="officials", outlet="BBC"):
    return {
        "text": text,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "source": source,
        "currency": None,
        "location": {
            "outlet": outlet,
            "published": "2024-11-05",
            "document": "d",
            "start": 0,
            "end": 1,
        },
    }


def test_a_vague_amount_is_drawn_as_its_range_not_at_zero():
    cluster = {
        "values": [
            _value("hundreds", 100.0, "vague", low=100.0, high=1000.0),
            _value("more than 800", 800.0, "lower", low=800.0),
        ]
    }
    html = str(figure_chart(cluster))
    rows = html.split('class="rc-row"')[1:3]
    assert "rc-dot" not in rows[0]  # a vague amount has no single value to dot
    left = float(re.search(r'rc-bar[^"]*" style="left:([\d.]+)%', rows[0]).group(1))
    assert left > 0
    assert "rc-bar open" in rows[1]  # "more than 800" runs to the edge


def test_chart_labels_are_whole_source_names():
    name = "Nato and Western military officials in Brussels"
    cluster = {"values": [_value("at least 20,000", 20000.0, "lower", low=20000.0, source=name)]}
    assert f'<div class="rc-who">{name}<' in str(figure_chart(cluster))


def test_range_text_names_the_unit():
    cluster = {"values": [{"currency": "USD"}], "range": [5e9, 5.7e9]}
    assert range_text(cluster) == "$5 billion to $5.7 billion"
    assert range_text({"values": [{}], "range": [11000, 100000], "unit": "troops"}) == (
        "11,000 to 100,000 troops"
    )


def test_compare_finds_whose_figure_differs_and_who_was_first():
    values = [
        _value("about 12,000", 12000.0, "approx", outlet="Daily Test"),
        _value("some 12,000", 12000.0, "approx", outlet="Metro Herald"),
        _value("as many as 100,000", 100000.0, "upper", high=100000.0, outlet="Evening Ledger"),
    ]
    values[0]["location"]["published"] = "2024-11-02"
    brief = {
        "coverage": {"outlets": ["Daily Test", "Evening Ledger", "Metro Herald"]},
        "speakers": [],
        "figures": [{"id": "c1", "status": "disputed", "values": values}],
    }
    row = compare(brief)["figures"][0]
    assert row["differs"] == ["Evening Ledger"]
    assert row["first"] == (["Daily Test"], "2024-11-02")
