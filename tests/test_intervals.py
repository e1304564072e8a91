"""Interval lookups answer exactly what a scan of every item answers, in the same order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from whatweknow.extract.intervals import Intervals

# (start, length) pairs: empty intervals, shared starts, nesting and one long interval all occur
spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 25)), max_size=30)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(-2, 90))
def test_covering_is_every_interval_holding_the_offset_in_the_given_order(pairs, offset):
    items = [(start, start + length, n) for n, (start, length) in enumerate(pairs)]
    expected = [n for start, end, n in items if start <= offset < end]
    assert Intervals(items).covering(offset) == expected


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(-2, 90), st.integers(0, 30))
def test_overlaps_is_whether_any_interval_shares_a_character(pairs, start, length):
    items = [(s, s + n, None) for s, n in pairs]
    end = start + length
    expected = any(s < end and start < e for s, e, _ in items)
    assert Intervals(items).overlaps(start, end) == expected


def test_statements_nested_in_a_quote_are_found_innermost_last():
    # "Trump said that aides believe “…”": the outer content first, as given
    items = [(10, 90, "outer"), (40, 60, "inner"), (95, 99, "later")]
    found = Intervals(items)
    assert found.covering(45) == ["outer", "inner"]
    assert found.covering(60) == ["outer"]
    assert found.covering(99) == []
    assert found.overlaps(90, 95) is False
    assert found.overlaps(89, 95) is True
