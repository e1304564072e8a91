"""The 119 real article pages of ../shared/data/html: ingest end to end, nothing crashes."""

from __future__ import annotations

import pytest

from whatweknow import Failure, clean, read, run, validate_extraction
from whatweknow.clean.captions import is_credit
from whatweknow.model import Extraction

from .conftest import assert_spans_point_into_text

pytestmark = pytest.mark.data


@pytest.fixture(scope="module")
def pages(shared_data):
    return sorted(str(p) for p in (shared_data / "html").glob("*.html.gz"))


def test_every_page_ingests_with_a_title_and_no_credit_lines(pages):
    assert len(pages) == 119
    items = list(read(pages))
    failures = [i.message for i in items if isinstance(i, Failure)]
    assert failures == []
    documents = [clean(article) for article in items]
    assert all(d.title for d in documents)
    assert all(d.text.strip() for d in documents)
    survivors = [line for d in documents for line in d.text.split("\n") if is_credit(line)]
    assert survivors == []
    assert sum(bool(d.published) for d in documents) >= 110  # 119 of 119 give a date today


def test_extraction_contract_holds_on_real_pages(pages, nlp):
    results = list(run(read(pages[::12]), nlp=nlp))
    assert all(isinstance(r, Extraction) for r in results)
    for result in results:
        record = result.to_dict()
        validate_extraction(record)
        assert_spans_point_into_text(record, record["document"]["text"])
