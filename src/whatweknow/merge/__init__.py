"""Merge the per-document records of a set of documents into one ledger.

    ledger = merge(store, store.select(about="north korean troops"))

The ledger holds: syndication groups (copies folded), speakers merged across documents with
their statements, figure clusters with status and Admiralty grade, the timeline, the questions.
Everything in it points back at a document and character offsets; nothing is invented.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

import orjson

from .. import lexicon
from ..settings import Settings, load_settings
from . import figures as figure_clusters
from .people import People, by_surname, joined_names, loose
from .syndication import Linker, groups, wire_credit
from .timeline import timeline as dated

__all__ = ["Linker", "clusters", "merge", "speaker", "speaker_names", "speakers_index"]

# Statements of one speaker in several outlets that share this much of their words are one.
SAME_STATEMENT = 0.5
_WORD = re.compile(r"\w+")
# Numbers in a statement: two retellings of one claim do not each give a number the other
# lacks ("about 3,000 troops" is not "about 10,000 troops").
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def merge(
    store: Any,
    documents: list[dict[str, Any]],
    settings: Settings | None = None,
    limit: int | None = None,
) -> dict:
    """The ledger of `documents`; with a `limit`, only that many speakers (the most quoted),
    figure clusters (disputed first, then the largest), timeline events (the most reported)
    and questions, and `more` counts what was left out. Figure clusters are kept in the store
    as documents arrive, so a brief reads them rather than recomputing them."""
    context = _Context(store, documents, settings)
    ids, ref, root = context.ids, context.ref, context.root
    more: dict[str, int] = {}
    speakers = _speakers(store, ids, context.people, ref, root, limit, more)
    clusters = _figures(
        store, ids, context.people, ref, context.independent, context.reliability, limit, more
    )
    dates = sorted(d["published"][:10] for d in documents if d.get("published"))
    timeline, background = dated(
        store, ids, ref, root, dates[0] if dates else None, limit, more, context.people
    )
    questions = _questions(store, ids, ref, root, context.people)
    if limit is not None and len(questions) > limit:
        more["questions"] = len(questions) - limit
        questions = questions[:limit]
    outlets = sorted({d.get("outlet") or "unknown outlet" for d in documents})
    copies = {i: root[i] for i in ids if root[i] != i}
    return {
        "documents": documents,
        "copies": copies,
        "wires": {i: w for i, w in context.wires.items() if w},
        "coverage": {
            "articles": len(ids),
            "independent_articles": len(set(root.values())),
            "copies_folded": len(copies),
            "outlets": outlets,
            "from": dates[0] if dates else None,
            "to": dates[-1] if dates else None,
        },
        "speakers": speakers,
        "figures": clusters,
        "timeline": timeline,
        "background": background,
        "questions": questions,
        "more": more,
    }


class _Context:
    """What every part of the merge reads about a set of documents: their copies and wire
    credits (so copies never count as independent), the names that tie speakers across them,
    the reliability grades, and `ref`, a citation of a span of one of them."""

    def __init__(
        self, store: Any, documents: list[dict[str, Any]], settings: Settings | None = None
    ):
        settings = settings or load_settings()
        self.ids = [d["id"] for d in documents]
        self.by_id = {d["id"]: d for d in documents}
        texts = store.texts(self.ids, length=200)  # a wire credit is in the metadata or dateline
        self.root = groups(store.copies(), self.ids)
        self.wires = {i: wire_credit(self.by_id[i], texts.get(i, "")) for i in self.ids}
        self.independent = {i: self.wires[i] or self.root[i] for i in self.ids}
        self.people = People(
            store.names(self.ids), lambda surnames: store.namesakes(self.ids, surnames)
        )
        totals = store.speaker_totals(self.ids)
        if nicknamed := self.people.nicknamed():
            self.people.know_people_said(
                (
                    (document_id, s["speaker"]["name"], s["content"]["text"])
                    for document_id, s in store.statements_by(
                        self.ids, sorted({name for name, kind, _, _ in totals if kind == "person"})
                    )
                ),
                nicknamed,
            )
        self.people.know_groups((name, kind) for name, kind, _, _ in totals)
        documents = sorted({name for name, kind, _, _ in totals if kind == "document"})
        if documents:
            self.people.know_said(
                (document_id, s["speaker"]["name"], s["content"]["text"])
                for document_id, s in store.statements_by(self.ids, documents)
                if s["speaker"].get("kind") == "document"
            )
        quoted = sorted({name for name, kind, _, _ in totals if kind in ("group", "anonymous")})
        if quoted:
            self.people.know_told_apart(
                (document_id, name, kind)
                for document_id, name, kind, _, _, _ in store.speaker_counts(self.ids, quoted)
            )
        self.people.know_speakers((name, kind) for name, kind, _, _ in totals)
        self.people.name_groups((name, kind, n) for name, kind, _, n in totals)
        self.reliability = _reliability(settings)

    def ref(self, document_id: str, start: int, end: int) -> dict[str, Any]:
        doc = self.by_id[document_id]
        return {
            "document": document_id,
            "start": start,
            "end": end,
            "outlet": doc.get("outlet"),
            "published": doc.get("published"),
            "title": doc.get("title"),
        }


def speaker(
    store: Any, documents: list[dict[str, Any]], name: str, settings: Settings | None = None
) -> dict[str, Any] | None:
    """The speaker `name` stands for in `documents`, with every statement, exactly as the brief
    of the same documents shows them: "Pelosi", "Nancy Pelosi" or any name the records give
    them finds the one speaker the merge makes of them (None when no one, or several, fit)."""
    context = _Context(store, documents, settings)
    _, spelled = _tally(store, context.ids, context.people)
    for member, names in _joint(store, context.ids, context.people)[1].items():
        spelled[member] |= names  # "Cancian" reaches "Mr. Madden and Mr. Cancian said"
    found = context.people.resolve(name, spelled)
    if not found:
        return None
    canonical = next(iter(found))
    found = _speakers(
        store, context.ids, context.people, context.ref, context.root, None, {}, only={canonical}
    )
    return found[0] if found else None


def speaker_names(
    store: Any,
    documents: list[dict[str, Any]],
    document_id: str,
    names: list[str],
    settings: Settings | None = None,
) -> dict[tuple[str, str | None, str | None], str]:
    """How the brief of `documents` names the speakers `names` of one of them: (the name the
    document's record gives, kind, entity id) -> the merged name ("Carney" -> "Jay Carney",
    "Paul D. Ryan" -> "Paul Ryan"), as `speakers_index` lists them."""
    context = _Context(store, documents, settings)
    found = {}
    for _document, name, kind, entity, facts, _count in store.speaker_counts(
        [document_id], sorted(set(names))
    ):
        canonical = context.people.canonical(name, kind, _facts(facts))
        if canonical:
            found[(name, kind, entity)] = canonical
    return found


def speakers_index(
    store: Any, documents: list[dict[str, Any]], settings: Settings | None = None
) -> list[dict[str, Any]]:
    """Every speaker of `documents` as the brief merges them, the most quoted first: name,
    kind, statements, the names the records give them and the outlets that quote them. The
    statements are counted as stored, from the store's totals, which know nothing of relays: a
    line relaying another's words counts for its teller too, where the brief shows it once,
    under the one it relays ("via" the teller). A gap, said on /speakers: telling relays needs
    every statement read, which the totals are there to spare."""
    context = _Context(store, documents, settings)
    tally, spelled = _tally(store, context.ids, context.people)
    outlets: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, str] = {}
    raw = sorted({name for names in spelled.values() for name in names})
    for document_id, name, kind, _entity, facts, _count in store.speaker_counts(context.ids, raw):
        canonical = context.people.canonical(name, kind, _facts(facts))
        outlets[canonical].add(context.by_id[document_id].get("outlet") or "unknown outlet")
        kinds.setdefault(canonical, kind)
    return [
        {
            "name": name,
            "kind": kinds.get(name),
            "statements_in_coverage": tally[name],
            "names": sorted(spelled[name]),
            "outlets": sorted(outlets[name]),
        }
        for name in sorted(tally, key=lambda n: (-tally[n], n))
    ]


def clusters(
    store: Any,
    documents: list[dict[str, Any]],
    settings: Settings | None = None,
    *,
    only: set[int] | None = None,
    status: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """The figure clusters of `documents` as the brief judges them (`only` these cluster
    numbers; of one `status`), the `limit` from `offset` on in the brief's order, and how many
    there are in all."""
    context = _Context(store, documents, settings)
    total: list[int] = []
    clusters = _figures(
        store,
        context.ids,
        context.people,
        context.ref,
        context.independent,
        context.reliability,
        limit,
        {},
        only=only,
        status=status,
        offset=offset,
        total=total,
    )
    return clusters, total[0]


def _reliability(settings: Settings) -> dict[str, str]:
    table = settings.get("reliability", {})
    sources = {loose(k): v for k, v in (table.get("sources") or {}).items()}
    sources[""] = table.get("default", "F")
    return sources


def _grade(reliability: dict[str, str], source: str | None, outlet: str | None) -> str:
    for key in (loose(source or ""), loose(outlet or "")):
        if key and key in reliability:
            return reliability[key]
    return reliability[""]


def _speakers(
    store: Any,
    ids: list[str],
    people: People,
    ref: Any,
    root: dict[str, str],
    limit: int | None,
    more: dict[str, int],
    only: set[str] | None = None,
) -> list[dict[str, Any]]:
    # Rank the speakers on counts the store keeps, then read the statements of those shown:
    # all of them, or with a limit the latest `limit` of each.
    tally, spelled = _tally(store, ids, people)
    members_of, member_spelled = _joint(store, ids, people)
    shown = sorted(tally, key=lambda n: (-tally[n], n))
    if only is not None:
        # one speaker's page: their own statements and those they made jointly with others
        shown = [name for name in shown if name in only]
        shown += sorted(n for n in only & set(member_spelled) if n not in shown)
        named_jointly = _named_jointly(tally, people)
        shown += sorted(n for n in only & set(named_jointly) if n not in shown)
    if limit is not None and len(shown) > limit:
        more["speakers"] = len(shown) - limit
        shown = shown[:limit]
    wanted = set(shown)
    raw = sorted({name for canonical in shown for name in spelled[canonical]})
    names: dict[tuple[str, str, str, str | None], tuple[str, dict[str, Any]]] = {}
    counted: list[tuple[str, str, int]] = []  # (canonical, document id, statements)
    quoted_by: dict[str, set[str]] = defaultdict(set)
    position = {document_id: n for n, document_id in enumerate(ids)}
    described: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for document_id, name, kind, entity_id, facts, count in store.speaker_counts(ids, raw):
        entity = _facts(facts)
        canonical = people.canonical(name, kind, entity)
        names[(document_id, name, kind, entity_id)] = (canonical, entity)
        counted.append((canonical, document_id, count))
        quoted_by[canonical].add(ref(document_id, 0, 0)["outlet"] or "unknown outlet")
        described[canonical].append((position[document_id], entity))
    # descriptors and affiliations from every article naming them, in the articles' order:
    # the same for a brief that shows some of their statements and for their page (all)
    descriptions: dict[str, tuple[list[str], list[str]]] = {}
    for canonical, found in described.items():
        said: list[str] = []
        affiliations: list[str] = []
        for _, entity in sorted(found, key=lambda f: f[0]):
            said += [d for d in entity.get("descriptors") or [] if d not in said]
            affiliation = entity.get("affiliation")
            if affiliation and affiliation not in affiliations:
                affiliations.append(affiliation)
        said += [d for d in people.descriptors.get(canonical, []) if d not in said]
        descriptions[canonical] = (said, affiliations)
    if limit is None:
        statements = store.statements_by(ids, raw)
    else:
        order = {document_id: n for n, document_id in enumerate(ids)}
        taken: dict[str, int] = defaultdict(int)
        documents = set()
        for canonical, document_id, count in sorted(counted, key=lambda c: -order[c[1]]):
            if canonical in wanted and taken[canonical] < limit:
                taken[canonical] += count
                documents.add(document_id)
        statements = store.statements_by([i for i in ids if i in documents], None)
    statements = list(statements)
    reporters, relays = _reporters(store, ids, statements, people, names)
    grouped: dict[str, dict[str, Any]] = {}
    for document_id, statement in statements:
        if (document_id, statement["id"]) in relays:
            continue  # shown as the quote's "via": "…,” Mr. Steele said, according to a video"
        speaker = statement["speaker"]
        key = (document_id, speaker.get("name"), speaker.get("kind"), speaker.get("entity"))
        if key not in names:  # unresolved
            continue
        name, _ = names[key]
        if name not in wanted:
            continue
        entry = grouped.setdefault(
            name, _entry(name, speaker["kind"], descriptions.get(name), tally[name])
        )
        members = members_of.get((document_id, statement["id"]))
        if members:  # "Mr. Madden and Mr. Cancian": each member as the merge names them
            entry.setdefault("members", [])
            entry["members"] += [m for m in members if m not in entry["members"]]
        item = _item(document_id, statement, name, ref, root, reporters)
        _add(entry, item, statement)
    if only is not None:
        joint = sorted({n for name in wanted for n in member_spelled.get(name, ())})
        seen: set[tuple[str, str]] = set()
        for document_id, statement, member, kind, facts in store.statements_with(ids, joint):
            name = people.canonical(member, kind, _facts(facts))
            if name not in wanted:
                continue
            seen.add((document_id, statement["id"]))
            entity = _facts(facts)  # a member quoted only jointly: what the text says of them
            described = descriptions.get(name) or (
                list(entity.get("descriptors") or []),
                [entity["affiliation"]] if entity.get("affiliation") else [],
            )
            entry = grouped.setdefault(name, _entry(name, kind, described, 0))
            entry["statements_in_coverage"] += 1
            quoted_by[name].add(ref(document_id, 0, 0)["outlet"] or "unknown outlet")
            item = _item(document_id, statement, name, ref, root, reporters)
            # said jointly: the joint source as the merge names it ("Madden and Cancian")
            said = statement["speaker"]
            item["with"] = people.canonical(said.get("name"), said.get("kind")) or said["name"]
            _add(entry, item, statement)
        # a joint source whose members the records do not list, named as one by the merge
        # ("Justices Kennedy and Samuel A. Alito Jr. said" is "Samuel A. Alito Jr. and Anthony
        # Kennedy"): its statements on each member's page too
        for together in sorted({j for name in wanted for j in named_jointly.get(name, ())}):
            for document_id, statement in store.statements_by(ids, sorted(spelled[together])):
                if (document_id, statement["id"]) in seen:
                    continue
                for name in sorted(wanted & set(joined_names(together))):
                    entry = grouped.setdefault(
                        name, _entry(name, "person", descriptions.get(name), 0)
                    )
                    entry["statements_in_coverage"] += 1
                    quoted_by[name].add(ref(document_id, 0, 0)["outlet"] or "unknown outlet")
                    item = _item(document_id, statement, name, ref, root, reporters)
                    item["with"] = together
                    _add(entry, item, statement)
    ordered = sorted(grouped.values(), key=lambda s: (-tally[s["name"]], s["name"]))
    for entry in ordered:
        for scratch in ("_index", "_words", "_exact", "_numbers"):
            entry.pop(scratch, None)
        # every outlet quoting them in the coverage, the statements shown or not
        entry["outlets"] = sorted(quoted_by[entry["name"]])
    return ordered


def _entry(
    name: str, kind: str, described: tuple[list[str], list[str]] | None, count: int
) -> dict[str, Any]:
    descriptors, affiliations = described or ([], [])
    return {
        "name": name,
        "kind": kind,
        "descriptors": list(descriptors),
        "affiliations": list(affiliations),
        "statements": [],
        "statements_in_coverage": count,
    }


def _item(
    document_id: str,
    statement: dict[str, Any],
    name: str,
    ref: Any,
    root: dict[str, str],
    reporters: dict[tuple[str, str], str],
) -> dict[str, Any]:
    """A statement as a brief lists it under the speaker `name`."""
    content = statement["content"]
    via = reporters.get((document_id, statement.get("nested_in")))
    if via == name:
        via = None
    return {
        "id": f"{document_id}/{statement['id']}",
        "text": FRAGMENT_GAP.join(shown_fragments(statement)),
        "fragments": shown_fragments(statement),
        "cue": (statement.get("cue") or {}).get("text"),
        "form": statement["form"],
        "hedged": (statement.get("certainty") or {}).get("hedged", False),
        "negated": bool(statement.get("negated")),
        "basis": (statement.get("certainty") or {}).get("basis"),
        "source": ref(document_id, content["start"], content["end"]),
        "copy_of": root[document_id] if root[document_id] != document_id else None,
        "via": via,  # who reports it: "South Korea fears …" per Chun
        # and the statement that does, which the brief may show only as this "via" (`_relay`,
        # `_retold`): the relay is never lost
        "via_statement": f"{document_id}/{statement['nested_in']}" if via else None,
        "also_in": [],
    }


def _add(entry: dict[str, Any], item: dict[str, Any], statement: dict[str, Any]) -> None:
    """Add a statement to its speaker, or to the same words another outlet gave them."""
    words = _content_words(statement["content"]["text"])
    numbers = _numbers(item["text"])
    same = _same_statement(entry, item, words, numbers)
    if same is not None:
        # the other outlet's own words: its citation quotes what it opens; and who relays them
        # there, where the line shown names no one or another (`_reporters`): "“I will not
        # resign,” he said after a reconciliation meeting with Gattine, according to the Boston
        # Globe" beside the Times's "said Mr. LePage" (BASIL 7a97de89): the relay is never lost
        via = {"via": item["via"]} if item["via"] and item["via"] != same["via"] else {}
        # its form and fragments, so that each piece of a direct quote is shown in its own
        # quotation marks, and only those (`brief.html.marked`)
        same["also_in"].append(
            {
                **item["source"],
                "text": item["text"],
                "fragments": item["fragments"],
                "form": item["form"],
                **via,
            }
        )
    else:
        _remember(entry, item, words, numbers)


def _joint(
    store: Any, ids: list[str], people: People
) -> tuple[dict[tuple[str, str], list[str]], dict[str, set[str]]]:
    """The members of each joint statement as the merge names them ((document id, statement
    id) -> names, by surname), and the names the records give each member."""
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    spelled: dict[str, set[str]] = defaultdict(set)
    for document_id, statement_id, name, kind, facts in store.statement_members(ids):
        canonical = people.canonical(name, kind, _facts(facts))
        if canonical not in members[(document_id, statement_id)]:
            members[(document_id, statement_id)].append(canonical)
        spelled[canonical].add(name)
    # in the order the joint source's name gives them (`People.joint`), whatever the text's
    return {k: sorted(v, key=by_surname) for k, v in members.items()}, dict(spelled)


# Between the fragments of a quote split by its cue: "“We will win,” she said. “It is ours.”"
# shows as "We will win … It is ours."; the cue and the reporter's words are never inside it.
FRAGMENT_GAP = " … "
_LINE_BREAK = re.compile(r"\s*\n\s*")


def shown_fragments(statement: dict[str, Any]) -> list[str]:
    """What a brief shows of a statement: its words, and only its words (each fragment as the
    text has it), never the reporter's words between them; a line break inside a fragment
    (it would break a list item) as one space. Words that hold their speaker and cue ("the
    legislation that critics said would legalize discrimination", `_around_its_cue`) show
    around them."""
    fragments = statement.get("fragments") or [statement["content"]]
    shown = [_LINE_BREAK.sub(" ", f["text"]) for f in fragments]
    if len(shown) == 1:
        shown = _around_its_cue(statement, shown[0])
    return shown


def _around_its_cue(statement: dict[str, Any], text: str) -> list[str]:
    """A statement's words that hold its speaker and cue, shown as the words before the
    speaker and those after the cue: "the legislation that critics said would legalize
    discrimination against gay people" (BASIL 2742e9c1, the round-62 reviewer: "Critics —
    said: the legislation that critics said …") is "the legislation … would legalize
    discrimination against gay people", "the bill, which he said “threatens to undermine the
    spirit of inclusion.”" "the bill … “threatens to undermine …”". The relative word and
    the marks before the speaker go with it; [text] where the speaker or cue stands outside
    the words, or either side would be empty."""
    content = statement["content"]
    cue = statement.get("cue") or {}
    mention = (statement.get("speaker") or {}).get("mention") or {}
    if not cue or not mention or "start" not in mention:
        return [text]
    start, end = content["start"], content["end"]
    if not (start < mention["start"] < cue["start"] and cue["end"] < end):
        return [text]
    if len(text) != end - start:
        return [text]  # a line break the text had: offsets no longer index it
    before = _RELATIVE_END.sub("", text[: mention["start"] - start])
    after = text[cue["end"] - start :].strip()
    if before.lower() in _RELATIVE_WORDS or not after or _CUES_OWN.match(after):
        return [text]
    return [before, after] if before else [text]


# What ends the words before a speaker inside a statement's words: the relative word that
# opens the speaker's clause (with its preposition: "the latter of whom"), and the marks and
# spaces around it.
_RELATIVE_END = re.compile(
    r"(?:[\s,—–-]+(?:(?:of|to|for|with|by|from|about)\s+)?(?:that|which|who|whom))?[\s,—–-]*$",
    re.I,
)
# Words before a speaker that name no thing of their own ("what many Democrats felt …").
_RELATIVE_WORDS = frozenset({"", "what", "which", "who", "whom", "that", "whose"})
# What the cue itself takes after it, which would read as the thing's own predicate without
# the cue ("the redistricting process that Frank blamed for his exit", "The state pension
# system he vowed to fix", "he confirmed speaking with"): such words stay whole.
_CUES_OWN = re.compile(r"(?i)(?:of|for|as|to|with|from|by|about|on|in|into|against)\b|\w+ing\b")


def _reporters(
    store: Any,
    ids: list[str],
    statements: list[tuple[str, dict[str, Any]]],
    people: People,
    names: dict[tuple[str, str, str, str | None], tuple[str, dict[str, Any]]],
) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """(document id, statement id) -> the name of who reports that statement, for statements
    nested in it ("The South fears that …, said Chun": Chun); and those of them that only
    relay a quote (`_relay`) or retell one statement whole (`_retold`), which a brief shows
    as the inner statement's "via", not twice. A speaker is named as the brief's headings
    name them (`names`, from what their article says of them) where the brief shows them:
    the NYT's "The president castigated …" is Donald Trump's, not the Trump its title's
    bare "Trump" was filed under (BASIL d16050b3, "via Melania Trump")."""

    def named(document_id: str, speaker: dict[str, Any]) -> str | None:
        key = (document_id, speaker.get("name"), speaker.get("kind"), speaker.get("entity"))
        if key in names:
            return names[key][0]
        return people.canonical(speaker.get("name"), speaker.get("kind"))

    inner: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for document_id, statement in statements:
        if statement.get("nested_in"):
            inner[(document_id, statement["nested_in"])].append(statement)
    if not inner:
        return {}, set()
    found = {}
    relays: dict[tuple[str, str], str] = {}  # the relaying statement -> the one it relays
    for document_id, outer in store.records("statements", ids, only=set(inner)):
        name = named(document_id, outer["speaker"])
        if name:
            found[(document_id, outer["id"])] = name
            told = inner[(document_id, outer["id"])]
            if _relay(outer, told[-1]) or (
                len(told) == 1
                and _retold(outer, told[0])
                and named(document_id, told[0]["speaker"]) != name
                # "Schiff maintained his strong belief that …": his own, said once
            ):
                relays[(document_id, outer["id"])] = told[-1]["id"]
    # a relay of a relay keeps its line, for the line that would name it is not shown: "In
    # particular, The New York Times reported that Trump asked Comey …, according to a memo
    # Comey wrote" (BASIL 72fa9b13) shows Trump's words via the Times, and the memo's line
    return found, {key for key, told in relays.items() if (key[0], told) not in relays}


def _relay(outer: dict[str, Any], quoted: dict[str, Any]) -> bool:
    """ "“…,” Mr. Steele said, according to a video of his remarks": a statement after
    "according to" whose content is the quote nested in it up to the quote's own cue, where
    the writer found the quote, no words of its own (BASIL 2b95d2cf, d4a4bc34, 1e41e98b;
    PolNeAR train Breitbart 2016-07-25). A reader saw the quote twice, once as the video's."""
    cue, said = outer.get("cue") or {}, quoted.get("cue") or {}
    if not (cue.get("text") or "").lower().startswith("according") or not said:
        return False
    content, words = outer["content"], quoted["content"]
    return (
        words["start"] - 1 <= content["start"] <= words["start"]
        and said["start"] < content["end"] <= said["end"]
    )


# What may stand between a retelling's content and the statement it retells: marks and "that"
# ("According to Bloomberg, unnamed sources believe …"; "said that the South fears …").
_RETOLD_EDGE = re.compile(r"""(?i)^[\s"'“”‘’,.;:!?()-]*(?:that\b[\s"'“”‘’]*)?$""")
# What may stand between the retold speaker and their cue: a few words of time or aspect ("Mitt
# Romney on Wednesday reiterated", "Biden had informed"), never a verb of its own before "to"
# ("the agents seemed to think", "the party had to admit") nor a deed ("his own son had signed
# a petition urging him …").
_RETOLD_GAP = 3
# Where a writer gives the source of a sentence ("…, according to The Hill"; "citing …"), the
# sentence's own framing of the retold act stays inside the source's content: a fronted phrase
# of time or occasion before it ("In January, Trump asserted …"; "At one point, he said …") and
# one after it ("… Cruz said at a press conference after a Wisconsin rally"; "… Clinton said
# Monday in Cheyenne"; "… Mr. Trump responded after Senator Chuck Schumer … posed the
# question"), each opening with a preposition, a subordinator of time or a day. They tell when
# and where the inner speaker said it, not a claim of the source's own (BASIL 3ae35b16,
# 0d10341a, 59f2f47c); a clause of its own joined by "and", "but" or a semicolon is one ("…, but
# Mr. McConnell …"). The fronted phrase has no comma of its own and is up to 60 characters: the
# longest of BASIL's 72 stories' sourced retellings is 48 ("While serving as a senator from New
# York in 2007,").
_SOURCED_CUES = ("according to", "citing")
_FRAMING = (
    r"(?:in|on|at|during|after|before|earlier|later|last|since|while|when"
    r"|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_FRAMING_HEAD = re.compile(rf"""(?i)^\s*{_FRAMING}[^,;:"“”]{{1,60}},\s*$""")
_FRAMING_TAIL = re.compile(rf"""(?i)^\s*{_FRAMING}[^;:"“”]*?[\s"'“”‘’.,;:!?)]*$""")
_OWN_CLAUSE = re.compile(r"(?i)[,;]\s*(?:and|but|or|yet|so)\b|;")


def _retold(outer: dict[str, Any], told: dict[str, Any]) -> bool:
    """ "According to Bloomberg, unnamed sources believe that Pyongyang may …", "The South
    fears that …, said Lt (retd) Chun", "The Washington Post reported that Lauten had
    confirmed that …": a statement whose content is the one statement nested in it, whole
    (its speaker, cue and words) and no words of its own, is one claim: the inner speaker's,
    relayed by the outer one. A reader saw it twice, under each speaker (the seed twice;
    BASIL 76945c36, 08b29e71, 4ca3b2e5); it is shown once, under the inner speaker, via the
    outer. Not where the outer denies it, disputes it or only believes it ("LePage believed
    that a lawmaker had called him a racist": his belief, not the lawmaker's words; "the White
    House denied that Mr. Trump said …"), nor a quote (the outer speaker's own words). A
    source's cue ("according to", "citing") also lets the content hold a phrase of when or
    where the inner speaker said it, before or after it (`_FRAMING_HEAD`, `_FRAMING_TAIL`)."""
    if outer.get("fragments") or outer.get("form") == "direct" or _denied(outer):
        return False
    if _relays_nothing((outer.get("cue") or {}).get("text") or ""):
        return False
    mention = (told.get("speaker") or {}).get("mention") or {}
    cue = told.get("cue") or {}
    if "start" not in mention or "start" not in cue:
        return False
    spans = [mention, cue, told["content"], *(told.get("fragments") or [])]
    first, last = min(s["start"] for s in spans), max(s["end"] for s in spans)
    content = outer["content"]
    if not content["start"] <= first < last <= content["end"]:
        return False
    text = content["text"]
    head = text[: first - content["start"]]
    tail = text[last - content["start"] :]
    before, after = sorted((mention, cue), key=lambda s: s["start"])
    if before["end"] > after["start"]:
        return False  # a speaker that holds its own cue ("those calling for …") says nothing
    gap = text[before["end"] - content["start"] : after["start"] - content["start"]].split()
    sourced = ((outer.get("cue") or {}).get("text") or "").lower().startswith(_SOURCED_CUES)
    return (
        (bool(_RETOLD_EDGE.match(head)) or (sourced and bool(_FRAMING_HEAD.match(head))))
        and (
            not tail.strip(" \t\n\"'“”‘’.,;:!?)")
            or (sourced and bool(_FRAMING_TAIL.match(tail)) and not _OWN_CLAUSE.search(tail))
        )
        and len(gap) <= _RETOLD_GAP
        and "to" not in (w.lower() for w in gap)
        and not _a_claim_named(mention, cue, gap)
    )


def _a_claim_named(mention: dict[str, Any], cue: dict[str, Any], gap: list[str]) -> bool:
    """A claim named as a thing, whose it is ("Clinton's refusal to say", "Mr. Moore’s
    assertion that", "his strong belief that", "claims by Democrats that"): what the outer
    speaker does with it (questioned it, echoed it, maintained it) is their own statement,
    not a relay of the claim (BASIL cfac18d8, 0985928a, 1f72f6ec)."""
    if cue["start"] < mention["start"]:
        return [w.lower() for w in gap] in (["by"], ["of"])
    said = (mention.get("text") or "").lower()
    return (
        said.rsplit(" ", 1)[-1] in lexicon.POSSESSIVE_DETERMINERS
        or said.endswith(("'s", "’s", "s'", "s’"))
        or (bool(gap) and gap[0].startswith(("'", "’")))
    )


def _denied(statement: dict[str, Any]) -> bool:
    return bool(statement.get("negated") or (statement.get("certainty") or {}).get("negated"))


# Cues whose clause is no claim they relay: a belief ("believes", "thought", "fears") or a
# denial ("denied", "disputes").
_NOT_RELAYING = lexicon.BELIEF_VERBS | lexicon.DENIAL_VERBS


def _relays_nothing(cue: str) -> bool:
    """A cue whose first word is one of `_NOT_RELAYING`, by its regular or irregular forms
    (`lexicon.verb_lemmas`)."""
    word = (cue.split() or [""])[0].lower()
    return bool(({word} | lexicon.verb_lemmas(word)) & _NOT_RELAYING)


def _named_jointly(tally: dict[str, int], people: People) -> dict[str, list[str]]:
    """Each person of the coverage -> the joint speakers (as the merge names them) that name
    them among their members: "Samuel A. Alito Jr." -> ["Samuel A. Alito Jr. and Anthony
    Kennedy"]."""
    found: dict[str, list[str]] = defaultdict(list)
    for together in tally:
        if len(joined_names(together)) > 1 and people.joint(together) == together:
            for member in joined_names(together):
                found[member].append(together)
    return dict(found)


def _tally(
    store: Any, ids: list[str], people: People
) -> tuple[dict[str, int], dict[str, set[str]]]:
    """Statements per speaker as the merge names them, and the names the records give each."""
    tally: dict[str, int] = defaultdict(int)
    spelled: dict[str, set[str]] = defaultdict(set)  # canonical -> the names in the records
    for name, kind, facts, count in store.speaker_totals(ids):
        canonical = people.canonical(name, kind, _facts(facts))
        tally[canonical] += count
        spelled[canonical].add(name)
    return tally, spelled


@lru_cache(maxsize=65_536)
def _facts(text: str | None) -> dict[str, Any]:
    """An entity's stored facts (descriptors, aliases, affiliation), parsed once per text.
    Callers only read the dict."""
    return orjson.loads(text) if text else {}


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 3)


def _numbers(text: str) -> frozenset[str]:
    """The numbers a statement gives, "3,000" and "3000" alike."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


def _remember(
    entry: dict[str, Any], item: dict[str, Any], words: frozenset[str], numbers: frozenset[str]
) -> None:
    """Add a statement to its speaker, indexed by its content words (and kept with its
    numbers) for `_same_statement`."""
    index = entry.setdefault("_index", defaultdict(set))
    number = len(entry["statements"])
    entry["statements"].append(item)
    entry.setdefault("_words", []).append(words)
    entry.setdefault("_numbers", []).append(numbers)
    entry.setdefault("_exact", {}).setdefault(item["text"], number)
    for word in words:
        index[word].add(number)


def _same_statement(
    entry: dict[str, Any],
    item: dict[str, Any],
    words: frozenset[str],
    numbers: frozenset[str],
) -> dict[str, Any] | None:
    """The speaker's statement from another document with mostly the same words and numbers
    that agree (one's numbers all in the other: a longer retelling may give more), if any."""
    index = entry.get("_index")
    if not words or not index:
        return None
    number = entry["_exact"].get(item["text"])
    if number is not None:
        other = entry["statements"][number]
        if other["source"]["document"] != item["source"]["document"]:
            return other
    shared: dict[int, int] = defaultdict(int)
    for word in words:
        for number in index.get(word, ()):
            shared[number] += 1
    # Jaccard >= SAME_STATEMENT needs at least that share of this statement's words in common.
    enough = SAME_STATEMENT * len(words)
    likely = [(count, number) for number, count in shared.items() if count >= enough]
    for count, number in sorted(likely, key=lambda kv: (-kv[0], kv[1])):
        other = entry["statements"][number]
        if count / len(words | entry["_words"][number]) < SAME_STATEMENT:
            continue
        theirs = entry["_numbers"][number]
        if numbers - theirs and theirs - numbers:
            continue  # "about 3,000 troops" and "about 10,000 troops": two claims
        if other["source"]["document"] != item["source"]["document"]:
            return other
    return None


def _figures(
    store: Any,
    ids: list[str],
    people: People,
    ref: Any,
    independent: dict[str, str],
    reliability: dict[str, str],
    limit: int | None,
    more: dict[str, int],
    only: set[int] | None = None,
    status: str | None = None,
    offset: int = 0,
    total: list[int] | None = None,
) -> list[dict[str, Any]]:
    # Rank the clusters on the stored columns; read the full records of those shown.
    order = {document_id: n for n, document_id in enumerate(ids)}
    by_cluster: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in store.clustered_figures(ids):
        if only is None or row[0] in only:
            by_cluster[row[0]].append(row)
    keys: dict[str | None, str] = {}
    # An outlet named as a figure's source ("as The New York Times reported") is that outlet's
    # own reporting, not another source.
    outlets: dict[str, str] = {}
    for document_id in ids:
        outlet = loose(ref(document_id, 0, 0)["outlet"] or "")
        if outlet:
            outlets.setdefault(outlet, f"article:{independent[document_id]}")
            outlets.setdefault(outlet.removeprefix("the "), f"article:{independent[document_id]}")

    def member(row: tuple[Any, ...]) -> dict[str, Any]:
        _, document_id, figure_id, value, low, high, qualifier, hedged, source, kind, base = row[
            :11
        ]
        asker = row[11] if len(row) > 11 else None
        written = value
        if base:  # compared in one unit per dimension: "40 miles" against "64 km"
            value, low, high = orjson.loads(base)
        # how to show the cluster's range in this value's own unit
        scale = written / value if written and value else 1.0
        name = people.canonical(source, kind)
        if name not in keys:
            credited = outlets.get(loose(name or "")) or outlets.get(
                loose(name or "").removeprefix("the ")
            )
            keys[name] = credited or (f"speaker:{loose(name)}" if name else "")
        return {
            "figure": {
                "id": figure_id,
                "value": value,
                "low": low,
                "high": high,
                "qualifier": qualifier,
                "hedged": hedged,
                # how far a round value may lie from what it rounds, in the unit compared
                # ("two decades": to a decade, the step stored with the quantity)
                "precision": max(
                    figure_clusters.rounding(written) / scale,
                    (row[15] if len(row) > 15 else None) or 0.0,
                ),
            },
            "ref": f"{document_id}/{figure_id}",
            "document": document_id,
            "source": name,
            # Named sources are independent of each other; unattributed figures are the
            # articles' own, independent only across syndication groups.
            "source_key": keys[name] or f"article:{independent[document_id]}",
            # who asked for or offered the amount: its original source (`originals`)
            "setter": people.canonical(asker, "person") if asker else None,
            "dimension": row[12] if len(row) > 12 else None,
            "owner": row[14] if len(row) > 14 else None,  # whose amount: "Bush paid … 36 percent"
            "group": independent[document_id],
            "published": ref(document_id, 0, 0)["published"],
            "outlet": ref(document_id, 0, 0)["outlet"],
            "scale": scale,
        }

    def judged(number: int, members: list[dict[str, Any]]) -> tuple:
        figure_clusters.originals(members)
        verdict = figure_clusters.assess(members)
        scale = members[0]["scale"]  # the range in the first value's unit, as the label is
        verdict["range"] = [bound * scale for bound in verdict["range"]]
        verdict["count"] = len(members)
        verdict["hedged"] = all(m["figure"]["hedged"] for m in members)
        return number, members, verdict

    grouped: list[tuple] = []
    for number in sorted(by_cluster):
        rows = by_cluster[number]
        if len(rows) == 1:  # a single value: single-source; judged only if shown
            grouped.append((number, rows, None))
        else:
            rows.sort(key=lambda r: order[r[1]])
            grouped.append(judged(number, [member(row) for row in rows]))
    rank = {"disputed": 0, "corroborated": 1, "single-source": 2}
    minor = {
        number: all(figure_clusters.incidental(*row[12:14]) for row in rows)
        for number, rows in by_cluster.items()
    }

    def order_of(g: tuple) -> tuple:
        """Disputes first; then amounts, counts, tallies and rates before durations, ages and
        ordinals (`incidental`); then corroborated first, the most reported first."""
        status = g[2]["status"] if g[2] else "single-source"
        return (status != "disputed", minor[g[0]], rank[status], -len(g[1]), g[0])

    grouped.sort(key=order_of)
    if status is not None:
        grouped = [g for g in grouped if (g[2]["status"] if g[2] else "single-source") == status]
    if total is not None:
        total.append(len(grouped))
    grouped = grouped[offset:]
    if limit is not None and len(grouped) > limit:
        more["figures"] = len(grouped) - limit
        grouped = grouped[:limit]
    grouped = [g if g[2] else judged(g[0], [member(g[1][0])]) for g in grouped]
    if limit is not None:  # the values in dispute, then the latest, up to the limit
        grouped = [
            (n, _showing(members, verdict, limit), verdict) for n, members, verdict in grouped
        ]
    shown = {(m["document"], m["figure"]["id"]) for _, members, _ in grouped for m in members}
    records = {
        (document_id, figure["id"]): figure
        for document_id, figure in store.records("figures", ids, shown)
    }
    clusters = []
    for number, members, verdict in grouped:
        for member in members:
            member["figure"] = records[(member["document"], member["figure"]["id"])]
            member["via"] = (member["figure"].get("source") or {}).get("via") or []
        denied = all(
            (m["figure"].get("quantity") or {}).get("negated") for m in members
        )  # "we do not need 2,000 miles of … wall": no value to judge
        credibility = figure_clusters.credibility(verdict["status"], verdict["hedged"], denied)
        items = []
        for member in members:
            figure = member["figure"]
            location = ref(member["document"], figure["start"], figure["end"])
            items.append(
                {
                    "id": member["ref"],
                    "text": figure["text"],
                    "value": figure["value"],
                    "low": figure["low"],
                    "high": figure["high"],
                    "qualifier": figure["qualifier"],
                    "unit": figure["unit"],
                    "currency": figure["currency"],
                    "per": figure["per"],
                    "counted": figure["counted"],
                    "measure": figure.get("measure"),
                    "quantity": figure.get("quantity"),
                    "hedged": figure["hedged"],
                    # the text denies the amount: "we do not need 2,000 miles of … wall"
                    "negated": bool((figure.get("certainty") or {}).get("negated"))
                    and bool((figure.get("quantity") or {}).get("negated")),
                    "source": member["source"],
                    "via": member["via"],
                    "reliability": _grade(reliability, member["source"], location["outlet"]),
                    "superseded_by": member.get("superseded_by"),
                    "location": location,
                }
            )
        clusters.append(
            {
                "id": f"c{number}",
                "measure": _label(members),
                "status": verdict["status"],
                "range": verdict["range"],
                "independent_sources": verdict["independent_sources"],
                "sources": _sources(members),
                "disputes": verdict["disputes"],
                "why": why_disputed(items, verdict["disputes"]),
                "credibility": credibility,
                "credibility_label": figure_clusters.CREDIBILITY[credibility],
                "values": items,
                "values_in_coverage": verdict["count"],
            }
        )
    return clusters


def _sources(members: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each source of a cluster's values, with whom it came through, and the outlets that
    report it: "the Justice Department, reported by Fox News, The New York Times, HuffPost",
    "unnamed sources via Bloomberg, reported by BBC"; a value the article states itself is its
    outlet's own reporting. Sources one original source joins (`originals`) are each named, in
    turn, with the outlets that give their values: BASIL 1e41e98b's "three weeks", the Times's
    own, Mr. Trump's in the Times and Fox News and Lindsey Graham's in Fox News, is "The New
    York Times", "Donald Trump, reported by The New York Times, Fox News" and "Lindsey Graham,
    reported by Fox News", not "The New York Times, reported by The New York Times, Fox News"
    (the person gone, the Times reporting itself). The unattributed values of syndicated
    copies are the first outlet's own reporting, carried by the others."""
    grouped: dict[tuple[str, str, tuple[str, ...]], dict[str, Any]] = {}
    own: dict[str, str] = {}  # an original source -> the outlet its unattributed values are
    for member in members:
        outlet = ref_outlet(member)
        via = member.get("via") or []
        name = member["source"] or own.setdefault(member["source_key"], outlet)
        entry = grouped.setdefault(
            (member["source_key"], loose(name), tuple(via)),
            {"source": name, "via": via, "reported_by": []},
        )
        if outlet not in entry["reported_by"]:
            entry["reported_by"].append(outlet)
    return list(grouped.values())


def ref_outlet(member: dict[str, Any]) -> str:
    return member.get("outlet") or "unknown outlet"


def why_disputed(items: list[dict[str, Any]], disputes: list[tuple[str, str]]) -> list[str]:
    """Why a cluster is disputed, pair by pair: the two values and who gives each, as a fixed
    template over the quoted values ("“about 11,000” (Pentagon, BBC) against “as many as
    100,000” (unnamed sources, BBC)"; "(Pentagon, originally, BBC)" where the brief dates the
    source's statement: `figures.source_named`)."""
    by_id = {item["id"]: item for item in items}
    lines = []
    for a, b in disputes:
        if a in by_id and b in by_id:
            sides = []
            for item in (by_id[a], by_id[b]):
                outlet = item["location"]["outlet"]
                if item["source"]:  # "(Jeb Bush, The New York Times)"; its own: "(Fox News)"
                    named = figure_clusters.source_named(item)
                    who = f"{named}, {outlet}" if outlet else named
                    sides.append(f"“{item['text']}” ({who})")
                else:
                    sides.append(f"“{item['text']}” ({outlet or 'the article'})")
            lines.append(" against ".join(sides))
    return lines


def _showing(
    members: list[dict[str, Any]], verdict: dict[str, Any], limit: int
) -> list[dict[str, Any]]:
    """At most `limit` of a cluster's values, in their order: those in dispute first, then the
    latest. The cluster's status and range still come from all of them."""
    if len(members) <= limit:
        return members
    disputed = {ref for pair in verdict["disputes"] for ref in pair}
    ranked = sorted(range(len(members)), key=lambda i: (members[i]["ref"] not in disputed, -i))
    return [members[i] for i in sorted(ranked[:limit])]


def _label(members: list[dict[str, Any]]) -> str:
    """A cluster's name from its own words: the commonest counted noun and measure."""
    counts: dict[str, int] = defaultdict(int)
    for member in members:
        figure = member["figure"]
        label = figure.get("counted") or figure.get("unit") or figure.get("currency") or ""
        if figure.get("per"):
            label = f"{label} per {' per '.join(figure['per'])}".strip()
        counts[label] += 1
    best = max(counts.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    measure = members[0]["figure"].get("measure") or ""
    return best or measure


def _questions(
    store: Any, ids: list[str], ref: Any, root: dict[str, str], people: People
) -> list[dict[str, Any]]:
    items = []
    seen = set()
    found = []
    for document_id, question in store.records("questions", ids):
        text = question["span"]["text"]
        if (root[document_id], text) in seen:
            continue
        seen.add((root[document_id], text))
        found.append((document_id, question))
    named = _answerers(store, found, people)
    for document_id, question in found:
        span = question["span"]
        answered_by = [named.get((document_id, n), n) for n in question.get("answered_by", [])]
        items.append(
            {
                "question": span["text"],
                "heading": question["heading"],
                "answered": question["answered"],
                "answered_by": list(dict.fromkeys(answered_by)),
                "cannot_say": (question.get("cannot_say") or {}).get("text"),
                "framing": bool(question.get("framing")),
                "source": ref(document_id, span["start"], span["end"]),
            }
        )
    return items


def _answerers(
    store: Any, questions: list[tuple[str, dict[str, Any]]], people: People
) -> dict[tuple[str, str], str]:
    """(document id, a speaker's name as its article gives it) -> the name the merge gives that
    speaker, for those answering a question: a question is answered by the speakers "Who says
    what" lists ("Donald Trump", "Joseph Sellers"), not by one article's form of their name
    ("Trump", "Joseph M. Sellers")."""
    wanted = {(d, n) for d, q in questions for n in q.get("answered_by") or ()}
    if not wanted:
        return {}
    named: dict[tuple[str, str], tuple[int, str]] = {}
    documents = sorted({d for d, _ in wanted})
    names = sorted({n for _, n in wanted})
    for document_id, name, kind, _, facts, count in store.speaker_counts(documents, names):
        if (document_id, name) not in wanted:
            continue
        canonical = people.canonical(name, kind, _facts(facts))
        # one name for two entities in an article: the one quoted more
        if canonical and count > named.get((document_id, name), (-1, ""))[0]:
            named[(document_id, name)] = (count, canonical)
    return {key: canonical for key, (_, canonical) in named.items()}
