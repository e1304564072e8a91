"""What a figure cluster measures, in its values' own words: the cluster's heading.

A cluster is headed by the shortest phrase of its values' sentences that holds the words of
what is measured ("Number being deployed"), by what an amount or a span of time belongs to
("Personal expenses at nightclubs and lounges", "After the election"), or, failing those, by
its unit. Nothing here writes a word the articles do not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from .. import lexicon
from ..merge.figures import key_of
from .numbers import DENIED, plural, unit_name

# A cluster heading is a phrase of at most this many words.
HEADING_WORDS = 10
# Words of a measure that say nothing of what is measured.
_GENERIC = frozenset("per be have do get make say tell show find give take report estimate".split())
# Words that set the things counted against others the text names, and say nothing alone of
# what they are: "Two other measures also zero in on …" is no heading "Other measures" (BASIL
# 2f3e86b6, NYT), nor "three other Americans" "Other Americans", nor "30,000 more troops"
# "More troops" (the round-67 reader): the counted noun heads them, with the sentence beside.
# A phrase that says more keeps them ("More border agents", "Other children at Sandy Hook
# Elementary School": without "more" or "other" it would read as the whole number).
_RELATIVE = frozenset("other more additional further".split())
_TOKEN = re.compile(r"\w[\w'’-]*")


def denied(made: dict[str, Any], values: list[dict[str, Any]]) -> dict[str, Any]:
    """The heading of a cluster whose every value its source denies, with the note its lines
    carry and the sentence beside: "Concrete wall: 2,000 miles" read as a wall Trump wants,
    where he said “we do not need 2,000 miles of concrete wall” (BASIL 1e41e98b, NYT; the
    round-58 reader), and "Votes: 60 votes" of "Senate Democrats could not muster the 60
    votes needed" (2153fb3e) as votes had. No heading drops a negation; a word of the text
    is never put in its place, the sentence beside says how it was denied."""
    shown = made["sentence"]
    if shown is None:
        shown = _beside(next((v for v in values if v.get("context")), None))
    return {"heading": f"{made['heading']} ({DENIED})", "sentence": shown}


class _Phrase(NamedTuple):
    """A phrase of a value's sentence that may head its cluster (`_phrases`)."""

    score: float
    text: str
    value: dict[str, Any]
    verb_after: bool  # the counted things' own verb follows it: the sentence goes beside


def heading(cluster: dict[str, Any]) -> str:
    """What the cluster measures (`headed`'s phrase)."""
    return headed(cluster)["heading"]


def headed(
    cluster: dict[str, Any], speakers: dict[tuple[str, int], dict[str, str]] | None = None
) -> dict[str, Any]:
    """A cluster's heading: the best phrase of its values' sentences naming what the figure
    measures (`_phrases`), with `sentence` None; when no value's sentence has one, the noun an
    amount of a unit stands on ("Briefing" of "a two-hour briefing", `_measured_thing`), the
    counted noun or unit ("Times", "Months", "US dollars"), or the one word beside the figure
    ("LDL"), with `sentence`: the value and the sentence to show beside it, so the heading is
    never a verb fragment ("Issued", "Earned") standing alone. An age is headed by its person
    (`_age_owner`), else by whom or what its sentence gives it (`_aged`; `speakers`: the
    speakers of the brief's statements by sentence and cue), else by its unit, never by another
    phrase of its sentence."""
    best: _Phrase | None = None
    near: _Phrase | None = None
    thing: _Phrase | None = None  # the noun an amount of a unit measures (`_measured_thing`)
    # an age measures its person, whatever the sentence goes on to say ("“I know that
    # 14-year-olds dont’t make good decisions,” he said" is no heading "Dont’t make good
    # decisions"): its person's name, else the unit with the sentence beside
    ages = all(v.get("unit") == "year of age" for v in cluster["values"])
    told = next(filter(None, map(_from_an_event, cluster["values"])), None)
    if told:
        # "Almost 14 months after the election": "After the election", the sentence beside
        return {"heading": _capital(told[0]), "sentence": _beside(told[1])}
    lived = next(filter(None, map(_in_its_life, cluster["values"])), None)
    if lived:  # "The war in Afghanistan, which has entered its ninth year"
        return {"heading": _capital(lived), "sentence": None}
    relative: _Phrase | None = None  # good but for its "other" or "more" (`_RELATIVE`)
    nouned: _Phrase | None = None  # the best good phrase holding the counted noun
    for value in [] if ages else cluster["values"]:
        for score, text, good, verb_after, its_thing, other, noun in _phrases(value):
            phrase = _Phrase(score, text, value, verb_after)
            if good and (best is None or score > best.score):
                best = phrase
            if good and noun and (nouned is None or score > nouned.score):
                nouned = phrase
            if other and (relative is None or score > relative.score):
                relative = phrase
            if not good and (near is None or score > near.score):
                near = phrase
            if not good and its_thing and (thing is None or score > thing.score):
                thing = phrase
    named = _named(cluster["values"])
    if relative and named and (best is None or relative.score >= best.score):
        # "collecting signatures for two more initiatives" is "Initiatives" with the sentence
        # beside: "More initiatives" says nothing alone, and no worse phrase lacking the
        # counted noun ("Collecting signatures", "Crimea and fomenting a war") may win in its
        # place (the round-67 code review); one holding it may
        if nouned is None:
            return {"heading": _capital(named), "sentence": _beside(relative.value)}
        best = nouned
    if best:
        # "House Democrats" of "… House Democrats have signed a letter": the sentence beside
        shown = _beside(best.value) if best.verb_after else None
        return {"heading": _capital(best.text), "sentence": shown}
    aged = _age_owner(cluster["values"])
    if aged:
        return {"heading": aged, "sentence": None}
    if ages:
        aged = next(filter(None, (_aged(v, speakers or {}) for v in cluster["values"])), None)
        if aged:
            return {"heading": _capital(aged), "sentence": None}
    measured = _measured_thing(cluster["values"], thing)
    if measured:
        return {"heading": _capital(measured.text), "sentence": _beside(measured.value)}
    amounted = next(filter(None, map(_amounted, cluster["values"])), None)
    if amounted:  # "The personal expenses at nightclubs and lounges topped $60,000"
        return {"heading": _capital(amounted[0]), "sentence": _beside(amounted[1])}
    values = [v for v in cluster["values"] if v.get("context")]
    first = values[0] if values else None
    label = named or (near.text if near else None)
    if near and not named:
        first = near.value
    if not label and first:
        label = _number_of(first)
    if not label:
        label = "figure"  # a template word: the sentence beside it says what it counts
    return {"heading": _capital(label), "sentence": _beside(first)}


def _measured_thing(values: list[dict[str, Any]], thing: _Phrase | None) -> _Phrase | None:
    """`thing`, the best phrase beside the figure that holds the noun it measures (`_phrases`'
    "its thing": "a two-hour briefing", "a majority of liberals"), unless the cluster's values
    count things: those keep their counted noun ("Votes: 60 votes"), which such a phrase only
    repeats."""
    if thing is None or any(v.get("counted") for v in values):
        return None
    return thing


def _beside(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """The sentence a heading shows beside it: a value's context and where it stands."""
    return {"context": value["context"], "source": value["location"]} if value else None


def _age_owner(values: list[dict[str, Any]]) -> str | None:
    """ "Cesar Sayoc, 56, of South Florida": an age is its person's, so it is headed by the
    person's name as a value's sentence writes it ("Cesar Sayoc"), not "Years of age". Where
    the sentence names two people of that surname, the name nearest the age: "between Asa
    Hutchinson, a former congressman, and Seth Hutchinson, 31," is Seth's age, "Mark Mattioli,
    whose 6-year-old son, James Mattioli," James's (BASIL 2742e9c1 and 68748e7f, NYT and
    HuffPost: headed "Asa Hutchinson" and "Mark Mattioli"); of the values' sentences, the one
    whose name stands nearest its age."""
    found: list[tuple[int, str]] = []
    for value in values:
        owner = key_of(value).get("owner")
        sentence = value.get("context")
        if value.get("unit") != "year of age" or not owner or not sentence:
            continue
        text = sentence["text"]
        start = value["location"]["start"] - sentence["start"]
        end = value["location"]["end"] - sentence["start"]
        for left, right in _names_of(text, owner):
            name = text[left:right].removesuffix("’s").removesuffix("'s")
            found.append((max(start - right, left - end), name))
    return min(found)[1] if found else None


# Up to three words before or after an age: the noun phrase it is set on or bounds.
_WORDS = r"((?:[A-Za-z][\w’'-]*\s+){0,2}[A-Za-z][\w’'-]*)"
# An age set on a noun or a speaker ("The 10-year-old lawsuit", "a 3-year-old daughter, Bella",
# "the 43-year-old said"), given by a possessive ("a white male in his 50s", "lawmakers in
# their 80s") or by "be" in a relative clause ("Workers who are 58 and older").
_AGE_ON = re.compile(r"\s+" + _WORDS)
_AGE_OF = re.compile(_WORDS + r"\s+(?:in\s+(?:his|her|their)|who\s+(?:is|are|was|were))\s+$")
# The noun before a bound on an age: "adults over 21", "anyone between 12 and 16 years old",
# "someone between the ages of 12 and 16", "voters under the age of 30", or before an age that
# carries its bound ("anyone 19 or older", "voters over 65").
_AGE_BOUNDED = re.compile(
    _WORDS + r"\s+"
    r"(?:over|under|between|aged|older than|younger than)(?:\s+the\s+ages?\s+of)?\s+$"
)
_AGE_BEFORE = re.compile(_WORDS + r"\s+$")
_A_BOUND = re.compile(
    r"^(?:over|under|between|at least|more than|less than)\b"
    r"|\b(?:or|and) (?:older|over|up|younger)\b"
)
# Words, besides linking words and clause breaks, that end the noun phrase of `_AGE_ON` or
# stand in none of `_AGE_OF`: pronouns and adverbs.
_NOT_NOUNS = frozenset("i we they he she it you all both also not now".split())


def _aged(value: dict[str, Any], speakers: dict[tuple[str, int], dict[str, str]]) -> str | None:
    """Whom or what an age with no name beside it is the age of, as its sentence says: the
    noun it is set on ("The 10-year-old lawsuit" is "Lawsuit", "fifteen-year-old pregnant
    girls" "Pregnant girls"), the speaker it describes ("“…,” the 43-year-old said": the
    statement's speaker, Marco Rubio), the noun before "in his 50s" or "who are 58" ("a
    white male", "lawmakers", "Workers"), or the noun an age bound bounds ("adults over 21",
    "anyone between 12 and 16 years old": `_bounded_age_of`); none where a pronoun holds it
    ("they’re all in their 70s"). BASIL 7f9c83f7, 2058ec60, 65cb14cb, af4a3f41, 1f99798f,
    79bf99c6, 576116e5 were headed "Years of age" (the round-40 reader's class)."""
    placed = _in_its_sentence(value)
    if placed is None:
        return None
    text, start, end = placed
    stops = _NOT_NOUNS | _BREAK | _LINK
    if value["text"].lower().endswith("-old"):  # "the 43-year-old", not "16 years old"
        found = _AGE_ON.match(text, end)
        words = found.group(1).split() if found else []
        if words:
            where = (value["location"].get("document", ""), value["context"]["start"])
            cues = speakers.get(where, {})
            said = cues.get(words[0].lower())
            if said:
                return said
        if words and _a_verb_after_an_age(value, text[:start], words[0]):
            return None  # "the 42-year-old kept his composure", "my 11-year-old tries"
        kept = []
        for word in words:
            if word.lower() in stops or not word.islower():
                break
            kept.append(word)
        gap = text[end : found.end()] if found else ""
        if kept and not PHRASE_BOUNDARY.search(gap[: gap.find(kept[-1]) + len(kept[-1])]):
            return " ".join(kept)
        return None
    found = _AGE_OF.search(text[:start]) or _bounded_age_of(value["text"], text[:start])
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0].lower() not in _DETERMINERS | {"a", "an"}:
        if len(words) == 1 or not words[0].islower():
            break
        words = words[1:]
    words = [w for w in words if w.lower() not in _DETERMINERS | {"a", "an"}]
    if not words or any(w.lower() in stops for w in words) or len(words) > 2:
        return None
    return " ".join(words)


def _bounded_age_of(written: str, before: str) -> re.Match[str] | None:
    """The words before an age bound that name whom it bounds: "adults" of "recreational
    marijuana for adults over 21" (BASIL b764f81f, Fox), "anyone" of "sexual contact by anyone
    19 or older with anyone between 12 and 16 years old" (be026bd1, Fox), "voters" of "Sanders
    led among voters under 30" (PolNeAR train breitbart_2016-03-01)."""
    found = _AGE_BOUNDED.search(before)
    if found is None and _A_BOUND.search(written.lower()):
        found = _AGE_BEFORE.search(before)
    return found


def _a_verb_after_an_age(value: dict[str, Any], before: str, word: str) -> bool:
    """Whether the word after an age standing for a person is that person's verb: one the
    figure's key reads as its verb or measure ("the 42-year-old kept": keep), a verb of
    saying ("the 43-year-old said"), or a word in
    "-s" after one person's age ("my 11-year-old tries"), where a noun would be singular."""
    verbs = {key_of(value).get("verb"), *(value.get("measure") or "").split()}
    verbs = {v for v in verbs if v and v not in ("year", "of", "age")} | lexicon.REPORTING_VERBS
    if _lemma(word.lower(), {v: _prefix(v) for v in verbs}):
        return True
    one = re.search(r"(?i)\b(?:a|an|the|my|his|her|their|its|our|your)\s+$", before)
    return bool(one) and word.endswith("s") and not word.endswith("ss")


def _names_of(text: str, owner: str) -> Iterator[tuple[int, int]]:
    """Where `text` writes a person's name whose last word is `owner` (a surname in lower
    case), with the capitalised words and middle initials before it ("James T. Hodgkinson")."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    for k, (_, end, word) in enumerate(tokens):
        if word.lower().removesuffix("’s").removesuffix("'s") != owner or word.islower():
            continue
        left = k
        while (
            left > 0
            and tokens[left - 1][2][:1].isupper()
            and (
                text[tokens[left - 1][1] : tokens[left][0]] == " "
                # a middle initial: "James T. Hodgkinson"
                or (
                    text[tokens[left - 1][1] : tokens[left][0]] == ". "
                    and len(tokens[left - 1][2]) == 1
                    and left > 1
                    and text[tokens[left - 2][1] : tokens[left - 1][0]] == " "
                )
            )
        ):
            left -= 1
        yield tokens[left][0], end


# "the number of Central American minors who …", "how many women could be included": what a
# bare number counts, where its sentence names it before the number
_NUMBER_OF = re.compile(r"\b(?:(?:the\s+)?number\s+of|how\s+many)\s+(?:\w[\w'’-]*\s*){1,6}", re.I)


def _number_of(value: dict[str, Any]) -> str | None:
    """ "Number of asylum applications" for the 15,000 in "limit the number of asylum
    applications that could be granted per year to 15,000", "How many women" for "Estimates
    of how many women could be included in the lawsuit run from 500,000 to 1.6 million": the
    last such phrase before the figure in its clause, up to the word opening another clause or
    a verb's auxiliary (BASIL 70c75d68, 2058ec60: headed "Figure")."""
    sentence = value["context"]
    before = sentence["text"][: value["location"]["start"] - sentence["start"]]
    found = None
    for match in _NUMBER_OF.finditer(before):
        found = match
    if found is None or PHRASE_BOUNDARY.search(before[found.start() :]):
        return None
    words = found.group().split()
    if words[0].lower() == "the":
        words = words[1:]
    kept = words[:2]  # "number of", "how many"
    for word in words[2:]:
        if word.lower() in _BREAK | _CLAUSE_VERBS | _PREPOSITIONS:
            break
        kept.append(word)
    return " ".join(kept) if len(kept) > 2 else None


# What may stand between a span of time and the word telling it from an event ("a month to go
# before", "one year to the date before", "five days remaining until"), and that word.
_FROM_AN_EVENT = re.compile(
    r"\s+(?:(?:to\s+go|remaining|left|to\s+the\s+(?:day|date))\s+)?"
    r"(?P<word>after|before|into|until|ahead\s+of|in\s+advance\s+of|prior\s+to)\s+",
    re.I,
)
# A preposition that holds a span of time as a length ("to go without pay for 35 days"), not
# as the time between two moments.
_HOLDS_A_LENGTH = re.compile(r"(?i)\b(?:for|during|over|in|within|throughout)\s+(?:\w+\s+)?$")
# Words an event's phrase does not end on; an event's phrase of one word that names none.
_DANGLING = frozenset("the his her their its our this these those a an and or of".split())
_NO_EVENT = frozenset("it that this them him her which what time then now".split())


def _from_an_event(value: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """A span of time told from an event, as its sentence tells it: the word after the span
    that ties it to the event ("after", "before", "into", "until", "ahead of", "in advance
    of", "prior to") and the event's phrase, up to a mark, a clause break or another
    preposition (an event's "of" stays). "Almost 14 months after the election, Mr. Trump has
    kept up a regular drumbeat" is headed "After the election", "Trump made his first …
    Twitter post less than 48 hours into the new year on Tuesday" "Into the new year" (BASIL
    87609973, NYT: "Months", "Twitter post"), "the acceptance of it by Prime Minister
    Netanyahu two weeks in advance of his election" "In advance of his election" (2b9468af,
    Fox: "Advance of his election"): the span is the time between what the sentence tells
    and that event, which the unit ("Months") or a noun of the sentence does not say. The
    sentence goes beside (what happened then). None where a preposition before the span holds
    it as a length ("for", "during", "within"), for an age, where the event is only a pronoun
    or "time" ("about an hour ahead of time"), a clause (`_a_clauses_word`), or a phrase
    running past HEADING_WORDS: the heading stays as it was ("Months", the sentence beside)."""
    if key_of(value).get("dimension") != "[time]" or value.get("unit") == "year of age":
        return None
    placed = _in_its_sentence(value)
    if placed is None:
        return None
    text, start, end = placed
    found = _FROM_AN_EVENT.match(text, end)
    if found is None or _HOLDS_A_LENGTH.search(text[:start]) or _lasted(text[:start]):
        return None
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    first = next((k for k, token in enumerate(tokens) if token[0] >= found.end()), len(tokens))
    if first < len(tokens) and text[found.end() : tokens[first][0]].strip():
        return None  # "after “Bloody Sunday,”", "after — the vote": no phrase a heading keeps
    last = first - 1
    for k in range(first, len(tokens)):
        word = tokens[k][2].lower()
        if k > first and (word in _BREAK or word in _PREPOSITIONS - {"of"}):
            break
        names = k + 1 < len(tokens) and all(tokens[m][2][:1].isupper() for m in (k - 1, k + 1))
        if word in ("and", "or") and not names:
            break  # "before a vote and think": another phrase; "the House and Senate" stays
        last = k
        initial = len(tokens[k][2]) == 1 and tokens[k][2].isupper()  # "George W. Bush"
        if k + 1 < len(tokens) and _broken(text, tokens, k) and not initial:
            break
    while last >= first and tokens[last][2].lower() in _DANGLING:
        last -= 1
    told = len(found.group("word").split()) + last - first + 1
    if last < first or told > HEADING_WORDS:
        return None
    if last == first and tokens[first][2].lower() in _NO_EVENT:
        return None
    if any(_a_clauses_verb(tokens, k, first) for k in range(first, last + 1)):
        return None  # "after Ramos had his own very public skirmish with Trump": cut, a clause
    if re.search(r"[“”\"—–]", text[found.start("word") : tokens[last][1]]):
        return None  # a quotation or an aside the heading would cut
    return text[found.start("word") : tokens[last][1]], value


# Verbs that take a span of time as how long their act ran ("lasted about three weeks before
# the verdict", "spent more than seven hours before the committee", "put 500 hours into the
# campaign", "sentenced to 10 years after the trial"): the "before" or "into" after the span
# is where the act was or what it went into, not an event the span is told from.
_LASTING_VERBS = frozenset("last spend take serve wait put give devote invest need require".split())
# Words between such a verb and its span ("lasted more than", "sentenced to about").
_BEFORE_A_SPAN = frozenset(
    "about almost nearly roughly some around approximately more less than over under at least "
    "most just only barely fewer to another".split()
)


def _lasted(before: str) -> bool:
    """Whether the words before a span of time end on a verb that takes it as how long its
    act ran (`_LASTING_VERBS`), past the words that qualify the span."""
    from lemminflect import getLemma  # loaded only when a heading asks

    words = [w.lower() for w in _TOKEN.findall(before)]
    skipped = []
    while words and words[-1] in _BEFORE_A_SPAN:
        skipped.append(words.pop())
    if not words:
        return False
    lemmas = {words[-1], *getLemma(words[-1], upos="VERB")}
    if "sentence" in lemmas:
        return "to" in skipped  # "sentenced to 10 years", not "sentenced two weeks after"
    return bool(lemmas & _LASTING_VERBS)


def _a_clauses_verb(tokens: list[tuple[int, int, str]], k: int, first: int) -> bool:
    """Whether word k of an event's phrase makes it a clause: a pronoun in the subject's
    case, an auxiliary or a past form (`_a_clauses_word`: "after he began campaigning",
    "after George W. Bush and Dick Cheney won re-election"), or a present form after a word
    that can be its subject ("before voters go to the polls", "before Trump takes office",
    "after the market closes"); not a word after a determiner, which is a noun ("after the
    bid", "after the shot", "before the vote"), nor one after a name in a phrase a determiner
    opens ("until the Iowa caucuses")."""
    word = tokens[k][2]
    if k > first and tokens[k - 1][2].lower() in _DETERMINERS | {"a", "an"}:
        return word.lower() in _PRONOUNS or word in _CLAUSE_VERBS
    if _a_clauses_word(word):
        return True
    if k == first or (tokens[first][2].lower() in _DETERMINERS and tokens[k - 1][2][:1].isupper()):
        return False  # "until the Iowa caucuses": a name's noun
    return _a_present_form(word, _plural(tokens[k - 1][2]))


@lru_cache(maxsize=4096)
def _a_present_form(word: str, after_a_plural: bool) -> bool:
    """A lowercase word that is a verb's present form in "-s" ("goes", "takes", "closes"), or
    its base after a plural ("voters go"), by lemminflect's dictionary of verbs."""
    from lemminflect import getAllLemmas, getInflection  # loaded only when a heading asks

    if not word.islower():
        return False
    lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())
    return any(
        word in getInflection(lemma, tag="VBZ") or (after_a_plural and word == lemma)
        for lemma in lemmas
    )


# Verbs that say their subject amounts to the figure they take ("topped", "totaled", "came
# to", "ranged from", "cost"), with "be": their subject is what the amount measures. Not a
# verb that moves money from hand to hand ("spent", "paid", "earned", "raised", "lost").
_AMOUNT_VERBS = frozenset(
    "be total top come range cost amount reach exceed surpass average equal run stand".split()
)
# What may stand between such a verb and its figure ("come to", "ranged from", "stands at").
_AMOUNT_PARTICLES = frozenset("to at from".split())
# Words after an amount that make it what its subject is short of, owes, sells or gains, not
# what it amounts to ("The two sides were $5 million apart", "The mayor was $5 million
# richer", "The company reached $5 million in sales"): `_amounted` gives no heading.
_NOT_WHAT_IT_AMOUNTS_TO = frozenset("apart short behind ahead more less richer poorer in".split())
# Words between a subject and its verb that are no part of the subject ("will now come").
_BEFORE_ITS_VERB = frozenset(
    "has have had was were is are will would could can may might should must been be being "
    "not now still also already just only".split()
)


def _amounted(value: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """An amount of money its sentence gives as what a subject amounts to: the subject's noun
    phrase as the text writes it, with its modifiers and the phrase after it, up to its verb.
    "The personal expenses at nightclubs and lounges topped $60,000" is headed "Personal
    expenses at nightclubs and lounges", "The total wall funding will now come to about $8
    billion" "Total wall funding", "Their charitable deductions ranged from $550,000 in 2008
    to more than $3 million" "Their charitable deductions" (BASIL f506aafc, HuffPost;
    3ae35b16 and 6e502405, NYT: all "US dollars" before). The verb is one of amounting
    (`_AMOUNT_VERBS`: the figure's own verb, or "be" where it has none) and its subject a
    common noun the extractor read as the figure's (its owner, else a word of its key): not
    a subject that spends, pays or receives the money ("Federal agencies spent about $13
    million", "Colorado has raised more than $60 million": "US dollars", the sentence
    beside), nor a pronoun ("It steadily climbed to $1.6 billion"). None where a mark stands
    between the subject and its verb ("The cost of the package, senior officials estimated,
    would be"), or the phrase does not open the clause: it starts the sentence or follows a
    mark, a clause break or its article. The sentence goes beside (when, and by whom)."""
    if not value.get("currency") or value.get("counted"):
        return None
    placed = _in_its_sentence(value)
    if placed is None:
        return None
    text, start, end = placed
    key = key_of(value)
    if key.get("verb") and (key["verb"] not in _AMOUNT_VERBS or not key.get("owner")):
        return None  # "Federal agencies spent about $13 million"
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    number = next(
        (k for k, t in enumerate(tokens) if t[1] > start and any(c.isdigit() for c in t[2])), None
    )
    if number is None or tokens[number][0] >= end:
        return None
    following = next((n for n, t in enumerate(tokens) if t[0] >= end), None)
    if following is not None and not text[end : tokens[following][0]].strip():
        word = tokens[following][2].lower()
        year = following + 1 < len(tokens) and _YEAR.fullmatch(tokens[following + 1][2])
        if word in _NOT_WHAT_IT_AMOUNTS_TO and not (word == "in" and year):
            return None  # "$5 million apart", "$5 million in sales"; not "$3 million in 2008"
    k = number - 1
    while k >= 0 and tokens[k][2].lower() in _AMOUNT_PARTICLES | _QUALIFIERS:
        k -= 1
    broken = [_broken(text, tokens, n) for n in range(len(tokens) - 1)] + [True]
    if k >= 0 and tokens[k + 1][2].lower() == "to":
        # "ranged from $550,000 in 2008 to more than $3 million": the verb before "from"
        f = next((n for n in range(k, max(0, k - 6), -1) if tokens[n][2].lower() == "from"), 0)
        between = re.sub(r"(?<=\d),(?=\d)", "", text[tokens[f][1] : tokens[k + 1][0]])
        if f > 0 and not PHRASE_BOUNDARY.search(between):
            k, number = f - 1, f
            while k >= 0 and tokens[k][2].lower() in _AMOUNT_PARTICLES | _QUALIFIERS:
                k -= 1
    if k < 1 or any(broken[n] for n in range(k, number)):
        return None
    verb = _amount_verb(tokens[k][2])
    if verb is None or key.get("verb") not in (None, verb):
        return None
    e = k - 1
    while e >= 0 and not broken[e] and tokens[e][2].lower() in _BEFORE_ITS_VERB:
        e -= 1
    if e < 0 or broken[e]:
        return None  # "The cost of the package, senior officials estimated, would be"
    wanted = _wanted(value)
    prefixes = {w: _prefix(w) for w in wanted}
    owner = key.get("owner")
    heads = [
        h
        for h in range(max(0, e - HEADING_WORDS), e + 1)
        if (tokens[h][2].islower() or (h == 0 and tokens[h][2][1:].islower()))
        and (lemma := _lemma(tokens[h][2].lower(), prefixes)) is not None
        and (lemma == owner if owner else "verb" not in wanted[lemma])
        and tokens[h][2] not in _PRONOUNS | _NO_EVENT
    ]
    if not heads:
        return None
    h = heads[-1]
    if h < e and (
        tokens[h + 1][2] not in _PREPOSITIONS
        or any(broken[n] for n in range(h, e))
        or any(
            tokens[n][2].lower() in _BREAK or _a_clauses_word(tokens[n][2])
            for n in range(h + 1, e + 1)
        )
    ):
        return None  # "… budget said to be", not "expenses at nightclubs and lounges"
    s = h
    while s > 0 and not broken[s - 1] and h - s < 3:
        word = tokens[s - 1][2]
        if (
            word.lower() in _DANGLING | _BREAK | _PREPOSITIONS | _BEFORE_ITS_VERB | {"but"}
            or any(c.isdigit() for c in word)
            or _a_clauses_word(word)
        ):
            break
        s -= 1
    opener = tokens[s - 1][2].lower() if s > 0 and not broken[s - 1] else ""
    if opener in lexicon.POSSESSIVE_DETERMINERS:
        s -= 1  # "Their charitable deductions"
        opener = tokens[s - 1][2].lower() if s > 0 and not broken[s - 1] else ""
    elif opener in ("the", "a", "an"):
        opener = tokens[s - 2][2].lower() if s > 1 and not broken[s - 2] else ""
    if opener in ("this", "that", "these", "those") or (
        opener and opener not in _BREAK | {"and", "but"}
    ):
        # "spending on the budget was": the phrase opens no clause; "that same membership
        # costs": it points back at what another sentence names
        return None
    if e - s + 1 > HEADING_WORDS:
        return None
    if s == e and tokens[s][2].lower() in _NOTHING_OF_ITS_OWN:
        return None  # "The difference was $2 billion": "Difference" says nothing measured
    return text[tokens[s][0] : tokens[e][1]], value


# Nouns that name an amount only by its relation to another ("The difference was $2
# billion", "The rest was $300"): alone, no heading.
_NOTHING_OF_ITS_OWN = frozenset(
    "difference rest remainder balance gap figure number amount total sum sums".split()
)


# Words of a figure's span before its number that say how near it is ("about", "more than").
_QUALIFIERS = frozenset(
    "about around roughly nearly almost approximately some over under more less than at least "
    "just only close".split()
)


@lru_cache(maxsize=4096)
def _amount_verb(word: str) -> str | None:
    """The verb of amounting a word is a form of ("topped": "top", "came": "come", "was":
    "be"), by lemminflect's tables; None for any other word."""
    from lemminflect import getLemma  # loaded only when a heading asks

    if not word.islower():
        return None
    if word in _BE - {"be", "being"}:
        return "be"
    return next((v for v in getLemma(word, upos="VERB") if v in _AMOUNT_VERBS - {"be"}), None)


# An ordinal unit of time after "its" or "their": "its ninth year", "its 12th day".
_ITS_NTH = re.compile(
    r"(?i)^(?:\d+(?:st|nd|rd|th)|first|second|third|\w+th)\s+(?:year|month|week|day)$"
)


def _in_its_life(value: dict[str, Any]) -> str | None:
    """What an ordinal unit of time after "its" is the age of: the noun phrase before the
    verb that enters it or the "in" that holds it, as its sentence writes it. "The war in
    Afghanistan, which has entered its ninth year" is headed "War in Afghanistan" (BASIL
    2b95d2cf, NYT), "With the partial government funding lapse dragging into its 12th day"
    "Partial government funding lapse" (0d10341a, NYT), "With the shutdown entering its fifth
    week" "Shutdown" (70c75d68, NYT), all "Years", "Days" or "Weeks" before, as the seed's "as
    the war in Ukraine creeps into its third year" is "War in Ukraine". The phrase runs back to
    a mark, a clause break, "as" or "with", or a verb before its object; none where anything
    else stands before "its" ("rose for its fifth day"). Its phrase says whose age it is: no
    sentence beside."""
    if key_of(value).get("dimension") != "[time]" or not _ITS_NTH.match(value["text"]):
        return None
    placed = _in_its_sentence(value)
    if placed is None:
        return None
    text, start, _ = placed
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    k = next((n for n, token in enumerate(tokens) if token[0] >= start), 0) - 1
    if k < 1 or tokens[k][2].lower() not in ("its", "their") or _broken(text, tokens, k - 1):
        return None
    its = tokens[k][2].lower() == "its"
    k -= 1
    held = tokens[k][2].lower() if tokens[k][2].lower() in ("into", "in", "through") else None
    if held:
        k -= 1
    if held == "into" and k >= 0 and tokens[k][2].lower() == "on":
        k -= 1  # "The strike drags on into its third week"
    if k >= 0 and tokens[k][2].lower() == "now":
        k -= 1
    # "With the talks in their third week": the plural "their" is of, no verb in "-s"
    owner = held == "in" and not its and k >= 0 and _plural(tokens[k][2])
    if (
        k >= 0
        and not owner
        and not (k + 1 < len(tokens) and _broken(text, tokens, k))
        and _enters(tokens[k][2])
    ):
        k -= 1  # "has entered", "dragging into", "creeps into"
        while k >= 0 and tokens[k][2].lower() in _CLAUSE_VERBS | {"which", "that"}:
            k -= 1
    elif not held:
        return None
    if k < 0 or tokens[k][2].lower() in _DANGLING | _PREPOSITIONS | _BREAK:
        return None  # "started by Obama and now in its …": no noun's phrase ends there
    last = k
    while k > 0 and not _broken(text, tokens, k - 1):
        word, following = tokens[k - 1][2], tokens[k][2].lower()
        if word.lower() in _BREAK | {"as", "with", "and", "or"} or word in _CLAUSE_VERBS:
            break
        if following in _DANGLING and _a_clauses_word(word):
            break  # "pushed the talks": a verb and its object; not "holding ground for inmates"
        k -= 1
    while k <= last and tokens[k][2].lower() in _DANGLING | _PREPOSITIONS:
        k += 1
    if k > last or last - k + 1 > HEADING_WORDS or tokens[last][2].lower() in _PRONOUNS:
        return None
    head = next((n - 1 for n in range(k + 1, last + 1) if tokens[n][2] in _PREPOSITIONS), last)
    if its and _plural(tokens[head][2].lower() if head == 0 else tokens[head][2]):
        return None  # "its" is no plural's: "Ratings … its second week" is a show's
    return text[tokens[k][0] : tokens[last][1]]


@lru_cache(maxsize=4096)
def _plural(word: str) -> bool:
    """A common noun's plural form ("ratings", "talks"; not "crisis", "series", "news", a
    possessive or a name): by lemminflect's dictionary of nouns, else by its ending."""
    from lemminflect import getAllLemmas  # loaded only when a heading asks

    if not word.islower() or not word.endswith("s") or "'" in word or "’" in word:
        return False
    lemmas = getAllLemmas(word, upos="NOUN").get("NOUN")
    if lemmas:
        return word not in lemmas
    return not word.endswith(("ss", "us", "is"))


def _enters(word: str) -> bool:
    """A verb's form that can take a span of time as its object or before "into": in
    "-ing", "-ed" or "-s" ("entering", "entered", "creeps"), or a past form ("began")."""
    if not word.islower() or word in _PREPOSITIONS or word.endswith(("’s", "'s")):
        return False
    return word.endswith(("ing", "ed", "s")) or _a_clauses_word(word)


@lru_cache(maxsize=4096)
def _a_clauses_word(word: str) -> bool:
    """A word that makes an event's phrase a clause, which a heading would cut: a pronoun in
    the subject's case, an auxiliary or copula, or a past form of a verb ("won", "said",
    "began", by lemminflect's tables): "after he began campaigning", "after George W. Bush and
    Dick Cheney won re-election"; not "the election", "the new year", "the shooting"."""
    from lemminflect import getInflection, getLemma  # loaded only when a heading asks

    if word.lower() in _PRONOUNS or word in _CLAUSE_VERBS:
        return True
    if not word.islower():
        return False
    return any(word in getInflection(lemma, tag="VBD") for lemma in getLemma(word, upos="VERB"))


def _in_its_sentence(value: dict[str, Any]) -> tuple[str, int, int] | None:
    """A figure value's sentence (`context`) and where the value stands in it; None where it
    has no sentence."""
    sentence = value.get("context")
    if not sentence:
        return None
    offset = sentence["start"]
    location = value["location"]
    return sentence["text"], location["start"] - offset, location["end"] - offset


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _named(values: list[dict[str, Any]]) -> str | None:
    """The commonest counted noun or unit of the values, in the plural ("times", "months",
    "percentage points", "US dollars"), as a heading with the sentence beside it."""
    found = Counter()
    for value in values:
        if value.get("counted"):
            found[plural(value["counted"])] += 1
        elif value.get("unit"):
            found[unit_name(value["unit"])] += 1
        elif value.get("currency"):
            found[_currency_name(value["currency"])] += 1
    return found.most_common(1)[0][0] if found else None


def _currency_name(code: str) -> str:
    from babel.numbers import get_currency_name

    try:
        return get_currency_name(code, count=2, locale="en")
    except Exception:  # an unknown code: the code itself
        return code


def unit(cluster: dict[str, Any]) -> str | None:
    """The commonest unit, currency or counted noun of the cluster's values, to print after
    its range (currencies print as a symbol before it, so they are left out here)."""
    found = Counter(
        v.get("unit") or v.get("counted")
        for v in cluster["values"]
        if not v.get("currency") and (v.get("unit") or v.get("counted"))
    )
    return found.most_common(1)[0][0] if found else None


# Words between a figure and the phrase naming it that keep the phrase its own ("a vote of
# 228", "$43,885,310 in federal taxes", "her heart rate was 72", "came back at 195").
_LINK = frozenset(
    "of in for on at by from to with as into over was is were are be been being has have had "
    "will would could may might can also already just only back the a an his her their its our "
    "my your this these those some total".split()
)
# Words that open another clause, or a list of examples ("More than 30 nations, including
# Canada and Mexico": no heading "Nations, including Canada", BASIL f688c56d): a phrase does
# not run across them.
_BREAK = frozenset(
    "that which who whom whose while when whereas because if but than though although so "
    "unless until whether where including".split()
)
_DETERMINERS = frozenset("the his her their its our this these those".split())
_YEAR = re.compile(r"(1[89]|20)\d\d")
_AUXILIARIES = frozenset(
    "has have had was were is are will would could may might can also already been be".split()
)
# A gap between two words holding any of these ends a phrase: a phrase is one stretch of text.
PHRASE_BOUNDARY = re.compile(r"[,;:()\[\]—–\"“”‘!?]|’(?!\w)|\s-\s|\.\s")


def _phrases(
    value: dict[str, Any],
) -> Iterator[tuple[float, str, bool, bool, bool, bool, bool]]:
    """(score, phrase, good, verb after, its thing, relative, its noun) for the phrases of a value's
    sentence that may name what it measures: stretches of at most HEADING_WORDS words with no
    punctuation or clause break in them, starting and ending on a word of what the figure
    measures (its counted noun, its measure words, the words of its quantity key, its owner),
    and either beside the figure (only linking words between: "in federal taxes", "an effective
    tax rate of") or holding every word the extractor read as its measure ("the number being
    deployed"). Good: two such words or more, one of them a noun of what is counted or measured,
    not a verb and what the sentence says around it ("Issued", "Earned"). Verb after: the
    figure's own verb follows the phrase (`_its_verb_after`). Its thing: beside the figure and
    holding the noun of what is counted or measured (`_measured_thing`). Relative: good but for
    its "other" or "more" (`_RELATIVE`), and so not good. Its noun: it holds the noun of what is
    counted or measured."""
    sentence = value.get("context")
    if not sentence:
        return
    text, offset = sentence["text"], sentence["start"]
    wanted = _wanted(value)
    if not wanted:
        return
    prefixes = {w: _prefix(w) for w in wanted}
    figure = value["location"]["start"] - offset, value["location"]["end"] - offset
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    inside = [a < figure[1] and b > figure[0] for a, b, _ in tokens]
    if not any(inside):
        return
    first_in, last_in = inside.index(True), len(inside) - 1 - inside[::-1].index(True)
    broken = [_broken(text, tokens, k) for k in range(len(tokens) - 1)] + [True]
    lemmas = [_lemma(word.lower(), prefixes) for _, _, word in tokens]
    measure = {w for w, kind in wanted.items() if "measure" in kind}
    described = set(key_of(value).get("described") or ())
    # a count of times is headed by who did it, and their verb ("Yoon Suk Yeol has reiterated")
    times = any(str(value.get(k) or "").removesuffix("s") == "time" for k in ("counted", "unit"))
    lasted = key_of(value).get("dimension") == "[time]" and value.get("unit") != "year of age"
    if lasted and _since_a_first(tokens, broken, first_in):
        return
    # things counted, not an amount of a unit: a heading may say what they underwent
    counts = value.get("counted") and not (value.get("unit") or value.get("currency"))
    # a unit, currency or counted noun that can head it in place of a phrase (as `_named`
    # heads a value); a share's unit says too little, so a share keeps its subject and verb
    # ("Rating stands: 40 percent", "Unemployment hit: 10 percent")
    named = value.get("counted") or value.get("unit") or value.get("currency")
    share = value.get("unit") in ("%", "percentage point", "percentage points")

    def blocked(k: int) -> bool:
        word = tokens[k][2]
        return (
            inside[k]
            or any(c.isdigit() for c in word)
            or word.lower() in _BREAK
            or _opens_a_clause(tokens, k)
        )

    for i in range(len(tokens)):
        if lemmas[i] is None or blocked(i):
            continue
        for j in range(i, min(len(tokens), i + HEADING_WORDS)):
            if j > i and (broken[j - 1] or blocked(j) or _infinitive(tokens, j)):
                break
            if j > i and _closes_a_quote(text, tokens[j - 1]):
                break  # "‘Thousands of Shootings’ in Chicago": the words quoted end there
            if j > i and _two_objects(tokens, broken, j):
                break  # "deliver Democrats their first majority": to whom, then what
            if (
                j > i
                and "," in text[tokens[j - 1][1] : tokens[j][0]]
                and any(lemmas[k] and "verb" in wanted[lemmas[k]] for k in range(i, j))
            ):
                break  # "protesters gathered in a circle for a prayer, chanted": one verb's
            if lemmas[j] is None or (j > i and "verb" in wanted[lemmas[j]] <= {"verb", "word"}):
                continue  # "the war in Ukraine creeps": a phrase ends on what is measured
            if tokens[j][2].endswith(("’s", "'s", "s’", "s'")):
                continue  # "Mr. LePage’s", "Presidential Debates’": it names its thing after it
            if _closes_a_quote(text, tokens[j]):
                continue
            if _past_its_verb(tokens, lemmas, wanted, i, j):
                continue  # "opponents condemned his remarks": the verb's object, not the thing
            covered = {lemmas[k] for k in range(i, j + 1) if lemmas[k]}
            if j < first_in:  # before the figure: the words and marks between them
                gap, seams = range(j + 1, first_in), range(j, first_in)
            elif i > last_in:
                gap, seams = range(last_in + 1, i), range(last_in, i)
            else:
                continue
            beside = (
                len(gap) <= 3
                and all(tokens[k][2].lower() in _LINK or _YEAR.fullmatch(tokens[k][2]) for k in gap)
                and not any(broken[k] for k in seams)
            )
            if not beside and not (len(measure) >= 2 and measure <= covered):
                continue
            kinds = [wanted[w] for w in covered]
            weight = sum(
                0.5 if "verb" in kind else 3 if "noun" in kind else 2 if "measure" in kind else 1.5
                for kind in kinds
            )
            score = weight - 0.5 * (j - i + 1) + (2 if beside else 0)
            nouns = [kind for kind in kinds if "verb" not in kind]
            good = len(covered) >= 2 and bool(nouns)
            if not good and not nouns:
                continue  # a verb alone names nothing ("Approve", "Issued")
            left = _extend(tokens, broken, lemmas, wanted, i, inside)
            if _the_verbs_preposition(
                tokens, gap, left, after=i > last_in, lasted=lasted
            ) and not any(kind & {"noun", "measure", "verb"} for kind in kinds):
                continue  # "paid $84,000 from a public fund": where it came from, not what it is
            if i > last_in and any(
                _a_bare_verb(tokens, lemmas, wanted, described, k, last=k == j)
                for k in range(i + 1, j + 1)
            ):
                continue  # "the majority of packages originated": "Packages originated"
            if _a_fragment(tokens, broken, lemmas, wanted, left, j, after=i > last_in):
                continue
            if any(
                _reports_its_object(tokens, k) and _who(tokens, lemmas, wanted, left, k)
                for k in range(left + 1, j)
            ):
                continue  # "the mogul estimates the price tag": who estimates is the source
            if lasted and _named_after_a_preposition(tokens, left, j):
                continue  # "alongside Anderson Cooper for the last decade": not what lasted
            if good and not times and _a_clause(tokens, lemmas, wanted, left, j):
                good = False  # a heading beside its sentence, never "Office had received"
            if (
                good
                and not (times or lasted or share)
                and named
                and j < first_in
                and _a_subject_and_its_verb(
                    tokens, lemmas, wanted, left, j, first_in, bool(value.get("currency"))
                )
            ):
                # "Agencies spent: about $13 million": the unit, the sentence beside; a count of
                # times or a span of time is headed by who did it, and their verb ("Mr.
                # Hutchinson spent: 1 year"), a share by its phrase ("Rating stands: 40
                # percent"), and a tally with no unit keeps its phrase
                good = False
            if j + 1 == first_in and _first_object(tokens, broken, lemmas, wanted, left):
                continue
            if j + 1 < first_in and _cut_from_its_object(tokens, broken, lemmas, wanted, j):
                continue  # "Republicans have repeatedly ambushed [Democrats] — twice"
            if left < j < first_in and _after_a_helper(tokens, broken, left):
                continue  # "would not cost seniors an extra $6,400": a verb and its object
            if j + 1 == first_in and _opens_the_figures_phrase(
                text, tokens, lemmas, wanted, left, j
            ):
                continue
            phrase = text[tokens[left][0] : tokens[j][1]]
            verb_after = i > last_in and _its_verb_after(tokens, broken, lemmas, wanted, j)
            undergone = (
                _what_they_underwent(text, tokens, broken, lemmas, wanted, j)
                if verb_after and counts
                else None
            )
            # "other" or "more" and the counted noun alone say nothing of what is counted: a
            # phrase good but for them is demoted for them only (`headed`)
            relative = good and len(covered - _RELATIVE) < 2
            good = good and not relative
            if undergone:
                # "Children killed" of "20 children were killed": a noun and what it underwent
                phrase, verb_after, good = f"{phrase} {undergone}", False, bool(nouns)
                relative = False
            # beside the figure and holding its noun: "a two-hour briefing", "a majority of
            # liberals" (`_measured_thing`)
            noun = any("noun" in kind for kind in kinds)
            its_thing = beside and noun
            yield score, phrase, good, verb_after, its_thing, relative, noun


def _its_verb_after(
    tokens: list[tuple[int, int, str]],
    broken: list[bool],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    j: int,
) -> bool:
    """Whether the words right after a phrase ending on token j, past any auxiliaries, are the
    figure's own verb: what the things counted did or underwent, which the phrase leaves out
    ("more than 1,000 Russian soldiers killed or wounded on average daily", "around 600,000
    Russian troops have been killed or wounded", "nearly 1 million federal workers were
    furloughed", "33 Senate Democrats voted"). Such a phrase names who or what is counted, not
    what is measured: it heads the cluster with its sentence beside, as the counted noun alone
    does ("20 children were killed": "Children"), unless it takes what they underwent
    (`_what_they_underwent`)."""
    k = j + 1
    while k < len(tokens) and not broken[k - 1] and tokens[k][2].lower() in _CLAUSE_VERBS:
        k += 1
    if k >= len(tokens) or broken[k - 1] or not tokens[k][2].islower() or lemmas[k] is None:
        return False
    kinds, word = wanted[lemmas[k]], tokens[k][2]
    if kinds & {"noun", "owner"}:
        return False
    # a measure word that is no verb of the key is one in a verb's form ("wounded"), not a
    # noun ("at least four Super Tuesday states, according to")
    return "verb" in kinds or ("measure" in kinds and word.endswith(("ed", "ing")))


def _what_they_underwent(
    text: str,
    tokens: list[tuple[int, int, str]],
    broken: list[bool],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    j: int,
) -> str | None:
    """The participle the things counted stand under right after a phrase ending on token j,
    with the participle coordinated with it, as the text writes them: "killed or wounded" of
    "more than 1,000 Russian soldiers killed or wounded on average daily" and of "around
    600,000 Russian troops have been killed or wounded", "furloughed" of "nearly 1 million
    federal workers were furloughed". What they underwent is what the figure counts: the
    heading takes it ("Russian troops killed or wounded: around 600,000 troops"; "Russian
    troops: around 600,000 troops" read as an army's size, the round-58 reader of the seed).
    Only a passive (a form of "be" before the participle, no modal: "will be deployed" is not
    yet done) or a bare participle that is plainly one (coordinated with another, or before
    its agent's "by") is taken; "33 Senate Democrats voted", "two black senators have
    served" and "the majority of packages originated." (BASIL 1f99798f, Fox) tell what the
    things did, and keep their sentence beside (`_its_verb_after`). A negation stops it
    ("were not killed"): no heading drops one; so does what the participle goes on to
    ("furloughed or forced to work without pay": `_PARTICIPLE_GOES_ON`; "At least four of
    the documents were marked “classified.”", BASIL 87609973). Only a count is headed so
    (`_phrases`): "a $5,000 football signed by American presidents" (f506aafc) and "The
    $6,400 figure is based on" (b5eefefb) count no footballs nor figures."""
    k = j + 1
    helpers = []
    while k < len(tokens) and not broken[k - 1] and tokens[k][2].lower() in _CLAUSE_VERBS:
        helpers.append(tokens[k][2].lower())
        k += 1
    if k >= len(tokens) or broken[k - 1] or any(h in _BEFORE_A_VERB for h in helpers):
        return None
    passive = bool(_BE & set(helpers))
    if helpers and not passive:
        return None  # "have signed", "had voted": what they did
    if not _a_participle(tokens[k][2], passive):
        return None
    last = k
    if (
        k + 2 < len(tokens)
        and not broken[k]
        and not broken[k + 1]
        and tokens[k + 1][2] in ("or", "and")
        and _a_participle(tokens[k + 2][2], passive)
        and lemmas[k + 2] is not None
    ):
        last = k + 2  # "killed or wounded", "killed and injured"
    if not passive and last == k and (broken[k] or tokens[k + 1][2] != "by"):
        return None  # "the majority of packages originated.": what they did
    following = "" if broken[last] else tokens[last + 1][2].lower()
    if following in _PARTICIPLE_GOES_ON:
        return None  # "furloughed or forced to work without pay": the heading would cut it
    gap = text[tokens[last][1] : tokens[last + 1][0]] if last + 1 < len(tokens) else ""
    if gap.strip()[:1] in ("“", '"', "‘", ":"):
        return None  # "were marked “classified.”": what they were marked is cut
    return text[tokens[k][0] : tokens[last][1]]


# The forms of "be" that make a participle after them a passive (`_what_they_underwent`).
_BE = frozenset("was were is are been be being".split())
# Words after a participle that carry on what it says (an infinitive, another participle, an
# object): a heading ending on the participle would cut it (`_what_they_underwent`).
_PARTICIPLE_GOES_ON = frozenset("to and or a an the".split()) | _DETERMINERS


def _a_participle(word: str, passive: bool) -> bool:
    """Whether a word reads as a past participle: in lower case, ending in "-ed" (not "-eed":
    "need") or, after a form of "be", "-en" or "-wn" ("taken", "shown")."""
    if not word.islower() or word.endswith("eed"):
        return False
    return word.endswith("ed") or (passive and word.endswith(("en", "wn")))


def _reports_its_object(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token k is a verb of saying, estimating or showing (`lexicon.REPORTING_VERBS`,
    inflected) before the article or demonstrative opening its object: a phrase across it runs
    from who reports into what they report, a clause ("The real estate mogul estimates the
    price tag at around $8 billion", BASIL d4a4bc34 HuffPost, was headed "Mogul estimates the
    price tag"). Who reports is the value's source, shown beside it; the heading is what they
    report. A possessive after the verb gives the thing to who reports, its owner, and the
    heading keeps them ("Mr. Bush said his average federal tax rate was 36 percent"); "police
    reports of shootings" holds a noun, not such a verb."""
    word = tokens[k][2]
    if k + 1 >= len(tokens) or not word.islower():
        return False
    if tokens[k + 1][2].lower() not in _OPENERS:
        return False
    return bool(lexicon.verb_lemmas(word) & lexicon.REPORTING_VERBS)


# What opens a noun phrase that no one owns: an article or a demonstrative.
_OPENERS = frozenset("the a an this these those".split())


def _who(
    tokens: list[tuple[int, int, str]],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    i: int,
    k: int,
) -> bool:
    """Whether the words from token i to before token k only name someone: capitalised
    ("Mr. Bush"), or the figure's owner ("mogul" of "The real estate mogul estimates"); "The
    100 pages of e-mails showed a disagreement" and "tax returns, showing" name the thing."""
    return all(
        tokens[m][2][:1].isupper() or "owner" in wanted.get(lemmas[m] or "", ())
        for m in range(i, k)
    )


def _the_verbs_preposition(
    tokens: list[tuple[int, int, str]], gap: range, left: int, after: bool, lasted: bool
) -> bool:
    """Whether the words between a phrase and the figure open with a preposition that ties the
    phrase to the figure's verb, not to what the figure measures: "from" after a figure, where
    an amount was taken from or a distance is measured from ("was paid $84,000 from a public
    fund", "cut $1.3 trillion from health care programs", "tap $2.5 billion from
    counternarcotics programs": BASIL 06ffda2d, 2ec04201 and 3ae35b16 headed "Public fund on
    behalf of Farenthold", "Health care programs", "Counternarcotics programs"), and "for"
    before a span of time, how long the verb went on, after what it acted on ("the chance to run
    America’s largest city for 12 years", "closed the doors of many federal agencies for 35
    days": 472158a1 and 3ae35b16, "Largest city: 12 years"). The preposition is read from the
    gap's first word, not the parse. A role or a state that "as" or "be" gives is what lasted
    ("served as a law clerk for a year", "has been friends with Manafort for 40 years"); the
    caller also keeps a phrase holding a word the extractor read as the figure's own (its noun,
    measure or verb: "fighting tort reform for thirty years")."""
    if not gap:
        return False
    word = tokens[gap[0]][2].lower()
    if after:
        return word == "from"
    k = left  # back over its determiner, owner or a word before it: "was the longtime mayor"
    while k > 0 and left - k < 3 and _before_a_role(tokens[k - 1][2]):
        k -= 1
    held = k > 0 and tokens[k - 1][2].lower() in _BE | {"as"}
    return lasted and word == "for" and not held


def _before_a_role(word: str) -> bool:
    """A word that can open a role's noun phrase after "be" or "as": a determiner, an owner or
    a lower-case word ("the", "his", "the state's", "senior", "longtime"), never "be"/"as"."""
    if word.lower() in _BE | {"as"}:
        return False
    return (
        word.lower() in _DETERMINERS | {"a", "an"} or word.endswith(("'s", "’s")) or word.islower()
    )


def _named_after_a_preposition(tokens: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the phrase from token i to j is a name (every word capitalised) that a
    preposition takes: beside a span of time, with whom or where it was spent, not what
    lasted ("to host New Year’s Eve programming alongside Anderson Cooper for the last
    decade", "spent a year at Georgetown University": BASIL d16050b3 and 2742e9c1, NYT,
    headed "Anderson Cooper" and "Georgetown University"); "the war in Ukraine creeps into
    its third year" stays the war's."""
    return (
        i > 0
        and tokens[i - 1][2].lower() in _PREPOSITIONS | {"alongside", "beside", "under"}
        and all(tokens[k][2][:1].isupper() for k in range(i, j + 1))
    )


def _closes_a_quote(text: str, token: tuple[int, int, str]) -> bool:
    """A word whose "’" closes a single quotation mark the sentence opened before it
    ("Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago"), not a possessive."""
    start, _, word = token
    if not word.endswith("’"):
        return False
    before = text[:start]
    return before.rfind("‘") > before.rfind("’")


def _a_fragment(
    tokens: list[tuple[int, int, str]],
    broken: list[bool],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    i: int,
    j: int,
    after: bool,
) -> bool:
    """Whether the phrase from token i to j is a piece of a clause, not the name of a thing
    (BASIL, in each of four tuning briefs read): after the figure, its verb without the object
    that follows ("23 states have enacted medical marijuana laws") or the verb and what follows
    it ("more than 24,000 ticket holders filed in for the charity game"; "two dozen protesters
    gathered" stays, and so do "900 pages pertaining to the Benghazi attacks"); before it, a
    verb and its object ("includes an additional $1 billion"); anywhere, an
    idiom cut after its noun ("on behalf of up to 1.6 million women", "immigrants in exchange
    for $5.7 billion", "concrete structure from sea to sea", "sources in the course of their
    investigation"), or a coordination cut after its second word ("officials in the state and
    kept")."""
    if after:
        verbs = [
            k
            for k in range(i, j + 1)
            if tokens[k][2].lower() in _CLAUSE_VERBS
            or (lemmas[k] and "verb" in wanted[lemmas[k]] and not tokens[k][2].endswith("ing"))
        ]
        if verbs and verbs[-1] < j:
            return True  # past its verb into what follows it
        if (
            verbs
            and j + 1 < len(tokens)
            and not broken[j]
            and tokens[j + 1][2].lower() not in _PREPOSITIONS
        ):
            return True  # its verb without the object that follows it
    if (
        not after
        and tokens[i][2].islower()
        and i < j
        and tokens[i + 1][2].lower() in _DETERMINERS | {"a", "an"}
    ):
        return True
    if j == i or j + 1 >= len(tokens) or broken[j] or not tokens[j][2].islower():
        return False
    following = tokens[j + 1][2].lower()
    before = j - 2 if tokens[j - 1][2].lower() in _DETERMINERS | {"a", "an"} else j - 1
    if before >= i and tokens[before][2].lower() in _PREPOSITIONS and following in _PREPOSITIONS:
        return True  # "on behalf of", "in exchange for", "in the course of"
    # the second of two coordinated words cut from what follows it ("multiple Republican
    # officials in the state and kept a running report")
    return tokens[j - 1][2].lower() in ("and", "or") and following not in _PREPOSITIONS


def _a_bare_verb(
    tokens: list[tuple[int, int, str]],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    described: set[str],
    k: int,
    last: bool,
) -> bool:
    """Whether token k of a phrase after the figure is a verb of the figure's noun that the
    phrase ends on or runs past: a past form ("the majority of packages originated", "a
    monthlong standoff failed", "packages containing likely pipe bombs mailed in the past
    week"), a form the figure's key reads as its verb, or one it reads as describing its noun,
    spelled otherwise than its lemma, no plural, right after the noun counted ("five of the
    bombs sent this week fall"; "countries" is no verb of "country", nor "data" in "pieces of
    data collected" of "datum"). Such a heading
    tells what the things did, not what is measured (headings in 3 of 16 BASIL stories
    read: "Packages originated", "Standoff failed", "Bombs sent"); a participle before its
    preposition stays inside a phrase ("pieces of data collected from networks"). "Funding",
    "need" and "greed" are nouns, and so is the noun counted."""
    word, lemma = tokens[k][2], lemmas[k] or ""
    kinds = wanted.get(lemma, set())
    if "noun" in kinds or not word.islower():
        return False
    after_its_noun = "noun" in wanted.get(lemmas[k - 1] or "", set())
    if (
        lemma in described
        and not word.startswith(lemma)
        and not word.endswith("s")
        and after_its_noun
    ):
        following = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
        return last or following not in _PREPOSITIONS | {"toward", "across"}
    if "verb" in kinds and last:
        return True
    # a past form ends no phrase; inside one it may be an adjective ("unauthorized border
    # crossings")
    return last and word.endswith("ed") and not word.endswith("eed") and len(word) > 4


def _a_clause(
    tokens: list[tuple[int, int, str]],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    i: int,
    j: int,
) -> bool:
    """Whether the phrase from token i to j is a clause, not the name of a thing (headings in 4
    of 16 BASIL stories read as a user): a subject and its verb's auxiliary ("Office had
    received", "Seniors would then face", "Republicans have repeatedly ambushed"), or the
    figure's own verb opening it ("Restore voting rights", "Cut deficits", "Served in the
    FBI"). "Number being deployed" names a thing."""
    if any(tokens[k][2] in _AUXILIARY for k in range(i + 1, j + 1)):
        return True
    if any(tokens[k][2].lower() in _SUBJECT_PRONOUNS for k in range(i + 1, j + 1)):
        return True  # "her backers say they plan": a pronoun in the subject's case opens a clause
    first = tokens[i][2].lower()
    return (
        j > i
        and lemmas[i] is not None
        and "verb" in wanted[lemmas[i]]
        and not first.endswith(("ing", "s"))
    )


def _a_subject_and_its_verb(
    tokens: list[tuple[int, int, str]],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    i: int,
    j: int,
    first_in: int,
    currency: bool,
) -> bool:
    """Whether the phrase from token i to j, before the figure, runs from a subject into the
    figure's own verb (the verb the figure is the object of or is tied to): "Agencies spent"
    of "Federal agencies spent about $13 million on four of Mr. Trump’s trips", "Mr. Clinton
    earned" of "Mr. Clinton earned $13.17 million in 2013", "Field of … candidates includes"
    of "… includes more than a dozen people" (BASIL 2f3e86b6, 6e502405, af4a3f41). A subject
    and its verb tell what someone did, not what is measured: a fragment as a heading (21
    headings in 13 of 72 BASIL briefs). A past form anywhere after the subject ("Mrs. Clinton
    highlighted the millions of dollars"), a present one ("complaint faces") or a progressive
    ("shutdown is hurting") where the phrase ends on it, the bare form only after a plural and
    right before the figure ("his rallies draw hundreds of voters"). Left alone: a participle
    after "being" ("the number being deployed"), one before its preposition or infinitive that
    modifies its noun ("pot seized on highways", "delegates needed to assure her"), one after
    no subject ("the estimated net worth"), a bare form after a singular ("Clinton support 27
    percent": a noun), and a verb of change with a share or a count ("investors lost 20.5
    percent": what changed and how it moved). `currency`: the figure is an amount of money,
    which "raised" or "cut" moves from hand to hand, not up or down."""
    for k in range(i + 1, j + 1):
        word, lemma = tokens[k][2], lemmas[k]
        if not word.islower() or lemma is None or "noun" in wanted[lemma]:
            continue
        before = tokens[k - 1][2].lower()
        if word == lemma and _past_as_its_base(lemma) and before not in _BEFORE_A_VERB | {"to"}:
            word += "ed"  # "The project cost", "The agency put": a past form, read as one
        # the figure's verb, or a word of its measure in a verb's form right before it
        # ("the field of … candidates includes more than a dozen people")
        if "verb" not in wanted[lemma] and not (
            "measure" in wanted[lemma] and k == j and j + 1 == first_in and word != lemma
        ):
            continue
        if lemma in lexicon.CHANGE_WORDS and not currency:
            continue  # "investors lost 20.5 percent": what changed and how it moved
        if before == "being" or not any(
            tokens[m][2].lower() not in _DETERMINERS | {"a", "an"}
            and not tokens[m][2].lower().endswith("ly")
            for m in range(i, k)
        ):
            continue  # "the number being deployed", "the estimated net worth": no subject
        if word.endswith("ing"):
            finite = k == j and before in _BE - {"be", "been", "being"}  # "shutdown is hurting"
        elif word == lemma:
            # "directors serve 10-year terms"; not the noun of "Clinton support 27 percent"
            finite = k == j and j + 1 == first_in and _a_plural(before)
        elif word.endswith("s"):
            finite = k == j  # "complaint faces", "field … includes"
        elif k < j:
            finite = tokens[k + 1][2].lower() not in _PREPOSITIONS  # not "pot seized on"
        else:
            finite = not (k + 2 < len(tokens) and _infinitive(tokens, k + 2))
            # not "the number of delegates needed to assure her"
        if finite:
            return True
    return False


@lru_cache(maxsize=4096)
def _past_as_its_base(lemma: str) -> bool:
    """A verb whose past form is spelled as its base ("hit", "put", "cost", "set"), by
    lemminflect's tables."""
    from lemminflect import getInflection  # loaded only when a heading asks

    return lemma in getInflection(lemma, tag="VBD")


def _a_plural(word: str) -> bool:
    """A word in "-s" that is no possessive and no "-ss" ("directors", not "Congress")."""
    return word.endswith("s") and not word.endswith(("ss", "’s", "'s"))


# What stands before a verb and never before a noun: a modal or a negation (and a word
# ending in one: "wouldn't").
_BEFORE_A_VERB = frozenset("will would could can might should must may not".split())


def _after_a_helper(tokens: list[tuple[int, int, str]], broken: list[bool], i: int) -> bool:
    """Whether a phrase from token i, before the figure, opens on a verb after its modal or
    negation: the verb and its first object ("Romney’s Medicare plan would not cost seniors
    an extra $6,400 a year" was headed "Cost seniors an extra"), a piece of a clause; the verb
    alone, the word of its measure, stays a heading beside its sentence ("would cost
    billions": "Cost")."""
    return (
        i > 0
        and not broken[i - 1]
        and tokens[i][2].islower()
        and (
            tokens[i - 1][2].lower() in _BEFORE_A_VERB
            or tokens[i - 1][2].lower().endswith(("n't", "n’t"))
        )
    )


# Auxiliaries that make a phrase a clause (`_a_clause`); "being", "been" make no clause of a
# noun ("number being deployed").
_AUXILIARY = frozenset("has have had will would could can might should must".split())
# Pronouns in the subject's case, which stand in no noun phrase, only as a clause's subject.
_SUBJECT_PRONOUNS = frozenset("i we they he she".split())


def _first_object(
    tokens: list[tuple[int, int, str]],
    broken: list[bool],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    i: int,
) -> bool:
    """Whether a phrase from token i, right before the figure, is the first of a verb's two
    objects: to whom, not what ("could cost the world's largest retailer billions of
    dollars", "gave Ukraine $1 billion"): the verb of the measure before it, with at most a
    determiner or a possessive between."""
    k = i - 1
    while k >= 0 and i - k <= 3 and not broken[k]:
        word = tokens[k][2]
        if lemmas[k] and wanted[lemmas[k]] & {"verb", "measure"} and word.islower():
            return "noun" not in wanted[lemmas[k]]
        if word.lower() not in _DETERMINERS | {"a", "an"} and not word.endswith(("'s", "’s")):
            return False
        k -= 1
    return False


# Words after "first" that make it part of a title or a name, no first time of anything.
_FIRST_TITLES = frozenset(
    "lady ladies gentleman family minister secretary deputy vice lieutenant sergeant officer "
    "mate baseman amendment responder responders".split()
)


def _since_a_first(tokens: list[tuple[int, int, str]], broken: list[bool], first_in: int) -> bool:
    """Whether the figure is the span since the last time, after "in" in the phrase of a
    "first": "deliver Democrats their first majority in the House in eight years" (BASIL
    2f3e86b6, HuffPost) measures no majority that lasted eight years, so no phrase of its
    sentence heads it ("Majority in the House: 8 years" would say so): its unit does, with the
    sentence beside. "For the first time in 20 years" likewise; "the first 100 days" and "in
    eight years as minority leader" have no "first" before their "in". Only a span of time is
    one (`_phrases`), and no "first" of a title ("The first lady visited schools in 12
    states", "First Lady", the round-67 code review)."""
    if first_in < 2 or tokens[first_in - 1][2].lower() != "in":
        return False
    k = first_in - 2
    while k >= 0 and first_in - k <= 8 and not broken[k]:
        if tokens[k][2].lower() == "first":
            # "The first lady visited schools in 12 states": a title, no first time
            return not (tokens[k][2] == "First" and k > 0) and not (
                k + 1 < len(tokens) and tokens[k + 1][2].lower() in _FIRST_TITLES
            )
        k -= 1
    return False


# Lower-case words before a name that are no verb giving to it.
_NOT_A_VERB = frozenset("and or nor as than like of".split())


def _two_objects(tokens: list[tuple[int, int, str]], broken: list[bool], j: int) -> bool:
    """Whether token j, a determiner, opens a second noun phrase right after a name: a verb's
    two objects, to whom and what ("would ultimately deliver Democrats their first majority in
    the House in eight years", BASIL 2f3e86b6, HuffPost: headed "Democrats their first
    majority in the House"). A determiner after a preposition, a conjunction or a lower-case
    word ("the budgets of the leadership", "the House and the Senate") stays inside, and so
    does one after a name with no verb before it."""
    word, before = tokens[j][2], tokens[j - 1][2]
    if not (
        word.lower() in _DETERMINERS | {"a", "an"}
        and before[:1].isupper()
        and before.lower() not in _LINK | _BREAK | {"and", "or"}
    ):
        return False
    # a verb before the name, to give to it: "19 Hard Truths the Left Can't Handle" is a title
    # in capitals, with no verb before "Hard Truths" (the round-67 code review)
    k = j - 1
    while k > 0 and tokens[k - 1][2][:1].isupper() and not broken[k - 1]:
        k -= 1
    verb = tokens[k - 1][2] if k > 0 and not broken[k - 1] else ""
    return (
        verb.isalpha()
        and verb.islower()
        and verb not in _LINK | _BREAK | _PREPOSITIONS | _NOT_A_VERB
    )


def _cut_from_its_object(
    tokens: list[tuple[int, int, str]],
    broken: list[bool],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    j: int,
) -> bool:
    """Whether a phrase before the figure ends on the figure's verb with words of its object
    between it and the figure, cut off: "Republicans have repeatedly ambushed Democrats —
    twice successfully —" (BASIL 2f3e86b6, NYT: headed "Republicans have repeatedly
    ambushed"), "White House officials cited only two times that …" (3ae35b16, NYT: "White
    House officials cited"). A verb followed by its preposition, a mark, or the figure itself
    ("Members of the House voted 420-0", "Mr. Hutchinson spent a year") is left to the other
    rules."""
    word = tokens[j][2]
    if broken[j] or not word.islower() or lemmas[j] is None or "verb" not in wanted[lemmas[j]]:
        return False
    following = tokens[j + 1][2]
    return following.lower() not in _PREPOSITIONS | _CLAUSE_VERBS | {"and", "or"} and not any(
        c.isdigit() for c in following
    )


# Words that open a clause before a gerund ("after delivering his five-minute remarks") and,
# for "as", before a determiner or a pronoun ("as a thunderstorm filled the sky", "as he left").
_CLAUSE_BEFORE_GERUND = frozenset("after before since without by while upon".split())
_PRONOUNS = frozenset("he she it they we i you".split())


def _past_its_verb(
    tokens: list[tuple[int, int, str]],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    i: int,
    j: int,
) -> bool:
    """Whether the phrase from token i to j runs through a verb into what the verb says of the
    thing measured: "opponents condemned his remarks", "warnings present a compelling
    argument", "border security spending was insufficient", "Huckabee has a strong following"
    name no quantity; "pages pertaining to the Benghazi attacks" does (a participle before its
    preposition). A phrase may end on its verb ("the Clintons earned", "Moscow has been
    recruiting", "the number being deployed"), not past it."""

    def verbal(k: int) -> bool:
        word = tokens[k][2].lower()
        if word in _CLAUSE_VERBS:
            return True
        following = tokens[k + 1][2].lower() if k + 1 < len(tokens) else ""
        # a participle before its preposition modifies the noun: "pages pertaining to"
        return bool(lemmas[k] and "verb" in wanted[lemmas[k]]) and following not in _PREPOSITIONS

    if not any(verbal(k) for k in range(i + 1, j)):
        return False
    word = tokens[j][2].lower()
    participle = tokens[j - 1][2].lower() in _CLAUSE_VERBS and word.endswith(
        ("ed", "ing", "en", "wn")
    )
    return not (verbal(j) or participle)


_PREPOSITIONS = frozenset("to by in on at for from with of into over about against".split())
# The auxiliaries and copulas a phrase naming a quantity does not run past.
_CLAUSE_VERBS = frozenset(
    "has have had was were is are will would could may might can been be being".split()
)


def _opens_a_clause(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token k opens another clause a heading does not run into: "Mr. Obama took no
    questions from reporters after delivering" is no name of what "five-minute" measures, nor
    "block in Ferguson as a thunderstorm filled" of what "around a single" counts, nor
    "blood transfusions and remained" of what "multiple" counts."""
    if k + 1 >= len(tokens):
        return False
    word, following = tokens[k][2].lower(), tokens[k + 1][2]
    verb_like = following.islower() and following.endswith(("ing", "ed")) and len(following) > 4
    if word in ("and", "or"):
        return verb_like  # "people killed and injured", "immigrants and creating"
    if word in _CLAUSE_BEFORE_GERUND:
        return verb_like and following.endswith("ing")
    return word == "as" and following.lower() in {"a", "an", *_DETERMINERS, *_PRONOUNS}


def _broken(text: str, tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the marks between token k and the next end a phrase: punctuation does, but not
    the full stop of a title ("Mr. Clinton") nor the comma of a list ("for federal, state and
    local taxes")."""
    gap = text[tokens[k][1] : tokens[k + 1][0]]
    if not PHRASE_BOUNDARY.search(gap):
        return False
    if gap.strip() == "." and tokens[k][2] in lexicon.ABBREVIATED:
        return False
    if gap.strip() == ",":
        following = [t[2].lower() for t in tokens[k + 2 : k + 4]]
        later = text[tokens[k + 1][1] : tokens[min(k + 3, len(tokens) - 1)][0]]
        return not (
            {"and", "or"} & set(following)
            and "," not in later.replace(",", "", 1)
            and not PHRASE_BOUNDARY.search(later.replace(",", ""))
        )
    return True


def _wanted(value: dict[str, Any]) -> dict[str, set[str]]:
    """The words of what a figure measures, each with its kinds: noun (the counted noun),
    measure (the extractor's measure phrase), owner, verb, word (its quantity key's words)."""
    key = key_of(value)
    skip = {
        *_GENERIC,
        *(value.get("per") or ()),
        str(value.get("unit")).lower(),
        str(value.get("currency")).lower(),
        "thousand",
        "million",
        "billion",
        "hundred",
        "ten",
        "dozen",
    }
    skip |= {*str(value.get("unit")).lower().split(), *_LINK, *_BREAK}
    wanted: dict[str, set[str]] = {}

    def add(word: str | None, kind: str) -> None:
        word = (word or "").lower().strip()
        if len(word) > 1 and word not in skip:
            wanted.setdefault(word, set()).add(kind)

    for word in (value.get("measure") or "").split():
        add(word, "measure")
    for word in key.get("words") or ():
        add(word, "word")
    add(value.get("counted"), "noun")
    add(key.get("noun"), "noun")
    add(key.get("owner"), "owner")
    add(key.get("verb"), "verb")
    return wanted


def _prefix(word: str) -> str:
    return word[:-1] if len(word) > 4 else word


def _infinitive(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """ "to" opening an infinitive ("to help bolster", "to pay"), not a place ("to South
    Korea", "to the country", "to charity")."""
    if tokens[j - 1][2].lower() != "to":
        return False
    word = tokens[j][2]
    return word[:1].islower() and word.lower() not in _DETERMINERS | {"a", "an"}


def _opens_the_figures_phrase(
    text: str,
    tokens: list[tuple[int, int, str]],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    left: int,
    j: int,
) -> bool:
    """A phrase that runs into the figure's own noun phrase: an article inside it (not its
    first word) with only its modifiers between it and the figure, nothing else: "giving the
    GOP [a genuine] three-way contest", "dropped from … to [the current] two points" headed
    "The GOP a genuine", "Advantage to the current". "The Clintons earned $10 million" keeps
    its heading (the article opens it), and so does "Rallies in the state drew more than
    160,000 people": the figure's verb after the article is no modifier of the figure, the
    article's phrase ended before it."""
    if text[tokens[j][1] : tokens[j + 1][0]].strip():
        return False  # "… taxes: $5 million", "an effective rate of 17%": not its phrase
    articles = [k for k in range(left + 1, j + 1) if tokens[k][2].lower() in ("a", "an", "the")]
    if not articles or articles[-1] == j:
        return False
    after = range(articles[-1] + 1, j + 1)
    return not any(lemmas[k] and "verb" in wanted[lemmas[k]] for k in after)


def _extend(
    tokens: list[tuple[int, int, str]],
    broken: list[bool],
    lemmas: list[str | None],
    wanted: dict[str, set[str]],
    i: int,
    inside: list[bool],
) -> int:
    """Where a phrase starts once its subject and determiner are in: "the Clintons earned",
    "the United States economy lost", "Moscow has been recruiting", "his net worth"."""
    k = i
    if tokens[i][2][:1].isupper():  # the rest of a name: "Jeb Bush", "Mr. Clinton"
        while k > 0 and not broken[k - 1] and tokens[k - 1][2][:1].isupper() and not inside[k - 1]:
            k -= 1
    elif lemmas[i] and "verb" in wanted.get(lemmas[i], ()):
        j = k - 1
        while j >= 0 and not broken[j] and tokens[j][2].lower() in _AUXILIARIES:
            j -= 1
        run = j
        while (
            run >= 0
            and not broken[run]
            and not inside[run]
            and (tokens[run][2][:1].isupper() or tokens[run][2].lower() in {"and", "&"})
        ):
            run -= 1
        if run < j and tokens[run + 1][2].lower() not in {"and", "&"}:
            k = run + 1
    before = tokens[k - 1][2].lower() if k > 0 and not broken[k - 1] else ""
    if before in _DETERMINERS and (before != "the" or tokens[k][2][:1].isupper()):
        k -= 1  # "his net worth", "the Clintons earned"; not "the number being deployed"
    return k


def _lemma(token: str, prefixes: dict[str, str]) -> str | None:
    """The measure word a token of the text spells ("deployed" for "deploy", "casualties" for
    "casualty", "taxes" for the parser's "taxis"), if any."""
    token = token.strip("’'")
    if token.endswith(("’s", "'s")):
        token = token[:-2]
    for lemma, prefix in prefixes.items():
        if token.startswith(prefix) and len(token) <= len(lemma) + 3:
            return lemma
        if len(token) >= 4 and lemma.startswith(token[:-2]) and len(lemma) <= len(token) + 1:
            return lemma
    return None
