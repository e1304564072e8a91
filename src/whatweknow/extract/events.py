"""Dated events: who did what to whom, where and when.

Every date expression a timeline could use becomes an event: spaCy's DATE entities, TIME entities
that name a day or an hour ("Sunday morning", "shortly after 7 a.m."), holidays, a day named by its
date in digits ("since 9/11", which NER reads as a number), parts of the day after a preposition
("by nightfall"), and a "today" NER missed ("writes of Christie today"), each widened to the words
that steer it ("This year", "later Wednesday", "Thursday night"), and cut to the part that reads as
a date where NER ran it into words it cannot be read with ("the March 1 county caucuses"). The
parse gives the predicate the date hangs on (a verb, or a noun such as "invasion" or "tweet"), its
actor, target and place, and the direction of the clause (`_tense`): past, present, future ("will",
"is expected to", "plans to", "is scheduled for", modals, a noun of prospect: "a chance of losing
the House in November") or the nearer of the two readings: for a date that ends a span ("until Feb.
15") and for a schedule or a request told in the past ("was set to headline Tuesday", "were
originally scheduled to be held before Thanksgiving", "asked them to return on Friday"). A
weekday on a thing is the day past ("Tuesday's vote") unless an act looks ahead to the thing
(`_looked_ahead_to`: "badly needs a win in Tuesday's GOP primary", "challenged Trump to a
debate before Monday's caucus", "called for Mr. Trump to cancel the Monday session"): then it
is after the act, the coming one told in the present, the nearer one told in the past.

A bare clock time is on the day its clause names ("set the sentencing for June 28 at 2
p.m."), else on the day the story is at; an update's time at the head of a paragraph ("UPDATE
2:52 p.m. --", a live story's "4:30 p.m." on a line of its own) is on the article's own day.

Two dates that bound one span ("from 2013 to 2022", "from 1977, when they entered public life,
through 2006") are one event with a range. Who did what, and whether the clause tells it as
happening at all, is `clauses.py`'s: the label, and the `mode` (asserted, negated,
conditional, hypothetical, generic, fragment). `quoted` marks a date inside quotation marks.

`dates.resolve` places the expression against the article's day: the publication date, or the
day after it when the article tells of both weekdays in the past tense and its lead of the
next (a story updated the next morning). Words that count from the story's own moment ("a day
earlier", "by nightfall", "a month later", "later in the day") count from the last day, month
or year the narrative named, reported narrative included ("According to the documents, he
arranged in March 2011 … it was shipped a month later": 2011-04); a day still ahead of the
article does not move the story, and a moment told in the past never lands after the
article's day (unresolved instead: "A year later" with no year before it). A distance to an
event the text names after it ("five days after the attack", "the day after the primary",
"The morning after Calderón made the comments", "later the same day that Trump called on
Russians") counts from that event's own date where the text gives one elsewhere (the Sept. 11
attack; the primary won "In September"; Calderón, who "a week ago asserted"; Trump who "said …
on July 27, 2016") and dates the main clause; one unit from an event the text does not date
("the week after the shooting") stays unresolved, never the story's moment. A distance set
off by a comma right after a date says that date again ("on Saturday, one day before Barr
released …, O'Rourke charged"): the date is the main clause's, the event is that far from it
(the Sunday). A date inside a statement is placed against the statement's own time where the
text gives one ("said in 2015 that … next year" is 2016), else against the article's day; a
day word in quotation marks against the speaker's (`_speakers_day`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import dates, lexicon, names
from ..lexicon import SPEECH_VERBS
from ..model import Document, Event, Span, Statement
from ..nlp import entity_tokens, next_token, text_of
from . import clauses, numbers
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
    r"(?:its|their|the)\s+(?!(?:following|next|previous|prior|same|last|past|coming)\b)\w+\s+year|"
    r"a\s+(?:day|week|month|year)|each\s+\w+|every\s+\w+|"
    r"recent\s+years|the\s+years|the\s+day|this\s+time|the\s+time|some\s+time|"
    r"\d+-year|\w+-year-old|the\s+future|the\s+past|one\s+day)$"
)
_RELATIVE = re.compile(
    r"(?i)\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this|earlier|later|weekend|"
    r"following|previous|that|past|coming|all|same)\b"
)
_YEAR_PREPOSITIONS = frozenset("in since from to until till through by before after".split())
_STEERING = frozenset("this last next that early late later earlier mid".split())
_PARTS_OF_DAY = frozenset("nightfall dawn daybreak dusk midnight noon sunrise sunset".split())
_DAY_WORDS = frozenset("today tonight tomorrow yesterday".split())
# Verbs whose complement happens later: "is expected to", "is scheduled for", "plans to".
_SCHEDULE = frozenset("schedule set slate expect due poise plan".split())
# Lemmas en_core_web_sm gets wrong for words of the lists above ("slated" -> "slat").
_LEMMA_FIXES = {"slat": "slate"}


def _lemma(token: Token) -> str:
    lemma = token.lemma_.lower()
    return _LEMMA_FIXES.get(lemma, lemma)


_INTENT = frozenset(
    "intend hope aim want seek need promise vow threaten prepare pledge agree decide try".split()
)
# Verbs of wanting, needing or getting ready for a thing: the thing they take (an object, or
# a phrase on the verb) is ahead of their time ("badly needs a win in Tuesday's GOP primary",
# "prepared for the final days of the Iowa campaign, including a debate Thursday").
_LOOKING_FOR = frozenset("want need seek await prepare".split())
# Asking someone to do a thing: it comes after the asking ("asked the leaders to return to
# the White House on Friday").
_REQUEST = frozenset("ask invite urge order tell direct instruct summon".split())
_WILL = frozenset("will shall 'll ’ll".split())
_FUTURE_AUX = frozenset("will shall 'll ’ll wo would could may might should must can".split())
_SPAN_ENDS = frozenset("until till til through".split())
_PROSPECT = frozenset("upcoming face await loom".split())
# Nouns whose complement lies ahead: "the prospect of taking on the socialist in November's
# general election", "a one-in-three chance of losing control of the House in November",
# "plans for a same-sex kiss-in at the restaurants on Friday".
_PROSPECT_NOUNS = frozenset("prospect chance plan".split())
# A noun's rank among those who did a thing: "the first woman to win a primary".
_RANKS = frozenset("first last only".split())
# Prepositions of a thing an act told ahead comes before: "drop out before Tuesday's primary"
# (with "ahead of" and "prior to": `_awaits`).
_AWAITED = frozenset("before until till by".split())
# What a day brought, so that a weekday on it is a day already past even under a verb told
# ahead: "The results of Tuesday's five primaries will force Sanders", "Her victories … on
# Tuesday will only accelerate that shift", "After trouncing Clinton in Tuesday's primary, the
# senator must prepare" (`_an_outcome`). A thing that is itself ahead keeps the coming day:
# "Sunday's debate in Flint will give Clinton a chance", told on a Wednesday.
_OUTCOMES = frozenset(
    "result outcome victory win loss defeat triumph sweep upset showing trounce beat".split()
)
_RANGE_START = frozenset("from between".split())
_RANGE_END = frozenset("to through until till and".split())
_COUNTED_UNITS = frozenset("hour day week month year decade".split())
_DISTANCE_TO = re.compile(
    r"(?i)\b(?:hours?|days?|weeks?|months?|years?|decades?|morning|afternoon|evening|night)\s+"
    r"(?:after|before|ahead of|prior to)$"
)
_WITHIN_UNITS = frozenset("day morning afternoon evening night week month year".split())
# "the day after the primary", "The morning after Calderón made the comments": one unit
_ONE_UNIT = _WITHIN_UNITS
_ANAPHORIC_DET = {("that", unit) for unit in _WITHIN_UNITS} | {("this", "day")}
_TIME_NOUNS = _WITHIN_UNITS | _PARTS_OF_DAY | frozenset("holiday weekend eve season break".split())
_UPDATE = re.compile(r"(?i)^\s*updated?\s*[:\-–—]?\s*(?:at\s+)?$")  # "UPDATE 2:52 p.m. --"


def events(
    doc: Doc, document: Document, index: EntityIndex, statements: tuple[Statement, ...]
) -> tuple[Event, ...]:
    published = _published(document.published)
    found_spans = _date_spans(doc)
    mentions = _told_as_one_clause([(span, _tense(span)) for span, _ in found_spans])
    base = _article_day(published, mentions, _lead_end(doc))
    contents = Intervals(
        (piece.start, piece.end, s.id) for s in statements for piece in s.fragments or (s.content,)
    )
    # the first statement whose content holds the date
    quoted = [next(iter(contents.covering(span.start_char)), None) for span, _ in mentions]
    by_id = {s.id: s for s in statements}
    predicates = _Predicates(mentions)
    sentences: dict[int, list[int]] = {}  # a sentence's first token -> its dates, in order
    for i, (span, _) in enumerate(mentions):
        sentences.setdefault(span.sent.start, []).append(i)
    context = Context(doc, document, index)
    quotes = [context.quote_at(span.start_char) for span, _ in mentions]
    day_before = base is not None and _written_the_day_before(mentions, quotes, base)
    told: dict[int, dict[str, Any]] = {}  # the narrative outside statements: when each was made

    def tell(i: int, tense: str, anchor: date | None) -> dict[str, Any] | None:
        if quoted[i] is not None:
            return None
        told[i] = _resolve(found_spans[i], base, tense, anchor)
        return told[i]

    _narrative(mentions, sentences, base, tell)
    story_day = _story_day(told, quotes, mentions)
    resolved: dict[int, dict[str, Any]] = {}

    def place(i: int, tense: str, anchor: date | None) -> dict[str, Any] | None:
        """The date of mention i; None when it is not where the story is (a quote's own
        time, a date in quotation marks)."""
        span = mentions[i][0]
        if _update_stamp(span):  # "UPDATE 2:52 p.m. --": the article's own day
            resolved[i] = dates.resolve("today", base)
            return resolved[i]
        same_day = _day_of_its_sentence(i, mentions, sentences, resolved)
        if same_day is not None:  # "set the sentencing for June 28 at 2 p.m."
            resolved[i] = {**same_day}
            return resolved[i]
        if quoted[i] is not None:
            spans = [m[0] for m in mentions]
            frame = _frame(by_id.get(quoted[i] or ""), predicates, told, spans)
            if frame is not None:  # "said in 2015 that … next year": the quote's own time
                resolved[i] = _resolve(found_spans[i], frame[0], tense, frame[0], frame[1])
                return None
        in_quotes = quotes[i] is not None
        speakers = anchor  # the story's day a speaker's "tonight" may be
        if in_quotes and story_day is not None and base is not None and anchor is not None:
            ahead_of_it = anchor == base and i < story_day[0]  # the story has told no day yet
            if ahead_of_it or (base - anchor).days > _SPEAKERS_REACH:
                speakers = story_day[1]
        said_on = _speakers_day(mentions[i], day_before, base, speakers) if in_quotes else base
        writers = not in_quotes and not _ahead_of_the_story_day(
            found_spans[i], base, tense, anchor, story_day
        )
        resolved[i] = _resolve(found_spans[i], said_on, tense, anchor, writers_will=writers)
        year = _year_of_its_clause(i, mentions, sentences, predicates.of, resolved, base)
        if year is not None:  # "in the 2008 primary contest … until June": June 2008
            resolved[i] = {**resolved[i], "iso": f"{year}{resolved[i]['iso'][4:]}"}
        if quoted[i] is not None and in_quotes:
            return None
        return resolved[i]

    _narrative(mentions, sentences, base, place)
    for first, last in _ends_of_spans(mentions):
        resolved[first] = _in_order(mentions[first][0], resolved[first], resolved[last])
    for j, i in predicates.apposed.items():  # "on Saturday, one day before Barr released"
        resolved[j] = _counted_back(mentions[j][0], resolved[i], predicates.of[j])
    resolve = _pronouns(context, statements)
    for i, candidates in _anchors(mentions, predicates, _doer(doc, index, resolve)).items():
        if i in predicates.apposed:
            continue
        counted = _counted_from(mentions[i], [resolved[j] for j in candidates], base)
        if counted is not None:  # "five days after the attack": the main clause's date
            resolved[i] = counted
            predicates.of[i] = _main_clause(mentions[i][0])
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
                label=_label(doc, index, predicate, span, resolve, _not_now(resolved[i], base)),
                mode=clauses.mode(predicate, span, doer),
                quoted=context.quote_at(span.start_char) is not None,
            )
        )
    return tuple(found)


def _label(
    doc: Doc,
    index: EntityIndex,
    predicate: Token,
    span: SpacySpan,
    resolve: clauses.Resolver,
    not_now: bool = False,
) -> str:
    thing = (
        _thing_the_day_is_of(span)
        or _thing_within_a_thing(span)
        or (_thing_apart_from_the_present(span, predicate) if not_now else None)
    )
    if thing is not None:
        return clauses.thing_label(thing, span)
    return clauses.label(doc, index, predicate, span, resolve)


def _not_now(told: dict[str, Any], base: date | None) -> bool:
    """Whether a resolved date lies wholly before or after the article's day."""
    bounds = (
        dates.interval(told.get("iso"), told.get("precision")) if told.get("resolved") else None
    )
    return base is not None and bounds is not None and not bounds[0] <= base <= bounds[1]


def _thing_within_a_thing(span: SpacySpan) -> Token | None:
    """ "Regarding Trump’s rhetoric following Khizr Khan’s speech at last month’s Democratic
    National Convention, Woods shared her belief …": a day in the possessive on a noun that
    hangs on another noun (through a preposition) is the day of that thing, which the label
    names, not of the verb the phrases hang on further up (the timeline put "Woods shared her
    belief" in July, on the convention's month); a thing the verb takes itself, or where it
    happens, is the verb's: "Clinton won Tuesday's primary", "At Tuesday's debate, Trump
    said"."""
    root = span.root
    thing = root.head
    if root.dep_ != "poss" or thing.pos_ not in ("NOUN", "PROPN") or thing.i < span.end:
        return None
    node = thing
    for _ in range(4):
        if node.dep_ not in ("pobj", "prep", "conj", "appos") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return None
        if node.pos_ in ("NOUN", "PROPN") and node.dep_ != "compound":
            return thing
    return None


def _thing_apart_from_the_present(span: SpacySpan, predicate: Token) -> Token | None:
    """ "In the final round of state primaries next month, Clinton holds a 10-point lead in
    California", "The numbers represent a near total reversal from Gallup’s survey in early
    March": a date on a noun, in a clause whose verb tells how things stand now (a simple
    present, no helper, not a verb of saying), and itself not now, is the time of the thing
    the noun names, not of the verb (the timeline put "Clinton holds a 10-point lead" in
    June); "Her lead in January is gone" told in March is no happening in January either."""
    noun = span.root.head
    if (
        span.root.dep_ not in ("npadvmod", "pobj", "nmod", "compound", "poss")
        or noun.i == span.root.i
        or predicate.tag_ not in ("VBZ", "VBP")
        or predicate.lemma_.lower() in SPEECH_VERBS
        or any(c.dep_ in ("aux", "auxpass") for c in predicate.children)
    ):
        return None
    if noun.pos_ == "ADP" and span.root.dep_ == "pobj":
        noun = noun.head  # "Gallup's survey in early March"
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if noun.lemma_.lower() in _TIME_NOUNS or noun.i == predicate.i:
        return None
    return noun


# Prepositions that set a thing's time apart from the verb's: "campaigning ahead of
# Thursday's debate", "spoke after Saturday's caucuses".
_APART = frozenset({"before", "after", "since", "until", "following"})
_APART_AFTER = frozenset({"ahead", "prior"})  # "ahead of", "prior to"


def _thing_the_day_is_of(span: SpacySpan) -> Token | None:
    """ "Bachmann is campaigning ahead of Thursday's Fox News/Washington Examiner debate and
    Saturday's Ames Straw Poll": a day in the possessive, on a thing the verb is told before or
    after, is the day of that thing, which the label names (the timeline put "Monday she is
    campaigning" on the Thursday and the Saturday); "Clinton won Tuesday's primary" stays the
    verb's."""
    root = span.root
    thing = root.head
    if root.dep_ != "poss" or thing.pos_ not in ("NOUN", "PROPN") or thing.i < span.end:
        return None
    first = thing
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    preposition = first.head
    if first.dep_ != "pobj":
        return None
    if preposition.lower_ in _APART or (
        preposition.lower_ in ("of", "to") and preposition.head.lower_ in _APART_AFTER
    ):
        return thing
    return None


def _resolve(
    found: tuple[SpacySpan, SpacySpan | None],
    base: date | None,
    tense: str,
    anchor: date | None,
    grain: str = "day",
    writers_will: bool = True,
) -> dict[str, Any]:
    """A date, or the range two dates bound ("from 2013 to 2022": each end read alone);
    `writers_will` whether a "will" on its verb puts it ahead of the article's day (`_firm`)."""
    span, first = found
    firm = _firm(span, tense, writers_will)
    if first is None:
        return dates.resolve(
            span.text,
            base,
            tense=tense,
            anchor=anchor,
            grain=grain,
            firm=firm,
            to_event=_distance_to_event(span),
            election=_time_of_an_election(span) or _time_of_the_coming_election(span, base),
            rounded=_rounded(span),
        )
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


def _rounded(span: SpacySpan) -> bool:
    """Whether a qualifier says how near the date's count is, not that it is exact ("became
    public nearly a year ago", "began more than a year ago"): `numbers.scan`'s qualifier of a
    number in the date, in it or right before it, where NER leaves the qualifier out."""
    if not dates.counts_a_year_away(span.text):
        return False
    start = span.sent.start_char
    found = numbers.scan(span.doc.text[start : span.end_char])
    first, last = span.start_char - start, span.end_char - start
    return any(n.qualifier != "exact" and n.end > first and n.start < last for n in found)


def _time_of_an_election(span: SpacySpan) -> bool:
    """Whether the date is the time of an election the text names: a word on the noun ("the
    November election", "November's general election", "the Nov. 8 election") or its time
    after "in" or "on" ("the presidential election on Nov. 8", "re-election in November")."""
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in ("in", "on"):
        head = head.head
    elif span.root.dep_ not in ("compound", "nmod", "poss", "npadvmod", "amod"):
        return False
    return head.i != span.root.i and head.pos_ == "NOUN" and head.lemma_.lower() == "election"


# Lemmas that tell a sentence speaks of an election: its vote, its race, its outcome.
_ELECTION_WORDS = frozenset(
    "election reelection re-election elect vote voter ballot win defeat nominee race contest "
    "matchup".split()
)
# Prepositions that count from a date or span from it: the date is behind them.
_FROM_A_DATE = frozenset({"since", "from", "after"})


def _time_of_the_coming_election(span: SpacySpan, base: date | None) -> bool:
    """ "Not only can Ted Cruz win in November", "less likely to vote for Republicans in
    November", "if he won the U.S. presidential election on Nov. 8", "what happens after the
    November results have been tallied": in an article written in a federal election year,
    before its Election Day, a November (or Election Day's own date; `dates` checks the month
    and the day) in a sentence that speaks of an election is the coming election's, whatever
    the tense the parse gives its clause, unless the verb it hangs on tells it in the past
    ("The union, which endorsed Clinton in November"; "Bevin won the governor's race in
    November", in January: the last November) or it counts from it ("since November", "a
    jump from November", "since the Clinton hearing in November"). A word of the election
    that only describes another thing ("allowed Trump to use the party's voter file in late
    November", in January) does not make the sentence one of the election; one on the date's
    own noun does ("Her fate in November election hinges on", parsed as two words on
    "hinges")."""
    day = dates.election_day(base.year) if base is not None else None
    if day is None or base is None or base >= day:
        return False
    verb = clauses.verb_above(span.root)
    if verb is not None and (_told_in_the_past(verb) or _from_its_verb(verb)):
        return False
    node = span.root
    path = {node.i}  # the words from the date up to its verb
    while node.i != node.head.i and (verb is None or node.head.i != verb.i):
        node = node.head
        path.add(node.i)
        if node.lower_ in _FROM_A_DATE and node.dep_ == "prep":
            return False  # "since the Clinton hearing in November"
    return any(
        _lemma(t) in _ELECTION_WORDS and (t.dep_ != "compound" or t.i in path or t.head.i in path)
        for t in span.sent
        if not span.start <= t.i < span.end
    )


def _from_its_verb(verb: Token) -> bool:
    """A verb told as what a time counts from: "Since winning in November, Bevin has moved
    quickly", "after winning the race in November" (a code reviewer's near-misses)."""
    return verb.dep_ == "pcomp" and verb.head.lower_ in _FROM_A_DATE


# Marks of a clause whose perfect is still to come: "after the November results have been
# tallied", "until the votes have been counted".
_PERFECT_TO_COME = frozenset("after when until once before if unless".split())


def _told_in_the_past(verb: Token) -> bool:
    """A simple past outside a condition ("won", "was held", not "if he won"), a past perfect
    ("had endorsed"), a present perfect outside a clause still to come ("Voters have soured on
    Clinton after the Paris attacks in November", "Having won in November", not "after the
    November results have been tallied"), a past participle with no helper on a noun or a
    clause ("Bevin, elected in November, is expected", "A poll taken in November showed"), or
    a participle in "-ing" whose own verb is past ("Trump, speaking to voters on Nov. 8,
    said"); "'s" (is), which the tagger may take for a past, is a present."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ == "had" for c in helpers):
        return True
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    perfect = any(c.lower_ in ("have", "has", "having", "'ve", "’ve") for c in helpers)
    if perfect and not marks & _PERFECT_TO_COME:
        return True
    if not helpers and verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl", "amod"):
        return True
    if not helpers and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
        above = verb.head  # "Trump, speaking …, said": hung on the subject of "said"
        if above.pos_ in ("NOUN", "PROPN", "PRON") and above.dep_ in ("nsubj", "nsubjpass"):
            above = above.head
        if above.i != verb.i and above.pos_ in ("VERB", "AUX"):
            return _told_in_the_past(above)
    finite = [t for t in (verb, *helpers) if t.tag_ == "VBD" and t.lower_ not in ("'s", "’s")]
    return bool(finite) and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children
    )


# How far back the story's day may be for a quote's "today" to be the speaker's: the day
# before the article's (a morning paper on the day before); further back, a story's day is
# as often a day the text misplaced or one the speaker looks back on from the article's
_SPEAKERS_REACH = 1


def _speakers_day(
    mention: tuple[SpacySpan, str],
    written_the_day_before: bool,
    base: date | None,
    anchor: date | None,
) -> date | None:
    """The day a day word in quotation marks counts from: the speaker's. "Today" or "tonight"
    told in the past is the day the speaker tells of, which is the day before the article's
    where the story is at that day ("He failed in that today," of the Senate's Monday vote,
    in Tuesday's article; "that's what happened tonight," of the debate, in the article of the
    morning after); told in the present it is the writer's present too ("Today marks a
    watershed moment," Cowan said; "the world today is neither"): the article's day. "Today",
    "tonight" and "tomorrow" count from the day before where the article tells its own
    weekday as still ahead, written the day before ("Trump will be delivering a speech on
    Monday" in Monday's article: "In his remarks today, President Obama refused …" is
    Sunday's; "Well, I'll define that tomorrow," of his Monday speech), but not a "today" or
    "tonight" told ahead, which a speaker on the article's own day says of what is still to
    come ("Today I will lay out my plan" in Monday's preview of her Monday speech; "tomorrow"
    told ahead is still the day the article previews). "Yesterday" and "last
    night" say the speaker spoke after the day they tell of ("bullets like the ones used last
    night", the day after the shooting; "Last night, our nation was attacked"): the article's
    day."""
    span, tense = mention
    if base is None or not dates.looks_ahead_from_its_day(span.text) or tense == "present":
        return base
    announced = tense == "future" and dates.names_the_speakers_day(span.text)
    if not announced and written_the_day_before:
        return base - timedelta(days=1)
    if not dates.names_the_speakers_day(span.text):
        return base
    if anchor is not None and 0 < (base - anchor).days <= _SPEAKERS_REACH:
        return anchor
    return base


def _story_day(
    told: dict[int, dict[str, Any]], quotes: list[Any], mentions: list[tuple[SpacySpan, str]]
) -> tuple[int, date] | None:
    """The first day the narrative names, by its weekday or its date, outside quotation marks
    and statements, and where it is told (a bare "night" or "that day" names none: it takes
    the day the story is at): the story's own day, from which a speaker's "tonight" counts
    where the story has told no day yet ("“I didn't come here tonight to pander to you about
    Israel,” Trump said" before "he offered promises Monday", told on Tuesday; "“I thought
    Joe Biden was terrific tonight,” the president told reporters" before "on Thursday
    night", told on Friday) or has gone on past the speaker's reach to a day further back (a
    speech "Thursday night", quoted "I say these words to you tonight" after a paragraph on
    "Wednesday night"). `_speakers_day` still takes it only as the day before the article's."""
    for i in sorted(told):
        record = told[i]
        if quotes[i] is not None or not record.get("resolved") or record["precision"] != "day":
            continue
        text = dates.normalized(mentions[i][0].text)
        if dates.WEEKDAY.search(text) or (dates.MONTH.search(text) and re.search(r"\d", text)):
            return i, date.fromisoformat(record["iso"])
    return None


def _written_the_day_before(
    mentions: list[tuple[SpacySpan, str]], quotes: list[Any], base: date
) -> bool:
    """Whether the article tells its own weekday, bare and outside quotation marks, as still
    ahead ("Trump will reportedly be delivering a speech on Monday" in Monday's article), as
    the time of the act told ahead, not of a thing that act holds ("hoped Wednesday's
    disclosure would put to rest the Benghazi issue")."""
    for (span, tense), quote in zip(mentions, quotes, strict=True):
        text = dates.normalized(span.text)
        names = dates.WEEKDAY.findall(text)
        if quote is not None or tense != "future" or not names or not _bare_weekday(span):
            continue
        if span.root.dep_ == "poss":
            continue
        if re.search(r"\b(?:last|next|this|later|earlier)\b", text) is None and (
            dates.WEEKDAYS[names[0] + "day"] == base.weekday()
        ):
            return True
    return False


def _firm(span: SpacySpan, tense: str, writers_will: bool = True) -> bool:
    """Whether the tense is that of the finite verb the date is the time of ("President Trump
    on Saturday announced", "The election is Thursday"), not one the parse takes from a clause
    above ("to be shown on Tuesday", "likely to leave Friday"), a perfect ("has invited them
    … on Friday morning"), a verb's sense ("faced tough local coverage Tuesday" read as a
    prospect) or a fragment's default. The writer's own "will" on that verb is firm too
    (`_told_with_will`), unless `writers_will` says it counts from another day than the
    article's: in quotation marks it is ahead of the speaker's day, which may be behind the
    article's, and so is one ahead of the story's own day (`_ahead_of_the_story_day`)."""
    node = clauses.verb_above(span.root)
    if node is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return tense == "future" and writers_will and _told_with_will(span.root)
    if node.tag_ == "VBD":
        return tense == "past"
    return node.tag_ in ("VBZ", "VBP") and tense in ("present", "future")


# How far back of the article's day the story's own day may be for the writer's "will" to count
# from it: a paper dated a day or two after it was written (Wednesday's story in Friday's
# paper); further back, a day the story looks back on.
_WRITTEN_REACH = 3


def _ahead_of_the_story_day(
    found: tuple[SpacySpan, SpacySpan | None],
    base: date | None,
    tense: str,
    anchor: date | None,
    story_day: tuple[int, date] | None,
) -> bool:
    """Whether a day told with the writer's "will" is one still ahead of the story's own day
    though behind the article's: the story names its day (`_story_day`) a little before the
    article's, and the nearer reading falls between the two ("Aung San Suu Kyi visited the
    White House on Wednesday … She will visit Capitol Hill on Thursday", in a paper dated
    Friday: the Thursday between, not the next). The writer wrote on the story's day, and the
    "will" counts from there; the nearer reading stands."""
    if story_day is None or base is None or not _told_with_will(found[0].root):
        return False
    if not 0 < (base - story_day[1]).days <= _WRITTEN_REACH:
        return False
    near = _resolve(found, base, tense, anchor, writers_will=False)
    if not near.get("resolved") or near.get("precision") != "day":
        return False
    return story_day[1] < date.fromisoformat(near["iso"]) < base


def _told_with_will(token: Token) -> bool:
    """Whether the verb a date is the time of carries "will" ("shall", "'ll"): the writer
    says the act is still ahead of the article, so the day is the coming one, however much
    nearer the other reading is ("Lynch will appear before the House Judiciary Committee on
    Tuesday", told on a Wednesday: next Tuesday, not yesterday), and whatever tense the
    tagger reads in a clause of the day's own ("She undoubtedly will reach that number on
    Tuesday, when voters cast ballots in California": "cast" is no past there). A date of a
    thing the verb has is the thing's ("Monday's decision will reverberate down the ballot",
    "after a run of positive developments since their Oct. 13 debate")."""
    verb = clauses.verb_above(token, through_nouns=False)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children)


def _narrative(
    mentions: list[tuple[SpacySpan, str]],
    sentences: dict[int, list[int]],
    base: date | None,
    place: Callable[[int, str, date | None], dict[str, Any] | None],
) -> None:
    """Dates every mention with `place(i, tense, anchor)` in the order the story tells them,
    `anchor` being the story's moment it counts from ("a day earlier", "the next day", "a
    month later" count from the last date told: per unit, the latest day, month or year
    named). `place` returns the date when it moves the story, None when it does not. A bare
    clock time comes after the dates on its own verb, so it can take their day ("began at
    4:20 p.m. on Friday, Sept. 14")."""
    story = dict.fromkeys(("day", "week", "month", "year"), base)
    for i in sorted(range(len(mentions)), key=lambda i: _told_after(i, mentions, sentences)):
        span, tense = mentions[i]
        told = place(i, tense, story[dates.counted_in(span.text)])
        if told is None or tense == "future" or not _moves_story(span):
            continue
        bounds = dates.interval(told["iso"], told["precision"])
        if bounds is None or (base is not None and bounds[0] > base):
            continue  # a day still ahead ("asked them to return on Friday") is not told yet
        for unit in story:
            if dates.precision_grain(unit) >= dates.precision_grain(told["precision"]):
                story[unit] = bounds[0]


def _told_after(
    i: int, mentions: list[tuple[SpacySpan, str]], sentences: dict[int, list[int]]
) -> tuple[int, int]:
    """Where mention i is told: its place in the text, or for a bare clock time the place of
    the last date on its own verb after it."""
    span = mentions[i][0]
    if not _bare_clock(span):
        return i, 0
    verb = _verb_of(span)
    days = [
        j
        for j in sentences[span.sent.start]
        if j > i and not _bare_clock(mentions[j][0]) and _verb_of(mentions[j][0]) == verb
    ]
    return max(days, default=i), 1


def _year_of_its_clause(
    i: int,
    mentions: list[tuple[SpacySpan, str]],
    sentences: dict[int, list[int]],
    predicates: list[Token],
    resolved: dict[int, dict[str, Any]],
    base: date | None,
) -> int | None:
    """The past year a bare month told in the past falls in when an earlier date of its
    sentence names that year on the month's own clause or one it is subordinate to: "Eight
    years ago, Obama was on the brink …, having won 11 victories in February" (February of
    eight years ago), "in his 2008 campaign, lost more contests than he won between early
    March and …", "remained in the 2008 primary contest … until June". A year on a noun counts
    when the noun is where or when the clause happens ("in the 2008 contest"), not a thing it
    names ("the 2010 law was expanded in March"); a clause joined alongside ("In 2008 he ran,
    and in March he won"), a reported one or one still ahead keeps its own reading. A month
    that ends a span counts when its verb is past ("remained … until June")."""
    span, tense = mentions[i]
    told = resolved[i]
    if (
        base is None
        or not (tense == "past" or (tense == "nearest" and _verb_tense(predicates[i]) == "past"))
        or not told.get("resolved")
        or told.get("precision") != "month"
        or not re.fullmatch(r"\d{4}-\d\d", told.get("iso") or "")
        or not dates.MONTH.search(span.text.lower())
        or dates.YEAR.search(span.text)
    ):
        return None
    for j in reversed([j for j in sentences[span.sent.start] if j < i]):
        earlier = resolved.get(j) or {}
        if not earlier.get("resolved") or earlier.get("precision") != "year":
            continue
        if not re.fullmatch(r"\d{4}", earlier.get("iso") or ""):
            continue
        year = int(earlier["iso"])
        if year >= base.year or not _names_a_setting(mentions[j][0]):
            continue
        if _within_clause_of(predicates[i], predicates[j]):
            return year if year != int(told["iso"][:4]) else None
    return None


def _names_a_setting(span: SpacySpan) -> bool:
    """Whether a year dates its clause: an adverb of time ("in 2008", "eight years ago") or
    the year of a noun the clause happens in or during ("in his 2008 campaign")."""
    root = span.root
    if root.dep_ not in ("nummod", "compound", "amod", "npadvmod", "nmod"):
        return True
    noun = root.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during", "throughout")
        and noun.head.head.pos_ in ("VERB", "AUX")
    )


def _within_clause_of(word: Token, verb: Token) -> bool:
    """Whether `word` is `verb` or in a clause under it, not one joined beside it (conj,
    parataxis) nor one it reports (ccomp)."""
    node = word
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.dep_ in ("conj", "parataxis", "ccomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _verb_of(span: SpacySpan) -> Token:
    """The verb a date hangs on in the parse (the clause it is the time of)."""
    node = span.root
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def _bare_clock(span: SpacySpan) -> bool:
    """ "2 p.m.", "at 6:20 p.m.", "noon": a time of day that names no day."""
    return bool(dates.CLOCK.match(dates.normalized(span.text)))


def _day_of_its_sentence(
    i: int,
    mentions: list[tuple[SpacySpan, str]],
    sentences: dict[int, list[int]],
    resolved: dict[int, dict[str, Any]],
) -> dict[str, Any] | None:
    """The day a bare clock time is on when its clause names one ("set the sentencing for
    June 28 at 2 p.m.", "began at 4:20 p.m. on Friday, Sept. 14"): the nearest date on the
    same verb (not another clause's: "At 6:41 p.m., he suggested saying the agency had
    notified the embassy on Sept. 10")."""
    span = mentions[i][0]
    if not _bare_clock(span):
        return None
    verb = _verb_of(span)
    days = [
        (abs(mentions[j][0].start - span.start), resolved[j])
        for j in sentences[span.sent.start]
        if j != i
        and j in resolved
        and _verb_of(mentions[j][0]) == verb
        and not _bare_clock(mentions[j][0])
        and resolved[j]["resolved"]
        and resolved[j]["precision"] == "day"
    ]
    return min(days, key=lambda d: d[0])[1] if days else None


def _update_stamp(span: SpacySpan) -> bool:
    """ "UPDATE 2:52 p.m. --", "UPDATE: 9 p.m. --", or a time alone on its line (the entries
    of a live story: "4:30 p.m." over each): the time an article was updated, at the head of
    a paragraph, is on the article's own day."""
    if not _bare_clock(span):
        return False
    text = text_of(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    before, after = text[start : span.start_char], text[span.end_char : end if end >= 0 else None]
    return bool(_UPDATE.match(before)) or (not before.strip() and not re.search(r"\w", after))


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
        noun = _relative_clause_noun(token)
        if noun is not None and found.name and _names(context.index, noun, found.name):
            return None  # "… for Mr. Flynn, whom he fired": never Flynn; "he" as written
        return found.name

    return resolve


def _relative_clause_noun(pronoun: Token) -> Token | None:
    """The noun a relative clause hangs on, where `pronoun` is that clause's subject ("Mr.
    Flynn, whom he fired in February", "the same approach that he rejected"): the noun is
    what the clause's verb was done to, never who did it."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
        return None
    return verb.head


def _names(index: EntityIndex, noun: Token, name: str) -> bool:
    """Whether `name` is the person `noun` names: its entity's name, or its surname ("Michael
    T. Flynn" for "Mr. Flynn", "Robert S. Mueller III" for "Mr. Mueller")."""
    entity = index.containing(noun.idx)
    if entity is not None and name in (entity.name, entity.stands_for):
        return True
    words = {t.lower_ for t in noun.subtree if t.pos_ == "PROPN" and t.i <= noun.i}
    tokens = names.name_tokens(name)
    return bool(tokens) and names.surname(tokens).lower() in words


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


# The edge of a tag the page left in the text: no date expression runs across one.
_MARKUP = re.compile(r"[<>]|=\"")


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
                spans.append((ent.start, _with_its_adverb(doc, ent.start, ent.end)))
    for token in doc[3:]:  # "later in the day", "earlier in the week": NER leaves them out
        first = token.i - 3
        if (
            token.lower_ in _WITHIN_UNITS
            and doc[first].lower_ in ("later", "earlier")
            and doc[first + 1].lower_ == "in"
            and doc[first + 2].lower_ == "the"
        ):
            spans = [s for s in spans if s[1] <= first or s[0] > token.i]
            spans.append((first, token.i + 1))
    taken = {i for start, end in spans for i in range(start, end)}
    for token in doc[1:]:  # "later that day", "That same year", "from this day forward"
        first = token.i - 1
        if doc[first].lower_ == "same" and first > 0:
            first -= 1
        if (
            token.lower_ in _WITHIN_UNITS
            and token.i not in taken
            and (doc[first].lower_, token.lower_) in _ANAPHORIC_DET
            and doc[first].dep_ == "det"
            and doc[first].head.i == token.i  # not "that day care centers"
        ):
            spans.append((first, token.i + 1))
    taken = {i for start, end in spans for i in range(start, end)}
    for token in doc:  # "Earlier Sunday, Clinton released", "Late Wednesday night": NER missed
        if token.i in taken or token.ent_type_ or not token.text[:1].isupper():
            continue
        if dates.WEEKDAY.fullmatch(token.lower_):
            after = next_token(token)
            part = after is not None and after.lower_ in _WITHIN_UNITS and token.head == after
            spans.append((token.i, token.i + 2 if part else token.i + 1))
    spans += _day_words_missed(doc, taken)  # "writes of Christie today", "Today's cave"
    for start, end in _distances_to_events(doc):  # "a day after the Senate failed"
        spans = [s for s in spans if s[1] <= start or s[0] >= end]
        spans.append((start, end))
    taken = {i for start, end in spans for i in range(start, end)}
    for token in doc:  # "by nightfall", "before dawn", "from 2009 to 2013" (a year NER missed)
        if token.i in taken or token.dep_ != "pobj":
            continue
        year = token.like_num and dates.YEAR.fullmatch(token.text) and token.n_lefts == 0
        if token.lower_ in _PARTS_OF_DAY or (year and token.head.lower_ in _YEAR_PREPOSITIONS):
            spans.append((token.i, token.i + 1))
    for token in doc:  # "since 9/11": NER reads it as a number
        if token.i not in taken and token.text in dates.NAMED_DAYS and _names_the_day(token):
            spans.append((token.i, token.i + 1))
    found = []
    for start, end in sorted(spans):
        if _MARKUP.search(doc[start:end].text):
            continue  # '<tweet tweet-date="March 9, 2016">Candidates …': NER's "2016">Candidates"
        if start > 0 and dates.names_an_election_day(doc[start - 1 : end].text):
            start -= 1  # "Super" Tuesday: NER tags the weekday alone
        while start > 0 and doc[start - 1].i not in taken and _steers(doc[start - 1], start, end):
            start -= 1  # "This" year, "later" Wednesday, "early Friday" morning
        if _a_count_on_from_now(doc, start, end):
            start -= 1  # "holds its primary in two weeks", "in 21 days, if no deal is done"
        span = _readable_part(_without_leading_strays(doc[start:end]))
        if _in_a_compound_word(span):
            continue  # "sent a morning-show host"
        ends = _two_days(span)
        if ends is not None:  # "from May 13 through Sunday": each end a day of its own
            found.extend(ends)
        elif _is_point_in_time(span.text) and not _names_a_thing(span) and not _a_title(span):
            found.append(span)
    return _ranges(doc, found)


def _a_count_on_from_now(doc: Doc, start: int, end: int) -> bool:
    """Whether a count of days, weeks, months or years after "in" is a distance on from the
    article's day: the clause is told now or ahead ("Florida holds its primary in two weeks",
    "will shut down again in 21 days"), where in the past it is how long the act took
    ("finished the work in two weeks"); a count with a word of its own before it ("in the
    next two weeks", "in recent days") is none. Nor is a stretch the phrase measures out: "in"
    on a noun ("the second time in two days"), a count with words of its own after it ("in a
    year of voter anger", "in a year when …", "in a year this wacky") or the stretch a verb's
    first, last or only thing is ranked over ("may host its first contested convention in 40
    years"), nor a count denied ("The process occurs over a period of years, not in one
    year")."""
    if start == 0 or doc[start - 1].lower_ != "in":
        return False
    preposition, span = doc[start - 1], doc[start:end]
    if span.root.dep_ != "pobj" or span.root.head.i != preposition.i:
        return False
    if start > 1 and doc[start - 2].dep_ == "neg":
        return False  # "occurs over a period of years, not in one year": a stretch denied
    if not dates.in_a_count(doc[start - 1 : end].text):
        return False
    verb = preposition.head
    if verb.pos_ not in ("VERB", "AUX") or preposition.n_rights > 1 or span.root.n_rights:
        return False
    if any(_ranked(c) for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj")):
        return False
    return _tense(span) in ("present", "future")


def _ranked(noun: Token) -> bool:
    """Whether a noun is ranked among its kind: "the first woman", "its last rally", "the
    largest crowd"."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _RANKS) for c in noun.children)


# The prepositions whose object is the time of the clause, for a day named in digits ("since
# 9/11", "on 9/11"); after another ("involvement in", "outside of") it names a thing.
_DAY_PREPOSITIONS = frozenset("since after before on during until till following".split())
# The nouns a day named in digits dates by standing on them: the event of that day ("the 9/11
# terrorist attacks"); on any other noun it names a thing ("a 9/11 memorial ceremony").
_THE_DAYS_EVENTS = frozenset(("attack",))


def _names_the_day(token: Token) -> bool:
    """Whether a day named by its date in digits ("9/11") is the time of its clause: the object
    of a preposition of time ("the deadliest attack since 9/11") or a modifier of the day's own
    event ("a senator during the 9/11 terrorist attacks"). As a modifier of another noun it names
    a thing and dates nothing: "collapsed outside of a 9/11 memorial ceremony" is not an event of
    2001, nor is "legislation that would allow 9/11 families to sue"."""
    if token.dep_ == "pobj":
        return token.head.lower_ in _DAY_PREPOSITIONS
    return token.head.i > token.i and token.head.lemma_ in _THE_DAYS_EVENTS


# The adverbs that make a count of units a point counted from the story's moment.
_COUNTING_ADVERBS = frozenset("before after earlier later prior ago".split())
# The prepositions of a distance to an event ("a day after the primary"); read as an adverb
# ("the day before by …") they count from the story's moment instead.
_BEFORE_AFTER = frozenset(("before", "after"))


def _with_its_adverb(doc: Doc, start: int, end: int) -> int:
    """Where a date NER tagged ends, with the adverb after it that makes the count a point in
    time, which NER leaves out ("Cruz was also endorsed the day before by former rival Carly
    Fiorina", "Two years prior, then-Senator Obama used"; NER gives "the day", "Two years",
    a length and no date). An adverb only: a "before" with an object counts to an event
    (`_distances_to_events`)."""
    if end >= len(doc):
        return end
    after = doc[end]
    adverb = after.lower_ in _COUNTING_ADVERBS and after.tag_ == "RB"
    return end + 1 if adverb and dates.placeable(doc[start : end + 1].text) else end


def _day_words_missed(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """ "writes of Christie today", "Today marks a watershed moment", "Today's cave by most
    Senate Democrats": a "today", "tonight", "tomorrow" or "yesterday" NER left out (it ran the
    word into a name, or read it as money or a title). The word is written in lower case, or
    capitalized where a sentence or a quotation begins (not "USA Today", nor NBC's "Today"
    show, a name before a noun); a possessive only where it owns a thing done (see
    `_owns_a_thing_done`). The possessive's "'s" stays out, as NER leaves it out of the
    "today" it tags."""
    found = []
    for token in doc:
        if token.i in taken or token.lower_ not in _DAY_WORDS or token.dep_ == "compound":
            continue
        begins = token.i == token.sent.start or doc[token.i - 1].is_quote
        if token.text[:1].isupper() and not begins:
            continue
        if token.dep_ == "poss" and not _owns_a_thing_done(token):
            continue
        found.append((token.i, token.i + 1))
    return found


def _owns_a_thing_done(token: Token) -> bool:
    """ "Today's cave", "today's vote", "yesterday's hearing": the possessive names the day when
    the noun it owns is a thing done, a noun lemminflect's lexicon also knows as a verb;
    "today's seniors", "today's politics" are the present era, no day."""
    from lemminflect import getAllLemmas  # 0.2 s to load: only when a possessive asks

    head = token.head
    return head.pos_ == "NOUN" and bool(getAllLemmas(head.lower_, upos="VERB"))


def _distances_to_events(doc: Doc) -> list[tuple[int, int]]:
    """ "comes a day after the Senate failed", "one day after refusing to sign", "in an
    interview a day ahead of the hearing", "A few hours before Mrs. Clinton's remarks": a
    counted distance (NER gives "a day", "about one month", or runs it into the words before:
    "an interview a day") with the preposition of the event it counts to, when that event
    follows. The span runs from the count to the preposition ("a day after")."""
    found = []
    for token in doc[2:]:
        word = token.lower_
        if word in ("ahead", "prior"):
            end = token.i + 2
            if end > len(doc) or doc[token.i + 1].lower_ != ("of" if word == "ahead" else "to"):
                continue
        elif word in _BEFORE_AFTER:
            end = token.i + 1
        else:
            continue
        if not _event_follows(doc, end):
            continue  # "two days before, he had": from the story's moment, not to an event
        unit = doc[token.i - 1]
        start = unit.i - 1
        if doc[start].lower_ == "the" and unit.lower_ in _ONE_UNIT:
            event = _event_counted_to(doc[start:end])
            if event is None or event.ent_type_ in ("DATE", "TIME", "EVENT"):
                continue  # "the day before Christmas": a date of its own
        elif unit.lemma_.lower() not in _COUNTED_UNITS:
            continue
        elif doc[start].lower_ == "few" and start > 0 and doc[start - 1].lower_ == "a":
            start -= 1
        elif not (doc[start].like_num or doc[start].lower_ in ("a", "an", "several")):
            continue
        if dates.placeable(doc[start:end].text):
            found.append((start, end))
    return found


def _distance_to_event(span: SpacySpan) -> bool:
    """Whether the span is a distance to the event the text names after it ("a day after"
    the Senate failed), as `_distances_to_events` finds them, or the same day as it ("later
    the same day that Trump called on Russians")."""
    if _same_unit_as(span) is not None:
        return True
    return (
        _event_follows(span.doc, span.end)
        and bool(_DISTANCE_TO.search(span.text))
        and dates.placeable(span.text)
    )


def _event_follows(doc: Doc, end: int) -> bool:
    """Whether words go on at `end`, after a distance's preposition: the event it counts to. A
    preposition the parse reads as an adverb has no event after it ("endorsed the day before
    by former rival Carly Fiorina": the day before the story's moment)."""
    if end >= len(doc) or doc[end].is_punct or doc[end].is_space:
        return False
    return not (end > 0 and doc[end - 1].tag_ == "RB" and doc[end - 1].lower_ in _BEFORE_AFTER)


def _in_a_compound_word(span: SpacySpan) -> bool:
    """A time word that is the first half of a hyphenated word, which says what kind of thing
    the noun after it is: "Fox News sent a morning-show host to the streets of New York" (no
    morning of any day), not a time of its own: "a Tuesday-night rally" (the second half is a
    time of the day), "the June-July recess" (a span of months), "a 1970s-era law" (a year
    that says which thing, see `clauses.mode`)."""
    doc = span.doc
    end = span.end
    if end + 1 >= len(doc) or span[-1].whitespace_ or any(c.isdigit() for c in span.text):
        return False
    hyphen, second = doc[end], doc[end + 1]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and second.is_alpha
        and second.lower_ not in _TIME_NOUNS
        and second.lemma_.lower() not in _TIME_NOUNS
        and not dates.MONTH.fullmatch(second.lower_)
        and not dates.WEEKDAY.fullmatch(second.lower_)
    )


def _a_title(span: SpacySpan) -> bool:
    """A date's words written as a name's, the title of a programme: a common word after the
    first capitalized in a sentence written in lower case, its names and first word aside
    ("Trump told ABC's This Week",
    "said on the ABC News program “This Week,” adding …", "Speaking Sunday on ABC’s “This
    Week,” Carson admitted": the show, no week). Months, weekdays and the names of days keep
    their capitals ("Election Day", "Super Tuesday", "Monday, March 14"), and a title line
    written all in capitals says nothing."""
    words = [t for t in span if t.is_alpha]
    common = [t for t in words[1:] if not dates.WEEKDAY.fullmatch(t.lower_)]
    common = [t for t in common if not dates.MONTH.fullmatch(t.lower_)]
    if not common or not all(t.text[:1].isupper() for t in common):
        return False
    if dates.names_a_day(span.text) or dates.names_an_election_day(span.text):
        return False
    rest = [
        t
        for t in span.sent[1:]
        if t.is_alpha and not t.ent_type_ and not span.start <= t.i < span.end
    ]
    return bool(rest) and sum(t.text[:1].islower() for t in rest) * 2 >= len(rest)


def _names_a_thing(span: SpacySpan) -> bool:
    """A holiday's name that only says what kind of thing a noun is ("Christmas trees",
    "Thanksgiving turkeys"): no day in the story, unless the noun is itself a time ("the Memorial
    Day holiday", "Christmas morning"). A name holding its own possessive ("the annual New
    Year's Eve program", BASIL d16050b3) hangs on the noun by its last word."""
    root = span.root
    if root.dep_ == "poss" and span[-1].head.i == root.head.i:
        root = span[-1]  # "New Year['s] Eve program": "Eve" says what kind of programme
    head = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and not span.start <= head.i < span.end
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in _TIME_NOUNS
        and not dates.YEAR.search(span.text)
        and dates.names_a_day(span.text)
    )


def _without_leading_strays(span: SpacySpan) -> SpacySpan:
    """A date NER ran into the words before it ("96-3 two years later" in "was confirmed
    96-3 two years later"): without the words in front that hang outside the date, where the
    rest is a point in time and the whole is not."""
    if _is_point_in_time(span.text):
        return span
    for cut in range(1, len(span)):
        rest = span[cut:]
        strays = span[:cut]
        if not all(t.like_num or t.is_punct for t in strays) and any(
            rest.start <= t.head.i < rest.end for t in strays
        ):
            break
        if _is_point_in_time(rest.text):
            return rest
    return span


_ANY_DAY = date(2000, 6, 15)  # readability does not depend on the day a date is read from


def _readable_part(span: SpacySpan) -> SpacySpan:
    """A date NER ran into words it cannot be read with ("in the March 1 county caucuses",
    "telling Mr. McGahn in January that …", "every primary between now and June 7"): the
    longest part of it, the first of equal ones, that reads as a date and keeps the words
    that steer it from before ("last evening" is no "evening"); the span itself where it reads (a
    holiday's name reads in its own season: "Election Day earlier this month"), or where no
    part does, or where it ends in a preposition: the date goes on past it ("the fall of"
    1980, "The morning after" Calderón made the comments)."""
    if _reads(span.text) or span[-1].pos_ == "ADP" or _distance_to_event(span):
        return span
    if _two_days(span) is not None:  # "from May 13 through Sunday": `_date_spans` splits it
        return span
    steering = {t.i for t in span[:-1] if t.lower_ in _STEERING}  # "in January that" goes
    for length in range(len(span) - 1, 0, -1):
        for start in range(span.start, span.end - length + 1):
            part = span.doc[start : start + length]
            if any(i < part.start for i in steering):
                continue
            if _is_point_in_time(part.text) and dates.resolve(part.text, _ANY_DAY)["resolved"]:
                while part[0].pos_ in ("CCONJ", "PUNCT") and len(part) > 1:
                    part = part[1:]  # "and June 7"
                return part
    return span


def _reads(text: str) -> bool:
    """`text` names a day, or is a date expression `dates.resolve` reads, whether or not it
    can then place it: only a note of `dates.UNREADABLE` says it is none."""
    return dates.names_a_day(text) or dates.resolve(text, _ANY_DAY)["note"] != dates.UNREADABLE


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
    if token.lower_ == "throughout" and doc[start:end].root.head.i == token.i:
        return True  # "Throughout the week, more than 10 packages ... have been mailed"
    if not start <= token.head.i < end:
        return False
    if token.lower_ in _STEERING:
        return True
    return token.dep_ in ("compound", "nmod", "npadvmod") and bool(
        dates.WEEKDAY.fullmatch(token.lower_) or dates.MONTH.fullmatch(token.lower_)
    )


def _ranges(doc: Doc, spans: list[SpacySpan]) -> list[tuple[SpacySpan, SpacySpan | None]]:
    """ "from 2013 to 2022", "from 1977, when they entered public life, through 2006": two
    dates of one sentence after "from" and "to" (or "through", "until") are one span. Two
    days, one a weekday, stay two ("taken from May 13 through Sunday": each end the day it
    names, the first not after the last, `_in_order`)."""
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
            and not _span_of_days(span, following)
        ):
            found.append((doc[span.start : following.end], span))
            n += 2
            continue
        found.append((span, None))
        n += 1
    return found


# The words that join the two ends of a span of days with nothing else between them ("Thursday
# through Monday"); "and" joins them only after "between" (`_two_days`).
_SPAN_WORDS = frozenset("to through thru until till - –".split())


def _two_days(span: SpacySpan) -> tuple[SpacySpan, SpacySpan] | None:
    """The two ends of a span of days NER gives as one date, one end a weekday ("taken from
    May 13 through Sunday", "the contests between Monday and March 14"), each a day of its
    own; None for any other date."""
    doc = span.doc
    between = span.start > 0 and doc[span.start - 1].lower_ == "between"
    for token in span[1:-1]:
        if token.lower_ not in _SPAN_WORDS and not (between and token.lower_ == "and"):
            continue
        first, last = doc[span.start : token.i], doc[token.i + 1 : span.end]
        if _span_of_days(first, last):
            return first, last
        return None
    return None


def _span_of_days(first: SpacySpan, last: SpacySpan) -> bool:
    """Whether two dates each name a day, by its weekday or its month and day, one of them a
    weekday (the ends of a span of days; not "Tuesday-night", a day and its time)."""
    return (_bare_weekday(first) or _bare_weekday(last)) and all(
        _names_its_day(p) for p in (first, last)
    )


def _names_its_day(span: SpacySpan) -> bool:
    """ "Thursday", "May 13": a weekday or a month and a day of it."""
    text = dates.normalized(span.text)
    if dates.precision_of(text) != "day" or not _reads(span.text):
        return False
    return bool(dates.WEEKDAY.search(text) or (dates.MONTH.search(text) and re.search(r"\d", text)))


def _ends_of_spans(mentions: list[tuple[SpacySpan, str]]) -> list[tuple[int, int]]:
    """The mentions that are the two ends of a span of days, a word of span alone between
    them ("taken Thursday through Monday", "from May 13 through Sunday"): (first, last)."""
    pairs = []
    for i in range(len(mentions) - 1):
        first, last = mentions[i][0], mentions[i + 1][0]
        if (
            last.start == first.end + 1
            and first.doc[first.end].lower_ in _SPAN_WORDS | {"and"}
            and _span_of_days(first, last)
        ):
            pairs.append((i, i + 1))
    return pairs


def _told_as_one_clause(mentions: list[tuple[SpacySpan, str]]) -> list[tuple[SpacySpan, str]]:
    """The two ends of a span of days told now or ahead, each in its clause's tense: the last
    end, read alone after "through" or "until" as the nearer of its readings ("until Feb. 15"),
    takes the present or future the first end has from their verb ("the convention runs Monday
    through Thursday", told on a Sunday: the coming Thursday, not the one past, which
    `_in_order` would then put its Monday before). A span told in the past keeps the nearer
    reading of its last end ("taken Thursday through Monday"; "was extended Monday until
    Friday", a deadline still ahead of the act)."""
    told = list(mentions)
    for first, last in _ends_of_spans(mentions):
        tense = mentions[first][1]
        if tense in ("present", "future") and mentions[last][1] == "nearest":
            told[last] = (mentions[last][0], tense)
    return told


def _in_order(first: SpacySpan, told: dict[str, Any], last: dict[str, Any]) -> dict[str, Any]:
    """The first end of a span of days as the span runs, forward: a weekday read alone after
    the last end ("The poll of 1,000 likely voters, taken Thursday through Monday", told on a
    Wednesday: not the next day) is the latest such day up to that end."""
    bounds = [dates.interval(d.get("iso"), d.get("precision")) for d in (told, last)]
    if not (_bare_weekday(first) and bounds[0] and bounds[1] and bounds[0][0] > bounds[1][1]):
        return told
    return dates.resolve(first.text, bounds[1][1], tense="past", firm=True)


def _joins(doc: Doc, left: tuple[int, int], right: SpacySpan) -> bool:
    """A day and the time of that day, written together: "Thursday night", "10 p.m. Friday"."""
    labels = {e.label_ for e in entity_tokens(doc).within(*left)} | {right.label_}
    return "TIME" in labels and not doc[left[1] - 1].is_punct


def _is_point_in_time(text: str) -> bool:
    text = text.strip()
    if dates.names_a_day(text):  # "Election Day", "Labor Day": not a duration of days
        return True
    if dates.names_a_part_of_a_year(text):  # "the last three months of 2015": no duration
        return True
    if _NOT_A_POINT.match(text) or _COUNTED_SPAN.search(text):
        return False
    if _DURATION.match(text) and not _RELATIVE.search(text):
        return False
    return dates.placeable(text)


# --- the direction of the clause -----------------------------------------------------------


def _tense(span: SpacySpan) -> str:
    """The direction of the date's clause (`_clause_tense`); a bare month in a present that
    looks ahead (`_present_looks_ahead`) is the coming one, as the future."""
    tense = _clause_tense(span)
    if tense == "present" and _month_alone(span) and _present_looks_ahead(span):
        return "future"
    return tense


def _clause_tense(span: SpacySpan) -> str:
    """past, present, future, or nearest. A date that ends a span ("until Feb. 15") is the
    nearer of its two readings; so is a month or a day of the month that names part of a thing
    ("a candidate in the primary on June 3"), where no verb gives the time (a weekday there is
    the past one: "Tuesday's vote"; under a verb told ahead, whose time is not the thing's,
    the nearer one where the thing is what the day brought: "The results of Tuesday's five
    primaries will force Sanders to acknowledge", not where it is to come itself: "Sunday's
    debate in Flint will give Clinton a chance", nor where it is what the act awaits: "will
    drop out before Tuesday's Florida primary"), unless the noun has its own clause ("the Sept. 11
    attack, which killed four Americans"); a date with its own clause takes that clause's time
    ("back to January, when LePage claimed"). A prospect ("up for re-election in November", "the
    administration coming in January") and a schedule ("set the sentencing for June 28") are
    the coming one."""
    node = span.root
    own = _own_clause_tense(node)
    if own == "future" or (own == "past" and not _told_with_will(node)):
        return own  # "back to January, when LePage claimed ..."
    if _under_a_prospect_noun(node):
        return "future"  # "a chance of losing control of the House in November"
    ends_span = in_noun = awaited = outcome = False
    thing_awaited = None  # the word of awaiting over a thing: "ahead of Tuesday's primary"
    in_noun_tense = None  # the noun's own clause: "the attack, which killed ..."
    tense = "past"  # a fragment, a headline: news tells what happened
    told = False  # whether a verb of a time of its own gives the tense
    subject = False  # whether the walk reached the verb from its subject
    previous = node
    for _ in range(8):
        if node.dep_ == "pobj" and node.head.lower_ in _SPAN_ENDS and not _begun(node.head):
            ends_span = True
        if _prospect(node):
            return "future"
        if node.head.i == node.i:
            break
        subject = node.dep_ in ("nsubj", "nsubjpass", "csubj")
        previous, node = node, node.head
        outcome = outcome or _an_outcome(node)
        if node.pos_ in ("VERB", "AUX"):
            ahead = _prospect(node) or _gone_toward(node, previous, span)
            tense = "future" if ahead else _verb_tense(node)
            if tense == "future" and not ahead and not _commanded(node, previous, span, in_noun):
                tense = "past"  # "“Remember Tuesday,” Trump told the crowd"
            told = not _borrows_its_time(node)
            break
        awaited = awaited or _awaits(node)
        if thing_awaited is None and in_noun and _awaits(node):
            thing_awaited = node
        if (
            node.pos_ in ("NOUN", "PROPN")
            and node.ent_type_ not in ("DATE", "TIME")
            and node.lemma_.lower() not in _TIME_NOUNS  # "over the Memorial Day holiday"
        ):
            in_noun = True
            in_noun_tense = in_noun_tense or _own_clause_tense(node)  # "the attack, which killed"
        if node.lower_ == "for" and _lemma(node.head) in _SCHEDULE:
            return "future"
    if (
        thing_awaited is not None
        and in_noun_tense is None
        and told
        and _holds_now(node)
        and _awaited_by_the_act(thing_awaited, node)
    ):
        return "future"  # "as he barnstorms there ahead of Tuesday's primary"
    if (
        in_noun
        and in_noun_tense is None
        and _bare_weekday(span)
        and tense != "future"
        and _looked_ahead_to(node, previous, thing_awaited)
    ):
        # "challenged Trump to a debate before Monday's caucus", "called for Mr. Trump to
        # cancel the Monday session": what an act looks ahead to is after the act
        return "future" if tense == "present" else "nearest"
    if tense == "future":
        if in_noun and in_noun_tense is None and outcome and not awaited and _bare_weekday(span):
            return "nearest"  # "The results of Tuesday's five primaries will force Sanders"
        return tense
    if ends_span:
        return "nearest"
    if in_noun:
        if in_noun_tense in ("past", "future"):
            return in_noun_tense
        if _bare_weekday(span):
            return "past"
        if _month_alone(span) and span.root.dep_ == "pobj" and span.root.head.lower_ == "since":
            return "past"  # "attending … rallies since February": a span up to now began before
        if (
            told
            and _month_alone(span)
            and (tense == "past" or (tense == "present" and not subject))
        ):
            # "In a CNN interview in January, Mr. Trump voiced skepticism"; a present verb
            # tells how its subject stands now, not when the subject's month is: "Her lead in
            # January is gone" keeps the nearer reading
            return tense
        return "nearest"
    return tense


# Words that open a clause of condition or time, where the plain present tells what is still
# ahead: "if a Republican is elected president in November", "when Congress returns in
# September".
_AHEAD_IN_THE_PRESENT = frozenset("if unless when once until till before".split())


def _present_looks_ahead(span: SpacySpan) -> bool:
    """Whether a date's present is of what is still ahead, which `dates.resolve` reads as the
    coming one where a plain present is the past one when that is much nearer: a clause of
    condition or time ("if a Republican is elected president in November"), a participle or
    gerund with only its head's time ("the heist is key to scoring a White House win in
    November"), a state from a month on ("he's out of a Senate seat as of January"), and a month
    that is the verb's own time, not a thing's: a schedule or a plan ("The Iowa caucuses are
    in February", "The law takes effect in January", "“We vote in March,” the senator said";
    the round-64 code review). The past one is read for a month on a thing the present tells
    of ("Gallup's survey in early March") and for the month of a count the clause reports
    ("Retail sales rise 0.5 percent in June", `_counts`)."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "as":
        return True
    on = root.head.head if root.dep_ == "pobj" else root.head
    if on.pos_ in ("VERB", "AUX", "ADJ") and root.head.i != root.i and not _counts(on, span):
        return True  # the verb's own time, a schedule: "The Iowa caucuses are in February"
    verb = clauses.verb_above(root)
    return verb is not None and (_borrows_its_time(verb) or _ahead_in_the_present(verb))


def _counts(verb: Token, date: SpacySpan) -> bool:
    """Whether the clause tells a count, a figure of the month's (a statistic reported: "Retail
    sales rise 0.5 percent in June", "That number follows 292,000 in June"), not a schedule."""
    return any(
        t.ent_type_ in lexicon.FIGURE_ENTITIES and not date.start <= t.i < date.end
        for t in verb.subtree
    )


def _ahead_in_the_present(verb: Token) -> bool:
    """Whether a verb heads a clause of condition or time ("if … is elected", "when … returns"),
    whose plain present is what is still ahead: a month there is the coming one, which the
    present elsewhere reads only where the past one is not much nearer (`dates.resolve`)."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _AHEAD_IN_THE_PRESENT for c in verb.children
    )


def _begun(word: Token) -> bool:
    """Whether the word that ends a span ("through", "until") has the span's start before it
    ("taken from May 13 through Sunday"): the span is the clause's time, told in its tense,
    where an end alone ("until Feb. 15") is the nearer of its readings."""
    head = word.head
    starts = [c for c in head.children if c.lower_ in _RANGE_START and c.i < word.i]
    return bool(starts) or (head.dep_ == "pobj" and head.head.lower_ in _RANGE_START)


# Verbs of going that reach a time: "going into November", "heading into the primary".
_GOING = frozenset("go head".split())
_INTO = frozenset("into toward towards".split())


def _gone_toward(verb: Token, previous: Token, span: SpacySpan) -> bool:
    """Whether the date is the time a verb of going reaches, told with no tense of its own, so
    ahead of the moment the clause is at: "is not a 51 percent pathway going into November",
    "have far more safe seats than Republicans going into November" (a participle with no
    helper, the date after "into" or "toward"), "backers she will need come November" (a bare
    "come" whose subject or adverb is the date). A verb with a helper or a negation has a time
    of its own ("was going into the office on Tuesday", "did not come Tuesday"), and so does
    a participle that hangs on a verb: it has that verb's time ("Going into November, Obama
    led Romney by three points", told in December: the November behind)."""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if _lemma(verb) in _GOING and verb.tag_ == "VBG":
        if verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            return False
        return previous.dep_ == "prep" and previous.lower_ in _INTO
    return (
        _lemma(verb) == "come"
        and verb.tag_ == "VB"
        and previous.i == span.root.i
        and previous.dep_ in ("npadvmod", "nsubj", "dobj")
    )


# Nouns of a reckoning that "by" reads by ("By Tuesday's count, Trump leads"): "by" there is
# "according to", not "before".
_RECKONINGS = lexicon.RECKONING_NOUNS


def _awaited_by_the_act(word: Token, verb: Token) -> bool:
    """Whether the word of awaiting ("before", "by", "ahead of") puts its thing after the act
    of the verb itself: the preposition is the verb's, or its object's ("as he barnstorms there
    ahead of Tuesday's primary", "has turned increasingly nasty ahead of …"), not a word inside
    another preposition's phrase that places a state set against the present one ("Clinton now
    leads by 5 points, up from 2 points before Sunday's debate", "The race is tighter than
    before Tuesday's primary": the debate and the primary are behind); and it is not the "by"
    of a reckoning ("By Tuesday's count, Trump leads with 739 delegates": according to a count
    already made)."""
    top = word.head if word.lower_ in ("of", "to") and _awaits(word) else word
    node = top.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ == "ADP":
            return False  # "up from 2 points before …", "than before …"
        node = node.head
    if word.lower_ == "by":
        thing = next((c for c in word.children if c.dep_ == "pobj"), None)
        return thing is None or _lemma(thing) not in _RECKONINGS
    return True


def _holds_now(verb: Token) -> bool:
    """Whether a verb tells what goes on or holds at the writer's present: a simple present
    ("as they sit atop most polls", "as he barnstorms there") or a present perfect or
    progressive ("has turned increasingly nasty"), no modal nor past helper. A thing such an act
    is told before ("ahead of Tuesday's primary") is still to come; told in the past
    ("campaigned ahead of Tuesday's primary") it may be behind the article's day."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "VBD") for c in helpers):
        return False
    if not helpers:
        return verb.tag_ in ("VBZ", "VBP")
    return any(c.tag_ in ("VBZ", "VBP") for c in helpers)


def _borrows_its_time(verb: Token) -> bool:
    """A participle or gerund with no helper nor a word that ties it to its head's time: it
    has only the time of the verb it hangs on, and what it names may come after that ("became
    the first woman …, teeing up the November showdown", "to prevent the tycoon from
    prevailing at the July confab"); "while testifying before investigators in October" is
    the head's time."""
    return verb.tag_ == "VBG" and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in verb.children
    )


def _month_alone(span: SpacySpan) -> bool:
    """A month without its day or year ("in January", "in November")."""
    return dates.precision_of(span.text) == "month" and not dates.YEAR.search(span.text)


def _awaits(token: Token) -> bool:
    """A preposition of a thing that comes after the act: "before", "until", "by", "ahead
    of", "prior to" ("campaigning ahead of Thursday's debate and Saturday's straw poll")."""
    if token.pos_ != "ADP":
        return False
    if token.lower_ in _AWAITED:
        return True
    return (token.lower_, token.head.lower_) in (("of", "ahead"), ("to", "prior"))


def _an_outcome(token: Token) -> bool:
    """Whether a word on the way from a date to its verb names what the day brought: a noun
    (its results, a win, a loss) or an act done after which the one told ahead comes ("After
    trouncing Clinton in Tuesday's primary, the senator must prepare"). The weekday is then
    behind the act told ahead ("Her victories … on Tuesday will only accelerate that shift"),
    where a thing that is itself to come keeps the coming day ("Sunday's debate in Flint will
    give Clinton a chance to reset her campaign", told on a Wednesday), and so does the verb
    told ahead ("will win Tuesday's primary")."""
    if _lemma(token) not in _OUTCOMES:
        return False
    if token.pos_ in ("VERB", "AUX"):
        return token.dep_ == "pcomp" and token.head.lower_ == "after"
    return token.pos_ in ("NOUN", "PROPN")


def _bare_weekday(span: SpacySpan) -> bool:
    """A weekday without a month ("Tuesday's primary", not "Tuesday, March 1")."""
    text = dates.normalized(span.text)
    return bool(dates.WEEKDAY.search(text)) and not dates.MONTH.search(text)


def _under_a_prospect_noun(token: Token) -> bool:
    """Whether a date hangs on a noun of prospect ("the prospect of", "a chance of", "plans
    for") through prepositions, nouns and gerunds only, no finite verb between: what the noun
    holds is ahead of the story ("salivating over the prospect of taking on the Democratic
    socialist in November's general election", "had a one-in-three chance of losing control of
    the House in November", "along with plans for a same-sex kiss-in at the restaurants on
    Friday")."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and _lemma(node) in _PROSPECT_NOUNS:
            return True
        if node.pos_ in ("VERB", "AUX") and node.tag_ != "VBG":
            return False
        if node.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") for c in node.children):
            return False
        if node.pos_ not in ("ADP", "NOUN", "PROPN", "VERB", "DET", "NUM", "ADJ"):
            return False
    return False


def _own_clause_tense(token: Token) -> str | None:
    """The time of a word's own relative clause ("January, when LePage claimed"), if it has one."""
    clause = next((c for c in token.children if c.dep_ == "relcl"), None)
    return None if clause is None else _verb_tense(clause)


def _prospect(token: Token) -> bool:
    """ "upcoming", "facing", "coming", "up for (re-election)"; never a past form, which is
    behind the story ("The group has faced occasional claims of racism, most notably in
    March", "faced tough local coverage Tuesday")."""
    if token.tag_ in ("VBD", "VBN"):
        return False
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
    lemma = _lemma(verb)
    if "to" in words and _for_to(verb) and verb.head.pos_ in ("VERB", "AUX"):
        return _schedule_tense(verb.head)  # "called for Mr. Trump to cancel the session"
    if "to" in words and verb.tag_ in ("VB", "VBN") and depth < 3:  # "plans to vote"
        head = _copula_of(verb.head)
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            if _lemma(head) in _SCHEDULE | _REQUEST:
                return _schedule_tense(head)
            if head.lower_ == "going":
                return "future"
            tense = _verb_tense(head, depth + 1)
            if head.lemma_.lower() in _INTENT:
                return "past" if tense == "past" else "future"
            if tense == "present" and head.lemma_.lower() in ("be", "have"):
                return "future"  # "is in line to be elected speaker on Thursday", "has to"
            return tense
    if "to" in words and verb.tag_ == "VB" and verb.dep_ in ("acl", "relcl") and depth < 3:
        return _infinitive_on_a_noun(verb.head, depth)  # "a chance to win it on Tuesday"
    if lemma in _SCHEDULE and verb.tag_ in ("VBN", "JJ"):  # "scheduled for Thursday night"
        return _schedule_tense(verb)
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN":
        present_be = any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in helpers)
        return "present" if present_be else "past"
    if verb.tag_ == "VBG":
        be = [c for c in helpers if c.lemma_ == "be"]
        if be and any(c.lemma_ == "have" for c in helpers):
            return "past"  # "have been fighting ... since the massacre in December"
        if be:
            return "past" if be[0].tag_ == "VBD" else "future"  # "is meeting Tuesday"
        head = _governing(verb)
        if head is not None and depth < 3:
            return _verb_tense(head, depth + 1)
        return "nearest"  # "the protesters marching Tuesday": no time of its own
    if verb.tag_ in ("VBZ", "VBP"):
        return "past" if lemma in SPEECH_VERBS else "present"
    joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
    if verb.tag_ == "VB" and not helpers and joined:
        # a verb joined to another shares its helpers: "free her to present … and give her …"
        return _verb_tense(verb.head, depth + 1) if depth < 3 else "past"
    if verb.tag_ == "VB" and any(c.lemma_ == "do" and c.tag_ == "VBD" for c in helpers):
        return "past"  # "did not vote Tuesday"
    if verb.tag_ == "VB" and any(c.lemma_ == "do" for c in helpers):
        return "present"
    if verb.tag_ == "VB" and not helpers and _imperative(verb):
        return "future"  # "“Let’s defeat her in November”", "“See you Sunday.”"
    return "past"


def _imperative(verb: Token) -> bool:
    """Whether a bare verb is a command or an exhortation someone says, which tells what is
    still to come ("Remember in November the Democrats who filibustered", "“See you Sunday.”"):
    it heads its sentence or opens a quotation (however the parse hangs the quotation on the
    words around it: "three words: “See you Sunday.”"), all its words inside the quotation
    (`_said_whole_in_a_quote`), with no subject of its own (a name a colon or comma sets off
    before it is the one addressed: "Missouri: Remember …"), no word that ties it to another
    clause and no helper; the verb after a "let" that is such a command is the exhortation's
    ("Let’s defeat her in November"). A bare verb under another verb ("made him resign on
    Tuesday", "watched Trump speak Monday") takes that verb's time, and a name the parser read
    as a verb with the sentence's verb hung on it ("Trump over the weekend denied …") is none."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and _lemma(head) == "let" and head.i < verb.i:
        return _imperative(head)
    opens_a_quote = verb.i > 0 and verb.doc[verb.i - 1].tag_ == "``"
    if verb.dep_ != "ROOT" and not opens_a_quote:
        return False  # "“Vote for me on Tuesday,” he said"; "boomed: “Let’s defeat her …”"
    if not _said_whole_in_a_quote(verb):
        return False
    return not any(
        (c.dep_ in ("nsubj", "nsubjpass", "expl") and not _set_off(c, verb))
        or (c.dep_ == "dep" and c.tag_ in ("VBD", "VBZ", "VBP"))  # a name read as a verb
        for c in verb.children
    )


# Verbs of recalling or regarding: a command of theirs looks back at its date ("Remember
# Tuesday", "Compare that to the jobs report on Friday"), but for a month it is told "in"
# or "by" ("Remember in November", a slogan of what is to come).
_RECALLING = frozenset("remember recall forget think look consider compare".split())


def _commanded(verb: Token, below: Token, span: SpacySpan, in_noun: bool) -> bool:
    """Whether a date under a verb told ahead is what a command (`_imperative`) sets ahead: one
    the command's verb takes directly, bare ("See you Sunday.") or after "on", "in", "by",
    "until" ("Let’s defeat her in November"), not one reached through a noun ("Compare that to
    the jobs report on Friday"), after "from" or "to" ("Think back to Tuesday night"), nor one
    a verb of recalling looks back at, unless it is a month told "in" or "by" (the code review
    of round 65: "“Remember Tuesday,” Trump told the crowd" had become the coming Tuesday).
    True for a verb told ahead by anything but a command."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return True
    if not _imperative(verb):
        return True
    if in_noun or below.lower_ in ("from", "to", "back", "at"):
        return False
    if _lemma(verb) in _RECALLING:
        return below.lower_ in ("in", "by") and _month_named(span)
    return True


def _month_named(span: SpacySpan) -> bool:
    return bool(dates.MONTH.search(span.text.lower()))


def _said_whole_in_a_quote(verb: Token) -> bool:
    """Whether a verb and all its words are inside one quotation of its sentence: what someone
    says, where a command is theirs ("Missouri: Remember in November …"), not the writer's to
    the reader ("Listen to HuffPost’s analysis of Thursday’s debate") nor a title or slogan
    whose verb the parse gave the words after it ("said on NBC's ''Meet the Press'' on Sunday",
    "a hat reading, “Make Mexico Great Again Also” on Wednesday night")."""
    sentence = verb.sent
    opening = next((t for t in reversed(verb.doc[sentence.start : verb.i]) if t.is_quote), None)
    if opening is None or opening.tag_ != "``":
        return False
    closing = next((t for t in verb.doc[verb.i + 1 : sentence.end] if t.is_quote), None)
    last = max(t.i for t in verb.subtree if not t.is_punct)
    return closing is None or last < closing.i


def _set_off(name: Token, verb: Token) -> bool:
    """Whether a name before a verb is set off from it by a colon or a comma, as the one a
    command addresses ("Missouri: Remember in November …"), not its subject."""
    between = name.doc[name.i + 1 : verb.i]
    return name.i < verb.i and any(t.text in (":", ",") for t in between)


def _for_to(verb: Token) -> bool:
    """Whether an infinitive has a subject of its own after "for" ("called for Mr. Trump to
    cancel the Monday session", "pressed for the Senate to vote on Friday"): an act someone
    asks or hopes for, so after the verb it hangs on."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children
    )


def _looked_ahead_to(verb: Token, previous: Token, awaited: Token | None) -> bool:
    """Whether the thing a weekday names ("Monday's caucus", "the Monday session") is what an
    act looks ahead to, so after the act's time, not the day already past that a thing's
    weekday is elsewhere ("Tuesday's vote"): the thing is told as what the act comes before
    ("challenged Trump to a one-on-one debate before Monday's caucus"), the act is one asked,
    planned or wanted ("called for Mr. Trump to cancel the Monday session", "plans to attend
    Monday's summit"), or the verb wants, needs or gets ready for the thing ("badly needs a
    win in Tuesday's GOP primary", "prepared for the final days of the campaign, including a
    debate Thursday"; a participle used as a preposition, "including", is its verb's)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if awaited is not None and _awaited_by_the_act(awaited, verb):
        return True
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "to" in helpers:
        head = _copula_of(verb.head)
        if _for_to(verb) or (head.i != verb.i and _lemma(head) in _SCHEDULE | _REQUEST | _INTENT):
            return True
    if verb.tag_ == "VBG" and verb.dep_ == "prep" and verb.head.pos_ in ("VERB", "AUX"):
        previous, verb = verb, verb.head  # "prepared for …, including a debate Thursday"
    return _lemma(verb) in _LOOKING_FOR and previous.dep_ in ("dobj", "prep", "pobj")


def _infinitive_on_a_noun(noun: Token, depth: int) -> str:
    """The time of an infinitive on a noun ("we stand an excellent chance to win it on
    Tuesday", "in a strong position to reel off a few more victories on Saturday", "give her
    the impetus to shift focus decisively toward the November election"): what the noun holds
    is ahead of the clause the noun is in, so the coming reading where that clause is told in
    the present or ahead, the nearer one where it is told in the past ("had a chance to win
    it on Tuesday"); the first, last or only one to do a thing ("the first woman to win a
    primary on Tuesday") did it: no time of its own, the past."""
    if noun.pos_ != "NOUN" or _ranked(noun):
        return "past"
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            return "future"  # a fragment: "A chance to win it on Tuesday."
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return "nearest" if _verb_tense(node, depth + 1) == "past" else "future"
        if node.pos_ not in ("ADP", "NOUN", "PROPN"):
            break
    return "future"


def _copula_of(head: Token) -> Token:
    """The verb an infinitive takes its time from when it hangs on an adjective ("will be able
    to make the case … between now and March", "is likely to wrap up in June", "would be able
    to hold on to the House and Senate in November"): the adjective's copula, which carries
    the tense the adjective has none of; a schedule's adjective ("due to") is read as one, and
    any other head stays."""
    copula = head.head
    if (
        head.pos_ == "ADJ"
        and head.dep_ == "acomp"
        and _lemma(head) not in _SCHEDULE | _REQUEST
        and copula.i != head.i
        and copula.pos_ in ("VERB", "AUX")
    ):
        return copula
    return head


def _governing(verb: Token) -> Token | None:
    """The verb a participle with no time of its own takes its time from: its head, or the
    verb a preposition it follows hangs on ("said after meeting him Tuesday", "has kept a low
    profile ... other than lashing out early Saturday"); None under a noun ("a chance of
    losing the House in November")."""
    node = verb
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.pos_ not in ("ADP", "SCONJ", "ADJ"):
            return None
        node = head
    return None


def _schedule_tense(verb: Token) -> str:
    """A schedule or a request ("is scheduled to", "expected to", "asks them to") points
    ahead; one told in the past ("was set to headline Tuesday", "were originally scheduled to
    be held before Thanksgiving", "asked the leaders to return on Friday") was ahead when it
    was made and may be behind now: the nearer of the two."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if {c.lower_ for c in helpers} & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in helpers):
        return "nearest"
    return "future"


def _moves_story(span: SpacySpan) -> bool:
    """Whether a day named here is where the story now is (what "a day earlier" or "10 p.m."
    count from): a day on a verb or on a happening it is the time of ("the contentious
    Clarence Thomas hearing in 1991 … two years later"), not one naming a thing ("the
    Wednesday morning fray", "the 2010 health law") nor a look back in the past perfect ("had
    raced to his side on Wednesday")."""
    if _distance_to_event(span):
        return False  # "a day after the Senate failed": the story stays where it is
    verb = clauses.predicate(span)
    if verb.pos_ not in ("VERB", "AUX"):
        root = span.root
        return (
            verb.lemma_.lower() in clauses.EVENT_NOUNS
            and root.dep_ == "pobj"
            and root.head.lower_ in ("in", "on", "during")
            and root.head.head == verb
        )
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


def _predicate(span: SpacySpan) -> Token:
    """`clauses.predicate`, except for a distance to an event, which dates the earlier of the
    two: the event after "after" ("a day after the Senate *failed*"), the main clause before
    "before" or "ahead of" ("*said* in an interview a day ahead of the hearing")."""
    if not _distance_to_event(span) or _same_unit_as(span) is not None:
        return clauses.predicate(span)
    event = _event_counted_to(span)
    if event is None:
        return clauses.predicate(span)
    if span[-1].lower_ == "after":
        return event
    node = event  # the clause the event is the time of
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and not span.start <= node.i < span.end:
            return node
    return clauses.predicate(span)


def _same_unit_as(span: SpacySpan) -> Token | None:
    """ "the same day that Trump *called* on Russians", "on the same day the State Department
    *released* thousands of emails": the clause on the unit that says what else happened then."""
    if len(span) < 2 or span[-2].lower_ != "same" or span[-1].lower_ not in _ONE_UNIT:
        return None
    return next(
        (c for c in span[-1].children if c.dep_ in ("relcl", "acl") and c.i >= span.end), None
    )


def _event_counted_to(span: SpacySpan) -> Token | None:
    """The event a distance counts to, named after its preposition: the noun ("a day after
    the *primary*") or the verb of the clause ("a day after the Senate *failed*"), or the
    clause a day is the same as ("the same day that Trump *called*")."""
    same = _same_unit_as(span)
    if same is not None:
        return same
    preposition = span[-1] if span[-1].lower_ in _BEFORE_AFTER else span[-2]
    if preposition.dep_ == "mark":
        event = preposition.head
    else:
        event = next(
            (c for c in preposition.children if c.dep_ in ("pcomp", "pobj") and c.i >= span.end),
            None,
        )
    return event if event is not None and event.i >= span.end else None


# --- a distance counted from an event the text dates ---------------------------------------

# Nouns that make their verb a saying: "made the comments", "called on them in a speech".
_SAYINGS = frozenset("comment remark statement speech interview tweet testimony".split())


def _anchors(
    mentions: list[tuple[SpacySpan, str]],
    predicates: _Predicates,
    doer: Callable[[Token], str | None],
) -> dict[int, list[int]]:
    """For each distance to an event ("five days after the attack", "The morning after
    Calderón made the comments"), the other dates of the text that are that event's own ("the
    Sept. 11 attack", "Calderón, who a week ago asserted"), nearest first: those before it,
    then those after."""
    distances = {i for i, (span, _) in enumerate(mentions) if _distance_to_event(span)}
    others = [j for j in range(len(mentions)) if j not in distances]
    found: dict[int, list[int]] = {}
    for i in sorted(distances):
        event = _event_counted_to(mentions[i][0])
        if event is None:
            continue
        nearest = [j for j in reversed(others) if j < i] + [j for j in others if j > i]
        same = [j for j in nearest if _same_event(event, mentions[j][0], predicates.of[j], doer)]
        if same:
            found[i] = same
    return found


def _same_event(
    event: Token, span: SpacySpan, predicate: Token, doer: Callable[[Token], str | None]
) -> bool:
    """Whether a date is the time of the event a distance counts to: a noun's ("the primary")
    when the date names a thing of that noun ("won the primary In September", "the Sept. 11
    attack"); a clause's ("Calderón made the comments") when the date's clause has the same
    doer doing the same, or both say something ("Calderón, who a week ago asserted")."""
    if event.pos_ in ("NOUN", "PROPN"):
        noun = event.lemma_.lower()
        return noun not in _TIME_NOUNS and noun in _things_dated(span, predicate)
    if not (clauses.verbal(event) and clauses.verbal(predicate)):
        return False
    who = doer(event)
    if who is None or who != doer(predicate):
        return False
    return _lemma(event) == _lemma(predicate) or (_says(event) and _says(predicate))


def _things_dated(span: SpacySpan, predicate: Token) -> set[str]:
    """The nouns a date is the time of: those it modifies ("the Sept. 11 attack", "the attack
    on Sept. 11"), its predicate when a noun, or its verb's subject and object ("won the
    primary"; "hearings held this past week")."""
    nouns = {predicate.lemma_.lower()} if predicate.pos_ in ("NOUN", "PROPN") else set()
    node = span.root
    for _ in range(4):
        if node.head.i == node.i or clauses.verbal(node.head):
            break
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and not span.start <= node.i < span.end:
            nouns.add(node.lemma_.lower())
    if clauses.verbal(predicate):
        nouns |= {
            c.lemma_.lower()
            for c in predicate.children
            if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
        }
        if predicate.dep_ in ("acl", "relcl") and predicate.head.pos_ in ("NOUN", "PROPN"):
            nouns.add(predicate.head.lemma_.lower())
    return nouns


def _says(verb: Token) -> bool:
    """A verb of saying, or one whose object or setting is a saying ("made the comments",
    "called on Russians in a speech")."""
    if _lemma(verb) in SPEECH_VERBS:
        return True
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _SAYINGS:
            return True
        if child.dep_ == "prep" and any(
            c.dep_ == "pobj" and c.lemma_.lower() in _SAYINGS for c in child.children
        ):
            return True
    return False


def _doer(doc: Doc, index: EntityIndex, resolve: clauses.Resolver) -> Callable[[Token], str | None]:
    """Who does a verb's deed, by the last word of their name ("Felipe Calderón" and
    "Calderón" are one; "he" as the text resolves it; "his successor, Felipe Calderón, who
    asserted": the name beside the noun)."""

    def doer(verb: Token) -> str | None:
        token = clauses.actor(verb)
        named = [c for c in token.children if c.dep_ == "appos"] if token is not None else []
        if token is not None and token.pos_ == "NOUN" and named and named[0].pos_ == "PROPN":
            token = named[0]
        found = clauses.participant(doc, index, token, None, resolve)
        words = (found or {}).get("name", "").split()
        return words[-1].casefold() if words else None

    return doer


def _counted_from(
    mention: tuple[SpacySpan, str], dated: list[dict[str, Any]], base: date | None
) -> dict[str, Any] | None:
    """The distance counted from the first of the event's dates that places it, never after
    the article's day in a clause told in the past ("The announcement came just eleven days
    after Trump initially said": not from the Tuesday he announced it)."""
    span, tense = mention
    for when in dated:
        if not when["resolved"]:
            continue
        counted = dates.counted_from(span.text, when["iso"], when["precision"])
        bounds = dates.interval(counted["iso"], counted["precision"]) if counted else None
        if bounds is not None and not (tense == "past" and base is not None and bounds[0] > base):
            return counted
    return None


def _apposed_distances(mentions: list[tuple[SpacySpan, str]]) -> dict[int, int]:
    """ "And on Saturday, one day before Attorney General William Barr released a short summary
    of Mueller’s findings, former Texas Rep. Beto O’Rourke charged", "Late Wednesday night, two
    days after The New York Times first reported …, Mrs. Clinton announced": a distance to an
    event set off by a comma right after a date of its sentence (a word that says how exact the
    count is may come between: "on Wednesday, just six days before the state's … primary") says
    that date again, counted from the event: the date is the main clause's, and the event is
    that far from it (the timeline put O'Rourke's charge on the Friday, "one day before" a
    release it dated Saturday). Each such distance by the index of the date it follows."""
    found: dict[int, int] = {}
    for j in range(1, len(mentions)):
        span, date = mentions[j][0], mentions[j - 1][0]
        if (
            not _distance_to_event(span)
            or _distance_to_event(date)
            or date.sent.start != span.sent.start
            or date.end >= span.start
        ):
            continue
        between = span.doc[date.end : span.start]
        if between[0].text == "," and all(
            t.tag_ in ("RB", "RBR", "JJR") or t.lower_ == "than" for t in between[1:]
        ):
            found[j] = j - 1
    return found


def _counted_back(span: SpacySpan, told: dict[str, Any], event: Token) -> dict[str, Any]:
    """The date of the event an apposed distance counts to (`_apposed_distances`), from the
    date the distance says again: "on Saturday, one day before Barr released": the Sunday;
    "Late Wednesday night, two days after the Times first reported": the Monday. A count that
    says it is not exact ("more than two months before the state votes", "a few months
    before"; hours keep the day, "several hours after Mr. Trump said") places nothing, nor an
    event the parse finds only as a person's name ("the day after then-Majority Leader Eric
    Cantor (R-Va.) suffered a stunning loss": "Cantor")."""
    start = span.sent.start_char
    found = numbers.scan(span.doc.text[start : span.end_char])
    first, last = span.start_char - start, span.end_char - start
    exact = _in_hours(span) or all(
        n.qualifier == "exact" for n in found if n.end > first and n.start < last
    )
    named = event.ent_type_ != "PERSON" and event.pos_ != "PRON"
    counted = dates.counted_to(span.text, told["iso"], told["precision"]) if exact else None
    if counted is not None and told["resolved"] and named:
        return counted
    why = "a count that is not exact" if not exact else "a date that does not place it"
    why = why if named else "an event the text does not name"
    return {
        "iso": None,
        "precision": told["precision"],
        "resolved": False,
        "note": f"counted from {why} ({span.text!r})",
    }


def _in_hours(span: SpacySpan) -> bool:
    """Whether a distance counts hours ("several hours after"), which keep the day."""
    return any(t.lemma_.lower() == "hour" for t in span)


def _main_clause(span: SpacySpan) -> Token:
    """The clause a distance from a dated event dates: the one it sits in ("the president
    tweeted the day after the primary"; "The morning after Calderón made the comments, the
    GOP front-runner *appeared*")."""
    node = clauses.predicate(span)
    event = _event_counted_to(span)
    if event is not None and node.i == event.i and clauses.verbal(node.head):
        return node.head
    return node


class _Predicates:
    """The predicate of each date (`clauses.predicate`), found once, and the dates by the
    word their predicate is."""

    def __init__(self, mentions: list[tuple[SpacySpan, str]]) -> None:
        self.of = [_predicate(span) for span, _ in mentions]
        self.apposed: dict[int, int] = {}  # a distance set off after a date -> that date
        for j, i in _apposed_distances(mentions).items():  # "on Saturday, one day before Barr"
            event = _event_counted_to(mentions[j][0])
            if event is None:
                continue
            self.apposed[j] = i
            self.of[j] = event
            if self.of[i].i == event.i and clauses.verbal(event.head) and event.head.i != event.i:
                self.of[i] = event.head  # the parse hung the date on the event: the main clause
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
    statement: Statement | None,
    predicates: _Predicates,
    resolved: dict[int, dict[str, Any]],
    spans: list[SpacySpan],
) -> tuple[date, str] | None:
    """When the statement was made, where the text says so with a date on its cue ("said in
    2015"): its first day and how precisely it is known."""
    if statement is None or statement.cue is None:
        return None
    for i in predicates.dates_at(statement.cue.start):
        if i not in resolved or not resolved[i]["resolved"] or _describes_the_speaker(spans[i]):
            continue
        bounds = dates.interval(resolved[i]["iso"], resolved[i]["precision"])
        if bounds is None:
            return None
        precision = resolved[i]["precision"]
        return bounds[0], precision if precision in ("day", "week", "month") else "year"
    return None


def _describes_the_speaker(span: SpacySpan) -> bool:
    """ "Sarah Palin, the 2008 Republican vice presidential nominee, weighed in to defend …
    on Monday": a year in the speaker's subject or its apposition says who they were, not
    when they spoke ("said in 2015", "said in a 2015 interview" do)."""
    node = span.root
    for _ in range(8):
        if node.dep_ in ("nsubj", "nsubjpass", "appos"):
            return True
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


# --- the sentence ------------------------------------------------------------------------


def _clause(predicate: Token, date: SpacySpan) -> tuple[int, int]:
    sentence = date.sent
    start = min(sentence.start_char, date.start_char)
    end = max(sentence.end_char, date.end_char)
    text = text_of(predicate.doc)
    while end > start and text[end - 1] in " \n":
        end -= 1
    return start, end
