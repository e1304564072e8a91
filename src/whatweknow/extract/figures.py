"""Figures: every number in an article that counts or measures something, with its source.

Built on `numbers.scan` (values, qualifiers, currencies, units, ranges) and the parse:
- not figures: years, dates and times, ordinals in names ("11th Corps"), product and model
  numbers ("iPhone 12"), phone numbers and ids; an ordinal is a figure only as a count of
  the events of its noun ("a second surgery"), never of times ("for the third time": which
  time it is, a rank the story gold leaves alone);
- `counted`: the noun a number counts ("1.28 million active soldiers" -> soldiers);
- `per`: rate denominators ("per soldier per month", "a month", "daily");
- `measure`: a short lemmatised phrase of what is measured, for grouping across articles;
- `source`: the speaker of the innermost statement whose content holds the figure (a nested
  statement with no speaker of its own is its outer speaker's: "the hospital issued a statement
  saying …"), or of the statement just before when that source's pronoun sets the figure out
  ("The Justice Department noted … It laid out eight priorities"), or of the statement whose
  content the finder cut short of the figure later in the same sentence, under the same cue
  ("He said the culture stereotypes women … and that translates into … the more than 4,300
  stores"), or, with no statement around it, of the document whose finding verb governs it
  ("Records released by the House oversight committee … documented more than 200 cases");
- `hedged`: a modal, evidential or estimative cue governs the figure's clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import lexicon
from ..dates import MONTHS, WEEKDAYS
from ..model import Document, Figure, Span, Statement
from ..names import SUFFIX_ALTERNATIVES
from ..nlp import next_token, text_of, token_at
from . import certainty
from .attribution import shapes
from .attribution.content import resuming_noun
from .attribution.context import Candidate, Context
from .attribution.cue_table import CUE_TABLE
from .attribution.cues import approves_someone, construction, verdict
from .attribution.descriptions import BODY_NOUNS
from .attribution.quotes import section_heads
from .attribution.speakers import (
    can_speak,
    dated_after,
    group_name,
    speaker,
    speaker_of,
)
from .entities import EntityIndex
from .intervals import Intervals
from .numbers import YEARS_IN, NumberMatch, scan
from .quantities import (
    TIME_NOUNS,
    aged,
    at_the_time,
    content_word,
    described,
    dimension_and_base,
    given_by,
    kind,
    lemma,
    margin,
    names,
    of_someone,
    owner_and_sex,
    phrase_words,
    places,
    setter,
    standing_at,
    territory_currency,
    tie_scope,
    times,
    window,
    years,
)
from .quoted import Quotations
from .results import (
    FINDINGS,
    PLUS_OR_MINUS,
    SHARES,
    document_results,
    document_source,
    person_source,
    polled_source,
    speaker_head,
    speaker_source,
)
from .series import series_statement
from .set_phrases import in_a_set_phrase

# A month beside a number dates it ("on 9 May", "May 5"); only as a name, capitalised: "up to
# 20 percent may not vote at all" is a modal, "5,000 march" a verb.
_MONTH = r"(?-i:(?=[A-Z]))(?:" + "|".join(MONTHS) + r")\.?"
_DATE_BEFORE = re.compile(rf"(?i)\b{_MONTH}\s+$")
_DATE_AFTER = re.compile(rf"(?i)^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
# A clock time: "11 a.m.", "9 EST"; a zone is a whole word ("400 establishment Democrats",
# "the $36.5 billion estimated by Forbes" are figures).
_TIME_AFTER = re.compile(
    r"(?i)^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|(?:GMT|BST|EST|EDT|PST|UTC|CET)\b|hrs\b|:\d\d)"
)
# the first end of a span of clock times: "between 10-11 a.m.", "from 9 to 11:30 p.m."
_TIME_SPAN_AFTER = re.compile(
    r"(?i)^\s?(?:-|\u2013|to|and|or)\s?\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)"
)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
_PHONE = re.compile(r"(?<![\w,.])(?:\+\d{1,3}[\s.-]?)?\(?\d{2,5}\)?(?:[\s.-]\d{2,5}){2,}(?![\w,])")
_PER_AFTER = re.compile(
    r"(?i)\b(?:(?:per|a|an|each|every)\s+(?P<noun>[a-z]+)(?!\s+(?:earlier|later|ago|before|after)\b)|(?P<adverb>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly)|/(?P<slash>day|week|month|year|hour))\b"
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
# "underwent a second surgery", "a third consecutive month": an ordinal after "a" counts the
# events of its noun so far (the noun is checked in the parse).
_NTH = re.compile(
    r"(?i)\b(?:a|an)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?:\s+(?:consecutive|straight|successive|separate|additional))?\s+(?!time\b)([a-z][a-z-]+)"
)
# "a 9 mm handgun", "7.62-caliber rifle", "a 9mm firearm": a weapon's calibre is a
# specification, not a figure.
# Before ammunition it is a calibre only written as one, with a decimal or a unit ("5.56
# rounds", "9mm ammunition"); a whole number of rounds counts them ("a 10-round limit on
# magazines", "30 rounds").
_CALIBRE = re.compile(
    r"(?i)^[\s-]?(?:calib(?:er|re)\b|(?:mm|millimet(?:er|re)s?|gauge)?[\s-]*"
    r"(?:handgun|pistol|rifle|gun|revolver|shotgun|howitzers?|cannons?|mortars?)\b|"
    r"(?:mm|millimet(?:er|re)s?|gauge)[\s-]*(?:rounds?|ammunition|cartridges?|bullets?|"
    r"shells?|firearms?|weapons?)\b)"
)
_AMMUNITION = re.compile(r"(?i)^[\s-]?(?:rounds?|ammunition|cartridges?|bullets?|shells?)\b")


# Languages that write "1,5 million" and "20 000": a decimal comma, dots or spaces for thousands.
DECIMAL_COMMA = frozenset(
    """de fr es it nl pt ru pl cs sk sl hr sr bg ro hu da sv nb nn no fi et lv lt tr el uk
    id vi""".split()
)


def number_format(locale: str | None) -> str:
    """ "eu" when the document's locale writes decimal commas, else "en"."""
    language = (locale or "en").replace("_", "-").split("-")[0].lower()
    return "eu" if language in DECIMAL_COMMA else "en"


def figures(
    doc: Doc,
    document: Document,
    statements: tuple[Statement, ...],
    index: EntityIndex | None = None,
) -> tuple[Figure, ...]:
    text = text_of(doc)
    said = _Statements(doc, statements, document, index)
    results: list[Figure] = []
    phones = [m.span() for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m.group()) >= 9]
    markup = _markup(text)
    numbers = scan(text, number_format(document.locale))
    lengths: set[int] = set()  # "for a week": one unit of time kept as a length of time
    for n, number in enumerate(numbers):
        _unbound_a_preposition(doc, text, number)
        _over_a_period(doc, text, number)
        if document.in_caption(number.start) or not _is_figure(doc, text, number):
            continue
        if _often_vaguely(doc, number) is not None and said.at(number.start) is None:
            continue  # "looked back several times during the hearing": narration, no claim
        if _shares_a_later_percent(doc, number, numbers[n + 1 :]):
            number.unit = "%"
        if any(start <= number.number_start < end for start, end in phones):
            continue  # "0800 123 4567"
        if any(start <= number.number_start < end for start, end in markup):
            continue  # '<tweet datetime="2016-07-05">', "height: 275px !important;"
        if number.qualifier == "approx" and _about_is_a_preposition(doc, text, number):
            number.qualifier, number.qualifier_start, number.qualifier_end = "exact", None, None
        if (
            _is_age_apposition(text, number)
            or _is_age_of_someone(doc, number)
            or _AGE_OF_SOMEONE.search(text[max(0, number.start - 12) : number.start])
        ):
            number.unit = "year of age"  # "Noah Nathan, 47, said", "when she was 14", "at age 13"
        if number.currency and number.symbol:
            number.currency = territory_currency(number.symbol, number.currency, document.locale)
        if number.kind == "article" and number.qualifier in ("exact", "approx"):
            lengths.update((number.start, number.qualifier_start or number.start))
        results.append(_figure(doc, text, number, said, len(results) + 1))
    results = [f for f in results if not _is_a_rate_of(doc, f, results, lengths)]
    taken = [(f.span.start, f.span.end) for f in results]
    for match in _NTH.finditer(text):
        noun = token_at(doc, match.start(2))
        if (
            document.in_caption(match.start())
            or noun is None
            or noun.pos_ != "NOUN"
            or _names_a_period(text, match, noun)
            or _nth_yet_to_come(doc, match)
            or _nth_brings_in_the_next(doc, match, noun)
            or in_a_set_phrase(text, match.start(1), match.end(1))
            or any(start < match.end() and match.start() < end for start, end in taken)
        ):
            continue
        results.append(_times_figure(doc, text, match, said, len(results) + 1, noun))
    results = [f for f in results if not _counts_its_source(f, said)]
    results = _fill_compared(text, _fill_elided(sorted(results, key=lambda f: f.span.start)))
    results = _fill_others(text, results)
    results = _fill_ties(doc, results)
    results = _fill_referred(text, _drop_restated(doc, text, results))
    counted = frozenset(s.id for s in statements if _counted_speaker(doc, s))
    results = document_results(doc, statements, results, counted)
    return tuple(replace(f, id=f"f{i}") for i, f in enumerate(results, start=1))


_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>\n]*)?/?>")
_SELECTOR_REACH = 80  # characters a style block's opening line may run before its brace


def _markup(text: str) -> list[tuple[int, int]]:
    """The page's markup carried into an article's text: a tag ('<tweet id="750366792434978816"
    author="@SpeakerRyan" datetime="2016-07-05">') and a style sheet's blocks, each from the
    start of the line that opens it ("@media screen and (max-width: 600px) {") to its closing
    brace; any block in braces counts (a script's too), as prose has none: BASIL's 216
    articles hold no brace. Their numbers are a date, an id, a size in pixels: no figure of
    the story (PolNeAR: the tweets Breitbart embeds, the style HuffPost's author box left
    behind; the story gold takes none as a figure, in three stories, and names two
    "markup")."""
    spans = [m.span() for m in _TAG.finditer(text)]
    depth, start = 0, 0
    for brace in re.finditer(r"[{}]", text):
        i = brace.start()
        if brace.group() == "{":
            if depth == 0:
                start = max(text.rfind("\n", 0, i) + 1, i - _SELECTOR_REACH)
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


_WORD = re.compile(r"[^\W\d_][\w'’]*")
# Set by hand on the story gold's tuning folders (230c90e, then the Regalado sentence): the
# title-case lines that gave no-figures there (PolNeAR benghazi, Bloomberg poll, Paris climate)
# capitalise every content word outside a name, the shortest ("Poll: … Ties … With … in a
# Three-Way Contest.") has three; a body sentence full of names ("In addition to Mr. Regalado,
# two Republican members of Congress from Florida, …") capitalises 0.81 of its content words
# with the names (17/21), 0.2 without them and their titles (1/5: "American").
_TITLE_CASE_SHARE = 0.8  # of a line's content words outside a name, capitalised
_TITLE_CASE_WORDS = 3  # content words outside a name a line needs before its case says anything
_TITLE = re.compile(r"[A-Z][a-z]{1,3}\.")  # "Mr.", "Sen.", "Gov.": a name's title
_NUMERIC_ENTITIES = frozenset(
    {"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"}
)


def _with_its_title(doc: Doc, name: SpacySpan) -> int:
    """Where a name starts, the title before it included ("Mr. Regalado", "Sen. Rubio")."""
    before = doc[name.start - 1] if name.start > 0 else None
    return before.idx if before is not None and _TITLE.fullmatch(before.text) else name.start_char


def _in_a_title_case_line(doc: Doc, text: str, number: NumberMatch) -> bool:
    """A plain count in a line written in title case, its counted word capitalised too: a
    headline or a subhead ("… But 2 Major Things NOT Included Have Everyone Talking.", "Poll:
    Donald Trump Ties Hillary Clinton With Michael Bloomberg in a Three-Way Contest.",
    "Speaking with One Voice to Solve the Climate Crisis"). An editor's teaser counts nothing
    the article states: the story gold lists no figure in such a line and six numbers in them
    as no figures (PolNeAR benghazi, Western Journal; Bloomberg poll, Breitbart; Paris climate,
    HuffPost; the years of two BASIL headlines). A headline in sentence case keeps its count
    ("Sanders lays off more than 200 campaign staffers", a gold figure), and so does an amount
    with a unit or a currency, a fraction, and a name listed with its number ("Trump 35,
    Carson 22"). Names are capitalised in any line, so the share leaves them out: a body
    sentence full of them keeps its count ("In addition to Mr. Regalado, two Republican members
    of Congress from Florida, Ileana Ros-Lehtinen and Carlos Curbelo, have said …", NYT)."""
    if number.unit or number.currency or (number.value or 0) % 1:
        return False  # "RHP John Gant (0.5 WAR)": a measure listed by name, not a count
    _, end = _line_at(text, number.end)
    counted = re.match(r"[\s-]*([^\W\d_])", text[number.end : end])
    if counted is None or not counted.group(1).isupper():
        return False
    return _title_case_line(doc, text, number.start, number.end)


def _title_case_line(doc: Doc, text: str, at: int, to: int, short: bool = False) -> bool:
    """Whether the line around text[at:to] capitalises most of its content words outside
    names (`_TITLE_CASE_SHARE`): a headline or a subhead. A line with too few such words for
    its case to say anything (`_TITLE_CASE_WORDS`) is `short`."""
    start, _ = _line_at(text, at)
    _, end = _line_at(text, to)
    names = [
        (_with_its_title(doc, e), e.end_char)
        for e in doc.ents
        if e.label_ not in _NUMERIC_ENTITIES and e.end_char > start and e.start_char < end
    ]
    words = [
        w.group()
        for w in _WORD.finditer(text, start, end)
        if w.group().lower() not in STOP_WORDS and not any(a <= w.start() < b for a, b in names)
    ]
    capitalised = sum(w[0].isupper() for w in words)
    if len(words) < _TITLE_CASE_WORDS:
        return short
    return capitalised >= _TITLE_CASE_SHARE * len(words)


def _a_unit_in_a_name(doc: Doc, text: str, number: NumberMatch) -> bool:
    """ "The movie 13 Hours by famed director Michael Bay", "Zuckoff's 13 Hours book", "a
    collection … called ''Yuge!: 30 Years of Doonesbury on Trump''", "walls plastered with
    the same Dirty Dancing, 98 Degrees and Justin Timberlake posters": a unit is a common
    noun, written in lower case inside a sentence; capitalised after digits it is a word of a
    title or a name (a film, a book, a band), no amount. The story gold lists "13 Hours" as a
    title with digits (PolNeAR benghazi, The Washington Post and The Western Journal, seven
    figures); PolNeAR train has the book and the band. In a line written in title case every
    word is capitalised, so there the case says nothing ("Only 24 Percent of Hillary
    Clinton's Contributors Are Small Donors"), and where names leave too few words to tell
    ("Donald Trump Rampages to +32 Point Lead in Florida.", "Bernie Sanders Promises Action
    On Immigration In First 100 Days As President.") it is no sentence either."""
    if number.unit is None or number.words or number.currency:
        return False
    if not re.fullmatch(r"[\d.,]+\s+[A-Z][a-z]{2,}", text[number.number_start : number.end]):
        return False
    return not _title_case_line(doc, text, number.start, number.end, short=True)


# A number's capitalised words after it, up to the first word in lower case or a mark: "115
# Spring St.", "900 Grand Concourse", "40-Year-Old Virgin".
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w’'&.-]*)+")


def _numbers_a_name(doc: Doc, text: str, number: NumberMatch) -> bool:
    """ "Allouche Gallery, formerly at 115 Spring St. in SoHo", "the Bronx Museum at 900
    Grand Concourse", "Steve Carell made that gag famous in “The 40-Year-Old Virgin,”",
    "Forbes’ Under 30 Summit EMEA": a number above one before a singular proper noun counts
    nothing (a count above one takes a plural: "360 Republicans", "4 in 10 Republican
    voters"); it is a street address's number or a word of a title or a name, as the story
    gold lists names with digits, never a figure (PolNeAR train: 14 such in 10 articles). An
    age or a unit written in capitals after a hyphen inside a sentence is a title's too
    ("40-Year-Old", where "a 40-year-old man" has an age). Not in a line written in title
    case, where every word is capitalised ("In First 100 Days As President")."""
    if number.currency or number.words or number.tally or number.qualifier != "exact":
        return False
    if (number.value or 0) <= 1 or not re.fullmatch(
        r"\d+(?:-[A-Z][a-z]+)*", text[number.number_start : number.end]
    ):
        return False  # "5,125", "7.7": an amount; "1": a count of one takes a singular
    if number.unit and "-" not in text[number.number_start : number.end]:
        return False
    words = _CAPITALISED_AFTER.match(text, number.end)
    if words is None:
        return False
    if words.group().split()[0].isupper():
        return False  # "296 hp (224 kW / 300 PS)", "10 GB": a unit's abbreviation
    noun = token_at(doc, words.end() - 1)
    after = next_token(noun) if noun is not None else None
    if noun is None or noun.tag_ != "NNP" or noun.idx < number.end:
        return False
    if after is not None and (
        after.pos_ in ("NOUN", "PROPN", "NUM", "CCONJ")
        or after.like_num
        or noun.head.i > noun.i
        or _a_noun_taken_for_a_verb(after)
    ):
        return False  # "2,000 National Guard troops", "27000 Model S and Model X vehicles": the
        # count's noun runs on after the name
    return not _title_case_line(doc, text, number.start, number.end, short=True)


# Where a noun stands in its clause: a word in lower case there is a noun, whatever its tag.
_NOMINAL = frozenset("compound dobj pobj nsubj nsubjpass attr appos".split())


def _a_noun_taken_for_a_verb(token: Token) -> bool:
    """ "King won 12 Grand Slam singles titles", "costs 19 United States cents more": a plural
    in lower case that the tagger took for a verb ("singles", "cents" as VBZ) still stands as a
    noun in the parse (a compound, an object): the count's noun runs on after the name."""
    return token.is_lower and token.dep_ in _NOMINAL


def _is_a_rate_of(doc: Doc, figure: Figure, results: list[Figure], lengths: set[int]) -> bool:
    """ "gets you 54GB of 5G data for a month", "paid $50 for a week": the unit of time after
    "for a" that a figure before it in the sentence takes as its rate (`per`) is that figure's
    denominator, not a length of its own (NewsQuant)."""
    if figure.span.start not in lengths:
        return False
    sentence = _sentence_of(doc, figure.span.start)
    return any(
        other.span.end <= figure.span.start
        and figure.unit in other.per
        and _sentence_of(doc, other.span.start) == sentence
        for other in results
    )


# "into a second week", "in a third year": a preposition of time before an ordinal unit of
# time names when, not how often ("for a second day", "a third consecutive month" count).
_WHEN_BEFORE = re.compile(r"(?i)\b(?:into|in|during|by|within|until|through|throughout)\s+$")


def _names_a_period(text: str, match: re.Match[str], noun: Token) -> bool:
    """ "pull the controversy into a second week": an ordinal unit of time after a preposition
    of time says when, it counts nothing; "a second consecutive pay period" and "for a second
    day" count ("an eighth term as House leader" counts terms: no unit of time)."""
    if lemma(noun) not in TIME_NOUNS or re.search(
        r"(?i)consecutive|straight|successive", match.group()
    ):
        return False
    return _WHEN_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) is not None


# Verbs under which the next one of a series has not happened: it is kept off ("to avoid a
# second government shutdown"), weighed ("is considering a third party run") or wanted ("plans
# to seek a seventh term"); the withholding verbs ("refused to …") and the plan verbs of the
# lexicon, with those of keeping off and of weighing, less the verbs whose object did happen
# ("failed a second drug test", "offered a second apology": the reviewer's sentences on
# c68a142; so too "tried", "attempted", "voted").
_HAPPENED_VERBS = frozenset("fail offer try attempt vote".split())
_YET_TO_COME_VERBS = (
    lexicon.PLAN_VERBS
    | lexicon.WITHHOLDING_VERBS
    | frozenset("prevent avert consider weigh mull contemplate explore eye".split())
) - _HAPPENED_VERBS


def _nth_yet_to_come(doc: Doc, match: re.Match[str]) -> bool:
    """ "to avoid a second government shutdown", "Bloomberg is considering a third party run",
    "may benefit if the Paris attacks compel voters to take a second look": an ordinal after
    "a" counts the events of its noun so far only when the text tells that event as having
    happened ("underwent a second surgery", "re-electing Pelosi to an eighth term"); one kept
    off, weighed, wanted or set in an "if" clause has not happened, there is no count so far
    (the story gold's ordinal, in four stories where the ordinals that happened are figures).
    A run ("a second consecutive pay period", "a second straight day") stays: it measures how
    long something lasts, which a plan or a prevention still tells."""
    if re.search(r"(?i)consecutive|straight|successive", match.group()):
        return False
    ordinal = token_at(doc, match.start(1))
    if ordinal is None:
        return False
    node = ordinal.head
    own = True  # still in the ordinal's clause, or a clause that is its verb's subject or aim
    for _ in range(6):  # up through the noun's preposition and the clauses above its verb
        if node.pos_ in ("VERB", "AUX"):
            if lemma(node) in _YET_TO_COME_VERBS or (own and _unrealised(node)):
                return True
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in node.children):
                return True
            if node.dep_ not in ("xcomp", "advcl", "ccomp", "pcomp", "csubj"):
                return False  # "considered retiring but won a second term": a joined verb
            own = own and node.dep_ in ("xcomp", "csubj")
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _unrealised(verb: Token) -> bool:
    """ "it should have a third judgeship added to it", "should the convention go to a second
    ballot", "Naming a third justice would be a signature achievement", "the scramble … to
    find a fourth country to command a unit", "delegates are poised to break with him on a
    second ballot": a verb under a modal, or an infinitive, tells what may, must or is meant to
    happen, not what has happened (the story gold's ordinals in seven stories)."""
    return any(c.dep_ == "aux" and (c.lower_ in _MODALS or c.tag_ == "TO") for c in verb.children)


def _nth_brings_in_the_next(doc: Doc, match: re.Match[str], noun: Token) -> bool:
    """ "A second debate unfolded online Wednesday night", "A second bill, already passed by
    the House, …", "Two others have not said …, and a fifth superdelegate has not been named",
    "There will be a ninth justice at some point": an ordinal on what its clause is about (the
    subject, or what an existential "there" brings in) introduces the next one of a series the
    text is telling, as "another" would; it says which one the thing is, not how many of them
    have happened (the story gold's ordinal, in three stories: reannotated 1e41e98b, PolNeAR
    kentucky-2016-05 and miami-2016-03). Where the ordinal is what a clause does or undergoes
    ("underwent a second surgery", "was appointed to an eighth term", "won a second term") it
    counts the events of its noun so far; a run ("a second straight day of protests began")
    measures how long something lasts, wherever it stands."""
    if re.search(r"(?i)consecutive|straight|successive", match.group()):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


# Nouns of unnamed sources: how many of them a statement cites is no figure of the story.
_SOURCE_NOUNS = frozenset(
    "official source aide adviser advisor person people diplomat insider staffer".split()
)


def _counts_its_source(figure: Figure, said: _Statements) -> bool:
    """ "according to two of the officials who were at the meeting", "three senior
    administration officials said", "A second official who attended said": a count inside a
    statement's speaker that counts the unnamed people it cites; and "one" in any speaker
    ("said one Democrat who opposed her"), which picks a person out rather than counts. Whoever
    "according to" cites is a source, whatever the noun: "there was notable anger toward Ms.
    Klobuchar, according to two participants" counts the people the writer heard it from, as
    "according to three people familiar with his plans" does (the story gold's "incidental count
    of sources", in four stories; a subject of the cue may be a count of the story: "three
    Republican state senators who voted for the bill now urge a veto")."""
    speakers = said.speakers.covering(figure.span.start)
    if not speakers or figure.unit or figure.currency:
        return False
    one = figure.value == 1 and figure.span.text.lower() == "one"
    if (figure.quantity or {}).get("noun") in _SOURCE_NOUNS or one:
        return True
    text = said.doc.text
    return any(
        _ACCORDING_TO.search(text[max(0, m.start - 16) : m.start])
        for m in (s.speaker.mention for s in speakers)
        if m is not None
    )


_ACCORDING_TO = re.compile(r"(?i)\baccording\s+to\s+$")


# A number word joined to a noun before a plan, system or war it shapes: "a two state
# solution", "the two-party system", "a two-tier wage system", "the two-tiered system", "a
# two-front war", "a two-pronged strategy" (the story gold's not-figures, "idiom / name", in
# five stories): the compound names the form of one thing, the number counts nothing told.
# The thing is singular, and so is a noun between with no hyphen: "two rival systems" counts
# systems, "three judges approach the bench" judges.
_KIND_OF_ARRANGEMENT = re.compile(
    r"(?:-[a-z]+(?:\s+[a-z]+)?|\s[a-z]+(?<!s))\s+(?:system|solution|strategy|approach|war)\b(?!['’]s)"
)


def _is_figure(doc: Doc, text: str, number: NumberMatch) -> bool:
    digits = text[number.number_start : number.end]
    before = text[max(0, number.start - 25) : number.start]
    after = text[number.end : number.end + 12]
    value = number.value
    if _in_a_title_case_line(doc, text, number):
        return False  # "… But 2 Major Things NOT Included Have Everyone Talking.": a headline
    if _a_unit_in_a_name(doc, text, number):
        return False  # "The movie 13 Hours by famed director Michael Bay": a title
    if _numbers_a_name(doc, text, number):
        return False  # "formerly at 115 Spring St.", "famous in “The 40-Year-Old Virgin”"
    if in_a_set_phrase(text, number.number_start, number.end):
        return False  # "the lesser of two evils", "a five-alarm fire", "@1031ent": no amount
    if number.kind == "ratio":
        token = token_at(doc, number.number_start)
        return token is not None and _a_ratio(doc, token)
    if number.kind in ("few", "often"):
        token = token_at(doc, number.number_start)
        if token is None:
            return False
        if number.kind == "often":
            return _how_often(token) and not _said_how_often(doc, token, number)
        if _counts_the_saying(doc, token, number) or _counts_general_nouns(doc, token, number):
            return False  # "stated on multiple occasions", "dozens of ways tax increases …"
        return (
            _counts_a_noun(token, number)
            or _often_vaguely(doc, number) is not None
            or _stands_for_a_group(doc, number)
        )
    if value is None:
        return False
    if number.kind == "digits" and _of_many_things(doc, text, number):
        return False
    if number.kind == "single":
        return _one_of_a_kind(doc, number, before) and not _counts_what_it_quotes(doc, number)
    if _ORDINAL_AFTER.match(text[number.end : number.end + 3]):
        return False  # "11th Corps", "3rd"
    if _TIME_AFTER.match(after) or _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return False
    if _TIME_SPAN_AFTER.match(text[number.end : number.end + 16]):
        return False  # "between 10-11 a.m.": a clock time, as "11 a.m." is
    if _is_year(text, number, before):
        return False
    if _opening_part(text, number):
        return False  # "during his first two years in office": which part, not how much
    if _names_a_part(doc, text, number):
        return False  # "the middle one-fifth", "the second half of the 20th century"
    token = token_at(doc, number.number_start)
    if token is None:
        return False
    if text[max(0, number.start - 1) : number.start] in ("×", "^") or after.startswith("×"):
        return False  # scientific notation: "1.99×10-30"
    if re.search(r"(?i)\bnumber\s+$", before) and number.words:
        return False  # "enemy number one": a rank
    if re.search(r"\bNo\.\s*$", before) and not number.unit and not number.currency:
        return False  # "the No. 2 position", "No. 3 spot": a rank; "Dukes, No. 10-277": a docket
    if _numbers_a_list_item(text, number):
        return False  # "1. Donald Trump (Last week: 2.)": an item's place in a list
    if _marks_an_item_of_a_run(text, number):
        return False  # "two accomplishments—1. Welfare reform 2. Two …": an item's mark
    if _numbers_a_slide(doc, text, number):
        return False  # "1\nJohn Leguizamo On How U.S. History …", "1.\n\nof.\n\n23.": a slide
    if _marks_off_the_top(doc, token, number, before):
        return False  # "dropped out of the top three", "the top 1 percent": a band of a ranking
    if _bands_a_ranking(token, number):
        return False  # "the 10 most populous cities", "Ohio’s three biggest cities": a band
    if re.match(r"[/.]\d", text[number.end : number.end + 2]) and not number.unit:
        return False  # "9/11", "7.62.39": a date or a name, not an amount
    written = re.match(r"[\d.,]+", digits)
    if written and number.unit in (None, "mm") and not number.currency:
        rest = text[number.number_start + written.end() : number.end + 14]
        if _CALIBRE.match(rest) or ("." in written.group() and _AMMUNITION.match(rest)):
            return False  # "a 9 mm handgun", "7.62-caliber rifle": a specification
    if text[number.start - 1 : number.start] in ("’", "'") and (
        re.match(r"s\b", after) or re.fullmatch(r"\d\d", digits)
    ):
        return False  # "the ’90s": a decade; "the campaign of '08": a year
    if _a_year_cut_short(doc, text, number, digits, after):
        return False  # "Germany in the ‘20s", "said in ‘08 that": an opening quote for "’"
    if _is_an_emergency_line(text, number, after):
        return False  # "Mateen also called 911", "a 999 call": a phone number
    if _numbers_a_code(text, number):
        return False  # "your 401(k), your mutual fund", "locationEcode: 17.": a code's number
    if _counts_on_hands(doc, token):
        return False  # "You can count on two hands the number of people who know": an idiom
    if number.words and (
        re.match(r"-(?:on|to|for|by)-\w", after) or re.search(r"\w-(?:on|to|for|by)-$", before)
    ):
        return False  # "a one-on-one interview", "one-for-one": no count
    if number.words and re.match(r"-(?:size-fits-|stop\b|off\b|liners?\b)", after):
        return False  # "a one-size-fits-all standard", "a one-stop shop", "a one-off",
        # "one of Ryan's best one-liners": idioms
    if number.words and number.value == 1 and re.match(r"-(?:time|way)\b", after):
        return False  # "one-time rival Jeb Bush", "four of his one-time rivals": former ones;
        # "It's not a one-way street": idioms ("a two-time champion" counts)
    if number.unit == "lb" and re.match(r"[\s-]+gorillas?\b", after):
        return False  # "AARP is the 800-pound gorilla": an idiom, no weight
    if number.unit == "%" and _is_idiom_percent(doc, number, before):
        return False  # "I 100 percent support it", "tax cuts for the 1 percent"
    if re.match(r"-(?:speed|door|cylinder|valve|seater|star)\b", after):
        return False  # "a six-speed automatic transmission", "a four-star general": a kind
    if number.words and not number.unit and _KIND_OF_ARRANGEMENT.match(text, number.end):
        return False  # "a two state solution", "the two-party system": the form of a plan
    if re.search(r"(?i)\baged?\s+$", before) and not _AGE_OF_SOMEONE.search(before):
        return False  # "men aged 18 to 34": an age band, not a count
    if _bands_a_polls_group(doc, text, number):
        return False  # "among voters 45 and older", "people under 45, according to exit polls"
    if _majority_measures_nothing(doc, number):
        return False  # "will resonate with the majority of voters", "if no candidate wins a
        # majority of the delegates": most of a group, or the rule of a vote
    if _dates_by_a_span(doc, text, number):
        return False  # "who voted for Obama four years ago", "two days after Mrs. Clinton spoke"
    if _counts_the_saying(doc, token, number):
        return False  # "pushed back … in two separate interviews", "stated on multiple occasions"
    if _said_how_often(doc, token, number) or _said_within(token, number):
        return False  # "has reiterated – at least three times in the past two months – that"
    if _counts_what_it_quotes(doc, number):
        return False  # "still cannot say the two words 'Radical Islam'", "along with three
        # words: “See you Sunday.”"
    if _counts_general_nouns(doc, token, number):
        return False  # "Two things will have to happen", "suggesting three ways out: …"
    if _counts_a_places_parts(token, number):
        return False  # "Iowa's 99 counties", "the state's 14 congressional districts"
    if _ends_a_name_of_or_for(text, token, number):
        return False  # "the Group of 20 conference", "the “Gang of Eight”", "the Fight for 15"
    if number.words and number.qualifier != "range":
        lower = token.lower_
        word_after = text[number.number_start + len(token.text) : number.number_start + 14]
        following = word_after.lower()
        # not "One-hundred candidates", nor odds: "One in three said …" counts people
        one = lower == "one" and value == 1 and number.kind != "odds"
        if one and _ONE_IS_NO_COUNT.match(following):
            return False  # "one another", "for one thing", "one of them", "one person familiar"
        if one and number.qualifier == "exact" and _one_more(text, number):
            return False  # "One last obstacle remained", "ask one more mean question"
        if one and _EVEN_ONE.search(before):
            return False  # "If there's even one life that can be saved": any, not a count
        if one and _some_past_one(text, number):
            return False  # "knock one or more of the governors out", "on more than one
            # occasion": some, not how many
        if (
            one
            and number.qualifier == "exact"
            and (number.unit or "") in TIME_NOUNS
            and _LOCATES_A_DATE.match(text[number.end :])
        ):
            return False  # "exactly one month after the school massacre": when, as "a month
            # later" says it (`numbers._kept`); "nearly one month after" stays a span
        if one and _ONE_IN_AN_ASIDE.search(before) and token.head.lower_ in _ASIDE_NOUNS:
            return False  # "and in one instance, spitting on a congressman", "on one occasion"
        if one and number.qualifier == "exact" and _says_in_which(token, before):
            return False  # "At one Atlanta location, the restaurant was packed", "stares the
            # camera down in one photo"
        if one and re.search(r"(?i)\b(?:the|that|this)\s+$", before):
            return False  # "It's the one word they know in Spanish": the only, not a count
        if one and _picks_one_out(token):
            return False  # "One concern of civil libertarians is …", "One provision …; the other"
        if one and number.qualifier in ("exact", "lower") and _picks_a_person_out(token, before):
            return False  # "the father of one Newtown shooting victim", "one GOP state senator",
            # "at least one senator, Arizona's John McCain, said"
        if one and number.qualifier == "exact" and _brings_one_in(token, before):
            return False  # "One guy came in and said …", "When one chamber of Congress is in
            # session": the subject its clause goes on to tell about, as "a" would bring it in
        if one and number.qualifier == "exact" and _sets_a_time(token):
            return False  # "One recent afternoon, two volunteers were running a phone bank"
        if lower == "two" and _or_two(token):
            return False  # "an anecdote or two", "in the coming year or two": a loose "a few"
        if (
            (one or lower == "zero")
            and not number.unit
            and not number.currency
            and token.dep_ != "nummod"
            and number.qualifier not in ("lower", "upper")
        ):
            return False  # "no one", "the one who"; not "for every school to have at least one"
        if lower == "zero" and _none_of_a_quality(token, number):
            return False  # "has zero knowledge of how …", "We found zero relationship"
        if _sizes_a_text(token):
            return False  # "gave a one word answer", "a three-word proclamation"
        if _refers_back(doc, token, number):
            return False  # "the two states filed a lawsuit"
        if _one_of_each(token, number):
            return False  # "the union of one man and one woman", "two men or two women"
        if _restates_names(token, number):
            return False  # "Senators John McCain and Lindsey Graham, two of the strongest critics"
        if _names_the_ones_it_picks(token, number):
            return False  # "Two of the named plaintiffs, Christine Kwapnoski and Betty Dukes"
        if number.qualifier == "exact" and value < 10 and _sets_out_its_items(token):
            return False  # "broken down into four key subsections: law enforcement, …"
        if _in_a_name(token):
            return False  # "the Kick Six win", "the Big Ten", "the Final Four"
    elif _is_name_number(doc, token, number) or _in_a_named_entity(token, number):
        return False
    # A long bare digit string is an id, not an amount.
    return bool(number.currency or number.unit or not re.fullmatch(r"\d{7,}", digits))


def _a_year_cut_short(doc: Doc, text: str, number: NumberMatch, digits: str, after: str) -> bool:
    """ "like Germany in the ‘20s, or Zimbabwe in the ‘90s,” Clinton said", "Rep. Hank Johnson
    (D-Ga.) said in ‘08 that …", "“Why Electing Hillary in ‘16 is More Important Than Electing
    Obama in ‘08”": two digits after a left single quotation mark, where the apostrophe that
    cuts a year or a decade short ("the ’90s", "the campaign of '08") was typed as an opening
    quote, name a decade (an "s" after them) or a year, no amount (the story gold: decades and
    years used as dates, in three stories). In the PolNeAR and BASIL texts every such mark
    before two digits cuts a year or a decade; a quote that opens on a count has its noun or
    unit after the number ("‘20 people died’"), and stays a figure."""
    if text[number.start - 1 : number.start] != "‘" or not re.fullmatch(r"\d\d", digits):
        return False
    if re.match(r"s\b", after):
        return True
    if number.unit or number.currency:
        return False
    token = token_at(doc, number.number_start)
    noun = _counted_noun(token) if token is not None else None
    return noun is None or noun.i < token.i


def _counted_noun(token: Token) -> Token | None:
    """The noun a number counts ("four troops": troops), or None where the number is not its
    numeric modifier."""
    return token.head if token.dep_ == "nummod" else None


# A numbered list's item: a line that opens on a small number and "." or ")" ("1. Donald
# Trump", "2) The art of front-running.").
_LIST_ITEM = re.compile(r"[ \t]*\(?(\d{1,2})[.)][ \t]+\S")


def _numbers_a_list_item(text: str, number: NumberMatch) -> bool:
    """ "1. Donald Trump (Last week: 2.)", "4. Ben Carson (3.)", "7. Chris Christie.  The New
    Jersey governor has …", "3. Americans are mad.": the number a line opens on in a numbered
    list is the item's place in the list (in a ranking, its rank), and in such a line a number
    in parentheses closed by "." gives the place it held before; neither counts anything (the
    story gold's "ordinal ranks in list", as it reads "the No. 2 Republican" and "placed
    second"). A number further on in the item is the item's own ("5. Jeb Bush. … took just 6
    percent", "spent $20 million")."""
    line = text.rfind("\n", 0, number.number_start) + 1
    item = _LIST_ITEM.match(text, line)
    if item is None or number.unit or number.currency:
        return False
    return item.start(1) == number.number_start or text.startswith(".)", number.end)


# The marks of a run of items: "1." "2)" "3:" before an item inside a line ("only two
# accomplishments—1. Welfare reform 2. Two Supreme Court justices"), or a number that opens its
# line before a capitalised word ("1 Donald Trump.\n\n2 Ted Cruz.").
_INLINE_MARK = re.compile(r"(?<![\d.,$#/])(\d{1,2})([.):])(?=[ \t]+\S)")
_LINE_MARK = re.compile(r"^[ \t]*(\d{1,2})()(?=[ \t]+[A-Z])", re.MULTILINE)


def _marks_an_item_of_a_run(text: str, number: NumberMatch) -> bool:
    """ "I can point to only two accomplishments—1. Welfare reform 2. Two Supreme Court
    justices", "Rubio will come on strong for two reasons: 1) Unlike Cruz, … and 2) Kasich,
    Christie and Bush's support will collapse", "ranking the most important wins tonight:1:
    whoever comes in 1st2: whoever comes in 2nd3: …", "Rankings did not change from last
    week:\n\n1 Donald Trump.\n\n2 Ted Cruz.\n\n3 Marco Rubio.": a small number that marks an
    item, in a run that counts 1, 2, 3 … with one mark ("." ")" ":" inside a line, none for a
    number opening its line), is the item's place, no amount (the story gold's "list
    numbering", "rank in list"; a line opening on "1." alone is `_numbers_a_list_item`). A
    number in no such run stays ("gets closer to 18. The website …", "minus 40. Among women,
    … minus 39.", "with (1) count of Simple Battery"), as does a date's day ("on March 1.")."""
    if number.unit or number.currency or number.tally:
        return False
    start, end = _line_at(text, number.number_start)
    inline = [
        m
        for m in _INLINE_MARK.finditer(text, start, end)
        if not _DATE_BEFORE.search(text[max(start, m.start() - 12) : m.start()])
    ]
    if _in_a_run(inline, number.number_start):
        return True
    opens = not text[start : number.number_start].strip()
    return opens and _in_a_run(list(_LINE_MARK.finditer(text)), number.number_start)


def _in_a_run(marks: list[re.Match[str]], at: int) -> bool:
    """Whether the mark of the number at `at` is in a run of two or more marks of one kind
    (the same character after the number) that counts 1, 2, 3 … in the order of the text."""
    last: dict[str, list[re.Match[str]]] = {}  # the run open for each kind of mark
    for mark in marks:
        value, kind = int(mark.group(1)), mark.group(2)
        run = last.get(kind, [])
        if value == 1:
            run = [mark]
        elif run and value == int(run[-1].group(1)) + 1:
            run = [*run, mark]
        else:
            run = []
        last[kind] = run
        if mark.start(1) == at:
            return len(run) > 1 or (value == 1 and _opens_a_run(marks, mark))
    return False


def _opens_a_run(marks: list[re.Match[str]], first: re.Match[str]) -> bool:
    """Whether the next mark of the kind of `first` (a 1) is a 2."""
    later = [m for m in marks if m.start() > first.start() and m.group(2) == first.group(2)]
    return bool(later) and later[0].group(1) == "2"


_LONE_NUMBER = re.compile(r"[ \t]*\d{1,3}\.?[ \t]*")
_SLIDE_COUNTER = re.compile(r"[ \t]*of\.?[ \t]*")
_NONBLANK = re.compile(r"\S")


def _line_at(text: str, at: int) -> tuple[int, int]:
    """The line holding text[at] (its start and end, the newline left out)."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _next_line(text: str, end: int) -> tuple[int, int] | None:
    """The first line after the one ending at `end` that holds more than white space."""
    nonblank = _NONBLANK.search(text, end)
    return None if nonblank is None else _line_at(text, nonblank.start())


def _numbers_a_slide(doc: Doc, text: str, number: NumberMatch) -> bool:
    """A small number alone on its line numbers the slide or the list item it heads: a
    slideshow's counter ("1.\n\nof.\n\n23.", the "of." line between them), or the heading
    after it, written in title case ("1\nJohn Leguizamo On How U.S. History Makes Latinos Feel
    “Invisible.”"): HuffPost's galleries and listicles in PolNeAR train (22 such numbers in
    four articles, none a figure). The Washington Post's "numbers of the week" put a real
    figure alone on its line and say what it counts in the sentence after it ("3.\n\nThe
    number of people The Washington Post reported Hillary Clinton is actively vetting …"):
    the story gold keeps that one (thirty-seventh folder), and its line after is no title."""
    start, end = _line_at(text, number.number_start)
    if number.unit or number.currency or not _LONE_NUMBER.fullmatch(text, start, end):
        return False
    after = _next_line(text, end)
    before = text[:start].rstrip()
    if _SLIDE_COUNTER.fullmatch(before[before.rfind("\n") + 1 :]):
        return True  # "of.\n\n23.": the slides' total
    if after is None:
        return False
    if _SLIDE_COUNTER.fullmatch(text, *after):
        return True  # "1.\n\nof.": the slide's own place
    return _title_case_line(doc, text, after[0], after[1])


_THE_TOP = re.compile(r"(?i)(?:\bthe|\w(['’]s))\s+top[\s-]+$")


def _marks_off_the_top(doc: Doc, token: Token, number: NumberMatch, before: str) -> bool:
    """ "Carson has dropped out of the top three", "one of the top four", "the top 1 percent
    would be the biggest beneficiaries", "the top 10 percent paid 69 percent of all taxes",
    "leading the top-two, all-party primary", "a city that ranks among America’s top 25 in
    population": a number after "the top" or a possessive's "top" marks off a band of a
    ranking (the leaders, an income group), which the story gold reads as no quantity in the
    three stories that print one (a tax plan, a poll of a primary, weekly rankings). Where it
    counts the plural noun it modifies it stays a count ("the top three seeds from each
    region", NewsQuant's gold), as a percent before the noun it is a rate of stays a rate ("the
    top 39.6 percent income tax rate"); an amount of money after "top" is no band."""
    top = _THE_TOP.search(before)
    if number.currency or top is None:
        return False
    if top.group(1):  # "America’s top 25 in population", not "it’s top of mind"
        mark = token_at(doc, number.start - len(before) + top.start(1))
        if mark is None or mark.tag_ != "POS":
            return False
    if number.unit == "%":
        return not _rate_of_a_noun(doc, number)
    if number.unit:
        return False
    noun = _counted_noun(token)
    return noun is None or noun.i < token.i or noun.tag_ not in ("NNS", "NNPS")


# What makes a count before a superlative the size of the claim's whole set ("each of the
# eight largest deals", "all five biggest banks"), not the label of a band.
_OVER_THE_WHOLE = frozenset("each all every both".split())


def _bands_a_ranking(token: Token, number: NumberMatch) -> bool:
    """ "the mayors of the 10 most populous cities in the nation", "its sweep through Ohio’s
    three biggest cities", "loans from the six biggest lenders", "on its list of the world’s
    100 most influential people", "two of the five most populous counties in the state", "The
    top three most important issues facing the Latino community": a count after "the" or a
    possessive and before a superlative ("most" or "least" and an adjective, or "biggest",
    "largest") marks off a band of a ranking by its size, as "the top three" does
    (`_marks_off_the_top`); it names which ones, it counts nothing the story reports (the
    story gold: a ranking, a ranking cutoff, the name of a list or an incidental count, in
    six stories of PolNeAR, never a figure there). Where "each" or "all" holds the band the
    count is how far the claim reaches ("a boutique was involved in each of the eight
    largest deals of the year": a figure), and an amount, a share, an estimate or a bound is
    no band ("the 3 percent richest", "the nearly 40 largest")."""
    if number.unit or number.currency or number.qualifier != "exact" or number.tally:
        return False
    superlative = next_token(token)
    if superlative is None:
        return False
    if superlative.lower_ in ("most", "least"):
        superlative = next_token(superlative)
        if superlative is None or superlative.pos_ != "ADJ":
            return False
    elif superlative.tag_ != "JJS":
        return False
    doc = token.doc
    before = token.i - 1
    if before >= 0 and doc[before].lower_ == "top":
        before -= 1  # "The top three most important issues"
    if before < 0:
        return False
    determiner = doc[before]
    if determiner.tag_ == "POS" or determiner.lower_ in _POSSESSIVE_PRONOUNS:
        return True  # "Ohio’s three biggest cities", "its five largest donors"
    if determiner.lower_ != "the":
        return False
    whole = doc[before - 2 : before] if before >= 2 else doc[0:0]
    return not (
        (len(whole) == 2 and whole[1].lower_ == "of" and whole[0].lower_ in _OVER_THE_WHOLE)
        or (before >= 1 and doc[before - 1].lower_ in _OVER_THE_WHOLE)
    )


def _rate_of_a_noun(doc: Doc, number: NumberMatch) -> bool:
    """ "the top 39.6 percent income tax rate", "the top 35% bracket": a percent that modifies
    the noun after it (not a group of people, "the top 1 percent earners") is that thing's
    rate; "the top 1 percent would", "the top 1 percent of earners" name an income group."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc):
        return False
    noun = doc[span.end]
    if noun.pos_ not in ("NOUN", "PROPN") or span[-1].head.i < noun.i:
        return False
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "income tax rate": the rate
    return not _of_people(noun)


# Prepositions of the occasion a source said something on: "on multiple occasions", "in two
# separate interviews", "during multiple committee hearings".
_OCCASION_PREPOSITIONS = frozenset("in on at during".split())


def _counts_the_saying(doc: Doc, token: Token, number: NumberMatch) -> bool:
    """ "Netanyahu pushed back against these criticisms in two separate interviews",
    "officials have stated on multiple occasions that …", "During multiple committee hearings
    …, GOP representatives castigated the bill": a count in the occasion a statement's cue was
    said on counts the saying that frames a claim, not a thing the story reports (the story
    gold's "incidental count"); so does how often, vaguely (`_often_vaguely`). The cue is the
    attribution's own test (`cues.construction`: the word lists, then what PolNeAR train says
    of the verb in its shape). The phrase is the occasion, not what the cue is about ("vote on
    two competing approaches"), where it stands before the cue or the cue's complement lies
    elsewhere: a clause, a quote, or an object or other phrase between the two."""
    if number.unit or number.currency:
        return False
    noun = _counted(_number_token(doc, number) or token, number)
    if noun is None or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    preposition = noun.head
    verb = preposition.head
    if preposition.lower_ not in _OCCASION_PREPOSITIONS or verb.pos_ != "VERB":
        return False
    if construction(verb) is None:
        return False
    return (
        preposition.i < verb.i
        or shapes.shape(verb) in ("clause", "quote")
        or any(
            verb.i < c.i < preposition.i and c.dep_ in ("dobj", "dative", "prep", "ccomp")
            for c in verb.children
        )
    )


def _said_how_often(doc: Doc, token: Token, number: NumberMatch) -> bool:
    """ "Yoon Suk Yeol has reiterated – at least three times in the past two months – that
    South Korea will consider helping Ukraine", "he has said twice that he would not run": how
    often a source said a thing counts the saying that frames a claim, as a vague count of it
    does (`_often_vaguely`; the story gold's "I expressed many times", "has criticized …
    numerous times", "she has said many, many times"), not a thing the story reports. A verb
    of saying only: "Congress has been briefed 13 times" counts the briefings the story is
    about."""
    verb = token.head if number.kind == "often" else _times_verb(doc, number)
    return verb is not None and verb.pos_ in ("VERB", "AUX") and _reports(verb)


def _said_within(token: Token, number: NumberMatch) -> bool:
    """ "has reiterated – … in the past two months – that South Korea will consider …": the
    stretch of time a source said a thing in, before what it said, dates the saying as its
    occasion does (`_counts_the_saying`); it measures nothing the story reports."""
    if number.unit not in TIME_NOUNS or token.dep_ != "nummod":
        return False
    noun = token.head
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _WITHIN_PREPOSITIONS:
        return False
    verb = preposition.head
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i > preposition.i]
    return verb.pos_ == "VERB" and _reports(verb) and bool(said)


_WITHIN_PREPOSITIONS = frozenset("in over during within".split())


def _reports(verb: Token) -> bool:
    return lemma(verb) in lexicon.REPORTING_VERBS or verb.lower_ in lexicon.REPORTING_VERBS


# Verbs and adjectives whose object "about" introduces: "talked about 50 people", "worries
# about three states", "concerned about two cases" name what is talked or worried about.
_ABOUT_HEADS = frozenset(
    "talk speak worry care complain joke argue forget dream boast brag inquire wonder fret "
    "testify worried concerned nervous anxious sure certain serious optimistic pessimistic "
    "skeptical sceptical curious clear honest upset excited angry mad".split()
)


def _unbound_a_preposition(doc: Doc, text: str, number: NumberMatch) -> None:
    """ "will be exhausted in 2036 and under current law, seniors …": "under" (or "over",
    "above", "below") after "and" that takes a noun phrase of its own opens a phrase; it
    bounds nothing, so the number ends before it ("children 12 and under ride free" and
    "anyone 65 and over" are bounds)."""
    start = number.qualifier_start
    if number.qualifier not in ("lower", "upper") or start is None or start < number.number_start:
        return
    said = text[start : number.qualifier_end or start].split()
    if len(said) != 2 or said[1].lower() not in ("under", "over", "above", "below"):
        return
    word = token_at(doc, (number.qualifier_end or start) - 1)
    objects = [c for c in word.children if c.dep_ == "pobj"] if word is not None else []
    if not any(c.pos_ == "PROPN" or any(c.lefts) for c in objects):
        return  # a bare noun the parser hung on it may be the verb: "12 and under ride free"
    number.end = len(text[:start].rstrip())
    number.qualifier, number.qualifier_start, number.qualifier_end = "exact", None, None
    number.low = number.high = None


# What "over" a span of time follows when it means "more than": "for over 16 years", "in over a
# decade", "more than over …"; and what follows a span that is an age or a time ago.
_OVER_AS_MORE = frozenset("for in than of after within to from".split())
_OVER_TIME_UNITS = frozenset("year month week day decade hour quarter".split())


def _over_a_period(doc: Doc, text: str, number: NumberMatch) -> None:
    """ "raising the retirement age to 69 over 16 years", "cut $416 billion over 10 years":
    "over" a span of time after an amount in its clause is the period the amount is spread
    across, an exact span, not "more than 16 years" ("unemployed for over two years", "over
    16 years old" and "over 16 years ago" stay bounds)."""
    start = number.qualifier_start
    if number.qualifier != "lower" or start is None or start > number.number_start:
        return
    if text[start : number.qualifier_end or start].lower() != "over":
        return
    if (number.unit or "").lower() not in _OVER_TIME_UNITS:
        return
    if re.match(r"(?i)\s+(?:old|ago|of\s+age)\b", text[number.end : number.end + 12]):
        return
    over = token_at(doc, start)
    if over is None or over.i == 0 or doc[over.i - 1].lower_ in _OVER_AS_MORE:
        return
    before = doc[max(over.sent.start, over.i - 10) : over.i]
    if not any(t.like_num or t.pos_ == "NUM" or t.text in ("$", "%") for t in before):
        return
    number.start = number.number_start
    number.qualifier, number.qualifier_start, number.qualifier_end = "exact", None, None
    number.low = number.high = None


def _about_is_a_preposition(doc: Doc, text: str, number: NumberMatch) -> bool:
    """ "revealed information about two secret programs", "talked about 50 people",
    "worries about three states": "about" after a noun, or after a verb or adjective that
    takes "about" its object, is the preposition, not "approximately" ("About 50 community
    leaders attended", "killed about 50 people", "for about 50 minutes", "worth about $5")."""
    if number.qualifier_start is None or number.qualifier_end is None:
        return False
    if text[number.qualifier_start : number.qualifier_end].lower() != "about":
        return False
    about = token_at(doc, number.qualifier_start)
    if about is None or about.i == 0 or about.lower_ != "about":
        return False
    counts = token_at(doc, number.end - 1)  # "a man about 50" gives an age: approximate
    if number.unit or counts is None or counts.dep_ != "nummod" or lemma(counts.head) in TIME_NOUNS:
        return False  # "lies about 64 km southwest", "talked about 50 minutes": a measure
    before = doc[about.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and before.sent == about.sent:
        return lemma(before) not in TIME_NOUNS
    return before.pos_ in ("VERB", "ADJ") and (
        lemma(before) in _ABOUT_HEADS or before.lower_ in _ABOUT_HEADS
    )


_EMERGENCY_LINES = frozenset({"911", "999", "112", "9-1-1"})
_EMERGENCY_AFTER = re.compile(
    r"(?i)^(?:\s+(?:emergency\s+)?(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|"
    r"system|tapes?|recordings?|lines?|services?)\b|\s*[,.;:)]|\s+(?:and|to|at|in|on|from|"
    r"during|after|before|when|while|but|or|for|about|as)\b|$)"
)


def _is_an_emergency_line(text: str, number: NumberMatch, after: str) -> bool:
    """ "Mateen also called 911", "a 911 call", "dialled 999": the emergency number, like
    "9/11" a name written in digits; it counts nothing ("911 homes were flooded" counts)."""
    digits = text[number.number_start : number.end]
    if digits not in _EMERGENCY_LINES or number.unit or number.currency:
        return False
    return number.qualifier == "exact" and _EMERGENCY_AFTER.match(after) is not None


# A letter in brackets glued to the digits: a statute's paragraph ("401(k)", "501(c)(3)"),
# and a number in brackets glued after one: the "(3)" of "501(c)(3)".
_PARAGRAPH_AFTER = re.compile(r"\([a-z]\)")
_PARAGRAPH_BEFORE = re.compile(r"\d(?:\([a-z\d]{1,3}\))+\($")
# A label that ends in "code" and a colon before a number that ends the sentence or the line:
# "Ecode: 17.", "Error code: 403".
_CODE_LABEL_BEFORE = re.compile(r"(?i)code:[ \t]*$")
_CODE_ENDS = re.compile(r"[ \t]*(?:[.;,]|$)", re.MULTILINE)


def _numbers_a_code(text: str, number: NumberMatch) -> bool:
    """ "So all of a sudden, your 401(k), your mutual fund", "those who have a 401(k) or other
    kind of employer-sponsored retirement plan", "This video is restricted from playing in your
    locationEcode: 17.": digits with a paragraph's letter glued on in brackets are a section of
    a code (the tax code's 401(k), 501(c)(3)), and digits that end a sentence after a label
    ending in "code" and a colon are a code a system shows; each names a thing, as "9/11"
    does, and counts nothing (the story gold lists the retirement plan as a name with digits
    and the video player's code as an error code, never a figure: PolNeAR huff-post, three
    stories). Only digits, with no unit nor currency ("401 (k) plans" with a space, "Code: 4
    people were hurt" with a noun after, are left to the count)."""
    if number.unit or number.currency or number.words or number.qualifier != "exact":
        return False
    if not re.fullmatch(r"\d+", text[number.number_start : number.end]):
        return False
    before = text[max(0, number.start - 12) : number.start]
    if _PARAGRAPH_AFTER.match(text, number.end) or _PARAGRAPH_BEFORE.search(before):
        return True
    code = _CODE_LABEL_BEFORE.search(before) is not None
    return code and _CODE_ENDS.match(text, number.end) is not None


def _counts_on_hands(doc: Doc, token: Token) -> bool:
    """ "You can count on two hands the number of people in Congress who really know", "on
    the fingers of one hand": few enough to count on one's hands, an idiom, not a count of
    hands."""
    noun = _counted_noun(token)
    if noun is None or noun.lower_ not in ("hand", "hands", "fingers"):
        return False
    window = doc[max(0, noun.i - 8) : noun.i]
    return any(lemma(t) == "count" for t in window)


# A quotation right after a count's noun, set off by a colon or a comma or by nothing: "the
# two words 'Radical Islam'", "three words: “See you Sunday.”".
_QUOTED_NEXT = re.compile(
    r"\s*[:,]?\s*[\"'\u2018\u201c]([^\"\u2019\u201d]{1,80}?)[\"'\u2019\u201d]"
)


def _counts_what_it_quotes(doc: Doc, number: NumberMatch) -> bool:
    """ "still cannot say the two words 'Radical Islam'", "retweeted the news along with three
    words: “See you Sunday.”", "Mr. Rhodes replied with a single word: “Yup.”": a count whose
    noun the text quotes right after, as many words as it says, counts the words it gives; the
    reader has them, and no quantity of the story. Read on the words the quotation holds, not
    on the noun, so a count of what is not quoted stays ("changed only one word in the talking
    points"). In 4 of the 68 BASIL stories of the story gold, all four not figures there."""
    value = number.value
    if number.qualifier != "exact" or number.unit or number.currency or not value:
        return False
    if not 1 <= value < 10 or value != round(value):
        return False
    token = token_at(doc, number.end - 1)
    noun = token.head if token is not None and token.dep_ in ("nummod", "amod") else None
    if noun is None or noun.pos_ != "NOUN" or noun.i <= token.i:
        return False
    quoted = _QUOTED_NEXT.match(doc.text, noun.idx + len(noun.text))
    if quoted is None:
        return False
    words = [w for w in re.split(r"\s+", quoted.group(1)) if re.search(r"\w", w)]
    return len(words) == value


# General nouns (Halliday and Hasan's): nouns that stand for whatever the text goes on to say
# or has said, not for things of the story's world. Not those whose count is as often a count
# of the world's things: "Inspectors found 34 safety issues", "The FBI sent the campaign 36
# questions", "Voters approved four ballot questions", "about 6,000 matters pending" (a
# court's cases), "took 20 lessons".
_GENERAL_NOUNS = frozenset("thing way reason idea fact".split())


def _counts_general_nouns(doc: Doc, token: Token, number: NumberMatch) -> bool:
    """ "He is hoping for two things that day. First and most important is …", "Two things will
    have to happen, however", "Here are five other things we've learned", "suggesting three
    ways out: Grant the president …", "an article giving ten reasons why …", "There are dozens
    of ways modest tax increases … would restore Social Security": a count of general nouns
    counts the points the writer or the speaker sets out, items of the text, not a quantity of
    the story (the story gold's incidental count, in five stories and never a figure; "one"
    has its own rule, `_ONE_IS_NO_COUNT`). A noun joined to the count by a hyphen measures
    the noun after it ("a three-way fight": how many run), and a unit or a currency makes it
    an amount."""
    if number.unit or number.currency or doc.text[number.end : number.end + 1] == "-":
        return False
    noun = _counted_noun(token)
    if noun is None:  # "dozens of ways": the count heads its phrase
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return noun is not None and noun.i > token.i and lemma(noun) in _GENERAL_NOUNS


def _one_of_a_kind(doc: Doc, number: NumberMatch, before: str) -> bool:
    """ "the hospital said Scalise sustained “a single rifle shot to the left hip”": "a single"
    before a noun counts one of it; not where the text denies any ("not a single guaranteed
    benefit", "never a single vote": none) nor where a preposition takes it: there it says the
    thing is one and undivided, what several are made into or rally to, or what a clause
    happens around or against ("pool modest claims into a single action", "join together in a
    single lawsuit", "coalesce around a single mainstream candidate", "coalesce effectively
    behind a single rival", "isolated against a single establishment candidate", "marched
    around a single block": the story gold's not-figures or no figures in three stories,
    BASIL ed8c136f and PolNeAR gop-2016-02 and supertuesday-2016-03; the one gold "a single"
    that counts is a verb's object). "By" takes a margin or a doer, and counts it ("passed by
    a single vote", "carried out by a single gunman")."""
    if re.search(r"(?i)\b(?:not|never|without)\s+$", before):
        return False
    token = token_at(doc, number.end - 1)
    noun = token.head if token is not None else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i <= token.i:
        return False
    # "by" takes a margin or a doer, which it counts: "passed by a single vote", "carried out
    # by a single gunman"
    taken = noun.dep_ == "pobj" and noun.head.lower_ != "by"
    if taken or re.search(r"(?i)\b(?:into|in)\s+$", before):
        return False
    return not any(c.dep_ == "neg" for c in noun.head.children)  # "do not cut a single …"


# "one of a handful of House Democrats", "among the handful of House Democrats": a vague count
# naming the set its member belongs to.
_MEMBER_OF = re.compile(r"(?i)\b(?:one\s+of|among(?:\s+only)?)\s+$")
# Vague counts that say how few a set is ("one of a handful", "one of a few"); "several" and
# "multiple" say only that there is more than one.
_FEW_OF_THEM = frozenset(("a handful", "the handful", "a few"))


def _counts_a_noun(token: Token, number: NumberMatch) -> bool:
    """A count with no number is a figure when it counts a group the story sets out: a part
    of it ("a handful of pickups", "several of the images taken of her"; not of people,
    `_of_people`) or the few someone is one of ("one of a handful of House Democrats to
    endorse Ryan", "among the handful of House Democrats who backed Ryan's bid"); "multiple"
    before an act or event, which says it happened more than once
    ("multiple allegations of sexual harassment", "multiple blood transfusions"; not "multiple
    bills", "multiple accounts"). Not "several" or "a few" as a loose determiner ("Several
    elements of the evening", "several brothers and sisters"), a span or a frequency ("for
    several years", "the next several months", "several times"), nor "other" things beside
    the story's ("a handful of other positions"). Nor "one of several …": "He was one of
    several lawmakers to announce his eventual departure", "Kevin D. Williamson, one of
    several vocal Trump critics on staff", "Ameriquest was one of several firms sued by the
    NAACP" say the thing is one of a kind, as "one of the lawmakers" would; "several" weighs
    no size there, as "a handful" does (the story gold's "'one of', not a quantity", in the two
    stories that print one: sixteenth-held-out 06ffda2d, PolNeAR sanders-black-vote-2016-03; so
    PolNeAR train and dev's "one of several weekend rallies", "one of several positive
    policy addresses", "one of several coal industry veterans"). Members of a body the text
    names are a part of it, which the count sizes ("He was one of several members of the
    House Foreign Affairs Committee who signed a letter": thirteenth-held-out c6a0e65c)."""
    doc = token.doc
    noun = _counted(_number_token(doc, number) or token, number)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if lemma(noun) in TIME_NOUNS or noun.lower_ in ("time", "times"):
        return False
    if any(t.lower_ in ("other", "more", "such") for t in doc[token.i : noun.i]):
        return False
    text = doc.text
    partitive = re.match(r"\s+of\b", text[number.end : number.end + 4]) is not None
    member = _MEMBER_OF.search(text[max(0, number.start - 14) : number.start]) is not None
    said = text[number.start : number.end].lower()
    if member and said not in _FEW_OF_THEM and not _has_an_of(doc[noun.i : noun.i + 1]):
        return False  # "one of several lawmakers": one of them, no size
    if _of_people(noun) and not member:
        return False
    if said == "multiple":
        return _EVENT_NOUN.search(lemma(noun)) is not None
    if partitive and not member and _some_of_them(token, noun):
        return False  # "Several of the packages went through a postal facility"
    return partitive or member


def _some_of_them(count: Token, whole: Token) -> bool:
    """ "Several of the packages went through a U.S. postal facility", "Trump took several of
    his questions", "Ryan has been very vocal in rejecting several of Trump's comments": a
    count with no number of a whole the reader already knows (an article, a demonstrative, a
    possessive before it) that no clause narrows says "some of them", as "some" would; it
    gives no amount (the story gold lists each as a vague or incidental count, in three
    stories: BASIL 1f99798f, Fox and HuffPost; d4a4bc34, Fox; PolNeAR ryanendo, Western
    Journal). A clause after the whole says which part it means and keeps the count ("several
    of the images taken of her"), as a whole with no determiner does ("a handful of
    pickups")."""
    doc = whole.doc
    if whole.i + 1 < len(doc) and doc[whole.i + 1].tag_ == "POS":
        return True  # "several of Trump’s comments", where the parse takes the owner's name
    between = doc[count.i + 1 : whole.i]  # "of the", "of his"
    known = any(t.lower_ in _DEFINITE or t.tag_ == "POS" for t in between)
    return known and not _says_which(whole)


def _of_many_things(doc: Doc, text: str, number: NumberMatch) -> bool:
    """ "Can we really expect double-digit victories", "single-digit response rates": the size
    of each of many things, no one amount (NewsQuant lists none); "a double-digit lead", "by
    double digits" give one."""
    if not text[number.start : number.end].endswith("digit"):
        return False
    noun = token_at(doc, number.end + 1)
    while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "single-digit response rates": the rates
    return noun is not None and noun.tag_ in ("NNS", "NNPS")


def _of_people(noun: Token) -> bool:
    """ "a handful of Democrats who had backed Mr. Ryan vowed", "contacted multiple Republican
    officials", "a few of the most hardline House Republicans, such as …": a count with no
    number of people says some of them did or said something, as "some" would; it picks out
    who, it gives the reader no amount (the story gold lists none of these, in seven stories).
    Only where it names the set someone is one of ("one of a handful of House Democrats to
    endorse Ryan") does it say how few they are."""
    word = lemma(noun)
    return word in _PERSONS or (word.endswith("s") and word[:-1] in _PERSONS)


def _stands_for_a_group(doc: Doc, number: NumberMatch) -> bool:
    """ "While a few have focused on school security", "though a handful — including … —
    urged the president": a count with no number and no noun of its own, the subject of its
    verb, counts the group the text has just named (state legislatures, top Republicans);
    not "there still seem to be a few", "for a few"."""
    span = doc.char_span(number.number_start, number.end, alignment_mode="expand")
    if span is None or span.root.lower_ not in ("few", "handful", "several"):
        return False
    root = span.root
    if any(c.lower_ == "of" for c in root.children) or root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return root.head.pos_ in ("VERB", "AUX")


def _often_vaguely(doc: Doc, number: NumberMatch) -> Token | None:
    """The verb of a vague how-often ("was arrested multiple times", "investigated by the FBI
    several times"): a count the text gives no number for of the verb's events, like "twice".
    A figure only in what a source claims (`figures`: how often someone was stopped, was
    arrested), never a saying verb's aside ("as I have said several times"; "many times" is
    no figure at all, `numbers._FEW`)."""
    verb = _times_verb(doc, number) if number.kind == "few" else None
    if verb is None:
        return None
    if _reports(verb) or construction(verb) is not None:
        return None  # "as I have said several times", "the view … that I expressed multiple times"
    return verb


def _times_verb(doc: Doc, number: NumberMatch) -> Token | None:
    """The verb "N times" after a number counts the events of ("was arrested multiple
    times", "has reiterated at least three times"), if a verb or auxiliary is what it hangs
    on."""
    if not re.match(r"(?i)\s+times\b", doc.text[number.end :]):
        return None
    times = token_at(doc, number.end + 1)
    if times is None or times.dep_ not in ("npadvmod", "advmod", "dobj", "obj"):
        return None
    return times.head if times.head.pos_ in ("VERB", "AUX") else None


# A noun naming an act or event (a nominalised verb): "allegations", "transfusions",
# "hearings", "surgeries"; "multiple" before one says it happened more than once.
_EVENT_NOUN = re.compile(r"(?:tion|sion|ment|ing|ance|ence|al|ure|ery)$")


# After "twice" these make it a ratio ("twice as loud", "twice the size", "twice more likely"),
# not how often something happened.
_RATIO_AFTER = frozenset(
    "as the that this a an his her its their our my your more less than what over".split()
)


# What a ratio word is said of: an amount named after it ("twice the number of delegates",
# "would triple the annual cap", "more than double what it is now") or, after "as", an amount
# compared ("about twice as many Democrats", "twice as much money").
_RATIO_OF = frozenset("the what".split())
_AS_AMOUNT = frozenset("many much".split())


def _a_ratio(doc: Doc, token: Token) -> bool:
    """Whether "twice", "double", "triple", "quadruple" or "N times" says how many times one
    amount is another: before an amount it names ("more than twice the number of delegates as
    Sanders", "double the number who said the same of Mr. Trump", "more than twice what it
    projected", "more than double what it is now", "would triple the annual cap") or compares
    ("about twice as many Democrats", "roughly three times as many African-Americans said"),
    or as a verb with no object ("the security budget has more than doubled since fiscal
    2004"): the story gold's ratios, value the multiple, in eight stories. Not a word that
    makes a kind of a noun ("a double standard", "double vision", "a double dip"), a manner
    ("twice as loud"), an idiom ("doubled down on his claim", "the gym doubles as a shelter"),
    a verb whose object is no amount named after it ("Clinton doubles Sanders' share"), nor a
    ratio of an amount the text gives in figures ("well over double the 120 decibels": the 120
    decibels is the figure)."""
    following = next_token(token)
    if following is not None and following.lower_ == "times" and token.like_num:
        following = next_token(following)  # "three times"
    if following is None:
        return token.pos_ in ("VERB", "AUX")
    if following.lower_ in ("down", "up", "as") and token.pos_ == "VERB":
        return False  # "doubled down on his claim", "doubles as a shelter"
    if following.lower_ == "as":
        after = next_token(following)
        return after is not None and after.lower_ in _AS_AMOUNT
    if following.lower_ in ("that", "those"):
        after = next_token(following)
        return after is not None and after.lower_ == "of"  # "twice that of", not "said twice that"
    if following.lower_ in _RATIO_OF:
        named = following.head if following.lower_ == "the" else following
        return not any(
            t.like_num or t.pos_ == "NUM" for t in doc[following.i : named.i + 1]
        )  # "double the 120 decibels"
    if token.pos_ != "VERB" or _a_noun_by_its_place(token):
        return False
    return not any(c.dep_ in ("dobj", "obj", "prt") for c in token.children)


def _a_noun_by_its_place(token: Token) -> bool:
    """A word the tagger took for a verb where the parse puts a noun: one joined to a noun
    ("leaves Mrs. Clinton trying to hit singles and doubles while her … challenger swings for
    the fences", NYT 2016-03-09: the hits, no ratio) or in a noun's place (an object, a
    subject)."""
    if token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "compound"):
        return True
    return token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")


def _how_often(token: Token) -> bool:
    """ "Republicans have repeatedly ambushed Democrats — twice successfully —", "he was
    impeached twice": how often a verb's event happened; not a ratio ("twice as loud") nor
    the idiom "think twice"."""
    following = next_token(token)
    if following is not None and following.lower_ in _RATIO_AFTER:
        return False
    if token.head.lemma_.lower() == "think" and token.head.i < token.i:
        return False  # "might want to think twice before tweeting": an idiom, no count
    return token.head.pos_ in ("VERB", "AUX", "ADV") or token.dep_ == "ROOT"


# "100 percent" before these says how sure, or how true, not how much ("I'm 100 percent
# sure", "the story is 100 percent false")
_SURE = frozenset(
    "sure certain confident committed behind convinced right wrong true false accurate correct "
    "incorrect honest clear".split()
)


def _is_idiom_percent(doc: Doc, number: NumberMatch, before: str) -> bool:
    """A percentage that measures nothing: '100 percent' as emphasis before a verb or a word
    of certainty ('While I 100 percent support the goal', 'we are 100 percent behind him'), and
    'the 1 percent' / 'the 99 percent' standing for a class of people ('tax cuts for the 1
    percent'; 'the 1 percent rate' stays a figure, and 'the top 1 percent' is a band of a
    ranking, `_marks_off_the_top`)."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None:
        return False
    following = doc[span.end] if span.end < len(doc) else None
    at = span.start - 1
    while at > 0 and doc[at].is_quote:
        at -= 1  # 'said that it was “100 percent committed to …': the quote opens on it
    preceding = doc[at] if at >= 0 else None
    # said by its subject of itself, not the amount a verb measures ('rose 100 percent')
    if (
        number.value == 100
        and following is not None
        and preceding is not None
        and preceding.pos_ in ("PRON", "AUX", "NOUN", "PROPN")
        and (following.pos_ in ("VERB", "AUX") or following.lower_ in _SURE)
    ):
        return True
    if number.value == 100 and (_stands_alone(span) or _of_a_person(span)):
        return True
    if number.value == 100 and _what_a_person_is(span):
        return True  # "her son was 100 percent American", "He is American 100 percent"
    if number.value == 100 and _all_of_a_quality(span):
        return True  # "“100 percent confidence in my campaign team”": emphasis
    if number.value in (1, 99) and re.search(r"(?i)\bthe\s+$", before):
        return following is None or following.pos_ not in ("NOUN", "PROPN", "ADP", "NUM")
    return False


# Nouns of how likely something is: "zero" or "100 percent" before one is a probability ("“zero”
# chance the controversial private meeting … would happen"), a figure.
_LIKELIHOOD_NOUNS = frozenset("chance odds probability likelihood possibility risk".split())


def _a_quality(noun: Token) -> bool:
    """A singular common noun that no number measures: a quality or a state ("knowledge",
    "confidence", "privacy"), not a plural one counts ("zero taxes", "zero voters"), a rate or
    a likelihood ("zero chance")."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() not in _LIKELIHOOD_NOUNS
        and noun.lemma_.lower() not in _RATE_NOUNS
    )


def _none_of_a_quality(token: Token, number: NumberMatch) -> bool:
    """ "he appeals to a demographic that has zero knowledge of how the American political
    system works", "“We found zero relationship.”", "you can't have 100 percent security, and
    also then have 100 percent privacy and zero inconvenience", "“It actually creates zero
    precedent”": "zero" before a singular noun says there is none of a quality at all, as "no"
    would; with nothing to count it is no amount (the story gold: an idiom, rhetoric). A
    plural it counts ("pay zero taxes", "“zero” voters would follow") and a likelihood
    ("“zero” chance", a probability) stay figures."""
    if number.unit or number.currency or number.qualifier != "exact":
        return False
    noun = _counted_noun(token)
    return noun is not None and noun.i > token.i and _a_quality(noun)


def _all_of_a_quality(span: SpacySpan) -> bool:
    """ "Carson said he has “100 percent confidence in my campaign team.”", "you can't have 100
    percent security, and also then have 100 percent privacy": "100 percent" set before a
    singular noun with no determiner says how fully the quality holds, as "full" would: no
    share of anything (the story gold: an idiom). With a determiner it sizes a thing of its
    noun ("a 100% rating", "a 100 percent increase"), and with "of" it is a share ("100
    percent of precincts reporting"): figures."""
    root = span.root
    noun = root.head
    if root.dep_ != "compound" or noun.i <= root.i or not _a_quality(noun):
        return False
    return not any(c.dep_ in ("det", "poss") for c in noun.children)


_PERSONAL_OBJECTS = frozenset("me you him her us them".split())


def _stands_alone(span: SpacySpan) -> bool:
    """ "And Mexico will pay for the wall! One-hundred percent.", "We're going to build a wall.
    Yeah, 100 percent.": "100 percent" as a sentence of its own, with no verb or noun for it to
    measure (an interjection beside it answers, as it does), says how sure the speaker is of
    the sentence before it."""
    sentence = span.sent
    return all(
        t.is_punct or t.is_quote or t.pos_ == "INTJ" or span.start <= t.i < span.end
        for t in sentence
    )


_PERSONAL_PRONOUNS = frozenset("i you he she we they".split())
_COMPARATIVES = frozenset("JJR JJS RBR RBS".split())


def _what_a_person_is(span: SpacySpan) -> bool:
    """ "his mother … insisting that her son was 100 percent American", "He is American 100
    percent, but he is very in touch with his Cuban background": "100 percent" on the adjective
    a copula says of a person, before it or after it, says how fully the person is what the
    adjective says, as "wholly" would: no share of anything (the story gold: an idiom, in
    PolNeAR harris-china, NYT, and rubio-cruz, NYT). Said of a thing it can be a share ("The
    grid was 100 percent renewable by 2020"), and a comparison measures ("100 percent higher");
    both stay figures, as does the percent a copula gives ("Turnout was 100 percent")."""
    root = span.root
    head = root.head
    if _has_an_of(span):
        return False
    if root.dep_ == "npadvmod" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        adjective, verb = head, head.head  # "was 100 percent American"
    elif root.dep_ in ("attr", "npadvmod", "advmod") and head.lemma_ == "be":
        after = [c for c in head.children if c.dep_ == "acomp" and c.i < root.i]
        if not after:
            return False
        adjective, verb = after[0], head  # "is American 100 percent"
    else:
        return False
    if verb.lemma_ != "be" or adjective.tag_ in _COMPARATIVES:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(
        s.lower_ in _PERSONAL_PRONOUNS or s.ent_type_ == "PERSON" or lemma(s) in _PERSONS
        for s in subjects
    )


# Verbs of backing or agreeing, and the preposition before the person where the verb takes
# one ("agree with him", "stand behind her"; None: the person is the verb's object): after
# them "100 percent" says how fully the subject stands by that person.
_BACKS_A_PERSON = {
    "support": None,
    "back": None,
    "endorse": None,
    "trust": None,
    "agree": "with",
    "stand": "behind",
}


def _of_a_person(span: SpacySpan) -> bool:
    """ "he “supports Donald Trump 100 percent,”", "We back him 100 percent": "100 percent"
    after a person a verb of backing or agreeing acts on says how fully the subject stands by
    that person. Other verbs measure their person ("The tax hit them 100 percent", "will
    reimburse them 100 percent of the cost" stay figures), and so does a percent with an
    "of" ("increased its dividend 100 percent" stays a figure too)."""
    verb = span.root.head
    if verb.pos_ not in ("VERB", "AUX") or span.root.dep_ not in ("npadvmod", "dobj", "advmod"):
        return False
    if verb.lemma_.lower() not in _BACKS_A_PERSON or _has_an_of(span):
        return False
    preposition = _BACKS_A_PERSON[verb.lemma_.lower()]
    if preposition is None:
        people = [c for c in verb.children if c.dep_ == "dobj"]
    else:
        people = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == preposition
            for o in c.children
            if o.dep_ == "pobj"
        ]
    return any(p.i < span.start and _is_a_person(p) for p in people)


def _is_a_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in _PERSONAL_OBJECTS


def _has_an_of(span: SpacySpan) -> bool:
    """ "100 percent of the cost": the percent is of something, a share and a figure."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "of"


# "one" before these is an idiom ("one day", "for one thing", "one reason is"), a member of a
# set ("one of them") or an unnamed source ("one person close to the talks"), not a count.
_ONE_IS_NO_COUNT = re.compile(
    r"\s(?:another|day|night|morning|afternoon|evening|time|way|thing|point|reason|example|of|"
    r"person|official|source|aide|adviser|advisor|diplomat|insider|lawmaker|analyst|"
    r"interest|goal|aim|purpose|priority|objective|mission|message|option|choice)\b"
)


# "one more", "one last", "one final" and the word after
_ONE_MORE = re.compile(r"\s+(?:more|last|final)\s+([a-z]+)", re.IGNORECASE)


def _one_more(text: str, number: NumberMatch) -> bool:
    """ "One last obstacle remained", "ask one more mean question", "one more unusual
    development", "one final debate with rival Donald Trump": "one" with "more", "last" or
    "final" says another or the end of a series, as "another" and "a last" do, not how many
    (the story gold's not-figures in four stories: PolNeAR miami-2016-03, fox-debate,
    pence-endorses, housing). A unit of time after it is a span still ("just one more day
    until voters head to the polls", rubio-debate: a figure)."""
    more = _ONE_MORE.match(text, number.end)
    return more is not None and more.group(1).lower().rstrip("s") not in TIME_NOUNS


# "even one" with no "not" before it is "any" (it stands where a condition, a question or a
# superlative asks for the least amount): "If there's even one life that can be saved, we
# should save it", "if even one load gets through" (PolNeAR train); "not even one" stays a
# count of none (`_ONE_BOUND_BEFORE`).
_EVEN_ONE = re.compile(r"(?i)(?<!\bnot\s)\beven\s+$")


# The bounds that leave one open: "one or more" (any, from one up) and "more than one"
# (several). `numbers` reads each as a lower bound of one.
_PAST_ONE = re.compile(r"(?i)or\s+more|more\s+than")


def _some_past_one(text: str, number: NumberMatch) -> bool:
    """ "the New Hampshire primary threatens to knock one or more of the governors out of the
    race", "deals the Clinton team appeared to cut with one or more journalists", "It is going
    to take a lot more than one positive jobs report to seriously dent the pessimism",
    "the Secret Service had “more than one conversation” with the Trump campaign": a lower
    bound of one with no unit rules out only none, or only one; it says there were some, or
    several, not how many (the story gold's not-figures in four PolNeAR stories, a figure in
    none: nh-2016-02, clinton-emails-benghazi, twitter-merger and jobs-report; PolNeAR has
    five more, each "some"). A unit, a currency or a scale keeps the amount ("a little more
    than one week after the caucuses", "more than one million migrants", "more than one
    percent"), and so do odds ("more than one in five voters"); "at least one" stays a count
    (the gold lists it either way), as does "two or more years in jail"."""
    if number.qualifier != "lower" or number.qualifier_start is None or number.kind == "odds":
        return False
    if number.unit or number.currency or number.scale != 1 or number.value != 1:
        return False
    bound = text[number.qualifier_start : number.qualifier_end]
    return _PAST_ONE.fullmatch(bound) is not None


# After "one" and a unit of time these make the span say when something happened, relative
# to another day, as after "a" ("a year later", "a month ago"): no span a story measures.
_DATING = r"before|after|earlier|ago|prior\s+to"
_LOCATES_A_DATE = re.compile(rf"(?i)\s+(?:{_DATING}|later)\b")


# What after a bare span dates a happening against another ("four years ago", "two days
# after Mrs. Clinton spoke"). "later" only after a year (`_later_than_a_year`): NewsQuant
# counts a story's "Nine days later Skaggs was found dead", with no year, as a quantity.
_DATES_AGAINST = re.compile(rf"(?i)\s+(?:{_DATING})\b")
_LATER = re.compile(r"(?i)\s+later\b")
_YEAR = r"(?:1[89]\d\d|20\d\d)"  # a year of the news, as four digits
_A_YEAR = re.compile(rf"(?<![\d,.$]){_YEAR}(?![\d,]|\s*%)")


# Words before a span of time that measure it: a duration ("for 24 years before retiring",
# "over two years after") or a gap the writer weighs ("just eleven days after", "barely 13
# hours after", "only two weeks ago").
_SPAN_MEASURED = frozenset(
    "for over in within during throughout just only barely nearly almost about around roughly "
    "some more less than exactly precisely fully mere".split()
)


# An age bound set after a noun of people: "voters under the age of 30", "people under 45",
# "voters 45 and older" (the bound before the age, or after it: `numbers` reads "45 and older"
# as a lower bound), "voters ages 18 to 39" (a band with both bounds).
_AGE_BOUND_BEFORE = re.compile(
    r"(?i)\b(?P<noun>[a-z]+)\s+(?P<bound>(?:under|over|below|above)\s+)?"
    r"(?:(?:the\s+)?ages?\s+(?:of\s+)?)?$"
)
# The word before the noun: a preposition that picks the group out (`_PICKED_OUT_BY`)?
_WORD_BEFORE = re.compile(r"(?i)\b([a-z]+)\s+$")
# Nouns of people an age band marks off beside the census words of `_PERSONS`; "those" stands
# for people ("among those 26 to 34").
_AGED_GROUPS = frozenset("people adults americans those".split())
# Prepositions that pick a group out of a whole a result is told over: "among voters ages 18 to
# 39", "Sanders whipped Clinton across all demographic categories … except voters over 65".
_PICKED_OUT_BY = frozenset("among except".split())
# What says a sentence gives a poll's results: its shares, or the poll.
_POLLED = re.compile(r"(?i)%|\b(?:percent|percentage|polls?|polled|polling|surveys?|surveyed)\b")


def _bands_a_polls_group(doc: Doc, text: str, number: NumberMatch) -> bool:
    """ "Clinton leads, 59 percent to 28 percent, among voters 45 and older", "Sanders was
    outpacing her among white men and people under 45, according to exit polls", "turnout for
    voters under the age of 30 dropped roughly 40 percent": an age bound after a noun of people,
    in a sentence that gives a poll's shares or names the poll, marks off the group the shares
    are of, as "men aged 18 to 34" does; the shares are the figures, the age is the poll's
    breakdown (the story gold lists each as an age bracket, no figure, in three stories:
    PolNeAR capoll-2016-05, newyork-2016-04, supertuesday-2016-03). So is a band of a group
    that "among" or "except" picks out of the whole a result is told over, poll named or not
    ("Among those 18 to 25 years old, Sanders has a big lead", "whipped Hillary Clinton across
    all demographic categories … except voters over 65": three more stories). An age bound the
    text sets with no poll and no group picked out is a threshold of a law or a plan and stays
    a figure ("legalized recreational marijuana for adults over 21", "Workers who are 58 and
    older would not be affected")."""
    if number.unit not in (None, "year of age") or number.currency:
        return False  # "those 18 to 25 years old": an age, told as one
    if number.value is None or not 18 <= number.value < 100:
        return False
    window_start = max(0, number.number_start - 40)
    found = _AGE_BOUND_BEFORE.search(text[window_start : number.number_start])
    if found is None:
        return False
    if number.qualifier not in ("upper", "lower", "range") and not found.group("bound"):
        return False  # "voters 45": no bound, no band
    noun = found.group("noun").lower()
    parsed = token_at(doc, window_start + found.start("noun"))
    single = {noun.removesuffix("s"), lemma(parsed) if parsed is not None else noun}
    if noun not in _AGED_GROUPS and not single & _PERSONS:
        return False  # the noun read by its lemma too: "Men under 35", "women under 45"
    before = _WORD_BEFORE.search(text[window_start : window_start + found.start("noun")])
    if before is not None and before.group(1).lower() in _PICKED_OUT_BY:
        return True  # "Among those 18 to 25 years old, Sanders has a big lead": a breakdown
    token = token_at(doc, number.number_start)
    return token is not None and _POLLED.search(token.sent.text) is not None


# What makes the object of a verb a condition or a requirement: a condition's mark ("if no
# candidate wins a majority"), a modal of obligation ("you must win the majority of the
# delegates"), and verbs of requiring ("it may require only a simple majority of the House").
_CONDITION_MARKS = frozenset("if unless".split())
_OBLIGATION_MODALS = frozenset("must should".split())
_REQUIRING_VERBS = frozenset("require need".split())


def _majority_measures_nothing(doc: Doc, number: NumberMatch) -> bool:
    """ "will resonate with the majority of voters", "is going to be appealing to a majority of
    Americans", "do not represent the view of the vast majority of the American people",
    "should not go to the floor without a majority of Democratic votes": a majority a
    preposition takes is the larger part of a group the clause is about, as "most voters"
    would be; and "if no candidate wins a majority of the delegates", "you must win the
    majority of the delegates available in eight states", "it may require only a simple
    majority of the House": a majority that a condition, an obligation or a requirement sets
    is the rule of a vote or a nomination, more than half by definition. Neither is a share
    anyone measured (the story gold lists none as a figure, and lists the one it names as a
    threshold: "without a majority of Democratic votes"). A majority that a clause reports
    stays: the subject ("a majority of Americans say") or a passive's doer ("was backed by a
    majority of women"), one a clause on it makes a doer ("With a majority of Americans now
    supporting marijuana legalization, …"), an attribute ("were the vast majority of those
    arrested"), an object of a verb that states it ("Women make up a majority of the American
    electorate", "Clinton is on track to win a majority of pledged delegates")."""
    if number.unit != "%" or not number.words:
        return False
    span = doc.char_span(number.number_start, number.end, alignment_mode="expand")
    majority = next((t for t in span or () if t.lower_ == "majority"), None)
    if majority is None:
        return False
    if majority.dep_ == "pobj":
        if majority.head.dep_ == "agent":
            return False  # "Clinton was backed by a majority of women": the passive's doer,
            # the subject of its active ("a majority of women backed Clinton")
        # "With a majority of Americans now supporting legalization, …": a clause on it says
        # what the majority does, a share the text reports
        # (wherever the parse hangs the clause in its phrase: "With the vast majority of
        # members on the platform committee elected through …", on "committee")
        return not any(t.dep_ in ("acl", "relcl") for t in majority.subtree)
    if majority.dep_ != "dobj":
        return False
    verb = majority.head
    if verb.lemma_ in _REQUIRING_VERBS:
        return True
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_MODALS for c in verb.children):
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children
    )


def _dates_by_a_span(doc: Doc, text: str, number: NumberMatch) -> bool:
    """ "Jewish voters who voted for Obama four years ago", "paid $200,000 …, two days after
    Mrs. Clinton spoke": a bare count of a unit of time before "ago", "after", "before" or
    "earlier" says when something happened, as a date does (the timeline reads it); it
    measures nothing the story reports. A span the word before measures or weighs stays a
    figure ("for 24 years before retiring", "just eleven days after": the gap between two of
    the story's happenings), and so does one a bound makes a figure ("more than a year ago").
    Before "ago" no word does: "ago" counts back from the day of writing, so the bare span
    places the happening on the calendar whatever weighs it or compares with it ("than they
    did just two months ago", "Just eight years ago, Clinton was on the other side", "a
    slightly higher percentage than four years ago": "just" says how recent the date is,
    "than" is the comparison's; the story gold's relative date, in three stories: PolNeAR
    voter-polls, unity and iowa)."""
    if number.qualifier != "exact" or (number.unit or "") not in TIME_NOUNS:
        return False
    dating = _DATES_AGAINST.match(text[number.end :])
    if dating is None and not (_later_than_a_year(doc, number) or _opens_a_scene(text, number)):
        return False
    if dating is not None and dating.group().strip().lower() == "ago":
        return True
    token = token_at(doc, number.start)
    return token is None or not token.i or doc[token.i - 1].lower_ not in _SPAN_MEASURED


def _later_than_a_year(doc: Doc, number: NumberMatch) -> bool:
    """ "won New York's mayoralty as a Republican in 2001 before leaving the party to become an
    independent six years later", "after losing the Democratic primary in 2006. He won
    re-election, and two years later …": a span before "later" counted from a year its
    sentence or the one before names is a date (the year plus the span), as "ago" makes one;
    with no year before it ("Nine days later Skaggs was found dead", "You can't be a victim
    40 years later") it stays the span."""
    if not _LATER.match(doc.text[number.end :]):
        return False
    token = token_at(doc, number.start)
    if token is None:
        return False
    sentence = token.sent
    start = sentence.start_char
    if sentence.start > 0:
        start = doc[sentence.start - 1].sent.start_char
    return _A_YEAR.search(doc.text[start : number.start]) is not None


# A span opening its sentence, then "later" or "prior" and a comma: "Ten minutes later, Benjamin
# J. Rhodes … wrote back", "Two years prior, then-Senator Obama used virtually identical
# language".
_LATER_SET_OFF = re.compile(r"(?i)\s+(?:later|prior)\s*,")
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][\"”’)]*\s+|\n\s*)\Z")


def _opens_a_scene(text: str, number: NumberMatch) -> bool:
    """ "Ten minutes later, Benjamin J. Rhodes, a deputy national security adviser, wrote
    back", "Twenty-three minutes later, Ms. Nuland sent …", "Two months later, as voters went
    to the polls", "Two years prior, then-Senator Obama used virtually identical language": a
    bare span that opens its sentence before "later" or "prior" set off by a comma moves the
    narrative on to its next happening; it says when, as a date does, and measures nothing
    the story reports (the story gold's incidental timing and relative date, in three stories:
    sixteenth-held-out Benghazi e-mails twice, seventeenth Medicare, thirty-third Sanders).
    Unset, the span may be what the sentence tells ("Nine days later Skaggs was found dead":
    NewsQuant's quantity), and inside a sentence it may be the claim ("You can't be a victim
    40 years later, in my opinion")."""
    if not _LATER_SET_OFF.match(text[number.end :]):
        return False
    return _SENTENCE_OPENS.search(text[max(0, number.start - 6) : number.start]) is not None


# "in one instance", "on one occasion", "in one case": a preposition opening an aside with
# "one" and a noun of an occasion tells which time, as "at one point" does; it counts nothing
# ("one instance of fraud was found" counts).
_ONE_IN_AN_ASIDE = re.compile(r"(?i)(?:^|[\s,;(—–-])(?:in|on|at)\s+$")
_ASIDE_NOUNS = frozenset("instance occasion case moment juncture stage place spot".split())


# Prepositions of where, or in which of several, something happens: "in one photo", "at one
# Atlanta location", "on one side".
_SETTING_PREPOSITIONS = frozenset("in at on".split())


def _says_in_which(token: Token, before: str) -> bool:
    """ "the comedian stares the camera down in one photo", "asserting — in one sentence —
    that he uses H-1B visas", "At one Atlanta location, the restaurant was packed", "in one
    email chain he criticized law firms": "one" and its noun after "in", "at" or "on" say
    where, or in which of several, something happened, as "a" would; they count nothing,
    wherever the phrase stands in its clause (the story gold lists such a "one" as no figure
    in eight stories, and none as a figure). So does a noun with "of" after it ("put her
    finger on one facet of Trump's campaign", "elites on one end of the party": which of the
    parts). A span stays a span ("In one year, sales doubled"), and a word that limits it makes
    it a count ("in only one state")."""
    noun = _counted_noun(token)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    if lemma(noun) in TIME_NOUNS or _ONE_BOUND_BEFORE.search(before):
        return False
    preposition = noun.head
    return preposition.lower_ in _SETTING_PREPOSITIONS and preposition.dep_ == "prep"


def _in_a_name(token: Token) -> bool:
    """A number word capitalised inside a sentence after a capitalised word is part of a name
    ("his call of the Kick Six win over Alabama", "the Big Ten", "the Final Four"), not a
    count; not a title's ("Mr. Two"), nor after a colon or a quote mark."""
    if not token.text[:1].isupper() or token.i == token.sent.start:
        return False
    previous = token.doc[token.i - 1]
    return (
        previous.is_alpha
        and previous.text[:1].isupper()
        and previous.i > token.sent.start
        and previous.lower_.rstrip(".") not in lexicon.TITLES
    )


def _picks_one_out(token: Token) -> bool:
    """ "One concern of civil libertarians is the bill's inclusion of …", "One reason is …":
    "one" naming what a copula identifies picks one item of several out, it does not count;
    so does "one" naming what a clause after the copula says ("one notable feature of the
    movie is who it lacks", "one question that has emerged is whether …", "one concern I
    have with Donald is although …": the story gold's not-figures in three PolNeAR stories),
    "one" set against "the other" or "another" later in its sentence ("One provision would
    require …; the other would prohibit …"), and "One strain of criticism came from …"
    opening its sentence. "One soldier is dead" (no noun or clause after the copula) and "one
    person was killed" stay counts."""
    noun = _counted_noun(token)
    if noun is None or noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_ == "be" and _copula_says_what(verb):
        return True
    if (
        token.i == token.sent.start
        and noun.dep_ == "nsubj"
        and lemma(noun) not in TIME_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        and verb.lemma_ not in ("die", "kill")
    ):
        return True  # "One strain of criticism came from human rights groups": one of several
    rest = token.doc[token.i + 1 : token.sent.end]
    return any(
        t.lower_ == "another" or (t.lower_ == "other" and t.i > 0 and t.nbor(-1).lower_ == "the")
        for t in rest
    )


def _copula_says_what(verb: Token) -> bool:
    """Whether a copula names what its subject is: a noun ("is the bill's inclusion"), a clause
    after it ("is who it lacks", "is whether …"), or, where the parse hangs nothing after the
    copula, a clause its next word opens ("is although his language is quite incendiary, …")."""
    if any(c.dep_ == "attr" or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children):
        return True
    if verb.i + 1 >= len(verb.doc) or any(c.i > verb.i for c in verb.children):
        return False
    after = verb.nbor(1)
    return after.pos_ == "SCONJ" or after.tag_ in ("WDT", "WP", "WRB")


# People a "one" picks out: the nouns PolNeAR train writes beside a name (`lexicon.PERSON_NOUNS`,
# roles among them: "at least one potential challenger"), members of a group, relatives, those
# something befell; and the sides people take ("not as an attack on one party, but as an attack
# against the United States": one party set against the whole, not a count of parties).
_PERSON_WORDS = frozenset(
    """
victim parent child kid man woman boy girl student teacher member citizen resident voter
worker employee patient survivor shooter suspect democrat republican conservative liberal
independent delegate juror donor volunteer neighbor neighbour relative cousin uncle aunt
user blogger commenter reader viewer caller listener fan follower customer passenger
protester demonstrator attendee
""".split()
)
_PEOPLE = (
    lexicon.PERSON_NOUNS
    | lexicon.GROUP_NOUNS
    | _PERSON_WORDS
    | frozenset("party side camp faction".split())
)
# Nouns of people: those PolNeAR train writes beside a name (`lexicon.PERSON_NOUNS`), roles,
# and the people words above.
_PERSONS = lexicon.PERSON_NOUNS | lexicon.ROLE_NOUNS | _PERSON_WORDS
# Words that make "one" a count however it is used: "only one Democratic senator", "just one".
_ONE_BOUND_BEFORE = re.compile(r"(?i)\b(?:only|just|exactly|not|not even|but|a single)\s+$")


def _picks_a_person_out(token: Token, before: str) -> bool:
    """ "with one GOP state senator even talking about censuring him", "Mark Mattioli, the
    father of one Newtown shooting victim", "said one Democrat who opposed her": "one" before
    a person singles that person out, as "a" would; it does not count people. A lower bound
    does not make it a count: "at least one senator, Arizona's John McCain, said …",
    "criticism from Republicans, including at least one potential challenger", "support from
    at least one Newtown parent: Mark Mattioli" say that someone did, as "some" would, and
    the text names who (the story gold lists both of its "at least one" people as not
    figures, in two stories, and none as a figure). A word that limits it makes it a count
    ("only one Democratic senator faces a challenge", "just one", "a single"), and so does a
    person something befell ("more than one officer was wounded") or one set beside another
    count ("the union of one man and one woman")."""
    noun = _counted_noun(token)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS"):
        return False
    if lemma(noun) not in _PEOPLE and noun.lower_ not in _PEOPLE:
        return False
    if _ONE_BOUND_BEFORE.search(before):
        return False
    if _beside_another_count(noun):
        return False  # "the union of one man and one woman": counts set side by side
    return noun.dep_ != "nsubjpass" and not (noun.dep_ == "nsubj" and noun.head.lemma_ == "die")


def _beside_another_count(noun: Token) -> bool:
    """ "the union of one man and one woman": a noun joined to another that has a count."""
    paired = [c for c in noun.children if c.dep_ == "conj"] + (
        [noun.head] if noun.dep_ == "conj" else []
    )
    return any(c.dep_ == "nummod" for p in paired for c in p.children)


def _brings_one_in(token: Token, before: str) -> bool:
    """ "One guy came in and said maybe we should start killing them", "One organization
    campaigning for Britain to leave the European Union … posted", "When one chamber of
    Congress is in session but not working": "one" on the subject of its clause brings in a
    thing the clause goes on to tell about, as "a" would; it counts nothing (the story gold:
    no figure in three stories, and none of its figures is such a "one"). A word that limits
    it makes it a count ("Only one person was killed", "just one"), and so do what befell it
    ("one officer was wounded", "one person died", "One soldier is dead": a passive, "die",
    a copula with an adjective) and a count set beside it ("one man and one woman were
    arrested")."""
    noun = _counted_noun(token)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "nsubj":
        return False
    if noun.tag_ in ("NNS", "NNPS") or lemma(noun) in TIME_NOUNS:
        return False
    if _ONE_BOUND_BEFORE.search(before):
        return False
    verb = noun.head
    if verb.lemma_ in ("die", "kill") or (
        verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)
    ):
        return False
    return not _beside_another_count(noun)


def _or_two(token: Token) -> bool:
    """ "He could still summon stats and an anecdote or two", "Christie still needs a stumble
    or two by the establishment types", "in the coming year or two", "in this last week or
    two": "or two" after one thing named with an article or a demonstrative ("a NOUN or
    two") says "one, perhaps a few", a loose amount that counts nothing (the story gold's
    idiom and vague span, not-figures in four stories). After "a" a noun of time measures a
    span ("if Congress waited a month or two": one or two months, the gold's range), so it
    stays."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ != "or" or doc[token.i - 2].tag_ != "NN":
        return False
    noun = doc[token.i - 2]
    at = noun.i - 1
    while at >= 0 and doc[at].pos_ in ("ADJ", "NOUN", "VERB") and noun.i - at < 4:
        at -= 1  # "the discrete issue", "this last week", "the coming year"
    if at < 0 or doc[at].lower_ not in ("a", "an", "the", "this", "that"):
        return False
    return not (doc[at].lower_ in ("a", "an") and lemma(noun) in TIME_NOUNS)


# Nouns of a point in time that "one" before them picks out, as "a" would ("One Sunday in late
# 2001"): the parts of a day and the days of the week.
_POINTS_OF_TIME = frozenset("day morning afternoon evening night".split()) | frozenset(
    name for name in WEEKDAYS if name.endswith("day")
)
# Words after a span of time that measure from it ("One day later", "one night after the vote").
_MEASURED_FROM = frozenset("later earlier ago after before since".split())


def _sets_a_time(token: Token) -> bool:
    """ "One recent afternoon, two volunteers were running a phone bank", "One recent
    afternoon, the women were leaving the skate park", "One Sunday in late 2001, according to
    …, she called": "one" opening its sentence on a day, a part of a day or a weekday that the
    clause is set on (no preposition: the parser's adverbial noun) says when, as "a" or "on a
    certain" would; it counts nothing (the story gold has no figure on such a "one"; three
    stories: forty-ninth's Trump and the tech world, forty-seventh's skateboarders and Carly
    Fiorina's years at Hewlett-Packard). A span measured from ("One day later"), inside a
    sentence ("He worked one day a week") or the object of a verb ("It took one day") stays."""
    noun = _counted_noun(token)
    if noun is None or token.i != token.sent.start or noun.dep_ != "npadvmod":
        return False
    if noun.lower_ not in _POINTS_OF_TIME:
        return False
    return not any(c.lower_ in _MEASURED_FROM for c in noun.children)


_POSSESSIVE_PRONOUNS = frozenset("my our your his her its their".split())
# Determiners of things the reader already knows: "the two states", "their two states".
_DEFINITE = frozenset("the both these those".split()) | _POSSESSIVE_PRONOUNS


def _refers_back(doc: Doc, token: Token, number: NumberMatch) -> bool:
    """ "The two states filed a lawsuit", "connects their two states", "chatted with two of
    her young children": "two" after a definite determiner (an article, a demonstrative, a
    possessive pronoun; past the noun's adjectives: "The last two Republican winners",
    `_determiner_past_adjectives`), or over a whole named by a demonstrative or a possessive
    pronoun, names a pair the story already knows, it does not count them; unless a clause after the
    noun says which ("the two officers injured in the attack", "two of the bombs sent this
    week") or "more" adds to them ("two more of the explosive devices"). A possessive name
    ("four of Mr. Trump's trips", "the state's four legislative caucuses") is not a pronoun:
    those count. From three on a definite count tells the reader a size ("the seven articles
    and 27 amendments", "his three terms as mayor", "all four of those elements", "the
    half-dozen Republican senators"): in the 44 gold stories 9 of the 12 definite "two"s are
    no figures, and 14 of the 15 definite counts of three to nine are figures."""
    if number.qualifier != "exact" or number.unit or number.currency:
        return False
    if number.value != 2:
        return _stands_for_the_ones_named(token, number)
    if re.match(r"-(?!(?:halves|thirds|quarters|fourths|fifths)\b)\w", doc.text[number.end :]):
        return False  # "the four-term congressman": a measure of the noun, not a reference
    if _said_of_these(token):
        return True  # "These are two men that are building a good will relationship"
    previous = _determiner_past_adjectives(token)
    if previous is not None and previous.lower_ in _DEFINITE:
        if previous.lower_ not in ("the", "both") and not _points_back(previous):
            return False  # "her" as an object: "told her two things"
        noun = _counted_noun(token)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
            return True
        return not _says_which(noun)
    whole = _partitive_whole(token)
    if whole is None:
        return False
    pointer = next((c for c in whole.children if c.dep_ in ("det", "poss")), None)
    return pointer is not None and _points_back(pointer)


# Nouns a text's length is counted in ("a one word answer", "the two-paragraph mention").
_TEXT_LENGTHS = frozenset("word sentence paragraph".split())


def _sizes_a_text(token: Token) -> bool:
    """ "Christie gave a one word answer on the question", "a three-word proclamation: ''Over
    the Top.''", "My fame ended with the two-paragraph mention in Yahoo News": a count in words
    of a text's length, the length noun set before another noun it describes, tells the kind
    of the thing, not a quantity of it (the story gold's incidental count, in three stories:
    PolNeAR super-bowl of the forty-fifth, the twenty-sixth's convention and the twenty-fifth's
    Wasserman Schultz). Said of what was changed or said it stays a figure ("it had changed
    only one word in the talking points": the length noun is the object)."""
    noun = _counted_noun(token)
    return (
        noun is not None
        and noun.lemma_.lower() in _TEXT_LENGTHS
        and noun.dep_ == "compound"
        and noun.head.pos_ == "NOUN"
        and noun.head.i > noun.i
    )


def _stands_for_the_ones_named(token: Token, number: NumberMatch) -> bool:
    """ "So far, none of the four has publicly prioritized one state over the other", "“Of the
    three, I like John Kasich the best.”", "None of those three have declared any
    preferences", "None of the three laid out a plan": a count of three or more in words, after
    a definite determiner (or a demonstrative or possessive pronoun that points back) and with
    no noun of its own, stands for the people or things the text has just named, as "the two"
    does; it counts nothing (the story gold's incidental count, in three stories: PolNeAR
    cruz-christie-early-states-2015-11, delegates-2016-04 and paris-2015-11, never a figure
    there). With a noun a definite count from three on tells a size ("the seven articles", "his
    three terms as mayor": figures), and so does one a clause after it picks out ("the only one
    of the four accused of the trumped-up security violation"); "all four" is no determiner
    ("all four would have to agree": a figure)."""
    value = number.value
    if value is None or value < 3 or value != round(value):
        return False
    noun = _counted_noun(token)
    if token.dep_ == "compound" or (noun is not None and noun.pos_ in ("NOUN", "PROPN")):
        return False  # "the five million Syrians", "the three states"
    if re.match(r"-\w", token.doc.text[number.end :]):
        return False  # "the seven-member panel": a measure of the noun
    previous = _determiner_past_adjectives(token)
    if previous is None or previous.lower_ not in _DEFINITE:
        return False
    if previous.lower_ not in ("the", "both") and not _points_back(previous):
        return False
    return not _says_which(token)


# Adjectives that add to a count or weigh it ("the additional two officers", "the mere two
# votes", "the sole two survivors"): they make it a count, as "more" and "only" do.
_WEIGHS_THE_COUNT = frozenset(
    "additional extra further added more mere sole lone only just entire whole full total "
    "paltry measly scant meager meagre whopping".split()
)


def _determiner_past_adjectives(token: Token) -> Token | None:
    """The word before a count, past the adjectives of its noun that stand between a
    determiner and the count: "the last two Republican winners", "the past two Republican
    presidential nomination fights", "The other two states", "the next two of the 'early four'
    states" (the adjective on the count, where the count is the phrase's head). An adjective
    there places the pair in a series or sets it against the rest of a set the story knows; the
    determiner still says the reader knows which two they are. A participle ("the remaining two
    delegates") and an adverb on the count ("the only two Republicans", where "only" weighs
    the count) are no such adjectives: the word before them stays the word before the count.
    Nor is an adjective that adds to the count or weighs it, as "more" and "only" do ("The
    additional two officers will be hired", "the extra two seats", "The mere two votes", "the
    sole two survivors"): those count."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i > 0 else None
    noun = token.head if token.dep_ == "nummod" else token
    while (
        previous is not None
        and previous.i > 0
        and previous.tag_ == "JJ"
        and previous.dep_ == "amod"
        and previous.head.i == noun.i
        and previous.lower_ not in _WEIGHS_THE_COUNT
    ):
        previous = doc[previous.i - 1]
    return previous


# The parts a place is divided into, for its government or its elections.
_DIVISIONS = frozenset(
    "county district borough precinct ward parish province canton prefecture municipality".split()
)


def _counts_a_places_parts(token: Token, number: NumberMatch) -> bool:
    """ "key workers in Iowa's 99 counties", "early results from the state's 14 congressional
    districts", "Long Island, the five boroughs, and upstate cities": a count after a
    possessive or "the" of the parts a place is divided into is how many the place has, a
    fact of its map, not an amount the story reports (the story gold lists each as an
    incidental count, or leaves it out, in three stories: PolNeAR iowa-2016-02, wyoming-2016-04,
    newyork-2016-04). A count the text sets apart stays ("In three precincts of Virginia's Third
    Congressional District", "we have 32 districts"), as does one a clause narrows ("the 12
    counties that voted for Obama"), as does one a phrase narrows ("the four cantons with the
    highest voter turnout", "the 25 counties POLITICO identified as …", a clause the parse
    takes for an apposition); right before a superlative the count is a band of a ranking
    ("the state's three largest counties", `_bands_a_ranking`); a phrase
    that names the place narrows nothing ("the 67 counties in Pennsylvania", "the five
    boroughs of New York City")."""
    if number.qualifier != "exact" or number.unit or number.currency or token.i == 0:
        return False
    noun = _counted_noun(token)
    if noun is None or noun.i < token.i or lemma(noun) not in _DIVISIONS:
        return False
    previous = token.doc[token.i - 1]
    if previous.lower_ != "the" and previous.tag_ != "POS":
        return False
    return not _says_which(noun) and not _picks_some_parts(token, noun)


# Prepositions after a place's parts that name the place, not which of them ("in Pennsylvania").
_PLACE_PREPOSITIONS = frozenset("of in across throughout".split())


def _picks_some_parts(count: Token, noun: Token) -> bool:
    """A superlative between the count and its noun ("the state's three largest counties"), or
    a phrase right after the noun, not set off by a comma, that says which ("the four cantons
    with the highest voter turnout", "the 25 counties POLITICO identified as …", where the
    parse hangs the clause on its subject as an apposition)."""
    doc = noun.doc
    if any(t.tag_ in ("JJS", "RBS") for t in doc[count.i + 1 : noun.i]):
        return True
    for child in noun.rights:
        if any(t.text == "," for t in doc[noun.i + 1 : child.left_edge.i + 1]):
            break  # set off by a comma: it tells more about them
        if child.dep_ == "appos" or (
            child.dep_ == "prep" and child.lower_ not in _PLACE_PREPOSITIONS
        ):
            return True
    return False


_COORDINATORS = frozenset(("and", "or", ","))
_PHRASE_WORDS = frozenset("NOUN PROPN ADJ".split())


def _one_of_each(token: Token, number: NumberMatch) -> bool:
    """ "defining marriage as the union of one man and one woman", "two competing approaches
    to reopen the government — one Republican and one Democratic —", "split control: one
    Republican chamber, one Democratic", "any sort of endorsement of marriage between two men
    or two women": the same count written on each of two joined noun phrases says what each
    member of a pair is, or which of two alternatives, not how many of anything the story
    reports (the story gold's incidental count or definition, in four stories: reannotated
    1e41e98b, NYT; BASIL 8dc7ccfe, Fox; PolNeAR lgbt-2016-07 and gop-fibbing-2015-11, where
    the gold never lists such a pair as figures). From two on only alternatives ("or") are
    such a choice; "two Democrats and two Republicans" counts a panel's seats. Read on the
    words: only the noun phrase's own words (nouns, names, adjectives) may stand between the
    count and the joining word, so that joined clauses keep their counts ("One man was killed
    and one woman was injured")."""
    if number.qualifier != "exact" or number.unit or number.currency or not number.words:
        return False
    doc = token.doc
    word = token.lower_

    def joined(words: list[Token], coordinators: list[Token]) -> bool:
        kinds = {t.lower_ for t in coordinators}
        if not words or not coordinators or not kinds <= _COORDINATORS:
            return False
        if any(t.pos_ not in _PHRASE_WORDS for t in words):
            return False
        return number.value == 1 or "or" in kinds

    # this count, its phrase, then the joining word(s) and the same count
    i = token.i + 1
    words = []
    while i < len(doc) and len(words) < 3 and doc[i].lower_ not in _COORDINATORS:
        words.append(doc[i])
        i += 1
    coordinators = []
    while i < len(doc) and doc[i].lower_ in _COORDINATORS and len(coordinators) < 2:
        coordinators.append(doc[i])
        i += 1
    if i < len(doc) and doc[i].lower_ == word and joined(words, coordinators):
        return True
    # the same count, its phrase and the joining word(s) before this count
    i = token.i - 1
    coordinators = []
    while i >= 0 and doc[i].lower_ in _COORDINATORS and len(coordinators) < 2:
        coordinators.append(doc[i])
        i -= 1
    words = []
    while i >= 0 and len(words) < 3 and doc[i].lower_ != word:
        words.append(doc[i])
        i -= 1
    if i < 0 or doc[i].lower_ != word:
        return False
    # the count's own phrase goes on as a noun phrase too ("one Democratic": cut short)
    after = token.i + 1
    if after < len(doc) and doc[after].pos_ not in _PHRASE_WORDS:
        return False
    return joined(words, coordinators)


def _restates_names(token: Token, number: NumberMatch) -> bool:
    """ "Senators John McCain and Lindsey Graham, two of the strongest Republican critics of
    the administration, offered support", "Bill Baroni and David Wildstein, two senior officials
    and allies of Mr. Christie", "mistreating Diamond and Silk -- two pro-Trump personalities",
    "a race that has been dominated by Trump and Cruz, two outsider candidates", "support among
    women and blacks - two groups that have been essential for her", "if he fails to win Florida
    or Ohio, the two delegate-rich, winner-take-all primaries": a count set off by a comma or a
    dash right after as many names or nouns joined by "and" or "or" as it says describes what
    was just named; it counts nothing the text has not set out ("Two Republicans, Susan
    Collins and Lisa Murkowski, voted against it", the names after the count, stays the count
    of the vote). Read on the names, the nouns and the marks, not the parse, which hangs such
    a phrase on the names, on a noun before them or on the sentence's subject."""
    if number.qualifier != "exact" or number.unit or number.currency:
        return False
    doc = token.doc
    end = token.i - 1
    if end >= 0 and doc[end].lower_ == "the":
        end -= 1  # "Florida or Ohio, the two … primaries"
    while end >= 1 and doc[end].text == "-" and doc[end - 1].text == "-":
        end -= 1  # "--" read as two hyphens
    if end < 1 or doc[end].text not in _SET_OFF_MARKS:
        return False
    # what is named right before the mark, back through "and", "or" and commas ("Bridget Anne
    # Kelly, and Bill Baroni and David Wildstein, two senior officials": the last two, or all)
    names = {e.end: e for e in doc.ents if e.label_ in _NAMED_KINDS and e.end <= end}
    named, joined = 0, False
    while end > 0:
        name = names.get(end)
        if name is not None:
            end = name.start
        elif doc[end - 1].pos_ in ("NOUN", "PROPN"):
            end -= 1  # "women and blacks", a noun no entity spans
        else:
            return False
        named += 1
        if named == number.value and named >= 2 and joined:
            return True
        between = [t.lower_ for t in doc[max(end - 2, 0) : end]]
        if between[-1:] in (["and"], ["or"]):
            joined = True
            end -= 2 if between[:1] == [","] else 1
        elif between[-1:] == [","] and named == 1:
            return False  # "In Iowa, two" is no list
        elif between[-1:] == [","]:
            end -= 1
        else:
            return False
    return False


_SET_OFF_MARKS = frozenset((",", "-", "--", "\u2014", "\u2013"))
_NAMED_KINDS = frozenset("PERSON ORG GPE NORP LOC FAC".split())


def _names_the_ones_it_picks(token: Token, number: NumberMatch) -> bool:
    """ "Two of the named plaintiffs, Christine Kwapnoski and Betty Dukes, attended", "told two
    of Congress's most outspoken critics of the efforts, Senators Ron Wyden of Oregon and Mark
    Udall of Colorado", "The court's other two female justices, Elena Kagan and Sonia
    Sotomayor": a small count that picks members out of a set the story knows ("two of the …",
    "the other two …") and names them in apposition right after counts nothing; the names
    say who. A count of a set of its own stays a count, names or not ("two U.S. Capitol
    Police officers, Special Agents David Bailey and Crystal Griner", "Two Republicans, Susan
    Collins and Lisa Murkowski, voted against it")."""
    value = number.value or 0
    if number.qualifier != "exact" or number.unit or number.currency or not 1 < value < 6:
        return False
    partitive = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    previous = token.doc[token.i - 1] if token.i else None
    other = previous is not None and previous.lower_ == "other"
    if not partitive and not other:
        return False
    picked = [token, token.head] if token.dep_ == "nummod" else [token]
    people = 0
    for appos in (c for word in picked for c in word.children if c.dep_ == "appos"):
        stack = [appos]
        while stack:  # the names and those joined to them, not what a clause on them says
            word = stack.pop()
            people += word.ent_type_ == "PERSON"
            stack.extend(c for c in word.children if c.dep_ in ("conj", "prep", "pobj"))
    return people >= value


def _points_back(word: Token) -> bool:
    """A demonstrative, or a possessive pronoun as one: "all four of those elements", "two of
    her young children" ("five of the bombs sent this week" names its whole anew; "told her
    two things" has "her" as an object)."""
    return word.lower_ in ("these", "those") or (
        word.lower_ in _POSSESSIVE_PRONOUNS and word.tag_ == "PRP$"
    )


def _sets_out_its_items(token: Token) -> bool:
    """ "vowed to make one change to his behavior: “I will no longer …”", "There's only one
    way out: open the government", "He has only one interest: conducting a fair …": "one"
    whose phrase a colon ends announces the one thing the text sets out after it; it picks it
    out, it counts nothing of the story. A bound stays a count ("the report did get support
    from at least one Newtown parent: Mark Mattioli"), and so does a count of two or more,
    the size of the set the colon lists ("broken down into four key subsections: law
    enforcement, …", "met with Lieberman and three other candidates: …", "guided by three
    principles: …", "nine leading U.S. Internet companies: Microsoft, …": figures in four gold
    stories, where the three "one"s before a colon are not)."""
    noun = _counted_noun(token)
    if noun is None or noun.pos_ != "NOUN" or noun.i < token.i or token.lower_ != "one":
        return False
    if lemma(noun) in TIME_NOUNS:
        return False  # "the strategy they have pursued over the last two years: obstruct and
        # delay": a span of time has no items for a colon to set out
    end = max([noun.i, *(c.right_edge.i for c in noun.children if c.dep_ == "prep")])
    if end + 1 < len(token.doc) and token.doc[end + 1].text == ":":
        return True
    # a clause on the noun ends the phrase too: "“One fun fact I learned in this process: I
    # have paid a higher tax rate than the Clintons”" (a verb after it is the phrase's own:
    # "One official who attended said: …" counts no item)
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.i > noun.i]
    if not clauses:
        return False
    end = max(end, *(c.right_edge.i for c in clauses))
    return end + 1 < len(token.doc) and token.doc[end + 1].text == ":"


def _says_which(noun: Token) -> bool:
    """Whether a clause after a noun says which of them it means: "the two officers injured
    in the attack", and an infinitive or a relative pronoun right after it wherever the parse
    hangs it ("one of the nine lawmakers to vote against the resolution, said": the parser
    takes "to vote" for the saying verb's). A clause set off by a comma tells more about them,
    it does not pick them out ("the only one for the two vice presidential candidates,
    fluctuated between …", where the parse hangs the main verb on the noun), and an infinitive
    of the verb whose object holds the noun is that verb's ("a law that requires the nominee
    of the two major parties to release their tax returns")."""
    doc = noun.doc
    if any(
        c.dep_ in ("acl", "relcl")
        and c.i > noun.i
        and "," not in (t.text for t in doc[noun.i : c.left_edge.i])
        for c in noun.children
    ):
        return True
    following = doc[noun.i + 1 : noun.i + 3]
    if len(following) == 2 and following[0].lower_ == "to" and following[1].pos_ == "VERB":
        return not _in_the_object_of(noun, following[1].head)
    return len(following) >= 1 and following[0].tag_ in ("WDT", "WP")


def _in_the_object_of(noun: Token, verb: Token) -> bool:
    """Whether the noun is in the object of the verb: "requires [the nominee of the two major
    parties] to release", where the infinitive after the noun is the verb's complement."""
    return any(
        c.dep_ == "dobj" and c.left_edge.i <= noun.i <= c.right_edge.i for c in verb.children
    )


def _said_of_these(token: Token) -> bool:
    """ "These are two men that are building a good will relationship", "These are two
    standout changes on a long list of new rules": a count said of "these" or "those" by a
    copula names again what the demonstrative points at; the subject says which, the count
    adds nothing the story has not set out (the story gold's incidental count)."""
    noun = _counted_noun(token)
    if noun is None or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("these", "those") for c in noun.head.children)


def _partitive_whole(token: Token) -> Token | None:
    """The whole a number is part of ("four of those elements": elements), where the number
    is the phrase's head and no clause says which of the whole it means."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.pos_ not in ("NOUN", "PROPN") or _says_which(whole):
        return None
    return whole


_RATE_NOUNS = frozenset("rate share percentage proportion".split())


def _shares_a_later_percent(doc: Doc, number: NumberMatch, later: list[NumberMatch]) -> bool:
    """ "her 2014 federal tax rate was 35.72, and, with city and state income taxes, was a
    combined rate of 45.8 percent": a bare number a rate is, in a sentence that gives another
    rate in percent, is in percent too (the unit written once for both)."""
    if number.unit or number.currency or number.words or number.qualifier != "exact":
        return False
    token = _number_token(doc, number)
    if token is None or token.dep_ not in ("attr", "appos"):
        return False
    measured = _copula_subject(token) if token.dep_ == "attr" else token.head
    if measured is None or measured.lemma_.lower() not in _RATE_NOUNS:
        return False
    sentence = token.sent
    return any(other.unit == "%" and other.start < sentence.end_char for other in later[:3])


# "moved to the mainland U.S. at age 13", "a White House bid at age 78", "Malia and Sasha Obama,
# aged 16 and 13": the age someone did something at, or one set off after their name, not the
# band of ages of a group ("men aged 18 to 34").
_AGE_OF_SOMEONE = re.compile(r"(?i)(?:\bat|,)\s+aged?\s+$")


def _is_age_apposition(text: str, number: NumberMatch) -> bool:
    """ "Jamie Armstrong, 25, said", "Mr. Lewis, now 77,", "Moore, then 32,", "Labrador, who is
    46, said", "Crutcher, 40 ― a father and student": an age set off after a name, by commas
    or a dash."""
    before = text[max(0, number.start - 30) : number.start]
    after = text[number.end : number.end + 2]
    return (
        number.qualifier == "exact"
        and _may_be_an_age(number)
        and bool(re.search(r"[A-Z][\w.'’-]+,\s*(?:now\s+|then\s+|who\s+(?:is|was)\s+)?$", before))
        and (after.startswith(",") or after[:1] in (".", ";") or after == "" or _DASH.match(after))
    )


# A dash that sets off an apposition: em dash, en dash, horizontal bar, with a space before
# it or none ("Crutcher, 40 ― a father"), not a hyphen ("Smith, 40-year").
_DASH = re.compile(r"\s?[—–―]")


def _may_be_an_age(number: NumberMatch) -> bool:
    """A bare whole number of years a person may be: no unit, no currency, 1 to 119."""
    value = float(number.value or 0)
    return not number.unit and not number.currency and value.is_integer() and 0 < value < 120


def _is_age_of_someone(doc: Doc, number: NumberMatch) -> bool:
    """A bare whole number the parse makes a person's age (`quantities.of_someone`): "when she
    was 14", "someone who is 19 or older", "His age, 75,"."""
    if number.qualifier not in ("exact", "lower", "upper") or not _may_be_an_age(number):
        return False
    token = _number_token(doc, number)
    if token is not None and of_someone(token):
        return True
    # "adults over 21", "children under 5": a bound on the age of a group of people
    bound = token_at(doc, number.qualifier_start) if number.qualifier_start is not None else None
    if bound is None or bound.i == 0 or bound.idx >= number.number_start:
        return False
    if (
        token is not None
        and token.dep_ == "nummod"
        and token.head.pos_ == "NOUN"
        and token.head.lemma_.lower() not in ("year", "month")
    ):
        return False  # "took money from its people under one pretense": it counts a noun
    return bound.lower_ in ("over", "under") and lemma(doc[bound.i - 1]) in lexicon.AGE_GROUPS


# "the first", "his first" right before a number: the number says where a part ends.
_FIRST_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|these|those|my|our|your|his|her|its|their)|[\w.]+['’]s)\s+first\s+$"
)


# "the last" or "the final" before a span that a year closes: "the last three months of 2015".
_LAST_BEFORE = re.compile(r"(?i)\bthe\s+(?:last|final)\s+$")
_OF_A_YEAR = re.compile(rf"\s+of\s+{_YEAR}(?![\d%]|[,.]\d|\s*percent)")


def _opening_part(text: str, number: NumberMatch) -> bool:
    """ "during his first two years in office", "in 2014 and the first four months of 2015",
    "If you read the first three-quarters of his report, it says indict": "the first" before
    a number names the opening part of a whole the text gives (a term, a year, a report) by
    where it ends, as a date names a day; it measures nothing the story reports (the story
    gold lists each as a date span or an incidental duration, in three stories of three
    outlets: BASIL 3ae35b16, NYT; 6e502405, HuffPost; PolNeAR fbiclint, Politico). So after
    a demonstrative or a name's possessive, and for the opening stretch of a distance: "in
    these first three states", "Obama's first five questioners", "during the convention's
    first three nights", "Cruz had already run the first 25 miles" (the story gold's
    incidental count or idiom, in four stories: PolNeAR fox-debate-2016-01, islamic-state-2015-11,
    trump-convention-2016-07 and wyoming-2016-04). "The last five days", "over the past six
    years", "the next 75 years" count back or on from now: they stay spans, as does a measure
    made an adjective ("his first four-year term"); a share or an amount of money after
    "first" is no part ("the first 10 percent", "the first $500"). The closing part of a
    year is named the same way: "the last three months of 2015" (raised "during", a stake
    increased "over", an FEC report "covering" them) is a quarter, a date span in the story
    gold each time (PolNeAR sanders-2016-01 and valeant, four articles); the last part of
    a term or a presidency is not a year's, and stays a span ("the final seven months of
    Obama's presidency": how long is left)."""
    if number.unit == "%" or number.currency:
        return False
    if re.search(r"-[a-z]+$", text[number.number_start : number.end]) and number.unit != "fraction":
        return False  # "his first four-year term": the term's length
    start = min(number.start, number.qualifier_start or number.start)
    if _LAST_BEFORE.search(text[max(0, start - 25) : start]) and _OF_A_YEAR.match(text, number.end):
        return number.unit in TIME_NOUNS  # "during the last three months of 2015": a quarter
    return _FIRST_BEFORE.search(text[max(0, start - 25) : start]) is not None


# "the second half", "the middle one-fifth", "the lower half", "the Republican half": the word
# between "the" and a fraction that says which part it is.
_WHICH_PART = re.compile(r"(?i)\bthe\s+([a-z]+)\s+$")
_PLACES_OF_A_PART = frozenset(
    "top bottom middle upper lower front back last latter former".split() + list(_ORDINALS)
)


def _names_a_part(doc: Doc, text: str, number: NumberMatch) -> bool:
    """ "The middle one-fifth paid 8.9 percent, … and those in the bottom fifth of incomes paid
    0.8 percent", "As the South industrialized in the second half of the 20th century",
    "Families from the top half of the income distribution … than students from the lower half",
    "Bill McInturff, the Republican half of a bipartisan polling team": a fraction after "the"
    and a word that says which part it is, by its place (an ordinal, "top", "middle",
    "lower") or by whom it stands for (a proper adjective), names that part of a whole, as "the
    top 1 percent" names a band (`_marks_off_the_top`) and "the first half" a stretch of time
    (`_opening_part`); it measures no share (the story gold: an income-group label, an ordinal
    or period name, in PolNeAR trumptax and china-trade). "The other half", "the remaining
    third" are shares, and a bound or an estimate makes one ("the nearly one-third")."""
    if number.unit != "fraction" or number.qualifier != "exact":
        return False
    window = max(0, number.start - 25)
    which = _WHICH_PART.search(text[window : number.start])
    if which is None:
        return False
    if which.group(1).lower() in _PLACES_OF_A_PART:
        return True
    word = token_at(doc, window + which.start(1))
    return word is not None and word.ent_type_ == "NORP"


# Prepositions of time before a bound: what they bound is a date ("until at least 2015"), not
# an amount ("to more than 2000").
_TIME_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:until|till|by|before|after|since|in|from|through|during)\s+$"
)


def _is_year(text: str, number: NumberMatch, before: str) -> bool:
    digits = text[number.number_start : number.end]
    if number.qualifier == "range":
        digits = re.split(r"\s|-|–", digits.strip())[0]
    if not re.fullmatch(r"(1[6-9]|20|21)\d\d", digits.strip()) or number.currency or number.unit:
        return False
    if number.qualifier in ("lower", "upper"):
        # "wait until at least 2015", "by as early as 2020": a bound on a date
        start = min(number.start, number.qualifier_start or number.start)
        return _TIME_PREPOSITION_BEFORE.search(text[max(0, start - 12) : start]) is not None
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
    if number.currency or number.unit or number.qualifier != "exact" or number.tally:
        return False  # "beat Charlton 2-1" is a score after a name, not a name
    digits = text_of(doc)[number.number_start : number.end]
    if "," in digits or "." in digits:
        return False
    start = number.number_start
    if start > 0 and (text_of(doc)[start - 1].isalpha() or text_of(doc)[start - 1] == "-"):
        return True
    if token.i == 0:
        return False
    prev = doc[token.i - 1]
    if prev.is_stop or prev.lower_ in MONTHS or not any(c.isupper() for c in prev.text):
        return False
    nxt = next_token(token)
    counts_a_noun = nxt is not None and nxt.tag_ == "NNS" and nxt.text.islower()
    return not counts_a_noun or (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_title)


# A proper noun inside a sentence after "the" or a quote mark, then "of" or "for": the start of
# a name that a number ends ("the Group of 20", "the “Gang of Eight”", "the Fight for 15").
_NAME_OF_OR_FOR = re.compile(r"(?:\b[Tt]he\s+|\b([Aa]n?)\s+|[\"“‘'])([A-Z][a-z]+)\s+(?:of|for)\s+$")


def _ends_a_name_of_or_for(text: str, token: Token, number: NumberMatch) -> bool:
    """ "Obama spoke after the Group of 20 conference", "Rubio's work on the “Gang of Eight”
    immigration bill", "the Fight for 15 protesters": a bare number after "of" or "for" and a
    proper noun (singular, inside the sentence, after "the" or a quote mark) is the end of that
    name, as "the Big Ten" is one (`_in_a_name`); the story gold lists each as a name with
    digits (three stories). "of" must hang on the noun; "for" the parser may hang on the verb
    ("He pointed to the Fight for 15 protesters"), and a verb's "for" and a count says how long
    or how much, with a unit ("worked at Carrier for 13 years", "a citizen of the United States
    for 85 years": counts). "of" before a plural counts what a body is made of ("The Army of
    10,000 men marched"); an amount with a unit or a currency is never a name's ("the province
    of Shandong for 92 million yuan"), nor is a plural people's ("the Americans of 65 and
    older"). After "a" the name only stands before the noun that "a" goes with ("during a
    Group of 20 meeting in Turkey": the story gold's name with digits, PolNeAR nyt): "a" before
    the name itself makes it one of its kind, and the number counts ("a Committee of 100")."""
    if number.unit or number.currency or number.qualifier != "exact" or number.tally:
        return False
    found = _NAME_OF_OR_FOR.search(text[max(0, number.start - 40) : number.start])
    if found is None:
        return False
    prep = token.head if token.dep_ == "pobj" and found.group(1) is None else None
    if prep is None and token.dep_ == "nummod" and token.head.dep_ == "pobj":
        prep = token.head.head  # "the Group of 20 conference": the count on the name's noun
        if (prep.lower_ == "of" or found.group(1)) and token.head.tag_ != "NN":
            return False  # "the Army of 10,000 men": what a body is made of, counted
    if prep is None or prep.lower_ not in ("of", "for") or prep.i != token.i - 1:
        return False
    name = token.doc[prep.i - 1]
    if prep.lower_ == "of" and prep.head.i != name.i:
        return False  # "of" on something else: no part of the name
    # "for" the parser hangs on the verb before the name ("He pointed to the Fight for 15
    # protesters"): a verb's "for" before a count says how long or how much, with a unit
    return name.text == found.group(2) and name.tag_ == "NNP" and name.i > name.sent.start


# The entity kinds the parser gives names of: a number inside one is part of the name.
_NAME_LABELS = frozenset("PERSON ORG PRODUCT WORK_OF_ART LAW EVENT FAC".split())


def _in_a_named_entity(token: Token, number: NumberMatch) -> bool:
    """ "contact with the G.R.U. through Guccifer 2.0 and WikiLeaks", "Web 2.0", "Senate Bill
    1062": a number the parser's named entity (a person, a body, a product, a law, a work, an
    event, a building) holds after a capitalised word of the name is part of that name, not an
    amount (the story gold lists every such number as a name with digits, never a figure);
    not a bare number the parser tagged alone ("727"), nor a score after a name ("beat
    Charlton 2-1") or an amount with a unit."""
    if number.currency or number.unit or number.tally or token.ent_type_ not in _NAME_LABELS:
        return False
    entity = next(e for e in token.doc.ents if e.start <= token.i < e.end)
    return any(
        t.is_alpha and t.text[:1].isupper() and not t.like_num
        for t in token.doc[entity.start : token.i]
    )


# What sets an aside off inside a sentence: dashes and parentheses, opener to closer.
_ASIDE_MARKS = {"(": ")", " -- ": " -- ", "\u2014": "\u2014", " \u2013 ": " \u2013 "}


def _writers_aside(doc: Doc, text: str, statement: Statement, number: NumberMatch) -> bool:
    """A figure in an aside the writer sets off by dashes or parentheses inside reported
    speech in the writer's words is the writer's gloss on a word, not the speaker's: "He
    suggested raising the age at which retirees can receive full benefits -- currently, 66
    years old -- would be on the table". In a quote the dashes are the speaker's own, and an
    aside that is a clause, its own or a relative one, goes on with the report ("the poll
    shows Trump at 17 percent (Mitt Romney leads the pack at 21 percent)"; "the company says,
    the plaintiffs -- who worked in 3,400 stores in 170 job classifications -- do not have
    enough in common": the company's argument, by the tuning gold of that story)."""
    if statement.form == "direct":
        return False
    start, end = statement.content.start, statement.content.end
    if statement.cue is not None and statement.cue.end <= start:
        start = statement.cue.end  # the content may begin inside the aside
    before, after = text[start : number.start], text[number.end : end]
    if sum(before.count(mark) for mark in ('"', "\u201c", "\u201d")) % 2:
        return False  # inside a quote the content holds
    for opener, closer in _ASIDE_MARKS.items():
        at = before.rfind(opener)
        if at < 0 or closer not in after:
            continue
        inside = before[at + len(opener) :] + after[: after.find(closer)]
        if opener == closer and opener in inside:
            continue
        if any(mark in inside for mark in ('"', "\u201c", "\u201d")):
            continue
        first = start + at + len(opener)
        aside = doc.char_span(first, first + len(inside), alignment_mode="expand")
        return aside is not None and not any(_says_on(word) for word in aside)
    return False


# Auxiliaries of a relative clause that tell what may or will be, not what happened.
_MODALS = frozenset("will would can could may might shall should must".split())


def _dates_a_background_event(
    text: str, token: Token, statement: Statement, number: NumberMatch
) -> bool:
    """A span of time in a relative clause of reported speech in the writer's words, the
    clause telling what happened (past or perfect, no modal), is the writer's dating of the
    background, not the speaker's report: "Mr. McConnell has said he wants the Senate to
    confirm Judge Gorsuch to fill the vacancy, which was created by the death of Justice
    Antonin Scalia more than a year ago"; "ending the partial government shutdown that has
    dragged on for more than a month"; "Ferguson, Mo., where a black teenager was fatally
    shot … almost two weeks earlier". The span must say when or how long the clause's event
    happened (an adverbial: "ago", "earlier", "for"): one that describes a thing stays the
    speaker's ("violence, which shattered more than 100 lives during a three-hour nightmare",
    Obama's words). A span the speaker gives in what may be ("the deal, which would run for
    10 years") stays theirs, as does one in a quote, and one in a clause an "according to"
    phrase follows straight on, which reports it (`_runs_up_to`: "the New York Jets owner, who
    has been friends with Trump for three decades, according to a person familiar with
    Johnson's views")."""
    if statement.form == "direct" or statement.cue is None:
        return False
    if dimension_and_base(number.unit, number.currency, (number.value,))[0] != "[time]":
        return False
    start, end = statement.content.start, statement.content.end
    if not start <= number.start < end:
        return False
    before = text[start : number.start]
    if sum(before.count(mark) for mark in _QUOTE_MARKS) % 2:
        return False
    span = next((t for t in (token, *token.ancestors) if t.lemma_.lower() in TIME_NOUNS), None)
    if span is None or span.dep_ not in ("npadvmod", "pobj"):
        return False  # "a three-hour nightmare": the span describes a thing, not the event
    for node in span.ancestors:
        if not start <= node.idx < end:
            return False
        if node.dep_ == "relcl":
            auxiliaries = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
            cue = _cue_token(token.doc, statement)
            if cue is not None and _ACCORDING.match(statement.cue.text) and _runs_up_to(node, cue):
                return False
            return node.tag_ in ("VBD", "VBN") and not auxiliaries & _MODALS
    return False


# Verbs that tell an event's toll, how many it killed or hurt ("the attacks that killed four
# Americans"), and the states a toll leaves people in ("a shooting … that left 50 people dead").
_TOLL_VERBS = frozenset("kill wound injure".split())
_TOLL_STATES = frozenset("dead wounded injured".split())


def _tolls_a_background_event(doc: Doc, text: str, token: Token, statement: Statement) -> bool:
    """A count in a relative clause of reported speech that tells, in the past, an event's
    toll is the writer's account of which event it is, not the source's report, as a span of
    time dating it is (`_dates_a_background_event`): "Trump issued a bombastic call for
    President Barack Obama to resign … over the president's response to a shooting at an
    Orlando night club that left 50 people dead"; "Officials say Omar Mir Seddique Mateen, the
    Afghan-American who took the lives of 49 club goers …, held two firearms licenses"; "the
    country's state of emergency, which had been imposed after Islamist militants killed 130
    people in Paris, would be extended" (the story gold: the writer's). The toll's verb kills
    or hurts (`_TOLL_VERBS`), leaves people dead or hurt, or takes their lives. A toll the
    source tells in a clause of their own stays theirs ("Obama said … with 50 people killed and
    53 wounded in the attack"), as does one in a quote."""
    if statement.form == "direct" or statement.cue is None:
        return False
    start, end = statement.content.start, statement.content.end
    if not start <= token.idx < end:
        return False
    if sum(text[start : token.idx].count(mark) for mark in _QUOTE_MARKS) % 2:
        return False
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not _tells_a_toll(verb, token) or verb.tag_ not in ("VBD", "VBN"):
        return False
    if {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} & _MODALS:
        return False
    for node in (verb, *verb.ancestors):
        if not start <= node.idx < end or node.dep_ == "ccomp":
            return False
        if node.dep_ == "relcl":
            return True
    return False


def _tells_a_toll(verb: Token, token: Token) -> bool:
    """Whether a verb tells the toll its object counts: "killed four Americans", "left 50
    people dead", "took the lives of 49 club goers"."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and token in c.subtree]
    if not objects:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _TOLL_VERBS:
        return True
    if lemma == "leave":
        return any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in _TOLL_STATES for c in verb.children
        )
    return lemma in ("take", "claim") and objects[0].lemma_.lower() == "life"


def _describes_the_topic(doc: Doc, token: Token, statement: Statement) -> bool:
    """ "Justice Ginsburg expressed some concerns about the particulars of the lawsuit that
    covers 1.5 million women", "criticized President Barack Obama for using his executive
    authority to spare millions of illegal immigrants", "criticized the administration for
    waiting more than a week after the strike": a statement whose content is a noun phrase
    (what the source's concern, criticism or praise is about) asserts no proposition; a figure
    in a clause under that noun phrase (a relative clause, a gerund, an infinitive) is the
    writer's account of the topic. A figure that is the phrase's own amount stays the source's:
    "pointed to a group of at least 544 women", "cited dozens of previous declarations"; so
    does one under a cue that stands inside the phrase, in a relative clause: "the delegate
    system, which he said runs the risk of leaving millions of voters … disenfranchised" is
    what he said, not the writer's account, unless a clause under a noun stands between
    ("the offshoot, which Hollande blamed for the attacks that killed more than 125 people")."""
    if statement.form != "indirect" or statement.cue is None:
        return False
    content = doc.char_span(
        statement.content.start, statement.content.end, alignment_mode="contract"
    )
    if content is None or not len(content) or not content.start <= token.i < content.end:
        return False
    tops = [t for t in content if t.head.i == t.i or not content.start <= t.head.i < content.end]
    if any(t.pos_ in ("VERB", "AUX") or t.tag_ in ("WDT", "WP", "WRB") for t in tops):
        return False  # a clause: what the source says ("said the plaintiffs worked in …")
    if not any(t.pos_ in ("NOUN", "PROPN") for t in tops):
        return False
    cue = _cue_token(doc, statement)
    if cue is not None and cue.lemma_.lower() in _CALLS and cue in token.ancestors:
        path = _up_to(token, cue)[:-1]
        if _asked_for(path):
            return False  # what a call asks for is a request, not a topic
    if cue is not None and content.start <= cue.i < content.end and cue in token.ancestors:
        for node in token.ancestors:  # up to the cue: what it says, past no noun's clause
            if node == cue:
                return False  # "the list, which the campaign says includes 2.7 million …"
            if node.pos_ in ("VERB", "AUX") and node.dep_ in ("relcl", "acl"):
                break  # "which Hollande blamed for the attacks that killed more than 125"
    node = token.head if token.head.i != token.i else token
    while content.start <= node.i < content.end and node not in tops:
        if _a_claims_own_clause(node):
            return False  # "reiterated his insistence that blacks and Hispanics were the vast …"
        if node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSES_UNDER_A_NOUN:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _an_announced_act(token: Token) -> bool:
    """ "Clinton, who announced a $275 billion infrastructure spending plan on Monday", "When
    Fiorina a month later announced 6,000 layoffs", "the Commerce Department announced a new
    266% tariff on Chinese steel": what a source announces as a noun phrase is an act it makes
    public (a plan, layoffs, a tariff: the lexicon's "announce an act", `STANCE_VERBS`), told in
    the writer's words; its figures are the article's, as the story gold has them (those three
    stories, and "announced his plan to send 30,000 more troops", "announced a compromise plan
    that … extending protections for 700,000 illegal immigrants", "announced Friday a
    short-term plan that will reopen the government for three weeks"). What it announces in a
    clause it says ("HP announced it would slash up to 30,000 jobs", "Nabisco announced it was
    laying off 600 bakery workers"), and so do a claim, a finding or a figure it announces
    (`PROPOSITION_NOUNS`: "announced the figures"), and so does a tally, an object that counts
    several things side by side: "Colorado's delegation chairman announced four votes for
    Trump, 31 for Senator Ted Cruz and two abstentions" (the twenty-sixth's gold: the
    chairman's), a result told, not an act. A verb of saying nearer the figure reports it
    ("announced a deal that he said would create 5,000 jobs")."""
    for node, came_from, path in _climb(token):
        if came_from is None:
            continue
        word = node.lemma_.lower()
        if node.pos_ == "VERB" and word in _ANNOUNCING:
            announced = came_from
            if came_from.dep_ == "ccomp" and _participle_taken_for_a_clause(came_from):
                # "a new 266% tariff on Chinese steel being dumped onto the U.S. market": the
                # parser made the object the subject of a clause of its participle
                announced = path[-3] if len(path) > 2 else came_from
                if announced.dep_ not in ("nsubj", "nsubjpass"):
                    return False
            elif came_from.dep_ != "dobj":
                return False
            return (
                announced.pos_ == "NOUN"
                and announced.lemma_.lower() not in lexicon.PROPOSITION_NOUNS
                and _counts_in(announced) < 2
            )
        if node.pos_ in ("VERB", "AUX") and word in lexicon.SPEECH_VERBS:
            return False
    return False


# The verbs of saying that announce an act with a noun phrase (`lexicon.STANCE_VERBS`).
_ANNOUNCING = frozenset(("announce",))


def _counts_in(noun: Token) -> int:
    """How many numbers a noun phrase holds, a number of several words ("$275 billion") once."""
    numbers = [t for t in noun.subtree if t.pos_ == "NUM" or t.like_num]
    return sum(1 for t in numbers if t.i == 0 or t.doc[t.i - 1] not in numbers)


def _participle_taken_for_a_clause(verb: Token) -> bool:
    """A participle with no finite verb beside it ("steel being dumped", "troops sent"), which
    the parser may hang on a verb as its clause: a noun's modifier, never a clause of its own
    (a reported clause has a finite verb)."""
    return verb.tag_ in ("VBG", "VBN") and all(
        c.tag_ in ("VBG", "VBN") for c in verb.children if c.dep_ in ("aux", "auxpass")
    )


def _a_claims_own_clause(node: Token) -> bool:
    """A "that" clause a claim noun holds ("his insistence that …", "the notion that …"): what
    the claim says, the source's, not the writer's account of a topic."""
    return (
        node.dep_ == "acl"
        and node.head.lemma_.lower() in lexicon.CLAIM_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
    )


# The clauses that hang under a noun phrase or its preposition: "the lawsuit that covers …",
# "for using …", "to spare …", "the vacancy created …".
_CLAUSES_UNDER_A_NOUN = frozenset("relcl acl pcomp xcomp advcl conj".split())


def _says_on(word: Token) -> bool:
    """A verb with a subject, a relative pronoun's included: a clause that says more."""
    return word.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in word.children
    )


def _cue_token(doc: Doc, statement: Statement) -> Token | None:
    """The token a statement's cue starts at, if it has a cue."""
    return token_at(doc, statement.cue.start) if statement.cue is not None else None


def _number_token(doc: Doc, number: NumberMatch) -> Token | None:
    span = doc.char_span(number.number_start, number.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    numeric = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numeric[-1] if numeric else span.root


def _figure(doc: Doc, text: str, number: NumberMatch, said: _Statements, number_id: int) -> Figure:
    token = _number_token(doc, number)
    counted = _counted(token, number) if token is not None else None
    clause_end = _clause_end(text, number.end)
    per = _per(doc, text, number, counted, clause_end)
    statement = said.at(number.start)
    if statement is not None and _counted_speaker(doc, statement):
        # "In a national CNN/ORC poll released Monday, 31% of Republicans … said they were
        # “extremely enthusiastic” about voting, compared with 23% of Democrats": those the
        # poll counted speak inside its statement, which gives the figure
        statement = said.around(number.start, statement) or statement
    if statement is not None and token is not None and _told_beside_a_call(doc, token, statement):
        statement = None
    according = said.according(token, statement) if token is not None else None
    if (
        according is not None
        and statement is not None
        and _glossed_in_the_report(doc, text, token, statement, number)
    ):
        according = None  # "According to police, the 83-year-old justice …": the writer's
    if according is not None:
        statement = according[0]
    aside = according is None and (
        (token is not None and _an_announced_act(token))
        or (
            statement is not None
            and (
                _writers_aside(doc, text, statement, number)
                or (token is not None and _describes_the_topic(doc, token, statement))
                or _in_the_writers_words(doc, text, token, statement, number)
                or (
                    token is not None
                    and _glosses_a_named_thing_of_the_report(doc, text, token, statement)
                )
                or (token is not None and _glosses_the_one_viewed(doc, token, statement))
                or (token is not None and _glosses_a_name_of_the_report(text, token, statement))
                or (token is not None and _dates_a_background_event(text, token, statement, number))
                or (token is not None and _tolls_a_background_event(doc, text, token, statement))
                or _counted_speaker(doc, statement)
                or (token is not None and _glosses_a_noun_of_the_attributed(doc, token, statement))
            )
        )
    )
    if aside:
        statement = None
    presented = _presented_by(token, said) if statement is None and token else None
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
    unit = number.unit
    share = _a_share_in_words(text, number)
    if share:  # "more than half of the delegates": more than 50 %
        unit = "%"
        value, low, high = (None if v is None else v * 100 for v in (value, low, high))
    source = according[1] if according is not None else _source(statement or presented, said.by_id)
    if source is None and token is not None and not aside:
        source = said.reporting(token)
    if source is None and token is not None and not aside and statement is None:
        source = _source(said.stopped_before(token), said.by_id)
    if source is None and token is not None and not aside and statement is None:
        source = _source(said.in_series(token), said.by_id)
    if source is None and token is not None and not aside and statement is None:
        source = (
            _shown_by(token)
            or _shown_by_a_tag(text, token)
            or said.framed_as(token)
            or said.labelled(token)
            or said.quoted(token)
        )
    told = _told_in_a_finding(token) if token is not None else None
    if told is not None:
        source = told  # "seizing upon a New York Times report that Trump had a net loss of …"
    polled = _polled(doc, token, said) if token is not None else None
    if polled is not None:
        statement, source = None, polled  # "78 percent of voters in a recent CBS News poll said"
    elif _names_its_source(number, source, said):
        statement, source = None, None  # "About two dozen protesters … chanted": the article's
    approximator = qualifier_span if number.qualifier == "approx" else None
    sure = _certainty(token, statement, source, approximator)
    sure["negated"] = _denied(token, number, statement)
    if number.tally and number.kind != "odds":
        counted = None  # "a 97-1 vote" counts no votes; "six in 10 voters" counts voters
    key = (
        _quantity(token, counted, unit, number.currency, per, (value, low, high), number, source)
        if token is not None
        else None
    )
    if key is not None and sure["negated"]:
        key["negated"] = True  # a denied amount neither corroborates nor disputes a stated one
    if key is not None and number.kind == "odds":
        key["odds"] = True  # "six in 10": a share told as a tally, shown as the text says it
    if key is not None and share:
        key["share"] = True  # "two-thirds of the vote": a percent, shown as the text says it
    if key is not None and number.kind == "ordinal":
        key["ordinal"] = True  # "its third year": which unit of time it is in, not how many
    measure = _measure(token, counted, per, number) if token is not None else None
    counted_text = _hyphenated_text(counted, number.end) if counted is not None else None
    if number.kind == "often":  # "twice": a count of times its verb's event happened
        counted_text, measure = "times", _event_measure(token)
        if key is not None:
            key["noun"] = "time"
    if number.kind == "ratio":  # "twice the number": times, as "54 times more money" counts
        counted_text = "times"
        if key is not None:
            key["noun"] = "ratio"  # never one quantity with how often ("stopped twice")
    if key is not None and key["noun"] == "time" and token is not None:
        key["words"] = sorted({*key["words"], *_event_words(token)})
    return Figure(
        id=f"f{number_id}",
        span=Span(start, number.end, text[start : number.end]),
        value=value,
        low=low,
        high=high,
        qualifier=number.qualifier,
        qualifier_span=qualifier_span,
        unit=unit,
        currency=number.currency,
        per=per,
        counted=counted_text,
        measure=measure,
        source=source,
        statement=statement.id if statement else None,
        equivalents=tuple(number.equivalents),
        hedged=sure["hedged"],
        direction=_direction(token) if token is not None else None,
        certainty=sure,
        tally=number.tally,
        quantity=key,
    )


# After a fraction, what makes it a ratio to an amount, not a share of a whole: "about
# one-third of the 1.6 million arrests" (of a number), "a third as much savings" (a multiple),
# "three-fifths of a person", "more than half a percentage point" (a part of one thing)
_OF_AN_AMOUNT = re.compile(
    r"\s+(?:(?:of\s+)?an?\s|of\s+(?:the\s+|all\s+)?[$£€\d]|as\s+(?:much|many)\b)"
)


def _a_share_in_words(text: str, number: NumberMatch) -> bool:
    """ "more than half of Hillary Clinton's meetings", "Only a quarter of Americans", "about
    two-thirds of caucus attendees", "a two-thirds vote": a share of a whole a fraction word
    gives is a percent of it, as "a majority" is (at least 50 %) and as a reader compares it
    with the poll's "52 percent" beside it. The story gold writes such shares in percent (50
    for "half", 75 for "three-quarters", 66.67 for "two-thirds") in over twenty stories; as a
    fraction the value was wrong in fifteen (PolNeAR clfound, nh-primary, climate, nhprimary,
    wasserman, gop-2016, iowa, kentucky, housing, factory-jobs, trump-convention, china-sea,
    voter-polls; BASIL 0d10341a, ccf19ab6). A fraction of an amount stays a ratio
    (`_OF_AN_AMOUNT`: "about one-third of the 1.6 million arrests", BASIL 3ae35b16), and one of
    a unit (`numbers._merge_fractions`: "one-half of one percentage point") is that unit's."""
    if number.unit != "fraction" or number.value is None:
        return False
    return _OF_AN_AMOUNT.match(text, number.end) is None


_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _within_quote_marks(text: str, statement: Statement, at: int) -> bool:
    """Whether `at` is inside quotation marks opened in the statement's paragraph: an odd
    count of marks before it."""
    return _quote_open_at(text, statement.content.start, at)


def _quote_open_at(text: str, within: int, at: int) -> bool:
    """Whether `at` is inside quotation marks opened in the paragraph of `within`: an odd
    count of marks from the paragraph's start to `at`."""
    paragraph = text.rfind("\n", 0, within) + 1
    return sum(text.count(mark, paragraph, at) for mark in _QUOTE_MARKS) % 2 == 1


def _in_the_writers_words(
    doc: Doc, text: str, token: Token | None, statement: Statement, number: NumberMatch
) -> bool:
    """A figure inside a statement's span that the writer says of the speaker, not the
    speaker's report: in the subject of the statement's cue ("On Friday, the aide, Elizabeth
    Lauten, 31, who has more than 14,000 followers on Twitter …, wrote an open letter"), or,
    in a quote, outside its quotation marks ("“It takes forethought …,” the 43-year-old said.
    “So to restore American strength …”": a quote's span across the speaker's tag)."""
    if _within_quote_marks(text, statement, number.start):
        return False  # the speaker's own words, however the parse hangs them
    if statement.form == "direct" and _within_quote_marks(text, statement, statement.content.start):
        return True
    if token is None:
        return False
    if _ages_someone_known(text, token, number):
        return True
    cue = _cue_token(doc, statement)
    if token in _speakers_phrase(doc, statement, cue):
        return True
    if cue is None or cue not in token.ancestors:
        return False
    # the active subject only: a passive's subject is what is reported ("about 11,000
    # troops were estimated by the Pentagon to …")
    below = next(t for t in (token, *token.ancestors) if t.head.i == cue.i)
    return below.dep_ == "nsubj"


def _glossed_in_the_report(
    doc: Doc, text: str, token: Token, statement: Statement, number: NumberMatch
) -> bool:
    """What the writer sets inside a report in the writer's words, whoever reports it: an age
    beside someone the story knows, a gloss on a place, the dating of a background event."""
    return (
        _ages_someone_known(text, token, number)
        or _glosses_a_named_thing_of_the_report(doc, text, token, statement)
        or _glosses_a_name_of_the_report(text, token, statement)
        or _dates_a_background_event(text, token, statement, number)
    )


def _glosses_a_named_thing_of_the_report(
    doc: Doc, text: str, token: Token, statement: Statement
) -> bool:
    """A figure in the writer's gloss on a place that reported speech in the writer's words
    names tells the reader where or what the place is, not what the source reports: an
    apposition on a place or another named thing (`_NAMED_THINGS`: "Mr. Trump has railed
    against the Trans-Pacific Partnership, the 12-country trade deal …"; "Mr. Trump boasted
    that he welcomed the former president to a newly built Trump National Golf Club, a
    five-minute drive from the Clintons' … home"), a clause on "where" ("told delegates that
    their votes could help him win “a battle in Cleveland,” where the party may host its
    first contested convention in 40 years"), how far away it is, set off after it ("said he
    and his father drove to the event from Omaha, Nebraska — about six hours away"). Other
    appositions and relative clauses in the report go on with it ("violence, which shattered
    more than 100 lives", Obama's words; an age beside a name has its own rule), as does a
    "where" clause not set off ("jobs to a town where 40,000 people have lost their work":
    what the town is, in the report), and in a quote the words are the speaker's."""
    for node in _reported(text, token, statement):
        where = next((c for c in node.children if c.lower_ == "where"), None)
        if node.dep_ == "relcl" and where is not None and _set_off_before(text, where.idx):
            return True
        if node.dep_ == "appos" and node.pos_ == "NOUN" and _glossed(node):
            return True
        set_off = doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
        if node.lower_ == "away" and set_off is not None and set_off.text in _SET_OFF:
            return True  # "from Omaha, Nebraska — about six hours away"
    return False


def _reported(text: str, token: Token, statement: Statement) -> Iterator[Token]:
    """A figure's token and the words it hangs on, up to the edge of what a statement reports
    in the writer's words (none in a quote: the words are the speaker's own)."""
    if statement.form == "direct" or _within_quote_marks(text, statement, token.idx):
        return
    start, end = statement.content.start, statement.content.end
    for node in (token, *token.ancestors):
        if not start <= node.idx < end:
            return
        yield node


def _glosses_the_one_viewed(doc: Doc, token: Token, statement: Statement) -> bool:
    """A figure in an apposition on the one a view is held of tells the reader who that is, not
    what the view holds: "The board saw Fiorina, then 44, as the perfect driver to speed …"
    (the view is the "as" phrase, `lexicon.AS_VERBS`; no source in the story gold, Washington
    Post 2016)."""
    cue = _cue_token(doc, statement)
    if cue is None or cue.lemma_.lower() not in lexicon.AS_VERBS:
        return False
    return token.dep_ == "appos" and token.head.dep_ == "dobj" and token.head.head == cue


def _glosses_a_name_of_the_report(text: str, token: Token, statement: Statement) -> bool:
    """A figure in a relative clause the writer sets off after a name that reported speech in
    the writer's words names tells the reader who or what the named one is, not what the
    source reports: "The candidate pointed out that Sen. Ted Cruz (who has 231 delegates) must
    win 58 percent of the 1,237 outstanding delegates"; "He argued the Islamic State, which has
    been the target of an increasingly lethal U.S.-led military campaign for nearly two
    years, is “in retreat across many fronts.”" A clause on a common noun goes on with the
    report ("Obama said the country had again been traumatized by grievous violence, which
    shattered more than 100 lives", Obama's words; "the plaintiffs — who worked in 3,400
    stores"), as does a clause not set off, one that says who tells it ("Mexico, which he
    estimates would pay about $8 billion"), one on "when" or on a date ("new donors have come
    aboard since January, when Our Principles launched with an initial $3 million donation":
    what the sources tell, by the tuning gold) and, in a quote, the speaker's own words."""
    for node in _reported(text, token, statement):
        if node.dep_ == "relcl" and node.head.pos_ == "PROPN" and node.head.i < node.i:
            first = node.left_edge
            if first.lower_ not in _RELATIVE_PRONOUNS or node.head.ent_type_ in _TIMES:
                return False  # "since January, when the group launched with $3 million"
            set_off = first.i > 0 and first.doc[first.i - 1].text in (*_SET_OFF, "(")
            told = any(t.lemma_.lower() in lexicon.REPORTING_VERBS for t in node.subtree)
            return set_off and not told
    return False


# The pronouns of a relative clause that tells who or what a name is ("when" and "where" tell
# what happened then or there), and the entity kinds of a time.
_RELATIVE_PRONOUNS = frozenset("who whom whose which".split())
_TIMES = frozenset("DATE TIME".split())


# The entity kinds of a place a writer may gloss: a country or city, a region, a building, and
# an organisation, as NER tags a club or a hotel ("Trump National Golf Club": ORG).
_PLACES = frozenset("GPE LOC FAC ORG".split())
# The entity kinds of another named thing whose apposition may tell the reader what it is: a
# law or treaty, a product, an event, a work ("the Trans-Pacific Partnership, the 12-country
# trade deal the administration finished negotiating last year": LAW).
_NAMED_THINGS = frozenset("LAW PRODUCT EVENT WORK_OF_ART".split())


def _glossed(apposition: Token) -> bool:
    """Whether an apposition tells the reader what a named thing is: any on a place
    (`_PLACES`); on another named thing (`_NAMED_THINGS`) only a definite one, which says
    which thing it is ("the Trans-Pacific Partnership, the 12-country trade deal …"), not an
    indefinite one, which may be the source's own verdict on it ("the Trans-Pacific
    Partnership, a $1 trillion giveaway to China, would kill American jobs": Trump's)."""
    named = apposition.head.ent_type_
    if named in _PLACES:
        return True
    return named in _NAMED_THINGS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in apposition.children
    )


# The marks that set a phrase off after what it glosses.
_SET_OFF = frozenset((",", "\u2014", "\u2013", "--"))


def _set_off_before(text: str, at: int) -> bool:
    """Whether a mark of `_SET_OFF` comes just before `at`, past a closing quotation mark
    ("win “a battle in Cleveland,” where …")."""
    before = text[:at].rstrip().rstrip("\"\u201d\u2019'").rstrip()
    return before.endswith(tuple(_SET_OFF))


# A name and the "aged" that gives its ages: "Malia and Sasha Obama, aged 16 and 13".
_AGED_AFTER_NAME = re.compile(r"([A-Z][\w'’-]+),\s*aged\s+(?:\d+\s*(?:,|and|or)\s*)*$")
# A name an age is set off after, past a suffix: "Weiner, 51,", "Cesar Sayoc Jr., 56,".
_NAME_BEFORE_AGE = re.compile(
    rf"([A-Z][\w'’-]+)(?:\s+(?:{SUFFIX_ALTERNATIVES})\.?)?,"
    r"\s*(?:now\s+|then\s+|who\s+(?:is|was)\s+)?$"
)


def _ages_someone_known(text: str, token: Token, number: NumberMatch) -> bool:
    """An age the writer sets beside a person the story already knows, inside reported speech
    in the writer's words, is the writer's description, not the speaker's report: "Trump said
    the 83-year-old justice's “mind is shot”", "Weiner, 51, who's married to …, allegedly sent
    …, the New York Post reported" (named before), "Lauten wrote … that Malia and Sasha Obama,
    aged 16 and 13 respectively, should …". A person the report itself first names keeps the
    age with it ("Cesar Sayoc, 56, of South Florida was taken into custody, Wray confirmed"),
    and so does one it does not name ("had approached a 14-year-old"), and an age at the time
    the report tells of ("she said Moore, then 32, took her to his home": `at_the_time`)."""
    if at_the_time(token):
        return False
    before = text[max(0, number.start - 60) : number.start]
    aged_after = _AGED_AFTER_NAME.search(before)
    if aged_after is not None:
        return _named_before(text, aged_after.group(1), token)
    if number.unit != "year of age":
        return False
    name = _NAME_BEFORE_AGE.search(before)
    if name is not None:  # "Weiner, 51,": an apposition (`_is_age_apposition`)
        return _named_before(text, name.group(1), token)
    person = next(
        (
            t
            for t in token.ancestors
            if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in TIME_NOUNS
        ),
        None,
    )
    if person is None or token.i > person.i:
        return False  # not "the 83-year-old justice"
    if any(c.dep_ == "det" and c.lower_ == "the" for c in person.children):
        return True  # "the 83-year-old justice": someone the reader has met
    return person.pos_ == "PROPN" and _named_before(text, person.text, token)


def _named_before(text: str, name: str, token: Token) -> bool:
    """Whether a name appears in the text before the sentence that holds `token`."""
    return re.search(rf"\b{re.escape(name)}\b", text[: token.sent.start_char]) is not None


def _speakers_phrase(doc: Doc, statement: Statement, cue: Token | None) -> set[Token]:
    """The tokens of the noun phrase that names a statement's speaker, with what the text
    sets beside it: "the aide, Elizabeth Lauten, 31, who has more than 14,000 followers" for
    the mention "Elizabeth Lauten" (its appositions and their relative clauses); never the
    statement's cue and what it reports, when they hang on the phrase ("eight years of tax
    returns showing the Clintons paid …")."""
    head = speaker_head(doc, statement)
    if head is None:
        return set()
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    phrase = set(head.subtree)
    if cue is not None and cue in phrase:  # "tax returns showing that …": the report itself
        phrase -= set(cue.subtree)
    return phrase


def _counted_speaker(doc: Doc, statement: Statement) -> bool:
    """ "Just 28 percent of voters said they had a positive view of Mrs. Clinton, compared with
    33 percent last month", "Now, 52 percent said Mr. Trump would be better, compared with 41
    percent for Mrs. Clinton": a speaker that is a share or a count of things (a figure of
    the story, `_names_its_source`) is who a poll counted, not whom its other figures come
    from: they are the poll's (left to `document_results`) or the writer's, never "28 percent
    of voters" (the story gold, in two stories: a poll of July 2016, Texas and national polls
    of November 2015). Not a count of people, bodies or documents that speak ("two officials
    said", "two unions said", "two lawsuits claim"): they are sources."""
    head = speaker_head(doc, statement)
    return head is not None and _is_a_count(head)


def _is_a_count(head: Token) -> bool:
    """A noun phrase that is a share or a count of things: "28 percent", "27 points"; not
    people ("two officials"), bodies ("two unions", "four news organizations") nor documents
    ("one study found", "two polls show", "two lawsuits claim"), which speak as one of them
    would, nor a thing a year dates ("a 2014 examination")."""
    if head.lower_ in ("percent", "%"):
        return any(c.like_num for c in head.children)
    return (
        head.pos_ == "NOUN"
        and not _of_people(head)
        and not _speaks_as_a_body(head)
        and any(
            c.dep_ == "nummod" and c.like_num and c.lower_ != "one" and not _dates_a_thing(c)
            for c in head.children
        )
    )


def _dates_a_thing(number: Token) -> bool:
    """A year before a singular noun, which dates the thing rather than counting it: "A 2014
    examination by the nonpartisan Better Government Association found …" (one examination,
    made in 2014: a source, PolNeAR Washington Post 2015), not "1,500 examinations"."""
    return number.head.tag_ == "NN" and re.fullmatch(_YEAR, number.text) is not None


# Shares the attribution tables let speak ("a majority said"): counted, they are a poll's shares.
_SHARE_NOUNS = SHARES | {"percent"}


def _speaks_as_a_body(noun: Token) -> bool:
    """ "Two unions said", "Three agencies reported", "Two networks reported", "Four news
    organizations said", "Two lawsuits claim": a noun of a body or of a document, each of
    which can speak (`can_speak`, and the organisations and documents the attribution tables
    name), counted or not."""
    word = lemma(noun)
    if word in _SHARE_NOUNS:
        return False  # "three quarters said": a share, which speaks only as those it counts
    return (
        can_speak(noun)
        or word in FINDINGS
        or word in lexicon.DOCUMENT_NOUNS
        or word in lexicon.ORGANIZATION_WORDS
        or word in BODY_NOUNS
    )


def _polled(doc: Doc, token: Token, said: _Statements) -> dict | None:
    """The poll a share that speaks was counted in (`polled_source`), for the share itself and
    for what it said: "78 percent" of "78 percent of voters in a recent CBS News poll said …"
    is the poll's result, not the count of a speaker the article makes."""
    holder = said.at(token.idx)
    if holder is not None and holder.speaker.mention is not None:
        return polled_source(doc, holder)  # what they said: "… said the nation needs a third
        # party": the poll's finding too
    for statement in said.speakers.covering(token.idx):
        head = speaker_head(doc, statement)
        if head is not None and token.i in (head.i, *(c.i for c in head.children)):
            return polled_source(doc, statement)
    return None


def _names_its_source(number: NumberMatch, source: dict | None, said: _Statements) -> bool:
    """ "About two dozen protesters gathered in a circle for a prayer, chanted and held signs":
    a figure inside the mention of the speaker it would be sourced to is part of that source's
    name; the source does not give it (the article counts the protesters)."""
    if source is None:
        return False
    return any(
        s.id == source.get("statement") or s.speaker.name == source.get("name")
        for s in said.speakers.covering(number.number_start)
    )


def _times_figure(
    doc: Doc,
    text: str,
    match: re.Match[str],
    said: _Statements,
    number_id: int,
    noun: Token,
) -> Figure:
    """ "a second surgery": how many of `noun` so far."""
    start = match.start()
    end = noun.idx + len(noun.text)
    statement = said.at(start)
    token = token_at(doc, match.start(1))
    source = _source(statement, said.by_id)
    sure = _certainty(token, statement, source)
    value = float(_ORDINALS[match.group(1).lower()])
    verb = _governing_verb(noun)
    words = phrase_words(noun, set()) | ({content_word(verb)} - {None} if verb else set())
    key = {
        "dimension": "count",
        "base": [value, None, None],
        "noun": lemma(noun),
        "words": sorted(words),
        "places": sorted(places(noun, set())),
        "years": sorted(years(verb, noun)),
        "ordinal": True,  # how many so far, told by an ordinal: ranked after amounts
    }
    return Figure(
        id=f"f{number_id}",
        span=Span(start, end, text[start:end]),
        value=value,
        low=None,
        high=None,
        qualifier="exact",
        qualifier_span=None,
        unit=None,
        currency=None,
        per=(),
        counted=noun.text,
        measure=f"{lemma(noun)} count",
        source=source,
        statement=statement.id if statement else None,
        equivalents=(),
        hedged=sure["hedged"],
        certainty=sure,
        quantity=key,
    )


def _tally_tokens(token: Token, number: NumberMatch) -> set[int]:
    """The tokens after a tally's first count that its written text covers ("-", "to-4" of
    "5-to-4"; "-", "4" of "5-4"): the rest of the number, not what it is a tally of."""
    if not number.tally:
        return set()
    written = token.doc.char_span(number.start, number.end, alignment_mode="expand")
    return {t.i for t in written or () if t.i > token.i}


def _quantity(
    token: Token,
    counted: Token | None,
    unit: str | None,
    currency: str | None,
    per: tuple[str, ...],
    values: tuple[float | None, float | None, float | None],
    number: NumberMatch,
    source: dict | None = None,
) -> dict:
    """What the figure measures, as `extract.quantities` describes it."""
    dimension, base = dimension_and_base(unit, currency, values)
    if number.tally:
        dimension = "tally"  # compared by both counts: "234-193" is not "234-190"
    own = {t.i for t in token.doc[token.i : token.i + 1]}
    # a tally's own second count, which the parser reads as a noun when the tally is written
    # with hyphens ("a 5-to-4 decision": "to-4"): part of the number, never its noun or a word
    counts = _tally_tokens(token, number)
    own |= counts
    anchor = counted
    if anchor is None:
        # a unit or money figure: the noun it modifies ("a three-year extension", "an 11-2
        # victory") or the phrase it heads ("$5.7 billion for a border barrier")
        head = token
        while head.dep_ in ("compound", "quantmod", "nummod", "npadvmod", "amod") and (
            head.head.i != head.i
            and (head.head.like_num or head.head.pos_ in ("SYM", "NUM") or head.head.i in counts)
        ):
            head = head.head
        if (
            head.head.i != head.i
            and head.head.pos_ in ("NOUN", "PROPN")
            and (
                head.dep_ in ("compound", "nummod", "amod", "npadvmod", "quantmod")
                or (head.i in counts and head.dep_ == "nmod")  # "a reliable 5-to-4 majority"
            )
        ):
            anchor = head.head
        else:
            anchor = head
        if (
            (lemma(anchor) == unit or lemma(anchor) in TIME_NOUNS)
            and anchor.dep_ in ("compound", "amod", "nmod")
            and anchor.head.pos_ == "NOUN"
        ):
            anchor = anchor.head  # "a three-year extension": the unit's noun is "extension"
    majority = anchor is not None and unit == "%" and anchor.lemma_.lower() == "majority"
    if majority and anchor is not None:
        # "the vast majority of those arrested", "a simple majority of the House": a majority
        # is a share of what follows "of", which says what quantity it is
        of = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"]
        anchor = next((o for c in of for o in c.children if o.dep_ == "pobj"), anchor)
    # "plus or minus six percentage points": the unit's words and the sign "either way" are
    # how the value is written, as "percent" is (`quantities._STOP`): they say nothing of what
    # is measured, yet every margin of error and every lead in points has them, so two polls'
    # margins ("plus or minus 4.21 percentage points", "plus or minus six percentage points")
    # shared three words and disputed each other as one quantity
    unit_words = set((unit or "").lower().split())
    sign = PLUS_OR_MINUS.search(token.doc.text[max(0, number.start - 20) : number.start])
    either = sign and token.doc.char_span(
        number.start - len(sign.group()), number.start, alignment_mode="expand"
    )
    written_words = unit_words | {content_word(t) for t in either or ()} - {None}
    noun = None
    # "billions of dollars": the magnitude word is the amount itself, as "$5.7 billion" is,
    # neither the noun counted nor a word saying what the sum is of; so are the digits of a
    # share told by its size ("trails Clinton by double digits": no count of digits)
    written = token.doc.char_span(number.start, number.end, alignment_mode="expand")
    magnitude = (
        number.vague
        and anchor is not None
        and (
            (currency is not None and anchor.i == token.i)
            or (
                number.kind == "digits"
                and written is not None
                and written.start <= anchor.i < written.end
            )
        )
    )
    if magnitude and written is not None:
        own |= {t.i for t in written}  # "billions of dollars": none of its words says what of
    if (
        anchor is not None
        and anchor.pos_ in ("NOUN", "PROPN")
        and not anchor.like_num
        and not magnitude
    ):
        noun = lemma(anchor)
        if (
            counted is None
            and (
                anchor.lemma_.lower() in ("%", "percent", "majority", unit or "")
                or noun in unit_words
                # "two decades", "half a century": a span of time written in a longer unit
                # is that many years (`numbers._in_years`), the noun only how it is written
                or (noun in TIME_NOUNS and unit in TIME_NOUNS)
            )
            # a tally's majority is what it counts: "a reliable 5-to-4 majority"
            and not (number.tally and anchor.lemma_.lower() == "majority")
        ):
            noun = None
    # "two decades": a span told in a unit of many years is rounded to that unit, not to a
    # year (`merge.figures.in_base` widens what it admits by one such step)
    step = YEARS_IN.get(lemma(anchor)) if anchor is not None and unit == "year" else None
    if number.unit == "fraction" and noun in _SHARES_OF_A_VOTE:
        noun = "vote"  # "the two-thirds majority support that Pelosi predicted": of the vote
    # "the Clintons' tax rate for 2014 was 35.7 percent": the copula's subject is what the
    # figure gives the value of, and no verb above the copula ("said") is the figure's
    copula = _copula_subject(anchor) if anchor is not None else None
    # "Trump leads the field …, and Cruz is at 20 percent": Cruz's share; no verb above the
    # "be" the figure stands at ("leads") is the figure's
    standing = bool(standing_at(anchor))
    verb = (
        _governing_verb(anchor) if anchor is not None and copula is None and not standing else None
    )
    words = phrase_words(anchor, own)
    if anchor is not None and anchor.dep_ == "pobj" and anchor.head.head.pos_ == "NOUN":
        words |= {content_word(anchor.head.head)} - {None}  # "protections for 700,000 Dreamers"
    action = None  # what the verb says is done with the amount: "deploy", "pay", "lose"
    if verb is not None and verb.lemma_.lower() not in _ESTIMATE_VERBS:
        action = content_word(verb)
        words |= {action} - {None}
        for child in verb.children:  # "… is hurting millions of Americans": the verb's object
            if child.dep_ in ("dobj", "nsubjpass") and child.i not in {anchor.i, token.i}:
                words |= {content_word(child)} - {None}
    if action is None and anchor is not None:  # "a chance of losing", "a chance that we win"
        action = next(
            (
                content_word(t)
                for c in anchor.children
                for t in ([c] if c.dep_ in ("acl", "relcl") else list(c.children))
                if t.pos_ == "VERB" and (t.dep_ in ("acl", "relcl", "pcomp"))
            ),
            None,
        )
    quantity = _quantity_noun(verb) if verb is not None and counted is None else copula
    elided: list[str] = []
    if quantity is not None:  # "the number of troops … put at 11,000": the number's phrase
        words |= phrase_words(quantity, own)
        of = [c for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of"]
        acts = [c for c in quantity.children if c.dep_ in ("acl", "relcl")]
        for prep in of:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    noun = noun or lemma(obj)
                    # "the number of troops being deployed": the troops' verb
                    acts += [c for c in obj.children if c.dep_ in ("acl", "relcl")]
        if noun is None:  # "the number being deployed": the noun is the deployed thing's
            elided = [lemma(c) for c in acts]
        if action is None and acts and acts[0].pos_ == "VERB":
            action = content_word(acts[0])
    if noun in TIME_NOUNS and not unit and not currency:  # "three more years"
        dimension, base = dimension_and_base(noun, None, values)
        noun = None
    spent = _spent_on(anchor) if dimension == "[time]" else None
    span = token.doc.char_span(number.start, number.end, alignment_mode="expand")
    beside, near = (set(), set()) if span is None else window(token.doc, span.start, span.end)
    words |= beside
    for word in (unit, currency, *per, "majority" if majority else None):
        words.discard((word or "").lower())
    words -= written_words
    found = places(anchor, own) | (places(quantity, own) if quantity else set()) | near
    stated = years(verb, anchor) or (years(None, quantity) if quantity is not None else set())
    counting = dimension == "count" and not number.tally
    # "42 votes for Trump": its owner's share of what several are given (`beneficiary`)
    given = given_by(noun) if counting else frozenset()
    whose, sex, held_for = owner_and_sex(anchor, verb, quantity, (source or {}).get("name"), given)
    then = False
    if unit == "year of age":  # an age is its person's: "Ms. Pelosi, 76," "the 76-year-old"
        whose = aged(token)
        noun = None  # what it measures is the person's age: no noun counted
        then = at_the_time(token)
    if whose:
        words.add(whose)  # "the attack killed at least 20 people": the attack's
    asker = setter(anchor)
    return {
        "dimension": " per ".join((dimension, *per)),
        "base": base,
        "noun": noun,
        "words": sorted(words | ({noun} if noun else set())),
        "places": sorted(found),
        "years": sorted(stated),
        "kind": sorted(kind(counted)) if counted is not None else [],
        **(
            {"described": sorted(told)}
            if counted is not None and (told := described(counted, own))
            else {}
        ),
        "verb": action,
        "owner": whose,
        **({"names": sorted(tied)} if (tied := names(anchor, verb)) else {}),
        # the tokens where a count this figure is given for may stand ("a three-year extension
        # to 300,000 people"): replaced by those counts' values in `_fill_ties`
        "scope": sorted(tie_scope(anchor, verb, own)),
        **({"counts": list(number.tally)} if number.tally else {}),
        **({"elided": elided} if elided and dimension == "count" else {}),
        **({"setter": asker} if asker else {}),
        **({"owner_sex": sex} if whose and sex else {}),
        **({"beneficiary": True} if held_for else {}),
        **({"of": spent} if spent else {}),
        **({"then": True} if unit == "year of age" and then else {}),
        # a share told by its size in digits ("double digits"): `merge.figures.sized_alike`
        **({"digits": True} if number.kind == "digits" else {}),
        **({"step": base[0] / values[0] * step} if step and base[0] and values[0] else {}),
        # a count that is a lead ("a 214-delegate advantage"): `merge.figures.conflict`; not a
        # tally, which gives both sides ("a 242-190 seat advantage")
        **({"margin": True} if counting and counted is not None and margin(counted) else {}),
        # words and place of each time, made the date the events read there by
        # `extract.quantities.dated_times` once the events are read
        **(
            {"times": [list(t) for t in sorted(when)]} if (when := times(verb, anchor, own)) else {}
        ),
    }


def _spent_on(anchor: Token | None) -> str | None:
    """What a span of time is of, where the text says so: "two years of investigation" ->
    investigation, "two years of unprecedented attacks" -> attack (two quantities)."""
    if anchor is None or lemma(anchor) not in TIME_NOUNS:
        return None
    return next(
        (
            lemma(o)
            for c in anchor.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


# How far apart (characters) "the number being deployed … 11,000" and "deploy 100,000 troops"
# may be for the second to name what the first counts: a paragraph or two.
_ELIDED_REACH = 600


# A fraction before these sizes a share of a vote: "a two-thirds majority", "two-thirds
# support" are "two-thirds of the vote".
_SHARES_OF_A_VOTE = frozenset("majority supermajority support".split())


def _fill_elided(figures: list[Figure]) -> list[Figure]:
    """ "Even the number being deployed — put at about 11,000 — has been debated … Pyongyang may
    deploy as many as 100,000 troops": a count of a thing left unnamed takes the noun of the
    nearest counted figure of the same verb in the article."""
    done = []
    for figure in figures:
        key = figure.quantity
        if not key or "elided" not in key:
            done.append(figure)
            continue
        verbs = set(key["elided"])
        key = {k: v for k, v in key.items() if k != "elided"}
        near = [
            other
            for other in figures
            if other.quantity
            and other.quantity.get("noun")
            and other.quantity["dimension"] == key["dimension"]
            and verbs & set(other.quantity["words"])
            and abs(other.span.start - figure.span.start) <= _ELIDED_REACH
        ]
        if near:
            closest = min(near, key=lambda o: abs(o.span.start - figure.span.start))
            noun = closest.quantity["noun"]
            key["noun"] = noun
            key["words"] = sorted({*key["words"], noun})
        done.append(replace(figure, quantity=key))
    return done


def _fill_others(text: str, figures: list[Figure]) -> list[Figure]:
    """ "49 people were killed and 53 others were wounded", "Three officers were shot and two
    others were hurt": "others" counts more of the noun the count before it in its sentence
    counted, so its quantity is of that noun ("53 wounded in the attack" elsewhere counts
    people too); the text's word stays as its counted noun."""
    done: list[Figure] = []
    for figure in figures:
        key = figure.quantity
        if not key or key.get("noun") != "other":
            done.append(figure)
            continue
        before = [
            other
            for other in done
            if other.quantity
            and other.quantity.get("noun") not in (None, "other")
            and other.quantity["dimension"] == key["dimension"]
            and figure.span.start - other.span.end <= _COMPARED_REACH
            and not re.search(r"[.!?]\s", text[other.span.end : figure.span.start])
        ]
        if before:
            noun = before[-1].quantity["noun"]
            words = {*key["words"], noun} - {"other"}
            figure = replace(figure, quantity={**key, "noun": noun, "words": sorted(words)})
        done.append(figure)
    return done


# What sets a second count against the first in one sentence, the noun left out: "3.9 million
# headsets, up from 2.4 million", "460 vehicles … compared with 63", "68400 people who … and
# 95800 who …".
_COMPARED = re.compile(r"(?i)\b(?:from|compared|than|versus|vs|against|and|while|whereas)\b")
# How far (characters) the second count may stand from the first.
_COMPARED_REACH = 120


def _fill_compared(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare count (no noun, no unit) set against a counted figure just before it in its
    sentence counts the same noun: "sales rose to 3.9 million headsets up from 2.4 million in
    2017", "about 460 Kia and Hyundai vehicles have been stolen … compared with 63"."""
    done: list[Figure] = []
    for figure in figures:
        key = figure.quantity
        bare = (
            key is not None
            and key["dimension"].split(" per ")[0] == "count"
            and not key.get("noun")
            and figure.counted is None
            and figure.qualifier != "vague"
            and not figure.tally
        )
        # the last count before it, past durations and amounts ("68400 people who have been
        # unemployed for one to two years and 95800 who …")
        earlier = None
        for other in reversed(done):  # back no further than the reach: linear in the text
            if other.span.end < figure.span.start - _COMPARED_REACH:
                break
            if not (other.unit or other.currency):
                earlier = other
                break
        if not bare or earlier is None or earlier.counted is None:
            done.append(figure)
            continue
        gap = text[earlier.span.end : figure.span.start]
        if (
            len(gap) > _COMPARED_REACH
            or re.search(r"[.;:!?]\s|\n", gap)
            or not _COMPARED.search(gap)
            or ((earlier.quantity or {}).get("dimension") or "").split(" per ")[0] != "count"
        ):
            done.append(figure)
            continue
        noun = (earlier.quantity or {}).get("noun")
        key = {**key, "noun": noun, "words": sorted({*key["words"], *([noun] if noun else [])})}
        done.append(replace(figure, counted=earlier.counted, quantity=key))
    return done


def _drop_restated(doc: Doc, text: str, figures: list[Figure]) -> list[Figure]:
    """ "$882 billion worth -- $882 billion in Medicare cuts", "about five days on the road,
    five working hour or so days": the same amount of the same thing said again a few words
    on, after a dash, a colon or a comma, is one figure, not two (not "two congressmen, two
    police officers", nor two amounts of different things: "two years of investigation —
    accompanied by two years of unprecedented attacks")."""
    done: list[Figure] = []
    for figure in figures:
        last = done[-1] if done else None
        if (
            last is not None
            and last.quantity
            and figure.quantity
            and last.quantity["dimension"] == figure.quantity["dimension"]
            and last.quantity.get("noun") == figure.quantity.get("noun")
            and (last.quantity.get("base") or [None])[0]
            == (figure.quantity.get("base") or [None])[0]
            and not figure.tally
            and figure.qualifier in ("exact", last.qualifier)
            and figure.span.start - last.span.end <= 40
            and re.fullmatch(
                r"[a-z\s]*(?:--|[—–:,])[a-z\s]*", text[last.span.end : figure.span.start]
            )
            and _sentence_of(doc, last.span.start) == _sentence_of(doc, figure.span.start)
            and _of_what(text, last) in (None, _of_what(text, figure))
        ):
            continue
        done.append(figure)
    return done


_OF_WHAT = re.compile(r"(?i)\s+of\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?([a-z]+)")


def _of_what(text: str, figure: Figure) -> str | None:
    """The word after "of" that says what an amount is of ("two years of investigation"), so
    "nearly two years of investigation — accompanied by two years of unprecedented attacks"
    is two figures, not one said again."""
    found = _OF_WHAT.match(text, figure.span.end)
    return found.group(1).lower() if found else None


def _sentence_of(doc: Doc, offset: int) -> int | None:
    token = token_at(doc, offset)
    return token.sent.start if token is not None else None


_BACK = re.compile(r"(?i)\b(?:the|that|this)\s+$")


def _fill_referred(text: str, figures: list[Figure]) -> list[Figure]:
    """ "Trump's demand for $5.7 billion in funding for a wall … potentially less than the $5.7
    billion": an amount after "the" that the article stated before is that amount again, with
    what the earlier one says it measures (its words, noun, owner, who set it)."""
    done: list[Figure] = []
    for figure in figures:
        key = figure.quantity
        before = text[max(0, figure.span.start - 6) : figure.span.start]
        earlier = [
            other.quantity
            for other in done
            if key
            and other.quantity
            and other.qualifier == figure.qualifier == "exact"
            and other.quantity["dimension"] == key["dimension"]
            and other.value == figure.value
        ]
        if not earlier or not _BACK.search(before):
            done.append(figure)
            continue
        first = earlier[0]
        key = {**key, "words": sorted({*key["words"], *first["words"]})}
        for field in ("noun", "owner", "setter"):
            if not key.get(field) and first.get(field):
                key[field] = first[field]
        done.append(replace(figure, quantity=key))
    return done


def _fill_ties(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """Each figure's `ties`: the values of the counts its phrase is given for ("a three-year
    extension to 300,000 people" is tied to 300,000, "… of protections for 700,000 DACA
    recipients" to 700,000): two figures tied to different counts measure two things."""
    counts: dict[int, float] = {}
    for figure in figures:
        key = figure.quantity
        if key and key["dimension"] == "count" and figure.qualifier != "vague":
            token = token_at(doc, figure.span.end - 1)
            if token is not None and figure.value is not None:
                counts[token.i] = figure.value
    done = []
    for figure in figures:
        if not figure.quantity or "scope" not in figure.quantity:
            done.append(figure)
            continue
        key = {k: v for k, v in figure.quantity.items() if k != "scope"}
        own = token_at(doc, figure.span.end - 1)
        ties = {
            counts[i]
            for i in figure.quantity["scope"]
            if i in counts and (own is None or i != own.i)
        }
        key["ties"] = sorted(ties)
        done.append(replace(figure, quantity=key))
    return done


def _copula_subject(anchor: Token) -> Token | None:
    """ "The Clintons' effective federal tax rate for 2014 was 35.7 percent": the subject of
    the copula a figure completes is what the figure gives the value of; so is the noun a
    figure is set beside after a colon ("what he said was the Clintons’ 2014 tax rate: 30
    percent")."""
    if anchor.dep_ == "appos" and anchor.head.pos_ == "NOUN" and anchor.head.i < anchor.i:
        return anchor.head
    if anchor.dep_ not in ("attr", "acomp") or anchor.head.lemma_.lower() != "be":
        return None
    subjects = [c for c in anchor.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return subjects[0] if subjects and subjects[0].i != anchor.i else None


def _counted(token: Token, number: NumberMatch) -> Token | None:
    """The noun a number counts: its head through nummod/quantmod, past "of" ("tens of …")."""
    if number.unit == "fraction" or number.kind == "odds":
        return _noun_after(token.doc, number.end)  # "half of the respondents", "6 in 10 voters"
    if number.unit or (number.currency and not number.vague):
        return None
    head = token
    while (
        head.dep_ in ("compound", "quantmod", "nummod")
        and head.head.i != head.i
        and (head.head.like_num or head.head.lower_ == "dozen")  # "two-dozen actions"
    ):
        head = head.head
    if head.head.idx < number.end and head.head.i != head.i:
        return _noun_after(token.doc, number.end)  # "35m of its Echo devices": not the "m"
    if head.dep_ in ("nummod", "quantmod", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        noun = head.head
        while noun.dep_ == "nummod" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
            noun = noun.head  # "five working hour or so days": days
        return _last_piece(noun)
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
                head = _head_noun(token)
                if head.i == token.i:  # "millions of ex-felons": felons, not "ex"
                    head = _head_noun(_hyphenated_head(token))
                return head
            if token.pos_ not in ("DET", "ADJ", "PRON", "PART", "ADV", "CCONJ"):
                return None
        return None
    if first.pos_ == "NOUN" and first.tag_ in ("NNS", "NN"):
        first = _last_piece(first)  # "three co-sponsors": not "co"
        while (
            first.dep_ == "compound" and first.head.i == first.i + 1 and first.head.pos_ == "NOUN"
        ):
            first = first.head  # "one in seven intelligence reports": reports
        return first
    if first.pos_ != "ADJ":
        return None
    for token in tokens[:5]:  # "4.3M digital and physical sales": past the adjectives
        if token.pos_ == "NOUN" and token.tag_ == "NNS":
            return token
        if token.pos_ not in ("ADJ", "CCONJ") and token.text != ",":
            return None
    return None


def _head_noun(token: Token) -> Token:
    """ "garbage and propaganda balloons": climb from a modifier to the head noun, and from a
    possessor to what it owns ("two of the country's former presidents": presidents, not the
    country)."""
    while (
        token.head.i > token.i
        and token.head.pos_ in ("NOUN", "PROPN")
        and (token.dep_ in ("compound", "amod", "nmod", "conj", "cc", "poss"))
    ):
        token = token.head
    return token


def _hyphenated_head(token: Token) -> Token:
    """The last word of the hyphenated word a token opens: "felons" of "ex-felons", which the
    tokenizer splits at its hyphens ("millions of ex-felons" counted "ex", BASIL 2f3e86b6,
    HuffPost); taken only where the first piece climbs to no head noun ("thousands of
    vote-by-mail ballots" counts ballots). A hyphen with a space beside it joins no word."""
    doc = token.doc
    while (
        token.i + 2 < len(doc)
        and not token.whitespace_
        and doc[token.i + 1].text == "-"
        and not doc[token.i + 1].whitespace_
        and doc[token.i + 2].is_alpha
    ):
        token = doc[token.i + 2]
    return token


def _last_piece(token: Token) -> Token:
    """The last piece of a hyphenated noun a number counts, where the tokenizer split it and
    the parse took its first piece: "three co-sponsors" and "three step-children" were counted
    "co" and "step" (the round-67 code review; `_hyphenated_head` did so only after "of").
    Only a noun is taken ("two-thirds", "an X-ray" keep what they had)."""
    last = _hyphenated_head(token)
    return last if last.i > token.i and last.pos_ == "NOUN" else token


def _hyphenated_text(token: Token, after: int) -> str:
    """The whole hyphenated word a token ends ("ex-felons" of "felons"), or the token; no
    piece of it before `after`, the figure's end ("two-term" counts "term")."""
    doc, start = token.doc, token.i
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
        and doc[start - 2].idx >= after
        and not doc[start - 2].like_num
    ):
        start -= 2
    return doc[start : token.i + 1].text


def _clause_end(text: str, start: int) -> int:
    """Where the clause of a figure at `start` ends, for the rate words after it: a sentence's
    end, a comma before another clause, a dash, or "and"/"or" before a gerund, whose clause
    has its own rates ("raising the retirement age to 69 over 16 years and cutting yearly
    cost-of-living adjustments": no age per year)."""
    match = re.search(
        r"[;.!?]\s|,\s(?:according|said|says|with|while|but|which|who)\b|\s--\s|—|\n"
        r"|\s(?:and|or)\s+\w+ing\b",
        text[start:],
    )
    return start + match.start() if match else len(text)


def _per(
    doc: Doc, text: str, number: NumberMatch, counted: Token | None, clause_end: int
) -> tuple[str, ...]:
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
            word = token_at(doc, start + match.start("noun"))
            if not match.group().lower().startswith("per") and _a_length_not_a_rate(
                window[: match.start()], word
            ):
                continue
            if singular in _PER_NOUNS or match.group().lower().startswith("per"):
                found.append(_with_its_noun(singular, word, window[match.end() :]))
        elif match.group("adverb"):
            found.append(_ADVERB_PER[match.group("adverb").lower()])
        else:
            found.append(match.group("slash").lower())
    return tuple(dict.fromkeys(found))


# A bound or a preposition of time before "a"/"an": "knelt for over an hour", "more than
# a month ahead of schedule", "gains held less than a year", "make in an hour": a length of
# its own, never the denominator of a figure before it ("$15 an hour", "paid $50 for a week",
# "will cost $33.6 billion over a decade").
_LENGTH_BEFORE = re.compile(
    r"(?i)\b(?:(?:more|less|fewer)\s+than|for\s+over|about|nearly|almost|roughly|around|under|in"
    r"|within|after|before)\s+$"
)


def _a_length_not_a_rate(before: str, word: Token | None) -> bool:
    """Whether the unit of time of "a"/"an" after a figure is no rate of it: a length said
    on its own (`_LENGTH_BEFORE`), or an ordinal that modifies the noun after it ("about an
    hour after a second attack": which attack, not per second)."""
    if _LENGTH_BEFORE.search(before):
        return True
    return word is not None and word.dep_ == "amod" and word.head.i > word.i


# A participle after "per" that modifies the noun after it: "$1,000 per trained employee".
_PER_MODIFIED = re.compile(r"^\s+(?P<noun>[a-z]{3,})\b(?!-)")


def _with_its_noun(word: str, token: Token | None, after: str) -> str:
    """A rate's word that is a participle ("per trained employee", "per enrolled student")
    is no noun: the noun it modifies is part of the rate, never cut to "per trained".
    The parse says which: a participle (VBN) or adjective before a noun that is no stop word
    nor a time ("per bed each night" and "per insured last year" stay "bed" and "insured")."""
    found = _PER_MODIFIED.match(after)
    if not word.endswith("ed") or word in _PER_NOUNS or not found or token is None:
        return word
    noun = next_token(token)
    if token.tag_ not in ("VBN", "JJ") or noun is None or not _a_rates_noun(noun):
        return word
    return f"{word} {found.group('noun')}"


_RATE_TIMES = _OVER_TIME_UNITS | frozenset(_ADVERB_PER.values())


def _a_rates_noun(token: Token) -> bool:
    """A common noun that can be what a rate counts: no stop word, no time ("each night")."""
    return (
        token.pos_ == "NOUN"
        and token.lower_ not in STOP_WORDS
        and token.lemma_.lower() not in _RATE_TIMES
        and token.ent_type_ not in ("DATE", "TIME")
    )


def _measure(
    token: Token, counted: Token | None, per: tuple[str, ...], number: NumberMatch
) -> str | None:
    """ "north korean troop deploy", "russian soldier kill wound per day"."""
    words: list[str] = []
    head = counted
    if head is not None:
        modifiers = [
            c
            for c in head.children
            if c.dep_ in ("amod", "compound", "nmod") and not c.like_num and c.i != token.i
        ]
        for modifier in sorted(modifiers, key=lambda t: t.i):
            words.extend(
                t.lemma_.lower() for t in modifier.subtree if not t.is_punct and not t.like_num
            )
        words.append(head.lemma_.lower())
        verb = _governing_verb(head)
        if head.lemma_.lower() == "time" and verb is not None:
            # "Yoon Suk Yeol has reiterated – at least three times": how often someone did it
            return " ".join(dict.fromkeys(_actor(verb) + _act(verb))) or None
    else:
        if number.unit:
            words.append(number.unit)
        elif number.currency:
            words.append(number.currency)
        verb = _governing_verb(token)
        if number.unit in TIME_NOUNS and _owned_by_a_pronoun(token) and verb is not None:
            # "as the war in Ukraine creeps into its third year": the war's years
            return " ".join(dict.fromkeys([number.unit, *_actor(verb)]))
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


def _event_words(token: Token) -> set[str]:
    """The words of the whole event a count of times counts, where a coordination tells it:
    "had been stopped on the New Jersey Turnpike and accused of speeding twice" and "was
    stopped twice on the New Jersey Turnpike and accused of speeding" count one event (stop,
    turnpike, accuse, speed) whichever verb the count hangs on. Nothing without one."""
    verb = _governing_verb(token)
    if verb is None:
        return set()
    clause = verb
    for _ in range(3):  # up from a gerund or an infinitive: "accused of speeding"
        head = clause.head
        if clause.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.pos_ == "VERB":
            clause = head.head
        elif clause.dep_ == "xcomp" and head.pos_ == "VERB":
            clause = head
        else:
            break
    verbs = [clause]
    if clause.dep_ == "conj" and clause.head.pos_ == "VERB":
        verbs.append(clause.head)
    verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if len(verbs) == 1:
        return set()
    words: set[str] = set()
    for each in verbs:
        words |= {content_word(each)} - {None}
        for child in each.children:
            if child.dep_ in ("dobj", "prep", "agent", "dative"):
                words |= phrase_words(child, {token.i})
    return words - {"time"}


def _event_measure(token: Token | None) -> str | None:
    """ "Russian President Vladimir Putin issued an order – for the third time": who did
    what ("president vladimir putin issue order"), so a heading names it, not "Times"."""
    if token is None:
        return None
    verb = _governing_verb(token)
    if verb is None:
        return "times"
    return " ".join(dict.fromkeys(_actor(verb) + _act(verb)))


def _actor(verb: Token) -> list[str]:
    """Who or what a verb tells of: its subject with the words of its name ("President
    Vladimir Putin", "the war in Ukraine" -> war ukraine); nothing for a pronoun."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return []
    words = [c for c in subject.children if c.dep_ == "compound"] + [subject]
    words += [
        obj
        for prep in subject.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN")
    ]
    return [t.lemma_.lower() for t in sorted(words, key=lambda t: t.i)]


def _act(verb: Token) -> list[str]:
    """The verb and the noun it takes: "issue order", "reiterate"."""
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return [verb.lemma_.lower(), *objects[:1]]


def _owned_by_a_pronoun(token: Token) -> bool:
    """ "its third year", "their second week": a span of time its owner has lasted."""
    noun = token.head if token.head.i != token.i else token
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


# Cues of what someone does, plans or wants, not of what they assert: a figure inside
# "Trump offered to restore protection for 300,000 people" or "Pelosi intends to bring up a
# bill that includes $1 billion" is the article's own statement of the offer or the plan.
_NOT_ASSERTING = frozenset(
    """offer propose intend plan seek want hope wish aim try ask demand request urge call order
    decide agree refuse threaten vow promise pledge prepare expect need""".split()
)


# Verbs by which a source gives a figure with no statement found around it: the speech verbs
# that assert (a pledge states the sum its speaker commits to; an offer or a plan is an act)
# and "identify" ("who authorities have identified as 66-year-old James T. Hodgkinson"), and
# the verbs by which a source brings up a figure as evidence, its object what it gives ("Mr.
# Clinton listed a second payment of $100,000", "Sanders, who for weeks had highlighted the
# millions of dollars in campaign contributions and speaking fees she received").
_ACTS = _NOT_ASSERTING - {"promise", "pledge", "vow"}
_CITING = frozenset("cite list highlight".split())
_REPORTING = (lexicon.SPEECH_VERBS - _ACTS) | {"identify"} | _CITING
# Nouns of an estimate whose owner gives the figure: "the Pentagon's estimate of 11,000".
_ESTIMATE_NOUNS = frozenset("estimate count tally projection forecast assessment".split())
# How far up the parse a figure looks for the verb that reports it (tokens).
_REPORT_REACH = 12


def _climb(token: Token) -> Iterator[tuple[Token, Token | None, list[Token]]]:
    """The figure's token, then its heads up to the root or `_REPORT_REACH` steps: each with
    the node it was reached from (None for the figure) and the path so far, the figure first
    and the node last."""
    node, came_from, path = token, None, [token]
    for _ in range(_REPORT_REACH):
        yield node, came_from, path
        if node.head.i == node.i:
            return
        node, came_from = node.head, node
        path.append(node)


def _reported_by(token: Token) -> tuple[Token, list[Token]] | None:
    """The cue and source tokens of the nearest reporting construction that governs a figure:
    the subject of a speech verb its clause hangs from ("Farenthold said after the reports
    broke that he would repay the $84,000"), a passive's agent ("originally put at about
    11,000 by the Pentagon"), "according to X", or the owner of an estimate ("the Pentagon's
    estimate of 11,000"). Not a figure that says when or how often something was said
    (`_tells_the_saying`)."""
    if _tells_the_saying(token):
        return None
    for node, came_from, path in _climb(token):
        if (
            node.pos_ == "VERB"
            and node.lemma_.lower() in _ASKS_OR_BACKS
            and came_from is not None
            and _asked_or_backed(path)
        ):
            source = speaker_of(node)  # what someone asks others to do or backs is theirs
            return (node, source) if source else None
        if node.pos_ == "VERB" and node.lemma_.lower() in _ACTS:
            if node.lemma_.lower() in _CALLS and came_from is not None and _asked_for(path[:-1]):
                source = speaker_of(node)  # what someone calls for is theirs (`_asked_for`)
                return (node, source) if source else None
            if node.lemma_.lower() in _FORECASTS and came_from is not None and _expected(path):
                source = speaker_of(node)  # what someone expects is their forecast
                return (node, source) if source else None
            return None  # "offered to restore protection for 300,000 people": an act
        # a figure in the reporting verb's subject or beside it ("The 76-year-old Pelosi said",
        # "Mr. Jackson, 47, said", "Asked about the 63 Democrats …, Pelosi said", "announced
        # her nominations … and proposed that three members …") is not what the source reports
        reported = came_from is None or _what_is_reported(came_from, path[:-1])
        for child in node.children:
            if (
                child.lower_ == "according"
                and child.dep_ == "prep"
                and not _quoted_apart(token.doc.text, child, token)
            ):
                to = next((c for c in child.children if c.lower_ == "to"), None)
                whom = [c for c in (to.children if to is not None else ()) if c.dep_ == "pobj"]
                if whom:
                    return child, whom[:1]
        counted = _counted_by(node, came_from)
        if counted is not None:
            return counted
        if (
            reported
            and node.pos_ in ("VERB", "AUX")
            and node.lemma_.lower() in _REPORTING
            and not _not_yet_said(node)
            and not _tells_no_saying(node, came_from)
        ):
            agents = [
                obj
                for child in node.children
                if child.dep_ == "agent"
                for obj in child.children
                if obj.dep_ == "pobj"
            ]
            if agents:
                return node, agents[:1]
            if not any(c.dep_ == "nsubjpass" for c in node.children):
                source = speaker_of(node)
                if source:
                    return node, source
        if node.pos_ == "NOUN" and node.lemma_.lower() in _ESTIMATE_NOUNS:
            owners = [c for c in node.children if c.dep_ == "poss"]
            if owners:
                return node, owners[:1]
        said_so = _said_of(node, came_from)
        if said_so is not None:
            return said_so
    return None


# Nouns of a count someone keeps whose frame gives a clause's figures: "By the Associated
# Press's tally, he now has 739", "In an average calculated by RealClearPolitics, Trump leads
# the field with 36 percent support".
_COUNT_NOUNS = _ESTIMATE_NOUNS | {"average"}
# The prepositions that set a count as the frame of a clause.
_COUNT_FRAMES = frozenset("by in".split())
# Verbs by which a count gives its figures: "The current Associated Press count gives her
# 1,280 pledged delegates".
_COUNT_GIVES = frozenset("give put have show".split())


def _counted_by(node: Token, came_from: Token | None) -> tuple[Token, list[Token]] | None:
    """The count and who keeps it, where a clause the figure is in is told by a count that
    someone named keeps: a frame on the clause ("By the Associated Press's tally, he now has
    739 to Cruz's 465", "In an average calculated by RealClearPolitics, Trump leads the field
    with 36 percent support, and Cruz is at 20 percent") or the clause's subject giving the
    figure ("The current Associated Press count gives her 1,280 pledged delegates"). As with
    "according to", the count reports the clause; its keeper is the source. Not a count with
    no keeper named ("By one count", "an average of seven percentage points"), nor a figure
    inside the count's own phrase."""
    if node.pos_ not in ("VERB", "AUX"):
        return None
    for child in node.children:
        if child is came_from:
            continue
        if child.dep_ == "prep" and child.lower_ in _COUNT_FRAMES:
            count = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "nsubj" and node.lemma_.lower() in _COUNT_GIVES:
            count = child
        else:
            continue
        if count is None or count.lemma_.lower() not in _COUNT_NOUNS:
            continue
        keeper = _keeper(count)
        if keeper is not None:
            return count, [keeper]
    return None


def _keeper(count: Token) -> Token | None:
    """Who keeps a count, by its phrase: its owner ("the Associated Press's tally"), the agent
    of a participle on it ("an average calculated by RealClearPolitics") or a proper name
    before it ("The current Associated Press count")."""
    for child in count.children:
        if child.dep_ == "poss" and _a_name(child):
            return child
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            whom = [c for c in (agent.children if agent else ()) if c.dep_ == "pobj"]
            if whom and _a_name(whom[0]):
                return whom[0]
    names = [c for c in count.children if c.dep_ == "compound" and _a_name(c)]
    return names[-1] if names else None


def _a_name(token: Token) -> bool:
    """A name, as the tagger may leave one a capitalised noun ("RealClearPolitics": NNS); not a
    day's ("By Tuesday's count": when it was made, not who keeps it), nor a common noun whose
    capital is only the sentence's ("Polling averages show Clinton with a lead in the low
    single digits", Politico 2016: no one named keeps them)."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    sentence_case = token.is_sent_start and token.text[1:].islower()
    return token.pos_ == "PROPN" or (
        token.pos_ == "NOUN" and token.text[:1].isupper() and not sentence_case
    )


def _tells_no_saying(verb: Token, came_from: Token | None) -> bool:
    """A verb of saying in a sense that says nothing, by its complement: "Sanders continues to
    trail Clinton by more than 300 delegates", "He also continued to raise money from small
    donors, who can give … without hitting the contribution limit of $2,700" (an infinitive
    the verb lends its subject to: what the subject does, not what it says), "Sanders
    maintained his double-digit lead" (a shape PolNeAR train finds no cue in: "maintain" with
    an object, 2 cues in 29; "add" to something, "put" an object, "advise" someone). The
    figure is the article's unless a verb above reports it. A commitment or a claim told with
    an infinitive reports it ("pledged to repay the $84,000", "promised to", "vowed to",
    "claimed to have raised"), as PolNeAR train finds those cues."""
    word = verb.lemma_.lower()
    if verb.pos_ == "VERB" and _no_cue_in_its_shape(verb, word, came_from):
        return True
    if approves_someone(verb, word):
        return True  # "had confirmed 68 judicial nominees": a vote on them, nothing said
    if came_from is None or came_from.dep_ != "xcomp" or not shapes.has_to(came_from):
        return False
    if came_from.lemma_.lower() in _REPORTING or shapes.shape(verb) != "to":
        return False  # "continued to insist that …": the infinitive's own verb reports
    if not _lends_its_subject(verb):
        return False
    return word not in _COMMITMENTS and not verdict(verb, word)


def _lends_its_subject(verb: Token) -> bool:
    """Whether the infinitive under `verb` is told of the verb's own subject, what that subject
    does ("Sanders continues to trail Clinton", "Sanders, who continues to trail …"). Not a
    passive, whose subject the infinitive is told of and whose agent reports it ("The plan is
    estimated by the Congressional Budget Office to cost about $10 trillion"), nor a relative
    clause whose subject is no relative pronoun: the pronoun is the infinitive's subject, the
    clause's subject the one who reports it ("the plan …, which nonpartisan analyses have
    estimated to cost about $10 trillion over 10 years", NYT 2016-01-20)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "relcl":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is None or subject.lower_ in lexicon.RELATIVE_PRONOUNS
    return True


def _no_cue_in_its_shape(verb: Token, word: str, came_from: Token | None) -> bool:
    """Whether PolNeAR train finds `verb` no cue in its complement shape (`verdict`); a
    preposition after its object that the table has no row for is a circumstance, and the
    verb reads as with its object alone ("maintaining her double-digit edge among women").
    What it finds of the verb's object says nothing of a figure in a preposition of the verb:
    the value the verb gives its object ("Forbes put his net worth at $45 billion", "HuffPost
    Pollster … puts Obama's approval at a solid 50 percent", NYT and HuffPost 2016)."""
    if came_from is not None and came_from.dep_ == "prep" and came_from.head == verb:
        return False
    said = verdict(verb, word)
    if said is None and shapes.shape(verb).startswith("obj+prep:"):
        row = CUE_TABLE.get((shapes.key(verb, word), "obj"))
        said = None if row is None else row[2]
    return said is False


# Verbs of saying whose infinitive is what their subject commits to: a report of the pledge.
_COMMITMENTS = frozenset("promise pledge vow".split())


def _tells_the_saying(token: Token) -> bool:
    """A figure that dates a clause against another ("two days after The New York Times first
    reported that …, Mrs. Clinton announced", "he said … barely 13 hours after Congress
    passed a spending measure") or counts the times a verb of saying was said ("Trump promised
    hundreds of times during his campaign that the wall would cost taxpayers nothing"): it
    tells the saying, it is not what was said."""
    noun = token.head if token.dep_ == "nummod" else token
    if lemma(noun) in TIME_NOUNS and noun.dep_ == "npadvmod":
        following = next_token(noun)
        if following is not None and following.lower_ in _WHEN_AFTER:
            return True
        return any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in noun.head.children)
    if not any(t.lower_ == "times" for t in token.doc[token.i : token.i + 4]):
        return False
    verb = token
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() in lexicon.SPEECH_VERBS and any(
        c.dep_ == "ccomp" for c in verb.children
    )


# Words after a span of time that place a happening against another: "two days after",
# "13 hours before", "almost two weeks earlier".
_WHEN_AFTER = frozenset("after before later earlier ago".split())


def _not_yet_said(verb: Token) -> bool:
    """ "The Disclose Act would require super PACs … to disclose the names of donors who
    contribute more than $10,000": a speech verb in an infinitive another verb governs is what
    someone is to say, not what they said."""
    return verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _said_of(node: Token, came_from: Token | None) -> tuple[Token, list[Token]] | None:
    """A reporting verb in a relative clause that says what a figure's phrase is: "it clears
    the two-thirds majority support that Pelosi predicted she had" (on the noun the figure is
    in), "a model training program at what Hutchinson said would be a cost of about $800 to
    $1,000" (a free relative, the clause's subject, on the verb the figure's phrase completes).
    Not a relative clause whose own subject is the relative word ("the report that said …":
    the noun is the speaker) nor one beside the figure ("the 63 Democrats who voted for Ryan,
    Pelosi said")."""
    for child in node.children:
        if child.lemma_.lower() not in _REPORTING or child.pos_ not in ("VERB", "AUX"):
            continue
        relative = child.dep_ == "relcl" and node.pos_ in ("NOUN", "PROPN")
        free = child.dep_ == "csubj" and came_from is not None and came_from.dep_ == "attr"
        if not (relative or free):
            continue
        wh = [c for c in child.children if c.tag_ in ("WDT", "WP") or c.lower_ == "that"]
        subject = next((c for c in child.children if c.dep_ == "nsubj" and c not in wh), None)
        if subject is None or not wh or (free and not any(c.lower_ == "what" for c in wh)):
            continue
        return child, [subject]
    return None


# Verbs by which a document gives what it found, with no statement cue found on them.
_SHOWING = frozenset("show find reveal document indicate".split())
# The dependents of a finding verb that hold what it found.
_FOUND_WHAT = frozenset("ccomp xcomp dobj attr oprd".split())


def _shown_by(token: Token) -> dict | None:
    """The document whose finding verb governs a figure no statement holds: the verb's subject
    ("Records released by the House oversight committee … also documented more than 200 cases
    of violence"), the noun its relative clause or participle hangs on ("portions of Trump's
    state tax returns from 1995 that showed … lost nearly $916 million"), or the object of the
    verb a participle goes on from ("filed a disclosure with the Federal Elections Commission
    showing the couple had earned approximately $30 million", "released 33 years of returns,
    showing his net worth between $19 and $22 million"). A reader asked who gives the figure
    answers the document, named by its phrase less the finding clause. Only a document that
    reports findings (`FINDINGS`: a return, a record, a study), not a bill or an ad, which set
    amounts; and not past another reporting verb, whose own source reports the figure."""
    for node, came_from, path in _climb(token):
        if node.pos_ == "VERB" and came_from is not None:
            lemma_ = node.lemma_.lower()
            cut_off = _cut_off_from(node)
            if cut_off is not None:
                phrase = _showing_document(cut_off)
                return None if phrase is None else document_source(phrase)
            if lemma_ in _SHOWING:
                if came_from.dep_ not in _FOUND_WHAT or not _what_is_reported(came_from, path[:-1]):
                    return None  # "Though his plan would dole out more than $4 trillion …,
                    # one study found": a clause beside the finding, not what it found
                phrase = _showing_document(node)
                return None if phrase is None else document_source(phrase)
            if lemma_ in lexicon.REPORTING_VERBS or lemma_ in _ACTS:
                return None
    return None


# A tag that ends a sentence with the document that shows what the sentence says: ", Federal
# Election Commission records show.", ", fundraising documents show.", ", the poll found."; its
# last word a form of a verb of `_SHOWING`.
_FINDING_TAG = re.compile(r",\s+((?:[\w’'./-]+\s+){0,6}?([A-Za-z]+))\s+([a-z]+)\s*\.\s*$")


def _shown_by_a_tag(text: str, token: Token) -> dict | None:
    """The document a tag at the end of its sentence names as showing a figure before it, where
    the parse missed the tag's verb ("In all, the Tampa host committee raised $57million,
    Federal Election Commission records show", "records" taken for a verb; "That’s why Bush
    had to lend his campaign hundreds of thousands of dollars last month, fundraising
    documents show", "fundraising" for a clause): the tag's noun is one of a document that
    reports findings (`FINDINGS`), the figure before the tag. A bare definite noun ("…, the
    poll found.") points back to a document named before ("according to a poll of 400
    registered Latino voters released on Friday by Latino Decisions"), whose account
    (`document_results`) names it in full: it is left to that."""
    sentence = token.sent
    tag = _FINDING_TAG.search(text, sentence.start_char, sentence.end_char)
    if tag is None or token.idx >= tag.start() or tag.group(2).lower() not in FINDINGS:
        return None
    from lemminflect import getAllLemmas  # 0.2 s to load: only when a tag asks

    if _SHOWING.isdisjoint(getAllLemmas(tag.group(3), "VERB").get("VERB", ())):
        return None
    if re.fullmatch(r"the\s+[a-z]+", tag.group(1)):
        return None
    return document_source(group_name(tag.group(1)))


# What completes the verb of a clause that says what a noun holds ("that Trump had a net loss",
# "that eight refugees were detained"): a relative clause that the parse took for one lacks it,
# its object being the noun ("the report that 12 agencies reviewed").
_COMPLETE = frozenset("dobj attr acomp oprd ccomp xcomp nsubjpass auxpass".split())


def _told_in_a_finding(token: Token) -> dict | None:
    """ "Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net
    loss of more than $915 million", "referencing a confirmed Breitbart News report that eight
    Syrian refugees were detained", "after a report that he had made sexual advances toward
    four teenage girls": a figure in the clause that completes a document's noun (its "that" a
    conjunction, not the relative pronoun of "a report that revealed …") is what the document
    reports, whoever brings it up; named by the noun's phrase up to the clause. Only a document
    that reports findings (`FINDINGS`), not a bill or an ad, and not past a reporting verb of
    the clause's own ("a report that officials said …": its subject reports the figure)."""
    for node, came_from, _path in _climb(token):
        if came_from is None:
            continue
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in lexicon.REPORTING_VERBS:
            return None
        if not any(
            c.dep_ == "mark" and c.lower_ == "that" and c.tag_ == "IN" for c in came_from.children
        ):
            continue  # a relative "that" (WDT) heads a clause on the noun, not what it says
        if not any(c.dep_ in _COMPLETE for c in came_from.children):
            continue  # "the report that 12 agencies reviewed": a relative clause whose object
            # the noun is, though the parse takes its "that" for a conjunction
        noun = node if came_from.dep_ in ("acl", "relcl") and node.pos_ == "NOUN" else None
        if came_from.dep_ == "ccomp" and node.pos_ == "VERB":
            # the parse hangs the clause on the verb whose object the noun is ("features a New
            # York Times report from over the weekend that nearly $1 billion … may have
            # enabled him …"): a verb that takes no clause of what is said or shown
            if node.lemma_.lower() in _SHOWING:
                return None
            noun = next(
                (c for c in node.children if c.dep_ == "dobj" and c.i < came_from.left_edge.i),
                None,
            )
        if noun is None:
            continue
        if noun.lemma_.lower() not in FINDINGS and noun.lower_ not in FINDINGS:
            return None
        words = [t for t in node.doc[noun.left_edge.i : came_from.left_edge.i] if not t.is_space]
        while words and words[-1].is_punct:
            words.pop()
        if not words:
            return None
        first, last = words[0], words[-1]
        return document_source(group_name(node.doc.text[first.idx : last.idx + len(last)]))
    return None


def _cut_off_from(verb: Token) -> Token | None:
    """The finding verb whose clause the parse cut short: "a disclosure … showing the couple
    had earned approximately $30 million", "returns … that showed the New York businessman and
    his companies lost nearly $916 million" parse the clause's subject as the finding verb's
    object and hang its verb, with no subject and no conjunction of its own, on the main verb;
    the finding verb's words end right before it."""
    if verb.dep_ != "conj" or any(
        c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "cc" and c.i < verb.i) for c in verb.children
    ):
        return None
    for other in verb.head.subtree:
        if (
            other.pos_ == "VERB"
            and other.lemma_.lower() in _SHOWING
            and other.i < verb.i
            and other.right_edge.i + 1 == verb.left_edge.i
            and any(c.dep_ == "dobj" for c in other.children)
        ):
            return other
    return None


def _showing_document(verb: Token) -> str | None:
    """The words of the document a finding verb's clause is told of (`_shown_by`), if it is one
    that reports findings: its head noun or the noun its "of" phrase holds ("33 years of
    returns", "portions of … tax returns from 1995")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    relative = subject is not None and subject.tag_ in ("WDT", "WP")
    if verb.dep_ in ("relcl", "acl") and (subject is None or relative):
        noun = verb.head  # "returns … that showed", "a disclosure showing"
        whole = _whole_of(noun)
        if whole is not None and noun.lemma_.lower() not in FINDINGS:
            noun = whole  # "a list of paid speeches showing": the list shows, not the speeches
        words = noun.doc[noun.left_edge.i : verb.left_edge.i]
    elif subject is not None and not relative:
        noun, words = subject, _without_when(subject)
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "released … returns, showing"
        noun = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
        words = list(noun.subtree) if noun is not None else []
    else:
        return None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    of = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if not any(n.lemma_.lower() in FINDINGS or n.lower_ in FINDINGS for n in (noun, *of)):
        return None
    words = [t for t in words if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if not words:
        return None
    return group_name(noun.doc.text[words[0].idx : words[-1].idx + len(words[-1])])


def _whole_of(noun: Token) -> Token | None:
    """The noun whose "of" phrase holds `noun`, where it is one that reports findings: "a list"
    of "a list of paid speeches showing that she had earned nearly $10 million" (the parse
    hangs the participle on "speeches"; the list is the document, the story gold, NYT 2015);
    None for any other noun ("the cost of the speeches that showed …")."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.pos_ != "NOUN":
        return None
    whole = of.head
    if not (whole.lemma_.lower() in FINDINGS or whole.lower_ in FINDINGS):
        return None
    return whole if _told_or_kept(noun) else None


def _told_or_kept(noun: Token) -> bool:
    """Whether a noun in a findings document's "of" phrase is a thing told or kept (a speech,
    a record), which shows nothing itself, not one that can act and find or show ("a list of
    companies that found loopholes", "a list of reporters who documented 300 deaths", "a
    report of a man who found $5,000": the code review of round 65)."""
    lemma = noun.lemma_.lower()
    return not noun.ent_type_ and lemma in (
        lexicon.OCCASION_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.EVIDENCE_NOUNS
    )


def _without_when(noun: Token) -> list[Token]:
    """A document's words without the day it came out, as a speaker's name is read
    (`when_phrase`): "A new Fox News poll out Thursday found 56 percent against it", "A
    University of New Hampshire poll out this week" are the polls."""
    dated = {t.i for c in noun.children if dated_after(noun, c) for t in c.subtree}
    return [t for t in noun.subtree if t.i not in dated]


# The subordinators of a clause that says when or why something was said.
_WHEN_MARKS = frozenset("after before when while since until once as because".split())


# Reporting verbs whose object is the hearer, not what is said: in PolNeAR train the word
# after "told" lies outside the content 374 times in 385 ("told reporters that …"), after
# "tells"/"telling" 64 in 69, "reminded" 6 in 7, "assured" 8 in 11 ("warned" is mostly "warned
# that …": not one of them).
_HEARER_VERBS = frozenset("tell inform assure remind notify brief".split())


def _what_is_reported(child: Token, path: list[Token] | None = None) -> bool:
    """Whether a reporting verb's child holds what it reports: its clause ("said … that he
    would repay", "pledged to repay"), its object, or the amount it is put at or identified as
    ("put at about 11,000", "identified as 66-year-old …"). Not its subject ("The 76-year-old
    Pelosi said", "Mr. Jackson, 47, said"), a coordinated act ("announced her nominations …
    and proposed that three members …"), a participle beside it ("Asked about the 63
    Democrats …, Pelosi said"), when it was said ("has reiterated … in the past two months")
    nor whom it was said to ("Clinton told about 600 supporters at the fairgrounds"). `path`
    is the way up from the figure to `child`: a figure in a clause on the noun under "at" or
    "as" says where it was said ("said inside the gymnasium at the high school where he was
    president of his class all three years")."""
    path = path or []
    if child.dep_ in ("dobj", "dative") and child.head.lemma_.lower() in _HEARER_VERBS:
        return False
    if child.dep_ == "dobj" and _glosses_the_topic(child, path):
        return False
    if child.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd", "parataxis"):
        return True
    if child.dep_ == "prep":
        return child.lower_ in ("at", "as") and not any(
            t.dep_ in ("relcl", "acl", "advcl") for t in path if t.i != child.i
        )
    # a clause the parse hung beside the verb with a subject of its own: "said after the
    # reports broke that he would repay …"; but a figure in the clause that says when the
    # verb was said, not in a clause it holds, is the article's ("he said in a televised
    # statement barely 13 hours after Congress passed a spending measure")
    if child.dep_ != "advcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
        return False
    telling = any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in child.children)
    return not telling or any(t.dep_ == "ccomp" for t in path if t.i != child.i)


def _glosses_the_topic(noun: Token, path: list[Token]) -> bool:
    """ "The e-mails revealed no new details about … the Sept. 11 attack, which killed four
    Americans": a reporting verb's object that is a noun phrase names what the report is
    about; a figure in a clause under it (a relative clause, an infinitive, a gerund) is the
    writer's account of that topic, as `_describes_the_topic` reads a statement's content of
    that shape. The object's own amount stays the source's ("cited only two times that …"),
    and so does a figure a reporting verb in the clause reports on ("wrote an opinion article
    … suggesting three ways out")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        t.pos_ in ("VERB", "AUX")
        and t.dep_ in _CLAUSES_UNDER_A_NOUN
        and t.lemma_.lower() not in lexicon.REPORTING_VERBS
        for t in path
        if t.i != noun.i
    )


class _Statements:
    """A document's statements as figures look them up, indexed once: by the offsets of
    their content (those that assert it), of their speakers' mentions and of their starts."""

    def __init__(
        self,
        doc: Doc,
        statements: tuple[Statement, ...],
        document: Document | None = None,
        index: EntityIndex | None = None,
    ) -> None:
        self.doc, self.document, self.index = doc, document, index
        self._context: Context | None = None  # built once a figure needs a source named
        self._heads: set[int] | None = None  # built once a figure is in a labelled paragraph
        self._quotations: Quotations | None = None  # paired once a figure needs its quotation
        self.by_id = {s.id: s for s in statements}
        self.asserting: Intervals[Statement] = Intervals(
            (piece.start, piece.end, s)
            for s in statements
            if _asserts(doc, s)
            for piece in s.fragments or (s.content,)
        )
        self.all: Intervals[Statement] = Intervals(
            (piece.start, piece.end, s) for s in statements for piece in s.fragments or (s.content,)
        )
        self.speakers: Intervals[Statement] = Intervals(
            (s.speaker.mention.start, s.speaker.mention.end, s)
            for s in statements
            if s.speaker.mention is not None
        )
        self._by_start = sorted(statements, key=lambda s: s.content.start)  # stable: ties in order
        self._starts = [s.content.start for s in self._by_start]
        self._cued: dict[int, list[Statement]] = {}
        for s in statements:
            if s.cue is not None:
                self._cued.setdefault(s.cue.start, []).append(s)

    def at(self, offset: int) -> Statement | None:
        """The innermost statement whose content holds `offset` and asserts it (the first
        of two as long)."""
        best = None
        for statement in self.asserting.covering(offset):
            if best is None or _innermost(statement) < _innermost(best):
                best = statement
        return best

    def around(self, offset: int, inner: Statement) -> Statement | None:
        """The innermost statement other than `inner` whose content holds `offset` and
        `inner`'s speaker too: what `inner` is told inside."""
        mention = inner.speaker.mention
        best = None
        for statement in self.asserting.covering(offset):
            if statement is inner or mention is None:
                continue
            if not statement.content.start <= mention.start < statement.content.end:
                continue
            if best is None or _innermost(statement) < _innermost(best):
                best = statement
        return best

    def reporting(self, token: Token) -> dict | None:
        """The source of a figure no statement holds, from the construction that reports it
        (`_reported_by`), named as statements' speakers are (pronouns, surnames, roles), so
        the merge sees one source: "Farenthold said after the reports broke that he would
        repay the $84,000" is Farenthold's, though no statement was found there."""
        if self.index is None or self.document is None:
            return None
        found = _reported_by(token)
        if found is None:
            return None
        cue, tokens = found
        if self.scoped(cue, token):
            return None
        mentioned = [s for s in self.speakers.covering(tokens[0].idx)]
        if _is_a_count(tokens[0]):
            return None  # "52 percent said Mr. Trump would be better" (`_counted_speaker`)
        if mentioned:  # the subject is a found statement's speaker: that statement's name
            return _source(mentioned[0], self.by_id)
        return self._resolved((cue.idx, cue.idx + len(cue)), token, tokens)

    def _resolved(self, cue: tuple[int, int], token: Token, tokens: list[Token]) -> dict | None:
        """The source the speaker resolver names for `tokens` as the subject of a cue at `cue`
        reporting the figure `token` (pronouns, surnames, roles, as statements' speakers are
        named), or None where it names no one."""
        if self._context is None:
            self._context = Context(self.doc, self.document, self.index)
        at = token.idx
        earlier = self._by_start[: bisect_left(self._starts, at)]
        candidate = Candidate(cue, [(at, at + len(token))], tokens)
        named = speaker(self._context, candidate, earlier)
        if named.name is None or named.kind == "unresolved":
            return None
        return {
            "name": named.name,
            "kind": named.kind,
            "entity": named.entity,
            "members": list(named.members),
            "statement": None,
            "via": [],
        }

    def according(
        self, token: Token, statement: Statement | None
    ) -> tuple[Statement | None, dict] | None:
        """The source of a figure in the clause an "according to X" phrase of its sentence
        modifies: X, whatever asides the statement's other checks read ("Clinton leads Sanders
        by 271 pledged delegates according to a count by The Associated Press", "Clinton holds
        a 10-point lead in California, according to the RealClearPolitics average of polls",
        "Other major cleavages, according to the poll, include ideology (Sanders leads by 29
        points …)"). "According to X" is a sentence adverbial: it attributes the clause it
        modifies, never a topic, and X is only its object. The clause is the content of a
        statement found on the phrase that holds the figure, or else, by the parse, the clause
        its head belongs to (a noun or a conjunct with no subject of its own, where the parse
        hangs the phrase, belongs to the clause above it), the figure outside the phrase and
        outside a relative clause ("…, where 475 pledged delegates will be at stake": the
        writer's). Not a figure another statement holds (its own speaker's), and none when a
        statement found on another cue holds it (`at`), but for a phrase inside the quotation
        that holds the figure (`_relayed_in_a_quote`). Returns the statement found on the
        phrase, if any, and the source."""
        held = statement is not None and (
            statement.cue is None or not _ACCORDING.match(statement.cue.text)
        )
        for word in token.sent:
            whom = _according_to_whom(word)
            if whom is None:
                continue
            if held and not _relayed_in_a_quote(self.doc.text, statement, word, token):
                continue  # the figure is the speaker's who holds it
            if _quoted_apart(self.doc.text, word, token):
                continue  # a phrase inside a quotation that leaves the figure out
            found = [s for s in self._cued.get(word.idx, []) if not s.negated]
            cued = [
                s
                for s in found
                if any(p.start <= token.idx < p.end for p in s.fragments or (s.content,))
            ]
            if statement is not None and not held and statement not in cued:
                continue
            if _in_a_clause_on_the_source(token, word) or _glosses_a_noun_before(token, word):
                continue
            if not cued and (
                not _in_the_clause_of(token, word) or any(self._set_off(token, s) for s in found)
            ):
                continue
            source = self._according_source(cued, whom, token)
            if source is None:
                return None
            return (cued[0] if cued else None), source
        return None

    def _set_off(self, token: Token, statement: Statement) -> bool:
        """Whether a dash, a colon or a semicolon stands between a figure and the content of a
        statement that leaves it out: the content is a part the writer set off, which the
        phrase reports alone ("Judge Gorsuch must earn the support of at least eight Democrats
        … — a threshold he is not on track to meet, at least so far, according to interviews":
        the finder's content is the threshold clause). A figure the content stops short of
        with nothing set off between is in the clause the phrase modifies, where the parse
        says so (`_in_the_clause_of`): "Clinton leads Sanders by 271 pledged delegates
        according to a count by The Associated Press" (the finder's content: "pledged
        delegates")."""
        start, end = sorted((token.idx, statement.content.start))
        between = self.doc.text[start:end]
        return any(mark in between for mark in _SETS_A_PART_OFF)

    def _according_source(self, cued: list[Statement], whom: Token, token: Token) -> dict | None:
        """X of "according to X", named as a statement's speaker is where one was found on it
        or where the statement finder or the speaker resolver names it; else by its words, but
        for a pronoun, whose words name no one ("According to him, …" with no one resolved:
        None, and the figure's other checks decide)."""
        to = whom.head
        maker = _who_made_the_figures(whom)
        if maker is not None:
            cued, whom = [], maker  # "according to calculations by Amy Glasmeier": hers
        for found in (*cued, *(self.speakers.covering(whom.idx) if maker is None else ())):
            if found.speaker.name and found.speaker.kind != "unresolved":
                return _source(found, self.by_id)
        if self.index is not None and self.document is not None:
            according = to.head
            named = self._resolved((according.idx, to.idx + len(to)), token, [whom])
            if named is not None:
                return named
        if whom.pos_ == "PRON":
            return None
        # its own words: no clause or apposition on it ("the RealClearPolitics average of
        # polls, where 475 pledged delegates …")
        words = [
            t
            for t in whom.subtree
            if not any(a.dep_ in _BESIDE_A_NOUN and a.i != whom.i for a in _up_to(t, whom))
        ]
        while len(words) > 1 and (words[-1].is_punct or words[-1].is_space):
            words.pop()
        first, last = words[0], words[-1]
        return document_source(group_name(self.doc.text[first.idx : last.idx + len(last)]))

    def framed_as(self, token: Token) -> dict | None:
        """The source an "as X said" frame before a figure names, where the parse missed the
        frame's verb or hung the frame on another clause, so no statement holds the clause
        after it: "…, and, as TPM notes, his district is 35 percent Latino", "As the Washington
        Post—even the devil can quote election statistics—observed, Republicans now control
        both legislative chambers in 30 states", "As The Post's Abby Phillip documented, more
        than a dozen governors joined Jindal". Like "according to X", the frame attributes the
        clause it opens, whose figures are X's; X is named as a statement's speaker is (the
        speaker resolver), else by its words. Only a frame that opens the sentence or follows
        a comma, its verb one of speech or of a finding (`_SHOWING`), set off by a comma, the
        figure after it in its sentence."""
        sentence = token.sent
        text = self.doc.text
        for frame in _AS_FRAME.finditer(text, sentence.start_char, token.idx):
            if not _AS_FRAME_OPENS.search(text[sentence.start_char : frame.start()]):
                continue
            from lemminflect import getAllLemmas  # 0.2 s to load: only when a frame asks

            lemmas = set(getAllLemmas(frame.group("verb").lower(), "VERB").get("VERB", ()))
            if lemmas.isdisjoint(lexicon.SPEECH_VERBS | _SHOWING):
                continue
            start, end = frame.span("who")
            aside = _SET_OFF_ASIDE.search(text, start, end)
            if aside is not None:
                end = aside.start()
            who = self.doc.char_span(start, end, alignment_mode="contract")
            while who is not None and len(who) and who[-1].pos_ in ("AUX", "ADV", "PART"):
                who = who[:-1]  # "As the company has long argued": its auxiliary and adverb
            verb = self.doc.char_span(*frame.span("verb"))
            if (
                who is None
                or not len(who)
                or not (who[0].text[0].isupper() or who[0].lower_ == "the")
                or any(t.pos_ == "VERB" for t in who)
                or verb is None
                or verb.root.pos_ != "VERB"
            ):
                continue  # a clause of time ("as Mr. Trump began racking up victories in
                # early primary states,"), not a source's frame
            if self.index is not None and self.document is not None:
                named = self._resolved(frame.span("verb"), token, [who.root])
                if named is not None:
                    return named
            return document_source(group_name(who.text))
        return None

    def labelled(self, token: Token) -> dict | None:
        """The person a transcript's label names as the speaker of the paragraph a figure is
        in, where no statement holds the figure: a transcript prints who speaks as a name in
        capitals and a colon opening the paragraph ("“CLINTON: I feel a great deal of
        sympathy for the families of the four brave Americans that we lost at Benghazi … So I
        testified for 11 hours": hers, Breitbart 2016; "JAKE TAPPER: Donald Trump released a
        video on Friday …"). The label must name a person of the text (the index's person by
        its words, as a bare surname is read): a label that names no one is a heading's
        ("UPDATE:", "BYLINE:", "VIDEO:", "HUFFPOLLSTER:"). A label opened by a quotation mark
        gives only the figures inside the quotation, not the writer's after it closes; a
        section's head is no label ("TRUMP: Win 3 states." over the writer's paragraphs on
        him, `quotes.section_heads`; the round-64 code review)."""
        if self.index is None:
            return None
        text = self.doc.text
        start = text.rfind("\n", 0, token.idx) + 1
        label = _LABEL.match(text, start)
        if label is None or token.idx < label.end():
            return None
        if label.group("quoted") and re.search(r"[\"\u201d]", text[label.end() : token.idx]):
            return None  # "“CLINTON: I testified for 11 hours.” In fact the hearing ran 8 hours"
        if self._heads is None:
            self._heads = section_heads(text)
        if start in self._heads:
            return None  # "TRUMP: Win 3 states." heads the writer's paragraphs on him
        person = self.index.person(tuple(label.group("name").split()))
        return person_source(person) if person is not None else None

    def quoted(self, token: Token) -> dict | None:
        """The speaker of the quotation a figure no content holds stands in, where a statement
        found in the same quotation names one (`quoted.Quotations.speaker_of`): "“… a records
        cache of thousands of new Clinton State Department records … The new material shows
        …,” according to Judicial Watch": Judicial Watch's, though the finder's content is
        the quotation's last sentence only."""
        if self.all.overlaps(token.idx, token.idx + 1):
            return None  # a content holds it: that statement decides
        if self._quotations is None:
            self._quotations = Quotations.of(text_of(self.doc))
        return _source(self._quotations.speaker_of(token.idx, self.by_id.values()), self.by_id)

    def scoped(self, cue: Token, token: Token) -> bool:
        """Whether the statements found on the cue that reports a figure no statement
        asserts all leave the figure out of their content: the statement finder has then
        said what the cue reports, and the figure outside it is the writer's ("Judge Gorsuch
        must earn the support of at least eight Democrats to break a filibuster — a threshold
        he is not on track to meet, according to interviews"; "revealed that the report came
        in at more than 300 pages, raising more questions about … the four-page summary").
        Not a figure in a clause coordinated under the cue, which a content may stop short
        of ("said she has signed a plea agreement … and would plead guilty to one tax
        count"), nor a relative clause's cue on the figure's own phrase, which no content can
        hold ("the two-thirds majority support that Pelosi predicted she had")."""
        cued = self._cued.get(cue.idx, [])
        if not cued or any(
            piece.start <= token.idx < piece.end
            for s in cued
            for piece in s.fragments or (s.content,)
        ):
            return False
        if cue.dep_ in ("relcl", "csubj") and cue not in token.ancestors:
            return False
        if cue not in token.ancestors:
            return True  # "according to" on a clause: the content is the clause it names
        below = []
        for node in token.ancestors:
            if node.i == cue.i:
                break
            below.append(node)
        return not any(node.dep_ == "conj" for node in below)

    def stopped_before(self, token: Token) -> Statement | None:
        """The statement whose content stops short of a figure later in its sentence, with
        nothing of the writer's between: "He said Wal-Mart's strong corporate culture
        stereotypes women … and that translates into … decisions at the more than 4,300 …
        stores", "Macroeconomic Advisors … projected smaller increases but no less than at
        least 0.5 percentage point". The finder cut the content at the conjunction; what
        follows, still under the statement's cue, goes on with the report. Not a figure after
        a clause the writer adds (`_WRITER_GOES_ON`), one that tells when it was said ("he
        said … barely 13 hours after"), nor one a statement that does not assert holds."""
        if self.all.overlaps(token.idx, token.idx + 1):
            return None  # a content holds it, asserted or not
        low = bisect_left(self._starts, token.sent.start_char)
        high = bisect_left(self._starts, token.idx)
        ended = [
            s
            for s in self._by_start[low:high]
            if s.content.end <= token.idx
            and s.speaker.kind != "unresolved"
            and not s.negated
            and _asserts(self.doc, s)
        ]
        if not ended:
            return None
        last = max(ended, key=lambda s: s.content.end)
        cue = _cue_token(self.doc, last)
        if cue is None or cue not in token.ancestors or _tells_the_saying(token):
            return None  # the cue does not govern it ("along with …"), or it tells the saying
        if _glossed_or_reported_between(token, cue):
            return None
        after = max(last.content.end, cue.idx)  # a tag after the content: what follows it
        if after > last.content.end and not _goes_on_after_a_tag(cue, token):
            return None
        gap = self.doc.char_span(after, token.idx, alignment_mode="expand")
        if gap is None or len(gap) > _GOES_ON_REACH or _writer_goes_on(gap):
            return None
        return last

    def in_series(self, token: Token) -> Statement | None:
        """The statement that attributes the series of parallel clauses, set off by
        semicolons, a figure no content holds stands in (`series.series_statement`): "The
        researchers reported that Apple holds $214.9 billion offshore …; Nike holds $10.7
        billion offshore": the researchers'."""
        if self.all.overlaps(token.idx, token.idx + 1):
            return None  # a content holds it, asserted or not
        sentence = token.sent
        near = self.starting(sentence.start_char, sentence.end_char)
        return series_statement(
            token,
            # not those a poll counted ("36 percent of Democrats said …; 62 percent of those
            # were Sanders supporters"): the poll's results, not theirs
            [s for s in near if _asserts(self.doc, s) and not _counted_speaker(self.doc, s)],
        )

    def starting(self, start: int, end: int) -> list[Statement]:
        """The statements whose content starts in [start, end), by start, ties in order."""
        low, high = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return self._by_start[low:high]


# An "as X said" frame: "as", its subject (a dash-set aside allowed in it: "As the Washington
# Post—even the devil can quote election statistics—observed,"), its verb and the comma that
# sets it off; `_AS_FRAME_OPENS`: what may stand before it in the sentence (nothing, or a comma
# with "and" or "but").
_AS_FRAME = re.compile(
    r"\b[Aa]s\s+(?P<who>[^\s,;:][^,;:]{0,80}?)[\s\u2014\u2013-]+(?P<verb>[A-Za-z]+)\s*,"
)
_AS_FRAME_OPENS = re.compile(r"(?:\A\s*|,\s*(?:(?:and|but)\s*,?\s*)?)\Z")
_SET_OFF_ASIDE = re.compile(r"\s*[\u2014\u2013]|\s+--\s")
# A transcript's speaker label opening a paragraph: a name in capitals (one to four words)
# and a colon, after an opening quotation mark at most ("CLINTON: …", "JAKE TAPPER: …").
_LABEL = re.compile(
    r"[ \t]*(?P<quoted>[\"\u201c])?"
    r"(?P<name>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}):[ \t]"
)
# How many tokens after a statement's content a figure it stopped short of may stand.
_GOES_ON_REACH = 15
# Words by which the writer goes on in a clause of their own after a statement's content: a
# subordinator ("even as he signs", "while", "after"), a relative word, another source
# ("according to"), a dash, a colon or a semicolon.
_WRITER_GOES_ON = frozenset(
    """while although though whereas as after before when since because even despite until
    unless if so which who whose whom where according — – -- ; : ( )""".split()
)


_ACCORDING = re.compile(r"(?i)according\s+to\b")
# What the parse sets beside a noun, no part of its name: a clause or an apposition.
_BESIDE_A_NOUN = frozenset("relcl acl appos".split())


# What a figure was reckoned in, not a document that speaks as itself (`FINDINGS`, the
# documents of the lexicon): "figures", "numbers", "calculations".
_RAW_FIGURES = (lexicon.EVIDENCE_NOUNS | lexicon.RECKONING_NOUNS) - (
    FINDINGS | lexicon.DOCUMENT_NOUNS
)


def _who_made_the_figures(whom: Token) -> Token | None:
    """Who made the figures, counts or calculations an "according to" phrase names, where the
    phrase names them ("according to calculations by Amy Glasmeier of the Massachusetts
    Institute of Technology", "according to figures that were released Thursday by Crowdpac",
    "according to figures her campaign released Friday"): the story gold gives the figures
    their maker (three stories: PolNeAR trade-voters, Washington Post; trump-tech-judge, NYT;
    sanders-33, USA Today), not the figures. A document or a finding stays the source under its
    own name ("according to a tally by the Associated Press", "according to the average of
    recent polls compiled by Real Clear Politics"): the gold names the document."""
    if whom.pos_ != "NOUN" or lemma(whom) not in _RAW_FIGURES:
        return None
    for child in whom.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ not in ("relcl", "acl") or child.pos_ != "VERB":
            continue
        for part in child.children:
            if part.dep_ == "agent":
                return next((c for c in part.children if c.dep_ == "pobj"), None)
            if part.dep_ == "nsubj" and part.lower_ not in lexicon.RELATIVE_PRONOUNS:
                return part
    return None


def _relayed_in_a_quote(text: str, statement: Statement, according: Token, token: Token) -> bool:
    """Whether an "according to" phrase stands inside the quotation that holds a figure, no
    quotation mark between them: the one quoted relays the figure from the source the phrase
    names, whose figure it is, as the story gold gives it (" “According to the Pew Hispanic
    Center, in 2050, whites will be 47 percent of the country while Hispanics will grow to 29
    percent and Asians to 9 percent,” the report stated": the center's; " “Clinton's final
    delegate count was 699.57, according to the Iowa Democratic Party. Sanders' was 695.49,”
    The Blaze reported": the party's 699.57, The Blaze's 695.49, past the phrase's sentence).
    Not a phrase outside the quotation ("“… 500 jobs,” he said, according to the transcript")
    nor one in reported speech in the writer's words, which the writer may have added; nor,
    after the round-63 code review, a phrase of another clause than the figure's ("According
    to the CBO, 12 million will lose it, but we think 5 million will gain it": the 5 million
    are the speaker's; "…, and according to Gallup, 40 percent …": Gallup's, not the CBO's),
    nor one naming the speaker's own ("According to my sources, …")."""
    if statement.form == "indirect" or not _within_quote_marks(text, statement, token.idx):
        return False
    start, end = sorted((according.idx, token.idx))
    between = text[start + len(according.text) : end]
    if any(mark in between for mark in _QUOTE_MARKS) or _CLAUSE_BREAK.search(between):
        return False
    if "according to" in between.lower():
        return False  # another phrase stands nearer the figure
    whom = _according_to_whom(according)
    return whom is None or not any(c.lower_ in lexicon.FIRST_PERSON for c in whom.subtree)


def _quoted_apart(text: str, according: Token, token: Token) -> bool:
    """Whether an "according to" phrase stands inside a quotation that a figure is outside of,
    a quotation mark between them: the phrase is the quoted speaker's, who names where their
    own words come from, and attributes nothing of the writer's sentence around the quotation
    ("The researchers reported that … Nike holds $10.7 billion offshore …; Goldman Sachs holds
    $28.6 billion offshore, and the report says the company “reports having 987 subsidiaries
    …, according to its own website.”": the researchers' $10.7 and $28.6 billion, not the
    website's, the story gold, NYT 2016). A phrase inside the quotation that holds the figure
    is `_relayed_in_a_quote`'s; one outside any quotation attributes its clause as ever."""
    if not _quote_open_at(text, according.idx, according.idx):
        return False
    start, end = sorted((according.idx, token.idx))
    return any(mark in text[start:end] for mark in _QUOTE_MARKS)


# What ends a clause between an "according to" phrase and a figure: a semicolon, or a comma
# before a conjunction that opens another ("…, but we think 5 million", "…, and according to
# Gallup, 40 percent"); "whites will be 47 percent … while Hispanics will grow to 29 percent
# and Asians to 9 percent" goes on.
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|or|yet|while|whereas)\b|\bbut\b", re.I)


def _according_to_whom(word: Token) -> Token | None:
    """The object of an "according to" phrase that `word` opens, if it opens one."""
    if word.lower_ != "according":
        return None
    to = next((c for c in word.children if c.lower_ == "to"), None)
    objects = to.children if to is not None else ()
    return next((c for c in objects if c.dep_ == "pobj"), None)


# Marks by which the writer sets a part of a sentence off from the rest.
_SETS_A_PART_OFF = ("\u2014", "\u2013", "--", ";", ":")


def _up_to(token: Token, top: Token) -> list[Token]:
    """The token and its heads up to `top`, `top` included (all of them if `top` is no head)."""
    path = [token]
    node = token
    while node.i != top.i and node.head.i != node.i:
        node = node.head
        path.append(node)
    return path


def _in_the_clause_of(token: Token, according: Token) -> bool:
    """Whether a figure is in the clause an "according to" phrase modifies, by the parse: the
    clause its head belongs to (a noun, "Other major cleavages, according to the poll,
    include …", or a conjunct verb with no subject of its own, "Clinton leads Sanders by 271
    pledged delegates according to …" parsed with "pledged" as one, belongs to the clause
    above), the figure outside the phrase and outside a relative clause in it. A phrase in
    an adjective or participle phrase on a noun modifies that phrase alone ("The deal, worth
    $40 billion according to people familiar with it, was signed after 18 months of talks":
    the 18 months are the writer's). A relative clause the phrase follows straight on, with
    nothing but a comma between, is read with it: the phrase closes the clause as much as the
    sentence ("… compared with Sanders, who had 1,401, according to a tally by the Associated
    Press")."""
    if according.head.i == according.i or according in (token, *token.ancestors):
        return False
    clause = according.head
    while (
        clause.head.i != clause.i
        and not (clause.dep_ in _MODIFIES_A_NOUN and clause.pos_ not in ("NOUN", "PROPN"))
        and (
            clause.pos_ not in ("VERB", "AUX")
            or (
                clause.dep_ == "conj"
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            )
        )
    ):
        clause = clause.head
    path = _up_to(token, clause)
    if path[-1].i != clause.i:
        return False
    return not any(node.dep_ == "relcl" and not _runs_up_to(node, according) for node in path[:-1])


def _runs_up_to(clause: Token, word: Token) -> bool:
    """Whether a clause's words end right before `word`, punctuation aside."""
    between = clause.doc[clause.right_edge.i + 1 : word.i]
    return clause.right_edge.i < word.i and all(t.is_punct for t in between)


# What the parse hangs on a noun as its modifier; an adjective or a participle there heads a
# phrase of its own.
_MODIFIES_A_NOUN = frozenset("amod acl appos".split())


def _glosses_a_noun_before(token: Token, according: Token) -> bool:
    """Whether a figure is in a relative clause the writer sets off on a noun of the clause an
    "according to" phrase attributes, one the phrase does not follow straight on: the clause
    tells who or what that is, not what the phrase attributes, even where a statement found on
    the phrase spans it. "The tax, which rose from 10 Canadian dollars per ton of carbon
    dioxide in 2008 to 30 dollars by 2012, the equivalent of about $22.20 …, reduced emissions
    by 5 percent to 15 percent …, according to a study last year by economists at Duke
    University and the University of Ottawa" (the story gold: the study's 5 to 15 percent, the
    writer's 10 and 30 dollars and $22.20, NYT 2016-01-08); "Clinton, who collected $112million
    in 2015 for her nomination battle, had a bigger cash balance at year's end -- nearly
    $38million, according to figures her campaign released Friday" (the writer's $112 million,
    USA Today 2016-01-01). A clause not set off is part of what the phrase attributes
    ("states that hold 300 delegates"), and so is one the phrase follows straight on ("the
    joint primary of 2008, when 42% of eligible voters participated, according to the Florida
    Department of State", `_in_the_clause_of`)."""
    for node in (token, *token.ancestors):
        if node.left_edge.i <= according.i <= node.right_edge.i:
            return False
        if node.dep_ != "relcl" or _runs_up_to(node, according):
            continue
        first = node.left_edge
        before = first.doc[first.i - 1] if first.i > 0 else None
        if first.lower_ in _RELATIVE_WORDS and before is not None and before.text in _SET_OFF:
            return True
    return False


def _glosses_a_noun_of_the_attributed(doc: Doc, token: Token, statement: Statement) -> bool:
    """A figure that a statement found on an "according to" phrase spans, in a relative clause
    the writer sets off on a noun of it (`_glosses_a_noun_before`): the writer's."""
    cue = _cue_token(doc, statement)
    if cue is None or statement.cue is None or not _ACCORDING.match(statement.cue.text):
        return False
    return _glosses_a_noun_before(token, cue)


# The words that open a relative clause the writer sets off on a noun ("the tax, which rose
# …", "Clinton, who collected …", "in 2008, when 42% of eligible voters participated").
_RELATIVE_WORDS = _RELATIVE_PRONOUNS | {"where", "when"}


def _in_a_clause_on_the_source(token: Token, according: Token) -> bool:
    """Whether a figure is in a relative clause inside an "according to" phrase, on its object:
    the writer's word on the source, not what the source reports ("Sales rose 4 percent,
    according to the company, which employs 12,000 people"), whatever content a statement
    found on the phrase takes in."""
    path = _up_to(token, according)
    return path[-1].i == according.i and any(node.dep_ == "relcl" for node in path[:-1])


def _glossed_or_reported_between(token: Token, cue: Token) -> bool:
    """ "Summers added that he thinks Congress will pass the deal …, an agreement that has come
    under withering criticism … over the two-year extension": a figure in the writer's gloss of
    a noun (an apposition, a relative clause) is the writer's; and "Rubio expressed “great
    admiration” for the former senator, Sen. John Cornyn (R-Texas) speculated that Lieberman
    could get 100 confirmation votes": a reporting verb of its own between the figure and the
    cue reports it, whoever its subject is."""
    for node in token.ancestors:
        if node.i == cue.i:
            return False
        if node.dep_ in ("appos", "relcl"):
            return True
        if node.pos_ == "VERB" and node.lemma_.lower() in lexicon.REPORTING_VERBS:
            return True
    return False


def _goes_on_after_a_tag(cue: Token, token: Token) -> bool:
    """ "The middle one-fifth paid 8.9 percent, the agency said in a June report, and those in
    the bottom fifth of incomes paid 0.8 percent": after a tag that follows the content, a
    clause joined to the tag's verb with a subject of its own goes on with the report; one
    without ("…, he said, and left after 20 minutes") is the writer telling what the speaker
    did."""
    below = next(node for node in (token, *token.ancestors) if node.head.i == cue.i)
    return below.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)


def _writer_goes_on(gap) -> bool:
    """Whether the words between a statement's content and a figure are the writer's going on:
    one of `_WRITER_GOES_ON`, or a participle after a comma ("…, raising more questions")."""
    for t in gap:
        if t.lower_ in _WRITER_GOES_ON:
            return True
        if t.tag_ == "VBG" and t.i > 0 and t.doc[t.i - 1].text == ",":
            return True
    return False


# Requests a source makes in words: a figure in what they call for or urge is theirs ("Hutchinson,
# though, did call for the creation of a 40-60 hour training program"); an offer, a plan or a
# demand is an act the article tells ("Mr. Trump offered to restore T.P.S. protection for
# 300,000 people").
_CALLS = frozenset("call urge".split())


def _told_beside_a_call(doc: Doc, token: Token, statement: Statement) -> bool:
    """ "Leading Democrats called on Mr. Trump to cancel his meeting … after the Justice
    Department indicted 12 Russian intelligence officers": a clause the call hangs on when it
    was made ("after", "as", "when" …) is the article's telling, not what is called for."""
    cue = _cue_token(doc, statement)
    if cue is None or cue.lemma_.lower() not in _CALLS:
        return False
    below, path = token, [token]
    for node in token.ancestors:
        if node.i == cue.i:
            # a phrase on the call that says what it is part of or where it was made ("called
            # for a ban …, as part of a plan that includes 23 steps"): what is called for hangs
            # from "for" or "on" ("called on Congress to …"), the rest is the telling
            return below.dep_ == "prep" and below.lower_ not in _CALLED_FOR
        path.append(node)
        if node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children):
            return node.head.i != cue.i or not _asked_for(path)
        below = node
    return False


# The prepositions that hold what a call asks for: "called for a ban", "called on Congress to …".
_CALLED_FOR = frozenset("for on upon".split())


# Verbs of a forecast among those of what someone means to do (`_NOT_ASSERTING`): what a
# source expects to come is its forecast of it ("Florida elections officials are expecting a
# record turnout of more than 4 million voters").
_FORECASTS = frozenset(("expect",))
# The dependents of a verb that hold what is expected: its object ("expecting a record
# turnout"), or a clause of what is to come ("expects 5,000 to attend", "expect to save $2
# billion").
_EXPECTED = frozenset("dobj xcomp ccomp".split())
# The dependents on the way down that leave what is expected: a clause of its own on a noun or
# a verb, or a phrase of where, when or how it comes about ("expecting to air a new ad … in
# nine states"); "of" builds the thing expected ("a turnout of more than 4 million voters").
_BESIDE_WHAT_IS_EXPECTED = frozenset("relcl acl appos advcl conj npadvmod".split())
# The preposition whose phrase is part of what is expected anywhere: "of" builds the thing ("a
# turnout of more than 4 million voters"); "by" is, on a verb, only right over the figure's
# phrase (`_part_of_it`: "expect it to raise rates by roughly one percentage point").
_PART_OF_WHAT_IS_EXPECTED = frozenset({"of"})


def _expected(path: list[Token]) -> bool:
    """Whether a figure is in what an active verb of forecast (`_FORECASTS`) expects, by its
    path up the parse (the figure first, the verb last): under the verb's object or the clause
    of what is to come (`_EXPECTED`), past no clause or phrase beside it
    (`_BESIDE_WHAT_IS_EXPECTED`, a preposition other than those of `_PART_OF_WHAT_IS_EXPECTED`).
    "The companies expect to save $2 billion over the first three years", "Citizens for Trump,
    which expects 5,000 to attend", "Florida elections officials are expecting a record turnout
    of more than 4 million voters", "Officials expect it to raise rates by roughly one
    percentage point over the next year" (the change it expects, measured by "by" on the
    expected verb): each the subject's forecast. Not a passive ("Clinton was expected to
    capture a large majority of them": expected by no one named), nor what the forecast's
    verb does where and when ("The campaign is expecting to air a new ad … in nine states")."""
    verb, top = path[-1], path[-2]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    if top.dep_ not in _EXPECTED:
        return False
    return not any(
        node.dep_ in _BESIDE_WHAT_IS_EXPECTED
        or (node.dep_ == "prep" and not _part_of_it(node, path.index(node)))
        for node in path[:-1]
    )


def _part_of_it(preposition: Token, at: int) -> bool:
    """Whether a preposition `at` a place on the way down from a verb of forecast to a figure
    (the figure at 0) builds what is expected: "of" anywhere (`_PART_OF_WHAT_IS_EXPECTED`),
    "by" only on a verb and right over the figure's phrase, where it measures the change or the
    margin ("raise rates by roughly one percentage point", "win the state by 10 points"). A
    noun's "by" names who does it ("a visit by 5,000 supporters"); one over a phrase the figure
    is deeper in says when or how ("finish the plant by the end of its 10-year lease", "pay for
    the deal by selling 2 million shares")."""
    if preposition.lower_ == "by":
        return preposition.head.pos_ in ("VERB", "AUX") and at <= 2
    return preposition.lower_ in _PART_OF_WHAT_IS_EXPECTED


def _asked_for(path: list[Token]) -> bool:
    """Whether a figure is in what a call asks for, by its path up the parse to the node that
    hangs on the call (the figure first, that node last): a phrase on "for" or "on" ("called
    for the creation of a 40-60 hour training program", "calling for all foreigners sentenced
    to two or more years in jail … to be barred from receiving citizenship"), or a "for … to"
    clause the parse hangs on the call as an adverbial clause marked by "for" ("Sanders has
    called for the national minimum wage … to be raised to $15 by 2020", "Lindsey Graham,
    who's called for 20,000 troops split between Syria and Iraq"). What is asked for is the
    caller's whatever clause says it; a relative clause or an apposition on a noun in it is
    the writer's word on that noun ("rates that rise with earnings to a maximum of 28 percent",
    "the national minimum wage, now $7.25 an hour, …"), a conjunct with a subject of its own
    is a clause of its own ("called for Obama to resign over … a shooting … that left 50
    people dead and scores of others injured", "injured" parsed as a conjunct of "resign"),
    and a clause marked as a time or a reason is when or why the call was made ("after the
    Justice Department indicted 12 …")."""
    top = path[-1]
    if top.dep_ == "prep":
        asked = top.lower_ in _CALLED_FOR
    else:
        marks = [c for c in top.children if c.dep_ == "mark"]
        asked = top.dep_ == "advcl" and bool(marks) and all(m.lower_ in _CALLED_FOR for m in marks)
    return asked and not _off_the_clause(path[:-1])


def _off_the_clause(nodes: list[Token], apart: tuple[str, ...] = ("relcl", "appos")) -> bool:
    """Whether a figure's path up the parse (`nodes`) leaves the clause a source's word holds:
    a relative clause or an apposition on a noun of it (the writer's word on that noun, and
    whatever else `apart` names), or a conjunct with a subject of its own (a clause of its
    own)."""
    return any(
        node.dep_ in apart
        or (node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children))
        for node in nodes
    )


# Verbs by which a source asks or urges others to do something ("asked for people to chip in $27",
# "invited Russia to dig up tens of thousands of “missing” emails") or backs a measure
# ("Sanders supports raising the minimum wage to $15 by 2020", "protesters who are advocating
# for a $15 an hour minimum wage"): the act asked for or the measure backed is the source's
# proposal, as what a call asks for is (`_CALLS`).
_ASKS_OR_BACKS = frozenset("ask invite urge support favor advocate".split())
# Those of them whose "for" holds what is asked for or backed ("asked for $5.6 billion",
# "advocating for a $15 an hour minimum wage"); another's "for" says how long or why.
_ASKED_FOR_WITH_FOR = frozenset("ask advocate".split())
# What the writer sets off from the clause around it: a dash or a parenthesis.
_SET_OFF_IN_A_CLAUSE = re.compile(r"\s[-\u2014\u2013]+\s|--|[\u2014\u2013(]")


def _asked_or_backed(path: list[Token]) -> bool:
    """Whether a figure is in what an active verb of asking or backing (`_ASKS_OR_BACKS`) asks for
    or backs, by its path up the parse (the figure first, the verb last): under the verb's
    infinitive or gerund of the act ("invited Russia to dig up tens of thousands of …", "asked
    supporters to donate the cost of a meal", "who supports eliminating half the party's
    superdelegates") or the "for" of "ask" and "advocate" ("advocating for a $15 an hour minimum
    wage"; not a span of time, "Utah …, supporting the party's presidential candidates by double
    digits … for over four decades"), past no clause of its own or apposition
    (`_off_the_clause`) and no part the writer sets off with a dash or a parenthesis ("asked the
    campaign to release copies of Clinton's paid speeches - most directly and pointedly for the
    past two weeks": when it was asked). Not a figure the verb takes as its object or its margin
    ("Officers favored Trump 46 percent to 32 percent", "white voters, who favor Clinton by a
    6-point margin": a poll's shares), nor a hearer ("we have asked a group of 30 political
    experts to rank …"), nor a passive ("was asked to …": asked by no one named)."""
    verb, top = path[-1], path[-2]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    if top.dep_ == "prep":
        asked = top.lower_ == "for" and verb.lemma_.lower() in _ASKED_FOR_WITH_FOR
        if not asked or any(lemma(t) in _OVER_TIME_UNITS for t in path[:-2]):
            return False  # "supporting the party's candidates … for over four decades"
    elif top.dep_ != "xcomp" or top.pos_ not in ("VERB", "AUX"):
        return False
    if _off_the_clause(path[:-1], ("relcl", "appos", "advcl", "parataxis")):
        return False
    start, end = sorted((verb.idx, path[0].idx))
    return not _SET_OFF_IN_A_CLAUSE.search(verb.doc.text[start:end])


def _asserts(doc: Doc, statement: Statement) -> bool:
    """Whether a statement's content is what its source says: not a plan, a wish or a
    request the article tells in its own words ("offered to restore protection for 300,000
    people"); a quote is always its speaker's words, whatever the cue ("“If Judge Gorsuch
    can't achieve 60 votes in the Senate, could any judge …?” McConnell asked")."""
    cue = _cue_token(doc, statement)
    if cue is None or statement.form == "direct":
        return True
    if resuming_noun(cue) is not None:
        # "The Democratic National Committee now relies on Mrs. Clinton's fund-raising to
        # provide a fifth of its monthly income, an arrangement the Sanders campaign has
        # criticized": the writer tells the clause; the source's act on it (criticized,
        # rejected, mentions) does not make its figures theirs (the story gold: the writer's)
        return False
    return cue.lemma_.lower() not in _NOT_ASSERTING or cue.lemma_.lower() in _CALLS


def _length(statement: Statement) -> int:
    return statement.content.end - statement.content.start


def _innermost(statement: Statement) -> tuple[int, int]:
    """How deep a statement's content sits, smallest first: the shorter content, and of two
    with one content, the one whose cue is nearer it, the report inside the other ("The
    Washington Post reported on a woman's claims that … when she was 14": the woman's)."""
    cue = statement.cue
    if cue is None:
        return _length(statement), 0
    # the words between the cue and the content, on whichever side the cue stands
    gap = max(statement.content.start - cue.end, cue.start - statement.content.end, 0)
    return _length(statement), gap


# Verbs by which a source sets out figures of its own, when no statement cue frames them: "It
# laid out eight federal law enforcement priorities", "They listed 12 demands".
_PRESENTING = frozenset(
    "lay set outline list detail cite identify enumerate itemize name propose recommend".split()
)
_PERSONAL = {"he": "person", "she": "person"}


def _according_to(statement: Statement) -> bool:
    return statement.cue is not None and statement.cue.text.lower().startswith("according")


def _presented_by(token: Token, said: _Statements) -> Statement | None:
    """ "The Justice Department noted it lacks the resources … It laid out eight federal law
    enforcement priorities": a figure a source's presenting verb sets out, the subject a
    pronoun for the speaker of the statement just before (in the sentence before, or earlier
    in its own: "The task force recommended that schools designate willing staff …, and it
    proposed a model training program, 40-60 hours per person"), is that statement's. So is
    what "it" of a finding verb (`_SHOWING`) shows or finds after a document that said
    something ("A report released Tuesday by the inspector general said … It found 45
    instances of fraud"); not after a person's or a body's, whose showing or finding is an act
    the writer tells ("The company said … It showed a profit of $2 million"), nor after a
    document named "according to", where "it" may be the body the sentence is about (the code
    review of round 65: "The company lost $5 million, according to its annual report. It
    showed a profit …", "… according to court documents. They found 12 guns")."""
    verb = _governing_verb(token)
    if verb is None or _another_verb(verb):
        return None
    showing = verb.lemma_.lower() in _SHOWING
    if not showing and verb.lemma_.lower() not in _PRESENTING:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _SUBJECT_PRONOUNS]
    sentence = token.sent
    if not subjects:
        return None
    start = token.doc[sentence.start - 1].sent.start_char if sentence.start else 0
    earlier = [
        s
        for s in said.starting(start, subjects[0].idx)
        if s.speaker.kind != "unresolved" and s.content.end <= subjects[0].idx
    ]
    if not earlier:
        return None
    last = max(earlier, key=lambda s: s.content.start)
    if showing and (last.speaker.kind != "document" or _according_to(last)):
        return None  # what "it" showed or found is a document's finding, not a person's act
    pronoun = subjects[0].lower_
    person = last.speaker.kind == "person"
    if (pronoun in _PERSONAL) != person or (pronoun == "it" and person):
        return None
    return last


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _another_verb(verb: Token) -> bool:
    """A presenting verb whose particle makes it another verb, one that sets nothing out: "But
    he laid off more than 200 staffers" ("lay off", not "lay out"), "set up", "set aside";
    "laid out", "set forth" present."""
    particle = shapes.key(verb, verb.lemma_.lower()).partition(" ")[2]
    return bool(particle) and particle not in ("out", "forth")


def _source(statement: Statement | None, by_id: dict[str, Statement]) -> dict | None:
    """The speaker of the statement a figure sits in, and whom it came through ("via"). A
    statement nested in another with no speaker of its own is the outer speaker's: "the
    hospital issued a statement saying Scalise 'underwent a second surgery'"."""
    if statement is None:
        return None
    while (
        statement.speaker.kind == "unresolved"
        and statement.nested_in
        and statement.nested_in in by_id
        and statement.nested_in != statement.id
    ):
        statement = by_id[statement.nested_in]
    via = []
    seen = {statement.id}
    outer = by_id.get(statement.nested_in) if statement.nested_in else None
    while outer is not None and outer.id not in seen:
        seen.add(outer.id)
        via.append(outer.speaker.name)
        outer = by_id.get(outer.nested_in) if outer.nested_in else None
    return speaker_source(statement, via)


def _certainty(
    token: Token | None,
    statement: Statement | None,
    source: dict | None,
    qualifier_span: Span | None = None,
) -> dict:
    """Cues on the figure's own clause, its approximator, and the statement that asserts it."""
    cues = certainty.cues_governing(token, scoped=True) if token is not None else []
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
    return certainty.record(unique, token.sent.text, source, token.sent.start_char, scoped=True)


def _denied(token: Token | None, number: NumberMatch, statement: Statement | None) -> bool:
    """Whether the text denies the amount rather than states it: a figure in a statement the
    source is said not to have made, or the object of a negated verb ("we do not need 2,000
    miles of concrete wall", "the death toll was not 40"). Not a count that does something
    negated ("hundreds of workers … did not show up": there were hundreds), nor a bound under
    a negation ("should not grow faster than … plus one-half of one percentage point", "never
    paid less than 30 percent": a limit, stated)."""
    if statement is not None and statement.negated:
        return True
    if token is None or number.qualifier in ("lower", "upper"):
        return False
    node = token
    while node.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod") and node.head.pos_ in (
        "NOUN",
        "NUM",
        "SYM",
        "PROPN",
    ):
        node = node.head
    if node.dep_ not in ("dobj", "attr"):
        return False
    return any(child.dep_ == "neg" for child in node.head.children)


def _direction(token: Token) -> str | None:
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        for direction, lemmas in lexicon.CHANGE_DIRECTIONS.items():
            if lemma in lemmas and node.pos_ in ("VERB", "ADV", "ADP"):
                return direction
        if node.pos_ == "VERB":
            break
    return None
