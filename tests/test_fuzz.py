"""Any text in: the cleaner and every extractor return without an exception, every span they
give points at exactly its text, and the output keeps its schema (issue 18). Hypothesis draws
the texts: from all of Unicode, and from pieces of news prose (speech cues, quotes, numbers,
dates, credits, glued words) mixed with arbitrary characters, which reach the extractors'
deeper paths. Bounded for CI; `HYPOTHESIS_PROFILE=fuzz` runs many more examples."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from whatweknow import clean, extract, validate_extraction
from whatweknow.clean import clean_text
from whatweknow.model import Article

from .conftest import assert_spans_point_into_text

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    derandomize=True,  # the same texts on every run: CI never fails on a new draw
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.register_profile("fuzz", max_examples=2_000, deadline=None)
FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_NEWS = [
    "said",
    " told reporters",
    "according to",
    "Mr. Cancian",
    "Mark Cancian",
    "the Pentagon",
    "he said",
    "she added",
    "officials believe",
    "it is unclear whether",
    "may",
    "not",
    "about",
    "as many as",
    "at least",
    "between",
    " and ",
    "100,000",
    "11,000",
    "$3.5 billion",
    "5%",
    "1,5",
    "2.4m",
    "thousands of",
    "troops",
    "km",
    "on Monday",
    "last week",
    "in October",
    "in 2024",
    "the 1990s",
    "2014-2017",
    "yesterday",
    "?",
    "What we know",
    "“",
    "”",
    '"',
    "'",
    "''",
    "``",
    "‘",
    "’",
    "—",
    "–",
    "(",
    ")",
    ":",
    ";",
    ",",
    ".",
    "!",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "Photo: Reuters",
    "Getty Images",
    "Image caption, ",
    "soldierstheir",
    "troops.The",
    "2018Getty",
    "Kursk",
    "Kim Jong Un",
    "North Korea",
    "Ukraine",
    "CSIS",
    "U.S.",
    "Jr.",
    "🙂",
    "é",
    "ß",
    "ǅ",
    "ﬁ",
    "İ",
    "\u0301",
    "١٢٣",
    "零",
    "\x00",
    "\x07",
    "\U0001d7d8",
]
news_text = st.lists(
    st.one_of(st.sampled_from(_NEWS), st.text(max_size=4)), min_size=1, max_size=60
).map("".join)
any_text = st.text(min_size=1, max_size=300)


@FUZZ
@given(st.one_of(any_text, news_text))
def test_the_cleaner_takes_any_text(raw):
    cleaned = clean_text(raw)
    for i in range(len(cleaned.text)):
        assert 0 <= cleaned.offsets.to_raw(i) <= len(raw)
    for caption in cleaned.captions:
        assert cleaned.text[caption.start : caption.end] == caption.text


@FUZZ
@given(st.one_of(news_text, any_text))
def test_every_extractor_takes_any_text_and_every_span_is_exact(nlp, raw):
    document = clean(Article(raw, "fuzz.txt", "text"))
    if not document.text.strip():
        return  # the pipeline turns an empty text into a Failure before any extractor
    record = extract(document, nlp).to_dict()
    assert_spans_point_into_text(record, record["document"]["text"])
    validate_extraction(record)
