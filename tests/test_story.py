"""The story evaluation (evaluation/story.py): its matching rules, and pinned floors on the dev
story gold so that no change lowers a row unnoticed (trafilatura's evaluation gate)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

spec = importlib.util.spec_from_file_location("story", ROOT / "evaluation" / "story.py")
story = importlib.util.module_from_spec(spec)
sys.modules["story"] = story
spec.loader.exec_module(story)

# Ratios on ../shared/data/basil-gold (4 stories, 12 articles). Raise a floor when a change
# lifts its row; never lower one to make a change pass.
FLOORS = {
    ("statements", "found"): 0.92,
    ("statements", "right speaker"): 0.88,
    ("statements", "precision"): 0.97,
    ("statements", "not-statements left alone"): 0.95,
    ("statements", "negated marked"): 1.00,
    ("statements", "joined across outlets"): 0.88,
    ("statements", "one person per speaker"): 0.97,
    ("figures", "found"): 0.97,
    ("figures", "value right"): 0.97,
    ("figures", "qualifier right"): 0.95,
    ("figures", "source right"): 0.97,
    ("figures", "precision"): 0.95,
    ("figures", "not-figures left alone"): 0.92,
    ("figures", "clusters hold one quantity"): 0.9,
    ("figures", "quantities joined"): 0.72,
    ("dates", "found"): 0.97,
    ("dates", "resolved right"): 0.95,
}


GIBBS = {
    "id": "P3",
    "canonical": "Robert Gibbs",
    "kind": "person",
    "aliases": ["Mr. Gibbs", "Gibbs", "the president's former press secretary"],
    "not": ["Barack Obama", "Obama campaign"],
}


@pytest.mark.parametrize(
    ("said", "right"),
    [
        ("Robert Gibbs", True),
        ("robert gibbs", True),
        ("Gibbs’s", True),  # a possessive, curly
        ("The president's former press secretary", True),
        ("Press Secretary Robert Gibbs", True),  # a title before the full name
        ("Obama campaign", False),
        ("Gibbs Obama campaign", False),
        ("Robert", False),
        (None, False),
    ],
)
def test_a_speaker_is_right_by_the_gold_names(said, right):
    assert story.right_name(said, GIBBS) is right


def test_a_full_name_inside_a_printed_alias_is_right():
    elliott = {
        "canonical": "Michael Elliott",
        "kind": "person",
        "aliases": ["Marijuana Industry Group's Mike Elliott", "Elliott"],
        "not": ["Marijuana Industry Group"],
    }
    assert story.right_name("Mike Elliott", elliott)
    assert not story.right_name("Marijuana Industry Group", elliott)
    assert not story.right_name("Industry Group", elliott)


def test_a_surname_the_gold_prints_only_after_a_title_is_right():
    # the articles say only "Mr. Obama" and "President Obama" (NYT, BASIL 1bb79cc1); the tool
    # keeps no title, so it names him "Obama"
    obama = {
        "canonical": "Barack Obama",
        "kind": "person",
        "aliases": ["President Obama", "Mr. Obama"],
        "not": ["the White House", "Eric Schultz"],
    }
    assert story.right_name("Obama", obama)
    assert not story.right_name("Barack", obama)
    # a surname the gold prints only inside another name is not theirs
    malia = {"canonical": "Malia Obama", "kind": "person", "aliases": ["Malia"], "not": []}
    assert not story.right_name("Obama", malia)
    campaign = {"canonical": "Obama campaign", "kind": "organization", "aliases": [], "not": []}
    assert not story.right_name("Obama", campaign)


def test_a_full_name_with_its_suffix_inside_a_printed_alias_is_right():
    # the gold prints "James R. Clapper Jr., the former director …" among his names
    clapper = {
        "canonical": "James Clapper",
        "kind": "person",
        "aliases": ["James R. Clapper Jr., the former director of national intelligence"],
    }
    assert story.right_name("James R. Clapper Jr.", clapper)
    # never across a suffix the gold does not print
    assert not story.right_name("James Clapper Jr.", clapper)


def test_the_annotators_note_after_a_canonical_name_is_no_part_of_it():
    # the gold's canonical for an unnamed source is "a description (kind)" (basil-gold README)
    reports = {"canonical": 'unnamed reports ("reportedly")', "kind": "anonymous", "aliases": []}
    assert story.right_name("unnamed reports", reports)
    assert story.right_name('unnamed reports ("reportedly")', reports)
    spokesman = {
        "canonical": "spokesman for American Media Inc. (unnamed)",
        "kind": "anonymous",
        "aliases": ["a spokesman for American Media Inc."],
        "not": ["American Media Inc."],
    }
    assert story.right_name("spokesman for American Media Inc.", spokesman)
    assert not story.right_name("American Media Inc.", spokesman)
    assert not story.right_name("unnamed", spokesman)


PELOSI = {
    "canonical": "Nancy Pelosi",
    "kind": "person",
    "aliases": ["House Speaker Nancy Pelosi", "Pelosi", "Ms. Pelosi"],
    "not": ["Chuck Schumer"],
}
SCHUMER = {
    "canonical": "Chuck Schumer",
    "kind": "person",
    "aliases": ["Senate Democratic Leader Chuck Schumer", "Schumer", "Mr. Schumer"],
    "not": ["Nancy Pelosi"],
}
PAIR = {
    "canonical": "Nancy Pelosi and Chuck Schumer",
    "kind": "group",
    "aliases": ["Speaker Nancy Pelosi of California and Senator Chuck Schumer of New York"],
    "not": [],
}
DEMOCRATS = {"canonical": "Democrats", "kind": "group", "aliases": ["Democrats"], "not": []}


@pytest.mark.parametrize(
    "said, right",
    [
        # "… ,” House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer said in a
        # statement (Fox, 2019-02-15): the pair, by its members' names, in any order
        ("Nancy Pelosi and Chuck Schumer", True),
        ("House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer", True),
        ("Chuck Schumer and Nancy Pelosi", True),
        ("Ms. Pelosi and Mr. Schumer", True),
        ("Speaker Nancy Pelosi of California and Senator Chuck Schumer of New York", True),
        # never one member, nor a member and someone else, nor the party
        ("Nancy Pelosi", False),
        ("Chuck Schumer", False),
        ("Nancy Pelosi and Steny Hoyer", False),
        ("Nancy Pelosi, Chuck Schumer and Steny Hoyer", False),
        ("Democrats", False),
    ],
)
def test_a_pair_is_right_by_exactly_its_members(said, right):
    people = [PELOSI, SCHUMER, PAIR, DEMOCRATS]
    assert story.right_name(said, PAIR, people) is right


def test_a_pair_is_never_one_of_its_members():
    people = [PELOSI, SCHUMER, PAIR]
    # the full name after "a title" would be Schumer's; two people are not one
    assert not story.right_name("Nancy Pelosi and Chuck Schumer", SCHUMER, people)
    assert not story.right_name("Nancy Pelosi and Chuck Schumer", PELOSI, people)
    # a title with "and" in it is still a title
    azar = {"canonical": "Alex Azar", "kind": "person", "aliases": [], "not": []}
    assert story.right_name("Secretary of Health and Human Services Alex Azar", azar, [azar])


def test_only_a_group_joining_people_is_a_pair():
    officials = {
        "canonical": "Elected officials, civic leaders and business groups",
        "kind": "group",
        "aliases": [],
    }
    assert story.pair_members(officials, []) == []
    # members without an entry of their own are named by their names
    senators = {"canonical": "John McCain and Jeff Flake", "kind": "group", "aliases": []}
    assert story.right_name("Jeff Flake and John McCain", senators, [senators])
    assert not story.right_name("John McCain", senators, [senators])


def test_an_indefinite_article_is_no_part_of_a_name():
    official = {
        "canonical": "a White House official (anonymous)",
        "kind": "anonymous",
        "aliases": ["a White House official"],
        "not": [],
    }
    assert story.right_name("White House official", official)
    assert story.loose("A. Philip Randolph") == "a philip randolph"  # an initial stays


def test_a_nested_statement_is_matched_to_its_own_fragment():
    # both cover the gold fragment; the one closer to its size is the match
    assert story.jaccard([(0, 30)], (20, 30)) < story.jaccard([(20, 30)], (20, 30)) == 1.0


def _row(speaker, *pieces):
    return {"statement": {"speaker": {"name": speaker}}, "pieces": list(pieces)}


def test_statements_are_paired_one_to_one_the_right_speaker_first():
    # Netanyahu: "President Obama has said that he is determined to prevent Iran from getting
    # nuclear weapons, ..." The tool gives the quote to Netanyahu and nests Obama's words in
    # it; the gold lists only the quote. A reader sees both lines: the quote's is the match.
    text = (
        '"President Obama has said that he is determined to prevent Iran from getting nuclear'
        ' weapons," Netanyahu said, "and I appreciate that."'
    )
    articles = {"fox": story.Article("fox", text, {}, None)}
    quote = text.index('"President'), len(text)
    nested = text.index("he is determined"), text.index('," Netanyahu')
    predicted = {"fox": [_row("Obama", nested), _row("Netanyahu", quote)]}
    people = {
        "P1": {"canonical": "Benjamin Netanyahu", "kind": "person", "aliases": ["Netanyahu"]},
        "P2": {"canonical": "Barack Obama", "kind": "person", "aliases": ["Obama"]},
    }
    fragment = text[: text.index(" Netanyahu said")]
    quoted = {"article": "fox", "speaker": "P1", "content": fragment}
    assert story.match_statements([quoted], predicted, articles, people)[0]["pieces"] == [quote]
    # a gold that lists both: each is paired with its own, one to one
    obama = {"article": "fox", "speaker": "P2", "content": text[slice(*nested)]}
    pairs = story.match_statements([quoted, obama], predicted, articles, people)
    assert pairs[0]["pieces"] == [quote] and pairs[1]["pieces"] == [nested]


def test_an_unattributed_figure_is_right_only_without_a_source():
    assert story.right_name(None, None)
    assert not story.right_name("Robert Gibbs", None)


def test_gold_fragments_are_found_in_the_raw_text_even_with_other_spacing():
    text = "He said:  “It’s wrong.\nIt’s destructive,” on Sunday."
    start, end = text.index("“"), text.index("”") + 1
    assert story.locate(text, "“It’s wrong. It’s destructive,”") == (start, end)
    with pytest.raises(LookupError):
        story.locate(text, "not there")


def test_coverage_is_shared_length_over_the_shorter_span():
    assert story.covers([(0, 10)], (5, 25)) == 0.5
    assert story.covers([(0, 4), (6, 10)], (0, 10)) == 1.0
    assert story.covers([(0, 4)], (4, 8)) == 0.0


@pytest.mark.parametrize(
    ("iso", "precision", "gold_iso", "gold_precision", "right"),
    [
        ("2013-02-20", "day", "2013-02-20", "day", True),
        ("2013-02", "month", "2013-02-20", "day", False),  # never less precise than the gold
        ("2018-W51", "week", "2018-12-20", "day", True),  # "this week": a day inside it
        ("2005/2008", "range", "2005", "year", True),  # "between 2005 and 2008": its first end
        ("2012-06/2012-08", "season", "2012-06", "month", True),  # "Last summer": first month
        ("2012-06/2012-08", "season", "2012-07", "month", False),
        ("2012-06/2012-08", "season", "2012", "year", True),  # the gold gives a season as its year
        ("2012-06/2012-08", "season", "2013", "year", False),
        ("2012-06/2012-08", "season", "2012-06-01", "day", False),
        (None, "day", "2013-02-20", "day", False),  # unresolved
    ],
)
def test_a_date_is_right_at_the_golds_precision(iso, precision, gold_iso, gold_precision, right):
    predicted = {"iso": iso, "precision": precision}
    assert story.date_right(predicted, {"iso": gold_iso, "precision": gold_precision}) is right


@pytest.fixture(scope="module")
def rows(shared_data: Path) -> story.Tally:
    gold = shared_data / "basil-gold"
    if not gold.is_dir():
        pytest.skip("../shared/data/basil-gold is absent")
    total = story.Tally()
    import json
    import tempfile

    with tempfile.TemporaryDirectory() as workdir:
        for path in sorted(gold.glob("*.json")):
            data = json.loads(path.read_text("utf-8"))
            total.add(story.score_story(data, shared_data / "basil", Path(workdir)))
    return total


@pytest.mark.data
@pytest.mark.slow
@pytest.mark.parametrize(("part", "row"), sorted(FLOORS))
def test_story_rows_hold_their_floor(rows, part, row):
    key = story.key_of(part, row)
    ratio = rows.ratio(key)
    assert ratio is not None, f"{part}: {row}: nothing to score"
    assert ratio >= FLOORS[(part, row)], (
        f"{part}: {row} fell to {ratio:.3f} (floor {FLOORS[(part, row)]}); misses:\n"
        + "\n".join(rows.misses[key][:20])
    )


def test_a_joined_miss_says_why_each_outlet_lacks_the_person():
    # Mitt Romney in BASIL b4dbeda7: HuffPost shows him; the Times' statement is found under
    # "Mitt Romney and other Republicans"; Fox's is not found
    shown = {"Mitt Romney": {"hpo"}}
    instead = {"nyt": {"as 'Mitt Romney and other Republicans'"}}
    assert (
        story.why_missing(["fox", "hpo", "nyt"], shown, instead)
        == "fox not found; nyt as 'Mitt Romney and other Republicans'"
    )
    assert story.why_missing(["fox", "hpo"], {"A": {"fox"}, "B": {"hpo"}}, {}) == ""


def test_a_polnear_story_reads_the_corpus_text_keyed_by_publisher(tmp_path):
    """A story gold may name PolNeAR articles (`"corpus": "polnear"`): the text is the corpus
    file as is (its headline the first line), the outlet comes from the publisher key."""
    split = tmp_path / "polnear" / "dev" / "text"
    split.mkdir(parents=True)
    (split / "politico_x.txt").write_text("Headline here\n\nBody, said Smith.\n", "utf-8")
    gold = {"corpus": "polnear", "articles": {"politico": "dev/politico_x"}}
    loaded = story.load_articles(gold, tmp_path / "basil", tmp_path / "polnear")
    assert loaded["politico"] == {
        "text": "Headline here\n\nBody, said Smith.\n",
        "title": "Headline here",
        "url": "polnear:dev/politico_x",
        "outlet": "Politico",
    }


def test_a_quantities_joined_miss_says_where_each_outlets_figure_went():
    # BASIL 70c75d68, the TPS holders: the Times' and HuffPost's 300,000 joined, Fox's
    # "thousands" in a cluster of its own; f11c2566, Boehner's "You take 18 of them": the
    # Times' bare 18 in no cluster; a figure no predicted figure touches is not found
    placed = [
        story.Placed(
            "nyt", "restore T.P.S. protection for 300,000 people", "300,000", "c14", "people"
        ),
        story.Placed("fox", "thousands of immigrants", "thousands", "c5", "immigrants"),
        story.Placed("nyt", "You take 18 of them", "18", None, None),
        story.Placed("hpo", "Mac and Cheese, the two turkeys", None, None, None),
    ]
    assert story.where_each_went(placed) == (
        "nyt '300,000' in c14 'people'; fox 'thousands' in c5 'immigrants'; "
        "nyt '18' in no cluster; hpo not found ('Mac and Cheese, the two turkeys')"
    )


@pytest.mark.data
@pytest.mark.slow
def test_a_story_scores_the_same_under_any_hash_seed(shared_data, tmp_path):
    """The story the thirty-seventh fold's figure source row was doubted on (sanders-surge,
    16/19 in one run and 13/19 in another, a run that had read a change not yet committed),
    scored with its misses in two interpreters whose string hashing, and so the order of every
    set, differs: the same rows and the same misses."""
    import os
    import shutil
    import subprocess

    gold = ROOT / "evaluation" / "story-gold" / "thirty-seventh-held-out"
    shutil.copy(gold / "sanders-surge-nevada-2016-02.json", tmp_path)
    printed = []
    for seed in ("1", "2"):  # 0 turns the salt off
        run = subprocess.run(
            [
                sys.executable,
                str(ROOT / "evaluation" / "story.py"),
                str(tmp_path),
                "--json",
                "--basil",
                str(shared_data / "basil"),
                "--polnear",
                str(shared_data / "polnear"),
                "--misses",
                "all",
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        printed.append(run.stdout)
    assert printed[0] == printed[1]
    assert '"figures: source right"' in printed[0]
