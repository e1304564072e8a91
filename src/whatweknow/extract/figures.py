"""Figures: every number in an article that counts or measures something, with its source.

Built on `numbers.scan` (values, qualifiers, currencies, units, ranges) and the parse:
- not figures: years, dates and times, ordinals in names ("11th Corps"), product and model
  numbers ("iPhone 12"), phone numbers and ids; an ordinal is a figure only as a count of
  events ("for the third time");
- `counted`: the noun a number counts ("1.28 million active soldiers" -> soldiers);
- `per`: rate denominators ("per soldier per month", "a month", "daily");
- `measure`: a short lemmatised phrase of what is measured, for grouping across articles;
- `source`: the speaker of the innermost statement whose content holds the figure;
- `hedged`: a modal, evidential or estimative cue governs the figure's clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Document, Figure, Span, Statement
from ..nlp import text_of
from . import certainty
from .numbers import NumberMatch, scan

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_MONTH = r"(?:" + "|".join(_MONTHS) + r")\.?"
_DATE_BEFORE = re.compile(rf"(?i)\b{_MONTH}\s+$")
_DATE_AFTER = re.compile(rf"(?i)^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
_YEAR_CONTEXT = re.compile(
    r"(?i)\b(?:in|since|by|from|until|till|of|early|late|mid|before|after|during|between|and|to|the|year|summer|winter|spring|autumn|fall|'s|’s|season|class|circa)\s+$"
)
_TIME_AFTER = re.compile(
    r"(?i)^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|EST|EDT|PST|UTC|CET|hrs\b|:\d\d)"
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
_PHONE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}[\s.-]?)?\(?\d{2,5}\)?(?:[\s.-]\d{2,5}){2,}(?![\w,])")
_PER_AFTER = re.compile(
    r"(?i)\b(?:(?:per|a|an|each|every)\s+(?P<noun>[a-z]+)|(?P<adverb>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly)|/(?P<slash>day|week|month|year|hour))\b"
)
_ADVERB_PER = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "hourly": "hour",
    "nightly": "night",
    "quarterly": "quarter",
}
_PER_NOUNS = frozenset(
    "day week month year hour minute second night quarter decade person head capita soldier "
    "worker household family child student patient day's".split()
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_TIMES = re.compile(
    r"(?i)\b(?:for\s+the\s+|a\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+time\b"
)
_DIRECTION = {
    "up": frozenset(
        "rise rose risen climb jump increase grow gain surge soar rocket swell up "
        "double triple boost raise".split()
    ),
    "down": frozenset(
        "fall fell fallen drop decline decrease slide slump plunge sink shrink "
        "down cut lose tumble dip reduce halve".split()
    ),
}


# Languages that write "1,5 million" and "20 000": a decimal comma, dots or spaces for thousands.
DECIMAL_COMMA = frozenset(
    """de fr es it nl pt ru pl cs sk sl hr sr bg ro hu da sv nb nn no fi et lv lt tr el uk
    id vi""".split()
)


def number_format(locale: str | None) -> str:
    """ "eu" when the document's locale writes decimal commas, else "en"."""
    language = (locale or "en").replace("_", "-").split("-")[0].lower()
    return "eu" if language in DECIMAL_COMMA else "en"


def figures(doc: Doc, document: Document, statements: tuple[Statement, ...]) -> tuple[Figure, ...]:
    text = text_of(doc)
    results: list[Figure] = []
    phones = [m.span() for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m.group()) >= 9]
    for number in scan(text, number_format(document.locale)):
        if document.in_caption(number.start) or not _is_figure(doc, text, number):
            continue
        if any(start <= number.number_start < end for start, end in phones):
            continue  # "0800 123 4567"
        results.append(_figure(doc, text, number, statements, len(results) + 1))
    for match in _TIMES.finditer(text):
        if document.in_caption(match.start()):
            continue
        results.append(_times_figure(doc, text, match, statements, len(results) + 1))
    results.sort(key=lambda f: f.span.start)
    return tuple(replace(f, id=f"f{i}") for i, f in enumerate(results, start=1))


def _is_figure(doc: Doc, text: str, number: NumberMatch) -> bool:
    digits = text[number.number_start : number.end]
    before = text[max(0, number.start - 25) : number.start]
    after = text[number.end : number.end + 12]
    value = number.value
    if value is None:
        return False
    if _ORDINAL_AFTER.match(text[number.end : number.end + 3]):
        return False  # "11th Corps", "3rd"
    if _TIME_AFTER.match(after) or _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return False
    if _is_year(text, number, before):
        return False
    token = _token_at(doc, number.number_start)
    if token is None:
        return False
    if text[max(0, number.start - 1) : number.start] in ("×", "^") or after.startswith("×"):
        return False  # scientific notation: "1.99×10-30"
    if _is_age_apposition(text, number, before, after):
        return False
    if re.search(r"(?i)\bnumber\s+$", before) and number.words:
        return False  # "enemy number one": a rank
    if _is_score(text, number):
        return False
    if re.search(r"(?i)\baged?\s+$", before):
        return False  # "men aged 18 to 34": an age band, not a count
    if number.words and number.qualifier != "range":
        lower = token.lower_
        following = text[number.end : number.end + 12].lower()
        if lower == "one" and following.startswith((" another", " day", " time", " way")):
            return False  # "one another", "one day"
        if (
            lower in ("zero", "one")
            and not number.unit
            and not number.currency
            and (token.dep_ != "nummod" and not following.startswith(" of "))
        ):
            return False  # "no one", "the one who"
    elif _is_name_number(doc, token, number):
        return False
    # A long bare digit string is an id, not an amount.
    return bool(number.currency or number.unit or not re.fullmatch(r"\d{7,}", digits))


def _is_age_apposition(text: str, number: NumberMatch, before: str, after: str) -> bool:
    """ "Jamie Armstrong, 25, said": an age set off after a name."""
    value = float(number.value or 0)
    return (
        number.qualifier == "exact"
        and not number.unit
        and not number.currency
        and value.is_integer()
        and 0 < value < 120
        and bool(re.search(r"[A-Z][\w.'’-]+,\s*$", before))
        and after.startswith(",")
    )


def _is_score(text: str, number: NumberMatch) -> bool:
    """ "beat Charlton 2-1": a score, not a range."""
    if number.qualifier != "range" or number.unit or number.currency:
        return False
    digits = text[number.number_start : number.end]
    return (
        bool(re.fullmatch(r"\d{1,2}-\d{1,2}", digits))
        and max(number.low or 0, number.high or 0) <= 20
        and (not re.match(r"\s+[a-z]+s\b", text[number.end : number.end + 20]))
    )


def _is_year(text: str, number: NumberMatch, before: str) -> bool:
    digits = text[number.number_start : number.end]
    if number.qualifier == "range":
        digits = re.split(r"\s|-|–", digits.strip())[0]
    if not re.fullmatch(r"(1[6-9]|20|21)\d\d", digits.strip()) or number.currency or number.unit:
        return False
    if number.qualifier != "exact" and number.qualifier != "range":
        return False
    if text[number.end : number.end + 2] in ("s ", "s.", "s,", "’s", "'s"):
        return True  # "the 1990s"
    following = re.match(r"\s+([a-z]+)", text[number.end : number.end + 20])
    # "2000 troops" counts troops: not a year.
    return not (
        following and following.group(1) in ("troops", "soldiers", "people", "votes", "jobs")
    )


def _is_name_number(doc: Doc, token: Token, number: NumberMatch) -> bool:
    """ "iPhone 12", "Note 20 Ultra", "Big 12", "S&P 500", "G7", "COVID-19", "F-16"."""
    if number.currency or number.unit or number.qualifier != "exact":
        return False
    digits = text_of(doc)[number.number_start : number.end]
    if "," in digits or "." in digits:
        return False
    start = number.number_start
    if start > 0 and (text_of(doc)[start - 1].isalpha() or text_of(doc)[start - 1] == "-"):
        return True
    if token.i == 0:
        return False
    prev = doc[token.i - 1]
    if prev.is_stop or prev.lower_ in _MONTHS or not any(c.isupper() for c in prev.text):
        return False
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    counts_a_noun = nxt is not None and nxt.tag_ == "NNS" and nxt.text.islower()
    return not counts_a_noun or (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_title)


def _token_at(doc: Doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _number_token(doc: Doc, number: NumberMatch) -> Token | None:
    span = doc.char_span(number.number_start, number.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    numeric = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numeric[-1] if numeric else span.root


def _figure(
    doc: Doc, text: str, number: NumberMatch, statements: tuple[Statement, ...], number_id: int
) -> Figure:
    token = _number_token(doc, number)
    counted = _counted(token, number) if token is not None else None
    clause_end = _clause_end(text, number.end)
    per = _per(text, number, counted, clause_end)
    statement = _statement_at(statements, number.start)
    qualifier_span = None
    if number.qualifier_start is not None and number.qualifier_end is not None:
        qualifier_span = Span(
            number.qualifier_start,
            number.qualifier_end,
            text[number.qualifier_start : number.qualifier_end],
        )
    start = (
        number.start
        if number.qualifier_start is None
        else min(number.start, number.qualifier_start)
    )
    low, high = number.low, number.high
    value = number.value
    source = _source(statement, statements)
    approximator = qualifier_span if number.qualifier == "approx" else None
    sure = _certainty(token, statement, source, approximator)
    return Figure(
        id=f"f{number_id}",
        span=Span(start, number.end, text[start : number.end]),
        value=value,
        low=low,
        high=high,
        qualifier=number.qualifier,
        qualifier_span=qualifier_span,
        unit=number.unit,
        currency=number.currency,
        per=per,
        counted=counted.text if counted is not None else None,
        measure=_measure(token, counted, per, number) if token is not None else None,
        source=source,
        statement=statement.id if statement else None,
        equivalents=tuple(number.equivalents),
        hedged=sure["hedged"],
        direction=_direction(token) if token is not None else None,
        certainty=sure,
    )


def _times_figure(
    doc: Doc, text: str, match: re.Match[str], statements: tuple[Statement, ...], number_id: int
) -> Figure:
    """ "for the third time": how often something happened."""
    start, end = match.span()
    statement = _statement_at(statements, start)
    token = _token_at(doc, match.start(1))
    source = _source(statement, statements)
    sure = _certainty(token, statement, source)
    return Figure(
        id=f"f{number_id}",
        span=Span(start, end, text[start:end]),
        value=float(_ORDINALS[match.group(1).lower()]),
        low=None,
        high=None,
        qualifier="exact",
        qualifier_span=None,
        unit=None,
        currency=None,
        per=(),
        counted="times",
        measure=_event_measure(token),
        source=source,
        statement=statement.id if statement else None,
        equivalents=(),
        hedged=sure["hedged"],
        certainty=sure,
    )


def _counted(token: Token, number: NumberMatch) -> Token | None:
    """The noun a number counts: its head through nummod/quantmod, past "of" ("tens of …")."""
    if number.unit == "fraction":
        return _noun_after(token.doc, number.end)  # "half of the respondents"
    if number.unit or (number.currency and not number.vague):
        return None
    head = token
    while (
        head.dep_ in ("compound", "quantmod", "nummod")
        and head.head.i != head.i
        and head.head.like_num
    ):
        head = head.head
    if head.dep_ in ("nummod", "quantmod", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return _noun_after(token.doc, number.end)


def _noun_after(doc: Doc, end: int) -> Token | None:
    """The noun right after a number's text: "four times", "35m of its Echo devices"."""
    following = doc.char_span(end, min(len(text_of(doc)), end + 60), alignment_mode="expand")
    tokens = [t for t in following if t.idx >= end] if following is not None else []
    if not tokens:
        return None
    first = tokens[0]
    if first.lower_ == "of":
        for token in tokens[1:6]:
            if token.pos_ in ("NOUN", "PROPN"):
                # "garbage and propaganda balloons": climb from a modifier to the head noun
                while (
                    token.head.i > token.i
                    and token.head.pos_ in ("NOUN", "PROPN")
                    and (token.dep_ in ("compound", "amod", "nmod", "conj", "cc"))
                ):
                    token = token.head
                return token
            if token.pos_ not in ("DET", "ADJ", "PRON", "PART", "ADV", "CCONJ"):
                return None
        return None
    if first.pos_ == "NOUN" and first.tag_ in ("NNS", "NN"):
        return first
    return None


def _clause_end(text: str, start: int) -> int:
    match = re.search(
        r"[;.!?]\s|,\s(?:according|said|says|with|while|but|which|who)\b|\n", text[start:]
    )
    return start + match.start() if match else len(text)


def _per(text: str, number: NumberMatch, counted: Token | None, clause_end: int) -> tuple[str, ...]:
    start = (
        counted.idx + len(counted)
        if counted is not None and counted.idx > number.end
        else number.end
    )
    window = text[start : min(clause_end, start + 70)]
    found = []
    for match in _PER_AFTER.finditer(window):
        noun = match.group("noun")
        if noun:
            noun = noun.lower()
            if noun in (
                "lot",
                "few",
                "number",
                "total",
                "result",
                "record",
                "new",
                "further",
                "third",
            ):
                continue
            singular = noun[:-1] if noun.endswith("s") and noun[:-1] in _PER_NOUNS else noun
            if singular in _PER_NOUNS or match.group().lower().startswith("per"):
                found.append(singular)
        elif match.group("adverb"):
            found.append(_ADVERB_PER[match.group("adverb").lower()])
        else:
            found.append(match.group("slash").lower())
    return tuple(dict.fromkeys(found))


def _measure(
    token: Token, counted: Token | None, per: tuple[str, ...], number: NumberMatch
) -> str | None:
    """ "north korean troop deploy", "russian soldier kill wound per day"."""
    words: list[str] = []
    head = counted
    if head is not None:
        modifiers = [
            c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and not c.like_num
        ]
        for modifier in sorted(modifiers, key=lambda t: t.i):
            words.extend(
                t.lemma_.lower() for t in modifier.subtree if not t.is_punct and not t.like_num
            )
        words.append(head.lemma_.lower())
        verb = _governing_verb(head)
    else:
        if number.unit:
            words.append(number.unit)
        elif number.currency:
            words.append(number.currency)
        verb = _governing_verb(token)
        quantity = _quantity_noun(verb) if verb is not None else None
        if quantity is not None:
            # "the number being deployed … put at about 11,000": measure the number's verbs
            words.append(quantity.lemma_.lower())
            words.extend(
                c.lemma_.lower()
                for c in quantity.children
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
            )
            if verb.lemma_.lower() in _ESTIMATE_VERBS:
                verb = None  # "put at", "estimated at": how it was counted, not what
    if verb is not None:
        words.append(verb.lemma_.lower())
        words.extend(
            c.lemma_.lower() for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
        )
    if per:
        words.append("per " + " per ".join(per))
    return " ".join(dict.fromkeys(w for w in words if w)) or None


_ESTIMATE_VERBS = frozenset("put estimate set place peg give calculate reckon".split())
_QUANTITY_NOUNS = frozenset(
    "number figure total toll tally count estimate size strength amount sum level".split()
)


def _quantity_noun(verb: Token) -> Token | None:
    """ "The number … was put at 11,000", "the death toll rose to 40": the noun a bare figure
    gives the value of, as the subject of its verb or of the clause the verb sits in."""
    for clause in (verb, verb.head):
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in _QUANTITY_NOUNS:
                return child
    return None


def _governing_verb(token: Token) -> Token | None:
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return node if node.pos_ == "VERB" else None
        node = node.head
        if node.pos_ == "VERB":
            return node
        if node.dep_ in ("ROOT",):
            break
    return None


def _event_measure(token: Token | None) -> str | None:
    if token is None:
        return None
    verb = _governing_verb(token)
    return f"{verb.lemma_.lower()} times" if verb is not None else "times"


def _statement_at(statements: tuple[Statement, ...], offset: int) -> Statement | None:
    best = None
    for statement in statements:
        pieces = statement.fragments or (statement.content,)
        if any(p.start <= offset < p.end for p in pieces) and (
            best is None
            or statement.content.end - statement.content.start
            < best.content.end - best.content.start
        ):
            best = statement
    return best


def _source(statement: Statement | None, statements: tuple[Statement, ...]) -> dict | None:
    if statement is None:
        return None
    by_id = {s.id: s for s in statements}
    via = []
    seen = {statement.id}
    outer = by_id.get(statement.nested_in) if statement.nested_in else None
    while outer is not None and outer.id not in seen:
        seen.add(outer.id)
        via.append(outer.speaker.name)
        outer = by_id.get(outer.nested_in) if outer.nested_in else None
    return {
        "name": statement.speaker.name,
        "kind": statement.speaker.kind,
        "entity": statement.speaker.entity,
        "members": list(statement.speaker.members),
        "statement": statement.id,
        "via": via,
    }


def _certainty(
    token: Token | None,
    statement: Statement | None,
    source: dict | None,
    qualifier_span: Span | None = None,
) -> dict:
    """Cues on the figure's own clause, its approximator, and the statement that asserts it."""
    cues = certainty.cues_governing(token) if token is not None else []
    if qualifier_span is not None:
        cues.append(
            {
                "text": qualifier_span.text,
                "start": qualifier_span.start,
                "end": qualifier_span.end,
                "type": "approximator",
            }
        )
    if statement is not None and statement.certainty:
        cues.extend(
            c
            for c in statement.certainty["cues"]
            if c["type"] in ("epistemic", "evidential", "booster")
        )
    unique = sorted({c["start"]: c for c in cues}.values(), key=lambda c: c["start"])
    if token is None:
        return certainty.record(unique, "", source)
    return certainty.record(unique, token.sent.text, source, token.sent.start_char)


def _direction(token: Token) -> str | None:
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        for direction, lemmas in _DIRECTION.items():
            if lemma in lemmas and node.pos_ in ("VERB", "ADV", "ADP"):
                return direction
        if node.pos_ == "VERB":
            break
    return None
