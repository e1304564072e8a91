"""How sure the text is: hedges, boosters and negation around a statement or a figure.

Each statement and figure gets a certainty record:
- `cues`: the hedge and booster words that govern it, with their spans and types (modal,
  epistemic, evidential, approximator, negation, booster);
- `level`: a level on the ICD 203 ladder of estimative language when the text states one
  ("very likely", "almost certainly"), else null;
- `basis`: what the claim rests on (named person, named organisation, intelligence agency,
  government, anonymous, the article itself).

Scope follows the parse: a cue counts when it sits on the path from the target up to its
clause's root (or is a modifier of a word on that path), never because it is elsewhere in the
paragraph. "may" in "Pyongyang may deploy as many as 100,000" hedges the figure; the "may" of
the next sentence does not.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Token

from ..model import Span, Statement

# ICD 203 ladder, most specific phrases first.
ICD203 = (
    ("almost no chance", r"almost no chance|remote(?:ly)? (?:possib|chance)|virtually impossible"),
    ("very unlikely", r"very unlikely|highly unlikely|highly improbable|very improbable"),
    ("almost certain", r"almost certain(?:ly)?|nearly certain(?:ly)?|virtually certain(?:ly)?"),
    ("very likely", r"very likely|highly likely|highly probable|very probabl[ey]"),
    ("roughly even chance", r"roughly even (?:chance|odds)|even chance|50-50|fifty-fifty|toss-up"),
    ("unlikely", r"unlikely|improbable|probably not|probably won['’]t"),
    ("likely", r"likely|probabl[ey]"),
)
_LADDER = [(level, re.compile(rf"(?i)\b(?:{pattern})\b")) for level, pattern in ICD203]

# Modals of likelihood. Not "can": ability, permission or what is possible in general ("the
# app can track …", "it cannot be trusted", "we can hopefully spend our time …"), no doubt
# about what is said ("can't" was never one: its token is "ca").
MODALS = frozenset("may might could possibly perhaps maybe".split())
EPISTEMIC_VERBS = frozenset(
    "believe appear seem suggest suspect estimate expect think assume indicate fear doubt".split()
)
EPISTEMIC_ADVERBS = frozenset("probably likely presumably conceivably".split())
BOOSTER_VERBS = frozenset("confirm prove establish demonstrate verify".split())
EPISTEMIC_ADJECTIVES = frozenset(
    "possible likely unlikely probable improbable uncertain unclear unconfirmed apparent "
    "potential presumed alleged suspected".split()
)
EVIDENTIALS = frozenset(
    "reportedly allegedly apparently purportedly supposedly seemingly ostensibly rumored "
    "rumoured".split()
)
BOOSTERS = frozenset(
    "certainly definitely clearly undoubtedly surely confirmed indeed undeniably "
    "unquestionably proven".split()
)
NEGATIONS = frozenset("not n't never no nobody none nothing neither nor".split())
_TYPES_OF_WORDS = (
    (MODALS, "modal"),
    (EVIDENTIALS, "evidential"),
    (BOOSTERS, "booster"),
    (NEGATIONS, "negation"),
    (EPISTEMIC_ADJECTIVES, "epistemic"),
    (EPISTEMIC_ADVERBS, "epistemic"),
)
INTELLIGENCE = re.compile(
    r"(?i)\bintelligence\b|\bspy\b|\bCIA\b|\bNIS\b|\bMI6\b|\bMI5\b|\bGCHQ\b|\bFSB\b|\bGRU\b|\bMossad\b"
    r"|\bNSA\b|\bDIA\b|\bSBU\b|\bHUR\b"
)
GOVERNMENT = re.compile(
    r"(?i)\b(?:government|ministry|ministers?|pentagon|kremlin|white house|state department|"
    r"downing street|president|prime minister|cabinet|administration|army|military|navy|"
    r"defen[cs]e|foreign office|embassy|police|nato)\b"
)


def cue(token: Token, kind: str) -> dict[str, Any]:
    return {"text": token.text, "start": token.idx, "end": token.idx + len(token), "type": kind}


def cues_governing(token: Token, scoped: bool = False) -> list[dict[str, Any]]:
    """Hedge, booster and negation cues on the path from `token` up to its clause root; where
    `scoped` (a figure), only those whose clause or complement holds it: not past a phrase
    set before the subject nor from a clause joined to it with its own subject, and the
    epistemic adjective whose clause it is ("It is very likely that 20 people died")."""
    found: dict[int, dict[str, Any]] = {}
    node = token
    for _ in range(12):
        for child in (node, *node.children):
            if child.i in found or (child.dep_ in ("conj", "ccomp") and child is not node):
                continue
            kind = _cue_type(child)
            if kind is not None and (child is node or child.dep_ in _MODIFIER_DEPS):
                found[child.i] = cue(child, kind)
        if node.head.i == node.i or (node.dep_ in ("ccomp", "parataxis") and node is not token):
            # the clause a likelihood takes: "It is very likely that 20 people died"
            said = node.head
            if scoped and node.dep_ == "ccomp" and said.pos_ == "ADJ" and estimative(said.text):
                found.setdefault(said.i, cue(said, "epistemic"))
            break
        if scoped and (_set_before(node) or _own_clause(node)):
            break
        node = node.head
    return sorted(found.values(), key=lambda c: c["start"])


_SUBJECTS = frozenset(("nsubj", "nsubjpass", "expl", "csubj"))


def _own_clause(node: Token) -> bool:
    """Whether `node` is a clause joined to another with its own subject ("it seems unlikely
    that …, but 20 states have legalized it"): the other clause's hedges are not its own; a
    verb that shares its subject shares them ("may deploy troops and send 50 tanks")."""
    return node.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in node.children)


def _set_before(node: Token) -> bool:
    """Whether `node` is a phrase or clause set before its verb's subject, what the clause
    takes as given ("With a majority of Americans now supporting marijuana legalization, …,
    it seems unlikely that …", "Boasting 108,000 residents …, the GOP leaners … seem
    enamored"): the verb's hedges are about what follows, not about what it holds."""
    head = node.head
    if node.dep_ not in ("prep", "advcl", "npadvmod") or node.i > head.i:
        return False
    return any(c.dep_ in _SUBJECTS and c.i > node.right_edge.i for c in head.children)


_MODIFIER_DEPS = frozenset(("aux", "auxpass", "advmod", "neg", "amod", "acomp", "npadvmod"))


def _cue_type(token: Token) -> str | None:
    lower = token.lower_
    for words, kind in _TYPES_OF_WORDS:
        if lower in words:
            if (
                kind == "modal"
                and token.tag_ != "MD"
                and lower not in ("possibly", "perhaps", "maybe")
            ):
                continue
            return kind
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in EPISTEMIC_VERBS and not _shows_up(token, lemma):
        return "epistemic"
    if token.pos_ == "VERB" and lemma in BOOSTER_VERBS:
        return "booster"
    return None


def _shows_up(verb: Token, lemma: str) -> bool:
    """ "announced that she would no longer appear", "Trump would appear at the rally":
    "appear" with nothing it raises (no "to …", "that …", "unlikely", "ready") is showing up,
    not a hedge ("appears to be winning", "appeared unlikely to pass" are). A place it appears
    at is no predicate ("at the rally", "on the show"), a state it is in, a bare noun, is ("The
    talks appear on track", "appeared at ease"); "seem" always hedges."""
    if lemma != "appear" or any(c.dep_ in _RAISED for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _STATES and _bare(c) for c in verb.children)


def _bare(preposition: Token) -> bool:
    """Whether a preposition's object is a common noun with no determiner ("on track")."""
    return any(
        c.dep_ == "pobj"
        and c.pos_ == "NOUN"
        and not any(d.dep_ in ("det", "poss") for d in c.children)
        for c in preposition.children
    )


_RAISED = frozenset(("xcomp", "ccomp", "acomp", "attr", "oprd"))
# prepositions that give a state, not a place, after "appear": "on track", "in trouble",
# "at ease", "out of reach", "under pressure", "beyond doubt"
_STATES = frozenset("in on at out under beyond".split())


def level(text: str) -> str | None:
    """The ICD 203 level a phrase states, or None."""
    found = estimative(text)
    return found[0] if found else None


def estimative(
    text: str, offset: int = 0, cues: list[dict[str, Any]] | None = None
) -> tuple[str, int, int] | None:
    """The ICD 203 level a phrase states, with where the words are in `text`; given `cues`
    (offsets in the document, `text` at `offset`), only a phrase whose words hold one."""
    for name, pattern in _LADDER:
        for match in pattern.finditer(text):
            start, end = offset + match.start(), offset + match.end()
            if cues is None or any(start < c["end"] and c["start"] < end for c in cues):
                return name, match.start(), match.end()
    return None


def basis(speaker: dict[str, Any] | None) -> str:
    """What a claim rests on, from who asserts it."""
    if not speaker or not speaker.get("name"):
        return "the article itself" if not speaker else "anonymous"
    name, kind = speaker["name"], speaker.get("kind")
    if kind == "anonymous" or kind == "unresolved":
        return "anonymous"
    if INTELLIGENCE.search(name):
        return "intelligence agency"
    if kind == "person":
        return "named person" if name[:1].isupper() else "anonymous"  # "the general"
    if kind == "group":
        return "named organisation" if speaker.get("members") else "anonymous"
    if GOVERNMENT.search(name) or _is_country(name):
        return "government"
    return "named organisation"


def _is_country(name: str) -> bool:
    from ..lexicon import CAPITALS, DEMONYMS

    return name in set(CAPITALS.values()) | set(DEMONYMS.values()) or name in ("US", "UK", "EU")


def record(
    cues: list[dict[str, Any]],
    text: str,
    speaker: dict[str, Any] | None,
    offset: int = 0,
    scoped: bool = False,
) -> dict[str, Any]:
    """The certainty record; `text` (at `offset` in the document) is read for an ICD 203 level,
    and where `scoped` (the text is a whole sentence) only a level whose words hold one of the
    `cues`, found on the parse: not "likely" of "4 percent of likely Republican voters", nor
    the "unlikely" of another clause ("it seems unlikely that …, but 20 …")."""
    stated = estimative(text, offset, cues if scoped else None)
    if stated is not None:
        _, start, end = stated
        cues = sorted(
            [
                *cues,
                {
                    "text": text[start:end],
                    "start": offset + start,
                    "end": offset + end,
                    "type": "estimative",
                },
            ],
            key=lambda c: c["start"],
        )
    # Approximators ("about 11,000") are listed but do not hedge: the number is honest about
    # its precision, not doubtful. A stated likelihood short of "almost certain" hedges.
    hedged = any(c["type"] in ("modal", "epistemic", "evidential") for c in cues) or (
        stated is not None and stated[0] != "almost certain"
    )
    return {
        "level": stated[0] if stated else None,
        "cues": cues,
        "hedged": hedged,
        "negated": any(c["type"] == "negation" for c in cues),
        "basis": basis(speaker),
    }


def for_statement(doc: Doc, statement: Statement) -> dict[str, Any]:
    """Cues inside the content's own clause, on the cue verb, and in who is speaking."""
    cues: list[dict[str, Any]] = []
    span = doc.char_span(statement.content.start, statement.content.end, alignment_mode="expand")
    if span is not None and len(span):
        cues.extend(cues_governing(span.root))
    if statement.cue is not None:
        cue_span = doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
        if cue_span is not None and len(cue_span):
            verb = cue_span[0]
            if verb.pos_ == "VERB" and verb.lemma_.lower() in EPISTEMIC_VERBS:
                cues.append(cue(verb, "epistemic"))
            elif verb.pos_ == "VERB" and verb.lemma_.lower() in BOOSTER_VERBS:
                cues.append(cue(verb, "booster"))
            cues.extend(
                c for c in cues_governing(verb) if c["type"] in ("evidential", "modal", "booster")
            )
    speaker = statement.speaker.to_dict()
    if statement.speaker.kind == "anonymous" and statement.speaker.mention is not None:
        mention: Span = statement.speaker.mention
        cues.append(
            {"text": mention.text, "start": mention.start, "end": mention.end, "type": "evidential"}
        )
    unique = {c["start"]: c for c in cues}
    content = statement.content
    return record(
        sorted(unique.values(), key=lambda c: c["start"]), content.text, speaker, content.start
    )
