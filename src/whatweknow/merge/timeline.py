"""The timeline of a set of documents: dated events on a real date axis, merged across outlets.

    items, background = timeline(store, ids, ref, root, coverage_from, limit, more, people)

Each item is one happening: who did what (the event's label, in the text's words), its date
with its precision and the first and last day it covers, and every article that reports it
(its outlets listed; copies count once), each source with its own sentence and label. Only
events the text asserts are on it: not negated, conditional, hypothetical or generic ones,
nor fragments with no one doing anything (`Event.mode`).

Events of one date are one happening when they are the same event: the same actor (one
person or organisation across outlets, `People.resolve`) doing the same thing (the same
verb) or something to the same object. Saying is many things: two reports of one actor
saying something that day are one happening only when their sentences share what it was
about ("In an interview on Fox News on Tuesday, Mr. Ryan said …" and "Ryan, in his first
one-on-one interview …, told Fox News on Tuesday …"), never for the saying alone (Trump's
Friday tweet and his Friday announcement stay two). Without an actor on both sides, the same
verb and most of the words. Items come in date order, the coarser first on a shared first
day (July before July 15).

Background is what the coverage recalls rather than reports: dates a year or more before the
first article, whole years before the coverage's own year ("since its invasion of Ukraine in
2022"), and history told inside a quote. It is kept apart, short. Dates that could not be
placed are only counted (`more["unplaced"]`). With a `limit`, the items the most independent
articles report are kept, and `more` says how many were left out.

`quoted` is true only for a date inside quotation marks (direct speech); a date in reported
speech names who reports it (`said_by`) when that is not the actor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from ..dates import interval, precision_grain
from ..lexicon import SPEECH_VERBS

# A background section stays short whatever the limit: it is context, not the story.
BACKGROUND_ROWS = 10
# Without an actor on both sides, events of one date with one verb are one happening when
# this share of the smaller one's words is shared.
SAME_HAPPENING = 0.6
# Two reports of one actor saying something on one date are one happening when their sentences
# share this many words besides the actor, the date and the saying (tuned on the reader's
# stories: Ryan's Fox News interview in two outlets shares "interview", "fox", "news").
SAME_SUBJECT = 2
_WORD = re.compile(r"[a-z0-9]+")
_DAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday morning
    afternoon evening night week month year last earlier later""".split()
)
_SAYING = frozenset(
    "said say says told tell tells added adds wrote writes announced announces".split()
)
_STOP = frozenset(
    """the a an of to in on at for and or but with by from as that this it its his her their
    they he she we i you be is are was were been has have had will would not no""".split()
)


def timeline(
    store: Any,
    ids: list[str],
    ref: Any,
    root: dict[str, str],
    coverage_from: str | None,
    limit: int | None,
    more: dict[str, int],
    people: Any = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    start = _day(coverage_from)
    groups: list[dict[str, Any]] = []
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    unplaced = 0
    placed = []
    for row in store.event_keys(ids):
        if row.get("mode") not in (None, "asserted"):
            continue
        bounds = interval(row["date"], row["precision"])
        if bounds is None:
            unplaced += 1
            continue
        placed.append((row, bounds))
    for row, bounds in _most_precise(placed):
        key = _key(row, people)
        group = next(
            (
                g
                for g in by_date[row["date"]]
                if _same(g["key"], key)
                and (
                    root[row["document"]] not in g["roots"]
                    or any(r["phrase"] == row["phrase"] for r in g["rows"])
                )
            ),
            None,
        )
        if group is None:
            group = {
                "rows": [],
                "roots": set(),
                "bounds": bounds,
                "key": key,
                "background": _background(bounds, row, start),
            }
            groups.append(group)
            by_date[row["date"]].append(group)
        group["rows"].append(row)
        group["roots"].add(root[row["document"]])
        group["background"] = group["background"] and _background(bounds, row, start)
    if unplaced:
        more["unplaced"] = unplaced
    main = [g for g in groups if not g["background"]]
    background = [g for g in groups if g["background"]]
    main = _top(main, limit, more, "timeline")
    background = _top(background, BACKGROUND_ROWS if limit else None, more, "background")
    wanted = {(r["document"], r["id"]) for g in main + background for r in g["rows"]}
    records = {(d, e["id"]): e for d, e in store.records("events", ids, wanted)}
    told = {(d, records[(d, i)].get("statement")) for d, i in wanted if (d, i) in records}
    speakers = {
        (d, s["id"]): s["speaker"]
        for d, s in store.records("statements", ids, {t for t in told if t[1]})
    }
    return (
        [_item(g, records, speakers, ref, people) for g in _ordered(main)],
        [_item(g, records, speakers, ref, people) for g in _ordered(background)],
    )


def _most_precise(placed: list[tuple[dict[str, Any], tuple[date, date]]]) -> list:
    """Each sentence once, at its most precise date: where one sentence dates its happening twice,
    once within the other ("the first presidential debate" in 2016 and "Monday", PolNeAR dev,
    The Western Journal 2016-09-26; "September" and "30th" in one post), the sentence was on
    the timeline twice, at the year and at the day; the wider date is left out. Dates apart
    (a refusal in July, an endorsement on Friday) stay, each its own happening."""
    spans: dict[tuple[Any, Any, Any], list[tuple[date, date]]] = defaultdict(list)
    for row, bounds in placed:
        spans[(row["document"], row["span_start"], row["span_end"])].append(bounds)
    kept = []
    for row, bounds in placed:
        others = spans[(row["document"], row["span_start"], row["span_end"])]
        wider = any(
            bounds[0] <= first and last <= bounds[1] and (first, last) != bounds
            for first, last in others
        )
        if not wider:
            kept.append((row, bounds))
    # one sentence at one date is one item: the event whose label says the most of it ("city
    # lifted a midnight curfew", not that and "city lifted a curfew" again; "David Plouffe said
    # “It is different in a way …”", not that and "It is different")
    best: dict[tuple[Any, ...], tuple[dict[str, Any], tuple[date, date]]] = {}
    for row, bounds in kept:
        key = (row["document"], row["span_start"], row["span_end"], bounds)
        if key not in best or len(row.get("label") or "") > len(best[key][0].get("label") or ""):
            best[key] = (row, bounds)
    chosen = {id(row) for row, _ in best.values()}
    return [(row, bounds) for row, bounds in kept if id(row) in chosen]


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _key(row: dict[str, Any], people: Any) -> dict[str, Any]:
    """What tells one happening from another: who (every name the merge may call the actor),
    the verb, the object's words and all the words."""
    actor = row["actor"] or ""
    if people is not None and actor:
        who = {n.casefold() for n in people.resolve(actor)}
    else:
        who = {actor.casefold()} - {""}
    phrase = (row["phrase"] or "").split(" ")
    verb = (row.get("predicate") or phrase[0]).split(" ")[0]
    text = " ".join(x for x in (row["label"], row["phrase"], actor) if x).casefold()
    names = {w for n in who | {actor.casefold()} for w in _WORD.findall(n)}
    told = set(_WORD.findall((row.get("predicate") or phrase[0]).casefold()))
    objects = set(_WORD.findall(" ".join(phrase).casefold())) - _STOP - told - names
    sentence = set(_WORD.findall((row.get("sentence") or "").casefold()))
    return {
        "who": who,
        "verb": "say" if verb in SPEECH_VERBS else verb,
        "objects": objects,
        "words": {w for w in _WORD.findall(text) if w not in _STOP},
        # what a saying was about: its sentence's words but the actor's names, the date's and
        # the verbs of saying
        "about": sentence - _STOP - names - _DAYS - _SAYING,
    }


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One happening: the same actor doing the same (or saying), or doing it to the same
    object; with no actor on a side, the same verb and most of the words."""
    if a["who"] and b["who"]:
        if not a["who"] & b["who"]:
            return False
        if a["verb"] == b["verb"] == "say":
            return len(a["about"] & b["about"]) >= SAME_SUBJECT
        return a["verb"] == b["verb"] or bool(a["objects"] & b["objects"])
    shared = a["words"] & b["words"]
    smaller = min(len(a["words"]), len(b["words"]))
    return a["verb"] == b["verb"] and smaller > 0 and len(shared) / smaller >= SAME_HAPPENING


def _background(bounds: tuple[date, date], row: dict[str, Any], start: date | None) -> bool:
    """Recalled rather than reported: a year or more before the coverage, a whole year before
    the coverage's year, or history inside a quote."""
    if start is None:
        return False
    last = bounds[1]
    if last < start - timedelta(days=365):
        return True
    if precision_grain(row["precision"]) >= precision_grain("year") and last.year < start.year:
        return True
    return bool(row["statement"]) and last < start - timedelta(days=31)


def _top(
    groups: list[dict[str, Any]], limit: int | None, more: dict[str, int], part: str
) -> list[dict[str, Any]]:
    if limit is None or len(groups) <= limit:
        return groups
    more[part] = len(groups) - limit
    ranked = sorted(range(len(groups)), key=lambda i: (-len(groups[i]["roots"]), i))
    return [groups[i] for i in sorted(ranked[:limit])]


def _ordered(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(
        groups,
        key=lambda g: (g["bounds"][0], -precision_grain(g["rows"][0]["precision"]), g["bounds"][1]),
    )


def _item(
    group: dict[str, Any],
    records: dict[tuple[str, str], Any],
    speakers: dict[tuple[str, str], Any],
    ref: Any,
    people: Any,
) -> dict[str, Any]:
    first = group["rows"][0]
    event = records[(first["document"], first["id"])]
    sources = []
    cited = set()
    for row in group["rows"]:
        if (row["document"], row["span_start"], row["span_end"]) in cited:
            continue  # two dates of one sentence told as one happening: the sentence once
        cited.add((row["document"], row["span_start"], row["span_end"]))
        source = ref(row["document"], row["span_start"], row["span_end"])
        told = records.get((row["document"], row["id"]), {})
        sources.append({**source, "text": told.get("span", {}).get("text"), "label": row["label"]})
    outlets = sorted({s["outlet"] or "unknown outlet" for s in sources})
    actor = (event.get("actor") or {}).get("name")
    return {
        "date": first["date"],
        "precision": first["precision"],
        "first_day": group["bounds"][0].isoformat(),
        "last_day": group["bounds"][1].isoformat(),
        "expression": event["date"].get("text"),
        "resolved": True,
        "label": event.get("label") or event["phrase"],
        "phrase": event["phrase"],
        "actor": actor,
        "text": event["span"]["text"],
        "caption": event.get("caption", False),
        "quoted": bool(event.get("quoted")),
        "said_by": _said_by(event, first["document"], speakers, actor, people),
        "outlets": outlets,
        "reported_by": len(group["roots"]),
        "background": group["background"],
        "source": sources[0],
        "also_in": sources[1:],
    }


def _said_by(
    event: dict[str, Any],
    document: str,
    speakers: dict[tuple[str, str], Any],
    actor: str | None,
    people: Any,
) -> str | None:
    """Who reports an event told in someone's words without quotation marks, unless they
    report their own doing ("Ms. Pelosi said it would not be held this Tuesday": Pelosi)."""
    if event.get("quoted") or not event.get("statement"):
        return None
    speaker = speakers.get((document, event["statement"])) or {}
    name = speaker.get("name")
    if not name or speaker.get("kind") != "person":
        return None  # a person named; not "documents", "two" nor an "according to" scope
    if people is not None:
        name = people.canonical(name, speaker.get("kind")) or name
        if actor and people.resolve(actor) & people.resolve(name):
            return None
    if actor and set(actor.split()) <= set(name.split()):
        return None  # "Trump" saying, reported by Donald Trump
    return name
