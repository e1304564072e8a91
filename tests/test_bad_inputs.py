"""Inputs that used to take the tool down: each gets a clear Failure for itself alone, in bounded
time and memory, and everything else in the run goes through (issue 18)."""

from __future__ import annotations

import time

from whatweknow.clean import clean_text, glued


def _zipf_calls(monkeypatch) -> list[str]:
    calls: list[str] = []
    real = glued.zipf

    def counting(word: str) -> float:
        calls.append(word)
        return real(word)

    monkeypatch.setattr(glued, "zipf", counting)
    return calls


def test_a_long_run_of_letters_costs_the_splitter_nothing(monkeypatch):
    # 16,000 lower-case letters took 17 s and 308 MB: every cut looked up both halves.
    calls = _zipf_calls(monkeypatch)
    raw = "troops " + "a" * 16_000 + " went"
    assert clean_text(raw).text == raw
    assert len(calls) < 100  # the words around it, not the 16,000 cuts


def test_the_splitter_tries_a_bounded_number_of_cuts_per_run(monkeypatch):
    calls = _zipf_calls(monkeypatch)
    run = "soldierstheir" + "x" * 30  # 43 letters: within twice the longest half
    glued.best_split(run, 3.0)
    assert len(calls) <= 2 * 2 * glued.MAX_HALF


def test_glued_words_are_still_split_next_to_the_cap():
    assert clean_text("Ukrainian soldierstheir role").text == "Ukrainian soldiers their role"
    assert clean_text("the telecommunicationsindustry").text == "the telecommunications industry"


def test_five_megabyte_inputs_clean_in_linear_time():
    # A 5 MB run of letters never ended; a line of 50,000 spaces took 83 s (the trailing-credit
    # pattern was searched from every space). Generous bounds: both now take well under 1 s.
    for raw in ("x" * 5_000_000, "a" + " " * 5_000_000 + "b"):
        started = time.perf_counter()
        cleaned = clean_text(raw)
        assert time.perf_counter() - started < 10
        assert cleaned.text == raw if " " not in raw else cleaned.text == "a b"
