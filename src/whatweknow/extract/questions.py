"""The questions an article asks, and whether it answers them.

A question is a sentence ending in "?" outside any quotation: a heading ("How effective are
these troops?") or in the text ("Given these drawbacks, what is in this deal?"). Its answer is
the text up to the next question; a heading followed straight away by another question is
answered by that question's section. `answered` is false when the answer opens by saying it
cannot say ("In short, it's hard to say", "it is not clear", "remains unknown").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Document, Question, Span, Statement
from ..nlp import text_of
from .quotes import quotes

_CANNOT_SAY = re.compile(
    r"(?i)\b(?:hard to (?:say|tell|know)|difficult to (?:say|tell|know|assess)|"
    r"(?:is|was|remains|remain|are) (?:not |un)clear|remains? (?:unknown|uncertain|to be seen)|"
    r"no one knows|nobody knows|(?:is|are) (?:not|un)known|too early to (?:say|tell)|"
    r"cannot (?:be )?(?:say|said|known|determined)|can['’]t (?:say|tell)|"
    r"impossible to (?:say|know)|open question|unanswered)\b"
)
# How much of the answer to read for a "cannot say": its first two sentences.
_OPENING_SENTENCES = 2


def questions(
    doc: Doc, document: Document, statements: tuple[Statement, ...]
) -> tuple[Question, ...]:
    text = text_of(doc)
    quoted = quotes(text)
    asked: list[tuple[int, int, bool]] = []
    for sentence in doc.sents:
        body = sentence.text.rstrip()
        if not body.endswith("?"):
            continue
        end = sentence.start_char + len(body)
        if any(q.start < end - 1 < q.end for q in quoted) or document.in_caption(
            sentence.start_char
        ):
            continue
        start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
        paragraph_start = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
        paragraph_end = text.find("\n\n", end)
        paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
        heading = not text[paragraph_start:start].strip() and not text[end:paragraph_end].strip()
        asked.append((start, end, heading))
    found: list[Question] = []
    for i, (start, end, heading) in enumerate(asked):
        answer = _answer(text, asked, i)
        opening = _opening(doc, answer) if answer else ""
        cannot = _CANNOT_SAY.search(opening) if opening else None
        found.append(
            Question(
                id=f"q{i + 1}",
                span=Span(start, end, text[start:end]),
                heading=heading,
                answer=answer,
                answered=bool(answer) and cannot is None,
                answered_by=_speakers_in(statements, answer),
                cannot_say=Span(
                    answer.start + cannot.start(), answer.start + cannot.end(), cannot.group()
                )
                if answer and cannot
                else None,
            )
        )
    return tuple(found)


def _answer(text: str, asked: list[tuple[int, int, bool]], i: int) -> Span | None:
    """The text after question i up to the next question with something between."""
    end = asked[i][1]
    for j in range(i + 1, len(asked)):
        start_next = asked[j][0]
        if text[end:start_next].strip():
            return _span(text, end, start_next)
        end = asked[j][1]  # an empty gap: the following question's section answers this one
    return _span(text, end, len(text))


def _span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in " \n":
        start += 1
    while end > start and text[end - 1] in " \n":
        end -= 1
    return Span(start, end, text[start:end]) if end > start else None


def _opening(doc: Doc, answer: Span) -> str:
    span = doc.char_span(answer.start, answer.end, alignment_mode="expand")
    if span is None:
        return answer.text[:300]
    sentences = list(span.sents)[:_OPENING_SENTENCES]
    return " ".join(s.text for s in sentences)


def _speakers_in(statements: tuple[Statement, ...], answer: Span | None) -> tuple[str, ...]:
    if answer is None:
        return ()
    names = [
        s.speaker.name
        for s in statements
        if s.speaker.name and answer.start <= s.content.start < answer.end
    ]
    return tuple(dict.fromkeys(names))
