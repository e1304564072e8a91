"""The questions an article asks, and whether it answers them.

A question is a sentence ending in "?" outside any quotation and photo caption. A section
heading is a question on a line of its own, short and plain ("How effective are these
troops?"; not "Given these drawbacks, what is in this deal for the two countries?", nor "So
what do we know …?", which run on from the text before them). Its answer is the text under
it, up to the next heading (a question heading, or a short line of its own without final
punctuation); a heading followed straight away by an in-text question is answered by that
question's text. An in-text question is answered by the text after it up to the next question
or heading; one that closes the introduction, followed straight away by the first heading
(`framing`: "So what do we know about the presence of North Korean troops in Russia?"), by
the whole article below it, and answered when one of its sections is.

`answered_by` are the speakers in the answer who answer it: all of them, but for a question
about what someone thinks or says ("What does South Korea think?"), those the question asks
about (South Korea, a South Korean president or general), not others quoted there. A question
is unanswered when its answer opens by saying it cannot say ("In short, it's hard to say", "it
is not clear", "remains unknown") and no one answers it after all; `cannot_say` keeps those
words either way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..lexicon import REPORTING_VERBS
from ..model import Document, Question, Span, Statement
from ..nlp import text_of
from .entities import EntityIndex
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
# A section heading is short: the seed's are 4 to 5 words, BASIL's subheads at most 9.
_HEADING_WORDS = 12
# Words that tie a question to the text before it ("So what do we know …?", "But why?").
_RUNS_ON = frozenset("so but and yet then still given now".split())
# Verbs of a question asking for someone's view: "What does South Korea think?".
_VIEWS = REPORTING_VERBS | frozenset("see make want plan expect react respond".split())
_NOT_A_PARTY = frozenset("we you i one it they people".split())


def questions(
    doc: Doc,
    document: Document,
    statements: tuple[Statement, ...],
    index: EntityIndex | None = None,
) -> tuple[Question, ...]:
    text = text_of(doc)
    quoted = quotes(text)
    asked: list[tuple[int, int, bool, bool]] = []  # start, end, on its own line, heading
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
        alone = _alone(text, start, end)
        asked.append((start, end, alone, alone and _heading(text[start:end])))
    headings = sorted(
        {(s, e) for s, e, _, heading in asked if heading} | set(_plain_headings(text, document))
    )
    first_section = next(
        (s for s, e in headings if _text_between(text, e, _next(headings, e))), None
    )
    found: list[Question] = []
    for i, (start, end, alone, heading) in enumerate(asked):
        framing = (
            not heading
            and alone
            and first_section is not None
            and end <= first_section
            and not text[end:first_section].strip()
        )
        if framing:
            answer = _span(text, first_section, len(text))
        elif heading:
            answer = _under_heading(text, end, headings)
        else:
            answer = _after(text, asked, headings, i)
        opening = _opening(doc, answer) if answer else ""
        cannot = _CANNOT_SAY.search(opening) if opening else None
        said = (answer.start + cannot.start()) if answer and cannot else None
        by = () if framing else _answered_by(doc, statements, index, answer, (start, end), said)
        found.append(
            Question(
                id=f"q{i + 1}",
                span=Span(start, end, text[start:end]),
                heading=heading,
                answer=answer,
                answered=bool(answer) and (framing or cannot is None or bool(by)),
                answered_by=by,
                cannot_say=Span(
                    answer.start + cannot.start(), answer.start + cannot.end(), cannot.group()
                )
                if answer and cannot and not framing
                else None,
                framing=framing,
            )
        )
    return tuple(
        replace(q, answered=any(h.answered for h in found if h.heading)) if q.framing else q
        for q in found
    )


def _alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a paragraph of its own."""
    paragraph_start = text.rfind("\n\n", 0, start) + 2 if "\n\n" in text[:start] else 0
    paragraph_end = text.find("\n\n", end)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    return not text[paragraph_start:start].strip() and not text[end:paragraph_end].strip()


def _heading(question: str) -> bool:
    """A section heading: short and plain, not running on from the text before it."""
    words = question.split()
    return (
        len(words) <= _HEADING_WORDS
        and "," not in question
        and words[0].casefold().strip("“\"'‘") not in _RUNS_ON
    )


def _plain_headings(text: str, document: Document) -> list[tuple[int, int]]:
    """Headings that are not questions: a short line of its own without final punctuation
    ("The cost of the shutdown"), neither the title nor a photo caption."""
    found = []
    start = 0
    for paragraph in text.split("\n\n"):
        line = paragraph.strip()
        at = text.find(line, start) if line else start
        start = at + len(paragraph)
        if (
            line
            and at > 0
            and "\n" not in line
            and len(line.split()) <= 10
            and line[-1] not in '.!?:;,”"’)'
            and line[0].isupper()
            and not document.in_caption(at)
        ):
            found.append((at, at + len(line)))
    return found


def _next(headings: list[tuple[int, int]], after: int) -> int | None:
    return next((s for s, _ in headings if s >= after), None)


def _text_between(text: str, start: int, end: int | None) -> bool:
    return bool(text[start : len(text) if end is None else end].strip())


def _under_heading(text: str, end: int, headings: list[tuple[int, int]]) -> Span | None:
    """The text under a heading ending at `end`, up to the next heading: an in-text question
    straight after it ("Why is North Korea meddling?" / "Given these drawbacks, what …?") and
    the text after that are its answer."""
    following = _next(headings, end)
    return _span(text, end, len(text) if following is None else following)


def _after(
    text: str, asked: list[tuple[int, int, bool, bool]], headings: list[tuple[int, int]], i: int
) -> Span | None:
    """The text after an in-text question up to the next question or heading with something
    between (questions straight after each other share the text after the last)."""
    end = asked[i][1]
    for j in range(i + 1, len(asked)):
        start_next = asked[j][0]
        heading = _next(headings, end)
        stop = min(start_next, heading) if heading is not None else start_next
        if text[end:stop].strip():
            return _span(text, end, stop)
        if heading is not None and heading < start_next:
            return None
        end = asked[j][1]
    heading = _next(headings, end)
    return _span(text, end, len(text) if heading is None else heading)


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


def _answered_by(
    doc: Doc,
    statements: tuple[Statement, ...],
    index: EntityIndex | None,
    answer: Span | None,
    question: tuple[int, int],
    cannot_say: int | None = None,
) -> tuple[str, ...]:
    """The speakers of the statements in the answer, but one saying it cannot be said ("It is
    too early to say, diplomats said"); for a question about someone's view, only those the
    question names (by their name, how the text names them, or what it says they are)."""
    if answer is None:
        return ()
    inside = [
        s
        for s in statements
        if s.speaker.name
        and answer.start <= s.content.start < answer.end
        and not (cannot_say is not None and s.content.start <= cannot_say < s.content.end)
    ]
    party = _asked_about(doc, question)
    if party:
        inside = [s for s in inside if _names(party, _called(s, index))]
    return tuple(dict.fromkeys(s.speaker.name for s in inside if s.speaker.name))


def _asked_about(doc: Doc, question: tuple[int, int]) -> list[str]:
    """Whose view a question asks for: the subject of its verb of saying or thinking ("What
    does South Korea think?" -> ["south", "korea"]); [] when it asks something else, or asks
    us ("what do we know")."""
    span = doc.char_span(*question, alignment_mode="expand")
    for token in span or []:
        if token.lemma_.lower() not in _VIEWS or token.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in _NOT_A_PARTY:
            continue
        words = [t for t in subject.subtree if t.dep_ in ("compound", "amod") or t is subject]
        return [w.lower_ for w in words if w.is_alpha and w.pos_ in ("PROPN", "NOUN", "ADJ")]
    return []


def _called(statement: Statement, index: EntityIndex | None) -> list[str]:
    """Everything the text calls a statement's speaker: their name, the mention ("South
    Korean President Yoon Suk Yeol") and their descriptors ("a retired South Korean army
    lieutenant general")."""
    speaker = statement.speaker
    found = [speaker.name or "", speaker.mention.text if speaker.mention else ""]
    if index is not None and speaker.entity:
        entity = next((e for e in index.entities if e.id == speaker.entity), None)
        if entity is not None:
            found += [entity.name, entity.stands_for or ""]
            found += [d.text for d in entity.descriptors]
            found += [m.text for m in entity.mentions]
    return [f for f in found if f]


def _names(party: list[str], called: list[str]) -> bool:
    """Whether one of the texts names the party, word by word ("South Korea" in "South
    Korean President Yoon Suk Yeol", a demonym by its stem)."""
    for text in called:
        words = re.findall(r"[a-z]+", text.casefold())
        for n in range(len(words) - len(party) + 1):
            if all(words[n + k].startswith(w) for k, w in enumerate(party)):
                return True
    return False
