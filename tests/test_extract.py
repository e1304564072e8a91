"""The extraction contract: what `wwk extract` prints, validated against the published schema."""

from __future__ import annotations

import pytest

from whatweknow import clean, extract, read, run, validate_extraction
from whatweknow.model import Extraction

from .conftest import FIXTURES, SEED, assert_spans_point_into_text


@pytest.fixture(scope="module")
def seed_record(nlp):
    (article,) = read([str(SEED)])
    return extract(clean(article), nlp).to_dict()


def test_seed_output_is_valid_against_the_schema(seed_record):
    validate_extraction(seed_record)


def test_seed_text_is_clean(seed_record):
    text = seed_record["document"]["text"]
    assert "Getty Images" not in text
    for fixed in ("soldiers their", "campaign there", "them shortly"):
        assert fixed in text


def test_every_span_points_into_the_clean_text(seed_record):
    assert assert_spans_point_into_text(seed_record, seed_record["document"]["text"]) > 50


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Mark Cancian", "person"),
        ("Michael Madden", "person"),
        ("Chun In-bum", "person"),
        ("Pentagon", "organization"),
        ("Korea Risk Group", "organization"),
        ("South Korea", "place"),
    ],
)
def test_seed_entities_come_from_ner_with_our_types(seed_record, name, kind):
    types = {(e["name"], e["type"]) for e in seed_record["entities"]}
    assert (name, kind) in types


def test_entity_mentions_are_grouped_within_a_document(seed_record):
    pyongyang = [e for e in seed_record["entities"] if e["name"] == "Pyongyang"]
    assert len(pyongyang) == 1
    assert len(pyongyang[0]["mentions"]) >= 5


def test_document_id_is_a_content_hash(seed_record):
    (article,) = read([str(SEED)], overrides={"outlet": "BBC"})
    assert clean(article).id == seed_record["document"]["id"]


def test_pipeline_keeps_input_order_through_failures_and_duplicates(nlp, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    inputs = [str(SEED), str(empty), str(FIXTURES / "feed.xml"), str(SEED)]
    results = list(run(read(inputs), nlp=nlp))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Extraction", "Failure", "Extraction", "Failure", "Extraction", "Duplicate"]
    for result in results:
        if isinstance(result, Extraction):
            record = result.to_dict()
            validate_extraction(record)
            assert_spans_point_into_text(record, record["document"]["text"])


def _people(text: str) -> list[str]:
    from whatweknow import load_nlp
    from whatweknow.model import Article

    found = extract(clean(Article(text, "test", "text")), load_nlp()).entities
    return [e.name for e in found if e.type == "person"]


@pytest.mark.parametrize(
    ("text", "not_people", "people"),
    [
        # The Western Journal 2016-08-05 (PolNeAR train): the tagger's PERSON "Purple Heart",
        # a medal an article sets before, was the speaker of the "she said" after it
        (
            "Woods went on by responding to those who believe he should not have accepted a "
            "replica Purple Heart from a supporter at an event earlier this week. “I was "
            "disturbed that he was criticized for accepting the Purple Heart,” she said.",
            ["Purple Heart"],
            [],
        ),
        # an adjective or a title between keeps a person, a plural a family, and a name on
        # the noun the article is of keeps the name
        (
            "The late John McCain and the Rev. Al Sharpton spoke, and so did the Clintons. "
            "The Donald Trump campaign answered.",
            [],
            ["John McCain", "Al Sharpton", "Donald Trump"],
        ),
    ],
)
def test_a_name_an_article_sets_before_as_a_things_is_no_person(text, not_people, people):
    found = _people(text)
    assert not set(not_people) & set(found), found
    assert set(people) <= set(found), found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # PolNeAR dev (The Washington Post 2016-09-08): "Bobby Scott" and "Scott" are the
        # "Robert C. "Bobby" Scott" the text names first, not a person of their own beside a
        # "Robert C. "Bobby" cut at the nickname
        (
            'Rep. Robert C. "Bobby" Scott is one of the longest-serving members of the House. '
            '"This is a big year for our potential United States senator, Bobby Scott!" '
            'Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the '
            "crowd. Bobby Scott said he plans to ramp up fundraising.",
            ['Robert C. "Bobby" Scott', 'Marcia "Cia" Price'],
        ),
    ],
)
def test_a_person_named_with_a_quoted_nickname_is_one_person_by_either_name(text, people):
    assert _people(text) == people
