"""Dated events: who did what to whom, where and when.

Every date expression a timeline could use becomes an event: spaCy's DATE entities, TIME
entities that name a day or an hour ("Sunday morning", "shortly after 7 a.m."), holidays, and
parts of the day after a preposition ("by nightfall"), each widened to the words that steer it
("This year", "later Wednesday", "Thursday night"). The parse gives the predicate the date hangs
on (a verb, or a noun such as "invasion" or "tweet"), its actor, target and place, and the
direction of the clause (`_tense`): past, present, future ("will", "is expected to", "plans
to", "is scheduled for", modals) or, for a date that ends a span ("until Feb. 15"), the nearer.

Two dates that bound one span ("from 2013 to 2022", "from 1977, when they entered public life,
through 2006") are one event with a range. Who did what, and whether the clause tells it as
happening at all, is `clauses.py`'s: the label, and the `mode` (asserted, negated,
conditional, hypothetical, generic, fragment). `quoted` marks a date inside quotation marks.

`dates.resolve` places the expression against the article's day: the publication date, or the
day after it when the article tells of both weekdays in the past tense and its lead of the
next (a story updated the next morning). Words that count from the story's own moment ("a day
earlier", "by nightfall") count from the last day the narrative named. A date inside a
statement is placed against the statement's own time where the text gives one ("said in 2015
that … next year" is 2016), else against the article's day.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime, timedelta
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import dates, lexicon
from ..lexicon import SPEECH_VERBS
from ..model import Document, Event, Span, Statement
from ..nlp import entity_tokens, text_of
from . import clauses
from .attribution import speakers
from .attribution.context import Context
from .entities import EntityIndex
from .intervals import Intervals

_DURATION = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:past|last|next|first|coming|previous|recent|following)\s+)?"
    r"(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)(?:\s+old)?$"
)
_COUNTED_SPAN = re.compile(
    r"(?i)\b(?:past|last|next|first|coming|previous|recent|following)\s+(?:\d+|few|several|"
    r"two|three|four|five|six|seven|eight|nine|ten|couple of)\s+\w+s\b"
)
_NOT_A_POINT = re.compile(
    r"(?i)^(?:daily|weekly|monthly|annually|yearly|years|decades|centuries|today's|"
    r"(?:its|their|the)\s+\w+\s+year|a\s+(?:day|week|month|year)|each\s+\w+|every\s+\w+|"
    r"recent\s+years|the\s+years|the\s+day|this\s+time|the\s+time|some\s+time|"
    r"\d+-year|\w+-year-old|the\s+future|the\s+past|one\s+day)$"
)
_RELATIVE = re.compile(
    r"(?i)\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this|earlier|later|weekend|"
    r"following|previous|that)\b"
)
_YEAR_PREPOSITIONS = frozenset("in since from to until till through by before after".split())
_STEERING = frozenset("this last next that early late later earlier mid".split())
_PARTS_OF_DAY = frozenset("nightfall dawn daybreak dusk midnight noon sunrise sunset".split())
# Verbs whose complement happens later: "is expected to", "is scheduled for", "plans to".
_SCHEDULE = frozenset("schedule set slate expect due poise plan".split())
_INTENT = frozenset(
    "intend hope aim want seek promise vow threaten prepare pledge agree decide try".split()
)
_FUTURE_AUX = frozenset("will shall 'll ’ll wo would could may might should must can".split())
_SPAN_ENDS = frozenset("until till til through".split())
_PROSPECT = frozenset("upcoming face await loom".split())
_RANGE_START = frozenset("from between".split())
_RANGE_END = frozenset("to through until till and".split())


def events(
    doc: Doc, document: Document, index: EntityIndex, statements: tuple[Statement, ...]
) -> tuple[Event, ...]:
    published = _published(document.published)
    found_spans = _date_spans(doc)
    mentions = [(span, _tense(span)) for span, _ in found_spans]
    base = _article_day(published, mentions, _lead_end(doc))
    contents = Intervals(
        (piece.start, piece.end, s.id) for s in statements for piece in s.fragments or (s.content,)
    )
    # the first statement whose content holds the date
    quoted = [next(iter(contents.covering(span.start_char)), None) for span, _ in mentions]
    by_id = {s.id: s for s in statements}
    predicates = _Predicates(mentions)
    resolved: dict[int, dict[str, Any]] = {}
    anchors: dict[int, date | None] = {}
    story = dict.fromkeys(("day", "week", "month", "year"), base)  # where the story is, per unit
    for i, (span, tense) in enumerate(mentions):  # the narrative, in text order
        anchors[i] = story[dates.counted_in(span.text)]
        if quoted[i] is not None:
            continue
        resolved[i] = _resolve(found_spans[i], base, tense, anchors[i])
        bounds = dates.interval(resolved[i]["iso"], resolved[i]["precision"])
        if bounds is not None and tense != "future" and _moves_story(span):
            for unit in story:
                if dates.precision_grain(unit) >= dates.precision_grain(resolved[i]["precision"]):
                    story[unit] = bounds[0]
    for i, (_span, tense) in enumerate(mentions):  # inside statements, in their own frame
        if i in resolved:
            continue
        frame, grain = _frame(by_id.get(quoted[i] or ""), predicates, resolved) or (base, "day")
        own = frame if frame is not base else anchors[i]
        resolved[i] = _resolve(found_spans[i], frame, tense, own, grain)
    context = Context(doc, document, index)
    resolve = _pronouns(context, statements)
    found: list[Event] = []
    for i, (span, _tense_of) in enumerate(mentions):
        predicate = predicates.of[i]
        date_record = {
            **resolved[i],
            "start": span.start_char,
            "end": span.end_char,
            "text": span.text,
        }
        clause = _clause(predicate, span)
        doer = clauses.actor(predicate)
        found.append(
            Event(
                id=f"v{len(found) + 1}",
                span=Span(clause[0], clause[1], text_of(doc)[clause[0] : clause[1]]),
                predicate=clauses.predicate_text(predicate),
                phrase=clauses.phrase(predicate, span),
                actor=clauses.participant(doc, index, doer, span, resolve),
                target=clauses.participant(doc, index, clauses.target(predicate), span),
                place=clauses.place(doc, index, predicate, span),
                date=date_record,
                caption=document.in_caption(span.start_char),
                statement=quoted[i],
                label=clauses.label(doc, index, predicate, span, resolve),
                mode=clauses.mode(predicate, span, doer),
                quoted=context.quote_at(span.start_char) is not None,
            )
        )
    return tuple(found)


def _resolve(
    found: tuple[SpacySpan, SpacySpan | None],
    base: date | None,
    tense: str,
    anchor: date | None,
    grain: str = "day",
) -> dict[str, Any]:
    """A date, or the range two dates bound ("from 2013 to 2022": each end read alone)."""
    span, first = found
    if first is None:
        return dates.resolve(span.text, base, tense=tense, anchor=anchor, grain=grain)
    last = span.doc[first.end : span.end]
    while len(last) > 1 and last[0].lower_ not in _RANGE_END:
        last = last[1:]
    ends = [
        dates.resolve(part.text, base, tense=tense, anchor=anchor, grain=grain)
        for part in (first, last[1:] if len(last) > 1 else last)
    ]
    if not all(e["resolved"] for e in ends) or "/" in ends[0]["iso"] + ends[1]["iso"]:
        return dates.resolve(first.text, base, tense=tense, anchor=anchor, grain=grain)
    return {**ends[0], "iso": f"{ends[0]['iso']}/{ends[1]['iso']}", "precision": "range"}


def _pronouns(context: Context, statements: tuple[Statement, ...]) -> clauses.Resolver:
    """The name a pronoun outside quotation marks stands for, as a statement's speaker would
    be resolved ("he" by the sex the text gives and the last subject; "they" a group); "its"
    before an event noun is the country or organisation named last ("its invasion of
    Ukraine"). A bare "it" is a thing the text does not name: left as written."""
    earlier = sorted(statements, key=lambda s: (s.cue or s.content).start)
    starts = [(s.cue or s.content).start for s in earlier]

    def resolve(token: Token) -> str | None:
        if context.quote_at(token.idx) is not None:
            return None
        lower = token.lower_
        if lower == "its" and token.head.lemma_.lower() in clauses.EVENT_NOUNS:
            entity = _previous_place(context.index, token.sent.start_char)
            return entity.stands_for or entity.name if entity is not None else None
        if lower not in lexicon.PERSON_PRONOUNS and lower not in ("they", "them", "their"):
            return None
        before = earlier[: bisect_left(starts, token.idx)]
        mention = (token.idx, token.idx + len(token.text))
        found = speakers.pronoun(context, token, mention, before)
        if lower in lexicon.PERSON_PRONOUNS and (
            found.kind != "person" or found.members or _plural(context, found.entity)
        ):
            return None  # "she" is one person, never "the Clintons"
        return found.name

    return resolve


def _plural(context: Context, entity_id: str | None) -> bool:
    """An entity the text names in the plural ("the Clintons")."""
    entity = next((e for e in context.index.entities if e.id == entity_id), None)
    if entity is None:
        return False
    for mention in entity.mentions:
        span = context.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.tag_ == "NNPS":
            return True
    return False


def _previous_place(index: EntityIndex, before: int):
    """ "its invasion": the country or organisation named last before this sentence."""
    best = None
    for entity in index.entities:
        if entity.type not in ("place", "organization"):
            continue
        for mention in entity.mentions:
            if mention.start < before and (best is None or mention.start > best[0]):
                best = (mention.start, entity)
    return best[1] if best else None


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# --- finding the date expressions --------------------------------------------------------------


def _date_spans(doc: Doc) -> list[tuple[SpacySpan, SpacySpan | None]]:
    """Every date expression a timeline can use, widened to the words that steer it, each
    with the first of two dates when it bounds a span with another ("from 2013 to 2022")."""
    spans: list[tuple[int, int]] = []
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") or (
            ent.label_ == "EVENT" and dates.names_a_day(ent.text)
        ):
            if spans and spans[-1][1] == ent.start and _joins(doc, spans[-1], ent):
                spans[-1] = (spans[-1][0], ent.end)  # "Thursday" + "night"
            else:
                spans.append((ent.start, ent.end))
    taken = {i for start, end in spans for i in range(start, end)}
    for token in doc:  # "by nightfall", "before dawn", "from 2009 to 2013" (a year NER missed)
        if token.i in taken or token.dep_ != "pobj":
            continue
        year = token.like_num and dates.YEAR.fullmatch(token.text) and token.n_lefts == 0
        if token.lower_ in _PARTS_OF_DAY or (year and token.head.lower_ in _YEAR_PREPOSITIONS):
            spans.append((token.i, token.i + 1))
    found = []
    for start, end in sorted(spans):
        while start > 0 and doc[start - 1].i not in taken and _steers(doc[start - 1], start, end):
            start -= 1  # "This" year, "later" Wednesday, "early Friday" morning
        span = doc[start:end]
        if _is_point_in_time(span.text):
            found.append(span)
    return _ranges(doc, found)


def _steers(token: Token, start: int, end: int) -> bool:
    """A word before a date that belongs to it: "this", "later", "early", or the day a time
    of day is on ("Friday" in "early Friday morning", which NER may leave out)."""
    doc = token.doc
    if (
        token.lower_ == "that"
        and dates.MONTH.fullmatch(doc[start].lower_)
        and doc[start].dep_ not in ("nsubj", "nsubjpass")
        and not (token.i > 0 and doc[token.i - 1].pos_ in ("VERB", "AUX"))
    ):
        return True  # "in Stockholm that May" (whatever the parse makes of "that")
    if not start <= token.head.i < end:
        return False
    if token.lower_ in _STEERING:
        return True
    return token.dep_ in ("compound", "nmod", "npadvmod") and bool(
        dates.WEEKDAY.fullmatch(token.lower_) or dates.MONTH.fullmatch(token.lower_)
    )


def _ranges(doc: Doc, spans: list[SpacySpan]) -> list[tuple[SpacySpan, SpacySpan | None]]:
    """ "from 2013 to 2022", "from 1977, when they entered public life, through 2006": two
    dates of one sentence after "from" and "to" (or "through", "until") are one span."""
    found: list[tuple[SpacySpan, SpacySpan | None]] = []
    n = 0
    while n < len(spans):
        span = spans[n]
        following = spans[n + 1] if n + 1 < len(spans) else None
        if (
            following is not None
            and span.start > 0
            and doc[span.start - 1].lower_ in _RANGE_START
            and following.start > span.end
            and doc[following.start - 1].lower_ in _RANGE_END
            and following.sent.start == span.sent.start
            and following.start - span.end <= 12
        ):
            found.append((doc[span.start : following.end], span))
            n += 2
            continue
        found.append((span, None))
        n += 1
    return found


def _joins(doc: Doc, left: tuple[int, int], right: SpacySpan) -> bool:
    """A day and the time of that day, written together: "Thursday night", "10 p.m. Friday"."""
    labels = {e.label_ for e in entity_tokens(doc).within(*left)} | {right.label_}
    return "TIME" in labels and not doc[left[1] - 1].is_punct


def _is_point_in_time(text: str) -> bool:
    text = text.strip()
    if _NOT_A_POINT.match(text) or _COUNTED_SPAN.search(text):
        return False
    if _DURATION.match(text) and not _RELATIVE.search(text):
        return False
    return dates.placeable(text)


# --- the direction of the clause -----------------------------------------------------------


def _tense(span: SpacySpan) -> str:
    """past, present, future, or nearest. A date that ends a span ("until Feb. 15") is the
    nearer of its two readings; so is a month or a day of the month that names part of a thing
    ("a candidate in the primary on June 3"), where no verb gives the time (a weekday there is
    the past one: "Tuesday's vote"). A prospect ("up for re-election in November", "the
    administration coming in January") and a schedule ("set the sentencing for June 28") are
    the coming one."""
    node = span.root
    ends_span = in_noun = False
    tense = "past"  # a fragment, a headline: news tells what happened
    for _ in range(8):
        if node.dep_ == "pobj" and node.head.lower_ in _SPAN_ENDS:
            ends_span = True
        if _prospect(node):
            return "future"
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            tense = "future" if _prospect(node) else _verb_tense(node)
            break
        if node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in ("DATE", "TIME"):
            in_noun = True
        if node.lower_ == "for" and node.head.lemma_.lower() in _SCHEDULE:
            return "future"
    if tense == "future":
        return tense
    if ends_span:
        return "nearest"
    if in_noun:
        text = dates.normalized(span.text)
        on_a_weekday = dates.WEEKDAY.search(text) and not dates.MONTH.search(text)
        return "past" if on_a_weekday else "nearest"
    return tense


def _prospect(token: Token) -> bool:
    """ "upcoming", "facing", "coming", "up for (re-election)"."""
    if token.lemma_.lower() in _PROSPECT or token.lower_ == "coming":
        return True
    children = {c.lower_ for c in token.children}
    if token.lower_ == "up":
        return "for" in children
    return "up" in {c.lower_ for c in token.children if c.dep_ == "prt"} and "for" in children


def _verb_tense(verb: Token, depth: int = 0) -> str:
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in helpers}
    if words & _FUTURE_AUX:
        return "future"
    lemma = verb.lemma_.lower()
    if "to" in words and verb.tag_ in ("VB", "VBN") and depth < 3:  # "plans to vote"
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.lemma_.lower() in _SCHEDULE or head.lower_ == "going":
                return "future"
            tense = _verb_tense(head, depth + 1)
            if head.lemma_.lower() in _INTENT:
                return "past" if tense == "past" else "future"
            if tense == "present" and head.lemma_.lower() in ("be", "have"):
                return "future"  # "is in line to be elected speaker on Thursday", "has to"
            return tense
    if lemma in _SCHEDULE and verb.tag_ in ("VBN", "JJ"):  # "scheduled for Thursday night"
        return "future"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        present_be = any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in helpers)
        return "present" if present_be else "past"
    if verb.tag_ == "VBG":
        be = [c for c in helpers if c.lemma_ == "be"]
        if be:
            return "past" if be[0].tag_ == "VBD" else "future"  # "is meeting Tuesday"
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX") and depth < 3:
            return _verb_tense(head, depth + 1)
        return "nearest"  # "the protesters marching Tuesday": no time of its own
    if verb.tag_ in ("VBZ", "VBP"):
        return "past" if lemma in SPEECH_VERBS else "present"
    if verb.tag_ == "VB" and any(c.lemma_ == "do" and c.tag_ == "VBD" for c in helpers):
        return "past"  # "did not vote Tuesday"
    if verb.tag_ == "VB" and any(c.lemma_ == "do" for c in helpers):
        return "present"
    return "past"


def _moves_story(span: SpacySpan) -> bool:
    """Whether a day named here is where the story now is (what "a day earlier" or "10 p.m."
    count from): a day on a verb, not one naming a thing ("the Wednesday morning fray") nor a
    look back in the past perfect ("had raced to his side on Wednesday")."""
    verb = clauses.predicate(span)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.lower_ in ("had", "'d", "’d") for c in verb.children if c.dep_ == "aux")


def _article_day(
    published: date | None, mentions: list[tuple[SpacySpan, str]], lead_end: int
) -> date | None:
    """The publication date, or the next day when the article tells, in the past tense, of both
    the publication day and the next by their bare weekday names, and its lead (the first
    paragraph) tells of the next: a story updated the morning after its date, whose lead was
    rewritten for the new day. A next weekday named only further down is the one a week
    back ("President Trump on Saturday announced a compromise plan", six days before a Friday
    article whose lead is Friday's news)."""
    if published is None:
        return None
    told: set[int] = set()
    in_lead: set[int] = set()
    for span, tense in mentions:
        text = dates.normalized(span.text)
        names = dates.WEEKDAY.findall(text)
        steered = re.search(r"\b(?:last|next|this)\b", text) or dates.MONTH.search(text)
        if tense == "past" and names and not steered:
            told.add(dates.WEEKDAYS[names[0] + "day"])
            if span.start_char < lead_end:
                in_lead.add(dates.WEEKDAYS[names[0] + "day"])
    following = published + timedelta(days=1)
    if published.weekday() in told and following.weekday() in told & in_lead:
        return following
    return published


def _lead_end(doc: Doc) -> int:
    """Where the article's first paragraph of prose ends (a title or dateline line of a few
    words before it is not the lead)."""
    text = text_of(doc)
    start = 0
    while True:
        end = text.find("\n\n", start)
        if end == -1:
            return len(text)
        if len(text[start:end].split()) >= 12:
            return end
        start = end + 2


class _Predicates:
    """The predicate of each date (`clauses.predicate`), found once, and the dates by the
    word their predicate is."""

    def __init__(self, mentions: list[tuple[SpacySpan, str]]) -> None:
        self.of = [clauses.predicate(span) for span, _ in mentions]
        self._dates: dict[int, list[int]] = {}  # predicate's character start -> its dates
        for i, predicate in enumerate(self.of):
            self._dates.setdefault(predicate.idx, []).append(i)
        self._starts = sorted(self._dates)

    def dates_at(self, offset: int) -> list[int]:
        """The dates (in text order) whose predicate is the word holding `offset`."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return []
        dates_of = self._dates[self._starts[k]]
        predicate = self.of[dates_of[0]]
        return dates_of if offset < predicate.idx + len(predicate.text) else []


def _frame(
    statement: Statement | None, predicates: _Predicates, resolved: dict[int, dict[str, Any]]
) -> tuple[date, str] | None:
    """When the statement was made, where the text says so with a date on its cue ("said in
    2015"): its first day and how precisely it is known."""
    if statement is None or statement.cue is None:
        return None
    for i in predicates.dates_at(statement.cue.start):
        if i not in resolved or not resolved[i]["resolved"]:
            continue
        bounds = dates.interval(resolved[i]["iso"], resolved[i]["precision"])
        if bounds is None:
            return None
        precision = resolved[i]["precision"]
        return bounds[0], precision if precision in ("day", "week", "month") else "year"
    return None


# --- the sentence ------------------------------------------------------------------------


def _clause(predicate: Token, date: SpacySpan) -> tuple[int, int]:
    sentence = date.sent
    start = min(sentence.start_char, date.start_char)
    end = max(sentence.end_char, date.end_char)
    text = text_of(predicate.doc)
    while end > start and text[end - 1] in " \n":
        end -= 1
    return start, end
