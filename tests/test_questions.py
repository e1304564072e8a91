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
    "question, heading, framing, answered",
    [
        ("How effective are these troops?", True, False, True),
        ("Why is North Korea meddling?", True, False, True),
        ("What does South Korea think?", True, False, True),
        # an in-text question: it runs on from the heading before it
        ("Given these drawbacks, what is in this deal for the two countries?", False, False, True),
        # Q1: the question that closes the introduction, answered by the sections below it
        (
            "So what do we know about the presence of North Korean troops in Russia?",
            False,
            True,
            True,
        ),
    ],
)
def test_seed_questions(seed_questions, question, heading, framing, answered):
    found = seed_questions[question]
    assert (found.heading, found.framing, found.answered) == (heading, framing, answered)


def test_hard_to_say_belongs_to_the_heading_it_sits_under(seed_questions):
    """Q1, Q2: "In short, it's hard to say" opens the section under "How effective are these
    troops?", which its experts go on to answer; the framing question has no "cannot say"."""
    found = seed_questions["How effective are these troops?"]
    assert found.cannot_say.text == "hard to say"
    assert found.answer.text.startswith("In short, it’s hard to say.")
    assert found.answer.text.endswith("engineering and construction skills.")
    assert {"Mark Cancian", "Michael Madden", "Chun In-bum"} <= set(found.answered_by)
    framing = seed_questions[
        "So what do we know about the presence of North Korean troops in Russia?"
    ]
    assert framing.cannot_say is None and framing.answer.text.startswith("How effective")


def test_a_question_about_someones_view_is_answered_by_them(seed_questions):
    """Q3: under "What does South Korea think?", South Korea and South Koreans answer it;
    North Korea and the experts on Kursk quoted there do not."""
    found = seed_questions["What does South Korea think?"]
    assert found.answer.text.startswith("The development, which comes at a time")
    assert found.answered_by == ("Chun In-bum", "South Korea", "Yoon Suk Yeol")


def test_a_heading_is_answered_by_the_text_under_it_up_to_the_next_heading(seed_questions):
    found = seed_questions["Why is North Korea meddling?"]
    assert found.answer.text.startswith("Given these drawbacks, what is in this deal")
    assert found.answer.text.endswith(
        "said Lami Kim, professor of security studies at the "
        "Daniel K Inouye Asia-Pacific Center for Security Studies."
    )


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


def test_a_short_line_without_final_punctuation_is_a_heading_that_ends_an_answer():
    text = (
        "What did the court decide?\n\nThe court ruled for the city, Judge Ann Lee said.\n\n"
        "The appeal\n\nLawyers for the state said they would appeal."
    )
    (question,) = questions_of(text)
    assert question.answer.text == "The court ruled for the city, Judge Ann Lee said."
    assert question.answered_by == ("Ann Lee",)


def test_a_speaker_saying_it_cannot_be_said_does_not_answer():
    (question,) = questions_of("Will the deal hold?\n\nIt is too early to say, diplomats said.")
    assert question.answered is False and question.answered_by == ()


def test_open_questions_lists_only_those_left_open(tmp_path):
    """Q4: the seed answers all five of its questions: none is listed as open; they are
    listed apart with who answers them."""
    from whatweknow import Store, run
    from whatweknow.brief import brief_markdown, build

    article = Article(SEED.read_text("utf-8"), "seed.txt", "text", published="2024-11-05")
    with Store(tmp_path / "news.db") as store:
        for result in run([article]):
            store.add(result)
        text = brief_markdown(build(store))
    part = text.split("## Open questions")[1].split("## Sources")[0]
    still_open, answered = part.split("### Answered in the articles")
    assert "_None: the articles answer every question they ask._" in still_open
    assert "?" not in still_open
    assert "- What does South Korea think? — answered by Chun In-bum, South Korea, Yoon" in answered
    assert "the article’s own question, answered by its sections" in answered
