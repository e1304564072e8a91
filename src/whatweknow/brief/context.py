"""The sentence around each cited passage, and the cue as its article writes it.

A brief shows a figure or a statement with its source sentence (`context`: the span of the
stored text, so it stays checkable), a statement with its cue as written ("originally put at",
"falsely claimed"), and a figure cluster with the heading `headings.headed` finds in its values'
sentences. Nothing here writes a word the articles do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .. import lexicon
from ..merge import why_disputed
from .headings import PHRASE_BOUNDARY, denied, headed, unit
from .numbers import range_text

# A sentence ends at . ! or ? (and any closing quote or bracket) before a space and a capital,
# a digit or an opening quote; or at a line break.
_END = re.compile(r"[.!?][”’\"')\]]*(?=\s+[“‘\"'(\[A-Z0-9])|\n")
# "Lt. Gen. Chun", "Mr. Cancian", "U.S. troops": a full stop after these ends no sentence.
_ABBREVIATION = re.compile(
    rf"(?:\b[A-Z]|\b[A-Z]\.[A-Z]|\b(?:{'|'.join(sorted(lexicon.ABBREVIATED))}))\.$"
)
# Context is a sentence, but never more than this many characters on either side of the span.
REACH = 320


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the sentence(s) holding text[start:end], within REACH of it."""
    floor = max(0, start - REACH)
    left = floor
    for match in _END.finditer(text, floor, min(len(text), start + 2)):
        if match.end() <= start and not _abbreviated(text, match.start()):
            left = match.end()
    ceiling = min(len(text), end + REACH)
    right = ceiling
    for match in _END.finditer(text, max(end - 1, 0), ceiling):
        if match.group() == "\n" or not _abbreviated(text, match.start()):
            right = match.end() if match.group() != "\n" else match.start()
            break
    while left < start and text[left].isspace():
        left += 1
    return left, max(right, end)


def _abbreviated(text: str, stop: int) -> bool:
    return bool(_ABBREVIATION.search(text[max(0, stop - 6) : stop + 1]))


def context(text: str, start: int, end: int) -> dict[str, Any]:
    """The sentence around a span, as a span of the text; `cut` when REACH shortened it
    (`cut_before`, `cut_after`: on which side), and then at a space, never inside a word
    ("… and former CIA Direct", the round-65 reader)."""
    left, right = sentence_bounds(text, start, end)
    before = left == start - REACH and left > 0
    after = right == end + REACH and right < len(text)
    if before and not text[left - 1].isspace():
        left = next((i + 1 for i in range(left, start) if text[i].isspace()), left)
    if after and not text[right].isspace():
        right = next((i for i in range(right, end, -1) if text[i - 1].isspace()), right)
        right = len(text[:right].rstrip()) if right > end else right
    return {
        "start": left,
        "end": right,
        "text": text[left:right],
        "cut": before or after,
        "cut_before": before,
        "cut_after": after,
    }


def ellipses(context: dict[str, Any]) -> tuple[str, str]:
    """The marks a shown sentence needs where REACH cut it: "… " before it where it was cut
    before the cited words, " …" after it where it was cut after them (the round-65 reader: a
    long sentence ended "… and former CIA Direct”" with no mark that it goes on)."""
    return (
        "… " if context.get("cut_before") else "",
        " …" if context.get("cut_after") else "",
    )


def add_context(store: Any, brief: dict[str, Any]) -> None:
    """Give each figure value and statement of the brief its source sentence, and each figure
    cluster a heading in the articles' words (in place)."""
    wanted = {ref["document"] for ref, _ in _cited(brief)}
    texts = store.texts(sorted(wanted))
    for ref, item in _cited(brief):
        text = texts.get(ref["document"], "")
        if ref["end"] <= len(text):
            item["context"] = context(text, ref["start"], ref["end"])
            if item.get("cue"):
                said = cue_as_written(text, item["cue"], ref["start"], ref["end"])
                # the adverb of time stands before the verb of trying the cue is under
                lead = said[: said.find(item["cue"]) + len(item["cue"])]
                when = cue_time(text, lead, item["context"], ref["start"], ref["end"])
                item["cue"] = f"{when} {said}" if when else said
    _said_when(brief)
    people = _people(brief)
    speakers = _speakers_by_cue(brief)
    for cluster in brief["figures"]:
        made = headed(cluster, speakers)
        if made["heading"] in people and all(
            v.get("unit") == "year of age" for v in cluster["values"]
        ):
            made["heading"] = people[made["heading"]]  # "Lewis, now 77,": John Lewis
        if cluster["values"] and all(v.get("negated") for v in cluster["values"]):
            made = denied(made, cluster["values"])
        cluster["heading"] = made["heading"]
        cluster["heading_sentence"] = made["sentence"]
        cluster["unit"] = unit(cluster)
        cluster["stated"] = range_text(cluster)


def cue_as_written(text: str, cue: str, start: int, end: int | None = None) -> str:
    """The cue with the words the text sets on it that make what it means, where it stands
    right before what it says: the particle or preposition between it and what it says
    ("called on" of "called on Brewer to veto it", "calling for" of "calling for a veto",
    "pushed back against these criticisms", "apologized for rushing"), so a brief's line reads
    "calling for: a veto", never "calling: a veto" (a call that was made); a comma may close
    the phrasal verb ("As Paul Ryan has pointed out, that's …": "pointed out", not
    "pointed"). A plea and what runs from it to what is pleaded to ("pleaded guilty on
    Friday for: lying to the FBI", never "pleaded: lying to the FBI"), and a verb of trying,
    wanting, refusing or seeming whose infinitive the cue is ("attempted to explain", "refused
    to say", "decided not to recommend", "did not appear to suggest": `catenative`), stay
    with it too. A cue after what it says (`end`, where the words end) keeps the particle
    that closes its clause ("“…,” he went on.": "went on", never "went:")."""
    after = _closing_particle(text, cue, end)
    if after is not None:
        return after
    before = text[max(0, start - len(cue) - 100) : start]
    plea = re.search(rf"(?<![\w-]){re.escape(cue)}(\s+{_PLEA}(?:,?\s+\w+){{0,4}}),?\s+$", before)
    if plea is not None:
        lead = _led(before[: plea.start()])
        return lead + cue + re.sub(r"\s+", " ", plea.group(1))
    told = re.search(
        rf"(?<![\w-]){re.escape(cue)},?\s+({_VERDICT_WORDS}),?\s+(?:that\s+)?$", before, re.I
    )
    if told is not None:  # "claimed, falsely, that …", "claiming inaccurately that …"
        return _led(before[: told.start()]) + f"{told.group(1).lower()} {cue}"
    found = re.search(rf"(?<![\w-]){re.escape(cue)}((?:\s+\w+){{0,2}}),?\s*$", before)
    if found is None:
        return cue
    gap = found.group(1).split()
    said = " ".join([cue, *gap]) if all(w in _CUE_PARTICLES for w in gap) else cue
    return _led(before[: found.start()]) + said


def _closing_particle(text: str, cue: str, end: int | None) -> str | None:
    """The cue and its particle where the cue follows the words it says and the particle
    closes the clause ("“The bottom line is that Americans must unify,” he went on.",
    "…,” she shot back, …"); None where no particle closes it ("he said on Tuesday")."""
    if end is None:
        return None
    closing = re.match(
        rf"[^\w\s]{{0,3}}\s*(?:[\w’'.-]+\s+){{0,4}}?{re.escape(cue)}\s+(\w+)(?=\s*[.,;!?]|\s*$)",
        text[end : end + 80],
    )
    if closing is None or closing.group(1) not in _CUE_PARTICLES:
        return None
    return f"{cue} {closing.group(1)}"


def _led(before: str) -> str:
    """What stands before a cue and goes with it: the verb of trying, wanting, refusing or
    seeming it is the infinitive of (`catenative`), and before that, or before the cue, the
    writer's verdict on whether what was said is true (`_VERDICT`: "falsely claimed", "Governor
    Pence falsely tried to suggest", "wrongly suggesting"; the round-62 reviewer: "tried to
    suggest:" read as a plain claim where the text calls it false)."""
    lead = catenative(before)
    rest = before[: _CATENATIVE.search(before).start()] if lead else before
    verdict = _VERDICT.search(rest)
    if verdict is None:
        return lead
    # "He has never falsely claimed …": the negation goes with the verdict it turns round
    negation = _DENIED_VERDICT.search(rest[: verdict.start()])
    turned = f"{negation.group(1).lower()} " if negation else ""
    return f"{turned}{verdict.group(1).lower()} {lead}"


# A negation right before such an adverb ("never falsely claimed", "did not falsely claim",
# "didn't correctly predict").
_DENIED_VERDICT = re.compile(r"(?<![\w’'-])(not|never|[A-Za-z]+n[’']t)\s+$", re.I)
# An adverb that says whether what was said is true, right before the cue (or the verb it is
# the infinitive of): a line without it gives a false claim as a plain one.
# The writer may set it after the cue too ("Trump claimed, falsely, that …", "claiming
# inaccurately that …": `cue_as_written`).
_VERDICT_WORDS = (
    "falsely|wrongly|mistakenly|erroneously|incorrectly|inaccurately|"
    "misleadingly|baselessly|untruthfully|dishonestly|correctly|rightly|accurately"
)
_VERDICT = re.compile(rf"(?<![\w’'-])({_VERDICT_WORDS})\s+$", re.I)


def catenative(before: str) -> str:
    """The verb of trying, wanting, refusing or seeming, with a "not" or "never" before it,
    and its "to" ("not to"), that the text sets right before a cue in its infinitive
    ("attempted to " of "Dowd attempted to explain Sunday that …", "refused to " of "refused
    to say whether …", "seemed to " of "He seemed to suggest a double standard is at play",
    "not appear to " of "Smith did not appear to suggest …"), with the space after; "" where the
    words before the cue are none such ("went to say", "to explain", "has said"). "explain:
    that the tweet was referring to …" read as an explanation given, where the text tells an
    attempt at one; "say:" or "not say:" where it tells a refusal; "suggest:" where the text
    tells only how it looked."""
    found = _CATENATIVE.search(before)
    if found is None:
        return ""
    verb = found.group(1).lower()
    lemmas = lexicon.verb_lemmas(verb) | {verb, _IRREGULAR_PLANS.get(verb, verb)}
    return re.sub(r"\s+", " ", found.group(0)) if lemmas & _CATENATIVE_VERBS else ""


# A word, "to" or "not to", then the cue: what `catenative` reads before a cue, with the
# "not", "never" or "didn't" before the word ("did not appear to suggest", "didn't try to").
_CATENATIVE = re.compile(
    r"(?<![\w’'-])(?:(?:not|never|[A-Za-z]+n[’']t)\s+)?([A-Za-z]+)\s+(?:not\s+|never\s+)?to\s+$"
)
# Verbs of trying, wanting, planning, refusing or seeming whose infinitive a cue may be
# (`lexicon.PLAN_VERBS`, `lexicon.WITHHOLDING_VERBS`, `lexicon.RAISING_VERBS`), and the past
# forms no ending gives.
_CATENATIVE_VERBS = lexicon.PLAN_VERBS | lexicon.WITHHOLDING_VERBS | lexicon.RAISING_VERBS
_IRREGULAR_PLANS = {"sought": "seek", "strove": "strive", "striven": "strive"}
# A plea the cue "plead" takes, which is what it means ("pleaded guilty", "pleaded not
# guilty", "pleaded no contest"): `cue_as_written`.
_PLEA = r"(?:(?:not\s+)?(?:guilty|innocent)|no\s+contest)\b"


def cue_time(text: str, cue: str, sentence: dict[str, Any], start: int, end: int) -> str | None:
    """The adverb of time the text sets right before a statement's cue, that places what was
    said at another time than the article's own: before it ("originally", "initially",
    "previously", "formerly", "once", "earlier", "at first") or after what the article told
    first ("later"). "originally" of "the number being deployed — originally put at about
    11,000 by the Pentagon — has been debated", "initially" of "Hutchinson had initially said
    he planned to sign the bill but backed off", "later" of "He later said he had misspoke".
    A line read without it ("put at: about 11,000") gives words said then as the speaker's
    word now; whether the speaker has since changed their mind the adverb does not say, and
    the line does not either. The cue is its phrase in the statement's sentence nearest what
    it says, outside it where the sentence has one there; None where no such adverb stands
    before it ("also said", "first reported by": an order of telling, not a time)."""
    left, right = sentence["start"], sentence["end"]
    found = [
        left + m.start()
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(cue)}(?![\w’'-])", text[left:right])
    ]
    if not found or not any(c.isalpha() for c in cue):
        return None  # a colon or a dash is no verb to date
    outside = [at for at in found if not start <= at < end]
    at = min(outside or found, key=lambda a: start - a if a < start else a - end)
    before = _CLAIM_TIME.search(text[max(left, at - 24) : at])
    return before.group(1) if before else None


# Adverbs of time before a cue that set what was said at another time than the article's own
# (`cue_time`); "first" is left out: "first reported by The Washington Post" breaks news, and
# "Ryan first told a humanizing story" orders a speech, neither a time of its own.
_CLAIM_TIMES = r"(originally|initially|previously|formerly|once|earlier|later|at first)"
_CLAIM_TIME = re.compile(rf"(?<![\w’'-]){_CLAIM_TIMES}\s+$")
_TIMED_CUE = re.compile(rf"{_CLAIM_TIMES}\s+\S")


def _said_when(brief: dict[str, Any]) -> None:
    """Give a figure value its source's adverb of time (`cue_time`) where a statement of the
    brief by the same source says the figure with it, in the first clause of what it says:
    "about 11,000" is the Pentagon's figure "originally", as its line "originally put at:
    about 11,000" says; not the "a week" of "Twitter, which initially said Mr. Jones and
    Infowars had not violated its policies, later suspended the two accounts for a week"
    (BASIL ad409798, NYT), which the statement runs on to (in place)."""
    when: dict[tuple[str, str], list[tuple[dict[str, Any], str]]] = {}
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            timed = _TIMED_CUE.match(statement.get("cue") or "")
            if timed and statement.get("context"):
                key = (statement["source"]["document"], speaker["name"])
                when.setdefault(key, []).append((statement, timed.group(1)))
    for cluster in brief["figures"]:
        for value in cluster["values"]:
            ref = value["location"]
            for statement, adverb in when.get((ref["document"], value.get("source") or ""), []):
                said, sentence = statement["source"], statement["context"]
                if not said["start"] <= ref["start"] < ref["end"] <= said["end"]:
                    continue
                before = sentence["text"][
                    said["start"] - sentence["start"] : ref["start"] - sentence["start"]
                ]
                if not PHRASE_BOUNDARY.search(before):
                    value["said_when"] = adverb
        _dated_sources(cluster)


def _dated_sources(cluster: dict[str, Any]) -> None:
    """Name a cluster's source as its values do once `_said_when` has dated them: a source in
    the "Sources" line whose every value has the one adverb ("Pentagon, originally, reported
    by BBC"), and each side of the dispute's "Why" line ("“about 11,000” (Pentagon,
    originally, BBC)"), so one cluster names its source one way (in place)."""
    values = cluster["values"]
    if not any(value.get("said_when") for value in values):
        return
    for source in cluster.get("sources") or []:
        times = {
            v.get("said_when")
            for v in values
            if (v.get("source"), v.get("via") or [])
            == (source.get("source"), source.get("via") or [])
        }
        if len(times) == 1 and None not in times:
            source["said_when"] = times.pop()
    if cluster.get("disputes"):
        cluster["why"] = why_disputed(values, cluster["disputes"])


# Particles and prepositions that may stand between a cue and what it says (`cue_as_written`).
_CUE_PARTICLES = frozenset(
    "about against at back down for in into of off on out over to up upon with".split()
)


def _people(brief: dict[str, Any]) -> dict[str, str]:
    """A surname -> the one person of the brief's speakers who has it ("Lewis" -> "John
    Lewis"), so an age is headed by its person as "Who says what" names them."""
    found: dict[str, set[str]] = {}
    for speaker in brief["speakers"]:
        words = speaker["name"].split()
        if speaker.get("kind") == "person" and len(words) > 1:
            last = words[-2] if words[-1] in ("Jr.", "Sr.", "II", "III", "IV") else words[-1]
            found.setdefault(last, set()).add(speaker["name"])
    return {last: next(iter(names)) for last, names in found.items() if len(names) == 1}


def _speakers_by_cue(brief: dict[str, Any]) -> dict[tuple[str, int], dict[str, str]]:
    """For each sentence of a statement (its document and start), the statement's cue as
    written -> its speaker's name: "“…,” the 43-year-old said" is Marco Rubio's."""
    found: dict[tuple[str, int], dict[str, str]] = {}
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            sentence, cue = statement.get("context"), statement.get("cue")
            if sentence and cue and speaker.get("kind") == "person":
                key = (statement["source"]["document"], sentence["start"])
                found.setdefault(key, {})[cue.lower()] = speaker["name"]
    return found


def _cited(brief: dict[str, Any]) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for cluster in brief["figures"]:
        for value in cluster["values"]:
            yield value["location"], value
    for speaker in brief["speakers"]:
        for statement in speaker["statements"]:
            yield statement["source"], statement
