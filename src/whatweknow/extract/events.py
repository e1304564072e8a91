"""Dated events: who did what to whom, where and when.

Every date expression a timeline could use becomes an event: spaCy's DATE entities, TIME
entities that name a day or an hour ("Sunday morning", "shortly after 7 a.m."), holidays, and
parts of the day after a preposition ("by nightfall"), each widened to the words that steer it
("This year", "later Wednesday", "Thursday night"). The parse gives the predicate the date hangs
on (a verb, or a noun such as "invasion" or "tweet"), its actor, target and place, and the
direction of the clause (`_tense`): past, present, future ("will", "is expected to", "plans
to", "is scheduled for", modals) or, for a date that ends a span ("until Feb. 15"), the nearer.

`dates.resolve` places the expression against the article's day: the publication date, or the
day after it when the article tells of both that weekday and the next in the past tense (a
story updated the next morning). Words that count from the story's own moment ("a day
earlier", "by nightfall") count from the last day the narrative named. A date inside a
statement is placed against the statement's own time where the text gives one ("said in 2015
that … next year" is 2016), else against the article's day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import dates
from ..lexicon import RELATIVE_PRONOUNS, SPEECH_VERBS
from ..model import Document, Event, Span, Statement
from ..nlp import text_of
from .entities import EntityIndex

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
_EVENT_NOUNS = frozenset(
    """invasion attack war election vote summit meeting rally pact treaty deal agreement visit
    talks strike offensive launch test ceasefire protest coup crash explosion blast deployment
    order decision ruling announcement speech referendum inauguration annexation occupation
    withdrawal bombing shooting arrest trial hearing sale merger purchase statement interview
    tweet briefing conference press call appearance campaign practice game shutdown""".split()
)
# Verbs whose complement happens later: "is expected to", "is scheduled for", "plans to".
_SCHEDULE = frozenset("schedule set slate expect due poise plan".split())
_INTENT = frozenset(
    "intend hope aim want seek promise vow threaten prepare pledge agree decide try".split()
)
_FUTURE_AUX = frozenset("will shall 'll ’ll wo would could may might should must can".split())
_SPAN_ENDS = frozenset("until till til through".split())
_PROSPECT = frozenset("upcoming face await loom".split())


def events(
    doc: Doc, document: Document, index: EntityIndex, statements: tuple[Statement, ...]
) -> tuple[Event, ...]:
    published = _published(document.published)
    mentions = [(span, _tense(span)) for span in _date_spans(doc)]
    base = _article_day(published, mentions)
    quoted = [_statement_at(statements, span.start_char) for span, _ in mentions]
    resolved: dict[int, dict[str, Any]] = {}
    anchors: dict[int, date | None] = {}
    story = dict.fromkeys(("day", "week", "month", "year"), base)  # where the story is, per unit
    for i, (span, tense) in enumerate(mentions):  # the narrative, in text order
        anchors[i] = story[dates.counted_in(span.text)]
        if quoted[i] is not None:
            continue
        resolved[i] = dates.resolve(span.text, base, tense=tense, anchor=anchors[i])
        bounds = dates.interval(resolved[i]["iso"], resolved[i]["precision"])
        if bounds is not None and tense != "future" and _moves_story(span):
            for unit in story:
                if dates.precision_grain(unit) >= dates.precision_grain(resolved[i]["precision"]):
                    story[unit] = bounds[0]
    for i, (span, tense) in enumerate(mentions):  # inside statements, in their own frame
        if i in resolved:
            continue
        frame, grain = _frame(quoted[i], statements, mentions, resolved) or (base, "day")
        own = frame if frame is not base else anchors[i]
        resolved[i] = dates.resolve(span.text, frame, tense=tense, anchor=own, grain=grain)
    found: list[Event] = []
    for i, (span, _tense_of) in enumerate(mentions):
        predicate = _predicate(span)
        date_record = {
            **resolved[i],
            "start": span.start_char,
            "end": span.end_char,
            "text": span.text,
        }
        clause = _clause(predicate, span)
        found.append(
            Event(
                id=f"v{len(found) + 1}",
                span=Span(clause[0], clause[1], text_of(doc)[clause[0] : clause[1]]),
                predicate=_predicate_text(predicate),
                phrase=_phrase(predicate, span),
                actor=_participant(doc, index, _actor(predicate), span),
                target=_participant(doc, index, _target(predicate), span),
                place=_place(doc, index, predicate, span),
                date=date_record,
                caption=document.in_caption(span.start_char),
                statement=quoted[i],
                label=_label(doc, index, predicate, span),
            )
        )
    return tuple(found)


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# --- finding the date expressions --------------------------------------------------------------


def _date_spans(doc: Doc) -> list[SpacySpan]:
    """Every date expression a timeline can use, widened to the words that steer it."""
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
        while (
            start > 0
            and doc[start - 1].lower_ in _STEERING
            and doc[start - 1].i not in taken
            and start <= doc[start - 1].head.i < end
        ):
            start -= 1  # "This" year, "later" Wednesday
        span = doc[start:end]
        if _is_point_in_time(span.text):
            found.append(span)
    return found


def _joins(doc: Doc, left: tuple[int, int], right: SpacySpan) -> bool:
    """A day and the time of that day, written together: "Thursday night", "10 p.m. Friday"."""
    labels = {e.label_ for e in doc[left[0] : left[1]].ents} | {right.label_}
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
    if "to" in words and verb.tag_ == "VB" and depth < 3:  # "plans to vote", "decided to"
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.lemma_.lower() in _SCHEDULE or head.lower_ == "going":
                return "future"
            tense = _verb_tense(head, depth + 1)
            if head.lemma_.lower() in _INTENT:
                return "past" if tense == "past" else "future"
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
    verb = _predicate(span)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.lower_ in ("had", "'d", "’d") for c in verb.children if c.dep_ == "aux")


def _article_day(published: date | None, mentions: list[tuple[SpacySpan, str]]) -> date | None:
    """The publication date, or the next day when the article tells, in the past tense, of both
    the publication day and the next by their bare weekday names: a story updated the morning
    after its date (written the week before, that day would be "last Thursday")."""
    if published is None:
        return None
    told = set()
    for span, tense in mentions:
        text = dates.normalized(span.text)
        names = dates.WEEKDAY.findall(text)
        steered = re.search(r"\b(?:last|next|this)\b", text) or dates.MONTH.search(text)
        if tense == "past" and names and not steered:
            told.add(dates.WEEKDAYS[names[0] + "day"])
    following = published + timedelta(days=1)
    if published.weekday() in told and following.weekday() in told:
        return following
    return published


def _frame(
    statement_id: str | None,
    statements: tuple[Statement, ...],
    mentions: list[tuple[SpacySpan, str]],
    resolved: dict[int, dict[str, Any]],
) -> tuple[date, str] | None:
    """When the statement was made, where the text says so with a date on its cue ("said in
    2015"): its first day and how precisely it is known."""
    statement = next((s for s in statements if s.id == statement_id), None)
    if statement is None or statement.cue is None:
        return None
    for i, (span, _) in enumerate(mentions):
        if i not in resolved or not resolved[i]["resolved"]:
            continue
        predicate = _predicate(span)
        if not (predicate.idx <= statement.cue.start < predicate.idx + len(predicate.text)):
            continue
        bounds = dates.interval(resolved[i]["iso"], resolved[i]["precision"])
        if bounds is None:
            return None
        precision = resolved[i]["precision"]
        return bounds[0], precision if precision in ("day", "week", "month") else "year"
    return None


# --- who did what --------------------------------------------------------------------------


def _predicate(span: SpacySpan) -> Token:
    """The verb (or event noun) the date hangs on; else the noun it modifies, else the root."""
    node = span.root
    noun = None
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "VERB" or (node.pos_ == "AUX" and node.dep_ == "ROOT"):
            return node
        if node.pos_ == "NOUN" and node.lemma_.lower() in _EVENT_NOUNS:
            setting = node.head  # "discussed it in a news conference on Friday": the verb
            if (
                setting.dep_ == "prep"
                and setting.lower_ in ("in", "at", "during", "on")
                and setting.head.pos_ == "VERB"
                and node.dep_ == "pobj"
            ):
                return setting.head
            return node
        if noun is None and node.pos_ in ("NOUN", "PROPN") and node.ent_type_ != "DATE":
            noun = node
    if noun is not None:
        return noun
    return span.root.sent.root


def _predicate_text(predicate: Token) -> str:
    particles = [c.lower_ for c in predicate.children if c.dep_ == "prt"]
    return " ".join([predicate.lemma_.lower(), *particles])


def _actor(predicate: Token) -> Token | None:
    if predicate.pos_ in ("NOUN", "PROPN"):
        return next((c for c in predicate.children if c.dep_ == "poss"), None)
    subject = next((c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        and predicate.dep_ in ("conj", "xcomp", "advcl")
        and predicate.head.pos_ == "VERB"
    ):
        subject = next((c for c in predicate.head.children if c.dep_ == "nsubj"), None)
    agent = next((c for c in predicate.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), subject)
    return subject


def _target(predicate: Token) -> Token | None:
    if predicate.pos_ in ("NOUN", "PROPN"):
        of = next((c for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return next((c for c in predicate.children if c.dep_ in ("dobj", "attr")), None)


_NP_DEPS = frozenset(
    (
        "det",
        "amod",
        "compound",
        "nummod",
        "poss",
        "nmod",
        "quantmod",
        "case",
        "cc",
        "conj",
        "flat",
        "prep",
        "pobj",
        "advmod",
    )
)


def _noun_phrase(token: Token, date: SpacySpan | None = None) -> list[Token]:
    """A participant's words: modifiers, conjuncts and "of" phrases; no clauses, no date."""
    keep = [token]
    for child in token.children:
        if child.is_space or child.dep_ not in _NP_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ != "of":
            continue
        keep.extend(_noun_phrase(child, date))
    if date is not None:
        keep = [t for t in keep if not (date.start <= t.i < date.end)]
        keep = [t for t in keep if not (t.dep_ == "case" and date.start <= t.head.i < date.end)]
    return sorted(keep, key=lambda t: t.i)


def _participant(
    doc: Doc, index: EntityIndex, token: Token | None, date: SpacySpan | None = None
) -> dict[str, Any] | None:
    if token is None:
        return None
    words = _noun_phrase(token, date)
    if not words:
        return None  # the participant is the date itself ("2019 saw …")
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    mention = Span(start, end, text_of(doc)[start:end])
    entity = index.containing(token.idx)
    if entity is None and token.pos_ == "PRON" and token.lower_ in ("its", "it", "their", "they"):
        entity = _previous_place(index, token.sent.start_char)
    if token.conjuncts or entity is None:
        name = re.sub(r"(?i)^(?:the|a|an)\s+", "", mention.text)  # "the summit" -> "summit"
        return {"name": name, "entity": None, "mention": mention.to_dict()}
    name = entity.stands_for or entity.name
    return {"name": name, "entity": entity.id, "mention": mention.to_dict()}


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


def _place(
    doc: Doc, index: EntityIndex, predicate: Token, date: SpacySpan
) -> dict[str, Any] | None:
    """A place the predicate happens in: "in Pyongyang", "near Kursk"."""
    for prep in predicate.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "near", "around", "outside"):
            continue
        for token in prep.children:
            if (
                token.dep_ == "pobj"
                and token.ent_type_ in ("GPE", "LOC", "FAC")
                and not (date.start <= token.i < date.end)
            ):
                return _participant(doc, index, token)
    return None


def _phrase(predicate: Token, date: SpacySpan) -> str:
    """ "blow up parts of two roads": the predicate and its object, date and clauses left out."""
    words = [_predicate_text(predicate)]
    target = _target(predicate)
    if target is not None and predicate.pos_ in ("NOUN", "PROPN"):
        words.append("of")  # "invasion of ukraine"
    if target is not None:
        words.extend(t.lower_ for t in _noun_phrase(target, date)[:8] if not t.is_punct)
    else:
        actor = _actor(predicate)
        if actor is not None and actor.pos_ == "NOUN":
            words.insert(0, actor.lower_)  # "rumors emerge"
    return " ".join(words)


def _label(doc: Doc, index: EntityIndex, predicate: Token, date: SpacySpan) -> str:
    """Who did what, in the text's own words: the actor's name, the verb as written (with its
    auxiliaries, negation and particle) and what it was done to: "Senate overrode the veto",
    "Sanders confirmed Hodgkinson had volunteered for his presidential campaign"."""
    if predicate.pos_ in ("NOUN", "PROPN"):
        words = [t for t in _noun_phrase(predicate, date) if not t.is_punct]
        words = [t for t in words if t.dep_ != "case" and t.tag_ != "POS"][:10]
        verb = predicate.head
        if predicate.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
            return " ".join(p for p in (_words(words), _verb_words(verb), _what(verb, date)) if p)
        return _words(words)  # "Wednesday's baseball practice shooting"
    actor = _actor(predicate)
    antecedent = predicate.head if predicate.dep_ == "relcl" else None
    if actor is not None and actor.lower_ in RELATIVE_PRONOUNS and antecedent is not None:
        actor, antecedent = antecedent, None  # "Harris, who announced her bid": Harris
    who = ""
    if actor is not None and actor.pos_ == "PRON":
        who = actor.text  # "She made no apologies": the pronoun as written
    elif actor is not None:  # a person by their name, anything else as the text says it
        participant = _participant(doc, index, actor, date)
        entity = index.containing(actor.idx)
        if participant is not None:
            person = entity is not None and entity.type == "person" and participant["entity"]
            name = participant["name"] if person else participant["mention"]["text"]
            who = _short(re.sub(r"(?i)^(?:the|a|an)\s+", "", name), 6)
    what = _what(predicate, date)
    if antecedent is not None and (not what or what.casefold() in RELATIVE_PRONOUNS):
        what = _words([t for t in _noun_phrase(antecedent, date) if t.dep_ != "relcl"][:8])
    verb = _verb_words(predicate)
    if predicate.dep_ == "xcomp" and predicate.head.pos_ in ("VERB", "AUX"):
        verb = f"{_verb_words(predicate.head)} {verb}"  # "plan to vote"
    return " ".join(p for p in (who, verb, what) if p)


def _verb_words(verb: Token) -> str:
    """The verb as written, with its auxiliaries, negation and particle: "did not vote"."""
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    words = [*words, verb, *(c for c in verb.children if c.dep_ == "prt")]
    return _words(sorted(words, key=lambda t: t.i))


def _what(predicate: Token, date: SpacySpan, depth: int = 0) -> str:
    """What the predicate was done to: its object, else its clause, else its first phrase."""
    children = list(predicate.children)
    target = next((c for c in children if c.dep_ in ("dobj", "attr", "oprd")), None)
    if target is not None:
        return _words(_noun_phrase(target, date)[:8])
    clause = next((c for c in children if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is not None and depth < 2 and clause.pos_ in ("VERB", "AUX"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        helpers = [
            c for c in clause.children if c.dep_ in ("aux", "auxpass", "neg") and c.lower_ != "that"
        ]
        head = [*(_noun_phrase(subject, date)[:5] if subject is not None else []), *helpers]
        rest = _what(clause, date, depth + 1)
        if clause.dep_ == "xcomp":  # "plans to vote on the bill"
            return " ".join(p for p in ("to", clause.text, rest) if p)
        return " ".join(
            p for p in (_words(sorted(head, key=lambda t: t.i)), clause.text, rest) if p
        )
    for prep in children:
        if prep.dep_ == "prep" and not (date.start <= prep.i < date.end):
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and not any(date.start <= o.i < date.end for o in objects):
                if objects[0].ent_type_ in ("DATE", "TIME"):
                    continue
                return _words([prep, *_noun_phrase(objects[0], date)[:6]])
    return ""


def _words(tokens: list[Token]) -> str:
    """Tokens as the text spaces them ("$25 billion", "Trump’s"), one space across a gap."""
    out = []
    for n, token in enumerate(tokens):
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if token.is_space:
            continue
        joined = following is not None and following.i == token.i + 1
        out.append(token.text + (token.whitespace_ if joined else " "))
    return "".join(out).strip()


def _short(name: str, most: int) -> str:
    words = name.split()
    return " ".join(words[:most]) + ("…" if len(words) > most else "")


def _clause(predicate: Token, date: SpacySpan) -> tuple[int, int]:
    sentence = date.sent
    start = min(sentence.start_char, date.start_char)
    end = max(sentence.end_char, date.end_char)
    text = text_of(predicate.doc)
    while end > start and text[end - 1] in " \n":
        end -= 1
    return start, end


def _statement_at(statements: tuple[Statement, ...], offset: int) -> str | None:
    for statement in statements:
        pieces = statement.fragments or (statement.content,)
        if any(p.start <= offset < p.end for p in pieces):
            return statement.id
    return None
