"""Ingest: every input kind, and every bad input gets a clear error while the rest go through."""

from __future__ import annotations

import gzip
import io
import json

import pytest

from whatweknow import Article, Failure, read
from whatweknow.ingest import read_bytes
from whatweknow.settings import load_settings

from .conftest import FIXTURES, SEED


def articles(inputs, **kwargs):
    items = list(read([str(i) for i in inputs], **kwargs))
    return [i for i in items if isinstance(i, Article)], [
        i for i in items if isinstance(i, Failure)
    ]


def test_plain_text_file_keeps_its_exact_text_and_takes_its_headline_as_title():
    (article,), failures = articles([SEED])
    assert not failures
    assert article.raw == SEED.read_text("utf-8")
    assert article.kind == "text"
    assert article.title == "What we know about North Korean troops in Ukraine"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # PolNeAR's headlines end in a full stop: the article was named by its path
            "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nA poll "
            "released Tuesday shows wealthy voters moving to Clinton.\n",
            "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton",
        ),
        (
            "Green Party candidate Jill Stein removed from debate site by police.\n\nStein "
            "was escorted off the campus.\n",
            "Green Party candidate Jill Stein removed from debate site by police",
        ),
        ("Trump wins.\n", None),  # a text of one paragraph is all article
        ("WASHINGTON — The House read the Constitution.\n\nMore followed.\n", None),
        # a dateline with its wire service or its day: a lede, no title
        ("WASHINGTON (AP) — The Senate passed the bill Tuesday.\n\nThe vote was 60-40.\n", None),
        ("LONDON, Jan. 5 (Reuters) - Britain's economy shrank.\n\nMore followed.\n", None),
        (
            "Troops were moved to the border, officials said on Friday, in a move analysts "
            "described as the largest deployment in years.\n\nMore followed.\n",
            None,
        ),
        ("Stein was removed from the site by U.S.\n\nMore followed.\n", None),
        (  # a print headline over its deck (PolNeAR's New York Times and USA Today texts)
            "Crucial Wins for Clinton and Trump;\nFront-Runners Extend Their Leads.\n\n"
            "Hillary Clinton won the New York primary.\n",
            "Crucial Wins for Clinton and Trump",
        ),
        ("Officials said 300 soldiers crossed.\nThey came on Friday.\n", None),  # wrapped
        ("Officials said 300 soldiers crossed;\nthey came on Friday, and more\nfollowed.\n", None),
    ],
)
def test_a_first_line_with_a_full_stop_is_a_title_without_it(tmp_path, text, title):
    path = tmp_path / "article.txt"
    path.write_text(text, "utf-8")
    (article,), _ = articles([path])
    assert article.title == title
    assert article.raw == text


def test_html_file_gives_main_text_and_metadata():
    (article,), _ = articles([FIXTURES / "article.html"])
    assert article.kind == "html"
    assert article.title == "Troops seen near Kursk"
    assert article.outlet == "The Daily Test"
    assert article.author == "Jane Reporter"
    assert article.published == "2024-11-05"
    assert article.url == "https://daily.example/world/troops-kursk"
    assert "said Olena Petrenko" in article.raw
    assert "All rights reserved" not in article.raw
    assert "Home" not in article.raw.split("\n")


def test_latin1_html_is_decoded_with_its_declared_charset(tmp_path):
    html = (
        (FIXTURES / "article.html")
        .read_text("utf-8")
        .replace('charset="utf-8"', 'charset="iso-8859-1"')
    )
    html = html.replace("Olena Petrenko", "Olena Petrenkó")
    page = tmp_path / "latin1.html"
    page.write_bytes(html.encode("latin-1", errors="replace"))
    (article,), failures = articles([page])
    assert not failures
    assert "Olena Petrenkó" in article.raw


def test_latin1_text_without_a_declaration_asks_for_an_encoding(tmp_path):
    page = tmp_path / "latin1.txt"
    page.write_bytes("Le président a dit non.".encode("latin-1"))
    [], (failure,) = articles([page])
    assert failure.message.startswith(f"{page}: not UTF-8")
    assert "--encoding" in failure.message
    (article,), _ = articles([page], encoding="latin-1")
    assert article.raw == "Le président a dit non."


def test_rss_feed_entries_become_articles_and_a_broken_entry_fails_alone():
    found, failures = articles([FIXTURES / "feed.xml"])
    assert [a.title for a in found] == ["Seoul weighs arms for Kyiv", "Drones over Pyongyang"]
    assert found[0].outlet == "The Daily Test: World"
    assert found[0].published == "2024-11-05T08:00:00"
    assert found[0].url == "https://daily.example/world/seoul-arms"
    assert "All options are on the table" in found[0].raw
    assert [f.origin for f in failures] == [f"{FIXTURES / 'feed.xml'}#2"]
    assert "no text and no link" in failures[0].message


def test_atom_feed():
    (article,), _ = articles([FIXTURES / "atom.xml"])
    assert article.kind == "feed"
    assert article.title == "Putin signs law ratifying pact"
    assert article.author == "Wire Staff"
    assert article.raw.startswith("Russian President Vladimir Putin signed into law")


def test_feed_entry_without_a_body_has_its_link_fetched(web):
    base, routes = web
    routes["/story"] = (
        200,
        "text/html; charset=utf-8",
        (FIXTURES / "article.html").read_bytes(),
        0,
    )
    feed = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title>
    <item><title>Teaser</title><link>{base}/story</link><description>Short.</description></item>
    </channel></rss>""".encode()
    routes["/feed"] = (200, "application/rss+xml", feed, 0)
    (article,), failures = articles([f"{base}/feed"])
    assert not failures
    assert article.kind == "feed"
    assert article.title == "Teaser"
    assert article.outlet == "Teasers"
    assert "said Olena Petrenko" in article.raw


def test_jsonl_dump_with_a_malformed_line_in_the_middle(tmp_path):
    dump = tmp_path / "dump.jsonl"
    html = (FIXTURES / "article.html").read_text("utf-8")
    dump.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "text": "The first article.",
                        "title": "One",
                        "published": "5 November 2024",
                        "outlet": "Wire",
                        "url": "https://wire.example/1",
                    }
                ),
                '{"text": "broken, no closing brace"',
                json.dumps({"html": html}),
                json.dumps(["not", "an", "object"]),
                json.dumps({"title": "no body"}),
                "",
                json.dumps({"text": "The last article."}),
            ]
        ),
        "utf-8",
    )
    found, failures = articles([dump])
    assert found[0].raw == "The first article."
    assert (
        found[0].published == "2024-11-05" and found[0].outlet == "Wire" and found[0].title == "One"
    )
    assert found[1].title == "Troops seen near Kursk" and found[1].kind == "jsonl"
    assert found[2].raw == "The last article."
    assert [f.origin for f in failures] == [f"{dump}:2", f"{dump}:4", f"{dump}:5"]
    assert (
        "not valid JSON" in failures[0].message and "Fix or remove that line" in failures[0].message
    )


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("Article A.", "utf-8")
    (tmp_path / "b" / "c.txt").write_text("Article C.", "utf-8")
    (tmp_path / "b" / "d.html.gz").write_bytes(
        gzip.compress((FIXTURES / "article.html").read_bytes())
    )
    (tmp_path / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    (tmp_path / ".hidden.txt").write_text("hidden", "utf-8")
    found, failures = articles([tmp_path])
    assert not failures
    assert [a.origin.removeprefix(str(tmp_path)) for a in found] == [
        "/a.txt",
        "/b/c.txt",
        "/b/d.html.gz",
    ]
    assert found[2].title == "Troops seen near Kursk"


def test_stdin_is_read_with_a_dash():
    stdin = io.BytesIO(SEED.read_bytes())
    (article,), _ = articles(["-"], stdin=stdin)
    assert article.origin == "<stdin>"
    assert article.raw == SEED.read_text("utf-8")


def test_url_is_fetched_through_redirects(web):
    base, routes = web
    routes["/old"] = (301, "", b"/article", 0)
    routes["/article"] = (
        200,
        "text/html; charset=utf-8",
        (FIXTURES / "article.html").read_bytes(),
        0,
    )
    (article,), failures = articles([f"{base}/old"])
    assert not failures
    assert article.url == f"{base}/article"
    assert article.title == "Troops seen near Kursk"


def test_metadata_overrides_apply_to_a_single_input():
    (article,), _ = articles(
        [SEED], overrides={"published": "2024-11-05", "outlet": "BBC", "title": None}
    )
    assert (article.published, article.outlet) == ("2024-11-05", "BBC")
    assert article.title == "What we know about North Korean troops in Ukraine"


# -- bad inputs: each fails alone, with a message naming the input and the fix ----------------


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    [], (failure,) = articles([empty])
    assert failure.message == f"{empty}: empty. Nothing to ingest; check the file was saved fully."


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7\n...", "looks like a PDF"),
        (b"\x89PNG\r\n\x1a\n....", "looks like a PNG image"),
        (b"some\x00binary\x00data", "binary data, NUL bytes"),
    ],
)
def test_binary_file(tmp_path, data, kind):
    path = tmp_path / "thing.txt"
    path.write_bytes(data)
    [], (failure,) = articles([path])
    assert failure.message == (
        f"{path}: not text or HTML ({kind}). Convert it to text first, or leave it out."
    )


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    [], (failure,) = articles([big])
    assert failure.message.startswith(f"{big}: 52.4 MB, over the 10 MB limit")
    assert "max_document_bytes" in failure.message


def test_missing_path():
    [], (failure,) = articles(["no/such/file.txt"])
    assert failure.message == "no/such/file.txt: no such file or directory. Check the path."


def test_url_that_returns_404(web):
    base, _ = web
    [], (failure,) = articles([f"{base}/missing"])
    assert failure.message == f"{base}/missing: HTTP 404 Not Found. Check the address."


def test_url_that_times_out(web):
    base, routes = web
    routes["/slow"] = (200, "text/plain", b"too late", 2.0)
    settings = load_settings()
    settings["ingest"]["http_timeout"] = 0.3
    [], (failure,) = articles([f"{base}/slow"], settings=settings)
    assert failure.message.startswith(f"{base}/slow: timed out after 0.3 s.")


def test_url_larger_than_the_cap(web):
    base, routes = web
    routes["/huge"] = (200, "text/plain", b"x " * 60_000, 0)
    settings = load_settings()
    settings["ingest"]["max_document_bytes"] = 100_000
    [], (failure,) = articles([f"{base}/huge"], settings=settings)
    assert "larger than the 0.1 MB limit" in failure.message


def test_unreachable_host():
    [], (failure,) = articles(["http://127.0.0.1:9/nothing"])
    assert failure.message.startswith("http://127.0.0.1:9/nothing: cannot connect")


def test_bad_inputs_do_not_stop_good_ones(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    found, failures = articles([empty, SEED, "missing.txt", FIXTURES / "atom.xml"])
    assert len(found) == 2 and len(failures) == 2


def test_a_basil_article_file_reads_as_its_article(tmp_path):
    """A pretty-printed JSON file (BASIL's articles: one object with "body-paragraphs", each a
    list of sentences) is one article, its text as BASIL's gold reads it: the sentences of a
    paragraph joined by a space, the paragraphs by a blank line; "date" and "source" as its
    day and outlet, BASIL's outlet code spelled out as the outlet's name (a brief read "fox",
    "nyt", "hpo" in every citation). 787e019 made it one failure whose advice (`jq -c . FILE`) gave a line with
    no "text", a second failure: no BASIL file could be ingested."""
    document = tmp_path / "article.json"
    article = {
        "title": "Trump offers a deal",
        "date": "2019-01-20",
        "source": "fox",
        "url": "https://example.com/deal",
        "body-paragraphs": [
            ["President Trump offered a deal.", "Democrats said no."],
            [],
            ["Mr. Hoyer said it was a start."],
        ],
    }
    document.write_text(json.dumps(article, indent=4))
    (found,) = read([str(document)], load_settings())
    assert isinstance(found, Article), found
    assert found.raw == (
        "President Trump offered a deal. Democrats said no.\n\nMr. Hoyer said it was a start."
    )
    assert (found.title, found.published, found.outlet, found.url) == (
        "Trump offers a deal",
        "2019-01-20",
        "Fox News",
        "https://example.com/deal",
    )
    # a code BASIL does not use, or any other dump's "source", stays as written
    for source, outlet in [("hpo", "HuffPost"), ("nyt", "The New York Times"), ("wsj", "wsj")]:
        document.write_text(json.dumps({**article, "source": source}))
        (found,) = read([str(document)], load_settings())
        assert found.outlet == outlet
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"text": "Officials said 300 troops arrived.", "source": "fox"}))
    (found,) = read([str(plain)], load_settings())
    assert found.outlet == "fox"


def test_a_json_list_of_articles_reads_each_and_a_broken_one_is_one_clear_error(tmp_path):
    listed = tmp_path / "articles.json"
    listed.write_text(
        json.dumps([{"text": "Officials said 300 troops arrived."}, {"title": "no body"}], indent=2)
    )
    good, bad = read([str(listed)], load_settings())
    assert isinstance(good, Article) and good.raw == "Officials said 300 troops arrived."
    assert isinstance(bad, Failure) and bad.origin == f"{listed}[2]"
    assert 'neither "text" nor "html"' in bad.message
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "text": "cut\n')
    (failure,) = read([str(broken)], load_settings())
    assert isinstance(failure, Failure) and failure.origin == str(broken)
    assert "not valid JSON" in failure.message and "line 2" in failure.message


def test_a_json_document_over_the_size_limit_is_one_failure_that_does_not_guess_its_size(tmp_path):
    """A laid-out document stops being read at the limit for one document: one failure naming
    the file, the limit and the `jq` command that streams it as JSON Lines, never a size it did
    not read to the end ("a 0.1 MB record" of a 2 MB file)."""
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps([{"text": "Officials said 300 troops arrived."}] * 4000, indent=1))
    settings = load_settings()
    settings["ingest"]["max_document_bytes"] = 100_000
    (failure,) = read([str(huge)], settings)
    assert isinstance(failure, Failure) and failure.origin == str(huge)
    assert failure.message.startswith(
        f"{huge}: one JSON document over the 0.1 MB limit for one document."
    )
    assert "jq -c" in failure.message and "MB record" not in failure.message


def test_an_uploaded_basil_article_reads_as_its_article():
    """The web app's upload reads bytes split into lines without their newlines: the document
    is read on from its first line, not from the start again ("{" twice, not valid JSON)."""
    data = json.dumps({"title": "T", "body-paragraphs": [["A b.", "C d."], ["E f."]]}, indent=2)
    (found,) = read_bytes(data.encode(), "article.json")
    assert isinstance(found, Article) and (found.raw, found.title) == ("A b. C d.\n\nE f.", "T")
    listed = json.dumps([{"text": "A."}, {"text": "B."}], indent=2).encode()
    assert [a.raw for a in read_bytes(listed, "articles.json")] == ["A.", "B."]


def test_a_jsonl_dump_opening_on_a_broken_line_keeps_its_good_lines(tmp_path):
    """Only a first line that is a bare "{" or "[" reads as a laid-out document: a broken first
    record is that line's failure, and the lines after it are still read."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        '{"text": "cut\n' + json.dumps({"text": "Officials said 300 troops arrived."}) + "\n"
    )
    items = list(read([str(dump)], load_settings()))
    assert [type(i).__name__ for i in items] == ["Failure", "Article"]


def test_a_json_document_whose_first_key_is_on_its_opening_line_reads_whole(tmp_path):
    """A laid-out object opening `{"title": "…",` (its first key on the "{" line) was read as
    JSON Lines: one failure per line and no article. The next line with content tells a
    document (it goes on with the object) from a dump whose first record is broken (it opens
    the next one)."""
    laid = tmp_path / "article.json"
    laid.write_text(
        '{"title": "Troops arrive", "text": "Officials said 300 troops arrived.",\n\n'
        ' "published": "2024-11-05"}\n'
    )
    (found,) = read([str(laid)], load_settings())
    assert isinstance(found, Article) and found.title == "Troops arrive"
    cut = tmp_path / "cut.json"
    cut.write_text('{"title": "Troops arrive",\n "text": "Officials said')
    (failure,) = read([str(cut)], load_settings())
    assert isinstance(failure, Failure) and "one JSON document" in failure.message
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"text": "cut\n\n' + json.dumps({"text": "Officials said so."}) + "\n")
    failure, article = read([str(dump)], load_settings())
    assert isinstance(article, Article) and failure.origin.endswith("dump.jsonl:1")
    assert "Unterminated string starting at column 10" in failure.message  # not "at at"


@pytest.mark.parametrize("upload", [False, True])
def test_a_jsonl_dump_whose_first_record_has_a_raw_newline_keeps_its_good_lines(tmp_path, upload):
    """A dump whose first record has a newline left raw in its text (`{"title": …, "text":
    "first paragraph` / `second paragraph"}`) opens like a laid-out document, its next line
    going on with no "{", and was read whole: one failure for the file, every good record after
    it lost (a dump over the document limit lost whole). No JSON string spans lines: a first
    line cut inside one is a broken record, and the lines after it are still read, from a
    file and from an upload alike."""
    good = json.dumps({"title": "Troops arrive", "text": "Officials said 300 troops arrived."})
    data = (
        '{"title": "Cut", "text": "The first paragraph.\nThe second paragraph."}\n'
        + (good + "\n") * 2
    ).encode()
    if upload:
        items = list(read_bytes(data, "dump.jsonl"))
    else:
        (tmp_path / "dump.jsonl").write_bytes(data)
        items = list(read([str(tmp_path / "dump.jsonl")], load_settings()))
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "Article", "Article"]
    assert (
        items[0].origin.endswith("dump.jsonl:1") and "Fix or remove that line" in items[0].message
    )
    assert "Unterminated string starting at column 26" in items[0].message
    # a record missing its end, a blank line after it: that line's failure, as without one
    (tmp_path / "one.jsonl").write_text('{"title": "Cut", "text": "x"\n\n')
    (failure,) = read([str(tmp_path / "one.jsonl")], load_settings())
    assert failure.origin.endswith("one.jsonl:1") and "at column 29" in failure.message
    # a laid-out object not in UTF-8 is still the document's one failure, not one per line
    latin = '{"title": "Peña",\n "text": "Officials said so."}\n'.encode("latin-1")
    (failure,) = read_bytes(latin, "article.json")
    assert failure.origin == "article.json" and "not UTF-8" in failure.message


@pytest.mark.parametrize(
    "data",
    [
        # a BOM before a laid-out document (read as one failure per line)
        b"\xef\xbb\xbf" + json.dumps({"text": "A.", "title": "T"}, indent=2).encode(),
        # a list on one line ("a JSON list, not an object"), its first item on the "[" line
        json.dumps([{"text": "A.", "title": "T"}, {"text": "B."}]).encode(),
        b'[{"text": "A.", "title": "T"},\n {"text": "B."}]\n',
    ],
)
def test_a_json_document_with_a_bom_or_a_list_on_its_first_line_reads_whole(data):
    """Review, twenty-ninth round: a document is read whole whatever opens its first line."""
    found = list(read_bytes(data, "articles.json"))
    assert all(isinstance(a, Article) for a in found), found
    assert (found[0].raw, found[0].title) == ("A.", "T")


@pytest.mark.parametrize("data", [b"[]\n", b"[\n]\n", b'[\n  [\n    {"text": "A."}\n  ]\n]\n'])
def test_an_empty_or_nested_json_list_is_a_failure_not_an_article(data):
    """Review, twenty-ninth round: "[]" in a .json file was read as a plain-text article
    whose text is "[]", "[" then "]" laid out was no article and no failure either."""
    (failure,) = read_bytes(data, "articles.json")
    assert isinstance(failure, Failure)
    assert "empty JSON list" in failure.message or "a JSON list, not an object" in failure.message
