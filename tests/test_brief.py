"""The brief through the CLI: Markdown, self-contained HTML and strict JSON."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from click.testing import CliRunner

from whatweknow import Store, run
from whatweknow.brief import brief_markdown, build
from whatweknow.brief.extraction import extraction_markdown
from whatweknow.brief.html import brief_html, cue_label, described
from whatweknow.brief.numbers import sources_label
from whatweknow.cli import cli
from whatweknow.model import Article

from .conftest import SEED, ingest_seed_and_coverage


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("brief") / "news.db"
    return str(ingest_seed_and_coverage(db))


def brief(store, *args):
    result = CliRunner().invoke(cli, ["brief", store, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_markdown_brief_has_every_section_and_cites_every_line(store):
    text = brief(store, "--about", "north korean troops")
    # the query as the articles write it; plurals written out, no "(s)"
    assert text.startswith("# What we know about North Korean troops\n")
    assert "_5 articles from 4 outlets, 2024-11-01 to 2024-11-05; 1 syndicated copy " in text
    assert "(s)" not in text and "(ies)" not in text
    for heading in (
        "Key figures",
        "Disputed",
        "Who says what",
        "Timeline",
        "Open questions",
        "Sources",
    ):
        assert f"## {heading}" in text
    body = text.split("## Sources")[0]
    items = [line for line in body.splitlines() if line.startswith("- ")]
    assert items and all(re.search(r"`[0-9a-f]{8}@\d+-\d+`", line) for line in items)


def test_a_query_is_titled_as_the_articles_write_it(store):
    text = brief(store, "--about", "kharkiv")
    assert text.startswith("# What we know about Kharkiv\n")


def test_a_query_the_articles_never_write_whole_is_cased_word_by_word():
    from whatweknow.brief.build import _as_written

    documents = [{"title": "Clinton releases tax returns"}, {"title": "CLINTON TAX FILES"}]
    assert _as_written("clinton tax returns", documents, None) == "Clinton tax returns"
    assert _as_written("Kursk", documents, None) == "Kursk"  # typed with capitals: as typed


def test_a_brief_with_no_dispute_says_no_figure_is_disputed(store):
    text = brief(store, "--about", "kharkiv")
    assert "_No figures are disputed._" in text  # not "nothing … is disputed": claims may be


def test_about_and_dates_select_documents(store):
    data = json.loads(brief(store, "--format", "json", "--about", "Kharkiv"))
    assert {d["title"] for d in data["documents"]} == {
        "Drone attacks hit record",
        "Record drone attacks",
    }
    dated = json.loads(
        brief(store, "--format", "json", "--since", "2024-11-04", "--until", "2024-11-05")
    )
    assert all("2024-11-04" <= d["published"][:10] <= "2024-11-05" for d in dated["documents"])


def test_json_brief_is_strict_json(store):
    text = brief(store, "--format", "json")
    data = json.loads(text, parse_constant=lambda c: pytest.fail(f"non-standard JSON {c}"))
    assert data["coverage"]["articles"] == 9


def test_html_brief_is_self_contained_and_links_each_line_to_its_highlighted_span(store, tmp_path):
    out = tmp_path / "brief.html"
    CliRunner().invoke(cli, ["brief", store, "--format", "html", "-o", str(out)])
    html = out.read_text("utf-8")
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert "<svg" in html  # the disputed figure's chart and the timeline
    targets = set(re.findall(r'href="#(d-[0-9a-f]{16}-\d+-\d+)"', html))
    anchors = set(re.findall(r'id="(d-[0-9a-f]{16}-\d+-\d+)"', html))
    assert targets and targets <= anchors
    assert "<mark>" in html


def test_html_escapes_article_text(tmp_path):
    db = tmp_path / "x.db"
    evil = tmp_path / "evil.txt"
    evil.write_text(
        "Officials said 40 people <script>alert(1)</script> were hurt "
        '<img src=x onerror="alert(2)">.',
        "utf-8",
    )
    CliRunner().invoke(cli, ["ingest", str(db), str(evil)])
    html = CliRunner().invoke(cli, ["brief", str(db), "--format", "html"]).stdout
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_an_outlets_own_reporting_is_named_once_among_a_clusters_sources(tmp_path):
    """BASIL 2058ec60: "Sources: Fox News, reported by Fox News; HuffPost, reported by
    HuffPost; …" said each outlet twice (45 such lines in 8 of 16 whole-story briefs); an
    outlet's own reporting is its name alone, in Markdown and HTML."""
    texts = {
        "The New York Times": "Even some justices who seemed sympathetic to the plaintiffs "
        "expressed qualms about how to administer a lawsuit involving as many as 1.5 million "
        "women seeking back pay that could amount to billions of dollars.",
        "Fox News": "Although she may ultimately side with the plaintiffs, even Justice Ruth "
        "Bader Ginsburg, an ardent defender of women's rights, expressed some concerns about the "
        "particulars of the sex discrimination lawsuit that covers 1.5 million women and could "
        "cost the world's largest retailer billions of dollars.",
    }
    articles = [
        Article(text, f"{n}.txt", "text", published="2011-03-29", outlet=outlet)
        for n, (outlet, text) in enumerate(texts.items())
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            store.add(result)
        brief = build(store, everything=True)
        markdown, html = brief_markdown(brief), brief_html(brief, store)
    assert any(len(c["values"]) > 1 for c in brief["figures"])
    assert "_Sources: The New York Times; Fox News._" in markdown
    assert "reported by Fox News" not in markdown + html
    assert "Sources: The New York Times; Fox News." in html


def test_an_outlet_whose_articles_each_state_a_figure_is_named_once_among_its_sources(tmp_path):
    """Reader, round 33 (a week of PolNeAR dev, 2016-09-12..18): a figure two articles of The
    New York Times each state read "Sources: The New York Times; The New York Times." (two
    independent sources, as the grade counts them); the outlet is named once, with how often,
    in Markdown and HTML. The Wal-Mart sentences of BASIL 2058ec60, both the Times's here."""
    texts = [
        "Even some justices who seemed sympathetic to the plaintiffs expressed qualms about how "
        "to administer a lawsuit involving as many as 1.5 million women seeking back pay that "
        "could amount to billions of dollars.",
        "Although she may ultimately side with the plaintiffs, even Justice Ruth Bader Ginsburg, "
        "an ardent defender of women's rights, expressed some concerns about the particulars of "
        "the sex discrimination lawsuit that covers 1.5 million women and could cost the world's "
        "largest retailer billions of dollars.",
    ]
    articles = [
        Article(text, f"{n}.txt", "text", published=day, outlet="The New York Times")
        for n, (text, day) in enumerate(zip(texts, ("2011-03-29", "2011-03-30"), strict=True))
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            store.add(result)
        brief = build(store, everything=True)
        markdown, html = brief_markdown(brief), brief_html(brief, store)
    women = next(c for c in brief["figures"] if c["independent_sources"] == 2)
    assert len(women["sources"]) == 2, women["sources"]  # the JSON keeps each source
    assert "_Sources: The New York Times (twice)._" in markdown
    assert "The New York Times; The New York Times" not in markdown + html
    assert "Sources: The New York Times (twice)." in html


# BASIL 06ffda2d's "$84,000": the Times's own, Blake Farenthold's in Fox News and HuffPost, and
# Politico's, which HuffPost gives beside Farenthold's (one article giving one value twice: one
# original source, `originals`). The four sentences, the last without its opening quote mark.
_FARENTHOLD = {
    "Fox News": "She sued him and was paid $84,000 from a public fund on behalf of Farenthold "
    "for a sexual harassment claim. Farenthold pledged to repay the $84,000 in taxpayer money "
    "spent to settle the claim.",
    "The New York Times": "WASHINGTON — Representative Blake Farenthold, the Texas Republican "
    "who used $84,000 in taxpayer funds to settle a sexual harassment case with his former "
    "communications director, abruptly resigned from Congress on Friday afternoon.",
    "HuffPost": "Farenthold used $84,000 in taxpayer funds to settle a sexual harassment lawsuit "
    "his former communications director, Lauren Greene, had filed in 2014, Politico reported in "
    "December. Farenthold said after the reports broke that he would repay the $84,000 to the "
    "Treasury Department, but has not made good on that promise.",
}


@pytest.mark.parametrize(
    ("outlets", "line"),
    [
        # three sources named, two counted: the line says what the count counts
        (
            ("Fox News", "The New York Times", "HuffPost"),
            "Sources (counted as 2 independent sources): The New York Times; Blake Farenthold, "
            "reported by Fox News, HuffPost; Politico, reported by HuffPost.",
        ),
        # near-miss: as many sources named as counted, the line as it was
        (
            ("Fox News", "The New York Times"),
            "Sources: The New York Times; Blake Farenthold, reported by Fox News.",
        ),
    ],
)
def test_a_sources_line_naming_more_sources_than_the_count_says_what_the_count_counts(
    tmp_path, outlets, line
):
    """Reader, round 59: "N independent sources" above a "Sources:" line naming more (8 times
    in 7 of BASIL's 72 stories): sources one original source joins are each named but count
    once, and the line now says so, in Markdown, the HTML brief and the web's figure page."""
    articles = [
        Article(_FARENTHOLD[outlet], f"{n}.txt", "text", published="2018-04-06", outlet=outlet)
        for n, outlet in enumerate(outlets)
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            store.add(result)
        brief = build(store, everything=True)
        markdown, html = brief_markdown(brief), brief_html(brief, store)
    money = next(c for c in brief["figures"] if c["values"][0]["text"] == "$84,000")
    assert money["independent_sources"] == 2
    assert f"_{line}_" in markdown
    assert line in html


@pytest.mark.parametrize(
    ("counted", "sources", "label"),
    [
        (
            1,
            ["The New York Times", "Donald Trump", "Lindsey Graham"],
            "Sources (counted as 1 independent source)",
        ),
        (
            2,
            ["Blake Farenthold", "The New York Times", "Politico"],
            "Sources (counted as 2 independent sources)",
        ),
        # near-misses: each source named counted, or one outlet's two articles ("(twice)")
        (2, ["Pentagon", "unnamed sources"], "Sources"),
        (2, ["The New York Times", "The New York Times"], "Sources"),
        (1, ["Pentagon"], "Sources"),
    ],
)
def test_the_sources_line_is_headed_by_what_the_count_counts(counted, sources, label):
    cluster = {"independent_sources": counted, "sources": [{"source": s} for s in sources]}
    assert sources_label(cluster) == label


def _briefed(tmp_path, texts: dict[str, str], published: str = "2014-02-26") -> dict:
    """The brief of one article per outlet (outlet -> text), every row."""
    articles = [
        Article(text, f"{n}.txt", "text", published=published, outlet=outlet)
        for n, (outlet, text) in enumerate(texts.items())
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            store.add(result)
        return build(store, everything=True)


def test_a_cue_is_shown_with_the_particle_between_it_and_what_it_says(tmp_path):
    """BASIL 58ed2376 (names changed): "calling: a veto" read as a veto called, "called:
    Brewer to veto it" as a phone call; the cue keeps the preposition the text puts before
    what is said (12 lines in 5 of 16 stories read: "referred to", "pushed back against",
    "apologized for")."""
    text = (
        "The state's two Republican senators, Jeff Flake and John McCain, called on Brewster "
        "to veto it. Business groups joined the senators in calling for a veto."
    )
    brief = _briefed(tmp_path, {"HuffPost": text})
    cues = {s["text"]: s["cue"] for e in brief["speakers"] for s in e["statements"]}
    assert cues.get("Brewster to veto it") == "called on", cues
    assert "called on: Brewster to veto it" in brief_markdown(brief)


def test_a_cue_keeps_its_particle_before_a_comma(tmp_path):
    """PolNeAR huff-post 2016-06-08 (names changed): "As House Speaker Paul Ryan (R-Wis.) has
    pointed out, that’s basically …" read "pointed: that’s basically …"; the comma closes
    the phrasal verb "pointed out". A cue with no particle before its comma stays as it is."""
    text = (
        "Trump is arguing that a federal judge can’t be relied on to do his job because of his "
        "ethnicity. As House Speaker Paul Rhine (R-Wis.) has pointed out, that’s basically the "
        "“textbook definition” of racism. Senator Jane Doe said that the remarks were wrong."
    )
    brief = _briefed(tmp_path, {"HuffPost": text})
    cues = {s["text"]: s["cue"] for e in brief["speakers"] for s in e["statements"]}
    pointed = [c for t, c in cues.items() if t.startswith("that’s basically")]
    assert pointed == ["pointed out"], cues
    assert cues.get("that the remarks were wrong") == "said", cues


@pytest.mark.parametrize(
    "descriptors, shown",
    [
        # BASIL a28a0329: "Rep. Bob Goodlatte, R-Va., …", later "Republican of Virginia"
        (
            ["R-Va.", "Republican of Virginia", "a senior member of the House Judiciary Committee"],
            "Republican of Virginia; a senior member of the House Judiciary Committee",
        ),
        (["a Republican", "R"], "a Republican"),  # 58ed2376, Gov. Jan Brewer
        (["R"], "Republican"),  # d1344998, 13792511: "Gov. Chris Christie (R)" read "Christie, R"
        (
            ["D", "the state's first African-American governor"],
            "Democrat; the state's first African-American governor",
        ),  # d3a1ce0a, Deval Patrick
        (["I-Vt."], "I-Vt."),  # a tag with its state stays as written
        (["Ill.", "of Illinois"], "of Illinois"),  # 72fa9b13, Dick Durbin
        # PolNeAR dev, Washington Post 2016-09-16: "Senate Republican leader Mitch McConnell
        # (Ky.)" read "Mitch McConnell, Ky."; a state alone is no description
        (["Ky."], ""),
        (["Ky.", "the majority leader"], "the majority leader"),
        (["Texas", "R-Texas"], "R-Texas"),  # BASIL: "Sens. Rand Paul (Ky.) and Ted Cruz (Texas)"
        (["R-Ky.", "of Kentucky", "the majority leader"], "R-Ky.; the majority leader"),
        (["of California", "D-Calif."], "D-Calif."),  # the tag says the state and the party
        (["of Ohio", "R-Ohio"], "R-Ohio"),  # 2153fb3e, John Boehner
        (["of Illinois", "Democrat of Illinois"], "Democrat of Illinois"),  # 2b9468af, Durbin
        (["of Vermont", "I-Vt."], "I-Vt."),  # e71d149d, Bernie Sanders
        (  # 11c9f251, Mary Cheney
            [
                "the younger sister of Liz Cheney, a Wyoming Senate candidate",
                "the younger sister of Wyoming U.S Senate candidate Liz Cheney (R) and daughter "
                "of former Vice President Dick Cheney",
            ],
            "the younger sister of Wyoming U.S Senate candidate Liz Cheney (R) and daughter "
            "of former Vice President Dick Cheney",
        ),
        (  # 2b9468af, Susan Rice
            [
                "President Obama’s national security adviser",
                "President Barack Obama's national security adviser",
            ],
            "President Barack Obama's national security adviser",
        ),
    ],
)
def test_a_speaker_is_not_described_twice_by_a_party_tag_and_its_words(descriptors, shown):
    """ "Bob Goodlatte, R-Va.; Republican of Virginia", "Jan Brewer, a Republican; R": ten
    speakers of 6 of 16 stories read so; a tag another descriptor says in words is left out.
    "John Boehner, of Ohio; R-Ohio", "Dick Durbin, of Illinois; Democrat of Illinois" (4 of 16
    stories read in the round after): a descriptor whose words another holds with more is.
    "Chris Christie, R", "Nancy Pelosi, D", "Paul LePage, R" (a party letter alone, from
    HuffPost's "(R)" after a name; 7 stories over BASIL: d1344998, 13792511, 2742e9c1,
    8dac6c12, 7a97de89, 11c9f251, d3a1ce0a) read as a slip: the party is said in its word."""
    assert described({"descriptors": descriptors}) == shown


def test_a_state_alone_after_a_name_is_no_description_in_the_brief(tmp_path):
    """PolNeAR dev, The Washington Post 2016-09-16: "Senate Republican leader Mitch McConnell
    (Ky.)" headed his statements "Mitch McConnell, Ky.; now the Senate majority leader"."""
    text = (
        "Obama's landmark 2012 visit to Rangoon, the nation's former capital, not only was "
        "preceded by a visit from then-Secretary of State Hillary Clinton in December 2011 but "
        "was also followed by a trip by Senate Republican leader Mitch McConnell (Ky.) a month "
        'later.\n\nThe country "has made dramatic changes for the better," McConnell said in '
        "June 2012, citing the release of political prisoners and Suu Kyi's election to "
        "parliament."
    )
    article = Article(text, "wp.txt", "text", published="2016-09-16", outlet="The Washington Post")
    with Store(tmp_path / "news.db") as store:
        for result in run([article]):
            store.add(result)
        brief = build(store, everything=True)
        html = brief_html(brief, store)
    (speaker,) = [s for s in brief["speakers"] if s["name"] == "Mitch McConnell"]
    assert "Ky." in speaker["descriptors"]  # the ledger keeps what the text says
    markdown = brief_markdown(brief)
    assert "### Mitch McConnell\n" in markdown and "Ky." not in markdown.split("## Timeline")[0]
    assert ", Ky." not in html and '<span class="meta">, </span>' not in html


def test_coverage_of_one_day_is_said_as_that_day(tmp_path):
    """BASIL 87609973: "3 articles from 3 outlets, 2018-01-02 to 2018-01-02" (8 of 16
    stories were published on one day); it is "on 2018-01-02"."""
    texts = {
        "The New York Times": "On Friday, the State Department released about 3,000 of Ms. "
        "Abedin’s work-related emails.",
        "Fox News": "At least four of the documents were marked “classified.”",
    }
    brief = _briefed(tmp_path, texts, published="2018-01-02")
    assert "_2 articles from 2 outlets, on 2018-01-02; " in brief_markdown(brief)
    with Store(tmp_path / "news.db") as store:
        html = brief_html(brief, store)
    assert 'from 2 outlets, on <span class="date">2018-01-02</span>;' in html


def test_a_figure_joined_to_its_noun_is_quoted_as_written(tmp_path):
    """BASIL b7021938: "the four-page summary released by Mr. Barr" was listed as “four” page
    (9 values in 7 of 16 stories: “four” term, “a million” dollar, “12” nation); it is
    “four-page”, in Markdown and HTML."""
    texts = {
        "The New York Times": "The Justice Department revealed on Thursday that the report "
        "came in at more than 300 pages, raising more questions about what information was "
        "behind the four-page summary released by Mr. Barr.",
    }
    brief = _briefed(tmp_path, texts, published="2019-03-28")
    markdown = brief_markdown(brief)
    assert "- “four-page” stated by The New York Times" in markdown
    assert "“four” page" not in markdown
    with Store(tmp_path / "news.db") as store:
        html = brief_html(brief, store)
    assert "“four-page”" in html and "“four” page" not in html


def test_an_outlet_printing_other_words_of_a_statement_is_cited_for_its_own(tmp_path):
    """BASIL b764f81f (HuffPost's marks all curly): Suthers's quote HuffPost prints in three
    sentences, Fox News in two, was one line citing Fox News for all three. The Markdown brief,
    as the HTML does, shows the other outlet's words beside its citation: each citation stands
    after the words its outlet prints."""
    texts = {
        "HuffPost": "Colorado Attorney General John Suthers said he will defend the law.\n\n"
        "“Because neighboring states have expressed concern about Colorado-grown marijuana "
        "coming into their states, we are not entirely surprised by this action,” Suthers said. "
        "“However, it appears the plaintiffs’ primary grievance stems from non-enforcement of "
        "federal laws regarding marijuana, as opposed to choices made by the voters of "
        "Colorado. We believe this suit is without merit and we will vigorously defend against "
        "it in the U.S. Supreme Court.”",
        "Fox News": "Colorado Attorney General John Suthers said the lawsuit was without "
        'merit.\n\n"Because neighboring states have expressed concern about Colorado-grown '
        'marijuana coming into their states, we are not entirely surprised by this action," '
        "he said. \"However, it appears the plaintiffs' primary grievance stems from "
        "non-enforcement of federal laws regarding marijuana, as opposed to choices made by the "
        'voters of Colorado."',
    }
    brief = _briefed(tmp_path, texts, published="2014-12-18")
    (line,) = [line for line in brief_markdown(brief).splitlines() if "neighboring states" in line]
    parts = line.split("; in other words, ")
    assert len(parts) == 2, line
    (fox,) = [part for part in parts if "[Fox News" in part]
    (huffpost,) = [part for part in parts if "[HuffPost" in part]
    assert "We believe" not in fox and "We believe" in huffpost


def test_other_words_are_in_quotation_marks_only_where_they_quote(tmp_path):
    """BASIL ad409798: beside HuffPost's tweet the brief showed Fox's mixed quote as “that
    “too many voices are being destroyed”” and Fox's “censorship “a dangerous thing””: the
    reporter's words inside marks, the marks doubled (the round-63 reader). As the line's own
    words, another outlet's are in marks only where they are a direct quote with no marks of
    their own, in Markdown and HTML (/compare: tests/test_web.py)."""
    texts = {
        "HuffPost": "Trump tweeted that “too many voices are being destroyed, some good and some "
        "bad, and that cannot be allowed to happen.” “Censorship is a very dangerous thing & "
        "impossible to police,” he added.",
        "Fox News": "President Trump on Saturday took aim at social media tech giants for "
        "“discriminating” against Republicans and conservatives -- saying that “too many voices "
        "are being destroyed” and promising that his administration would not allow it to "
        "happen. He went on to call censorship “a dangerous thing” and then took a swipe at CNN "
        "and MSNBC.",
    }
    brief = _briefed(tmp_path, texts, published="2018-08-18")
    lines = [line for line in brief_markdown(brief).splitlines() if "in other words" in line]
    assert len(lines) == 2, lines
    mixed = "that “too many voices are being destroyed, some good and some bad, and that cannot"
    direct = "in other words, “Censorship is a very dangerous thing & impossible to police”"
    assert f"in other words, {mixed}" in lines[0] and direct in lines[1], lines
    assert not any(marks in line for line in lines for marks in ("““", "””", "“that"))
    with Store(tmp_path / "news.db") as store:
        page = unescape(brief_html(brief, store))
    assert f"in other words, {mixed}" in page and direct in page
    forms = {o["form"] for e in brief["speakers"] for s in e["statements"] for o in s["also_in"]}
    assert forms == {"mixed", "direct"}


def test_another_outlets_quote_in_two_pieces_is_marked_piece_by_piece(tmp_path):
    """The round-63 code review: a quote the later outlet splits around its "said" was shown
    beside the earlier one's whole quote as “We will not back down … because the budget is
    fair.”, one pair of marks around an ellipsis no one wrote; each piece is in its own, as on
    the statement's own line."""
    articles = [
        Article(text, f"{n}.txt", "text", published=published, outlet=outlet)
        for n, (outlet, published, text) in enumerate(
            (
                (
                    "Daily Test",
                    "2019-03-04",
                    "Governor Jane Smith said on Monday: “We will not back down because the "
                    "budget is fair.”",
                ),
                (
                    "Evening Ledger",
                    "2019-03-05",
                    "“We will not back down,” Governor Jane Smith said on Monday, “because the "
                    "budget is fair.”",
                ),
            )
        )
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            store.add(result)
        brief = build(store, everything=True)
        page = unescape(brief_html(brief, store))
    other = "in other words, “We will not back down” … “because the budget is fair.”"
    (line,) = [line for line in brief_markdown(brief).splitlines() if "in other words" in line]
    assert other in line, line
    assert other in page


def test_according_to_is_no_verb_label(tmp_path):
    """BASIL 87609973: "According to: the sailor had hoped …" and "reportedly: Abedin
    reportedly forwarded …" read as verbs (25 lines in 10 of 16 stories); the words stand
    under their source with no label, in Markdown and HTML."""
    texts = {
        "The New York Times": "According to a report in Fox News, the sailor had hoped to "
        "receive a pardon from the president, but has not.",
        "HuffPost": "Abedin reportedly forwarded State Department emails, including some that "
        "contained passwords, to a personal account.",
    }
    brief = _briefed(tmp_path, texts, published="2018-01-02")
    cues = {s["cue"].casefold() for e in brief["speakers"] for s in e["statements"]}
    assert {"according to", "reportedly"} <= cues  # the JSON keeps the cue
    markdown = brief_markdown(brief)
    assert "- the sailor had hoped to receive a pardon" in markdown
    assert "- Abedin reportedly forwarded" in markdown
    with Store(tmp_path / "news.db") as store:
        html = brief_html(brief, store)
    assert "According to:" not in html and "reportedly:" not in html


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # BASIL 2b95d2cf NYT, as printed
        (
            "“It was the president who was trying to be cute by half by flipping a script "
            "demonizing Iraq, while saying the battle really should be Afghanistan,” Mr. Steele "
            "said, according to a video of his remarks that was circulated by Democrats on "
            "Friday. “Well, if he’s such a student of history, has he not understood that you "
            "know that’s the one thing you don’t do, is engage in a land war in Afghanistan?”",
            "Steele",
            "video of his remarks",
        ),
        # BASIL 7f9c83f7 Fox: a dash inside the quote is the speaker's, not the writer's
        (
            '"We simply cannot afford to elect as our next president one of the leading agents '
            "of this administration's foreign policy — a leader from yesterday whose tenure as "
            'secretary of state was ineffective at best and dangerously negligent at worst," '
            "Rubio said, according to the prepared text of remarks he was to deliver at the "
            "Council on Foreign Relations in New York.",
            "Rubio",
            "prepared text of remarks",
        ),
        # BASIL 1e41e98b NYT
        (
            "“You put us in this position,” Mr. Johnson said, according to one of his aides.",
            "Johnson",
            "one of his aides",
        ),
        # PolNeAR train, Breitbart 2016-07-25
        (
            "“I ask you as a personal courtesy to me not to engage in any kind of protest on "
            "the floor,” Sanders said, according to CNN. “It’s of utmost importance you explain "
            "this to your delegations.”",
            "Sanders",
            "CNN",
        ),
    ],
)
def test_a_quote_told_according_to_where_it_was_found_is_shown_once(tmp_path, text, speaker, via):
    """ "“…,” Mr. Steele said, according to a video of his remarks": the quote is the
    speaker's, found in the video; a reader saw it twice, once as the video's own words (4
    BASIL stories and 7 PolNeAR train articles print a quote so). It is shown once, under its
    speaker, via where it was found."""
    brief = _briefed(tmp_path, {"The New York Times": text})
    lines = [(e["name"], s["via"]) for e in brief["speakers"] for s in e["statements"] if s["text"]]
    assert len(lines) == 1, lines
    name, shown_via = lines[0]
    assert speaker in name and via in (shown_via or ""), lines


# The seed's second nested attribution, after the sentence that names Chun in full.
_CHUN = (
    "And as the war in Ukraine creeps into its third year, these North Korean troops may be "
    "among “the most capable” of the troops available to Russia, said Chun In-bum, a retired "
    "South Korean army lieutenant general.\n\nThe South fears that “its adversary could boast "
    "more hostile capabilities” as a result of the experience its soldiers would gain on the "
    "battlefield, said Lt (retd) Chun."
)


@pytest.mark.parametrize(
    ("text", "speaker", "via", "words"),
    [
        # the seed, twice
        (
            "According to Bloomberg, unnamed sources believe that Pyongyang may actually deploy "
            "as many as 100,000 troops.",
            "unnamed sources",
            "Bloomberg",
            "as many as 100,000 troops",
        ),
        (_CHUN, "South", "Chun In-bum", "more hostile capabilities"),
        # BASIL 4ca3b2e5 (Fox), 76945c36 (NYT), 08b29e71 (Fox), 12bf9108 (NYT), d633de7f (NYT)
        (
            "McConnell warned Trump in private that declaring an emergency would spark a "
            "backlash among Republicans, according to The Washington Post.",
            "McConnell",
            "Washington Post",
            "spark a backlash",
        ),
        (
            "The Washington Post reported that Lauten had confirmed that she had made both "
            "Facebook postings attributed to her.",
            "Lauten",
            "Washington Post",
            "both Facebook postings",
        ),
        (
            "Trump confirmed that former Sen. Joe Lieberman is his top choice, according to "
            "White House pool reports.",
            "Trump",
            "pool reports",
            "his top choice",
        ),
        (
            "President Trump thinks Alabama Republican Senate candidate Roy Moore “will do the "
            "right thing and step aside” if the sexual misconduct allegations against him are "
            "true, the White House said in a statement Thursday.",
            "Trump",
            "White House",
            "step aside",
        ),
        (
            "Kelly Townsend, a founder of the Greater Phoenix Tea Party, said Mr. Trump told "
            "them that he was interested in learning more about the legislation in Arizona.",
            "Trump",
            "Townsend",
            "learning more about the legislation",
        ),
    ],
)
def test_a_statement_retold_whole_is_shown_once_under_its_speaker_via_the_teller(
    tmp_path, text, speaker, via, words
):
    """ "According to Bloomberg, unnamed sources believe that …" was shown twice: under
    Bloomberg ("unnamed sources believe that …") and under unnamed sources ("believe: that …
    via Bloomberg"). A statement whose content is another statement whole, and no words of its
    own, is one claim: the inner speaker’s, relayed by the outer one (about 40 such pairs in 216
    BASIL articles). It is shown once, under the inner speaker, via the teller."""
    brief = _briefed(tmp_path, {"The New York Times": text})
    lines = [(e["name"], s["via"], s["text"]) for e in brief["speakers"] for s in e["statements"]]
    told = [line for line in lines if words in line[2]]
    assert len(told) == 1, lines
    name, shown_via, _ = told[0]
    assert speaker in name and via in (shown_via or ""), lines


def test_a_relayed_statement_s_teller_is_set_apart_from_its_words_in_markdown(tmp_path):
    """The seed's "… the experience its soldiers would gain on the battlefield via Chun In-bum"
    read as part of what the South fears (the round-59 reader); the teller stands apart, in
    the marks of the line's other notes."""
    brief = _briefed(tmp_path, {"BBC": _CHUN})
    line = next(x for x in brief_markdown(brief).splitlines() if "on the battlefield" in x)
    assert "on the battlefield _(via Chun In-bum)_" in line, line


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # BASIL 0881abc0 (NYT): what LePage believes, not what the lawmaker said
        ("LePage came to believe that a Democratic lawmaker had called him a racist.", "racist"),
        # BASIL 22da9865 (NYT, the speaker named): what the agents seemed to think
        ("John Dowd also said the agents seemed to think Flynn was confused.", "was confused"),
        # BASIL cfac18d8 (NYT): Sanders questioned the refusal, a claim named as a thing
        (
            "Bernie Sanders, who was campaigning in Iowa on Sunday, has opposed the trade deal "
            "and questioned Clinton's refusal to say where she stood.",
            "where she stood",
        ),
        # BASIL 90379db0 (NYT): the son signed a petition; the governor says so
        (
            "As evidence, the governor said even his own son had signed a petition urging him "
            "to veto the bill.",
            "veto the bill",
        ),
        # a denial of what the inner speaker said (no corpus sentence: a denial around a whole
        # nested statement is rare, and shown as the inner speaker's claim it reads reversed)
        (
            "In a statement, the White House denied that Mr. Trump said he would veto the bill.",
            "veto the bill",
        ),
        (
            "Her spokesman disputed that Ms. Clinton had told donors the race was over.",
            "race was over",
        ),
    ],
)
def test_a_statement_that_says_more_than_the_one_inside_it_keeps_its_own_line(
    tmp_path, text, words
):
    """Where the outer statement believes the inner one, denies or disputes it, says its
    speaker only seemed to say it, names it as a thing it acts on, or tells more than it, it is
    a claim of its own: both lines stay."""
    brief = _briefed(tmp_path, {"The New York Times": text})
    lines = [(e["name"], s["text"]) for e in brief["speakers"] for s in e["statements"]]
    assert len([line for line in lines if words in line[1]]) == 2, lines


@pytest.mark.parametrize(
    ("text", "speaker", "via", "words", "lines"),
    [
        # BASIL 3ae35b16 (Fox): a fronted time before the retold speaker
        (
            "In January, Trump asserted that he had “the absolute right to declare a national "
            "emergency,” according to CNN.",
            "Trump",
            "CNN",
            "absolute right",
            1,
        ),
        # BASIL 59f2f47c (Fox): where the quote was said, after its cue
        (
            "“I don’t make a habit out of supporting people who attack my wife and attack my "
            "family,” Cruz said at a press conference after a Wisconsin rally, according to The "
            "Hill.",
            "Cruz",
            "Hill",
            "attack my wife",
            1,
        ),
        # BASIL 0d10341a (NYT): when it was said, a clause of time after the cue
        (
            "“I would look foolish if I did that,” Mr. Trump responded after Senator Chuck "
            "Schumer of New York, the Democratic leader, posed the question to him directly, "
            "according to three officials familiar with the meeting who described it on the "
            "condition of anonymity.",
            "Trump",
            "officials familiar with the meeting",
            "look foolish",
            1,
        ),
        # PolNeAR train (Philippines, 2016): where, after the cue
        (
            '"There is no feasible basis or reasonable justification to the wholesale labeling '
            "of Filipinos as coming from a 'terrorist state',\" Joey Salceda said in a bill filed "
            "in Manila's House of Representatives, according to the Philippine Star.",
            "Salceda",
            "Philippine Star",
            "no feasible basis",
            1,
        ),
        # BASIL 1e41e98b (NYT): the people familiar tell a claim of their own before it
        (
            "As late as early Friday morning, Mr. Trump appeared intent on declaring a national "
            "emergency at the border alongside the agreement to reopen the government, but Mr. "
            "McConnell and White House officials encouraged him to drop the idea, according to "
            "people familiar with the discussions who were not authorized to discuss them.",
            "McConnell",
            "people familiar",
            "drop the idea",
            2,
        ),
        # PolNeAR train (Politico, 2016-04-05): the day and the place, after the cue
        (
            "“She thinks they are just too much, that it’s national overreach, and the most it "
            "could ever do is to help people at the very bottom levels of achievement,” Bill "
            "Clinton said Monday in Cheyenne, according to audio provided by Wyoming Public "
            "Radio.",
            "Bill Clinton",
            "audio",
            "national overreach",
            1,
        ),
    ],
)
def test_a_sentence_given_according_to_a_source_keeps_when_and_where_it_was_said_in_one_claim(
    tmp_path, text, speaker, via, words, lines
):
    """ "In January, Trump asserted that …, according to CNN" was shown twice: under Trump
    ("via CNN") and under CNN, the whole sentence. Where the writer gives a sentence's source
    ("according to", "citing"), when and where the retold speaker said it ("In January,",
    "at a press conference after a Wisconsin rally") is the sentence's framing, not a claim of
    the source's own: one claim, under the inner speaker, via the source. A clause of the
    source's own, joined by "but" or "and", keeps its line."""
    brief = _briefed(tmp_path, {"The New York Times": text})
    shown = [(e["name"], s["via"], s["text"]) for e in brief["speakers"] for s in e["statements"]]
    told = [line for line in shown if words in line[2]]
    assert len(told) == lines, shown
    if lines == 1:
        name, shown_via, _ = told[0]
        assert speaker in name and via in (shown_via or ""), shown


def test_a_relay_of_a_relay_keeps_its_line(tmp_path):
    """BASIL 72fa9b13 (HuffPost): Trump's words are shown via the Times, whose report is hidden
    as their relay; the memo the Times is given by keeps its own line, or no line would name
    it."""
    text = (
        "In particular, The New York Times reported that Trump asked Comey to shut down a "
        "separate probe into former national security adviser Michael Flynn’s contacts with "
        "Russian officials, according to a memo Comey wrote to document a meeting with Trump."
    )
    brief = _briefed(tmp_path, {"HuffPost": text})
    shown = [(e["name"], s["via"]) for e in brief["speakers"] for s in e["statements"]]
    assert ("Trump", "New York Times") in shown, shown
    assert any(name.startswith("memo Comey wrote") for name, _ in shown), shown


def test_a_relay_folded_into_another_outlets_words_is_still_named(tmp_path):
    """BASIL 7a97de89: HuffPost's "“I will not resign,” he said after a reconciliation meeting
    with Gattine, according to the Boston Globe" is one claim, LePage's via the Globe; the same
    words in the Times ("said Mr. LePage") make one line, which names the Globe for the outlet
    that relays it, in JSON and Markdown."""
    texts = {
        "The New York Times": (
            "“I will not resign,” said Mr. LePage, who tried to put to rest swirling questions "
            "about his state of mind."
        ),
        "HuffPost": (
            "Maine Gov. Paul LePage (R) said Wednesday that he has no plans to resign.\n\n"
            "On Wednesday morning, LePage said unequivocally that he will be staying put.\n\n"
            "“I will not resign,” he said after a reconciliation meeting with Gattine, "
            "according to the Boston Globe."
        ),
    }
    brief = _briefed(tmp_path, texts, published="2016-08-31")
    told = [
        (e["name"], s)
        for e in brief["speakers"]
        for s in e["statements"]
        if "not resign" in s["text"]
    ]
    assert len(told) == 1 and "LePage" in told[0][0], told
    _, line = told[0]
    named = [line["via"], *(a.get("via") for a in line["also_in"])]
    assert "Boston Globe" in named, line
    markdown = brief_markdown(brief)
    if line["via"] == "Boston Globe":  # HuffPost's line shown: its teller set apart
        assert "_(via Boston Globe)_" in markdown
    else:  # the Times' line shown: HuffPost's citation names its relay
        assert "; via Boston Globe [HuffPost" in markdown


def test_the_seeds_relay_is_named_one_way_on_every_line(tmp_path):
    """The seed brief named one relay two ways: "per unnamed sources via Bloomberg" on the
    figure's line, "Sources: unnamed sources" above it and "(unnamed sources, BBC)" in its
    dispute, beside a section of Bloomberg's own. Every line names it "unnamed sources via
    Bloomberg", in Markdown, HTML and JSON; Bloomberg has no section."""
    db = tmp_path / "seed.db"
    CliRunner().invoke(
        cli, ["ingest", str(db), str(SEED), "--published", "2024-11-05", "--outlet", "BBC"]
    )
    markdown = brief(str(db))
    assert "; unnamed sources via Bloomberg, reported by BBC._" in markdown
    assert "“as many as 100,000” (unnamed sources via Bloomberg, BBC)._" in markdown
    assert "- unnamed sources via Bloomberg: “as many as 100,000”" in markdown
    assert "unnamed sources," not in markdown and "unnamed sources:" not in markdown
    assert "### Bloomberg" not in markdown
    assert markdown.count("“its adversary could boast more hostile capabilities”") == 1
    data = json.loads(brief(str(db), "--format", "json"))
    assert "Bloomberg" not in {e["name"] for e in data["speakers"]}
    # the relay is kept: its name, and the statement that relays (its record, its cue)
    (told,) = [s for e in data["speakers"] for s in e["statements"] if s["via"] == "Bloomberg"]
    with Store(db) as store:
        document_id, statement_id = told["via_statement"].split("/")
        ((_, relay),) = store.records("statements", [document_id], {(document_id, statement_id)})
    assert relay["cue"]["text"] == "According to"
    (sources,) = [c["sources"] for c in data["figures"] if c["status"] == "disputed"]
    assert {"source": "unnamed sources", "via": ["Bloomberg"], "reported_by": ["BBC"]} in sources
    html = brief(str(db), "--format", "html")
    assert "unnamed sources via Bloomberg" in html and "unnamed sources, BBC" not in html


def test_a_colon_is_no_cue_label(tmp_path):
    """PolNeAR train, Politico 2015 (names changed): "Carla Fiore: 'Bill Clinton's fair
    game.'" showed its colon as a cue, ":: 'Bill Clinton's fair game.'"; a cue that is a mark,
    not a word, gets no label, in Markdown, HTML and `wwk extract --format md`."""
    statement = {"cue": ":", "text": "We will win", "negated": False}
    assert cue_label(statement) == ""
    assert cue_label({**statement, "cue": "—"}) == ""
    assert cue_label({**statement, "cue": "said"}) == "said"
    text = "FIORE: We are going to beat Hillary Clinton in November and win the White House."
    brief = _briefed(tmp_path, {"Politico": text}, published="2015-12-28")
    cues = {s["cue"] for e in brief["speakers"] for s in e["statements"]}
    assert ":" in cues, cues  # the JSON keeps the cue
    markdown = brief_markdown(brief)
    assert "- We are going to beat Hillary Clinton" in markdown
    assert "::" not in markdown
    with Store(tmp_path / "news.db") as store:
        html = brief_html(brief, store)
    assert '<span class="meta">::</span>' not in html and "We are going to beat" in html
    (result,) = run([Article(text, "a.txt", "text", published="2015-12-28", outlet="Politico")])
    extracted = extraction_markdown(result.to_dict())
    assert "**FIORE**: “We are going to beat" in extracted and "::" not in extracted


@pytest.mark.parametrize(
    "descriptors",
    [
        ["at the time", "the former F.B.I. director"],  # 87609973: "Comey at the time said"
        ["49 percent to 44 percent, in Florida"],  # b4dbeda7: "leading Romney, 49 percent …"
        ["24 hours from his self-imposed deadline for picking a new F.B.I. director"],  # 72fa9b13
    ],
)
def test_a_time_or_a_share_hung_on_a_name_does_not_describe_them(descriptors):
    """ "James Comey, at the time", "Mitt Romney, 49 percent to 44 percent, in Florida" (3 of
    16 stories): the parse took a time or a poll's share for an apposition; an age stays."""
    shown = described({"descriptors": descriptors})
    assert "at the time" not in shown and "percent" not in shown and "hours" not in shown
    assert described({"descriptors": ["31", "a spokeswoman"]}) == "31; a spokeswoman"


@pytest.mark.parametrize(
    ("descriptors", "shown"),
    [
        # BASIL 5ad07f6e: "… Hillary Clinton, his former Democratic opponent from the 2016 …"
        (["his former Democratic opponent from the 2016 presidential election"], ""),
        # BASIL bc2023bc: "Hillary Clinton, his presumptive Democratic challenger"
        (["his presumptive Democratic challenger"], ""),
        # BASIL dae34cbe: "Rahm Emanuel, his chief of staff"
        (["his chief of staff"], ""),
        # BASIL 692af8c6: "Lauren Greene, his former communications director"
        (["his former communications director"], ""),
        # PolNeAR train 289c4bbe: "Richard Nixon, its Eastern-wing nominee from 1960"
        (["its Eastern-wing nominee from 1960"], ""),
    ],
)
def test_a_description_whose_owner_a_pronoun_gives_is_not_shown(descriptors, shown):
    """Reader's check: "Hillary Clinton, his former Democratic opponent" as a heading, "his"
    standing for no one the heading names (BASIL: 7 such in 6 articles of 216)."""
    assert described({"descriptors": descriptors}) == shown
    # BASIL: "Chuck Schumer, a New York Democrat; the Democratic leader" stays as it was
    schumer = {"descriptors": ["a New York Democrat", "the Democratic leader"]}
    assert described(schumer) == "a New York Democrat; the Democratic leader"


def test_a_speaker_the_text_does_not_name_is_headed_as_unnamed(tmp_path):
    """BASIL 0ffb34cd, 2153fb3e, 68748e7f: "### aide", "### analysts", "### report" (a bare
    lowercase description as a heading, read as a slip in 16 of 16 stories read as a user):
    the heading starts with a capital and says the source is unnamed, or a document; the
    speaker's link and filter keep the name."""
    texts = {
        "The New York Times": "Mr. Perry, in his most expansive comments about illegal "
        "immigration since last week’s Republican presidential debate, was not suggesting any "
        "rounding up of illegal immigrants, an aide later made clear, but calling for all "
        "people arrested or detained to be expelled from the country after an expedited "
        "hearing.\n\nMost would attack federal regulations or spending and would have "
        "long-term impact, analysts say, but they would not spur job creation in the coming "
        "year or two.",
        "Fox News": "The report, released Tuesday by the task force, said that armed school "
        "officers would make students safer.",
    }
    brief = _briefed(tmp_path, texts, published="2011-11-29")
    kinds = {s["name"]: s["kind"] for s in brief["speakers"]}
    markdown = brief_markdown(brief)
    assert kinds.get("aide") == "anonymous", kinds
    assert "### Aide _(unnamed)_" in markdown and "### aide" not in markdown
    assert "### Analysts _(unnamed)_" in markdown, kinds
    assert "### Report _(document)_" in markdown, kinds
    with Store(tmp_path / "news.db") as store:
        html = brief_html(brief, store)
    assert '>Aide<span class="meta"> (unnamed)</span>' in html


def test_a_range_opening_its_sentence_loses_the_sentences_capital(tmp_path):
    """BASIL 2153fb3e: "### Years: Almost 1 year" (and "Several packages", "At least 1
    state", "Less than 1 decade", "More than 650,000 people": 6 headings in 5 of 16 stories
    read as a user): the capital was the sentence's, not the figure's."""
    texts = {
        "HuffPost": '"Almost a year ago, the president in making a speech across the world said '
        "that our national motto was 'E pluribus unum,'\" Forbes said.",
        "Fox News": "More than 650,000 people signed up to participate.",
    }
    brief = _briefed(tmp_path, texts, published="2011-11-02")
    markdown = brief_markdown(brief)
    assert ": almost 1 year (" in markdown and "Almost 1 year" not in markdown.split("\n- ")[0]
    assert ": more than 650,000 people (" in markdown


def test_an_ordinal_unit_of_time_reads_as_the_text_says_it(tmp_path):
    """The seed: "### War in Ukraine: 3 years" of "the war in Ukraine creeps into its third
    year" (two years and some, not three); the story gold keeps such a figure ("its fifth
    week", BASIL 70c75d68), so the brief shows it in the text's words. How often and within
    what stretch of time a source said a thing are no figures: the seed's "### South Korean
    President Yoon Suk Yeol has reiterated: at least 3 times", "### Months: 2 months"; nor is
    which time it is: "### Russian President Vladimir Putin issued an order: 3 times" of "for
    the third time"."""
    texts = {
        "BBC": "And as the war in Ukraine creeps into its third year, these North Korean troops "
        "may be among the most capable of the troops available to Russia, said Chun In-bum.\n\n"
        "In September, Russian President Vladimir Putin issued an order – for the third time "
        "since the war began – to expand his army.\n\nSouth Korean President Yoon Suk Yeol has "
        "reiterated – at least three times in the past two months – that South Korea will "
        "consider helping Ukraine “for defensive purposes”.",
    }
    brief = _briefed(tmp_path, texts, published="2024-11-05")
    markdown = brief_markdown(brief)
    assert "### War in Ukraine: third year (" in markdown, markdown
    assert "3 years" not in markdown
    assert [c["values"][0]["text"] for c in brief["figures"]] == ["third year"]


def test_words_under_no_verb_that_open_mid_sentence_are_shown_as_their_sentence(tmp_path):
    """BASIL d3a1ce0a, ccf19ab6 (Fox News), 576116e5: "### Unnamed reports _(unnamed)_" then
    "- reportedly quit earlier this month …", "- that Boehner will make sure …" (a heading that
    said "unnamed" twice and lines with no verb that open mid-sentence, read as slips in 5 and
    3 of 16 stories read as a user): the heading says it once, and such words are shown as the
    sentence the reporter wrote."""
    texts = {
        "Fox News": "Cowan joined the Patrick administration in 2009 and reportedly quit earlier "
        "this month to join private practice.\n\nObama told Senate Democrats this week that he "
        "believes that Boehner will make sure immigration reform is passed this year, according "
        "to The Hill, a political publication in Washington, D.C.",
    }
    brief = _briefed(tmp_path, texts, published="2014-01-23")
    markdown = brief_markdown(brief)
    assert "### Unnamed reports\n" in markdown, markdown
    assert "\n- Cowan joined the Patrick administration in 2009 and reportedly quit" in markdown
    assert "\n- reportedly quit" not in markdown
    assert "\n- that Boehner" not in markdown
    assert "\n- Obama told Senate Democrats this week that he believes" in markdown
    with Store(tmp_path / "news.db") as store:
        html = brief_html(brief, store)
    assert ">Unnamed reports</" in html and "Unnamed reports<span" not in html


def test_an_amount_with_cents_is_written_as_money_is(tmp_path):
    """BASIL f506aafc: "### Dinner at CityZen in the Mandarin Oriental in Washington: $466.3"
    of "a $466.30 dinner" (money with its cents cut to one figure; 450755dd "$6.50" and seven
    PolNeAR articles, "$16.50 an hour", "$7.50", are written so too); whole amounts stay
    whole ("$3,544.00" is "$3,544")."""
    texts = {
        "The New York Times": "In 2008, Mr. Jackson used the money for things like a $466.30 "
        "dinner at CityZen in the Mandarin Oriental in Washington and a $5,587.75 vacation at "
        "the Martha’s Vineyard Holistic Retreat, court documents said.",
        "HuffPost": "Expenses charged by Jackson to his campaign included $3,544.00 at Mariel's "
        "Boutique, court documents revealed.",
    }
    markdown = brief_markdown(_briefed(tmp_path, texts, published="2013-02-20"))
    assert ": $466.30 (" in markdown, markdown
    assert "$466.3 " not in markdown and "$466.3 (" not in markdown
    assert ": $5,587.75 (" in markdown
    assert ": $3,544 (" in markdown


def test_a_timeline_label_keeps_a_numbers_percent_sign_a_slash_and_its_phrases_noun(tmp_path):
    """Whole-story read of the twenty-sixth held-out stories (USA Today 2016-03-17, NYT
    2016-02-01, USA Today 2016-08-09, USA Today 2016-03-02): the timeline dropped "%" from a
    number ("record turnout of 37 was set", "More than 17 of eligible Republican voters"), the
    slash of a joint poll ("ABC News Washington Post Poll", two names where the text has one
    poll) and a phrase cut at its word count before its noun ("28 percent of likely Republican
    supported Mr. Trump"). A dash between words stays out of the label."""
    text = (
        "A record turnout of 37% was set in 2008.\n\n"
        "In an ABC News/Washington Post Poll released Sunday, three of four Americans "
        "disapproved of the way Trump had handled the situation.\n\n"
        "A Des Moines Register/Bloomberg Politics poll released Saturday found that 28 percent "
        "of likely Republican caucus goers supported Mr. Trump, while 23 percent favored Mr. "
        "Cruz.\n\n"
        "The mayor — a Democrat — won the city's vote on Tuesday."
    )
    made = _briefed(tmp_path, {"usa-today": text}, published="2016-08-09")
    labels = {e["expression"]: e["label"] for e in made["timeline"] + made["background"]}
    assert labels["2008"] == "record turnout of 37% was set"
    assert labels["Sunday"] == "ABC News/Washington Post Poll released"
    assert labels["Saturday"] == (
        "Des Moines Register/Bloomberg Politics poll found that 28 percent of likely Republican "
        "caucus goers supported Mr. Trump"
    )
    assert labels["Tuesday"] == "mayor won the city's vote"
    assert "37%" in brief_markdown(made)


def test_a_timeline_label_keeps_how_much_and_anything_but(tmp_path):
    """Whole-story read of the twenty-sixth held-out stories: "prelude was anything
    conventional" (WaPo 2016-02-02, the text says "anything but conventional": the label said
    the opposite), "results showed weak that establishment is" (HuffPost 2016-02-02, "just how
    weak"), "Both are higher" (WaPo 2016-02-02, "about 10 points higher"). An adjective keeps
    the words before it that say how much; a pronoun keeps its "but". A plain adjective stays
    as it was. (Its first sentence was "The prelude to Monday's caucuses was …": Monday is the
    caucuses' day, which labels it now, see test_events.)"""
    text = (
        "On Monday the prelude was anything but conventional.\n\n"
        "But Monday night's results showed just how weak that establishment is.\n\n"
        "Both are about 10 points higher than in 2004.\n\n"
        "The governor was happy on Friday."
    )
    made = _briefed(tmp_path, {"wash-post": text}, published="2016-02-02")
    labels = {e["expression"]: e["label"] for e in made["timeline"] + made["background"]}
    assert labels["Monday"] == "prelude was anything but conventional"
    assert labels["Monday night"] == "results showed just how weak that establishment is"
    assert labels["2004"] == "Both are about 10 points higher"
    assert labels["Friday"] == "governor was happy"


def test_an_ordinal_count_reads_as_the_text_says_it(tmp_path):
    """BASIL 58f414e5: "underwent a second surgery" was headed "Internal injuries: 2
    surgeries" (there were two in all, not two more) and listed as “a second surgery”
    surgery; BASIL 70c75d68 "a second consecutive pay period" as “a second consecutive pay”
    pay. An ordinal with a counted noun is shown in the text's words, and a figure whose words
    end in the noun it counts is not followed by it again."""
    texts = {
        "Fox News": "The hospital said Scalise underwent a second surgery related to his "
        "internal injuries and a broken bone in his leg.",
    }
    brief = _briefed(tmp_path, texts, published="2017-06-15")
    markdown = brief_markdown(brief)
    assert ": a second surgery (" in markdown, markdown
    assert "2 surgeries" not in markdown
    assert "“a second surgery” surgery" not in markdown
    assert "- “a second surgery” per " in markdown or "- “a second surgery” stated by" in markdown


def test_a_preposition_that_opens_a_source_is_no_verb_label(tmp_path):
    """PolNeAR USA Today 2016-08-09 (twenty-sixth round): a poll's finding read "In: three of
    four Americans disapproved …", and how a thing looks to someone "To: it was a way …": the
    preposition before the source is no verb; the words stand under their source alone."""
    texts = {
        "USA Today": "In an ABC News/Washington Post Poll released Sunday, most Americans "
        "disapproved of the way Trump had handled the situation.\n\n"
        "To the Republican leader, it was a way to ease the pressure on his members.",
    }
    brief = _briefed(tmp_path, texts, published="2016-08-09")
    cues = {s["cue"].casefold() for e in brief["speakers"] for s in e["statements"]}
    assert "in" in cues  # the JSON keeps the cue
    markdown = brief_markdown(brief)
    assert "- most Americans disapproved of the way" in markdown, markdown
    assert "In:" not in markdown and "To:" not in markdown
    with Store(tmp_path / "news.db") as store:
        html = brief_html(brief, store)
    assert "In:" not in html and "To:" not in html


def test_a_speakers_statements_run_oldest_first_whatever_the_articles_ids(tmp_path):
    """BASIL 0d10341a: Trump's statements in the 2019-01-04 Fox News article were listed
    before those of the 2019-01-02 Times and HuffPost ones (the store's id order), so the web
    brief's "the latest 8 distinct shown" showed the oldest; they run by date, and the
    latest are the last."""
    from whatweknow.model import document_id

    texts = [
        "Nancy Pelosi said on Wednesday that the wall was an immorality and a waste of money.",
        "Nancy Pelosi said on Friday that the shutdown had to end before any talks on the border.",
    ]
    # the later article has the id that sorts first
    texts.sort(key=document_id, reverse=True)
    articles = [
        Article(text, f"{n}.txt", "text", published=day, outlet=outlet)
        for n, (text, day, outlet) in enumerate(
            zip(texts, ["2019-01-02", "2019-01-04"], ["HuffPost", "Fox News"], strict=True)
        )
    ]
    with Store(tmp_path / "news.db") as store:
        for result in run(articles):
            store.add(result)
        briefed = build(store)
    (pelosi,) = [s for s in briefed["speakers"] if s["name"] == "Nancy Pelosi"]
    dates = [s["source"]["published"][:10] for s in pelosi["statements"]]
    assert dates == ["2019-01-02", "2019-01-04"], pelosi["statements"]


def test_a_superseded_figure_names_the_later_one_as_a_reader_finds_it():
    """BASIL 0d10341a: the Markdown brief read "(vague; superseded by 6c8a1902922956d1/f1;
    …)", a record id no reader can follow; it names the later value, its outlet and day."""
    from whatweknow.brief.numbers import describe_value

    later = {
        "id": "6c8a1902922956d1/f1",
        "text": "more than $5 billion",
        "counted": None,
        "location": {"outlet": "Fox News", "published": "2019-01-04", "document": "6c8a"},
    }
    earlier = {
        "id": "b4d2399371bfba51/f14",
        "text": "billions of dollars",
        "counted": None,
        "source": "Donald Trump",
        "qualifier": "vague",
        "reliability": "F",
        "superseded_by": later["id"],
    }
    shown = describe_value(earlier, [earlier, later])
    assert "superseded by “more than $5 billion”, Fox News, 2019-01-04;" in shown, shown
    assert "6c8a1902922956d1" not in shown
    assert "superseded by a later figure" in describe_value(earlier, [earlier])


def test_a_figures_bound_is_named_in_the_words_the_web_page_uses(store):
    """Reader, round 57: the Markdown brief wrote the stored codes, "“about 11,000” per
    Pentagon, originally (approx; source reliability F)" and "(upper; hedged; …)", where the
    web page says "about" and "up to": one table of words serves both now."""
    from whatweknow.brief import html, numbers

    assert html.QUALIFIERS is numbers.QUALIFIERS
    text = brief(store)
    assert "- “about 11,000” per Pentagon, originally (about; source reliability F, " in text
    assert "“as many as 100,000” troops per unnamed sources via Bloomberg (up to; hedged;" in text
    assert "“at least 20,000” soldiers per month per Nato" in text
    assert "(at least; source reliability F, cannot be judged)" in text
    assert not re.search(r"\((?:approx|upper|lower|vague)[;)]", text)
    page = brief(store, "--format", "html")
    assert "(about; source reliability" in page and "(approx;" not in page


@pytest.mark.parametrize(
    ("letter", "words"),
    [
        ("F", "source reliability F, cannot be judged"),
        ("B", "source reliability B, usually reliable"),
        ("Z", "source reliability Z"),  # a letter the table does not know stays bare
    ],
)
def test_a_sources_reliability_is_written_with_its_meaning(letter, words):
    """Reader, round 67 (BASIL 2f3e86b6): "source reliability F" on every line read as a
    failing grade given to NYT, Fox and HuffPost; F is the Admiralty code's "cannot be
    judged", and the line says so, as the cluster's "credibility 2, probably true" does."""
    from whatweknow.brief.numbers import describe_value

    value = {"text": "234-193", "counted": None, "qualifier": "exact", "reliability": letter}
    value["location"] = {"outlet": "Fox News", "published": "2019-03-08", "document": "32f1"}
    assert describe_value(value).endswith(f"(exact; {words})")


def test_the_html_brief_writes_the_reliability_letter_with_its_meaning(store):
    page = brief(store, "--format", "html")
    assert ">F</abbr>, cannot be judged)" in page


def test_a_time_expression_with_no_date_is_said_so_in_plain_words():
    """Reader, round 57: "_1 date in these articles could not be placed on a date._" read as
    nonsense; it is a time expression the text gives no day, month or year for."""
    from whatweknow.brief.html import environment, unplaced_note
    from whatweknow.brief.markdown import _timeline

    assert unplaced_note(1) == (
        "1 time expression in these articles gives no day, month or year, so it is not on "
        "the timeline."
    )
    assert unplaced_note(3).startswith("3 time expressions in these articles give no day,")
    assert unplaced_note(3).endswith("so they are not on the timeline.")
    lines = _timeline({"timeline": [], "more": {"unplaced": 2}})
    assert (
        "_2 time expressions in these articles give no day, month or year, so they are not on the timeline._"
        in lines
    )
    part = environment().from_string(
        '{% import "parts.html.j2" as parts %}{{ parts.timeline(brief) }}'
    )
    shown = part.render(brief={"timeline": [], "background": [], "more": {"unplaced": 1}})
    assert "could not be placed" not in shown
    assert "1 time expression in these articles gives no day, month or year" in shown


def test_the_open_questions_link_counts_what_its_section_lists(store):
    """Reader, round 57: the web brief's list of parts read "Open questions (0)" above a
    section listing the five questions the seed article asks and answers; the link names the
    answered ones as such, and the Markdown section says none is open before listing them."""
    page = brief(store, "--format", "html")
    (link,) = re.findall(r'<a href="#questions">([^<]*)</a>', page)
    section = page.split('<section id="questions"')[1].split("</section>")[0]
    answered = section.split("Answered in the articles")[1].count("<li>")
    unanswered = section.count("<strong>unanswered</strong>")
    assert answered == 5 and unanswered == 0
    assert link == f"Open questions ({unanswered}; {answered} answered)"
    text = brief(store)
    part = text.split("## Open questions")[1].split("## Sources")[0]
    assert "_None: the articles answer every question they ask._" in part
    assert part.split("### Answered in the articles")[1].count("\n- ") == answered


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (  # BASIL 1e41e98b (NYT): "Concrete wall: 2,000 miles" read as a wall Trump wants
            "President Trump spoke on Friday. He conceded that “we do not need 2,000 miles of "
            "concrete wall from sea to shining sea — we never did” and invoked the utility of "
            "“smart walls” that substitute some physical barriers for drones and other sensors.",
            "Concrete wall (denied, not stated)",
        ),
        (  # a near miss: the amount stated, not denied, keeps its heading
            "President Trump spoke on Friday. He said that “we need 2,000 miles of concrete wall "
            "from sea to shining sea” and invoked the utility of “smart walls”.",
            "Concrete wall",
        ),
    ],
)
def test_a_denied_figures_heading_keeps_the_denial(tmp_path, text, heading):
    """A negation is never dropped from a heading (the round-58 reader of BASIL 1e41e98b): a
    cluster whose every value is denied carries the note its lines carry, and the sentence
    that denies it goes beside; a stated figure's heading has neither."""
    brief = _briefed(tmp_path, {"The New York Times": text}, published="2019-01-25")
    cluster = next(c for c in brief["figures"] if c["values"][0]["text"] == "2,000 miles")
    assert cluster["heading"] == heading, cluster["heading"]
    denied = heading.endswith("(denied, not stated)")
    assert (cluster["heading_sentence"] is not None) == denied
    assert f"### {heading}: 2,000 miles" in brief_markdown(brief)
