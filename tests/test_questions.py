"""Questions an article asks: headings and in-text questions, their answers, answered or not."""

from __future__ import annotations

from functools import cache

import pytest

from whatweknow import clean, extract, load_nlp
from whatweknow.model import Article

from .conftest import SEED


@cache
def questions_of(text: str):
    return extract(clean(Article(text, "test", "text")), load_nlp()).questions


@pytest.fixture(scope="module")
def seed_questions():
    return {q.span.text: q for q in questions_of(SEED.read_text("utf-8"))}


@pytest.mark.parametrize(
    "question, heading, answered",
    [
        ("How effective are these troops?", True, False),
        ("Why is North Korea meddling?", True, True),
        ("What does South Korea think?", True, True),
        ("Given these drawbacks, what is in this deal for the two countries?", True, True),
        ("So what do we know about the presence of North Korean troops in Russia?", True, False),
    ],
)
def test_seed_questions(seed_questions, question, heading, answered):
    found = seed_questions[question]
    assert found.heading is heading
    assert found.answered is answered


def test_seed_unanswered_question_points_at_the_words_that_say_so(seed_questions):
    found = seed_questions["How effective are these troops?"]
    assert found.cannot_say.text == "hard to say"
    assert found.answer.text.startswith("In short, it’s hard to say.")


def test_seed_answer_runs_to_the_next_question_and_names_who_answers(seed_questions):
    found = seed_questions["What does South Korea think?"]
    assert found.answer.text.startswith("The development, which comes at a time")
    assert "Chun In-bum" in found.answered_by


@pytest.mark.parametrize(
    "text, answered",
    [
        ("Will the deal hold?\n\nIt remains unclear whether either side will keep it.", False),
        ("Will the deal hold?\n\nIt is too early to say, diplomats said.", False),
        ("Will the deal hold?\n\nOfficials expect it to last at least a year.", True),
        ("Who fired the missile?\n\nNo one knows for sure.", False),
        ("What happens next? Talks resume on Monday in Geneva.", True),
    ],
)
def test_answered_flag(text, answered):
    (question,) = questions_of(text)
    assert question.answered is answered


def test_a_question_inside_a_quote_is_not_the_article_asking():
    assert questions_of("“Why now?” the minister asked reporters on Monday.") == ()


def test_a_question_at_the_end_has_no_answer():
    (question,) = questions_of("The troops arrived.\n\nWhat comes next?")
    assert question.answer is None and question.answered is False
