"""Score the whole chain on hand-made story gold: speakers, identity across outlets, figures,
clusters, disputes and dates, the way a reader of the brief would judge them.

    python evaluation/story.py ../shared/data/basil-gold [--basil ../shared/data/basil]
                               [--misses ROW] [--json]

Each gold file is one story told by three outlets (`basil-gold/README.md` gives the format).
Per story the three articles go through the whole chain as a user's would: read, clean,
extract, a fresh store (with the copy check), and the brief's ledger (`brief.build`, every
row). Every predicted span is mapped back to the raw article text (`OffsetMap.to_raw`), where
the gold's fragments live, and compared there.

Rows (a ratio over the stories pooled, then `hits / n`):

statements
- found: gold attributions whose fragment a predicted statement's content covers (overlap at
  least half of the shorter of the two). Gold and predicted statements are paired one to one,
  best pairs first: one with the gold's speaker (a quote and a statement nested in it cover the
  same words and the gold lists one or both: the reader sees both lines), then the one
  covering most of the gold fragment, then the one closest to its size; a gold fragment left
  without a statement of its own takes its best;
- right speaker: gold attributions found with the right speaker: the predicted speaker's name
  is the gold canonical name (with or without the annotator's note in brackets after it: "a
  White House official (anonymous)") or one of its aliases (case, punctuation, "the" and a
  possessive ignored), or a person's full canonical name after a title ("Sheriff Adam
  Hayward"), or a person's full name as an alias prints it with a title, owner or place
  ("Mike Elliott" in "Marijuana Industry Group's Mike Elliott", "Kristen Gillibrand" in "Sen.
  Kristen Gillibrand of New York"), and never a name the gold lists under `not`;
- precision: predicted statements that are gold attributions;
- not-statements left alone: gold not-statements that no predicted statement takes (its
  content overlapping half of the shorter, or its cue inside with content touching it);
- negated marked: gold negated attributions that come out as no statement or one marked
  `negated: true` (never the source asserting the content);
- joined across outlets: gold speakers (not anonymous) quoted by 2+ outlets whose statements
  with the right speaker (in the article, or under the name the brief shows) all sit under one
  brief speaker that spans 2+ outlets (a miss names each outlet the person is missing from
  and why: its statements not found there, found "as" another speaker, or not in the brief;
  only where two outlets show them can the merge join them);
- one person per speaker: brief speakers holding statements with the right speaker (as above)
  whose gold speakers are one person (a merge of two people fails here); a statement the
  brief shows only as the "via" of the one it relays is held by that name.

figures
- found / value / qualifier / source right: gold figures overlapped by a predicted figure; of
  those, value (relative 1e-6; ranges both ends; vague: both vague, same order of magnitude),
  qualifier, and source (the gold speaker's names, or both unattributed) right; all three;
- precision: predicted figures that are gold figures;
- not-figures left alone: gold not-figures no predicted figure touches;
- clusters hold one quantity: brief clusters with 2+ values that are gold figures whose gold
  figures all measure one quantity;
- quantities joined: gold quantities given by 2+ outlets whose found figures sit in one
  cluster that holds 2+ outlets' values;
- disputes real: disputed brief clusters whose gold quantity is disputed.

dates
- found: gold date expressions overlapped by a predicted event's date;
- resolved right: of all gold date expressions, those whose predicted date has the gold's ISO
  date at the gold's precision (a predicted ISO week counts for a gold day inside it, the
  gold's convention for "this week"; a predicted range counts for a gold date equal to its
  first end, the gold's convention for "between 2005 and 2008"; a predicted season, a span
  of months, counts like a range for a gold month equal to its first month: "Last summer"
  2012-06/2012-08 for the gold's 2012-06, and for a gold year equal to its first month's year,
  the gold's convention for a season, which its format has no precision for: 2012).

`--misses ROW` (e.g. `--misses "right speaker"`) prints what each row missed, with the text.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}
# A story gold with `"corpus": "polnear"` names PolNeAR articles (`dev/NAME`, `train/NAME`),
# keyed by publisher; their text is the corpus's own file, read as a user's .txt would be.
POLNEAR_OUTLETS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "The Western Journal",
}

ROWS = [
    ("statements", "found"),
    ("statements", "right speaker"),
    ("statements", "precision"),
    ("statements", "not-statements left alone"),
    ("statements", "negated marked"),
    ("statements", "joined across outlets"),
    ("statements", "one person per speaker"),
    ("figures", "found"),
    ("figures", "value right"),
    ("figures", "qualifier right"),
    ("figures", "source right"),
    ("figures", "value+qualifier+source right"),
    ("figures", "precision"),
    ("figures", "not-figures left alone"),
    ("figures", "clusters hold one quantity"),
    ("figures", "quantities joined"),
    ("figures", "disputes real"),
    ("dates", "found"),
    ("dates", "resolved right"),
]


@dataclass
class Tally:
    """hits / n per row, and what missed, per row."""

    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    n: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def count(self, row: str, ok: bool, miss: str = "") -> None:
        self.n[row] += 1
        if ok:
            self.hits[row] += 1
        elif miss:
            self.misses[row].append(miss)

    def add(self, other: Tally) -> None:
        for row, value in other.n.items():
            self.n[row] += value
            self.hits[row] += other.hits[row]
            self.misses[row].extend(other.misses[row])

    def ratio(self, row: str) -> float | None:
        return self.hits[row] / self.n[row] if self.n[row] else None


# --- text and names -------------------------------------------------------------------------

_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def loose(name: str | None) -> str:
    """A name for comparison: case, punctuation, a leading article ("the", "a", "an": "a White
    House official" is "White House official") and a possessive ignored."""
    text = re.sub(r"^an?\s+(?=\S\S)", "", (name or "").strip(), flags=re.IGNORECASE)
    text = text.replace("’", "'").casefold()
    text = re.sub(r"'s\b", "", text)
    text = _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def article_text(article: dict[str, Any]) -> str:
    """The article text the gold's fragments refer to (basil-gold/README.md)."""
    return "\n\n".join(" ".join(sentences) for sentences in article["body-paragraphs"])


def locate(text: str, fragment: str, within: tuple[int, int] | None = None) -> tuple[int, int]:
    """The raw interval of a gold fragment (exact, else with whitespace loosened)."""
    start, end = within or (0, len(text))
    at = text.find(fragment, start, end)
    if at >= 0:
        return at, at + len(fragment)
    pattern = r"\s+".join(re.escape(w) for w in fragment.split())
    found = re.compile(pattern).search(text, start, end)
    if found:
        return found.span()
    raise LookupError(f"gold fragment not in the article text: {fragment!r}")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covers(pieces: list[tuple[int, int]], gold: tuple[int, int]) -> float:
    """How much of the shorter of (pieces, gold) the two share, 0..1."""
    shared = sum(overlap(p, gold) for p in pieces)
    size = min(sum(p[1] - p[0] for p in pieces), gold[1] - gold[0])
    return shared / size if size > 0 else 0.0


def covers_gold(pieces: list[tuple[int, int]], gold: tuple[int, int]) -> float:
    """How much of gold the pieces cover, 0..1."""
    size = gold[1] - gold[0]
    return sum(overlap(p, gold) for p in pieces) / size if size > 0 else 0.0


def jaccard(pieces: list[tuple[int, int]], gold: tuple[int, int]) -> float:
    """What (pieces, gold) share of all they cover, 0..1."""
    shared = sum(overlap(p, gold) for p in pieces)
    union = sum(p[1] - p[0] for p in pieces) + gold[1] - gold[0] - shared
    return shared / union if union > 0 else 0.0


# --- one story -----------------------------------------------------------------------------


@dataclass
class Article:
    key: str  # fox | nyt | hpo
    text: str  # the raw text
    record: dict[str, Any]  # the extraction, as `wwk extract` prints it
    to_raw: Any  # clean offset -> raw offset

    def raw(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return self.to_raw(start), self.to_raw(start)
        return self.to_raw(start), self.to_raw(end - 1) + 1


def load_articles(gold: dict[str, Any], basil: Path, polnear: Path) -> dict[str, dict[str, Any]]:
    """Per article key: its text (where the gold's fragments live), title, url and outlet."""
    loaded = {}
    for key, path in gold["articles"].items():
        if gold.get("corpus") == "polnear":
            split, name = path.split("/", 1)
            text = (polnear / split / "text" / f"{name}.txt").read_text("utf-8")
            title = text.split("\n", 1)[0].strip()
            loaded[key] = {"text": text, "title": title, "url": f"polnear:{path}"}
            loaded[key]["outlet"] = POLNEAR_OUTLETS[key]
            continue
        article = json.loads((basil / "articles" / path).read_text("utf-8"))
        loaded[key] = {
            "text": article_text(article),
            "title": article.get("title"),
            "url": article.get("url") or f"basil:{path}",
            "outlet": OUTLETS[key],
        }
    return loaded


def run_chain(gold: dict[str, Any], basil: Path, workdir: Path, polnear: Path | None = None):
    """The story's articles through read -> clean -> extract -> store -> brief."""
    from whatweknow import Store, run
    from whatweknow.brief import build
    from whatweknow.merge import Linker
    from whatweknow.model import Article as RawArticle
    from whatweknow.model import Extraction

    raws = []
    texts = {}
    for key, article in load_articles(gold, basil, polnear or basil.parent / "polnear").items():
        texts[key] = article["text"]
        raws.append(
            RawArticle(
                raw=texts[key],
                origin=f"{gold['triplet']}/{key}",
                kind="text",
                title=article["title"],
                url=article["url"],
                published=gold["published"][key],
                outlet=article["outlet"],
            )
        )
    articles: dict[str, Article] = {}
    db = workdir / f"{gold['triplet']}.db"
    with Store(db) as store:
        linker = Linker(store)
        for raw, result in zip(raws, run(raws), strict=True):
            key = raw.origin.rsplit("/", 1)[1]
            if not isinstance(result, Extraction):
                raise RuntimeError(f"{raw.origin}: not extracted: {result}")
            document = result.document
            if store.add(result):
                linker.link(document.id, document.text, document.published)
            record = json.loads(json.dumps(result.to_dict(), default=str))
            articles[key] = Article(key, texts[key], record, document.offsets.to_raw)
        brief = build(store, everything=True)
    return articles, brief


# The annotator's note after a canonical name: "a White House official (anonymous)", "unnamed
# reports ("reportedly")", "Republicans (the GOP)" (basil-gold README: "for unnamed sources a
# description (...)"). It tells the entry apart; it is no part of the name.
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def names_of(person: dict[str, Any]) -> tuple[set[str], set[str]]:
    canonical = person["canonical"]
    good = {
        loose(canonical),
        loose(_NOTE.sub("", canonical)),
        *(loose(a) for a in person.get("aliases", [])),
    }
    bad = {loose(n) for n in person.get("not", [])} - good
    return good - {""}, bad


def right_name(
    name: str | None, person: dict[str, Any] | None, people: Iterable[dict[str, Any]] = ()
) -> bool:
    """The gold person's name: canonical or an alias, the full canonical name after a title
    ("Sheriff Adam Hayward" for Adam Hayward), or a full name inside an alias ("Mike Elliott" in
    "Marijuana Industry Group's Mike Elliott"); never a name listed under `not`.

    A pair (a `group` whose canonical joins people: "Nancy Pelosi and Chuck Schumer") is also
    named by its members' names, each right for its member (`people`: the story's entries) in
    any order ("House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer",
    "Schumer and Pelosi"), and only by exactly its members; and names joining two people are
    never one of them ("Nancy Pelosi and Chuck Schumer" is not Chuck Schumer after a title)."""
    if person is None:
        return not name
    good, bad = names_of(person)
    key = loose(name)
    if not key or key in bad:
        return False
    if key in good:
        return True
    people = list(people)
    members = pair_members(person, people)
    if members:
        parts = joined_parts(name or "")
        return len(parts) == len(members) and any(
            all(right_name(part, member) for part, member in zip(order, members, strict=True))
            for order in itertools.permutations(parts)
        )
    if (
        person["kind"] == "person"
        and sum(_names_someone(p, people) for p in joined_parts(name or "")) > 1
    ):
        return False
    canonical = loose(person["canonical"])
    titled = " " in canonical and key.endswith(" " + canonical) and person["kind"] == "person"
    # the surname of a name the gold prints only after a title ("Mr. Obama", "President Obama"):
    # a speaker's name keeps no title, so the surname alone is how the article named them
    untitled = (
        person["kind"] == "person"
        and key == _surname(canonical)
        and any(_titled(alias, key) for alias in good)
    )
    # a person's full name inside a name the gold gives them as printed, with a title, an
    # owner or a place: "Mike Elliott" in "Marijuana Industry Group's Mike Elliott"
    printed = (
        person["kind"] == "person"
        and " " in key
        # the surname (past a generational suffix: "James R. Clapper Jr."): a name, not
        # "Industry Group"
        and _surname(key) == _surname(canonical)
        and any(f" {key} " in f" {alias} " for alias in good)
    )
    return titled or printed or untitled


def _titled(alias: str, surname: str) -> bool:
    """`alias` (as `loose` writes it) is `surname` after titles alone: "mr obama", "president
    obama"; not "michelle obama" or "the obama campaign"."""
    words = alias.split()
    return len(words) > 1 and words[-1] == surname and all(w in _TITLES for w in words[:-1])


# Titles before a surname, as `loose` writes them ("Mr." is "mr").
_TITLES = frozenset(
    "mr mrs ms miss dr president vice sen senator rep representative gov governor secretary "
    "speaker leader majority minority house senate judge justice chief gen general adm admiral "
    "rev reverend mayor attorney former first lady prime minister".split()
)


# Between the names of people said jointly: "A and B", "A, B and C"; not before a suffix
# ("Donald Trump, Jr.").
_JOINS = re.compile(r"\s*,\s*(?!(?:Jr|Sr|II|III|IV)\b)(?:and\s+)?|\s+(?:and|&)\s+")


def joined_parts(name: str) -> list[str]:
    """The names `name` joins: "Pelosi and Schumer" -> ["Pelosi", "Schumer"]."""
    return [part for part in _JOINS.split(name.strip()) if part]


def _names_someone(part: str, people: list[dict[str, Any]]) -> bool:
    """A part of a joined name that names a person: one of the story's people, or a name of two
    or more capitalised words ("Justices Kennedy"; not "Secretary of Health" in "Secretary of
    Health and Human Services Alex Azar")."""
    words = part.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return True
    return any(p["kind"] == "person" and right_name(part, p) for p in people)


def pair_members(person: dict[str, Any], people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The members of a gold pair, each as the story's entry for them (or their name alone):
    "Nancy Pelosi and Chuck Schumer" -> Pelosi's and Schumer's entries; [] for other groups
    ("Elected officials, civic leaders and business groups")."""
    if person["kind"] != "group":
        return []
    parts = joined_parts(person["canonical"])
    if len(parts) < 2 or not all(_names_someone(p, people) for p in parts):
        return []
    by_name = {loose(p["canonical"]): p for p in people if p["kind"] == "person"}
    return [
        by_name.get(loose(part)) or {"canonical": part, "kind": "person", "aliases": []}
        for part in parts
    ]


def _surname(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words[-1] if words else ""


_SUFFIXES = frozenset("jr sr ii iii iv".split())  # as `loose` writes them


def why_missing(
    outlets: Iterable[str], shown: dict[str, set[str]], instead: dict[str, set[str]]
) -> str:
    """Why a person quoted by several outlets is missing from some of them in the brief, per
    outlet: its statements are not found there, found under another speaker ("as 'Mitt
    Romney'"), or found with the right speaker that the brief does not show. A merge can join
    only the outlets that show the person; the others need the statement or its speaker."""
    present = set().union(*shown.values()) if shown else set()
    parts = []
    for key in sorted(set(outlets) - present):
        told = instead.get(key)
        parts.append(f"{key} {', '.join(sorted(told))}" if told else f"{key} not found")
    return "; ".join(parts)


def match_statements(items, predicted, articles, people) -> dict[int, dict[str, Any]]:
    """Gold statement index -> the predicted row that stands for it.

    A pair is possible when the two overlap by at least half of the shorter. Pairs are taken
    one to one, best first: one whose speaker is the gold's (a quote and a statement nested in
    it cover the same words, and the gold lists one of them or both: a reader sees both lines,
    and the right one is there), then the one covering most of the gold fragment, then the
    one closest to its size. A gold statement left without a row of its own (two gold
    fragments in one predicted quote) takes its best row again."""
    pairs = []
    for index, item in enumerate(items):
        key = item["article"]
        span = locate(articles[key].text, item["content"])
        person = people.get(item["speaker"])
        for number, row in enumerate(predicted[key]):
            if covers(row["pieces"], span) >= 0.5:
                share = (
                    right_name(row["statement"]["speaker"].get("name"), person, people.values()),
                    covers_gold(row["pieces"], span),
                    jaccard(row["pieces"], span),
                )
                pairs.append((share, index, key, number))
    pairs.sort(key=lambda pair: pair[0], reverse=True)
    best_of: dict[int, dict[str, Any]] = {}
    taken: set[tuple[str, int]] = set()
    for _, index, key, number in pairs:
        if index not in best_of and (key, number) not in taken:
            best_of[index] = predicted[key][number]
            taken.add((key, number))
    for _, index, key, number in pairs:  # best first: the first seen is the best
        best_of.setdefault(index, predicted[key][number])
    return best_of


def score_story(
    gold: dict[str, Any], basil: Path, workdir: Path, polnear: Path | None = None
) -> Tally:
    articles, brief = run_chain(gold, basil, workdir, polnear)
    people = {p["id"]: p for p in gold["people"]}
    tally = Tally()
    story = gold["triplet"][:8]

    def where(key: str, span: tuple[int, int]) -> str:
        text = articles[key].text[span[0] : span[1]].replace("\n", " ")
        return f"[{story} {key}] {text[:160]}"

    # statements: predicted content pieces in raw offsets
    predicted: dict[str, list[dict[str, Any]]] = {}
    for key, article in articles.items():
        rows = []
        for statement in article.record["statements"]:
            fragments = statement.get("fragments") or [statement["content"]]
            pieces = [article.raw(f["start"], f["end"]) for f in fragments]
            cue = statement.get("cue")
            rows.append(
                {
                    "statement": statement,
                    "pieces": pieces,
                    "cue": article.raw(cue["start"], cue["end"]) if cue else None,
                    "span": (min(p[0] for p in pieces), max(p[1] for p in pieces)),
                    "gold": None,
                }
            )
        predicted[key] = rows

    # brief speaker of each predicted statement: by its record id, or for a statement the
    # brief folded into the same words from another outlet, (document, start, end)
    brief_speaker: dict[Any, str] = {}
    for speaker in brief["speakers"]:
        for item in speaker["statements"]:
            brief_speaker[item["id"]] = speaker["name"]
            for source in item.get("also_in", []):
                place = (source["document"], source["start"], source["end"])
                brief_speaker.setdefault(place, speaker["name"])
    # a statement that only relays one inside it is shown as that one's "via", by its
    # speaker's name ("unnamed sources believe … via Bloomberg"): its speaker is in the brief
    for speaker in brief["speakers"]:
        for item in speaker["statements"]:
            if item.get("via_statement"):
                brief_speaker.setdefault(item["via_statement"], item["via"])
    document_of = {key: a.record["document"]["id"] for key, a in articles.items()}

    def speaker_in_brief(key: str, statement: dict[str, Any]) -> str | None:
        content = statement["content"]
        name = brief_speaker.get(f"{document_of[key]}/{statement['id']}")
        return name or brief_speaker.get((document_of[key], content["start"], content["end"]))

    # (article, predicted statement, gold speaker, in-article speaker right)
    matched: list[tuple[str, dict[str, Any], str, bool]] = []
    best_of = match_statements(gold["statements"], predicted, articles, people)
    for index, item in enumerate(gold["statements"]):
        key = item["article"]
        span = locate(articles[key].text, item["content"])
        best = best_of.get(index)
        found = best is not None
        person = people.get(item["speaker"])
        tally.count("found", found, where(key, span))
        if found:
            best["gold"] = item
            said = best["statement"]["speaker"].get("name")
            right = right_name(said, person, people.values())
            tally.count(
                "right speaker",
                right,
                f"{where(key, span)}  -> {said!r}, gold {(person or {}).get('canonical')!r}",
            )
            matched.append((key, best["statement"], item["speaker"], right))
        else:
            tally.count("right speaker", False, f"{where(key, span)}  (not found)")
        if item.get("negated"):
            marked = not found or bool(best["statement"].get("negated"))
            tally.count("negated marked", marked, where(key, span))

    for key, rows in predicted.items():
        for row in rows:
            statement = row["statement"]
            is_gold = row["gold"] is not None or any(
                covers(row["pieces"], locate(articles[key].text, item["content"])) >= 0.5
                for item in gold["statements"]
                if item["article"] == key
            )
            cue = (statement.get("cue") or {}).get("text")
            tally.count(
                "statement precision",
                is_gold,
                f"{where(key, row['span'])}  ({statement['speaker'].get('name')!r} — {cue!r})",
            )

    for item in gold["not_statements"]:
        key = item["article"]
        span = locate(articles[key].text, item["text"])
        taken = next(
            (
                row
                for row in predicted[key]
                if covers(row["pieces"], span) >= 0.5
                or (
                    row["cue"] is not None
                    and overlap(row["cue"], span) > 0
                    and any(overlap(p, span) > 0 for p in row["pieces"])
                )
            ),
            None,
        )
        miss = ""
        if taken is not None:
            statement = taken["statement"]
            cue = (statement.get("cue") or {}).get("text")
            miss = (
                f"{where(key, span)}  ({item['why']}) taken as "
                f"{statement['speaker'].get('name')!r} — {cue!r}"
            )
        tally.count("not-statements left alone", taken is None, miss)

    # identity across outlets, on the statements whose speaker is right in the article or in
    # the brief (a "Mike Elliott" the brief shows as Michael Elliott)
    held: dict[str, set[str]] = defaultdict(set)  # brief speaker -> gold people
    placed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    # person -> article -> what the statements found there show instead of them
    instead: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for key, statement, person, right in matched:
        name = speaker_in_brief(key, statement)
        if name is None or not (right or right_name(name, people[person], people.values())):
            said = statement["speaker"].get("name")
            instead[person][key].add(f"as {said!r}" if not right else "not in the brief")
            continue
        held[name].add(person)
        placed[person][name].add(key)
    outlets_of: dict[str, set[str]] = defaultdict(set)
    for item in gold["statements"]:
        outlets_of[item["speaker"]].add(item["article"])
    for person, outlets in sorted(outlets_of.items()):
        if len(outlets) < 2 or people[person]["kind"] == "anonymous":
            continue
        shown = placed.get(person, {})
        joined = len(shown) == 1 and len(next(iter(shown.values()))) >= 2
        where_shown = "; ".join(f"{n!r} in {sorted(k)}" for n, k in shown.items()) or "nowhere"
        why = why_missing(outlets, shown, instead.get(person, {}))
        tally.count(
            "joined across outlets",
            joined,
            f"[{story}] {people[person]['canonical']} (quoted by {sorted(outlets)}): {where_shown}"
            + (f" | missing: {why}" if why else ""),
        )
    for name, persons in sorted(held.items()):
        canon = sorted(people[p]["canonical"] for p in persons)
        tally.count(
            "one person per speaker", len(persons) == 1, f"[{story}] {name!r} holds {canon}"
        )

    _score_figures(gold, articles, brief, people, tally, where)
    _score_dates(gold, articles, tally, where)
    return tally


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _value_right(gold: dict[str, Any], figure: dict[str, Any]) -> bool:
    if gold["qualifier"] == "vague" or figure["qualifier"] == "vague":
        if gold["qualifier"] != figure["qualifier"]:
            return False
        a, b = gold.get("low") or gold.get("value"), figure.get("low") or figure.get("value")
        return bool(a and b) and math.floor(math.log10(a)) == math.floor(math.log10(b))
    if gold.get("value") is None:  # a range: both ends
        return _same(gold.get("low"), figure.get("low")) and _same(
            gold.get("high"), figure.get("high")
        )
    return _same(gold["value"], figure.get("value"))


def _score_figures(gold, articles, brief, people, tally: Tally, where) -> None:
    figures: dict[str, list[dict[str, Any]]] = {}
    for key, article in articles.items():
        figures[key] = [
            {"figure": f, "span": article.raw(f["start"], f["end"]), "gold": None}
            for f in article.record["figures"]
        ]
    located = []  # (gold figure, key, raw span, best predicted row or None)
    for item in gold["figures"]:
        key = item["article"]
        span = locate(articles[key].text, item["text"])
        touching = [row for row in figures[key] if overlap(row["span"], span) > 0]
        best = next((r for r in touching if _value_right(item, r["figure"])), None)
        best = best or (touching[0] if touching else None)
        if best is not None and best["gold"] is None:
            best["gold"] = item
        located.append((item, key, span, best))
    qualities = {
        "value right": lambda item, f: _value_right(item, f),
        "qualifier right": lambda item, f: item["qualifier"] == f["qualifier"],
        "source right": lambda item, f: right_name(
            (f.get("source") or {}).get("name"), people.get(item["source"]), people.values()
        ),
    }
    for item, key, span, best in located:
        tally.count("figures found", best is not None, where(key, span))
        results = []
        for row, test in qualities.items():
            ok = best is not None and test(item, best["figure"])
            results.append(ok)
            detail = "not found"
            if best is not None:
                f = best["figure"]
                detail = (
                    f"got {f['text']!r} value={f['value']} [{f['low']}, {f['high']}] "
                    f"{f['qualifier']} source={(f.get('source') or {}).get('name')!r}; gold "
                    f"value={item['value']} [{item['low']}, {item['high']}] {item['qualifier']} "
                    f"source={people[item['source']]['canonical'] if item['source'] else None!r}"
                )
            tally.count(row, ok, f"{where(key, span)}  {detail}")
        tally.count("value+qualifier+source right", all(results), where(key, span))
    for key, rows in figures.items():
        for row in rows:
            is_gold = row["gold"] is not None or any(
                overlap(row["span"], locate(articles[key].text, item["text"])) > 0
                for item in gold["figures"]
                if item["article"] == key
            )
            tally.count("figure precision", is_gold, where(key, row["span"]))
    for item in gold["not_figures"]:
        key = item["article"]
        span = locate(articles[key].text, item["text"])
        taken = [row["figure"]["text"] for row in figures[key] if overlap(row["span"], span) > 0]
        tally.count(
            "not-figures left alone", not taken, f"{where(key, span)}  ({item['why']}) -> {taken}"
        )

    # clusters in the brief, by their values' places
    document_of = {a.record["document"]["id"]: key for key, a in articles.items()}
    gold_at: dict[tuple[str, int, int], dict[str, Any]] = {}
    for item, key, _span, best in located:
        if best is not None:
            f = best["figure"]
            gold_at[(key, f["start"], f["end"])] = item
    quantities = {q["id"]: q for q in gold["quantities"]}
    cluster_of: dict[tuple[str, int, int], str] = {}
    measure_of: dict[str, str] = {}
    for cluster in brief["figures"]:
        members = []
        measure_of[cluster["id"]] = cluster["measure"]
        for value in cluster["values"]:
            location = value["location"]
            place = (document_of[location["document"]], location["start"], location["end"])
            cluster_of[place] = cluster["id"]
            if place in gold_at:
                members.append(gold_at[place])
        held = {m["quantity"] for m in members}
        label = (
            f"[{gold['triplet'][:8]}] {cluster['measure']!r} ({cluster['status']}): "
            + "; ".join(f"{v['text']} ({v['location']['outlet']})" for v in cluster["values"])
        )
        if len(members) >= 2:
            tally.count("clusters hold one quantity", len(held) == 1, label)
        if cluster["status"] == "disputed":
            real = len(held) == 1 and quantities[next(iter(held))]["status"] == "disputed"
            tally.count("disputes real", real, label)
    by_quantity: dict[str, list[tuple[str, tuple[str, int, int] | None]]] = defaultdict(list)
    where_put: dict[str, list[Placed]] = defaultdict(list)
    for item, key, _span, best in located:
        place = (key, best["figure"]["start"], best["figure"]["end"]) if best else None
        by_quantity[item["quantity"]].append((key, place))
        cluster = cluster_of.get(place) if place else None
        where_put[item["quantity"]].append(
            Placed(
                key,
                item["text"],
                best["figure"]["text"] if best else None,
                cluster,
                measure_of.get(cluster or ""),
            )
        )
    for quantity, members in sorted(by_quantity.items()):
        if len({key for key, _ in members}) < 2:
            continue
        found = [(key, cluster_of.get(place)) for key, place in members if place]
        clusters = {c for _, c in found}
        joined = len(clusters) == 1 and None not in clusters and len({k for k, _ in found}) >= 2
        tally.count(
            "quantities joined",
            joined,
            f"[{gold['triplet'][:8]}] {quantity} {quantities[quantity]['what']!r}: "
            + where_each_went(where_put[quantity]),
        )


@dataclass
class Placed:
    """Where one gold figure of a quantity went: its outlet, the gold's words, the predicted
    figure that stands for it (None: not found) and that figure's cluster in the brief (None:
    in none, a figure the merge leaves out) with the cluster's measure."""

    outlet: str
    gold: str
    found: str | None
    cluster: str | None
    measure: str | None


def where_each_went(placed: list[Placed]) -> str:
    """A "quantities joined" miss, per gold figure: not found, found in no cluster, or found
    in a cluster (its id and measure), so that the misses sort themselves into extraction
    misses (one outlet's figure not found), figures the merge leaves out, and merge splits
    (every figure found, in two clusters or more)."""
    parts = []
    for one in placed:
        if one.found is None:
            parts.append(f"{one.outlet} not found ({one.gold[:50]!r})")
        elif one.cluster is None:
            parts.append(f"{one.outlet} {one.found!r} in no cluster")
        else:
            parts.append(f"{one.outlet} {one.found!r} in {one.cluster} {one.measure!r}")
    return "; ".join(parts)


def _in_week(day: str, week: str) -> bool:
    try:
        year, number = week.split("-W")
        return date.fromisoformat(day).isocalendar()[:2] == (int(year), int(number))
    except ValueError:
        return False


def date_right(when: dict[str, Any], item: dict[str, Any]) -> bool:
    """Whether a predicted date is the gold's ISO date at the gold's precision, or a week,
    range or season the gold gives by a day inside it or its first part (see "dates")."""
    iso, precision = when.get("iso"), when.get("precision")
    if not iso:
        return False
    return (
        (iso == item["iso"] and precision == item["precision"])
        or (precision == "week" and item["precision"] == "day" and _in_week(item["iso"], iso))
        or (precision == "range" and iso.split("/")[0] == item["iso"])
        or (precision == "season" and _season_right(iso, item))
    )


def _season_right(iso: str, item: dict[str, Any]) -> bool:
    """A season ("last summer": 2012-06/2012-08) for the gold's first month of it (2012-06) or
    for its year (2012): the gold format has no season, and the gold gives one as its year
    ("last fall", "Last summer", "summer of 2012", "the fall of 1980": every season in the
    twelve tuning folders)."""
    first = iso.split("/")[0]
    if item["precision"] == "month":
        return first == item["iso"]
    return item["precision"] == "year" and first[:4] == item["iso"]


def _score_dates(gold, articles, tally: Tally, where) -> None:
    spans: dict[str, list[tuple[tuple[int, int], dict[str, Any]]]] = {}
    for key, article in articles.items():
        rows = []
        for event in article.record["events"]:
            when = event.get("date") or {}
            if when.get("start") is not None:
                rows.append((article.raw(when["start"], when["end"]), when))
        spans[key] = rows
    for item in gold["events"]:
        key = item["article"]
        text = articles[key].text
        outer = locate(text, item["text"])
        span = locate(text, item["date_text"], outer)
        touching = [(overlap(s, span), when) for s, when in spans[key] if overlap(s, span) > 0]
        when = max(touching, key=lambda t: t[0])[1] if touching else None
        tally.count("dates found", when is not None, where(key, span))
        right = when is not None and date_right(when, item)
        got = (
            f"{when.get('text')!r} -> {when.get('iso')} ({when.get('precision')})" if when else "-"
        )
        tally.count(
            "dates resolved right",
            right,
            f"{where(key, outer)}  [{item['date_text']!r}: gold {item['iso']} "
            f"({item['precision']}), got {got}; published {gold['published'][key]}]",
        )


# --- report --------------------------------------------------------------------------------

# The tally's row keys: statement rows are plain, figure and date rows are prefixed where a
# name is shared.
KEYS = {
    ("statements", "found"): "found",
    ("statements", "precision"): "statement precision",
    ("figures", "found"): "figures found",
    ("figures", "precision"): "figure precision",
    ("dates", "found"): "dates found",
    ("dates", "resolved right"): "dates resolved right",
}


def key_of(part: str, row: str) -> str:
    return KEYS.get((part, row), row)


def table(per_story: dict[str, Tally], total: Tally) -> str:
    names = list(per_story)
    lines = [
        "| part | row | " + " | ".join(n[:8] for n in names) + " | all |",
        "| --- | --- | " + " | ".join("---:" for _ in names) + " | ---: |",
    ]
    for part, row in ROWS:
        key = key_of(part, row)
        cells = []
        for tally in [*(per_story[n] for n in names), total]:
            n = tally.n[key]
            cells.append(f"{tally.hits[key]}/{n}" if n else "–")
        ratio = total.ratio(key)
        cells[-1] = f"**{ratio:.2f}** ({cells[-1]})" if ratio is not None else cells[-1]
        lines.append(f"| {part} | {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path, help="story gold folder, e.g. ../shared/data/basil-gold")
    parser.add_argument("--basil", type=Path, help="BASIL folder (default: beside the gold)")
    parser.add_argument(
        "--polnear", type=Path, help="PolNeAR folder, for PolNeAR stories (default: beside BASIL)"
    )
    parser.add_argument("--misses", action="append", default=[], help="print a row's misses")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    basil = args.basil or args.gold.parent / "basil"
    files = sorted(args.gold.glob("*.json"))
    if not files or not (basil / "articles").is_dir():
        sys.exit(f"{args.gold}: no gold *.json, or {basil}: no articles/ folder")
    started = time.perf_counter()
    articles = 0
    per_story: dict[str, Tally] = {}
    total = Tally()
    with tempfile.TemporaryDirectory(prefix="story-") as workdir:
        for path in files:
            gold = json.loads(path.read_text("utf-8"))
            articles += len(gold["articles"])
            per_story[gold["triplet"]] = score_story(gold, basil, Path(workdir), args.polnear)
            total.add(per_story[gold["triplet"]])
    if args.json:
        rows = {
            f"{part}: {row}": {
                "hits": total.hits[key_of(part, row)],
                "n": total.n[key_of(part, row)],
                "ratio": total.ratio(key_of(part, row)),
            }
            for part, row in ROWS
        }
        print(json.dumps(rows, indent=2))
    else:
        seconds = time.perf_counter() - started
        print(f"{len(files)} stories, {articles} articles, {seconds:.0f} s\n")
        print(table(per_story, total))
    wanted = {m.casefold() for m in args.misses}
    for part, row in ROWS:
        key = key_of(part, row)
        if key.casefold() in wanted or row.casefold() in wanted or "all" in wanted:
            print(f"\n## misses: {part}: {row} ({len(total.misses[key])})")
            for line in total.misses[key]:
                print(f"- {line}")


if __name__ == "__main__":
    main()
