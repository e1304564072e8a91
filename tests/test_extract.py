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
