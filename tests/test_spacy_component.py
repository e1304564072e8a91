"""`nlp.add_pipe("whatweknow")` in someone's own spaCy pipeline: the same extractors, the records
on `doc._`, spans into `doc.text`."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy

from whatweknow import clean, extract, read
from whatweknow.model import OffsetMap
from whatweknow.nlp import model_name

from .conftest import SEED


@pytest.fixture(scope="module")
def own_pipeline():
    """A pipeline of the user's own: the model loaded fresh, whatweknow added last."""
    nlp = spacy.load(model_name())
    nlp.add_pipe("wwk_paragraphs", before="parser")  # as `wwk extract` parses, to compare
    nlp.add_pipe("whatweknow")
    return nlp


def test_the_factory_is_registered_through_the_spacy_factories_entry_point():
    (found,) = [e for e in entry_points(group="spacy_factories") if e.name == "whatweknow"]
    assert found.value == "whatweknow.nlp.component:make_whatweknow"


def test_add_pipe_works_in_a_fresh_process_that_never_imports_whatweknow():
    script = f"""
import json, spacy
nlp = spacy.load({model_name()!r})
nlp.add_pipe("whatweknow")
doc = nlp('"About 500 troops arrived on Tuesday," Defence Minister Rustem Umerov said.')
print(json.dumps({{
    "pipes": nlp.pipe_names,
    "figures": [f.to_dict() for f in doc._.figures],
    "statements": [s.to_dict() for s in doc._.statements],
    "text": doc.text,
}}))
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["pipes"][-1] == "whatweknow"
    (figure,) = found["figures"]
    assert (figure["value"], figure["qualifier"], figure["counted"]) == (500, "approx", "troops")
    assert found["text"][figure["start"] : figure["end"]] == figure["text"] == "About 500"
    (statement,) = found["statements"]
    assert (statement["speaker"]["name"], statement["form"]) == ("Rustem Umerov", "direct")
    assert figure["source"]["name"] == "Rustem Umerov"


def test_the_records_on_the_doc_are_what_wwk_extract_finds(own_pipeline, nlp):
    # the component sees only the Doc: no captions marked and no glued words split, as in a
    # text without any (the text is its own raw text)
    cleaned = clean(next(iter(read([str(SEED)]))))
    document = dataclasses.replace(
        cleaned, captions=(), raw=cleaned.text, offsets=OffsetMap((0,), (0,), (True,))
    )
    doc = own_pipeline(document.text)
    expected = extract(document, nlp)
    for name in ("entities", "statements", "figures", "events", "questions"):
        got = [r.to_dict() for r in getattr(doc._, name)]
        assert got == [r.to_dict() for r in getattr(expected, name)], name
        assert got, name
    assert doc._.extraction.to_dict()["extractor"]["name"] == "whatweknow"
    for statement in doc._.statements:
        content = statement.content
        assert doc.text[content.start : content.end] == content.text


def test_parts_choose_the_extractors_and_an_unknown_part_is_refused():
    nlp = spacy.load(model_name(), exclude=["ner"])
    nlp.add_pipe("whatweknow", config={"parts": ["figures"]})
    doc = nlp("The convoy travelled 40 km overnight.")
    assert [f.text for f in (x.span for x in doc._.figures)] == ["40 km"]
    assert doc._.statements == () and doc._.entities == ()
    with pytest.raises(ValueError, match="unknown parts"):
        spacy.blank("en").add_pipe("whatweknow", config={"parts": ["opinions"]})
